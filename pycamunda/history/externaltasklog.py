"""The log of external tasks created, failed, completed and deleted: ``/history/external-task-log``."""
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

__all__ = ['GetList', 'Query', 'Count', 'QueryCount', 'Get', 'GetErrorDetails']

URL_SUFFIX = '/history/external-task-log'


@dataclasses.dataclass
class HistoricExternalTaskLog(Model):
    """One event in the life of an external task."""

    id_: str
    external_task_id: str
    topic_name: str
    worker_id: str
    retries: int
    priority: int
    error_message: str
    activity_id: str
    activity_instance_id: str
    execution_id: str
    process_instance_id: str
    process_definition_id: str
    process_definition_key: str
    tenant_id: str
    creation_log: bool
    failure_log: bool
    success_log: bool
    deletion_log: bool
    root_process_instance_id: str
    timestamp: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[HistoricExternalTaskLog]):
    """Query the external task log."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    log_id = QueryParameter('logId')
    external_task_id = QueryParameter('externalTaskId')
    topic_name = QueryParameter('topicName')
    worker_id = QueryParameter('workerId')
    error_message = QueryParameter('errorMessage')
    activity_id_in = QueryParameter('activityIdIn')
    activity_instance_id_in = QueryParameter('activityInstanceIdIn')
    execution_id_in = QueryParameter('executionIdIn')
    process_instance_id = QueryParameter('processInstanceId')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    priority_lower_than_or_equals = QueryParameter('priorityLowerThanOrEquals')
    priority_higher_than_or_equals = QueryParameter('priorityHigherThanOrEquals')
    creation_log = QueryParameter('creationLog', provide=value_is_true)
    failure_log = QueryParameter('failureLog', provide=value_is_true)
    success_log = QueryParameter('successLog', provide=value_is_true)
    deletion_log = QueryParameter('deletionLog', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'timestamp': 'timestamp',
                                                'external_task_id': 'externalTaskId',
                                                'topic_name': 'topicName', 'worker_id': 'workerId',
                                                'retries': 'retries', 'priority': 'priority',
                                                'activity_id': 'activityId',
                                                'activity_instance_id': 'activityInstanceId',
                                                'execution_id': 'executionId',
                                                'process_instance_id': 'processInstanceId',
                                                'process_definition_id': 'processDefinitionId',
                                                'process_definition_key': 'processDefinitionKey',
                                                'tenant_id': 'tenantId'})

    def __init__(self, url: str, log_id: Optional[str] = None,
                 external_task_id: Optional[str] = None, topic_name: Optional[str] = None,
                 worker_id: Optional[str] = None, error_message: Optional[str] = None,
                 activity_id_in: Optional[Sequence[str]] = None,
                 activity_instance_id_in: Optional[Sequence[str]] = None,
                 execution_id_in: Optional[Sequence[str]] = None,
                 process_instance_id: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 priority_lower_than_or_equals: Optional[int] = None,
                 priority_higher_than_or_equals: Optional[int] = None, creation_log: bool = False,
                 failure_log: bool = False, success_log: bool = False, deletion_log: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Query(QueryBodyMixin, GetList):
    """Query the external task log with the filters of :class:`GetList` in a JSON body."""


class Count(CountMixin, GetList):
    """Count the external task log entries that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class QueryCount(CountMixin, Query):
    """Count the external task log entries that match the filters, sent in a JSON body."""

    path = URL_SUFFIX + '/count'


class Get(Loads[HistoricExternalTaskLog]):
    """Get an external task log entry."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetErrorDetails(CamundaRequest):
    """Get the error details a worker reported with the failure of an external task."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/error-details'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        return super().__call__(self.http_method, *args, **kwargs).text
