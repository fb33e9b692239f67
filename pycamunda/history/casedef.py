"""History reports of case definitions: ``/history/case-definition``."""
from __future__ import annotations

import dataclasses
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

URL_SUFFIX = '/history/case-definition'


@dataclasses.dataclass
class CleanableCaseInstanceReport(Model):
    """Per case definition: its closed instances and those the history cleanup may remove."""

    case_definition_id: str
    case_definition_key: str
    case_definition_name: str
    case_definition_version: int
    history_time_to_live: int
    finished_case_instance_count: int
    cleanable_case_instance_count: int
    tenant_id: str


@dataclasses.dataclass
class CaseActivityStats(Model):
    """How many instances of a case activity are in each state."""

    id_: str
    available: int
    enabled: int
    disabled: int
    active: int
    completed: int
    terminated: int


class GetCleanableReport(PagingMixin, LoadsAll[CleanableCaseInstanceReport]):
    """Report, per case definition, the closed instances and those the history cleanup may remove."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/cleanable-case-instance-report'
    case_definition_id_in = QueryParameter('caseDefinitionIdIn')
    case_definition_key_in = QueryParameter('caseDefinitionKeyIn')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    compact = QueryParameter('compact', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'finished': 'finished'})

    def __init__(self, url: str, case_definition_id_in: Optional[Sequence[str]] = None,
                 case_definition_key_in: Optional[Sequence[str]] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 compact: bool = False, sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class CountCleanableReport(CountMixin, GetCleanableReport):
    """Count the rows of the cleanable case instance report."""

    path = URL_SUFFIX + '/cleanable-case-instance-report/count'


class GetActivityStats(LoadsAll[CaseActivityStats]):
    """Count, per activity of a case definition, its historic instances by state."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/statistics'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
