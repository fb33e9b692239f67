"""Send requests through a ``requests.Session`` that carries the credentials."""
import requests.auth
import requests.sessions

import pycamunda.processinst

from _common import URL

# [session]
session = requests.sessions.Session()
session.auth = requests.auth.HTTPBasicAuth(username='demo', password='demo')

get_instances = pycamunda.processinst.GetList(URL, max_results=5)
get_instances.session = session
instances = get_instances()
print(f'{len(instances)} process instance(s) through the session; '
      f'its auth is unchanged: {session.auth.username}')
# [/session]
