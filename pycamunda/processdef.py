"""Process definitions: ``/process-definition``.

Most requests address a definition by ``id_``, or by ``key`` (with ``tenant_id`` for a tenant's
definition), which means the latest version of that key. :class:`ActivateAllVersions`,
:class:`SuspendAllVersions` and :class:`DeleteAllVersions` act on every version of a key.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, ClassVar, Dict, Iterable, Optional, Tuple, Union

import pycamunda.batch
import pycamunda.incident
import pycamunda.processinst
from pycamunda import definition, varscope
from pycamunda.base import (
    CamundaRequest,
    Command,
    CountMixin,
    InvalidCombination,
    Loads,
    LoadsAll,
    NotAFlag,
    RequestMethod,
    VariablesMixin,
    at_most_one,
    id_or_key,
    load_one,
    typed_variables,
    value_is_true,
)
from pycamunda.instruction import InstructionType
from pycamunda.model import Model
from pycamunda.request import BodyParameter, QueryParameter

__all__ = ['GetActivityInstanceStats', 'GetProcessDiagram', 'Count', 'GetList',
           'GetProcessInstanceStats', 'GetXML', 'Get', 'StartInstance', 'Activate', 'Suspend',
           'UpdateHistoryTimeToLive', 'Delete', 'RestartProcessInstance']

URL_SUFFIX = '/process-definition'


@dataclasses.dataclass
class ProcessDefinition(Model):
    """A deployed process definition."""

    id_: str
    key: str
    category: str
    description: str
    name: str
    version: int
    resource: str
    deployment_id: str
    diagram: str
    suspended: bool
    tenant_id: str
    version_tag: str
    history_time_to_live: int
    startable_in_tasklist: bool


@dataclasses.dataclass
class CalledProcessDefinition(ProcessDefinition):
    """A process definition called by a call activity, with the activities that call it."""

    called_from_activity_ids: Tuple[str, ...] = ()
    calling_process_definition_id: Optional[str] = None


@dataclasses.dataclass
class ActivityStats(Model):
    """The instances, failed jobs and incidents of one activity."""

    id_: str
    instances: int
    failed_jobs: int
    incidents: Tuple[pycamunda.incident.IncidentTypeCount, ...]


@dataclasses.dataclass
class ProcessInstanceStats(Model):
    """The running instances, failed jobs and incidents of one process definition."""

    id_: str
    instances: int
    failed_jobs: int
    definition: ProcessDefinition
    incidents: Tuple[pycamunda.incident.IncidentTypeCount, ...]


@dataclasses.dataclass
class CamundaFormRef(Model):
    """A reference to a Camunda Form: its key, binding (latest, deployment, version) and version."""

    key: str
    binding: str
    version: Optional[int] = None


@dataclasses.dataclass
class Form(Model):
    """Where a start form is found: its form key or Camunda Form reference."""

    key: Optional[str] = None
    camunda_form_ref: Optional[CamundaFormRef] = None
    context_path: Optional[str] = None


class GetActivityInstanceStats(definition.ByIdOrKey, LoadsAll[ActivityStats]):
    """Get the running instances, failed jobs and incidents per activity of a definition."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX, '/statistics')
    failed_jobs = QueryParameter('failedJobs')
    incidents = QueryParameter('incidents', provide=value_is_true)
    incidents_for_type = QueryParameter('incidentsForType')

    def __init__(self, url: str, id_: Optional[str] = None, key: Optional[str] = None,
                 tenant_id: Optional[str] = None, failed_jobs: Optional[bool] = None,
                 incidents: bool = False,
                 incidents_for_type: Union[pycamunda.incident.IncidentType, str, None] = None
                 ) -> None:
        """
        :param incidents: Include the incidents of every type (not with ``incidents_for_type``).
        :param incidents_for_type: Include only the incidents of this type.
        """
        at_most_one(self, incidents=incidents, incidents_for_type=incidents_for_type)
        super().__init__(url)
        self.set_parameters(locals())


