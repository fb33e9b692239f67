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

Durations sent to the engine (lock durations, retry timeouts, ``async_response_timeout``) are
in milliseconds, as Camunda takes them; the worker's own (back-off, shutdown) in seconds.
All requests go through :mod:`pycamunda.externaltask`.
"""
from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib
import logging
import os
import queue
import random
import signal
import socket
import sys
import threading
import time
import traceback
import uuid
from types import FrameType, ModuleType
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, TypeVar

import requests
import requests.auth

import pycamunda
import pycamunda.externaltask as et
from pycamunda.base import CamundaRequest, redact
from pycamunda.externaltask import ExternalTask

__all__ = ['Worker', 'Task', 'BPMNError', 'RetryPolicy', 'Backoff', 'Subscription', 'Metrics',
           'subscribe', 'main']

logger = logging.getLogger('pycamunda.worker')

Handler = Callable[['Task'], Optional[Mapping[str, Any]]]
Listener = Callable[[str, Optional[ExternalTask]], None]
H = TypeVar('H', bound=Callable[..., Any])

#: The most characters of an error message sent to the engine (it stores a bounded string).
MAX_ERROR_MESSAGE = 600

#: Errors after which reporting or fetching is tried again: the engine may be back later.
UNREACHABLE = (pycamunda.ConnectionFailed, pycamunda.InternalServerError)


class BPMNError(Exception):
    """Raise in a handler to report a BPMN error, which an error event in the model may catch."""

    def __init__(self, code: str, message: Optional[str] = None,
                 variables: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(message or code)
        self.code = code
        self.message = message
        self.variables = dict(variables or {})


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How a failing task is retried.

    ``retries`` counts runs, as Camunda counts a task's retries: with ``retries=3`` the handler
    runs at most three times (the engine sees retries ``None``, 2, 1), and the third failure sets
    retries to 0, which creates an incident. The n-th failure asks the engine to wait
    ``timeouts[n-1]`` ms (the last timeout repeats) before the task can be fetched again.
    """

    retries: int = 3
    timeouts: Tuple[int, ...] = (1_000, 10_000, 60_000)

    def __post_init__(self) -> None:
        if self.retries < 1:
            raise pycamunda.InvalidInput(f'RetryPolicy: retries={self.retries!r} must be at least 1')
        if any(t < 0 for t in self.timeouts):
            raise pycamunda.InvalidInput(f'RetryPolicy: timeouts={self.timeouts!r} must not be negative')

    def next(self, retries_left: Optional[int]) -> Tuple[int, int]:
        """(retries to report, retry timeout in ms) for a task failing with ``retries_left``.

        ``retries_left`` is ``None`` for a task that never failed.
        """
        current = self.retries if retries_left is None else retries_left
        remaining = max(current - 1, 0)
        failures = max(self.retries - remaining, 1)
        timeouts = self.timeouts or (0,)
        return remaining, timeouts[min(failures, len(timeouts)) - 1]


@dataclasses.dataclass(frozen=True)
class Backoff:
    """Exponential back-off with jitter: ``initial * factor**attempt``, at most ``maximum`` s.

    ``jitter`` is the fraction of each delay drawn at random, so that workers spread out.
    """

    initial: float
    maximum: float
    factor: float = 2.0
    jitter: float = 0.5

    def delay(self, attempt: int) -> float:
        """The seconds to wait before try ``attempt + 1`` (``attempt`` counts from 0)."""
        base = min(self.maximum, self.initial * self.factor ** min(attempt, 64))
        return base * (1 - self.jitter * random.random())


