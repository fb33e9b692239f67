"""Process instances: ``/process-instance``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple, Union

import pycamunda.activityinst
import pycamunda.batch
import pycamunda.incident
import pycamunda.resource
import pycamunda.task
import pycamunda.variable
from pycamunda import varscope
from pycamunda.base import (
    BodyConditions,
    CamundaRequest,
    Command,
    Condition,
    CountMixin,
    Loads,
    LoadsAll,
    PagesMixin,
    PagingMixin,
    QueryConditions,
    RequestMethod,
    SelectsOne,
    VariablesMixin,
    load_one,
    typed_variables,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['Delete', 'GetActivityInstance', 'GetList', 'Get', 'Modify', 'Activate', 'Suspend',
           'VariablesDelete', 'VariablesGet', 'VariablesGetList', 'VariablesModify',
           'VariablesUpdate']

URL_SUFFIX = '/process-instance'

Variables = Mapping[str, Any]
"""Variables of an instruction, as Camunda's ``{name: {value, type, valueInfo, local}}``."""

_SORT_BY = {'instance_id': 'instanceId', 'definition_key': 'definitionKey',
            'definition_id': 'definitionId', 'tenant_id': 'tenantId', 'business_key': 'businessKey'}


@dataclasses.dataclass
class ProcessInstance(Model):
    """A running process instance."""

    id_: str
    definition_id: str
    business_key: str
    case_instance_id: str
    tenant_id: str
    suspended: bool
    links: Tuple[pycamunda.resource.Link, ...]
    variables: Optional[Dict[str, pycamunda.variable.Variable]] = None
    definition_key: Optional[str] = None
    ended: Optional[bool] = None


# --------------------------------------------------------------------------- single instances

class Get(Loads[ProcessInstance]):
    """Get a process instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Delete(Command):
    """Delete a process instance."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    skip_custom_listeners = QueryParameter('skipCustomListeners')
    skip_io_mappings = QueryParameter('skipIoMappings')
    skip_subprocesses = QueryParameter('skipSubprocesses')
    fail_if_not_exists = QueryParameter('failIfNotExists')

    def __init__(self, url: str, id_: str, skip_custom_listeners: bool = False,
                 skip_io_mappings: bool = False, skip_subprocesses: bool = False,
                 fail_if_not_exists: bool = True) -> None:
        """
        :param fail_if_not_exists: With ``False``, deleting an unknown instance succeeds.
        """
        super().__init__(url)
        self.set_parameters(locals())


