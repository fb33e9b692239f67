"""Decision definitions deployed from DMN, and evaluating them: ``/decision-definition``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, List, Optional, Tuple

from pycamunda import definition
from pycamunda.base import (
    CountMixin,
    Loads,
    LoadsAll,
    RequestMethod,
    VariablesMixin,
    id_or_key,
    load_by_name,
    value_is_true,
)
from pycamunda.request import QueryParameter
from pycamunda.variable import Variable

__all__ = ['GetList', 'Count', 'Get', 'GetXML', 'GetDiagram', 'Evaluate']

URL_SUFFIX = '/decision-definition'


@dataclasses.dataclass
class DecisionDefinition(definition.Definition):
    """A deployed decision definition."""

    decision_requirements_definition_id: str
    decision_requirements_definition_key: str
    tenant_id: str
    version_tag: str
    history_time_to_live: int


class GetList(definition.GetList, LoadsAll[DecisionDefinition]):
    """Query decision definitions (``*_like`` filters take ``%`` wildcards)."""

    path = URL_SUFFIX
    id_ = QueryParameter('decisionDefinitionId')
    id_in = QueryParameter('decisionDefinitionIdIn')
    include_without_tenant_id = QueryParameter('includeDecisionDefinitionsWithoutTenantId',
                                               provide=value_is_true)
    deployed_after = QueryParameter('deployedAfter')
    deployed_at = QueryParameter('deployedAt')
    decision_requirements_definition_id = QueryParameter('decisionRequirementsDefinitionId')
    decision_requirements_definition_key = QueryParameter('decisionRequirementsDefinitionKey')
    without_decision_requirements_definition = QueryParameter(
        'withoutDecisionRequirementsDefinition', provide=value_is_true)
    version_tag = QueryParameter('versionTag')
    version_tag_like = QueryParameter('versionTagLike')
    sort_by = QueryParameter('sortBy', mapping={
        **definition.SORT_KEYS, 'deploy_time': 'deployTime', 'version_tag': 'versionTag',
        'decision_requirements_definition_key': 'decisionRequirementsDefinitionKey'})

    def __init__(self, url: str, id_: Optional[str] = None, id_in: Optional[List[str]] = None,
                 name: Optional[str] = None, name_like: Optional[str] = None,
                 deployment_id: Optional[str] = None, key: Optional[str] = None,
                 key_like: Optional[str] = None, category: Optional[str] = None,
                 category_like: Optional[str] = None, version: Optional[int] = None,
                 latest_version: bool = False, resource_name: Optional[str] = None,
                 resource_name_like: Optional[str] = None, tenant_id_in: Optional[List[str]] = None,
                 without_tenant_id: bool = False, include_without_tenant_id: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None,
                 deployed_after: Optional[dt.datetime] = None,
                 deployed_at: Optional[dt.datetime] = None,
                 decision_requirements_definition_id: Optional[str] = None,
                 decision_requirements_definition_key: Optional[str] = None,
                 without_decision_requirements_definition: bool = False,
                 version_tag: Optional[str] = None, version_tag_like: Optional[str] = None) -> None:
        """
        :param include_without_tenant_id: With ``tenant_id_in``, also definitions of no tenant.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the decision definitions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(definition.ByIdOrKey, Loads[DecisionDefinition]):
    """Get a decision definition."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX)


class GetXML(definition.GetXML):
    """Get the DMN XML of a decision definition."""

    path = id_or_key(URL_SUFFIX, '/xml')


class GetDiagram(definition.GetDiagram):
    """Get the diagram image deployed with a decision definition (empty if none)."""

    path = id_or_key(URL_SUFFIX, '/diagram')


class Evaluate(VariablesMixin, definition.ByIdOrKey):
    """Evaluate a decision with the input variables; one dict of output variables per matched rule."""

    http_method = RequestMethod.POST
    path = id_or_key(URL_SUFFIX, '/evaluate')

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[Dict[str, Variable], ...]:
        results = super().__call__(self.http_method, *args, **kwargs).json()
        return tuple(load_by_name(Variable, result) for result in results)


class UpdateHistoryTimeToLive(definition.UpdateHistoryTimeToLive):
    """Set how many days the history of a decision definition is kept (``None`` clears it)."""

    path = id_or_key(URL_SUFFIX, '/history-time-to-live')