@dataclasses.dataclass
class Subscription:
    """A handler subscribed to a topic, with what to fetch along with its tasks.

    ``lock_duration`` (ms) and ``retry_policy`` default to the worker's. The other fields are
    those of :meth:`pycamunda.externaltask.FetchAndLock.add_topic`; ``variables`` ``None``
    fetches all variables.
    """

    topic: str
    handler: Handler
    lock_duration: Optional[int] = None
    variables: Optional[Sequence[str]] = None
    local_variables: bool = False
    deserialize_values: bool = False
    business_key: Optional[str] = None
    process_definition_id: Optional[str] = None
    process_definition_id_in: Optional[Sequence[str]] = None
    process_definition_key: Optional[str] = None
    process_definition_key_in: Optional[Sequence[str]] = None
    process_definition_version_tag: Optional[str] = None
    tenant_id_in: Optional[Sequence[str]] = None
    without_tenant_id: bool = False
    process_variables: Optional[Mapping[str, Any]] = None
    include_extension_properties: bool = False
    retry_policy: Optional[RetryPolicy] = None

    def add_to(self, request: et.FetchAndLock, lock_duration: int) -> None:
        """Add this subscription's topic to a fetch request."""
        request.add_topic(
            self.topic, lock_duration, self.variables, self.deserialize_values,
            local_variables=self.local_variables, business_key=self.business_key,
            process_definition_id=self.process_definition_id,
            process_definition_id_in=self.process_definition_id_in,
            process_definition_key=self.process_definition_key,
            process_definition_key_in=self.process_definition_key_in,
            process_definition_version_tag=self.process_definition_version_tag,
            tenant_id_in=self.tenant_id_in, without_tenant_id=self.without_tenant_id,
            process_variables=self.process_variables,
            include_extension_properties=self.include_extension_properties)


class Metrics:
    """Counters of what the worker did; read them with :meth:`snapshot`."""

    EVENTS = ('fetched', 'completed', 'failed', 'bpmn_errors', 'extended', 'unlocked',
              'fetch_errors', 'report_retries', 'report_errors')

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(self.EVENTS, 0)

    def add(self, event: str, count: int = 1) -> None:
        with self._lock:
            self._counts[event] = self._counts.get(event, 0) + count

    def __getattr__(self, name: str) -> int:
        counts = self.__dict__.get('_counts')
        if counts is None or name not in counts:
            raise AttributeError(name)
        return counts[name]

    def snapshot(self) -> Dict[str, int]:
        """The counters at this moment, by event name."""
        with self._lock:
            return dict(self._counts)

    def __repr__(self) -> str:
        return f'Metrics({", ".join(f"{k}={v}" for k, v in self.snapshot().items())})'


class TaskAlreadyReported(RuntimeError):
    """A task's outcome was already reported (or it was unlocked)."""