class GetActivityInstance(Loads[pycamunda.activityinst.ActivityInstance]):
    """Get the activity instance tree of a process instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/activity-instances'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class _SuspensionState(Command):
    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/suspended'
    id_ = PathParameter('id')
    suspended = BodyParameter('suspended')
    _suspend = False

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_, suspended=self._suspend)


class Activate(_SuspensionState):
    """Activate a suspended process instance."""


class Suspend(_SuspensionState):
    """Suspend a process instance."""

    _suspend = True


class Modify(CamundaRequest):
    """Start and cancel activities of a process instance; with ``async_`` as a batch."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/modification'
    extra_endpoints = (('POST', URL_SUFFIX + '/{id_}/modification-async'),)
    id_ = PathParameter('id')
    skip_custom_listeners = BodyParameter('skipCustomListeners')
    skip_io_mappings = BodyParameter('skipIoMappings')
    instructions = BodyParameter('instructions', factory=list)
    annotation = BodyParameter('annotation')
    async_: bool = False

    def __init__(self, url: str, id_: str, async_: bool = False, skip_custom_listeners: bool = False,
                 skip_io_mappings: bool = False, annotation: Optional[str] = None) -> None:
        """
        :param async_: Carry the modification out as a batch (the call returns the batch).
        :param annotation: A note kept in the user operation log.
        """
        super().__init__(url)
        self.set_parameters(locals())

    @property
    def url(self) -> str:
        return super().url + ('-async' if self.async_ else '')

    def _add(self, type_: str, variables: Optional[Variables] = None, **ids: str) -> None:
        """``variables`` are typed as by ``add_variable``; ``{'value': ..., 'type': ...}`` dicts
        (with ``'local': True`` for local variables) are sent as they are."""
        instruction: Dict[str, Any] = {'type': type_, **ids}
        if variables is not None:
            instruction['variables'] = typed_variables(variables)
        self.instructions.append(instruction)

    def add_before_activity_instruction(self, id_: str, variables: Optional[Variables] = None
                                        ) -> None:
        """Start the activity ``id_``, before its start listeners and input mappings."""
        self._add('startBeforeActivity', variables, activityId=id_)

    def add_after_activity_instruction(self, id_: str, variables: Optional[Variables] = None
                                       ) -> None:
        """Continue after the activity ``id_`` (take its single outgoing sequence flow)."""
        self._add('startAfterActivity', variables, activityId=id_)

    def add_cancel_activity_instruction(self, id_: str) -> None:
        """Cancel every instance of the activity ``id_``."""
        self._add('cancel', activityId=id_)

    def add_transition_instruction(self, id_: str, variables: Optional[Variables] = None) -> None:
        """Start at the sequence flow ``id_``."""
        self._add('startTransition', variables, transitionId=id_)

    def add_cancel_activity_instance_instruction(self, id_: str) -> None:
        """Cancel the activity instance ``id_``."""
        self._add('cancel', activityInstanceId=id_)

    def add_cancel_transition_instance_instruction(self, id_: str) -> None:
        """Cancel the transition instance ``id_`` (an asynchronous continuation)."""
        self._add('cancel', transitionInstanceId=id_)

    def add_start_before_ancestor_activity_instance_instruction(
            self, id_: str, variables: Optional[Variables] = None) -> None:
        """Start before an activity, inside the ancestor activity instance ``id_``."""
        self._add('startBeforeActivity', variables, ancestorActivityInstanceId=id_)

    def add_start_after_ancestor_activity_instance_instruction(
            self, id_: str, variables: Optional[Variables] = None) -> None:
        """Start after an activity, inside the ancestor activity instance ``id_``."""
        self._add('startAfterActivity', variables, ancestorActivityInstanceId=id_)

    def add_cancel_ancestor_activity_instance_instruction(self, id_: str) -> None:
        """Cancel the ancestor activity instance ``id_``."""
        self._add('cancel', ancestorActivityInstanceId=id_)

    def __call__(self, *args: Any, **kwargs: Any) -> Optional[pycamunda.batch.Batch]:
        response = super().__call__(self.http_method, *args, **kwargs)
        return load_one(pycamunda.batch.Batch, response.json()) if self.async_ else None


# --------------------------------------------------------------------------- queries

