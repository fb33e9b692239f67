"""An external-task worker: subscribe handlers to topics, and the worker does the rest.

::

    worker = pycamunda.worker.Worker('http://localhost:8080/engine-rest', threads=8)

    @worker.subscribe('charge-card', lock_duration=30_000, variables=['amount'])
    def charge(task):
        receipt = payments.charge(task.variables['amount'])
        return {'receipt': receipt}        # completes the task with this variable

    worker.run()                           # or worker.start() for a background thread

A handler gets a :class:`Task` (the external task, its decoded ``variables`` and the methods
``complete``, ``failure``, ``bpmn_error``, ``extend_lock`` and ``unlock``). Returning a mapping
or ``None`` completes the task; raising :class:`BPMNError` reports a BPMN error; any other
exception reports a failure with the traceback, and the :class:`RetryPolicy` decides the
retries left (the failure that takes the last one creates an incident).

The worker long-polls with ``asyncResponseTimeout``, fetches tasks in batches while its handler
threads are busy (it holds at most ``threads + prefetch`` tasks, so the threads never wait for a
fetch), extends the lock of handlers that run long, backs off when there is no work
(gently) or the engine cannot be reached (up to a cap, logged), and shuts down gracefully on
:meth:`Worker.stop`, SIGINT or SIGTERM: it stops fetching, lets running handlers finish within
``shutdown_timeout`` and unlocks tasks fetched but not started.

CPU-bound handlers run in processes with ``Worker(processes=N)`` (see
:mod:`~pycamunda.worker.processes`): the threads of one Python process run Python code one at a
time.

Durations sent to the engine (lock durations, retry timeouts, ``async_response_timeout``) are
in milliseconds, as Camunda takes them; the worker's own (back-off, shutdown) in seconds.
All requests go through :mod:`pycamunda.externaltask`.

Given several URLs (the nodes of a cluster sharing one database), the worker sends each request
to its first choice that answers: a node that refuses the connection or times out is passed
over, and tried again after a back-off (see :class:`Nodes`).

Its modules: :mod:`~pycamunda.worker.worker` (:class:`Worker`, :func:`subscribe`),
:mod:`~pycamunda.worker.task` (the task handle), :mod:`~pycamunda.worker.processes` (handlers in
processes), :mod:`~pycamunda.worker.policies` (retries, back-off), :mod:`~pycamunda.worker.metrics`
and :mod:`~pycamunda.worker.cli` (``pycamunda-worker``).
"""
from __future__ import annotations

from pycamunda.worker.cli import DEFAULT_URL as DEFAULT_URL
from pycamunda.worker.cli import main
from pycamunda.worker.metrics import Metrics
from pycamunda.worker.policies import UNREACHABLE as UNREACHABLE
from pycamunda.worker.policies import Backoff, Nodes, RetryPolicy
from pycamunda.worker.processes import ProcessTask
from pycamunda.worker.task import MAX_ERROR_MESSAGE as MAX_ERROR_MESSAGE
from pycamunda.worker.task import BPMNError, Task, TaskView
from pycamunda.worker.task import TaskAlreadyReported as TaskAlreadyReported
from pycamunda.worker.worker import H as H
from pycamunda.worker.worker import Handler as Handler
from pycamunda.worker.worker import Listener as Listener
from pycamunda.worker.worker import Subscription, Worker, subscribe
from pycamunda.worker.worker import logger as logger

__all__ = ['Worker', 'Task', 'ProcessTask', 'TaskView', 'BPMNError', 'RetryPolicy', 'Backoff',
           'Subscription', 'Metrics', 'Nodes', 'subscribe', 'main']
