"""What the definition resources share: process, decision, decision requirements and case
definitions (``/process-definition``, ``/decision-definition``, ...).

A request on one definition addresses it by ``id_``, or by ``key`` (the latest version), or by
``key`` and ``tenant_id``: :class:`ByIdOrKey` declares that once, and a resource module only
names the path (``path = id_or_key(URL_SUFFIX, '/xml')``) and what the answer is::

    class GetXML(definition.GetXML):
        path = id_or_key(URL_SUFFIX, '/xml')
"""
from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Dict, Iterable, Optional, Tuple

from pycamunda.base import CamundaRequest, Command, PagingMixin, RequestMethod, value_is_true
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['ByIdOrKey', 'GetList', 'GetXML', 'GetDiagram', 'UpdateHistoryTimeToLive',
           'Definition', 'DefinitionXml', 'SORT_KEYS']

#: The sort keys every definition list has; a module adds its own (``{**SORT_KEYS, ...}``).
SORT_KEYS: Dict[str, str] = {
    'category': 'category', 'key': 'key', 'id_': 'id', 'name': 'name', 'version': 'version',
    'deployment_id': 'deploymentId', 'tenant_id': 'tenantId'}


@dataclasses.dataclass
class Definition(Model):
    """The fields every deployed definition has (process definitions spell them in another
    order and declare their own)."""

    id_: str
    key: str
    category: str
    name: str
    version: int
    resource: str
    deployment_id: str


@dataclasses.dataclass
class DefinitionXml(Model):
    """The XML a definition was deployed with: BPMN 2.0, DMN or CMMN."""

    id_: str
    bpmn20_xml: Optional[str] = None
    dmn_xml: Optional[str] = None
    cmmn_xml: Optional[str] = None

    @property
    def xml(self) -> str:
        """The document, whichever kind it is."""
        return next((x for x in (self.bpmn20_xml, self.dmn_xml, self.cmmn_xml) if x is not None),
                    '')


class ByIdOrKey(CamundaRequest):
    """A request on one definition: by ``id_``, or the latest version of ``key`` (and tenant).

    Subclasses set ``path = id_or_key(URL_SUFFIX, suffix)``.
    """

    exclusive: ClassVar[Tuple[str, ...]] = ('id_', 'key')
    id_ = PathParameter('id')
    key = PathParameter('key')
    tenant_id = PathParameter('tenant-id')

    def __init__(self, url: str, id_: Optional[str] = None, key: Optional[str] = None,
                 tenant_id: Optional[str] = None) -> None:
        """
        :param id_: The definition; or give ``key`` for the latest version of that key.
        :param tenant_id: With ``key``: the definition of this tenant.
        """
        super().__init__(url, id_=id_, key=key, tenant_id=tenant_id)


class GetXML(ByIdOrKey):
    """Get the XML a definition was deployed with."""

    http_method = RequestMethod.GET

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        response = super().__call__(self.http_method, *args, **kwargs)
        return DefinitionXml.load(response.json()).xml


class GetDiagram(ByIdOrKey):
    """Get the diagram image deployed with a definition (empty if there is none)."""

    http_method = RequestMethod.GET

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        return super().__call__(self.http_method, *args, **kwargs).content


class UpdateHistoryTimeToLive(Command, ByIdOrKey):
    """Set how many days the history of a definition is kept (``None`` clears it)."""

    http_method = RequestMethod.PUT
    history_time_to_live = BodyParameter('historyTimeToLive')

    def __init__(self, url: str, history_time_to_live: Optional[int], id_: Optional[str] = None,
                 key: Optional[str] = None, tenant_id: Optional[str] = None) -> None:
        super().__init__(url, id_=id_, key=key, tenant_id=tenant_id)
        self.history_time_to_live = history_time_to_live


class GetList(PagingMixin, CamundaRequest):
    """The filters every definition list query has (``*_like`` filters take ``%`` wildcards).

    A resource module declares ``path``, the filters whose keys name the resource (``id_``,
    ``id_in``, ``include_without_tenant_id``), ``sort_by`` and ``__call__``.
    """

    http_method = RequestMethod.GET
    name = QueryParameter('name')
    name_like = QueryParameter('nameLike')
    deployment_id = QueryParameter('deploymentId')
    key = QueryParameter('key')
    key_like = QueryParameter('keyLike')
    category = QueryParameter('category')
    category_like = QueryParameter('categoryLike')
    version = QueryParameter('version')
    latest_version = QueryParameter('latestVersion', provide=value_is_true)
    resource_name = QueryParameter('resourceName')
    resource_name_like = QueryParameter('resourceNameLike')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)

    def __init__(self, url: str, id_: Optional[str] = None, id_in: Optional[Iterable[str]] = None,
                 name: Optional[str] = None, name_like: Optional[str] = None,
                 deployment_id: Optional[str] = None, key: Optional[str] = None,
                 key_like: Optional[str] = None, category: Optional[str] = None,
                 category_like: Optional[str] = None, version: Optional[int] = None,
                 latest_version: bool = False, resource_name: Optional[str] = None,
                 resource_name_like: Optional[str] = None,
                 tenant_id_in: Optional[Iterable[str]] = None, without_tenant_id: bool = False,
                 include_without_tenant_id: bool = False, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        """
        :param include_without_tenant_id: With ``tenant_id_in``, also definitions of no tenant.
        """
        super().__init__(url)
        self.set_parameters(locals())