class GetList(PagingMixin, LoadsAll[ProcessInstance]):
    """Query process instances.

    ``variables`` filters by variable values, each as ``name_operator_value`` (operators
    ``eq``, ``neq``, ``gt``, ``gteq``, ``lt``, ``lteq``, ``like``), e.g. ``['owner_eq_ann']``.
    The engine compares these values as strings; :class:`Query` compares typed values.
    """

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    process_instance_ids = QueryParameter('processInstanceIds')
    business_key = QueryParameter('businessKey')
    business_key_like = QueryParameter('businessKeyLike')
    case_instance_id = QueryParameter('caseInstanceId')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_definition_key_in = QueryParameter('processDefinitionKeyIn')
    process_definition_key_not_in = QueryParameter('processDefinitionKeyNotIn')
    deployment_id = QueryParameter('deploymentId')
    super_process_instance = QueryParameter('superProcessInstance')
    sub_process_instance = QueryParameter('subProcessInstance')
    super_case_instance_id = QueryParameter('superCaseInstance')
    sub_case_instance_id = QueryParameter('subCaseInstance')
    active = QueryParameter('active', provide=value_is_true)
    suspended = QueryParameter('suspended', provide=value_is_true)
    with_incident = QueryParameter('withIncident')
    incident_id = QueryParameter('incidentId')
    incident_type = QueryParameter('incidentType')
    incident_message = QueryParameter('incidentMessage')
    incident_message_like = QueryParameter('incidentMessageLike')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    activity_id_in = QueryParameter('activityIdIn')
    root_process_instances = QueryParameter('rootProcessInstances')
    leaf_process_instances = QueryParameter('leafProcessInstances')
    process_definition_without_tenant_id_in = QueryParameter('processDefinitionWithoutTenantId')
    variables = QueryConditions('variables')
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase')
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase')
    root_process_instance_id = QueryParameter('rootProcessInstanceId')
    sort_by = QueryParameter('sortBy', mapping=_SORT_BY)

    def __init__(self, url: str, process_instance_ids: Optional[Iterable[str]] = None,
                 business_key: Optional[str] = None, business_key_like: Optional[str] = None,
                 case_instance_id: Optional[str] = None, process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_key_in: Optional[Iterable[str]] = None,
                 process_definition_key_not_in: Optional[Iterable[str]] = None,
                 deployment_id: Optional[str] = None, super_process_instance: Optional[str] = None,
                 sub_process_instance: Optional[str] = None,
                 super_case_instance_id: Optional[str] = None,
                 sub_case_instance_id: Optional[str] = None, active: bool = False,
                 suspended: bool = False, with_incident: Optional[bool] = None,
                 incident_id: Optional[str] = None,
                 incident_type: Union[str, pycamunda.incident.IncidentType, None] = None,
                 incident_message: Optional[str] = None, incident_message_like: Optional[str] = None,
                 tenant_id_in: Optional[Iterable[str]] = None, without_tenant_id: bool = False,
                 activity_id_in: Optional[Iterable[str]] = None,
                 root_process_instances: Optional[bool] = None,
                 leaf_process_instances: Optional[bool] = None,
                 process_definition_without_tenant_id_in: Optional[bool] = None,
                 variables: Optional[Iterable[Condition]] = None,
                 variable_names_ignore_case: Optional[bool] = None,
                 variable_values_ignore_case: Optional[bool] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None, root_process_instance_id: Optional[str] = None
                 ) -> None:
        """
        :param process_definition_without_tenant_id_in: Only instances of definitions that
            belong to no tenant.
        :param variables: Filters ``name_operator_value``, all of which must hold.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the process instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Query(PagesMixin, LoadsAll[ProcessInstance]):
    """Query process instances with the filters in a JSON body.

    ``variables`` are conditions sent as ``{'name': ..., 'operator': ..., 'value': ...}``
    objects (given so, as :class:`~pycamunda.values.VariableFilter` objects or as
    ``name_operator_value`` strings, converted); ``or_queries``
    are further query bodies of which one must hold; ``sorting`` is a list of
    ``{'sortBy': ..., 'sortOrder': 'asc' | 'desc'}``.
    """

    http_method = RequestMethod.POST
    path = URL_SUFFIX
    first_result = QueryParameter('firstResult')
    max_results = QueryParameter('maxResults')
    process_instance_ids = BodyParameter('processInstanceIds')
    business_key = BodyParameter('businessKey')
    business_key_like = BodyParameter('businessKeyLike')
    case_instance_id = BodyParameter('caseInstanceId')
    process_definition_id = BodyParameter('processDefinitionId')
    process_definition_key = BodyParameter('processDefinitionKey')
    process_definition_key_in = BodyParameter('processDefinitionKeyIn')
    process_definition_key_not_in = BodyParameter('processDefinitionKeyNotIn')
    deployment_id = BodyParameter('deploymentId')
    super_process_instance = BodyParameter('superProcessInstance')
    sub_process_instance = BodyParameter('subProcessInstance')
    super_case_instance_id = BodyParameter('superCaseInstance')
    sub_case_instance_id = BodyParameter('subCaseInstance')
    active = BodyParameter('active', provide=value_is_true)
    suspended = BodyParameter('suspended', provide=value_is_true)
    with_incident = BodyParameter('withIncident')
    incident_id = BodyParameter('incidentId')
    incident_type = BodyParameter('incidentType')
    incident_message = BodyParameter('incidentMessage')
    incident_message_like = BodyParameter('incidentMessageLike')
    tenant_id_in = BodyParameter('tenantIdIn')
    without_tenant_id = BodyParameter('withoutTenantId', provide=value_is_true)
    process_definition_without_tenant_id = BodyParameter('processDefinitionWithoutTenantId',
                                                         provide=value_is_true)
    activity_id_in = BodyParameter('activityIdIn')
    root_process_instances = BodyParameter('rootProcessInstances')
    leaf_process_instances = BodyParameter('leafProcessInstances')
    variables = BodyConditions('variables')
    variable_names_ignore_case = BodyParameter('variableNamesIgnoreCase')
    variable_values_ignore_case = BodyParameter('variableValuesIgnoreCase')
    or_queries = BodyParameter('orQueries')
    sorting = BodyParameter('sorting')

    def __init__(self, url: str, process_instance_ids: Optional[Iterable[str]] = None,
                 business_key: Optional[str] = None, business_key_like: Optional[str] = None,
                 case_instance_id: Optional[str] = None, process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_key_in: Optional[Iterable[str]] = None,
                 process_definition_key_not_in: Optional[Iterable[str]] = None,
                 deployment_id: Optional[str] = None, super_process_instance: Optional[str] = None,
                 sub_process_instance: Optional[str] = None,
                 super_case_instance_id: Optional[str] = None,
                 sub_case_instance_id: Optional[str] = None, active: bool = False,
                 suspended: bool = False, with_incident: Optional[bool] = None,
                 incident_id: Optional[str] = None,
                 incident_type: Union[str, pycamunda.incident.IncidentType, None] = None,
                 incident_message: Optional[str] = None, incident_message_like: Optional[str] = None,
                 tenant_id_in: Optional[Iterable[str]] = None, without_tenant_id: bool = False,
                 process_definition_without_tenant_id: bool = False,
                 activity_id_in: Optional[Iterable[str]] = None,
                 root_process_instances: Optional[bool] = None,
                 leaf_process_instances: Optional[bool] = None,
                 variables: Optional[Iterable[Condition]] = None,
                 variable_names_ignore_case: Optional[bool] = None,
                 variable_values_ignore_case: Optional[bool] = None,
                 or_queries: Optional[Iterable[Mapping[str, Any]]] = None,
                 sorting: Optional[Iterable[Mapping[str, str]]] = None,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class QueryCount(CountMixin, Query):
    """Count the process instances that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'
    sorting = None


