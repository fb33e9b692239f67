"""A small history report: finished orders, their durations, and the path one order took."""
import pycamunda.externaltask
import pycamunda.history.activityinst
import pycamunda.history.processinst
import pycamunda.processdef
import pycamunda.task

from _common import PROCESS_KEY, URL, deploy_order_process

deploy_order_process()
for number in range(3):  # run three orders to the end
    instance = pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY,
                                                  business_key=f'report-{number}')()
    fetch = pycamunda.externaltask.FetchAndLock(url=URL, worker_id='report', max_tasks=50)
    fetch.add_topic(name='charge-card', lock_duration=10000)
    for external_task in fetch():
        pycamunda.externaltask.Complete(url=URL, id_=external_task.id_, worker_id='report')()
    for task in pycamunda.task.GetList(url=URL, process_instance_id=instance.id_)():
        pycamunda.task.Complete(url=URL, id_=task.id_)()

# [report]
finished = pycamunda.history.processinst.GetList(
    url=URL, process_definition_key=PROCESS_KEY, finished=True,
    process_instance_business_key_like='report-%', sort_by='end_time', ascending=False)
orders = list(finished.iterate(page_size=50))
print(f'{len(orders)} finished orders; the latest: {orders[0].business_key} '
      f'took {orders[0].duration_in_millis} ms')

for period in pycamunda.history.processinst.GetDurationReport(
        url=URL, period_unit='month', process_definition_key_in=[PROCESS_KEY])():
    print(f'month {period.period}: average {period.average} ms, '
          f'maximum {period.maximum} ms')

path = pycamunda.history.activityinst.GetList(
    url=URL, process_instance_id=orders[0].id_, sort_by='occurrence')
steps = [step.activity_name or step.activity_id for step in path()]
print('path:', ' -> '.join(steps))
# [/report]
