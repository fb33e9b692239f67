"""Historic process instances: ``/history/process-instance``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Optional, Sequence

from pycamunda.base import (
    Command,
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    QueryConditions,
    RequestMethod,
    ValueFilterMixin,
    value_is_true,
)
from pycamunda.batch import Batch
from pycamunda.model import Model, StrEnum
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['GetList', 'Query', 'Count', 'QueryCount', 'Get', 'Delete', 'DeleteVariables', 'DeleteAsync',
           'SetRemovalTimeAsync', 'GetDurationReport']

URL_SUFFIX = '/history/process-instance'


class HistoricProcessInstanceState(StrEnum):
    """How far a process instance got; equal to Camunda's string (``state == 'COMPLETED'``).
    Values a newer engine adds stay plain strings."""

    active = 'ACTIVE'
    suspended = 'SUSPENDED'
    completed = 'COMPLETED'
    externally_terminated = 'EXTERNALLY_TERMINATED'
    internally_terminated = 'INTERNALLY_TERMINATED'


@dataclasses.dataclass
class HistoricProcessInstance(Model):
    """A process instance as the history keeps it, running or ended."""

    id_: str
    root_process_instance_id: str
    super_process_instance_id: str
    super_case_instance_id: str
    case_instance_id: str
    process_definition_name: str
    process_definition_key: str
    process_definition_version: int
    process_definition_id: str
    business_key: str
    duration_in_millis: int
    start_user_id: str
    start_activity_id: str
    delete_reason: str
    tenant_id: str
    state: HistoricProcessInstanceState
    restarted_process_instance_id: str
    start_time: Optional[dt.datetime] = None
    end_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


@dataclasses.dataclass
class DurationReport(Model):
    """Minimum, maximum and average duration (ms) of the instances of one period."""

    period: int
    period_unit: str
    minimum: int
    maximum: int
    average: int


class GetList(ValueFilterMixin, PagingMixin, LoadsAll[HistoricProcessInstance]):
    """Query historic process instances."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    process_instance_id = QueryParameter('processInstanceId')
    process_instance_ids = QueryParameter('processInstanceIds')
    process_instance_id_not_in = QueryParameter('processInstanceIdNotIn')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_definition_key_in = QueryParameter('processDefinitionKeyIn')
    process_definition_name = QueryParameter('processDefinitionName')
    process_definition_name_like = QueryParameter('processDefinitionNameLike')
    process_definition_key_not_in = QueryParameter('processDefinitionKeyNotIn')
    process_instance_business_key = QueryParameter('processInstanceBusinessKey')
    process_instance_business_key_in = QueryParameter('processInstanceBusinessKeyIn')
    process_instance_business_key_like = QueryParameter('processInstanceBusinessKeyLike')
    root_process_instances = QueryParameter('rootProcessInstances', provide=value_is_true)
    root_process_instance_id = QueryParameter('rootProcessInstanceId')
    finished = QueryParameter('finished', provide=value_is_true)
    unfinished = QueryParameter('unfinished', provide=value_is_true)
    with_jobs_retrying = QueryParameter('withJobsRetrying', provide=value_is_true)
    with_incidents = QueryParameter('withIncidents', provide=value_is_true)
    with_root_incidents = QueryParameter('withRootIncidents', provide=value_is_true)
    incident_id_in = QueryParameter('incidentIdIn')
    incident_type = QueryParameter('incidentType')
    incident_status = QueryParameter('incidentStatus', mapping={'open': 'open', 'resolved': 'resolved'})
    incident_message = QueryParameter('incidentMessage')
    incident_message_like = QueryParameter('incidentMessageLike')
    started_before = QueryParameter('startedBefore')
    started_after = QueryParameter('startedAfter')
    finished_before = QueryParameter('finishedBefore')
    finished_after = QueryParameter('finishedAfter')
    executed_activity_after = QueryParameter('executedActivityAfter')
    executed_activity_before = QueryParameter('executedActivityBefore')
    executed_job_after = QueryParameter('executedJobAfter')
    executed_job_before = QueryParameter('executedJobBefore')
    started_by = QueryParameter('startedBy')
    super_process_instance_id = QueryParameter('superProcessInstanceId')
    sub_process_instance_id = QueryParameter('subProcessInstanceId')
    super_case_instance_id = QueryParameter('superCaseInstanceId')
    sub_case_instance_id = QueryParameter('subCaseInstanceId')
    case_instance_id = QueryParameter('caseInstanceId')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    activity_id_in = QueryParameter('activityIdIn')
    executed_activity_id_in = QueryParameter('executedActivityIdIn')
    active_activity_id_in = QueryParameter('activeActivityIdIn')
    active = QueryParameter('active', provide=value_is_true)
    suspended = QueryParameter('suspended', provide=value_is_true)
    completed = QueryParameter('completed', provide=value_is_true)
    externally_terminated = QueryParameter('externallyTerminated', provide=value_is_true)
    internally_terminated = QueryParameter('internallyTerminated', provide=value_is_true)
    variables = QueryConditions('variables', factory=list, provide=value_is_true)
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase', provide=value_is_true)
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'instance_id': 'instanceId',
                                                'definition_id': 'definitionId',
                                                'definition_key': 'definitionKey',
                                                'definition_name': 'definitionName',
                                                'definition_version': 'definitionVersion',
                                                'business_key': 'businessKey',
                                                'start_time': 'startTime', 'end_time': 'endTime',
                                                'duration': 'duration', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, process_instance_id: Optional[str] = None,
                 process_instance_ids: Optional[Sequence[str]] = None,
                 process_instance_id_not_in: Optional[Sequence[str]] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_key_in: Optional[Sequence[str]] = None,
                 process_definition_name: Optional[str] = None,
                 process_definition_name_like: Optional[str] = None,
                 process_definition_key_not_in: Optional[Sequence[str]] = None,
                 process_instance_business_key: Optional[str] = None,
                 process_instance_business_key_in: Optional[Sequence[str]] = None,
                 process_instance_business_key_like: Optional[str] = None,
                 root_process_instances: bool = False,
                 root_process_instance_id: Optional[str] = None, finished: bool = False,
                 unfinished: bool = False, with_jobs_retrying: bool = False,
                 with_incidents: bool = False, with_root_incidents: bool = False,
                 incident_id_in: Optional[Sequence[str]] = None,
                 incident_type: Optional[str] = None, incident_status: Optional[str] = None,
                 incident_message: Optional[str] = None,
                 incident_message_like: Optional[str] = None,
                 started_before: Optional[dt.datetime] = None,
                 started_after: Optional[dt.datetime] = None,
                 finished_before: Optional[dt.datetime] = None,
                 finished_after: Optional[dt.datetime] = None,
                 executed_activity_after: Optional[dt.datetime] = None,
                 executed_activity_before: Optional[dt.datetime] = None,
                 executed_job_after: Optional[dt.datetime] = None,
                 executed_job_before: Optional[dt.datetime] = None,
                 started_by: Optional[str] = None, super_process_instance_id: Optional[str] = None,
                 sub_process_instance_id: Optional[str] = None,
                 super_case_instance_id: Optional[str] = None,
                 sub_case_instance_id: Optional[str] = None,
                 case_instance_id: Optional[str] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 activity_id_in: Optional[Sequence[str]] = None,
                 executed_activity_id_in: Optional[Sequence[str]] = None,
                 active_activity_id_in: Optional[Sequence[str]] = None, active: bool = False,
                 suspended: bool = False, completed: bool = False,
                 externally_terminated: bool = False, internally_terminated: bool = False,
                 variable_names_ignore_case: bool = False,
                 variable_values_ignore_case: bool = False, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Query(QueryBodyMixin, GetList):
    """Query historic process instances with the filters of :class:`GetList` in a JSON body."""

    #: Alternative filter sets (dicts with Camunda's keys), set on the instance.
    or_queries = BodyParameter('orQueries')


