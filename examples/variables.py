"""Variables of every type: inferred from Python values or given; read back."""
import datetime as dt

import pycamunda.processdef
import pycamunda.processinst
from pycamunda.variable import File, Json, Object, Xml

from _common import PROCESS_KEY, URL, deploy_order_process

deploy_order_process()
# [infer]
start = pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY)
start.add_variable('approved', True)                  # Boolean
start.add_variable('quantity', 3)                     # Integer (Long beyond 32 bits)
start.add_variable('price', 9.99)                     # Double
start.add_variable('customer', 'ACME')                # String
ordered = dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.timezone.utc)
start.add_variable('ordered', ordered)                # Date
start.add_variable('items', [{'sku': 'A-1', 'qty': 3}])  # Json
start.add_variable('signature', b'\x89PNG')           # Bytes
start.add_variable('note', None)                      # Null
# [/infer]
# [explicit]
start.add_variable('address', Json({'city': 'Berlin'}))
start.add_variable('invoice', Xml('<invoice id="7"/>'))
start.add_variable('customer_ref',
                   Object({'id': 7}, object_type_name='java.util.HashMap'))
start.add_variable('count', '12', type_='Long')       # an explicit type wins
instance = start()
# [/explicit]

# [file]
# a File variable is uploaded as multipart to .../variables/receipt/data
pycamunda.processinst.VariablesUpdate(
    url=URL, process_instance_id=instance.id_, var_name='receipt',
    value=File(b'paid in full', filename='receipt.txt', mimetype='text/plain'))()
# [/file]

# [read]
variables = pycamunda.processinst.VariablesGetList(url=URL,
                                                   process_instance_id=instance.id_)()
for name in sorted(variables):
    variable = variables[name]
    print(f'{name:12} {variable.type_:8} {variable.value!r}')

receipt = pycamunda.processinst.VariablesGet(url=URL, process_instance_id=instance.id_,
                                              var_name='receipt', binary=True)()
print('receipt:', receipt.decode())
# [/read]
pycamunda.processinst.Delete(url=URL, id_=instance.id_)()
