"""Deployments of BPMN, DMN, CMMN, forms and other resources: ``/deployment``."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import warnings
from typing import IO, Any, Dict, List, Optional, Tuple, Union

import pycamunda.casedef
import pycamunda.decisiondef
import pycamunda.decisionreqdef
import pycamunda.processdef
import pycamunda.resource
from pycamunda.base import (
    CamundaRequest,
    Command,
    CountMixin,
    DataMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    Unasserted,
    load_one,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, InvalidInput, PathParameter, QueryParameter

__all__ = ['GetList', 'Get', 'Create', 'GetResources', 'GetResource', 'Delete']

URL_SUFFIX = '/deployment'


@dataclasses.dataclass
class Deployment(Model):
    """A deployment: a set of resources deployed together."""

    id_: str
    name: str
    source: str
    tenant_id: str
    deployment_time: Optional[dt.datetime] = None
    links: Tuple[pycamunda.resource.Link, ...] = ()


@dataclasses.dataclass
class Resource(Model):
    """A resource (file) of a deployment."""

    id_: str
    name: str
    deployment_id: str


@dataclasses.dataclass
class DeploymentWithDefinitions(Model):
    """A new deployment with the definitions it deployed, each by id (``None`` where none)."""

    links: List[pycamunda.resource.Link]
    id_: str
    name: str
    source: str
    deployed_process_definitions: Optional[Dict[str, pycamunda.processdef.ProcessDefinition]]
    deployed_case_definitions: Optional[Dict[str, pycamunda.casedef.CaseDefinition]]
    deployed_decision_definitions: Optional[Dict[str, pycamunda.decisiondef.DecisionDefinition]]
    deployed_decision_requirements_definitions: Optional[
        Dict[str, pycamunda.decisionreqdef.DecisionRequirementsDefinition]]
    tenant_id: Optional[str] = None
    deployment_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[Deployment]):
    """Query deployments (``name_like`` takes ``%`` wildcards)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    id_ = QueryParameter('id')
    name = QueryParameter('name')
    name_like = QueryParameter('nameLike')
    source = QueryParameter('source')
    without_source = QueryParameter('withoutSource')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    include_deployments_without_tenant_id = QueryParameter('includeDeploymentsWithoutTenantId',
                                                           provide=value_is_true)
    after = QueryParameter('after')
    before = QueryParameter('before')
    sort_by = QueryParameter('sortBy', mapping={'id_': 'id', 'name': 'name',
                                                'deployment_time': 'deploymentTime',
                                                'tenant_id': 'tenantId',
                                                # PyCamunda's key (the engine refuses it: 400)
                                                'definition_time': 'definitionTime'})

    def __init__(self, url: str, id_: Optional[str] = None, name: Optional[str] = None,
                 name_like: Optional[str] = None, source: Optional[str] = None,
                 without_source: Optional[bool] = None, tenant_id_in: Optional[List[str]] = None,
                 without_tenant_id: bool = False,
                 include_deployments_without_tenant_id: bool = False,
                 after: Optional[dt.datetime] = None, before: Optional[dt.datetime] = None,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        """
        :param after: Only deployments made after this time.
        :param before: Only deployments made before this time.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the deployments that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(Loads[Deployment]):
    """Get a deployment."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


#: The name endings the engine acts on: process (BPMN), decision (DMN) and case (CMMN) models it
#: parses, Camunda Forms, and what models refer to: embedded forms, scripts and templates, and
#: process diagram images (shown next to a BPMN model of the same base name).
RESOURCE_SUFFIXES: Tuple[str, ...] = (
    '.bpmn', '.bpmn20.xml', '.dmn', '.dmn11.xml', '.cmmn', '.cmmn10.xml', '.cmmn11.xml', '.form',
    '.html', '.htm', '.js', '.groovy', '.py', '.rb', '.ftl', '.vm', '.xsl', '.xslt',
    '.png', '.jpg', '.jpeg', '.gif', '.svg')


_MODEL_SIGNS = (('www.omg.org/spec/BPMN/', '.bpmn'), ('www.omg.org/spec/DMN/', '.dmn'),
                ('www.omg.org/spec/CMMN/', '.cmmn'), ('"components"', '.form'))


def _model_suffix(content: Any) -> str:
    """The suffix of the model in unnamed content (bytes or text), or ``''``."""
    if isinstance(content, (bytes, bytearray)):
        head = bytes(content[:65536]).decode('utf-8', 'replace')
    elif isinstance(content, str):
        head = content[:65536]
    else:
        return ''
    return next((suffix for sign, suffix in _MODEL_SIGNS if sign in head), '')


def _resource_name(file: Any, name: Optional[str], default: str, plain: bool) -> str:
    """The name a resource is deployed under: ``name``, the file's base name, or ``default``
    with the suffix of the model the content holds. A name the engine would not recognise
    raises ``InvalidInput`` (a warning for unnamed content, which PyCamunda took) unless
    ``plain``."""
    named = name is not None or bool(getattr(file, 'name', None))
    if name is None:
        name = os.path.basename(str(getattr(file, 'name', '') or '')) or default + _model_suffix(file)
    if not plain and not name.lower().endswith(RESOURCE_SUFFIXES):
        text = (f'Create.add_resource: the engine does not recognise the resource name {name!r}; '
                f'it parses {", ".join(RESOURCE_SUFFIXES[:8])} and keeps forms, scripts and '
                f'diagrams; pass plain=True to deploy it as it is')
        if named:
            raise InvalidInput(text)
        warnings.warn(text + ', or give name=...', UserWarning, stacklevel=3)
    return name


class NothingToDeploy(Unasserted):
    """``Create`` was called without resources; also an ``AssertionError``, which PyCamunda
    raised for it."""


class Create(CamundaRequest):
    """Deploy the resources added with ``add_resource`` (sent as multipart form data)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/create'
    name = BodyParameter('deployment-name')
    source = BodyParameter('deployment-source')
    enable_duplicate_filtering = BodyParameter('enable-duplicate-filtering')
    deploy_changed_only = BodyParameter('deploy-changed-only')
    tenant_id = BodyParameter('tenant-id')
    activation_time = BodyParameter('deployment-activation-time')

    def __init__(self, url: str, name: str, source: Optional[str] = None,
                 enable_duplicate_filtering: bool = False, deploy_changed_only: bool = False,
                 tenant_id: Optional[str] = None, activation_time: Optional[dt.datetime] = None
                 ) -> None:
        """
        :param enable_duplicate_filtering: Deploy nothing if no resource changed since the
            last deployment of this name (and source).
        :param deploy_changed_only: Deploy only the resources that changed.
        :param activation_time: Keep the deployed definitions suspended until this time.
        """
        super().__init__(url)
        self.set_parameters(locals())
        self._resources: Dict[str, Any] = {}

    def add_resource(self, file: Union[IO, bytes, str], name: Optional[str] = None, *,
                     plain: bool = False) -> None:
        """Add a resource: an open file, or its content as bytes or text.

        :param name: The resource name; its extension tells the engine what it is (see
            :data:`RESOURCE_SUFFIXES`). Defaults to the file's base name; content without a
            name is named ``resource-N`` with the suffix of the model it holds (BPMN, DMN, CMMN,
            or a Camunda Form).
        :param plain: Deploy a resource whose name the engine does not recognise as it is
            (e.g. a template referenced by name). Without it, such a ``name`` raises
            ``InvalidInput``, since the engine would store the resource and deploy nothing from
            it; unnamed content that is no model is added with a ``UserWarning``.
        """
        part = f'resource-{len(self._resources)}'
        resolved = _resource_name(file, name, part, plain)
        if name is None and getattr(file, 'name', None):
            self._resources[part] = file  # requests sends the file's base name, as PyCamunda did
        else:
            self._resources[part] = (resolved, file)

    @property
    def files(self) -> Optional[Dict[str, Any]]:
        """The multipart files: ``resource-<n>`` each, as PyCamunda named them."""
        return dict(self._resources)

    def __call__(self, *args: Any, **kwargs: Any) -> DeploymentWithDefinitions:
        if not self._resources:
            raise NothingToDeploy('Create: add at least one resource with add_resource() to deploy')
        response = super().__call__(self.http_method, *args, **kwargs)
        return load_one(DeploymentWithDefinitions, response.json())


class Redeploy(Loads[DeploymentWithDefinitions]):
    """Deploy again resources of an existing deployment (all unless some are selected)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/redeploy'
    id_ = PathParameter('id')
    resource_ids = BodyParameter('resourceIds')
    resource_names = BodyParameter('resourceNames')
    source = BodyParameter('source')

    def __init__(self, url: str, id_: str, resource_ids: Optional[List[str]] = None,
                 resource_names: Optional[List[str]] = None, source: Optional[str] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class GetRegistered(CamundaRequest):
    """Get the ids of the deployments registered with the engine's job executor."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/registered'

    def __init__(self, url: str) -> None:
        super().__init__(url)

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[str, ...]:
        return tuple(super().__call__(self.http_method, *args, **kwargs).json())


class GetResources(LoadsAll[Resource]):
    """Get the resources of a deployment."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/resources'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetResource(DataMixin, Loads[Resource]):
    """Get a resource of a deployment; with ``binary=True`` its content."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/resources/{resource_id}'
    id_ = PathParameter('id')
    resource_id = PathParameter('resourceId')

    def __init__(self, url: str, id_: str, resource_id: str, binary: bool = False) -> None:
        super().__init__(url, id_=id_, resource_id=resource_id)
        self.binary = binary


class Delete(Command):
    """Delete a deployment; ``cascade`` also deletes its instances and history."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    cascade = QueryParameter('cascade')
    skip_custom_listeners = QueryParameter('skipCustomListeners')
    skip_io_mappings = QueryParameter('skipIoMappings')

    def __init__(self, url: str, id_: str, cascade: bool = False,
                 skip_custom_listeners: bool = False, skip_io_mappings: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())
