"""A user task inbox: list a group's open tasks, claim one, complete it with a variable."""
import pycamunda.externaltask
import pycamunda.processdef
import pycamunda.task

from _common import PROCESS_KEY, URL, deploy_order_process

deploy_order_process()
instance = pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY, business_key='inbox')()
fetch = pycamunda.externaltask.FetchAndLock(url=URL, worker_id='inbox', max_tasks=50)
fetch.add_topic(name='charge-card', lock_duration=10000)
for external_task in fetch():
    pycamunda.externaltask.Complete(url=URL, id_=external_task.id_, worker_id='inbox')()

# [inbox]
inbox = pycamunda.task.GetList(url=URL, candidate_group='shipping', unassigned=True,
                               process_instance_id=instance.id_, sort_by='created')
for task in inbox():
    print(f'open: {task.name} (created {task.created:%Y-%m-%d %H:%M})')
    pycamunda.task.Claim(url=URL, id_=task.id_, user_id='demo')()
    print(f'claimed by {pycamunda.task.Get(url=URL, id_=task.id_)().assignee}')
    complete = pycamunda.task.Complete(url=URL, id_=task.id_)
    complete.add_variable(name='trackingNumber', value='TRK-1')
    complete()
    print(f'completed: {task.name}')
left = pycamunda.task.Count(url=URL, process_instance_id=instance.id_)()
print(f'{left} task(s) left')
# [/inbox]
