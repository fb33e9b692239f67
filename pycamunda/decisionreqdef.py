"""Decision requirements definitions (DRDs) deployed from DMN: ``/decision-requirements-definition``."""
from __future__ import annotations

import dataclasses
from typing import List

from pycamunda import definition
from pycamunda.base import CountMixin, Loads, LoadsAll, RequestMethod, id_or_key, value_is_true
from pycamunda.request import QueryParameter

__all__: List[str] = []

URL_SUFFIX = '/decision-requirements-definition'


@dataclasses.dataclass
class DecisionRequirementsDefinition(definition.Definition):
    """A deployed decision requirements definition."""

    tenant_id: str


class GetList(definition.GetList, LoadsAll[DecisionRequirementsDefinition]):
    """Query decision requirements definitions (``*_like`` filters take ``%`` wildcards)."""

    path = URL_SUFFIX
    id_ = QueryParameter('decisionRequirementsDefinitionId')
    id_in = QueryParameter('decisionRequirementsDefinitionIdIn')
    include_without_tenant_id = QueryParameter(
        'includeDecisionRequirementsDefinitionsWithoutTenantId', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping=definition.SORT_KEYS)


class Count(CountMixin, GetList):
    """Count the decision requirements definitions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(definition.ByIdOrKey, Loads[DecisionRequirementsDefinition]):
    """Get a decision requirements definition (by key: its latest version)."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX)


class GetXML(definition.GetXML):
    """Get the DMN XML of a decision requirements definition."""

    path = id_or_key(URL_SUFFIX, '/xml')


class GetDiagram(definition.GetDiagram):
    """Get the diagram image deployed with a decision requirements definition (empty if none)."""

    path = id_or_key(URL_SUFFIX, '/diagram')
