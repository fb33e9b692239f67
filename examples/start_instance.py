"""Start a process instance by the process definition key, with an initial variable."""
import pycamunda.processdef

from _common import PROCESS_KEY, URL, deploy_order_process

deploy_order_process()

# [start]
start_instance = pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY)
start_instance.add_variable(name='InitVariable', value=1)
process_instance = start_instance()
print(f'started {process_instance.id_} of {process_instance.definition_id}')
# [/start]
