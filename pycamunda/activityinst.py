"""The activity instance tree of a process instance (``GET /process-instance/{id}/activity-instances``)."""
from __future__ import annotations

import dataclasses
from typing import Any, List, Mapping, Optional, Tuple

from pycamunda.model import Model

__all__: List[str] = []


def _ids(value: Any) -> Tuple[str, ...]:
    """One id or a list of ids, as a tuple."""
    return (value,) if isinstance(value, str) else tuple(value)


@dataclasses.dataclass
class ActivityInstanceIncident(Model):
    """An incident of an activity or transition instance.

    Camunda 7.24 sends its ``id`` and ``activityId``; the REST reference documents
    ``parentActivityInstanceId`` instead, which is read when an engine sends it.
    """

    id_: str
    activity_id: Optional[str] = None
    parent_activity_instance_id: Optional[str] = None


@dataclasses.dataclass
class TransitionInstance(Model):
    """An execution waiting before (async before) or after (async after) an activity.

    The engine sends one ``executionId``; ``execution_ids`` holds it as a one-element tuple.
    """

    id_: str
    activity_id: str
    activity_name: str
    activity_type: str
    process_instance_id: str
    process_definition_id: str
    execution_ids: Tuple[str, ...] = dataclasses.field(metadata={'key': 'executionId', 'load': _ids})
    incident_ids: Tuple[str, ...] = dataclasses.field()
    incidents: Tuple[ActivityInstanceIncident, ...] = dataclasses.field()
    parent_activity_instance_id: Optional[str] = None
    target_activity_id: Optional[str] = None

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> TransitionInstance:
        """Build one from the engine's JSON (``executionId``, or a list in ``executionIds``)."""
        instance = super().load(data)
        if instance.execution_ids is None:
            instance.execution_ids = _ids(data.get('executionIds') or ())
        return instance


@dataclasses.dataclass
class ActivityInstance(Model):
    """An activity instance with its child activity and transition instances."""

    id_: str
    parent_activity_instance_id: str
    activity_id: str
    activity_name: str
    activity_type: str
    process_instance_id: str
    process_definition_id: str
    child_activity_instances: Tuple[ActivityInstance, ...]
    child_transition_instances: Tuple[TransitionInstance, ...]
    execution_ids: Tuple[str, ...]
    name: str
    incident_ids: Tuple[str, ...] = None  # type: ignore[assignment]
    incidents: Tuple[ActivityInstanceIncident, ...] = None  # type: ignore[assignment]
