"""Errors carry what Camunda said: status, exception type, message, method and URL."""
import pycamunda
import pycamunda.processdef
from pycamunda.request import InvalidInput

from _common import URL

# [answer]
try:
    pycamunda.processdef.Get(url=URL, key='no-such-process')()
except pycamunda.NotFound as error:
    print(f'{error.status_code} {error.type_}: {error.message}')
    print(f'while sending {error.method} {error.url}')
# [/answer]

# [input]
try:
    pycamunda.processdef.Get(url=URL, id_='an-id', key='a-key')()
except InvalidInput as error:
    print(f'refused before sending: {error}')
# [/input]

# [bad-request]
start = pycamunda.processdef.StartInstance(url=URL, key='pycamunda-order',
                                           business_key=[1])
try:
    start()
except pycamunda.BadRequest as error:
    print(f'{type(error).__name__}: {error.message}')
# [/bad-request]
