"""Code written for PyCamunda 0.6.1, and the same job using what pycamunda adds.

``before()`` is PyCamunda code: it runs unchanged. ``after()`` does the same with a timeout,
lazy paging, typed errors and the engine's exception type.
"""
import datetime as dt

import pycamunda
import pycamunda.processdef
import pycamunda.processinst
import pycamunda.task

from _common import PROCESS_KEY, URL, deploy_order_process


def before() -> str:
    """PyCamunda 0.6.1: start an order, list its tasks, handle a missing definition."""
    start = pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY)
    start.add_variable(name='amount', value=99.5)
    instance = start()
    tasks = pycamunda.task.GetList(url=URL, process_instance_id=instance.id_)()
    print('before:', instance.id_, len(tasks), 'task(s)')
    try:
        pycamunda.processdef.Get(url=URL, key='no-such-process')()
    except pycamunda.NoSuccess as error:
        print('before: failed with', type(error).__name__)
    return instance.id_


def after() -> str:
    """The same job with a timeout, lazy paging and typed errors."""
    start = pycamunda.processdef.StartInstance(url=URL, key=PROCESS_KEY)
    start.add_variable(name='amount', value=99.5)  # sent as Double
    start.add_variable(name='due', value=dt.date(2026, 12, 24))  # sent as Date
    start.timeout = (3, 10)  # seconds: connect, read
    instance = start()
    query = pycamunda.task.GetList(url=URL, process_instance_id=instance.id_)
    tasks = list(query.iterate(page_size=50))  # every match, 50 per request
    print('after:', instance.id_, len(tasks), 'task(s)')
    try:
        pycamunda.processdef.Get(url=URL, key='no-such-process')()
    except pycamunda.NotFound as error:  # still a NoSuccess
        print('after: not found:', error.type_)
    return instance.id_


if __name__ == '__main__':
    deploy_order_process()
    for started in (before(), after()):
        pycamunda.processinst.Delete(url=URL, id_=started)()
