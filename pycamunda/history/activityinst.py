"""Historic activity instances: ``/history/activity-instance``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional, Sequence

from pycamunda.base import (
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

__all__ = ['GetList', 'Query', 'Count', 'QueryCount', 'Get']

URL_SUFFIX = '/history/activity-instance'


@dataclasses.dataclass
class HistoricActivityInstance(Model):
    """An activity instance as the history keeps it."""

    id_: str
    parent_activity_instance_id: str
    activity_id: str
    activity_name: str
    activity_type: str
    process_definition_key: str
    process_definition_id: str
    process_instance_id: str
    execution_id: str
    task_id: str
    assignee: str
    called_process_instance_id: str
    called_case_instance_id: str
    duration_in_millis: int
    canceled: bool
    complete_scope: bool
    tenant_id: str
    root_process_instance_id: str
    start_time: Optional[dt.datetime] = None
    end_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[HistoricActivityInstance]):
    """Query historic activity instances."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    activity_instance_id = QueryParameter('activityInstanceId')
    process_instance_id = QueryParameter('processInstanceId')
    process_definition_id = QueryParameter('processDefinitionId')
    execution_id = QueryParameter('executionId')
    activity_id = QueryParameter('activityId')
    activity_name = QueryParameter('activityName')
    activity_type = QueryParameter('activityType')
    task_assignee = QueryParameter('taskAssignee')
    finished = QueryParameter('finished', provide=value_is_true)
    unfinished = QueryParameter('unfinished', provide=value_is_true)
    canceled = QueryParameter('canceled', provide=value_is_true)
    complete_scope = QueryParameter('completeScope', provide=value_is_true)
    started_before = QueryParameter('startedBefore')
    started_after = QueryParameter('startedAfter')
    finished_before = QueryParameter('finishedBefore')
    finished_after = QueryParameter('finishedAfter')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'activity_instance_id': 'activityInstanceId',
                                                'instance_id': 'instanceId',
                                                'execution_id': 'executionId',
                                                'activity_id': 'activityId',
                                                'activity_name': 'activityName',
                                                'activity_type': 'activityType',
                                                'start_time': 'startTime', 'end_time': 'endTime',
                                                'duration': 'duration', 'definition_id': 'definitionId',
                                                'occurrence': 'occurrence', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, activity_instance_id: Optional[str] = None,
                 process_instance_id: Optional[str] = None,
                 process_definition_id: Optional[str] = None, execution_id: Optional[str] = None,
                 activity_id: Optional[str] = None, activity_name: Optional[str] = None,
                 activity_type: Optional[str] = None, task_assignee: Optional[str] = None,
                 finished: bool = False, unfinished: bool = False, canceled: bool = False,
                 complete_scope: bool = False, started_before: Optional[dt.datetime] = None,
                 started_after: Optional[dt.datetime] = None,
                 finished_before: Optional[dt.datetime] = None,
                 finished_after: Optional[dt.datetime] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Query(QueryBodyMixin, GetList):
    """Query historic activity instances with the filters of :class:`GetList` in a JSON body."""


class Count(CountMixin, GetList):
    """Count the historic activity instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class QueryCount(CountMixin, Query):
    """Count the historic activity instances that match the filters, sent in a JSON body."""

    path = URL_SUFFIX + '/count'


class Get(Loads[HistoricActivityInstance]):
    """Get a historic activity instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
