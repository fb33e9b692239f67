"""Process definitions: ``/process-definition``."""
from __future__ import annotations

import dataclasses
from typing import Optional

from pycamunda.model import Model

URL_SUFFIX = '/process-definition'


@dataclasses.dataclass
class ProcessDefinition(Model):
    """A deployed process definition."""

    id_: str
    key: str
    category: str
    description: str
    name: str
    version: int
    resource: str
    deployment_id: str
    diagram: str
    suspended: bool
    tenant_id: str
    version_tag: str
    history_time_to_live: int
    startable_in_tasklist: bool
