"""The worker: :class:`Subscription`, :func:`subscribe` and :class:`Worker` (fetching, threads, locks)."""
from __future__ import annotations

import dataclasses
import functools
import logging
import os
import queue
import signal
import socket
import threading
import time
import traceback
import uuid
from types import FrameType, ModuleType
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, TypeVar, Union

import requests
import requests.auth

import pycamunda
import pycamunda.externaltask as et
from pycamunda.base import CamundaRequest, redact
from pycamunda.externaltask import ExternalTask
from pycamunda.worker.metrics import Metrics
from pycamunda.worker.policies import UNREACHABLE, Backoff, Nodes, RetryPolicy
from pycamunda.worker.processes import HandlerError, Job, Pool, check_picklable, describe
from pycamunda.worker.task import BPMNError, Task, TaskAlreadyReported

logger = logging.getLogger('pycamunda.worker')


Handler = Callable[['Task'], Optional[Mapping[str, Any]]]
Listener = Callable[[str, Optional[ExternalTask]], None]
H = TypeVar('H', bound=Callable[..., Any])


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

    :param url: The engine's REST URL, or the URLs of several engine nodes sharing one
        database, first choice first: each request goes to the first that answers.
    :param worker_id: The id tasks are locked for; default host name, PID and a random part.
    :param threads: Handlers run in parallel on this many threads (default 4).
    :param processes: Run handlers in a pool of this many processes instead, handed their
        tasks by as many threads (``threads`` need not be given): for CPU-bound handlers, which
        threads of one process run one at a time. Handlers must then be module-level
        functions; see :mod:`pycamunda.worker.processes`.
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
    :param node_backoff: With several URLs, delays before a node that could not be reached is
        tried again.
    """

    def __init__(self, url: Union[str, Sequence[str]], worker_id: Optional[str] = None, *,
                 threads: Optional[int] = None, processes: int = 0,
                 max_tasks: Optional[int] = None, prefetch: Optional[int] = None,
                 lock_duration: int = 60_000,
                 async_response_timeout: int = 10_000, use_priority: bool = False,
                 retry_policy: RetryPolicy = RetryPolicy(),
                 extend_lock_at: Optional[float] = 0.5, shutdown_timeout: float = 30.0,
                 idle_backoff: Backoff = Backoff(0.1, 2.0, factor=1.5),
                 error_backoff: Backoff = Backoff(1.0, 30.0),
                 report_timeout: Optional[float] = None, auth: Any = None,
                 session: Optional[requests.Session] = None,
                 node_backoff: Backoff = Backoff(1.0, 10.0)) -> None:
        if processes < 0:
            raise pycamunda.InvalidInput(f'Worker: processes={processes!r} must not be negative')
        if processes and threads is not None and threads != processes:
            raise pycamunda.InvalidInput(
                f'Worker: threads={threads!r} with processes={processes!r}: with processes, '
                'one thread serves each process; give processes only')
        threads = processes or (4 if threads is None else threads)
        if threads < 1:
            raise pycamunda.InvalidInput(f'Worker: threads={threads!r} must be at least 1')
        if extend_lock_at is not None and not 0 < extend_lock_at < 1:
            raise pycamunda.InvalidInput(f'Worker: extend_lock_at={extend_lock_at!r} must be between 0 and 1')
        self.nodes = Nodes([url] if isinstance(url, str) else url, node_backoff)
        #: the first choice of :attr:`nodes`; requests are built with it
        self.url = self.nodes.urls[0]
        self.worker_id = worker_id or f'{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}'
        self.threads = threads
        self.processes = processes
        self._pool: Optional[Pool] = None
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
        if self.processes:
            check_picklable([(s.topic, s.handler) for s in self.subscriptions.values()],
                            self.auth)
            self._pool = Pool(self.processes)
            self._pool.start()
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
        logger.info('worker %s started: %s, topics %s, %d %s', self.worker_id,
                    ', '.join(redact(url) for url in self.nodes.urls),
                    ', '.join(self.subscriptions), self.threads,
                    'processes' if self.processes else 'threads')
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

    def _send(self, request: Any, unreached: Optional[List[Exception]] = None) -> Any:
        """Send ``request`` to the first node that answers; ``unreached`` collects the errors
        of the nodes passed over on the way (the request may have reached one that timed out).
        """
        if self.auth is not None:
            request.auth = self.auth
        if self.session is not None:
            request.session = self.session
        if len(self.nodes) == 1:
            return request()
        error: Optional[pycamunda.ConnectionFailed] = None
        for url in self.nodes.order():
            if error is not None:
                self._event('failovers', None)
            request._url = url
            try:
                answer = request()
            except pycamunda.ConnectionFailed as exc:
                self.nodes.failed(url, exc)
                if unreached is not None:
                    unreached.append(exc)
                error = exc
                continue
            self.nodes.answered(url)
            return answer
        assert error is not None
        raise error

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
            result = self._call(task)
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
            message, details = describe(exc)
            if task.done:
                logger.warning('task %s: handler raised after reporting:\n%s', task.id_, details)
                return
            logger.warning('task %s of %s failed: %r', task.id_, task.topic_name, exc)
            self._guard(task, functools.partial(task.failure, message, details))
        else:
            if not task.done:
                self._guard(task, functools.partial(task.complete, result))
            elif result:
                logger.warning('task %s: variables returned after %s are ignored', task.id_,
                               task.reported)

    def _call(self, task: Task) -> Any:
        """Run the task's handler: on this thread, or in a process of the pool."""
        if self._pool is None:
            return task.subscription.handler(task)
        outcome = self._pool.call(Job(task.subscription.handler, task.external_task,
                                      task.lock_duration, self.url, self.worker_id, self.auth))
        if outcome.report is not None:  # what the handler reported in its process
            method, args = outcome.report
            self._guard(task, functools.partial(getattr(task, method), *args))
        if outcome.bpmn_error is not None:
            raise BPMNError(*outcome.bpmn_error)
        if outcome.error is not None:
            raise HandlerError(*outcome.error)
        return outcome.result

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
        unreached: List[Exception] = []  # nodes passed over: the report may have reached one
        while True:
            try:
                self._send(request, unreached)
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
                if attempt or unreached:  # an earlier try arrived but its answer was lost
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
        if self._pool is not None:
            self._pool.shutdown(wait=not abandoned and not self._force.is_set())
        self._keeper_stop.set()
        self._keeper_wake.set()
        keeper.join(timeout=2.0)
