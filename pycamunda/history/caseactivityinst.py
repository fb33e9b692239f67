"""Historic case activity instances: ``/history/case-activity-instance``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional, Sequence

from pycamunda.base import (
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import PathParameter, QueryParameter

__all__ = ['GetList', 'Count', 'Get']

URL_SUFFIX = '/history/case-activity-instance'


@dataclasses.dataclass
class HistoricCaseActivityInstance(Model):
    """A case activity instance as the history keeps it."""

    id_: str
    parent_case_activity_instance_id: str
    case_activity_id: str
    case_activity_name: str
    case_activity_type: str
    case_definition_id: str
    case_instance_id: str
    case_execution_id: str
    task_id: str
    called_process_instance_id: str
    called_case_instance_id: str
    tenant_id: str
    duration_in_millis: int
    required: bool
    available: bool
    enabled: bool
    disabled: bool
    active: bool
    completed: bool
    terminated: bool
    create_time: Optional[dt.datetime] = None
    end_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[HistoricCaseActivityInstance]):
    """Query historic case activity instances."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    case_activity_instance_id = QueryParameter('caseActivityInstanceId')
    case_activity_instance_id_in = QueryParameter('caseActivityInstanceIdIn')
    case_instance_id = QueryParameter('caseInstanceId')
    case_definition_id = QueryParameter('caseDefinitionId')
    case_execution_id = QueryParameter('caseExecutionId')
    case_activity_id = QueryParameter('caseActivityId')
    case_activity_id_in = QueryParameter('caseActivityIdIn')
    case_activity_name = QueryParameter('caseActivityName')
    case_activity_type = QueryParameter('caseActivityType')
    created_before = QueryParameter('createdBefore')
    created_after = QueryParameter('createdAfter')
    ended_before = QueryParameter('endedBefore')
    ended_after = QueryParameter('endedAfter')
    required = QueryParameter('required', provide=value_is_true)
    finished = QueryParameter('finished', provide=value_is_true)
    unfinished = QueryParameter('unfinished', provide=value_is_true)
    available = QueryParameter('available', provide=value_is_true)
    enabled = QueryParameter('enabled', provide=value_is_true)
    disabled = QueryParameter('disabled', provide=value_is_true)
    active = QueryParameter('active', provide=value_is_true)
    completed = QueryParameter('completed', provide=value_is_true)
    terminated = QueryParameter('terminated', provide=value_is_true)
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'case_activity_instance_id': 'caseActivityInstanceId',
                                                'case_instance_id': 'caseInstanceId',
                                                'case_execution_id': 'caseExecutionId',
                                                'case_activity_id': 'caseActivityId',
                                                'case_activity_name': 'caseActivityName',
                                                'case_activity_type': 'caseActivityType',
                                                'create_time': 'createTime', 'end_time': 'endTime',
                                                'duration': 'duration',
                                                'case_definition_id': 'caseDefinitionId',
                                                'tenant_id': 'tenantId'})

    def __init__(self, url: str, case_activity_instance_id: Optional[str] = None,
                 case_activity_instance_id_in: Optional[Sequence[str]] = None,
                 case_instance_id: Optional[str] = None, case_definition_id: Optional[str] = None,
                 case_execution_id: Optional[str] = None, case_activity_id: Optional[str] = None,
                 case_activity_id_in: Optional[Sequence[str]] = None,
                 case_activity_name: Optional[str] = None,
                 case_activity_type: Optional[str] = None,
                 created_before: Optional[dt.datetime] = None,
                 created_after: Optional[dt.datetime] = None,
                 ended_before: Optional[dt.datetime] = None,
                 ended_after: Optional[dt.datetime] = None, required: bool = False,
                 finished: bool = False, unfinished: bool = False, available: bool = False,
                 enabled: bool = False, disabled: bool = False, active: bool = False,
                 completed: bool = False, terminated: bool = False,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the historic case activity instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(Loads[HistoricCaseActivityInstance]):
    """Get a historic case activity instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
