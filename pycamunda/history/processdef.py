"""History reports of process definitions: ``/history/process-definition``."""
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
from pycamunda.request import PathParameter, QueryParameter

__all__ = ['GetCleanableReport', 'CountCleanableReport', 'GetActivityStats']

URL_SUFFIX = '/history/process-definition'


@dataclasses.dataclass
class CleanableProcessInstanceReport(Model):
    """Per process definition: its finished instances and those the history cleanup may remove."""

    process_definition_id: str
    process_definition_key: str
    process_definition_name: str
    process_definition_version: int
    history_time_to_live: int
    finished_process_instance_count: int
    cleanable_process_instance_count: int
    tenant_id: str


@dataclasses.dataclass
class ActivityStats(Model):
    """How many instances of an activity ran, were canceled, finished, and met incidents."""

    id_: str
    instances: int
    canceled: int
    finished: int
    complete_scope: int
    open_incidents: int
    resolved_incidents: int
    deleted_incidents: int


class GetCleanableReport(PagingMixin, LoadsAll[CleanableProcessInstanceReport]):
    """Report, per process definition, the finished instances and those the history cleanup may remove."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/cleanable-process-instance-report'
    process_definition_id_in = QueryParameter('processDefinitionIdIn')
    process_definition_key_in = QueryParameter('processDefinitionKeyIn')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    compact = QueryParameter('compact', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'finished': 'finished'})

    def __init__(self, url: str, process_definition_id_in: Optional[Sequence[str]] = None,
                 process_definition_key_in: Optional[Sequence[str]] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 compact: bool = False, sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class CountCleanableReport(CountMixin, GetCleanableReport):
    """Count the rows of the cleanable process instance report."""

    path = URL_SUFFIX + '/cleanable-process-instance-report/count'


class GetActivityStats(PagingMixin, LoadsAll[ActivityStats]):
    """Count, per activity of a process definition, its historic activity instances."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/statistics'
    id_ = PathParameter('id')
    first_result = max_results = None
    canceled = QueryParameter('canceled', provide=value_is_true)
    finished = QueryParameter('finished', provide=value_is_true)
    complete_scope = QueryParameter('completeScope', provide=value_is_true)
    incidents = QueryParameter('incidents', provide=value_is_true)
    started_before = QueryParameter('startedBefore')
    started_after = QueryParameter('startedAfter')
    finished_before = QueryParameter('finishedBefore')
    finished_after = QueryParameter('finishedAfter')
    process_instance_id_in = QueryParameter('processInstanceIdIn')
    sort_by = QueryParameter('sortBy', mapping={'activity_id': 'activityId'})

    def __init__(self, url: str, id_: str, canceled: bool = False, finished: bool = False,
                 complete_scope: bool = False, incidents: bool = False,
                 started_before: Optional[dt.datetime] = None,
                 started_after: Optional[dt.datetime] = None,
                 finished_before: Optional[dt.datetime] = None,
                 finished_after: Optional[dt.datetime] = None,
                 process_instance_id_in: Optional[Sequence[str]] = None,
                 sort_by: Optional[str] = None, ascending: bool = True) -> None:
        super().__init__(url)
        self.set_parameters(locals())
