"""Process instances: ``/process-instance``."""
from __future__ import annotations

import dataclasses
from typing import Dict, Optional, Tuple

import pycamunda.resource
import pycamunda.variable
from pycamunda.model import Model

URL_SUFFIX = '/process-instance'


@dataclasses.dataclass
class ProcessInstance(Model):
    """A running process instance."""

    id_: str
    definition_id: str
    business_key: str
    case_instance_id: str
    tenant_id: str
    suspended: bool
    links: Tuple[pycamunda.resource.Link, ...]
    variables: Optional[Dict[str, pycamunda.variable.Variable]] = None
    definition_key: Optional[str] = None
    ended: Optional[bool] = None
