"""Helpers for tests that run against a real engine.

::

    from pycamunda.testing import deployed, wait_for_activity, wait_for_end

    with deployed(url, 'tests/order.bpmn') as deployment:
        instance = pycamunda.processdef.StartInstance(url=url, key='order')()
        wait_for_activity(url, instance.id_, 'approve')      # the user task is reached
        ...
        wait_for_end(url, instance.id_, timeout=30)
    # the deployment, its instances and their history are deleted again

The waits poll the history (level ``activity`` or higher, Camunda's default is ``full`` in
the distributions and ``audit`` when embedded; both work) and raise :class:`TimeoutError`
naming the activities the instance is at when the time is up.
"""
from __future__ import annotations

import contextlib
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Tuple, TypeVar, Union

import requests

import pycamunda.deployment
import pycamunda.history.activityinst
import pycamunda.history.processinst
from pycamunda.base import CamundaRequest
from pycamunda.deployment import DeploymentWithDefinitions
from pycamunda.history.activityinst import HistoricActivityInstance
from pycamunda.history.processinst import HistoricProcessInstance

__all__ = ['deployed', 'wait_for_activity', 'wait_for_end']

#: A resource to deploy: a file path, or a (resource name, content) pair.
Resource = Union[str, Path, Tuple[str, Union[str, bytes]]]
R = TypeVar('R', bound=CamundaRequest)
T = TypeVar('T')


def _sent(request: R, auth: Any, session: Optional[requests.Session]) -> R:
    request.auth = auth
    request.session = session
    return request


@contextlib.contextmanager
def deployed(url: str, *resources: Resource, name: Optional[str] = None, auth: Any = None,
             session: Optional[requests.Session] = None) -> Iterator[DeploymentWithDefinitions]:
    """Deploy ``resources`` for the ``with`` block, then delete the deployment with cascade.

    Cascade also deletes the instances the block started and their history, so the engine is
    left as it was found, even when the block fails.

    :param resources: Paths (the file name is the resource name) or (name, content) pairs;
        the extension (``.bpmn``, ``.dmn``, ``.cmmn``) tells the engine what a resource is.
    :param name: The deployment name; default ``test-`` and a random part.
    :param auth: Authentication for the requests, e.g. ``('demo', 'demo')``.
    :param session: A ``requests.Session`` to send with.
    """
    if not resources:
        raise ValueError('deployed: give at least one resource')
    create = _sent(pycamunda.deployment.Create(url, name=name or f'test-{uuid.uuid4().hex[:8]}'),
                   auth, session)
    for resource in resources:
        if isinstance(resource, tuple):
            create.add_resource(resource[1], name=resource[0])
        else:
            path = Path(resource)
            create.add_resource(path.read_bytes(), name=path.name)
    deployment = create()
    try:
        yield deployment
    finally:
        _sent(pycamunda.deployment.Delete(url, id_=deployment.id_, cascade=True,
                                          skip_custom_listeners=True), auth, session)()


def _poll(what: Callable[[], Optional[T]], timeout: float, interval: float,
          describe: Callable[[], str]) -> T:
    deadline = time.monotonic() + timeout
    while True:
        found = what()
        if found is not None:
            return found
        if time.monotonic() >= deadline:
            raise TimeoutError(f'{describe()} (waited {timeout} s)')
        time.sleep(interval)


def _current(url: str, instance: str, auth: Any, session: Optional[requests.Session]) -> str:
    running = _sent(pycamunda.history.activityinst.GetList(
        url, process_instance_id=instance, unfinished=True, max_results=20), auth, session)()
    return ', '.join(sorted({a.activity_id for a in running})) or 'none'


def wait_for_activity(url: str, process_instance_id: str, activity_id: str, *,
                      timeout: float = 10.0, interval: float = 0.1, auth: Any = None,
                      session: Optional[requests.Session] = None) -> HistoricActivityInstance:
    """Wait until the instance has reached the activity (it may have left it again).

    Returns the activity instance (the latest, when the activity ran several times).

    :raises TimeoutError: after ``timeout`` seconds, naming the activities the instance is at.
    """
    query = _sent(pycamunda.history.activityinst.GetList(
        url, process_instance_id=process_instance_id, activity_id=activity_id,
        sort_by='start_time', ascending=False, max_results=1), auth, session)

    def reached() -> Optional[HistoricActivityInstance]:
        found = query()
        return found[0] if found else None

    return _poll(reached, timeout, interval, lambda: (
        f'process instance {process_instance_id} did not reach {activity_id!r}; it is at '
        f'{_current(url, process_instance_id, auth, session)}'))


def wait_for_end(url: str, process_instance_id: str, *, timeout: float = 10.0,
                 interval: float = 0.1, auth: Any = None,
                 session: Optional[requests.Session] = None) -> HistoricProcessInstance:
    """Wait until the instance has ended (completed, or terminated, or deleted).

    Returns the instance from the history; its ``state`` says how it ended.

    :raises TimeoutError: after ``timeout`` seconds, naming the activities the instance is at.
    """
    get = _sent(pycamunda.history.processinst.Get(url, id_=process_instance_id), auth, session)

    def ended() -> Optional[HistoricProcessInstance]:
        instance = get()
        return instance if instance.end_time is not None else None

    return _poll(ended, timeout, interval, lambda: (
        f'process instance {process_instance_id} did not end; it is at '
        f'{_current(url, process_instance_id, auth, session)}'))
