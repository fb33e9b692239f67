"""History reports of decision definitions: ``/history/decision-definition``."""
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
from pycamunda.request import QueryParameter

__all__ = ['GetCleanableReport', 'CountCleanableReport']

URL_SUFFIX = '/history/decision-definition'


@dataclasses.dataclass
class CleanableDecisionInstanceReport(Model):
    """Per decision definition: its evaluations and those the history cleanup may remove."""

    decision_definition_id: str
    decision_definition_key: str
    decision_definition_name: str
    decision_definition_version: int
    history_time_to_live: int
    finished_decision_instance_count: int
    cleanable_decision_instance_count: int
    tenant_id: str


class GetCleanableReport(PagingMixin, LoadsAll[CleanableDecisionInstanceReport]):
    """Report, per decision definition, the evaluations and those the history cleanup may remove."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/cleanable-decision-instance-report'
    decision_definition_id_in = QueryParameter('decisionDefinitionIdIn')
    decision_definition_key_in = QueryParameter('decisionDefinitionKeyIn')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    compact = QueryParameter('compact', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'finished': 'finished'})

    def __init__(self, url: str, decision_definition_id_in: Optional[Sequence[str]] = None,
                 decision_definition_key_in: Optional[Sequence[str]] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 compact: bool = False, sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class CountCleanableReport(CountMixin, GetCleanableReport):
    """Count the rows of the cleanable decision instance report."""

    path = URL_SUFFIX + '/cleanable-decision-instance-report/count'
