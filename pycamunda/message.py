"""Message correlation: ``/message``."""
from __future__ import annotations

import dataclasses
import enum
from typing import Any, Dict, Optional, Tuple

import pycamunda.execution
import pycamunda.processinst
import pycamunda.variable
from pycamunda.base import CamundaRequest, RequestMethod, load_each, value_is_true
from pycamunda.model import Model
from pycamunda.request import BodyParameter
from pycamunda.values import _named

__all__ = ['ResultType', 'CorrelateSingle', 'CorrelateAll']

URL_SUFFIX = '/message'


class ResultType(enum.Enum):
    """What a correlation did: start a process instance, or continue a waiting execution."""

    process_definition = 'ProcessDefinition'
    execution = 'Execution'


@dataclasses.dataclass
class MessageCorrelationResult(Model):
    """The result of a correlation, with the process variables when they were requested."""

    result_type: ResultType
    process_instance: Optional[pycamunda.processinst.ProcessInstance] = None
    execution: Optional[pycamunda.execution.Execution] = None
    variables: Optional[Dict[str, pycamunda.variable.Variable]] = None


class _Correlate(CamundaRequest):
    http_method = RequestMethod.POST
    path = URL_SUFFIX
    message_name = BodyParameter('messageName')
    business_key = BodyParameter('businessKey')
    tenant_id = BodyParameter('tenantId')
    without_tenant_id = BodyParameter('withoutTenantId', provide=value_is_true)
    process_instance_id = BodyParameter('processInstanceId')
    correlation_keys = BodyParameter('correlationKeys', factory=dict)
    local_correlation_keys = BodyParameter('localCorrelationKeys', factory=dict)
    process_variables = BodyParameter('processVariables', factory=dict)
    process_variables_local = BodyParameter('processVariablesLocal', factory=dict)
    process_variables_to_triggered_scope = BodyParameter('processVariablesToTriggeredScope',
                                                         factory=dict, provide=value_is_true)
    all_ = BodyParameter('all')
    result_enabled = BodyParameter('resultEnabled')
    variables_in_result_enabled = BodyParameter('variablesInResultEnabled')
    _all = False

    def __init__(self, url: str, message_name: str, business_key: Optional[str] = None,
                 tenant_id: Optional[str] = None, without_tenant_id: bool = False,
                 process_instance_id: Optional[str] = None, result_enabled: bool = False,
                 variables_in_result_enabled: bool = False) -> None:
        """
        :param business_key: Correlate to instances with this business key.
        :param tenant_id: Correlate only to subscriptions of this tenant.
        :param without_tenant_id: Correlate only to subscriptions that belong to no tenant.
        :param result_enabled: Return what the correlation did (else an empty tuple).
        :param variables_in_result_enabled: Return the process variables with the result.
        """
        super().__init__(url)
        self.set_parameters(locals())
        self.all_ = self._all

    def add_correlation_key(self, name: str, value: Any, type_: Optional[str] = None) -> None:
        """Correlate only to instances whose process variable ``name`` equals ``value``."""
        self.correlation_keys[name] = _named(name, value, type_, None)

    def add_local_correlation_key(self, name: str, value: Any, type_: Optional[str] = None) -> None:
        """Correlate only to executions whose local variable ``name`` equals ``value``."""
        self.local_correlation_keys[name] = _named(name, value, type_, None)

    def add_process_variable(self, name: str, value: Any, type_: Optional[str] = None,
                             value_info: Optional[Dict[str, Any]] = None) -> None:
        """Set a variable on the process instance."""
        self.process_variables[name] = _named(name, value, type_, value_info)

    def add_local_process_variable(self, name: str, value: Any, type_: Optional[str] = None,
                                   value_info: Optional[Dict[str, Any]] = None) -> None:
        """Set a local variable on the execution that receives the message."""
        self.process_variables_local[name] = _named(name, value, type_, value_info)

    def add_triggered_scope_variable(self, name: str, value: Any, type_: Optional[str] = None,
                                     value_info: Optional[Dict[str, Any]] = None) -> None:
        """Set a variable in the scope the message triggers (e.g. an event subprocess)."""
        self.process_variables_to_triggered_scope[name] = _named(name, value, type_, value_info)

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[MessageCorrelationResult, ...]:
        """Correlate the message; return what it did, as a tuple (PyCamunda's return type, for
        both classes): empty unless ``result_enabled=True``, else one result per execution or
        start event the message reached, so ``CorrelateSingle`` gives one:
        ``(result,) = CorrelateSingle(url, 'paid', result_enabled=True)()``.
        """
        response = super().__call__(self.http_method, *args, **kwargs)
        if not response.content:  # without result_enabled the engine answers 204
            return ()
        return load_each(MessageCorrelationResult, response.json())


class CorrelateSingle(_Correlate):
    """Correlate a message to the one execution or start event that waits for it.

    Calling it returns a tuple: ``()``, or with ``result_enabled=True`` the one result,
    ``(result,) = request()``; the engine answers 400 when no or several subscriptions match.
    """


class CorrelateAll(_Correlate):
    """Correlate a message to every execution and start event that waits for it."""

    _all = True