class GetProcessDiagram(definition.ByIdOrKey):
    """Get the diagram image deployed with a definition (empty when it has none)."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX, '/diagram')

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        return super().__call__(self.http_method, *args, **kwargs).content


class GetList(definition.GetList, LoadsAll[ProcessDefinition]):
    """Query process definitions (``*_like`` filters take ``%`` wildcards)."""

    path = URL_SUFFIX
    id_ = QueryParameter('processDefinitionId')
    id_in = QueryParameter('processDefinitionIdIn')
    key_in = QueryParameter('keysIn')
    startable_by = QueryParameter('startableBy')
    active = QueryParameter('active', provide=value_is_true)
    suspended = QueryParameter('suspended', provide=value_is_true)
    incident_id = QueryParameter('incidentId')
    incident_type = QueryParameter('incidentType')
    incident_message = QueryParameter('incidentMessage')
    incident_message_like = QueryParameter('incidentMessageLike')
    include_without_tenant_id = QueryParameter('includeProcessDefinitionsWithoutTenantId',
                                               provide=value_is_true)
    version_tag = QueryParameter('versionTag')
    version_tag_like = QueryParameter('versionTagLike')
    without_version_tag = QueryParameter('withoutVersionTag')
    startable_in_tasklist = QueryParameter('startableInTasklist')
    startable_permission_check = QueryParameter('startablePermissionCheck')
    not_startable_in_tasklist = QueryParameter('notStartableInTasklist')
    deployed_after = QueryParameter('deployedAfter')
    deployed_at = QueryParameter('deployedAt')
    sort_by = QueryParameter('sortBy', mapping={
        **definition.SORT_KEYS, 'deploy_time': 'deployTime', 'version_tag': 'versionTag'})

    def __init__(self, url: str, id_: Optional[str] = None, id_in: Optional[Iterable[str]] = None,
                 name: Optional[str] = None, name_like: Optional[str] = None,
                 deployment_id: Optional[str] = None, key: Optional[str] = None,
                 key_in: Optional[Iterable[str]] = None, key_like: Optional[str] = None,
                 category: Optional[str] = None, category_like: Optional[str] = None,
                 version: Optional[int] = None, latest_version: bool = False,
                 resource_name: Optional[str] = None, resource_name_like: Optional[str] = None,
                 startable_by: Optional[str] = None, active: bool = False, suspended: bool = False,
                 incident_id: Optional[str] = None,
                 incident_type: Union[pycamunda.incident.IncidentType, str, None] = None,
                 incident_message: Optional[str] = None, incident_message_like: Optional[str] = None,
                 tenant_id_in: Optional[Iterable[str]] = None, without_tenant_id: bool = False,
                 include_without_tenant_id: bool = False, version_tag: Optional[str] = None,
                 version_tag_like: Optional[str] = None, without_version_tag: Optional[bool] = None,
                 startable_in_tasklist: Optional[bool] = None,
                 startable_permission_check: Optional[bool] = None,
                 not_startable_in_tasklist: Optional[bool] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None, deployed_after: Optional[dt.datetime] = None,
                 deployed_at: Optional[dt.datetime] = None) -> None:
        """
        :param startable_by: A user allowed to start the definitions.
        :param include_without_tenant_id: With ``tenant_id_in``, also definitions of no tenant.
        :param startable_permission_check: Only definitions the current user may start.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the process definitions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class GetProcessInstanceStats(LoadsAll[ProcessInstanceStats]):
    """Get the running instances, failed jobs and incidents of every process definition."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/statistics'
    failed_jobs = QueryParameter('failedJobs')
    incidents = QueryParameter('incidents', provide=value_is_true)
    root_incidents = QueryParameter('rootIncidents', provide=value_is_true)
    incidents_for_type = QueryParameter('incidentsForType')

    def __init__(self, url: str, failed_jobs: bool = False, incidents: bool = False,
                 root_incidents: bool = False,
                 incidents_for_type: Union[pycamunda.incident.IncidentType, str, None] = None
                 ) -> None:
        """
        :param incidents: Include the incidents of every type.
        :param root_incidents: Include only root incidents (their causes, not follow-ups).
        :param incidents_for_type: Include only the incidents of this type.

        Give at most one of ``incidents``, ``root_incidents`` and ``incidents_for_type``.
        """
        for name, flag in (('incidents', incidents), ('root_incidents', root_incidents)):
            if not isinstance(flag, bool):
                raise NotAFlag(f'GetProcessInstanceStats: {name}={flag!r} must be True or False')
        at_most_one(self, incidents=incidents, root_incidents=root_incidents,
                    incidents_for_type=incidents_for_type)
        super().__init__(url)
        self.set_parameters(locals())


class GetXML(definition.GetXML):
    """Get the BPMN 2.0 XML of a definition."""

    path = id_or_key(URL_SUFFIX, '/xml')


class Get(definition.ByIdOrKey, Loads[ProcessDefinition]):
    """Get a process definition."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX)


