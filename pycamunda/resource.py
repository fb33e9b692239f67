"""Hypermedia links and resource options (``OPTIONS`` answers), and Camunda's resource types."""
from __future__ import annotations

import dataclasses
import enum
from typing import Iterator, Optional, Tuple

from pycamunda.base import Loads, RequestMethod
from pycamunda.model import Model
from pycamunda.request import PathParameter

__all__ = ['ResourceType']


class ResourceType(enum.IntEnum):
    """Camunda's authorization resource types."""

    application = 0
    user = 1
    group = 2
    group_membership = 3
    authorization = 4
    filter_ = 5
    process_definition = 6
    task = 7
    process_instance = 8
    deployment = 9
    decision_definition = 10
    tenant = 11
    tenant_membership = 12
    batch = 13
    decision_requirements_definition = 14
    report = 15
    dashboard = 16
    user_operation_log_category = 17
    optimize = 18
    historic_task = 19
    historic_process_instance = 20


@dataclasses.dataclass
class Link(Model):
    """A link to a related resource or an allowed operation."""

    method: str
    href: str
    rel: str


@dataclasses.dataclass
class ResourceOptions(Model):
    """The operations the current user may perform on a resource."""

    links: Tuple[Link]

    def __iter__(self) -> Iterator[Link]:
        return iter(self.links)

    def __len__(self) -> int:
        return len(self.links)


class OptionsRequest(Loads[ResourceOptions]):
    """Base of the ``Options`` classes: ``OPTIONS`` on a collection, or on one item by ``id_``."""

    http_method = RequestMethod.OPTIONS
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: Optional[str] = None) -> None:
        """Ask which operations are allowed; with ``id_`` for that item, else for the collection."""
        super().__init__(url, id_=id_)
