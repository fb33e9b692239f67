"""Case definitions deployed from CMMN, and creating case instances: ``/case-definition``."""
from __future__ import annotations

import dataclasses
from typing import Optional

import pycamunda.caseinst
from pycamunda import definition
from pycamunda.base import (
    CountMixin,
    Loads,
    LoadsAll,
    RequestMethod,
    VariablesMixin,
    id_or_key,
    value_is_true,
)
from pycamunda.request import BodyParameter, QueryParameter

__all__ = ['GetList', 'Count', 'Get', 'GetXML', 'GetDiagram', 'CreateInstance',
           'UpdateHistoryTimeToLive']

URL_SUFFIX = '/case-definition'


@dataclasses.dataclass
class CaseDefinition(definition.Definition):
    """A deployed case definition."""

    tenant_id: str
    history_time_to_live: int


class GetList(definition.GetList, LoadsAll[CaseDefinition]):
    """Query case definitions (``*_like`` filters take ``%`` wildcards)."""

    path = URL_SUFFIX
    id_ = QueryParameter('caseDefinitionId')
    id_in = QueryParameter('caseDefinitionIdIn')
    include_without_tenant_id = QueryParameter('includeCaseDefinitionsWithoutTenantId',
                                               provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping=definition.SORT_KEYS)


class Count(CountMixin, GetList):
    """Count the case definitions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(definition.ByIdOrKey, Loads[CaseDefinition]):
    """Get a case definition."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX)


class GetXML(definition.GetXML):
    """Get the CMMN XML of a case definition."""

    path = id_or_key(URL_SUFFIX, '/xml')


class GetDiagram(definition.GetDiagram):
    """Get the diagram image deployed with a case definition (empty if none)."""

    path = id_or_key(URL_SUFFIX, '/diagram')


class CreateInstance(VariablesMixin, definition.ByIdOrKey, Loads[pycamunda.caseinst.CaseInstance]):
    """Create (start) an instance of a case definition."""

    http_method = RequestMethod.POST
    path = id_or_key(URL_SUFFIX, '/create')
    business_key = BodyParameter('businessKey')

    def __init__(self, url: str, id_: Optional[str] = None, key: Optional[str] = None,
                 tenant_id: Optional[str] = None, business_key: Optional[str] = None) -> None:
        super().__init__(url, id_=id_, key=key, tenant_id=tenant_id)
        self.business_key = business_key


class UpdateHistoryTimeToLive(definition.UpdateHistoryTimeToLive):
    """Set how many days the history of a case definition is kept (``None`` clears it)."""

    path = id_or_key(URL_SUFFIX, '/history-time-to-live')
