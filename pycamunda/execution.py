"""Executions, the paths of control flow in process instances: ``/execution``."""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable, List, Mapping, Optional, Union

import pycamunda.eventsubscription
import pycamunda.incident
from pycamunda import varscope
from pycamunda.base import (
    BodyConditions,
    Command,
    Condition,
    CountMixin,
    Loads,
    LoadsAll,
    PagesMixin,
    PagingMixin,
    QueryConditions,
    RequestMethod,
    VariablesMixin,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__: List[str] = []

URL_SUFFIX = '/execution'

_SORT_BY = {'instance_id': 'instanceId', 'definition_key': 'definitionKey',
            'definition_id': 'definitionId', 'tenant_id': 'tenantId'}


@dataclasses.dataclass
class Execution(Model):
    """An execution of a process instance."""

    id_: str
    process_instance_id: str
    ended: bool
    tenant_id: str


class GetList(PagingMixin, LoadsAll[Execution]):
    """Query executions.

    ``variables`` (of the execution) and ``process_variables`` (of its process instance)
    filter by values, each as ``name_operator_value``, e.g. ``['owner_eq_ann']``; the engine
    compares these values as strings (:class:`Query` compares typed values).
    """

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    business_key = QueryParameter('businessKey')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_instance_id = QueryParameter('processInstanceId')
    activity_id = QueryParameter('activityId')
    signal_event_subscription_name = QueryParameter('signalEventSubscriptionName')
    message_event_subscription_name = QueryParameter('messageEventSubscriptionName')
    active = QueryParameter('active', provide=value_is_true)
    suspended = QueryParameter('suspended', provide=value_is_true)
    incident_id = QueryParameter('incidentId')
    incident_type = QueryParameter('incidentType')
    incident_message = QueryParameter('incidentMessage')
    incident_message_like = QueryParameter('incidentMessageLike')
    tenant_id_in = QueryParameter('tenantIdIn')
    variables = QueryConditions('variables')
    process_variables = QueryConditions('processVariables')
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase')
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase')
    sort_by = QueryParameter('sortBy', mapping=_SORT_BY)

    def __init__(self, url: str, business_key: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_instance_id: Optional[str] = None, activity_id: Optional[str] = None,
                 signal_event_subscription_name: Optional[str] = None,
                 message_event_subscription_name: Optional[str] = None, active: bool = False,
                 suspended: bool = False, incident_id: Optional[str] = None,
                 incident_type: Union[str, pycamunda.incident.IncidentType, None] = None,
                 incident_message: Optional[str] = None, incident_message_like: Optional[str] = None,
                 tenant_id_in: Optional[Iterable[str]] = None,
                 variables: Optional[Iterable[Condition]] = None,
                 process_variables: Optional[Iterable[Condition]] = None,
                 variable_names_ignore_case: Optional[bool] = None,
                 variable_values_ignore_case: Optional[bool] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the executions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Query(PagesMixin, LoadsAll[Execution]):
    """Query executions with the filters in a JSON body.

    ``variables`` and ``process_variables`` are conditions, sent as ``{'name', 'operator',
    'value'}`` objects: give them so, as :class:`~pycamunda.values.VariableFilter` objects or as
    ``name_operator_value`` strings (converted); ``sorting`` is a list of
    ``{'sortBy': ..., 'sortOrder': 'asc' | 'desc'}``.
    """

    http_method = RequestMethod.POST
    path = URL_SUFFIX
    first_result = QueryParameter('firstResult')
    max_results = QueryParameter('maxResults')
    business_key = BodyParameter('businessKey')
    process_definition_id = BodyParameter('processDefinitionId')
    process_definition_key = BodyParameter('processDefinitionKey')
    process_instance_id = BodyParameter('processInstanceId')
    activity_id = BodyParameter('activityId')
    signal_event_subscription_name = BodyParameter('signalEventSubscriptionName')
    message_event_subscription_name = BodyParameter('messageEventSubscriptionName')
    active = BodyParameter('active', provide=value_is_true)
    suspended = BodyParameter('suspended', provide=value_is_true)
    incident_id = BodyParameter('incidentId')
    incident_type = BodyParameter('incidentType')
    incident_message = BodyParameter('incidentMessage')
    incident_message_like = BodyParameter('incidentMessageLike')
    tenant_id_in = BodyParameter('tenantIdIn')
    variables = BodyConditions('variables')
    process_variables = BodyConditions('processVariables')
    variable_names_ignore_case = BodyParameter('variableNamesIgnoreCase')
    variable_values_ignore_case = BodyParameter('variableValuesIgnoreCase')
    sorting = BodyParameter('sorting')

    def __init__(self, url: str, business_key: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_instance_id: Optional[str] = None, activity_id: Optional[str] = None,
                 signal_event_subscription_name: Optional[str] = None,
                 message_event_subscription_name: Optional[str] = None, active: bool = False,
                 suspended: bool = False, incident_id: Optional[str] = None,
                 incident_type: Union[str, pycamunda.incident.IncidentType, None] = None,
                 incident_message: Optional[str] = None, incident_message_like: Optional[str] = None,
                 tenant_id_in: Optional[Iterable[str]] = None,
                 variables: Optional[Iterable[Condition]] = None,
                 process_variables: Optional[Iterable[Condition]] = None,
                 variable_names_ignore_case: Optional[bool] = None,
                 variable_values_ignore_case: Optional[bool] = None,
                 sorting: Optional[Iterable[Mapping[str, str]]] = None,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class QueryCount(CountMixin, Query):
    """Count the executions that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'
    sorting = None


class Get(Loads[Execution]):
    """Get an execution."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Signal(VariablesMixin, Command):
    """Signal an execution waiting in a receive task (or similar), setting ``variables``."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/signal'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class CreateIncident(Loads[pycamunda.incident.Incident]):
    """Create a custom incident at an execution."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/create-incident'
    id_ = PathParameter('id')
    incident_type = BodyParameter('incidentType')
    configuration = BodyParameter('configuration')
    message = BodyParameter('message')

    def __init__(self, url: str, id_: str, incident_type: str, configuration: Optional[str] = None,
                 message: Optional[str] = None) -> None:
        """
        :param incident_type: Any type; the built-in ones are ``failedJob`` and ``failedExternalTask``.
        :param configuration: Data for the incident handler.
        """
        super().__init__(url)
        self.set_parameters(locals())


class MessageSubscriptionGet(Loads[pycamunda.eventsubscription.EventSubscription]):
    """Get the subscription of an execution to a message."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/messageSubscriptions/{message_name}'
    id_ = PathParameter('id')
    message_name = PathParameter('messageName')

    def __init__(self, url: str, id_: str, message_name: str) -> None:
        super().__init__(url, id_=id_, message_name=message_name)


class MessageSubscriptionTrigger(VariablesMixin, Command):
    """Deliver a message to the execution subscribed to it, setting ``variables``."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/messageSubscriptions/{message_name}/trigger'
    id_ = PathParameter('id')
    message_name = PathParameter('messageName')

    def __init__(self, url: str, id_: str, message_name: str) -> None:
        super().__init__(url, id_=id_, message_name=message_name)


# --------------------------------------------------------------------------- local variables

_VARIABLES = URL_SUFFIX + '/{execution_id}/localVariables'


class LocalVariablesGetList(varscope.GetVariables):
    """Get the local variables of an execution, by name."""

    path = _VARIABLES
    execution_id = PathParameter('id')

    def __init__(self, url: str, execution_id: str, deserialize_values: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class LocalVariablesGet(varscope.GetVariable):
    """Get a local variable of an execution; with ``binary`` the content of a Bytes or File."""

    path = _VARIABLES + '/{var_name}'
    execution_id = PathParameter('id')

    def __init__(self, url: str, execution_id: str, var_name: str, deserialize_value: bool = False,
                 binary: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class LocalVariablesModify(varscope.ModifyVariables):
    """Set (``add_variable``) and delete (``deletions``) local variables of an execution."""

    path = _VARIABLES
    execution_id = PathParameter('id')

    def __init__(self, url: str, execution_id: str, deletions: Optional[Iterable[str]] = None
                 ) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class LocalVariablesUpdate(varscope.UpdateVariable):
    """Set a local variable of an execution; Bytes and File values are uploaded."""

    path = _VARIABLES + '/{var_name}'
    execution_id = PathParameter('id')

    def __init__(self, url: str, execution_id: str, var_name: str, value: Any,
                 type_: Optional[str] = None, value_info: Optional[Mapping[str, Any]] = None
                 ) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class LocalVariablesDelete(varscope.DeleteVariable):
    """Delete a local variable of an execution."""

    path = _VARIABLES + '/{var_name}'
    execution_id = PathParameter('id')

    def __init__(self, url: str, execution_id: str, var_name: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())
