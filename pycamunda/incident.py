"""Incidents: failures the engine could not resolve on its own, ``/incident``."""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Iterable, Optional, Union

from pycamunda.base import Command, CountMixin, Loads, LoadsAll, PagingMixin, RequestMethod
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['IncidentType', 'Get', 'GetList', 'Resolve']

URL_SUFFIX = '/incident'


class IncidentType(enum.Enum):
    """The built-in incident types (custom types are kept as plain strings when loaded)."""

    failed_job = 'failedJob'
    failed_external_task = 'failedExternalTask'


@dataclasses.dataclass
class IncidentTypeCount(Model):
    """The number of incidents of one type."""

    incident_type: IncidentType
    incident_count: int


@dataclasses.dataclass
class Incident(Model):
    """An open incident."""

    id_: str
    process_definition_id: str
    process_instance_id: str
    execution_id: str
    incident_type: IncidentType
    activity_id: str
    cause_incident_id: str
    root_cause_incident_id: str
    configuration: str
    tenant_id: str
    incident_message: str
    job_definition_id: str
    incident_timestamp: Optional[dt.datetime] = None
    failed_activity_id: Optional[str] = None
    annotation: Optional[str] = None


class Get(Loads[Incident]):
    """Get an incident."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetList(PagingMixin, LoadsAll[Incident]):
    """Query incidents."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    incident_id = QueryParameter('incidentId')
    incident_type = QueryParameter('incidentType')
    incident_message = QueryParameter('incidentMessage')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key_in = QueryParameter('processDefinitionKeyIn')
    process_instance_id = QueryParameter('processInstanceId')
    execution_id = QueryParameter('executionId')
    activity_id = QueryParameter('activityId')
    cause_incident_id = QueryParameter('causeIncidentId')
    root_cause_incident_id = QueryParameter('rootCauseIncidentId')
    configuration = QueryParameter('configuration')
    tenant_id_in = QueryParameter('tenantIdIn')
    job_definition_id_in = QueryParameter('jobDefinitionIdIn')
    incident_message_like = QueryParameter('incidentMessageLike')
    incident_timestamp_before = QueryParameter('incidentTimestampBefore')
    incident_timestamp_after = QueryParameter('incidentTimestampAfter')
    failed_activity_id = QueryParameter('failedActivityId')
    sort_by = QueryParameter('sortBy', mapping={
        'incident_id': 'incidentId', 'incident_message': 'incidentMessage',
        'incident_timestamp': 'incidentTimestamp', 'incident_type': 'incidentType',
        'execution_id': 'executionId', 'activity_id': 'activityId',
        'process_instance_id': 'processInstanceId', 'process_definition_id': 'processDefinitionId',
        'cause_incident_id': 'causeIncidentId', 'root_cause_incident_id': 'rootCauseIncidentId',
        'configuration': 'configuration', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, incident_id: Optional[str] = None,
                 incident_type: Union[IncidentType, str, None] = None,
                 incident_message: Optional[str] = None, process_definition_id: Optional[str] = None,
                 process_definition_key_in: Optional[Iterable[str]] = None,
                 process_instance_id: Optional[str] = None, execution_id: Optional[str] = None,
                 activity_id: Optional[str] = None, cause_incident_id: Optional[str] = None,
                 root_cause_incident_id: Optional[str] = None, configuration: Optional[str] = None,
                 tenant_id_in: Optional[Iterable[str]] = None,
                 job_definition_id_in: Optional[Iterable[str]] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None, incident_message_like: Optional[str] = None,
                 incident_timestamp_before: Optional[dt.datetime] = None,
                 incident_timestamp_after: Optional[dt.datetime] = None,
                 failed_activity_id: Optional[str] = None) -> None:
        """
        :param configuration: The incident's payload, e.g. the id of the failed job.
        :param failed_activity_id: The activity where the failure happened (may differ from
            ``activity_id`` for asynchronous continuations).
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the incidents that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Resolve(Command):
    """Resolve an incident (only incidents of custom types can be resolved this way)."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class SetAnnotation(Command):
    """Set the annotation of an incident."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/annotation'
    id_ = PathParameter('id')
    annotation = BodyParameter('annotation')

    def __init__(self, url: str, id_: str, annotation: str) -> None:
        super().__init__(url, id_=id_, annotation=annotation)


class ClearAnnotation(Command):
    """Remove the annotation of an incident."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}/annotation'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
