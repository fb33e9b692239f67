"""The task handle a handler gets (:class:`Task`), and :class:`BPMNError` to raise from one."""
from __future__ import annotations

import logging
import threading
import time
import traceback
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional

import pycamunda
import pycamunda.externaltask as et
from pycamunda.base import CamundaRequest
from pycamunda.externaltask import ExternalTask

if TYPE_CHECKING:
    from pycamunda.worker.worker import Subscription, Worker


logger = logging.getLogger('pycamunda.worker')


#: The most characters of an error message sent to the engine (it stores a bounded string).
MAX_ERROR_MESSAGE = 600


class BPMNError(Exception):
    """Raise in a handler to report a BPMN error, which an error event in the model may catch."""

    def __init__(self, code: str, message: Optional[str] = None,
                 variables: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(message or code)
        self.code = code
        self.message = message
        self.variables = dict(variables or {})


class TaskAlreadyReported(RuntimeError):
    """A task's outcome was already reported (or it was unlocked)."""


class TaskView:
    """What a handler reads of a fetched task: the
    :class:`~pycamunda.externaltask.ExternalTask`'s fields as attributes (``task.business_key``,
    ``task.process_instance_id``, ...) and its ``variables`` decoded.
    """

    external_task: ExternalTask
    reported: Optional[str]

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

    def _already(self) -> TaskAlreadyReported:
        return TaskAlreadyReported(f'task {self.id_} was already {self.reported}')

    def __repr__(self) -> str:
        return f'{type(self).__name__}(id_={self.id_!r}, topic_name={self.topic_name!r})'


class Task(TaskView):
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
        self.reported = None
        self.started = False
        #: whether extending the lock failed for good (another worker may have the task)
        self.lock_lost = False
        self._lock = threading.RLock()

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
                raise self._already()
            duration = self.lock_duration if new_duration is None else new_duration
            started = time.monotonic()
            self.worker._send(et.ExtendLock(self.worker.url, self.id_, duration,
                                            self.worker.worker_id))
            self.lock_duration, self.locked_at = duration, started
        self.worker._event('extended', self.external_task)

    def _report(self, event: str, request: CamundaRequest) -> None:
        with self._lock:
            if self.done:
                raise self._already()
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