# --------------------------------------------------------------------------- many instances

class _ManyInstances(Loads[pycamunda.batch.Batch]):
    """The instances a batch operation works on: ids, a runtime query or a historic query."""

    http_method = RequestMethod.POST
    process_instance_ids = BodyParameter('processInstanceIds')
    process_instance_query = BodyParameter('processInstanceQuery')
    historic_process_instance_query = BodyParameter('historicProcessInstanceQuery')


class DeleteAsync(_ManyInstances):
    """Delete process instances in a batch.

    ``process_instance_query`` is a :class:`Query` body (``Query(...).body_parameters()``);
    ``historic_process_instance_query`` one of the historic process instance query.
    """

    path = URL_SUFFIX + '/delete'
    delete_reason = BodyParameter('deleteReason')
    skip_custom_listeners = BodyParameter('skipCustomListeners', provide=value_is_true)
    skip_subprocesses = BodyParameter('skipSubprocesses', provide=value_is_true)
    skip_io_mappings = BodyParameter('skipIoMappings', provide=value_is_true)

    def __init__(self, url: str, process_instance_ids: Optional[Iterable[str]] = None,
                 process_instance_query: Optional[Mapping[str, Any]] = None,
                 historic_process_instance_query: Optional[Mapping[str, Any]] = None,
                 delete_reason: Optional[str] = None, skip_custom_listeners: bool = False,
                 skip_subprocesses: bool = False, skip_io_mappings: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class DeleteAsyncHistoricQueryBased(DeleteAsync):
    """Delete process instances in a batch, found by a historic process instance query."""

    path = URL_SUFFIX + '/delete-historic-query-based'


class SetJobRetriesAsync(_ManyInstances):
    """Set the retries of the jobs of process instances, in a batch."""

    path = URL_SUFFIX + '/job-retries'
    process_instance_ids = BodyParameter('processInstances')
    retries = BodyParameter('retries')
    due_date = BodyParameter('dueDate')

    def __init__(self, url: str, retries: int, process_instance_ids: Optional[Iterable[str]] = None,
                 process_instance_query: Optional[Mapping[str, Any]] = None,
                 historic_process_instance_query: Optional[Mapping[str, Any]] = None,
                 due_date: Optional[dt.datetime] = None) -> None:
        """
        :param due_date: The new due date of the jobs.
        """
        super().__init__(url)
        self.set_parameters(locals())


class SetJobRetriesAsyncHistoricQueryBased(SetJobRetriesAsync):
    """Set the retries of jobs in a batch, the instances found by a historic query."""

    path = URL_SUFFIX + '/job-retries-historic-query-based'


class CorrelateMessageAsync(VariablesMixin, _ManyInstances):
    """Correlate a message to process instances in a batch, setting ``variables`` on each."""

    path = URL_SUFFIX + '/message-async'
    message_name = BodyParameter('messageName')

    def __init__(self, url: str, message_name: str,
                 process_instance_ids: Optional[Iterable[str]] = None,
                 process_instance_query: Optional[Mapping[str, Any]] = None,
                 historic_process_instance_query: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class SetVariablesAsync(VariablesMixin, _ManyInstances):
    """Set ``variables`` on process instances in a batch."""

    path = URL_SUFFIX + '/variables-async'

    def __init__(self, url: str, process_instance_ids: Optional[Iterable[str]] = None,
                 process_instance_query: Optional[Mapping[str, Any]] = None,
                 historic_process_instance_query: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class UpdateSuspensionStateAsync(_ManyInstances):
    """Suspend or activate process instances in a batch."""

    path = URL_SUFFIX + '/suspended-async'
    suspended = BodyParameter('suspended')

    def __init__(self, url: str, suspended: bool,
                 process_instance_ids: Optional[Iterable[str]] = None,
                 process_instance_query: Optional[Mapping[str, Any]] = None,
                 historic_process_instance_query: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class UpdateSuspensionState(SelectsOne, Command):
    """Suspend or activate process instances: by ids or query, or all of a definition."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/suspended'
    selections = (('process_instance_ids', 'process_instance_query',
                   'historic_process_instance_query'), 'process_definition_id',
                  'process_definition_key')
    suspended = BodyParameter('suspended')
    process_instance_ids = BodyParameter('processInstanceIds')
    process_instance_query = BodyParameter('processInstanceQuery')
    historic_process_instance_query = BodyParameter('historicProcessInstanceQuery')
    process_definition_id = BodyParameter('processDefinitionId')
    process_definition_key = BodyParameter('processDefinitionKey')
    process_definition_tenant_id = BodyParameter('processDefinitionTenantId')
    process_definition_without_tenant_id = BodyParameter('processDefinitionWithoutTenantId',
                                                         provide=value_is_true)

    def __init__(self, url: str, suspended: bool,
                 process_instance_ids: Optional[Iterable[str]] = None,
                 process_instance_query: Optional[Mapping[str, Any]] = None,
                 historic_process_instance_query: Optional[Mapping[str, Any]] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_tenant_id: Optional[str] = None,
                 process_definition_without_tenant_id: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


# --------------------------------------------------------------------------- comments

class CommentGetList(LoadsAll[pycamunda.task.Comment]):
    """Get the comments on a process instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/comment'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class CommentUpdate(Command):
    """Change the message of a comment on a process instance."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/comment'
    id_ = PathParameter('id')
    comment_id = BodyParameter('id')
    message = BodyParameter('message')

    def __init__(self, url: str, id_: str, comment_id: str, message: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class CommentDeleteAll(Command):
    """Delete every comment on a process instance."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}/comment'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class CommentDelete(Command):
    """Delete a comment on a process instance."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}/comment/{comment_id}'
    id_ = PathParameter('id')
    comment_id = PathParameter('commentId')

    def __init__(self, url: str, id_: str, comment_id: str) -> None:
        super().__init__(url, id_=id_, comment_id=comment_id)


# --------------------------------------------------------------------------- variables

_VARIABLES = URL_SUFFIX + '/{process_instance_id}/variables'


class VariablesGetList(varscope.GetVariables):
    """Get the variables of a process instance, by name."""

    path = _VARIABLES
    process_instance_id = PathParameter('id')

    def __init__(self, url: str, process_instance_id: str, deserialize_values: bool = False
                 ) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class VariablesGet(varscope.GetVariable):
    """Get a variable of a process instance; with ``binary`` the content of a Bytes or File."""

    path = _VARIABLES + '/{var_name}'
    process_instance_id = PathParameter('id')

    def __init__(self, url: str, process_instance_id: str, var_name: str,
                 deserialize_value: bool = False, binary: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class VariablesModify(varscope.ModifyVariables):
    """Set (``add_variable``) and delete (``deletions``) variables of a process instance."""

    path = _VARIABLES
    process_instance_id = PathParameter('id')

    def __init__(self, url: str, process_instance_id: str,
                 deletions: Optional[Iterable[str]] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class VariablesUpdate(varscope.UpdateVariable):
    """Set a variable of a process instance; Bytes and File values are uploaded."""

    path = _VARIABLES + '/{var_name}'
    process_instance_id = PathParameter('id')

    def __init__(self, url: str, process_instance_id: str, var_name: str, value: Any,
                 type_: Optional[str] = None, value_info: Optional[Mapping[str, Any]] = None
                 ) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class VariablesDelete(varscope.DeleteVariable):
    """Delete a variable of a process instance."""

    path = _VARIABLES + '/{var_name}'
    process_instance_id = PathParameter('id')

    def __init__(self, url: str, process_instance_id: str, var_name: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())

