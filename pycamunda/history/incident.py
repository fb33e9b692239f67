"""Historic incidents: ``/history/incident``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional, Sequence

from pycamunda.base import (
    CountMixin,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import QueryParameter

__all__ = ['GetList', 'Count']

URL_SUFFIX = '/history/incident'


@dataclasses.dataclass
class HistoricIncident(Model):
    """An incident as the history keeps it, open or ended."""

    id_: str
    process_definition_key: str
    process_definition_id: str
    process_instance_id: str
    execution_id: str
    root_process_instance_id: str
    incident_type: str
    activity_id: str
    failed_activity_id: str
    cause_incident_id: str
    root_cause_incident_id: str
    configuration: str
    history_configuration: str
    incident_message: str
    tenant_id: str
    job_definition_id: str
    open_: bool
    deleted: bool
    resolved: bool
    annotation: str
    create_time: Optional[dt.datetime] = None
    end_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[HistoricIncident]):
    """Query historic incidents."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    incident_id = QueryParameter('incidentId')
    incident_type = QueryParameter('incidentType')
    incident_message = QueryParameter('incidentMessage')
    incident_message_like = QueryParameter('incidentMessageLike')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_definition_key_in = QueryParameter('processDefinitionKeyIn')
    process_instance_id = QueryParameter('processInstanceId')
    execution_id = QueryParameter('executionId')
    create_time_before = QueryParameter('createTimeBefore')
    create_time_after = QueryParameter('createTimeAfter')
    end_time_before = QueryParameter('endTimeBefore')
    end_time_after = QueryParameter('endTimeAfter')
    activity_id = QueryParameter('activityId')
    failed_activity_id = QueryParameter('failedActivityId')
    cause_incident_id = QueryParameter('causeIncidentId')
    root_cause_incident_id = QueryParameter('rootCauseIncidentId')
    configuration = QueryParameter('configuration')
    history_configuration = QueryParameter('historyConfiguration')
    open_ = QueryParameter('open', provide=value_is_true)
    resolved = QueryParameter('resolved', provide=value_is_true)
    deleted = QueryParameter('deleted', provide=value_is_true)
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    job_definition_id_in = QueryParameter('jobDefinitionIdIn')
    sort_by = QueryParameter('sortBy', mapping={'incident_id': 'incidentId',
                                                'incident_message': 'incidentMessage',
                                                'create_time': 'createTime', 'end_time': 'endTime',
                                                'incident_type': 'incidentType',
                                                'execution_id': 'executionId',
                                                'activity_id': 'activityId',
                                                'process_instance_id': 'processInstanceId',
                                                'process_definition_id': 'processDefinitionId',
                                                'process_definition_key': 'processDefinitionKey',
                                                'cause_incident_id': 'causeIncidentId',
                                                'root_cause_incident_id': 'rootCauseIncidentId',
                                                'configuration': 'configuration',
                                                'history_configuration': 'historyConfiguration',
                                                'tenant_id': 'tenantId',
                                                'incident_state': 'incidentState'})

    def __init__(self, url: str, incident_id: Optional[str] = None,
                 incident_type: Optional[str] = None, incident_message: Optional[str] = None,
                 incident_message_like: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_key_in: Optional[Sequence[str]] = None,
                 process_instance_id: Optional[str] = None, execution_id: Optional[str] = None,
                 create_time_before: Optional[dt.datetime] = None,
                 create_time_after: Optional[dt.datetime] = None,
                 end_time_before: Optional[dt.datetime] = None,
                 end_time_after: Optional[dt.datetime] = None, activity_id: Optional[str] = None,
                 failed_activity_id: Optional[str] = None, cause_incident_id: Optional[str] = None,
                 root_cause_incident_id: Optional[str] = None, configuration: Optional[str] = None,
                 history_configuration: Optional[str] = None, open_: bool = False,
                 resolved: bool = False, deleted: bool = False,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 job_definition_id_in: Optional[Sequence[str]] = None,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the historic incidents that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'
