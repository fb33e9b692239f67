"""How the site talks to Camunda: a ``requests.Session`` per request, and error pages.

The site uses a service account (``settings.CAMUNDA_SERVICE_USER``) and filters tasks by
the Django user's name, so the engine needs no Django users. Where Django's users are
Camunda's users too (e.g. both from LDAP), put the user's credentials on the session.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Optional, Tuple, Type, TypeVar

import requests
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

import pycamunda
from pycamunda.base import CamundaRequest

logger = logging.getLogger(__name__)
R = TypeVar('R', bound=CamundaRequest)


def service_auth() -> Optional[Tuple[str, str]]:
    """The service account's credentials; ``None`` for an engine without auth."""
    if settings.CAMUNDA_SERVICE_USER:
        return settings.CAMUNDA_SERVICE_USER, settings.CAMUNDA_SERVICE_PASSWORD
    return None


# [middleware]
class CamundaSessionMiddleware:
    """Gives each request its own session, ``request.camunda``, closed afterwards.

    Nothing is shared between users: no connection, no credentials. It also turns
    pycamunda's errors into pages: engine unreachable -> 503, not found -> 404,
    forbidden -> 403.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with requests.Session() as session:
            session.auth = service_auth()
            request.camunda = session  # type: ignore[attr-defined]
            return self.get_response(request)

    def process_exception(self, request: HttpRequest,
                          exception: Exception) -> Optional[HttpResponse]:
        if isinstance(exception, pycamunda.ConnectionFailed):  # refused, or no answer
            logger.warning('Camunda is unavailable: %s', exception)
            response = render(request, '503.html', status=503)
            response['Retry-After'] = '30'
            return response
        if isinstance(exception, pycamunda.NotFound):
            raise Http404(exception.message) from exception
        if isinstance(exception, pycamunda.Forbidden):
            raise PermissionDenied(exception.message) from exception
        return None  # anything else is a bug: Django's 500 handling
# [/middleware]


# [camunda]
def camunda(request: HttpRequest, request_class: Type[R], **parameters: Any) -> R:
    """A pycamunda request to the site's engine, sent through this request's session."""
    call = request_class(url=settings.CAMUNDA_URL, **parameters)
    call.session = request.camunda  # type: ignore[attr-defined]
    return call
# [/camunda]