class Task:
    """A fetched external task as a handler sees it.

    The :class:`~pycamunda.externaltask.ExternalTask`'s fields are readable as attributes
    (``task.business_key``, ``task.process_instance_id``, ...); ``variables`` maps names to
    decoded values. Report the outcome once with :meth:`complete`, :meth:`failure`,
    :meth:`bpmn_error` or :meth:`unlock`; a handler that reports nothing has the worker do it.
    """

    def __init__(self, worker: Worker, external_task: ExternalTask, subscription: Subscription,
                 lock_duration: int, locked_at: float) -> None:
        self.worker = worker
        self.external_task = external_task
        self.subscription = subscription
        self.lock_duration = lock_duration
        #: ``time.monotonic()`` when the current lock was taken (or last extended)
        self.locked_at = locked_at
        self.reported: Optional[str] = None
        self.started = False
        #: whether extending the lock failed for good (another worker may have the task)
        self.lock_lost = False
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        if name.startswith('__'):
            raise AttributeError(name)
        return getattr(self.__dict__['external_task'], name)

    @property
    def variables(self) -> Dict[str, Any]:
        """The fetched variables' values, decoded by type (Json to Python objects, ...)."""
        return {name: variable.value
                for name, variable in (self.external_task.variables or {}).items()}

    def get(self, name: str, default: Any = None) -> Any:
        """The value of variable ``name``, or ``default`` when it was not fetched."""
        variable = (self.external_task.variables or {}).get(name)
        return default if variable is None else variable.value

    @property
    def done(self) -> bool:
        """Whether the outcome was reported (or the task unlocked)."""
        return self.reported is not None

    def complete(self, variables: Optional[Mapping[str, Any]] = None,
                 local_variables: Optional[Mapping[str, Any]] = None) -> None:
        """Complete the task, setting process variables and variables local to the task."""
        request = et.Complete(self.worker.url, self.id_, self.worker.worker_id)
        for name, value in (variables or {}).items():
            request.add_variable(name, value)
        for name, value in (local_variables or {}).items():
            request.add_local_variable(name, value)
        self._report('completed', request)

    def failure(self, error_message: str, error_details: Optional[str] = None,
                retries: Optional[int] = None, retry_timeout: Optional[int] = None) -> None:
        """Report a failure; retries and timeout (ms) come from the retry policy unless given."""
        policy = self.subscription.retry_policy or self.worker.retry_policy
        next_retries, next_timeout = policy.next(self.external_task.retries)
        request = et.HandleFailure(
            self.worker.url, self.id_, self.worker.worker_id, error_message[:MAX_ERROR_MESSAGE],
            error_details, next_retries if retries is None else retries,
            next_timeout if retry_timeout is None else retry_timeout)
        self._report('failed', request)

    def bpmn_error(self, code: str, message: Optional[str] = None,
                   variables: Optional[Mapping[str, Any]] = None) -> None:
        """Report a BPMN error with ``code``; ``variables`` are set where it is caught."""
        request = et.HandleBPMNError(self.worker.url, self.id_, self.worker.worker_id, code,
                                     message)
        for name, value in (variables or {}).items():
            request.add_variable(name, value)
        self._report('bpmn_errors', request)

    def unlock(self) -> None:
        """Give the task back to the engine unfinished; any worker may fetch it again."""
        self._report('unlocked', et.Unlock(self.worker.url, self.id_))

    def extend_lock(self, new_duration: Optional[int] = None) -> None:
        """Lock the task for ``new_duration`` ms from now (default: the subscription's)."""
        with self._lock:
            if self.done:
                raise TaskAlreadyReported(f'task {self.id_} was already {self.reported}')
            duration = self.lock_duration if new_duration is None else new_duration
            started = time.monotonic()
            self.worker._send(et.ExtendLock(self.worker.url, self.id_, duration,
                                            self.worker.worker_id))
            self.lock_duration, self.locked_at = duration, started
        self.worker._event('extended', self.external_task)

    def _report(self, event: str, request: CamundaRequest) -> None:
        with self._lock:
            if self.done:
                raise TaskAlreadyReported(f'task {self.id_} was already {self.reported}')
            self.reported = event
        try:
            delivered = self.worker._deliver(request, self)
        except pycamunda.PyCamundaException as exc:  # refused, not unreachable
            logger.error('task %s: the engine refused the report (%s); reporting a failure',
                         self.id_, exc)
            self.worker._event('report_errors', self.external_task)
            self._fail_instead(exc, traceback.format_exc())
            return
        self.worker._event(event if delivered else 'report_errors', self.external_task)

    def _fail_instead(self, error: BaseException, details: str) -> None:
        """Report a failure (retry policy, then an incident) for a report that could not be
        built or sent: the task is not left locked until its lock runs out, again and again."""
        with self._lock:
            if self.reported == 'failed':  # the failure report itself: nothing else to send
                return
            self.reported = None
        try:
            self.failure(f'cannot report the outcome: {type(error).__name__}: {error}', details)
        except Exception:  # noqa: BLE001 - the failure report cannot be built either
            logger.exception('task %s: reporting the failure failed', self.id_)

    def __repr__(self) -> str:
        return f'Task(id_={self.id_!r}, topic_name={self.topic_name!r})'


def subscribe(topic: str, **options: Any) -> Callable[[H], H]:
    """Mark a module-level function as the handler of ``topic`` for ``pycamunda-worker``.

    ``options`` are the fields of :class:`Subscription`.
    """
    def mark(handler: H) -> H:
        marks = list(getattr(handler, '__pycamunda_subscriptions__', ()))
        marks.append(dict(options, topic=topic))
        handler.__pycamunda_subscriptions__ = marks  # type: ignore[attr-defined]
        return handler
    return mark


