"""The engine's version: ``/version``."""
from __future__ import annotations

from typing import Any

from pycamunda.base import CamundaRequest, RequestMethod

__all__ = ['Get']

URL_SUFFIX = '/version'


class Get(CamundaRequest):
    """Get the version of the REST API (the engine's version, e.g. ``'7.24.0'``)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX

    def __init__(self, url: str) -> None:
        """:param url: The REST API's base URL, e.g. ``http://localhost:8080/engine-rest``."""
        super().__init__(url)

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        response = super().__call__(self.http_method, *args, **kwargs)
        return response.json()['version']
