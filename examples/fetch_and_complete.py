"""Fetch and lock external tasks of a topic with a process variable; complete them."""
import pycamunda.externaltask
import pycamunda.processdef

from _common import PROCESS_KEY, URL, deploy_order_process

deploy_order_process()
start_instance = pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY)
start_instance.add_variable(name='InitVariable', value=1)
start_instance()

# [fetch]
worker_id = 'my-worker'
variables = ['InitVariable']  # variables of the process instance

fetch_and_lock = pycamunda.externaltask.FetchAndLock(url=URL, worker_id=worker_id,
                                                     max_tasks=10)
fetch_and_lock.add_topic(name='charge-card', lock_duration=10000, variables=variables)
tasks = fetch_and_lock()
# [/fetch]

# [complete]
for task in tasks:
    complete = pycamunda.externaltask.Complete(url=URL, id_=task.id_,
                                               worker_id=worker_id)
    # a variable sent to the process instance
    complete.add_variable(name='ServiceTaskVariable', value=2)
    complete()
    init = task.variables['InitVariable'].value
    print(f'completed {task.id_} with InitVariable={init}')
print(f'{len(tasks)} task(s) completed')
# [/complete]