class StartInstance(VariablesMixin, definition.ByIdOrKey, Loads[pycamunda.processinst.ProcessInstance]):
    """Start a process instance; start instructions start it at chosen activities."""

    http_method = RequestMethod.POST
    path = id_or_key(URL_SUFFIX, '/start')
    business_key = BodyParameter('businessKey')
    case_instance_id = BodyParameter('caseInstanceId')
    start_instructions = BodyParameter('startInstructions', factory=list)
    skip_custom_listeners = BodyParameter('skipCustomListeners')
    skip_io_mappings = BodyParameter('skipIoMappings')
    with_variables_in_return = BodyParameter('withVariablesInReturn')

    def __init__(self, url: str, id_: Optional[str] = None, key: Optional[str] = None,
                 tenant_id: Optional[str] = None, business_key: Optional[str] = None,
                 case_instance_id: Optional[str] = None, skip_custom_listeners: bool = False,
                 skip_io_mappings: bool = False, with_variables_in_return: bool = False) -> None:
        """
        :param skip_custom_listeners: Skip the execution listeners of start instructions.
        :param skip_io_mappings: Skip the input/output mappings of start instructions.
        :param with_variables_in_return: Return the instance's variables in the answer.
        """
        at_most_one(self, id_=id_, key=key)
        if tenant_id is not None and key is None:
            raise InvalidCombination(f'StartInstance: tenant_id={tenant_id!r} needs a key')
        super().__init__(url)
        self.set_parameters(locals())

    def _add_instruction(self, type_: InstructionType, target: str, id_: str,
                         variables: Optional[Dict[str, Any]]) -> None:
        instruction: Dict[str, Any] = {'type': type_.value, target: id_}
        if variables is not None:
            instruction['variables'] = typed_variables(variables)
        self.start_instructions.append(instruction)

    def add_start_before_activity_instruction(self, id_: str,
                                              variables: Optional[Dict[str, Any]] = None) -> None:
        """Start before the activity ``id_``; ``variables`` maps names to values, typed as by
        ``add_variable`` (``{'value': ..., 'type': ...}`` dicts are sent as they are)."""
        self._add_instruction(InstructionType.start_before_activity, 'activityId', id_, variables)

    def add_start_after_activity_instruction(self, id_: str,
                                             variables: Optional[Dict[str, Any]] = None) -> None:
        """Start on the flow leaving the activity ``id_``; ``variables`` as above."""
        self._add_instruction(InstructionType.start_after_activity, 'activityId', id_, variables)

    def add_start_transition_instruction(self, id_: str,
                                         variables: Optional[Dict[str, Any]] = None) -> None:
        """Start on the sequence flow ``id_``; ``variables`` as above."""
        self._add_instruction(InstructionType.start_transition, 'transitionId', id_, variables)


