"""The log of jobs created, failed, executed and deleted: ``/history/job-log``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Optional, Sequence

from pycamunda.base import (
    CamundaRequest,
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import PathParameter, QueryParameter

__all__ = ['GetList', 'Query', 'Count', 'QueryCount', 'Get', 'GetStacktrace']

URL_SUFFIX = '/history/job-log'


@dataclasses.dataclass
class HistoricJobLog(Model):
    """One event in the life of a job."""

    id_: str
    job_id: str
    job_retries: int
    job_priority: int
    job_exception_message: str
    failed_activity_id: str
    job_definition_id: str
    job_definition_type: str
    job_definition_configuration: str
    activity_id: str
    execution_id: str
    process_instance_id: str
    process_definition_id: str
    process_definition_key: str
    deployment_id: str
    root_process_instance_id: str
    tenant_id: str
    hostname: str
    batch_id: str
    creation_log: bool
    failure_log: bool
    success_log: bool
    deletion_log: bool
    timestamp: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None
    job_due_date: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[HistoricJobLog]):
    """Query the job log."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    log_id = QueryParameter('logId')
    job_id = QueryParameter('jobId')
    job_exception_message = QueryParameter('jobExceptionMessage')
    job_definition_id = QueryParameter('jobDefinitionId')
    job_definition_type = QueryParameter('jobDefinitionType')
    job_definition_configuration = QueryParameter('jobDefinitionConfiguration')
    activity_id_in = QueryParameter('activityIdIn')
    failed_activity_id_in = QueryParameter('failedActivityIdIn')
    execution_id_in = QueryParameter('executionIdIn')
    process_instance_id = QueryParameter('processInstanceId')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    deployment_id = QueryParameter('deploymentId')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    hostname = QueryParameter('hostname')
    job_priority_lower_than_or_equals = QueryParameter('jobPriorityLowerThanOrEquals')
    job_priority_higher_than_or_equals = QueryParameter('jobPriorityHigherThanOrEquals')
    creation_log = QueryParameter('creationLog', provide=value_is_true)
    failure_log = QueryParameter('failureLog', provide=value_is_true)
    success_log = QueryParameter('successLog', provide=value_is_true)
    deletion_log = QueryParameter('deletionLog', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'timestamp': 'timestamp', 'job_id': 'jobId',
                                                'job_definition_id': 'jobDefinitionId',
                                                'job_due_date': 'jobDueDate',
                                                'job_retries': 'jobRetries',
                                                'job_priority': 'jobPriority',
                                                'activity_id': 'activityId',
                                                'execution_id': 'executionId',
                                                'process_instance_id': 'processInstanceId',
                                                'process_definition_id': 'processDefinitionId',
                                                'process_definition_key': 'processDefinitionKey',
                                                'deployment_id': 'deploymentId', 'hostname': 'hostname',
                                                'occurrence': 'occurrence', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, log_id: Optional[str] = None, job_id: Optional[str] = None,
                 job_exception_message: Optional[str] = None,
                 job_definition_id: Optional[str] = None,
                 job_definition_type: Optional[str] = None,
                 job_definition_configuration: Optional[str] = None,
                 activity_id_in: Optional[Sequence[str]] = None,
                 failed_activity_id_in: Optional[Sequence[str]] = None,
                 execution_id_in: Optional[Sequence[str]] = None,
                 process_instance_id: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None, deployment_id: Optional[str] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 hostname: Optional[str] = None,
                 job_priority_lower_than_or_equals: Optional[int] = None,
                 job_priority_higher_than_or_equals: Optional[int] = None,
                 creation_log: bool = False, failure_log: bool = False, success_log: bool = False,
                 deletion_log: bool = False, sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Query(QueryBodyMixin, GetList):
    """Query the job log with the filters of :class:`GetList` in a JSON body."""


class Count(CountMixin, GetList):
    """Count the job log entries that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class QueryCount(CountMixin, Query):
    """Count the job log entries that match the filters, sent in a JSON body."""

    path = URL_SUFFIX + '/count'


class Get(Loads[HistoricJobLog]):
    """Get a job log entry."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetStacktrace(CamundaRequest):
    """Get the stack trace of the failure a job log entry records."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/stacktrace'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        return super().__call__(self.http_method, *args, **kwargs).text
