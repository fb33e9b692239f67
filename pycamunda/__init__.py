"""pycamunda: a synchronous Python client for the Camunda 7 REST API.

The exceptions below are raised by every request class. Those that answer an HTTP
error carry what Camunda said: ``status_code``, ``type_``, ``message``, ``code``,
the request's ``method`` and ``url``, and the raw ``response``.
"""
from __future__ import annotations

from typing import Any, Optional

__version__ = '0.7.0'


class PyCamundaException(Exception):
    """Base of every error pycamunda raises."""

    def __init__(self, *args: Any, status_code: Optional[int] = None, type_: Optional[str] = None,
                 message: Optional[str] = None, code: Optional[int] = None,
                 method: Optional[str] = None, url: Optional[str] = None,
                 response: Any = None, details: Optional[dict] = None) -> None:
        super().__init__(*args)
        self.status_code = status_code
        self.type_ = type_
        self.message = message if message is not None else (str(args[0]) if args else None)
        self.code = code
        self.method = method
        self.url = url
        self.response = response
        self.details = details if details is not None else {}


class ConnectionFailed(PyCamundaException):
    """The engine could not be reached, or the connection broke; ``__cause__`` says why."""


class RequestTimeout(ConnectionFailed):
    """The engine did not answer within the request's timeout."""


class NoSuccess(PyCamundaException):
    """Camunda answered with an HTTP error status."""

    http_code: Optional[int] = None


class BadRequest(NoSuccess):
    """HTTP 400: Camunda rejected the request (invalid parameters, parse errors, ...)."""

    http_code = 400


class Unauthorized(NoSuccess):
    """HTTP 401: authentication is switched on and the credentials were missing or wrong."""

    http_code = 401


class Forbidden(NoSuccess):
    """HTTP 403: the authenticated user lacks an authorization."""

    http_code = 403


class NotFound(NoSuccess):
    """HTTP 404: the resource does not exist."""

    http_code = 404


class _Also(type):
    """Puts the class named by ``_also`` into the MRO while ``__bases__`` stays PyCamunda's,
    so ``except _also`` catches the class and the 0.6.1 interface is unchanged."""

    def mro(cls) -> list:
        order = super().mro()
        extra = cls.__dict__.get('_also')
        if extra is not None and extra not in order:
            order.insert(1, extra)
        return order


class InternalServerError(PyCamundaException, metaclass=_Also):
    """HTTP 5xx: the engine failed. Also caught by ``except NoSuccess``."""

    http_code = 500
    _also = NoSuccess


class ProcessEngineException(InternalServerError):
    """HTTP 500 with the engine's ``ProcessEngineException``: the engine refused or failed an
    operation. Its subclasses below are the conflicts worth a branch of their own."""


class OptimisticLockingException(ProcessEngineException):
    """Another transaction changed the same data at the same time; repeating the call may work."""


class TaskAlreadyClaimedException(ProcessEngineException):
    """The task is claimed by someone else already."""


class NullValueException(ProcessEngineException):
    """A value the operation needs is missing (e.g. an id that was not given)."""


from pycamunda.request import InvalidInput as InvalidInput  # noqa: E402 (defined on PyCamundaException)
