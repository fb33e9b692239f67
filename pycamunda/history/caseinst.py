"""Historic case instances: ``/history/case-instance``."""
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
    QueryConditions,
    RequestMethod,
    ValueFilterMixin,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import PathParameter, QueryParameter

__all__ = ['GetList', 'Query', 'Count', 'QueryCount', 'Get']

URL_SUFFIX = '/history/case-instance'


@dataclasses.dataclass
class HistoricCaseInstance(Model):
    """A case instance as the history keeps it, open or closed."""

    id_: str
    business_key: str
    case_definition_id: str
    case_definition_key: str
    case_definition_name: str
    create_user_id: str
    super_case_instance_id: str
    super_process_instance_id: str
    tenant_id: str
    duration_in_millis: int
    active: bool
    completed: bool
    terminated: bool
    closed: bool
    create_time: Optional[dt.datetime] = None
    close_time: Optional[dt.datetime] = None


class GetList(ValueFilterMixin, PagingMixin, LoadsAll[HistoricCaseInstance]):
    """Query historic case instances."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    case_instance_id = QueryParameter('caseInstanceId')
    case_instance_ids = QueryParameter('caseInstanceIds')
    case_definition_id = QueryParameter('caseDefinitionId')
    case_definition_key = QueryParameter('caseDefinitionKey')
    case_definition_key_not_in = QueryParameter('caseDefinitionKeyNotIn')
    case_definition_name = QueryParameter('caseDefinitionName')
    case_definition_name_like = QueryParameter('caseDefinitionNameLike')
    case_instance_business_key = QueryParameter('caseInstanceBusinessKey')
    case_instance_business_key_like = QueryParameter('caseInstanceBusinessKeyLike')
    case_activity_id_in = QueryParameter('caseActivityIdIn')
    created_before = QueryParameter('createdBefore')
    created_after = QueryParameter('createdAfter')
    closed_before = QueryParameter('closedBefore')
    closed_after = QueryParameter('closedAfter')
    created_by = QueryParameter('createdBy')
    super_case_instance_id = QueryParameter('superCaseInstanceId')
    sub_case_instance_id = QueryParameter('subCaseInstanceId')
    super_process_instance_id = QueryParameter('superProcessInstanceId')
    sub_process_instance_id = QueryParameter('subProcessInstanceId')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    active = QueryParameter('active', provide=value_is_true)
    completed = QueryParameter('completed', provide=value_is_true)
    terminated = QueryParameter('terminated', provide=value_is_true)
    closed = QueryParameter('closed', provide=value_is_true)
    not_closed = QueryParameter('notClosed', provide=value_is_true)
    variables = QueryConditions('variables', factory=list, provide=value_is_true)
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase', provide=value_is_true)
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'instance_id': 'instanceId',
                                                'definition_id': 'definitionId',
                                                'business_key': 'businessKey',
                                                'create_time': 'createTime', 'close_time': 'closeTime',
                                                'duration': 'duration', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, case_instance_id: Optional[str] = None,
                 case_instance_ids: Optional[Sequence[str]] = None,
                 case_definition_id: Optional[str] = None,
                 case_definition_key: Optional[str] = None,
                 case_definition_key_not_in: Optional[Sequence[str]] = None,
                 case_definition_name: Optional[str] = None,
                 case_definition_name_like: Optional[str] = None,
                 case_instance_business_key: Optional[str] = None,
                 case_instance_business_key_like: Optional[str] = None,
                 case_activity_id_in: Optional[Sequence[str]] = None,
                 created_before: Optional[dt.datetime] = None,
                 created_after: Optional[dt.datetime] = None,
                 closed_before: Optional[dt.datetime] = None,
                 closed_after: Optional[dt.datetime] = None, created_by: Optional[str] = None,
                 super_case_instance_id: Optional[str] = None,
                 sub_case_instance_id: Optional[str] = None,
                 super_process_instance_id: Optional[str] = None,
                 sub_process_instance_id: Optional[str] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 active: bool = False, completed: bool = False, terminated: bool = False,
                 closed: bool = False, not_closed: bool = False,
                 variable_names_ignore_case: bool = False,
                 variable_values_ignore_case: bool = False, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Query(QueryBodyMixin, GetList):
    """Query historic case instances with the filters of :class:`GetList` in a JSON body."""


class Count(CountMixin, GetList):
    """Count the historic case instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class QueryCount(CountMixin, Query):
    """Count the historic case instances that match the filters, sent in a JSON body."""

    path = URL_SUFFIX + '/count'


class Get(Loads[HistoricCaseInstance]):
    """Get a historic case instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
