"""Timeouts, retries and your own session."""
import requests

import pycamunda
import pycamunda.base
import pycamunda.version

from _common import URL

# [timeouts]
# every request has a (connect, read) timeout; this sets the default for all of them
pycamunda.base.configure(timeout=(5, 30), retries=2)  # retries: GET/HEAD/OPTIONS only

get_version = pycamunda.version.Get(url=URL)
get_version.timeout = 2.5  # this request only
print('engine version:', get_version())
# [/timeouts]

# [unreachable]
# a request that cannot connect raises ConnectionFailed (RequestTimeout when it is slow)
unreachable = pycamunda.version.Get(url='http://127.0.0.1:9/engine-rest')
unreachable.timeout = 1
try:
    unreachable()
except pycamunda.ConnectionFailed as error:
    print(f'{type(error).__name__}: caused by {type(error.__cause__).__name__}')
# [/unreachable]

# [session]
# your own session (adapters, certificates, proxies): used as it is, never changed
session = requests.Session()
get_version.session = session
print('through my session:', get_version())
# [/session]