class Activate(Command, definition.ByIdOrKey):
    """Activate a process definition (by ``key``: its latest version only), now or at a date."""

    http_method = RequestMethod.PUT
    path = id_or_key(URL_SUFFIX, '/suspended')
    suspended = BodyParameter('suspended', factory=lambda: False)
    include_process_instances = BodyParameter('includeProcessInstances')
    execution_datetime = BodyParameter('executionDate')

    def __init__(self, url: str, id_: Optional[str] = None, key: Optional[str] = None,
                 tenant_id: Optional[str] = None, include_process_instances: Optional[bool] = None,
                 execution_datetime: Optional[dt.datetime] = None) -> None:
        """
        :param include_process_instances: Also activate the definition's process instances.
        :param execution_datetime: When to activate; immediately when not given.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Suspend(Activate):
    """Suspend a process definition (by ``key``: its latest version only), now or at a date."""

    suspended = BodyParameter('suspended', factory=lambda: True)


class ActivateAllVersions(Command):
    """Activate every version of the process definitions with a key, now or at a date."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/suspended'
    suspended = BodyParameter('suspended', factory=lambda: False)
    key = BodyParameter('processDefinitionKey')
    include_process_instances = BodyParameter('includeProcessInstances')
    execution_datetime = BodyParameter('executionDate')

    def __init__(self, url: str, key: str, include_process_instances: Optional[bool] = None,
                 execution_datetime: Optional[dt.datetime] = None) -> None:
        """
        :param include_process_instances: Also activate the definitions' process instances.
        :param execution_datetime: When to activate; immediately when not given.
        """
        super().__init__(url)
        self.set_parameters(locals())


class SuspendAllVersions(ActivateAllVersions):
    """Suspend every version of the process definitions with a key, now or at a date."""

    suspended = BodyParameter('suspended', factory=lambda: True)


class UpdateHistoryTimeToLive(definition.UpdateHistoryTimeToLive):
    """Set the number of days a definition's history is kept after its instances end."""

    path = id_or_key(URL_SUFFIX, '/history-time-to-live')


class Delete(Command, definition.ByIdOrKey):
    """Delete a process definition; by ``key`` only its LATEST version (see :class:`DeleteAllVersions`)."""

    http_method = RequestMethod.DELETE
    path: ClassVar[Tuple[str, ...]] = id_or_key(URL_SUFFIX)
    cascade = QueryParameter('cascade')
    skip_custom_listeners = QueryParameter('skipCustomListeners')
    skip_io_mappings = QueryParameter('skipIoMappings')

    def __init__(self, url: str, id_: Optional[str] = None, key: Optional[str] = None,
                 tenant_id: Optional[str] = None, cascade: bool = False,
                 skip_custom_listeners: bool = False, skip_io_mappings: bool = False) -> None:
        """
        :param cascade: Also delete the running and historic process instances and their jobs.
        :param skip_custom_listeners: Do not notify custom listeners of deleted instances.
        :param skip_io_mappings: Do not run input/output mappings of deleted instances.
        """
        super().__init__(url)
        self.set_parameters(locals())


class DeleteAllVersions(Delete):
    """Delete ALL versions of the process definitions with a key (of no tenant, or of ``tenant_id``)."""

    exclusive = ()
    path = (URL_SUFFIX + '/key/{key}/tenant-id/{tenant_id}/delete', URL_SUFFIX + '/key/{key}/delete')
    id_ = None

    def __init__(self, url: str, key: str, tenant_id: Optional[str] = None, cascade: bool = False,
                 skip_custom_listeners: bool = False, skip_io_mappings: bool = False) -> None:
        """
        :param cascade: Also delete the running and historic process instances and their jobs.
        :param skip_custom_listeners: Do not notify custom listeners of deleted instances.
        :param skip_io_mappings: Do not run input/output mappings of deleted instances.
        """
        CamundaRequest.__init__(self, url)
        self.set_parameters(locals())


