"""Deploy a process, start it with a variable, work its external task and its user task."""
import pycamunda.deployment
import pycamunda.externaltask
import pycamunda.history.processinst
import pycamunda.processdef
import pycamunda.task
import pycamunda.version

from _common import BPMN, PROCESS_KEY, URL

# [connect]
print(f'Camunda {pycamunda.version.Get(URL)()} at {URL}')
# [/connect]

# [deploy]
create = pycamunda.deployment.Create(url=URL, name='pycamunda-quickstart')
with BPMN.open('rb') as bpmn:
    create.add_resource(bpmn)
    deployment = create()
print(f'deployed {BPMN.name} as deployment {deployment.id_}')
# [/deploy]

# [start]
start = pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY,
                                           business_key='order-42')
start.add_variable(name='amount', value=99.5)
instance = start()
print(f'started process instance {instance.id_} '
      f'(business key {instance.business_key})')
# [/start]

# [external-task]
fetch = pycamunda.externaltask.FetchAndLock(url=URL, worker_id='quickstart',
                                            max_tasks=10)
fetch.add_topic(name='charge-card', lock_duration=10000, variables=['amount'])
for task in fetch():
    if task.process_instance_id != instance.id_:
        continue
    amount = task.variables['amount'].value
    complete = pycamunda.externaltask.Complete(url=URL, id_=task.id_,
                                               worker_id='quickstart')
    complete.add_variable(name='charged', value=amount)
    complete()
    print(f'external task "{task.topic_name}": charged {amount}')
# [/external-task]

# [user-task]
for task in pycamunda.task.GetList(url=URL, process_instance_id=instance.id_)():
    pycamunda.task.Complete(url=URL, id_=task.id_)()
    print(f'user task "{task.name}" completed')
# [/user-task]

# [history]
ended = pycamunda.history.processinst.Get(url=URL, id_=instance.id_)()
print(f'process instance {instance.id_}: {ended.state} '
      f'in {ended.duration_in_millis} ms')
# [/history]
