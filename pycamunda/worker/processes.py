"""Handlers in a pool of processes (``Worker(processes=N)``), for CPU-bound work.

Threads of one Python process run Python code one at a time (the GIL), so CPU-bound handlers
gain nothing from more threads. With ``processes`` the worker's threads still fetch, report
and extend locks, but each hands its task to a process of a pool and waits for the outcome.

A handler runs in its process on a :class:`ProcessTask`: the task's fields and variables as on
a :class:`~pycamunda.worker.Task`, with ``complete``, ``failure``, ``bpmn_error`` and
``unlock`` recorded and carried out by the worker when the handler returns, and
``extend_lock`` sent to the engine at once. What crosses between the processes is pickled:
the handler (a module-level function), the task, and the variables it reports.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import pickle
import queue
import signal
import traceback
from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple

import pycamunda
import pycamunda.externaltask as et
from pycamunda.externaltask import ExternalTask
from pycamunda.worker.task import BPMNError, TaskView


class HandlerError(Exception):
    """A handler raised in its process: the exception as text, with its traceback there."""

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


def describe(error: Exception) -> Tuple[str, str]:
    """The message and details a failure report gives for ``error``, the exception being
    handled: ``Type: text`` and its traceback, or the text a :class:`HandlerError` brought
    back from its process."""
    if isinstance(error, HandlerError):
        return error.message, error.details
    return f'{type(error).__name__}: {error}', traceback.format_exc()


@dataclasses.dataclass(frozen=True)
class Job:
    """What a process needs to run one handler."""

    handler: Callable[..., Any]
    external_task: ExternalTask
    lock_duration: int
    url: str
    worker_id: str
    auth: Any = None


@dataclasses.dataclass
class Outcome:
    """What a handler did in its process: a report it made, its result or its error."""

    report: Optional[Tuple[str, Tuple[Any, ...]]] = None
    result: Any = None
    bpmn_error: Optional[Tuple[str, Optional[str], Dict[str, Any]]] = None
    error: Optional[Tuple[str, str]] = None


class ProcessTask(TaskView):
    """The task a handler gets in a process; reports are recorded for the worker to send."""

    def __init__(self, job: Job) -> None:
        self.external_task = job.external_task
        self.lock_duration = job.lock_duration
        self.reported = None
        self.report: Optional[Tuple[str, Tuple[Any, ...]]] = None
        self._job = job

    def _record(self, event: str, method: str, *args: Any) -> None:
        if self.done:
            raise self._already()
        self.reported, self.report = event, (method, args)

    def complete(self, variables: Optional[Mapping[str, Any]] = None,
                 local_variables: Optional[Mapping[str, Any]] = None) -> None:
        """Complete the task (sent by the worker when the handler returns)."""
        self._record('completed', 'complete', dict(variables or {}), dict(local_variables or {}))

    def failure(self, error_message: str, error_details: Optional[str] = None,
                retries: Optional[int] = None, retry_timeout: Optional[int] = None) -> None:
        """Report a failure (sent by the worker when the handler returns)."""
        self._record('failed', 'failure', error_message, error_details, retries, retry_timeout)

    def bpmn_error(self, code: str, message: Optional[str] = None,
                   variables: Optional[Mapping[str, Any]] = None) -> None:
        """Report a BPMN error (sent by the worker when the handler returns)."""
        self._record('bpmn_errors', 'bpmn_error', code, message, dict(variables or {}))

    def unlock(self) -> None:
        """Give the task back unfinished (sent by the worker when the handler returns)."""
        self._record('unlocked', 'unlock')

    def extend_lock(self, new_duration: Optional[int] = None) -> None:
        """Lock the task for ``new_duration`` ms from now (default: the subscription's), at once."""
        if self.done:
            raise self._already()
        duration = self.lock_duration if new_duration is None else new_duration
        request = et.ExtendLock(self._job.url, self.id_, duration, self._job.worker_id)
        request.auth = self._job.auth
        request()
        self.lock_duration = duration


def run(job: Job) -> Outcome:
    """Run a handler in this process."""
    task = ProcessTask(job)
    outcome = Outcome()
    try:
        outcome.result = job.handler(task)
    except BPMNError as error:
        outcome.bpmn_error = (error.code, error.message, error.variables)
    except Exception as exc:  # noqa: BLE001 - sent back as text: it may not pickle
        outcome.error = describe(exc)
    outcome.report = task.report
    return outcome


def packed(outcome: Outcome) -> bytes:
    """``outcome`` pickled for the worker; one that does not pickle (e.g. a variable value)
    becomes an error, so that the task is reported, not lost."""
    try:
        return pickle.dumps(outcome)
    except Exception as exc:  # noqa: BLE001 - pickle raises several kinds
        return pickle.dumps(Outcome(error=(
            f"the handler's outcome cannot be pickled: {type(exc).__name__}: {exc}",
            traceback.format_exc())))


def _serve(connection: Any) -> None:
    """A handler process: run each job received, send its outcome back, until ``None``.

    SIGINT and SIGTERM are left to the worker, which stops its processes when it is done.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    connection.send('ready')
    while True:
        try:
            job = connection.recv()
        except EOFError:  # the worker is gone
            return
        if job is None:
            return
        connection.send_bytes(packed(run(job)))


class HandlerProcess:
    """One process running handlers, one at a time; started again when it died."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._process: Any = None
        self._connection: Any = None

    def start(self) -> None:
        """Start the process (it imports pycamunda, then the handlers' modules as needed)."""
        context = multiprocessing.get_context('spawn')
        self._connection, theirs = context.Pipe()
        self._process = context.Process(target=_serve, args=(theirs,), name=self.name,
                                        daemon=True)
        self._process.start()
        theirs.close()

    def wait_ready(self) -> None:
        """Wait until the started process answers."""
        try:
            self._connection.recv()
        except EOFError:
            raise RuntimeError(f'{self.name} ended before it was ready (exit code '
                               f'{self._process.exitcode}); its output says why') from None

    def call(self, job: Job) -> Outcome:
        """Run ``job`` in the process; its death gives a :class:`HandlerError`."""
        if self._process is None or not self._process.is_alive():
            self.start()
            self.wait_ready()
        try:
            self._connection.send(job)
            outcome: Outcome = pickle.loads(self._connection.recv_bytes())
            return outcome
        except (EOFError, OSError) as exc:
            self._process.join(1.0)
            code = self._process.exitcode
            self._close()
            raise HandlerError(f"the handler's process died (exit code {code})",
                               f'{self.name} ended while running the handler: {exc!r}') from exc

    def stop(self, wait: bool) -> None:
        """End the process: after its handler when ``wait``, else at once."""
        if self._process is None:
            return
        if wait:
            try:
                self._connection.send(None)
            except OSError:
                pass
            self._process.join(5.0)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(1.0)
        self._close()

    def _close(self) -> None:
        self._connection.close()
        self._process = self._connection = None


class Pool:
    """Processes for handlers, one per worker thread: a process that dies (a crash,
    ``os._exit``, the OOM killer) fails only the task it ran, and is replaced."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._all = [HandlerProcess(f'pycamunda-handler-{i}') for i in range(size)]
        self._free: queue.SimpleQueue[HandlerProcess] = queue.SimpleQueue()
        for process in self._all:
            self._free.put(process)

    def start(self) -> None:
        """Start every process now, so the first tasks do not wait for them."""
        for process in self._all:
            process.start()
        for process in self._all:
            process.wait_ready()

    def call(self, job: Job) -> Outcome:
        """Run ``job`` in a free process."""
        process = self._free.get()
        try:
            return process.call(job)
        finally:
            self._free.put(process)

    def shutdown(self, wait: bool = True) -> None:
        """Stop the processes; unless ``wait``, at once, ending handlers still running."""
        for process in self._all:
            process.stop(wait)


def check_picklable(handlers: Sequence[Tuple[str, Callable[..., Any]]], auth: Any) -> None:
    """Raise :class:`~pycamunda.InvalidInput` for what a process cannot receive: a handler
    (a lambda, a nested function, a method of an object that does not pickle), or ``auth``."""
    for name, value, hint in [*((f'the handler of {topic!r}', handler,
                                 'handlers must be module-level functions')
                                for topic, handler in handlers),
                              ('auth', auth, 'use requests.auth.HTTPBasicAuth or a '
                                             'module-level class')]:
        try:
            pickle.dumps(value)
        except Exception as exc:  # noqa: BLE001 - pickle raises several kinds
            raise pycamunda.InvalidInput(
                f'Worker: {name} ({value!r}) cannot be sent to a process: {exc}; with '
                f'processes, {hint}') from exc
