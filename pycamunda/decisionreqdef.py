"""Decision requirements definitions (DRDs) deployed from DMN: ``/decision-requirements-definition``."""
from __future__ import annotations

import dataclasses
from typing import Any, List, Tuple

from pycamunda import definition
from pycamunda.base import CountMixin, RequestMethod, id_or_key, value_is_true
from pycamunda.request import QueryParameter

__all__: List[str] = []

URL_SUFFIX = '/decision-requirements-definition'


@dataclasses.dataclass
class DecisionRequirementsDefinition(definition.Definition):
    """A deployed decision requirements definition."""

    tenant_id: str


class GetList(definition.GetList):
    """Query decision requirements definitions (``*_like`` filters take ``%`` wildcards)."""

    path = URL_SUFFIX
    id_ = QueryParameter('decisionRequirementsDefinitionId')
    id_in = QueryParameter('decisionRequirementsDefinitionIdIn')
    include_without_tenant_id = QueryParameter(
        'includeDecisionRequirementsDefinitionsWithoutTenantId', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping=definition.SORT_KEYS)

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[DecisionRequirementsDefinition, ...]:
        response = super().__call__(self.http_method, *args, **kwargs)
        return DecisionRequirementsDefinition.load_all(response.json())


class Count(CountMixin, GetList):
    """Count the decision requirements definitions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(definition.ByIdOrKey):
    """Get a decision requirements definition (by key: its latest version)."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX)

    def __call__(self, *args: Any, **kwargs: Any) -> DecisionRequirementsDefinition:
        response = super().__call__(self.http_method, *args, **kwargs)
        return DecisionRequirementsDefinition.load(response.json())


class GetXML(definition.GetXML):
    """Get the DMN XML of a decision requirements definition."""

    path = id_or_key(URL_SUFFIX, '/xml')


class GetDiagram(definition.GetDiagram):
    """Get the diagram image deployed with a decision requirements definition (empty if none)."""

    path = id_or_key(URL_SUFFIX, '/diagram')