class Worker:
    """Fetches tasks of the subscribed topics and runs their handlers in a thread pool.

    :param url: The engine's REST URL.
    :param worker_id: The id tasks are locked for; default host name, PID and a random part.
    :param threads: Handlers run in parallel on this many threads.
    :param max_tasks: The most tasks fetched at once (default ``threads``).
    :param prefetch: How many tasks may wait for a free thread (default ``threads``): the worker
        fetches the next batch while its threads are busy, so a thread that frees up finds work
        without waiting for the engine, and each fetch brings a batch instead of one task. The
        locks of waiting tasks run (and are extended) as those of running ones. ``0`` fetches
        only for free threads, which leaves more tasks to other workers of the same topics.
    :param lock_duration: The default lock duration (ms) of subscriptions.
    :param async_response_timeout: How long (ms) the engine may hold a fetch open (long
        polling); 0 disables it. A stop waits for the open fetch, so keep it moderate.
    :param use_priority: Fetch tasks of higher priority first.
    :param retry_policy: Retries of failing tasks, unless a subscription sets its own.
    :param extend_lock_at: The fraction of its lock duration after which a running handler's
        lock is extended (by its lock duration); ``None`` switches extension off.
    :param shutdown_timeout: Seconds a stop waits for running handlers.
    :param idle_backoff: Delays after fetches that found no work.
    :param error_backoff: Delays after fetches and reports that failed to reach the engine.
    :param report_timeout: Seconds a report (complete, failure, ...) is retried while the
        engine cannot be reached; default: the task's lock duration.
    :param auth: Authentication for every request, e.g. ``requests.auth.HTTPBasicAuth``.
    :param session: A ``requests.Session`` to send with (default: pycamunda's pool).
    """

    def __init__(self, url: str, worker_id: Optional[str] = None, *, threads: int = 4,
                 max_tasks: Optional[int] = None, prefetch: Optional[int] = None,
                 lock_duration: int = 60_000,
                 async_response_timeout: int = 10_000, use_priority: bool = False,
                 retry_policy: RetryPolicy = RetryPolicy(),
                 extend_lock_at: Optional[float] = 0.5, shutdown_timeout: float = 30.0,
                 idle_backoff: Backoff = Backoff(0.1, 2.0, factor=1.5),
                 error_backoff: Backoff = Backoff(1.0, 30.0),
                 report_timeout: Optional[float] = None, auth: Any = None,
                 session: Optional[requests.Session] = None) -> None:
        if threads < 1:
            raise pycamunda.InvalidInput(f'Worker: threads={threads!r} must be at least 1')
        if extend_lock_at is not None and not 0 < extend_lock_at < 1:
            raise pycamunda.InvalidInput(f'Worker: extend_lock_at={extend_lock_at!r} must be between 0 and 1')
        self.url = url.rstrip('/')
        self.worker_id = worker_id or f'{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}'
        self.threads = threads
        self.max_tasks = max_tasks or threads
        self.prefetch = threads if prefetch is None else prefetch
        if self.prefetch < 0:
            raise ValueError(f'Worker: prefetch={prefetch!r} must not be negative')
        self.lock_duration = lock_duration
        self.async_response_timeout = async_response_timeout
        self.use_priority = use_priority
        self.retry_policy = retry_policy
        self.extend_lock_at = extend_lock_at
        self.shutdown_timeout = shutdown_timeout
        self.idle_backoff = idle_backoff
        self.error_backoff = error_backoff
        self.report_timeout = report_timeout
        self.auth = auth
        self.session = session
        self.metrics = Metrics()
        self.subscriptions: Dict[str, Subscription] = {}
        self._listeners: List[Listener] = []
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._force = threading.Event()
        self._keeper_stop = threading.Event()
        self._keeper_wake = threading.Event()
        self._state = threading.Condition()
        self._busy = 0
        self._running: Dict[str, Task] = {}
        self._queue: queue.Queue[Optional[Task]] = queue.Queue()
        self._thread: Optional[threading.Thread] = None
        self._runner: Optional[threading.Thread] = None
        self._started = False

    # ------------------------------------------------------------------ subscriptions and hooks

    def subscribe(self, topic: str, handler: Optional[Handler] = None, **options: Any) -> Any:
        """Register ``handler`` for ``topic``; without a handler, a decorator that does.

        ``options`` are the fields of :class:`Subscription` (``lock_duration``, ``variables``,
        ``business_key``, ``process_variables``, ``retry_policy``, ...).
        """
        def register(function: H) -> H:
            self.add_subscription(Subscription(topic, function, **options))
            return function
        if handler is None:
            return register
        return register(handler)  # type: ignore[type-var]

    def add_subscription(self, subscription: Subscription) -> None:
        """Register a subscription; one per topic."""
        if self._started:
            raise RuntimeError('Worker: subscribe before the worker starts')
        if subscription.topic in self.subscriptions:
            raise pycamunda.InvalidInput(f'Worker: topic {subscription.topic!r} already has a handler')
        self.subscriptions[subscription.topic] = subscription

    def add_module(self, module: ModuleType) -> int:
        """Register the handlers a module offers; the number of subscriptions added.

        A module offers handlers as functions marked with :func:`subscribe`, on a
        :class:`Worker` it defines (only its subscriptions are taken), or by a function
        ``register(worker)`` that subscribes them.
        """
        before = len(self.subscriptions)
        register = getattr(module, 'register', None)
        if callable(register):
            register(self)
        for value in list(vars(module).values()):
            if isinstance(value, Worker) and value is not self:
                for subscription in value.subscriptions.values():
                    self.add_subscription(dataclasses.replace(subscription))
            for options in getattr(value, '__pycamunda_subscriptions__', ()):
                if callable(value):
                    self.add_subscription(Subscription(handler=value, **options))
        return len(self.subscriptions) - before

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(event, task)`` on each event (a name of :attr:`Metrics.EVENTS`).

        Listeners run on the worker's threads and must be quick; their errors are logged.
        """
        self._listeners.append(listener)

    def _event(self, event: str, task: Optional[ExternalTask], count: int = 1) -> None:
        self.metrics.add(event, count)
        for listener in self._listeners:
            try:
                listener(event, task)
            except Exception:  # noqa: BLE001 - a listener must not break the worker
                logger.exception('listener %r failed on %s', listener, event)

    # ------------------------------------------------------------------ running

    def run(self, install_signal_handlers: bool = True) -> None:
        """Fetch and handle tasks until :meth:`stop` (or SIGINT/SIGTERM), then shut down.

        Signal handlers are installed only when called from the main thread.
        """
        self._claim()
        self._run(install_signal_handlers)

    def _claim(self) -> None:
        with self._state:
            if self._started:
                raise RuntimeError('Worker: a worker runs once; create a new one')
            if not self.subscriptions:
                raise RuntimeError('Worker: no subscriptions')
            self._started = True

    def _run(self, install_signal_handlers: bool) -> None:
        self._runner = threading.current_thread()
        previous: Dict[Any, Any] = {}
        if install_signal_handlers and threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                previous[signum] = signal.signal(signum, self._on_signal)
        threads = [threading.Thread(target=self._handle_loop, daemon=True,
                                    name=f'pycamunda-worker-{id(self)}-{i}')
                   for i in range(self.threads)]
        keeper = threading.Thread(target=self._keep_locks, daemon=True,
                                  name=f'pycamunda-worker-{id(self)}-locks')
        for thread in threads + [keeper]:
            thread.start()
        logger.info('worker %s started: %s, topics %s, %d threads', self.worker_id,
                    redact(self.url),
                    ', '.join(self.subscriptions), self.threads)
        try:
            self._fetch_loop()
        finally:
            self._stopping.set()
            self._shutdown(threads, keeper)
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            self._stopped.set()
            logger.info('worker %s stopped: %s', self.worker_id, self.metrics)

    def start(self) -> Worker:
        """Run in a background thread (e.g. inside a web application); returns the worker."""
        self._claim()
        self._thread = threading.Thread(target=self._run, args=(False,),
                                        name='pycamunda-worker', daemon=True)
        self._thread.start()
        return self

    def stop(self, wait: bool = True, timeout: Optional[float] = None) -> None:
        """Stop fetching, let running handlers finish, unlock tasks not started.

        With ``wait``, return when the worker has shut down (at most ``timeout`` s).
        """
        self._stopping.set()
        with self._state:
            self._state.notify_all()
        current = threading.current_thread()
        if wait and self._started and current is not self._runner \
                and not current.name.startswith(f'pycamunda-worker-{id(self)}-'):
            self._stopped.wait(timeout)

    @property
    def running(self) -> bool:
        """Whether the worker has started and not yet stopped."""
        return self._started and not self._stopped.is_set()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def _on_signal(self, signum: int, frame: Optional[FrameType]) -> None:
        if self._stopping.is_set():
            logger.warning('second %s: not waiting for handlers', signal.Signals(signum).name)
            self._force.set()
        else:
            logger.info('%s: shutting down', signal.Signals(signum).name)
        self._stopping.set()

    # ------------------------------------------------------------------ fetching

    def _send(self, request: Any) -> Any:
        if self.auth is not None:
            request.auth = self.auth
        if self.session is not None:
            request.session = self.session
        return request()

    def _free_slots(self) -> int:
        """Wait until another batch may be held; the most tasks to fetch now.

        The worker holds at most ``threads + prefetch`` tasks (running or waiting for a thread).
        With prefetch it fetches once a whole batch fits, so that fetches stay large; without,
        as soon as a thread is free.
        """
        capacity = self.threads + self.prefetch
        wanted = max(1, min(self.max_tasks, self.prefetch))
        with self._state:
            while capacity - self._busy < wanted and not self._stopping.is_set():
                self._state.wait(0.5)
            return capacity - self._busy

    def _fetch_request(self) -> et.FetchAndLock:
        request = et.FetchAndLock(self.url, self.worker_id, 0,
                                  async_response_timeout=self.async_response_timeout or None,
                                  use_priority=self.use_priority)
        for subscription in self.subscriptions.values():
            subscription.add_to(request, subscription.lock_duration or self.lock_duration)
        return request

    def _fetch_loop(self) -> None:
        idle = errors = 0
        request = self._fetch_request()
        while not self._stopping.is_set():
            free = self._free_slots()
            if self._stopping.is_set():
                break
            request.max_tasks = min(free, self.max_tasks)
            locked_at = time.monotonic()
            try:
                tasks = self._send(request)
            except pycamunda.PyCamundaException as exc:
                self._event('fetch_errors', None)
                delay = self.error_backoff.delay(errors)
                errors += 1
                if isinstance(exc, UNREACHABLE):
                    logger.warning('cannot fetch tasks (try %d): %s; again in %.1f s', errors,
                                   exc, delay)
                else:
                    logger.error('the engine refused to give tasks (try %d): %s; again in '
                                 '%.1f s', errors, exc, delay)
                self._stopping.wait(delay)
                continue
            if errors:
                logger.info('the engine answers again after %d failed fetches', errors)
                errors = 0
            if not tasks:
                self._stopping.wait(self.idle_backoff.delay(idle))
                idle += 1
                continue
            idle = 0
            self._dispatch(tasks, locked_at)

    def _dispatch(self, tasks: Sequence[ExternalTask], locked_at: float) -> None:
        for external_task in tasks:
            self._event('fetched', external_task)
            subscription = self.subscriptions.get(external_task.topic_name)
            if subscription is None:  # not asked for; never expected
                self._unlock(external_task)
                continue
            task = Task(self, external_task, subscription,
                        subscription.lock_duration or self.lock_duration, locked_at)
            if self._stopping.is_set():
                self._unlock(external_task)
                continue
            with self._state:
                self._busy += 1
                self._running[external_task.id_] = task
                self._state.notify_all()
            self._queue.put(task)
            self._keeper_wake.set()

    def _unlock(self, external_task: ExternalTask) -> None:
        try:
            self._send(et.Unlock(self.url, external_task.id_))
        except pycamunda.PyCamundaException as exc:
            logger.warning('could not unlock task %s: %s', external_task.id_, exc)
            self._event('report_errors', external_task)
        else:
            logger.info('unlocked task %s (fetched, not started)', external_task.id_)
            self._event('unlocked', external_task)

    # ------------------------------------------------------------------ handling

    def _handle_loop(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            try:
                if self._stopping.is_set():
                    with task._lock:
                        task.reported = 'unlocked'
                    self._unlock(task.external_task)
                else:
                    self._execute(task)
            finally:
                with self._state:
                    self._busy -= 1
                    self._running.pop(task.id_, None)
                    self._state.notify_all()

    def _execute(self, task: Task) -> None:
        task.started = True
        logger.debug('handling task %s of %s', task.id_, task.topic_name)
        try:
            result = task.subscription.handler(task)
            if result is not None and not isinstance(result, Mapping):
                raise TypeError(f'the handler of {task.topic_name!r} returned '
                                f'{type(result).__name__}, not a mapping of variables or None')
        except BPMNError as error:
            if task.done:
                logger.warning('task %s: %r raised after reporting', task.id_, error)
                return
            logger.info('task %s: BPMN error %s', task.id_, error.code)
            self._guard(task, functools.partial(task.bpmn_error, error.code, error.message,
                                                error.variables))
        except Exception as exc:  # noqa: BLE001 - any handler error is reported as a failure
            details = traceback.format_exc()
            if task.done:
                logger.warning('task %s: handler raised after reporting:\n%s', task.id_, details)
                return
            logger.warning('task %s of %s failed: %r', task.id_, task.topic_name, exc)
            self._guard(task, functools.partial(task.failure, f'{type(exc).__name__}: {exc}',
                                                details))
        else:
            if not task.done:
                self._guard(task, functools.partial(task.complete, result))
            elif result:
                logger.warning('task %s: variables returned after %s are ignored', task.id_,
                               task.reported)

    def _guard(self, task: Task, report: Callable[[], None]) -> None:
        """Report an outcome; a report that cannot be built or that the engine refuses becomes
        a failure report (under the retry policy, so the task ends in an incident)."""
        try:
            report()
        except TaskAlreadyReported:
            pass
        except Exception as exc:  # noqa: BLE001 - e.g. a variable that cannot be sent
            details = traceback.format_exc()
            logger.error('task %s: reporting failed, reporting a failure instead:\n%s', task.id_,
                         details)
            self._event('report_errors', task.external_task)
            task._fail_instead(exc, details)

    def _deliver(self, request: CamundaRequest, task: Task) -> bool:
        """Send a report, again while the engine is unreachable; whether it arrived."""
        timeout = self.report_timeout if self.report_timeout is not None \
            else task.lock_duration / 1000
        deadline = time.monotonic() + timeout
        attempt = 0
        while True:
            try:
                self._send(request)
                return True
            except UNREACHABLE as exc:
                if time.monotonic() >= deadline or self._force.is_set():
                    logger.error('task %s: gave up reporting after %d tries: %s', task.id_,
                                 attempt + 1, exc)
                    return False
                delay = self.error_backoff.delay(attempt)
                logger.warning('task %s: cannot report (%s); again in %.1f s', task.id_, exc,
                               delay)
                self._event('report_retries', task.external_task)
                attempt += 1
                time.sleep(min(delay, max(deadline - time.monotonic(), 0.0)))
            except pycamunda.NotFound as exc:
                if attempt:  # an earlier try arrived but its answer was lost
                    logger.info('task %s: gone after a lost answer; taken as reported', task.id_)
                    return True
                logger.warning('task %s: cannot report: %s', task.id_, exc)
                return False
            except pycamunda.PyCamundaException as exc:
                if not isinstance(request, (et.HandleFailure, et.Unlock)):
                    raise  # e.g. a variable the engine refuses: Task._report reports a failure
                logger.warning('task %s: cannot report (lock lost?): %s', task.id_, exc)
                return False

    # ------------------------------------------------------------------ locks

    def _keep_locks(self) -> None:
        fraction = self.extend_lock_at
        if fraction is None:
            return
        while not self._keeper_stop.is_set():
            self._keeper_wake.clear()
            now = time.monotonic()
            wake = now + 1.0
            with self._state:
                running = list(self._running.values())
            for task in running:
                if task.done or task.lock_lost:
                    continue
                due = task.locked_at + fraction * task.lock_duration / 1000
                if due <= now:
                    try:
                        task.extend_lock()
                        logger.debug('task %s: lock extended by %d ms', task.id_,
                                     task.lock_duration)
                    except TaskAlreadyReported:
                        continue
                    except UNREACHABLE as exc:
                        logger.warning('task %s: cannot extend its lock: %s', task.id_, exc)
                        due = now + 0.5
                    except pycamunda.PyCamundaException as exc:
                        logger.warning('task %s: lock lost, not extending it: %s', task.id_, exc)
                        task.lock_lost = True
                        continue
                    else:
                        due = task.locked_at + fraction * task.lock_duration / 1000
                wake = min(wake, due)
            self._keeper_wake.wait(min(max(wake - time.monotonic(), 0.01), 1.0))

    # ------------------------------------------------------------------ shutdown

    def _shutdown(self, threads: List[threading.Thread], keeper: threading.Thread) -> None:
        logger.info('worker %s: stopping, %d tasks running', self.worker_id, self._busy)
        deadline = time.monotonic() + self.shutdown_timeout
        for _ in threads:
            self._queue.put(None)
        with self._state:
            while self._busy and not self._force.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._state.wait(min(left, 0.2))
            abandoned = [t for t in self._running.values() if not t.done]
        for task in abandoned:
            with task._lock:
                if task.done:
                    continue
                task.reported = 'abandoned'
            logger.warning('task %s still running after %.0f s; unlocking it', task.id_,
                           self.shutdown_timeout)
            self._unlock(task.external_task)
        self._keeper_stop.set()
        self._keeper_wake.set()
        keeper.join(timeout=2.0)


# ---------------------------------------------------------------------- command line

def _int_list(text: str) -> Tuple[int, ...]:
    return tuple(int(part) for part in text.split(',') if part.strip())


#: The engine the command line addresses without ``--url`` or ``CAMUNDA_URL``.
DEFAULT_URL = 'http://localhost:8080/engine-rest'


def _parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(
        prog='pycamunda-worker',
        description='Run the external-task handlers of Python modules against a Camunda 7 '
                    'engine. A module registers them in a function register(worker), on a '
                    'pycamunda.worker.Worker it defines, or with @pycamunda.worker.subscribe.')
    parser.add_argument('modules', nargs='+', metavar='MODULE',
                        help='a module with handlers, e.g. mypkg.handlers')
    parser.add_argument('--url', default=env('CAMUNDA_URL', DEFAULT_URL),
                        help=f'the REST URL (env CAMUNDA_URL; default {DEFAULT_URL})')
    parser.add_argument('--worker-id', default=env('CAMUNDA_WORKER_ID'),
                        help='the worker id (env CAMUNDA_WORKER_ID)')
    parser.add_argument('--user', default=env('CAMUNDA_USER'),
                        help='user for HTTP basic auth (env CAMUNDA_USER)')
    parser.add_argument('--password', default=env('CAMUNDA_PASSWORD'),
                        help='password for HTTP basic auth (env CAMUNDA_PASSWORD)')
    parser.add_argument('--threads', type=int, default=int(env('CAMUNDA_WORKER_THREADS', '4')))
    parser.add_argument('--max-tasks', type=int, default=None,
                        help='the most tasks fetched at once (default: threads)')
    parser.add_argument('--prefetch', type=int, default=None,
                        help='tasks that may wait for a free thread (default: threads)')
    parser.add_argument('--lock-duration', type=int, default=60_000, help='ms')
    parser.add_argument('--async-response-timeout', type=int, default=10_000, help='ms')
    parser.add_argument('--retries', type=int, default=3,
                        help='runs of a task before its incident, as Camunda counts retries')
    parser.add_argument('--retry-timeouts', type=_int_list, default=(1_000, 10_000, 60_000),
                        help='ms, comma separated; the last repeats')
    parser.add_argument('--shutdown-timeout', type=float, default=30.0, help='s')
    parser.add_argument('--log-level', default=env('CAMUNDA_LOG_LEVEL', 'INFO'))
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``pycamunda-worker MODULE ...``: run the handlers of the modules until SIGINT/SIGTERM."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(),
                        format='%(asctime)s %(levelname)s %(name)s: %(message)s')
    auth = requests.auth.HTTPBasicAuth(args.user, args.password or '') if args.user else None
    worker = Worker(args.url, args.worker_id, threads=args.threads, max_tasks=args.max_tasks,
                    prefetch=args.prefetch,
                    lock_duration=args.lock_duration,
                    async_response_timeout=args.async_response_timeout,
                    retry_policy=RetryPolicy(args.retries, args.retry_timeouts),
                    shutdown_timeout=args.shutdown_timeout, auth=auth)
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    for name in args.modules:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            logger.error('cannot import %s: %s', name, exc)
            return 2
        if not worker.add_module(module):
            logger.error('%s registers no handlers', name)
            return 2
    worker.run()
    return 0


if __name__ == '__main__':
    sys.exit(main())
