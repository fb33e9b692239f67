"""The process engines the REST API serves: ``/engine``."""
from __future__ import annotations

import dataclasses
from typing import Any, Tuple

from pycamunda.base import CamundaRequest, RequestMethod
from pycamunda.model import Model

__all__ = ['GetList']

URL_SUFFIX = '/engine'


@dataclasses.dataclass
class ProcessEngine(Model):
    """A process engine."""

    name: str


class GetList(CamundaRequest):
    """Get the names of the process engines (e.g. ``('default',)``)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX

    def __init__(self, url: str) -> None:
        super().__init__(url)

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[str, ...]:
        engines = ProcessEngine.load_all(super().__call__(self.http_method, *args, **kwargs).json())
        return tuple(engine.name for engine in engines)
