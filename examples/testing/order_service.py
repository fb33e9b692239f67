"""The code under test: a small order service on top of pycamunda, as applications have.

The tests beside it show how to test such code: ``test_order_service.py`` without an
engine (patching what pycamunda sends and answers), ``test_against_engine.py`` with one.
"""

from typing import Optional

import pycamunda
import pycamunda.externaltask
import pycamunda.processdef
import pycamunda.processinst
import pycamunda.task


def place_order(url: str, reference: str, amount: float,
                key: str = 'pycamunda-order') -> str:
    """Start an order process; the id of the instance."""
    start = pycamunda.processdef.StartInstance(url=url, key=key, business_key=reference)
    start.add_variable(name='amount', value=amount)
    return start().id_


def is_running(url: str, instance_id: str) -> bool:
    """Whether the instance still runs (the engine forgets ended ones)."""
    try:
        pycamunda.processinst.Get(url=url, id_=instance_id)()
    except pycamunda.NotFound:
        return False
    return True


def assignee_of(url: str, task_id: str) -> Optional[str]:
    """Who works on a user task."""
    return pycamunda.task.Get(url=url, id_=task_id)().assignee


def charge_cards(url: str, topic: str = 'charge-card', worker: str = 'orders') -> int:
    """Charge the cards of the waiting orders; how many were charged."""
    fetch = pycamunda.externaltask.FetchAndLock(url=url, worker_id=worker, max_tasks=10)
    fetch.add_topic(name=topic, lock_duration=10_000, variables=['amount'])
    tasks = fetch()
    for task in tasks:
        complete = pycamunda.externaltask.Complete(url=url, id_=task.id_,
                                                   worker_id=worker)
        complete.add_variable(name='charged', value=task.variables['amount'].value)
        complete()
    return len(tasks)


def ship(url: str, instance_id: str, user: str) -> None:
    """Claim and complete the instance's shipping task."""
    for task in pycamunda.task.GetList(url=url, process_instance_id=instance_id)():
        pycamunda.task.Claim(url=url, id_=task.id_, user_id=user)()
        pycamunda.task.Complete(url=url, id_=task.id_)()