class Count(CountMixin, GetList):
    """Count the historic process instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class QueryCount(CountMixin, Query):
    """Count the historic process instances that match the filters, sent in a JSON body."""

    path = URL_SUFFIX + '/count'


class Get(Loads[HistoricProcessInstance]):
    """Get a historic process instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Delete(Command):
    """Delete a historic process instance with its history."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    fail_if_not_exists = QueryParameter('failIfNotExists')

    def __init__(self, url: str, id_: str, fail_if_not_exists: Optional[bool] = None) -> None:
        super().__init__(url, id_=id_, fail_if_not_exists=fail_if_not_exists)


class DeleteVariables(Command):
    """Delete all historic variables of a historic process instance."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}/variable-instances'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class DeleteAsync(Loads[Batch]):
    """Delete historic process instances in a batch, by ids or by a query."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/delete'
    historic_process_instance_ids = BodyParameter('historicProcessInstanceIds')
    historic_process_instance_query = BodyParameter('historicProcessInstanceQuery')
    delete_reason = BodyParameter('deleteReason')
    fail_if_not_exists = BodyParameter('failIfNotExists')

    def __init__(self, url: str, historic_process_instance_ids: Optional[Sequence[str]] = None,
                 historic_process_instance_query: Optional[Dict[str, Any]] = None,
                 delete_reason: Optional[str] = None, fail_if_not_exists: Optional[bool] = None) -> None:
        """
        :param historic_process_instance_query: Filters with Camunda's keys, as :class:`Query` sends
            them.
        """
        super().__init__(url)
        self.set_parameters(locals())


class SetRemovalTimeAsync(Loads[Batch]):
    """Set or clear the removal time of historic process instances in a batch."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/set-removal-time'
    historic_process_instance_ids = BodyParameter('historicProcessInstanceIds')
    historic_process_instance_query = BodyParameter('historicProcessInstanceQuery')
    absolute_removal_time = BodyParameter('absoluteRemovalTime')
    cleared_removal_time = BodyParameter('clearedRemovalTime', provide=value_is_true)
    calculated_removal_time = BodyParameter('calculatedRemovalTime', provide=value_is_true)
    hierarchical = BodyParameter('hierarchical', provide=value_is_true)
    update_in_chunks = BodyParameter('updateInChunks', provide=value_is_true)
    update_chunk_size = BodyParameter('updateChunkSize')

    def __init__(self, url: str, historic_process_instance_ids: Optional[Sequence[str]] = None,
                 historic_process_instance_query: Optional[Dict[str, Any]] = None,
                 absolute_removal_time: Optional[dt.datetime] = None,
                 cleared_removal_time: bool = False, calculated_removal_time: bool = False,
                 hierarchical: bool = False, update_in_chunks: bool = False,
                 update_chunk_size: Optional[int] = None) -> None:
        """Give one of ``absolute_removal_time``, ``cleared_removal_time`` and ``calculated_removal_time``."""
        super().__init__(url)
        self.set_parameters(locals())


class GetDurationReport(LoadsAll[DurationReport]):
    """Report the duration of finished process instances per month or quarter."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/report'
    period_unit = QueryParameter('periodUnit', mapping={'month': 'month', 'quarter': 'quarter'})
    process_definition_id_in = QueryParameter('processDefinitionIdIn')
    process_definition_key_in = QueryParameter('processDefinitionKeyIn')
    started_before = QueryParameter('startedBefore')
    started_after = QueryParameter('startedAfter')
    report_type = QueryParameter('reportType', factory=lambda: 'duration')

    def __init__(self, url: str, period_unit: str,
                 process_definition_id_in: Optional[Sequence[str]] = None,
                 process_definition_key_in: Optional[Sequence[str]] = None,
                 started_before: Optional[dt.datetime] = None,
                 started_after: Optional[dt.datetime] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())