class RestartProcessInstance(definition.ByIdOrKey):
    """Restart ended process instances of a definition; with ``async_`` as a batch."""

    http_method = RequestMethod.POST
    path = id_or_key(URL_SUFFIX, '/restart')
    extra_endpoints = tuple(('POST', template + '-async') for template in path)
    process_instance_ids = BodyParameter('processInstanceIds')
    historic_process_instance_query = BodyParameter('historicProcessInstanceQuery')
    skip_custom_listeners = BodyParameter('skipCustomListeners')
    skip_io_mappings = BodyParameter('skipIoMappings')
    initial_variables = BodyParameter('initialVariables')
    without_business_key = BodyParameter('withoutBusinessKey')
    instructions = BodyParameter('instructions', factory=list)
    async_: bool = False

    def __init__(self, url: str, id_: Optional[str], process_instance_ids: Iterable[str],
                 async_: bool = False, skip_custom_listeners: bool = False,
                 skip_io_mappings: bool = False, initial_variables: bool = True,
                 without_business_key: bool = False, key: Optional[str] = None,
                 tenant_id: Optional[str] = None,
                 historic_process_instance_query: Optional[Dict[str, Any]] = None) -> None:
        """
        :param id_: The definition; or ``None`` and the latest version of ``key`` (and ``tenant_id``).
        :param initial_variables: Restore the variables the instances started with, rather than
            their last values.
        :param without_business_key: Do not carry over the business keys.
        :param historic_process_instance_query: Select the instances to restart by a historic
            process instance query (Camunda's JSON body), besides ``process_instance_ids``.
        """
        super().__init__(url)
        self.set_parameters(locals())

    @property
    def url(self) -> str:
        return super().url + ('-async' if self.async_ else '')

    def _add_instruction(self, type_: InstructionType, target: str, id_: str) -> None:
        self.instructions.append({'type': type_.value, target: id_})

    def add_before_activity_instruction(self, id_: str) -> None:
        """Restart before the activity ``id_``."""
        self._add_instruction(InstructionType.start_before_activity, 'activityId', id_)

    def add_after_activity_instruction(self, id_: str) -> None:
        """Restart on the flow leaving the activity ``id_``."""
        self._add_instruction(InstructionType.start_after_activity, 'activityId', id_)

    def add_transition_instruction(self, id_: str) -> None:
        """Restart on the sequence flow ``id_``."""
        self._add_instruction(InstructionType.start_transition, 'transitionId', id_)

    def __call__(self, *args: Any, **kwargs: Any) -> Optional[pycamunda.batch.Batch]:
        response = super().__call__(self.http_method, *args, **kwargs)
        return load_one(pycamunda.batch.Batch, response.json()) if self.async_ else None


class GetStartForm(definition.ByIdOrKey, Loads[Form]):
    """Get the key (or Camunda Form reference) of a definition's start form."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX, '/startForm')


class GetRenderedStartForm(definition.ByIdOrKey):
    """Get the HTML the engine renders from the form fields of a definition's start event."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX, '/rendered-form')

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        return super().__call__(self.http_method, *args, **kwargs).text


class GetDeployedStartForm(definition.ByIdOrKey):
    """Get the start form file deployed with a definition (form key ``deployment:...`` or a form ref)."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX, '/deployed-start-form')

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        return super().__call__(self.http_method, *args, **kwargs).content


class GetStartFormVariables(varscope.GetVariables, definition.ByIdOrKey):
    """Get the start form's variables with their default values, by name."""

    path = id_or_key(URL_SUFFIX, '/form-variables')
    variable_names = QueryParameter('variableNames')

    def __init__(self, url: str, id_: Optional[str] = None, key: Optional[str] = None,
                 tenant_id: Optional[str] = None, variable_names: Optional[Iterable[str]] = None,
                 deserialize_values: Optional[bool] = None) -> None:
        """
        :param variable_names: Only these variables.
        :param deserialize_values: Deserialize object values on the server (default true).
        """
        CamundaRequest.__init__(self, url)
        self.set_parameters(locals())


class SubmitStartForm(VariablesMixin, definition.ByIdOrKey, Loads[pycamunda.processinst.ProcessInstance]):
    """Start a process instance by submitting its start form."""

    http_method = RequestMethod.POST
    path = id_or_key(URL_SUFFIX, '/submit-form')
    business_key = BodyParameter('businessKey')

    def __init__(self, url: str, id_: Optional[str] = None, key: Optional[str] = None,
                 tenant_id: Optional[str] = None, business_key: Optional[str] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class GetStaticCalledProcessDefinitions(definition.ByIdOrKey, LoadsAll[CalledProcessDefinition]):
    """Get the process definitions a definition's call activities call by a fixed key."""

    http_method = RequestMethod.GET
    path = id_or_key(URL_SUFFIX, '/static-called-process-definitions')

