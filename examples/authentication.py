"""Query tasks with HTTP Basic authentication, set on the request's ``auth``."""
import os

import requests.auth

import pycamunda
import pycamunda.task

from _common import URL

# [auth]
user = os.environ.get('CAMUNDA_USER', 'demo')
password = os.environ.get('CAMUNDA_PASSWORD', 'demo')
get_tasks = pycamunda.task.GetList(URL, max_results=5)
get_tasks.auth = requests.auth.HTTPBasicAuth(username=user, password=password)
try:
    tasks = get_tasks()
except pycamunda.Unauthorized as error:
    print(f'authentication failed: {error.message}')
    raise SystemExit(1) from None
print(f'{len(tasks)} task(s) visible')
# [/auth]
