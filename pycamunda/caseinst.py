"""Case instances of CMMN cases, and their variables: ``/case-instance``."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, Optional, Tuple

import pycamunda.resource
from pycamunda import varscope
from pycamunda.base import (
    Command,
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    QueryConditions,
    RequestMethod,
    ValueFilterMixin,
    VariablesMixin,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['GetList', 'Count', 'Get', 'Complete', 'Close', 'Terminate']

URL_SUFFIX = '/case-instance'

_SORT_KEYS = {'case_instance_id': 'caseInstanceId', 'case_definition_key': 'caseDefinitionKey',
              'case_definition_id': 'caseDefinitionId', 'tenant_id': 'tenantId'}


@dataclasses.dataclass
class CaseInstance(Model):
    """A case instance."""

    _keys = {'definition_id': 'caseDefinitionId'}

    id_: str
    definition_id: str
    tenant_id: str
    business_key: str
    active: bool
    completed: Optional[bool] = None
    links: Tuple[pycamunda.resource.Link, ...] = ()


class VariableFilterMixin(ValueFilterMixin):
    """``add_variable`` (and the ``add_*_value_filter`` methods) for case queries that filter by
    variable values."""

    variables = QueryConditions('variables', factory=list, provide=value_is_true)

    def add_variable(self, name: str, value: Any, type_: Optional[str] = None,
                     value_info: Optional[Dict[str, Any]] = None, operator: str = 'eq') -> None:
        """Match instances with a variable ``name`` whose value compares to ``value`` by ``operator``.

        :param operator: One of eq, neq, gt, gteq, lt, lteq, like.

        In a GET query the value travels as text, so the engine matches String (and Date)
        variables only; the POST ``Query`` compares typed values. ``type_`` and ``value_info``
        are not sent.
        """
        self.add_value_filter(name, operator, value)


class TriggerMixin(VariablesMixin):
    """Variables set (optionally ``local``) and deleted when a case execution changes state.

    ``deletions`` are variable names (a list, or one string of names separated by spaces) or
    Camunda's ``{'name': ..., 'local': ...}`` objects; names go out as ``{'name': name}``.
    """

    deletions = BodyParameter('deletions')

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        body = super().body_parameters(apply)  # type: ignore[misc]
        deletions = body.get('deletions')
        if deletions is not None:
            names = deletions.split() if isinstance(deletions, str) else deletions
            body['deletions'] = [name if isinstance(name, dict) else {'name': name}
                                 for name in names]
        return body

    def add_variable(self, name: str, value: Any, type_: Optional[str] = None,
                     value_info: Optional[Dict[str, Any]] = None, local: Optional[bool] = None
                     ) -> None:
        """Set a variable; ``local=True`` sets it on the execution itself, not on the case."""
        super().add_variable(name, value, type_, value_info)
        if local is not None:
            self.variables[name]['local'] = local


class GetList(VariableFilterMixin, PagingMixin, LoadsAll[CaseInstance]):
    """Query case instances."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    case_instance_id = QueryParameter('caseInstanceId')
    business_key = QueryParameter('businessKey')
    case_definition_id = QueryParameter('caseDefinitionId')
    case_definition_key = QueryParameter('caseDefinitionKey')
    deployment_id = QueryParameter('deploymentId')
    super_process_instance = QueryParameter('superProcessInstance')
    sub_process_instance = QueryParameter('subProcessInstance')
    super_case_instance = QueryParameter('superCaseInstance')
    sub_case_instance = QueryParameter('subCaseInstance')
    active = QueryParameter('active', provide=value_is_true)
    completed = QueryParameter('completed', provide=value_is_true)
    terminated = QueryParameter('terminated', provide=value_is_true)
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase', provide=value_is_true)
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping=_SORT_KEYS)

    def __init__(self, url: str, case_instance_id: Optional[str] = None,
                 business_key: Optional[str] = None, case_definition_id: Optional[str] = None,
                 case_definition_key: Optional[str] = None, deployment_id: Optional[str] = None,
                 super_process_instance: Optional[str] = None,
                 sub_process_instance: Optional[str] = None,
                 super_case_instance: Optional[str] = None, sub_case_instance: Optional[str] = None,
                 active: bool = False, completed: bool = False,
                 tenant_id_in: Optional[List[str]] = None, without_tenant_id: bool = False,
                 variable_names_ignore_case: bool = False, variable_values_ignore_case: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None,
                 terminated: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the case instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Query(QueryBodyMixin, GetList):
    """Query case instances with the filters of :class:`GetList` in a JSON body (variable
    filters compare typed values)."""

    sorting = BodyParameter('sorting')

    def __init__(self, url: str, *args: Any, sorting: Optional[List[Dict[str, str]]] = None,
                 **kwargs: Any) -> None:
        """Takes the parameters of :class:`GetList`, and ``sorting``.

        :param sorting: Camunda's sort list, e.g. ``[{'sortBy': 'caseInstanceId',
            'sortOrder': 'desc'}]`` (``sort_by`` sorts by one key).
        """
        super().__init__(url, *args, **kwargs)
        self.sorting = sorting


class QueryCount(CountMixin, Query):
    """Count the case instances that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'
    sorting = None


class Get(Loads[CaseInstance]):
    """Get a case instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    case_definition_id = QueryParameter('caseDefinitionId')
    business_key = QueryParameter('businessKey')
    active = QueryParameter('active', provide=value_is_true)
    completed = QueryParameter('completed', provide=value_is_true)
    tenant_id = QueryParameter('tenantId')

    def __init__(self, url: str, id_: str, case_definition_id: Optional[str] = None,
                 business_key: Optional[str] = None, active: bool = False, completed: bool = False,
                 tenant_id: Optional[str] = None) -> None:
        """Only ``id_`` selects the instance; the engine ignores the other parameters."""
        super().__init__(url)
        self.set_parameters(locals())


class Transition(TriggerMixin, Command):
    """A change of state of a case instance or execution; subclasses name the ``path``."""

    http_method = RequestMethod.POST
    id_ = PathParameter('id')
    deletions = BodyParameter('deletions', factory=list)  # sent even when empty, as PyCamunda

    def __init__(self, url: str, id_: str, deletions: Optional[List[Dict[str, Any]]] = None) -> None:
        """:param deletions: Variables to delete, as ``[{'name': ..., 'local': ...}]``."""
        super().__init__(url, id_=id_, deletions=deletions)


class Complete(Transition):
    """Complete an active case instance."""

    path = URL_SUFFIX + '/{id_}/complete'


class Close(Transition):
    """Close a completed or terminated case instance."""

    path = URL_SUFFIX + '/{id_}/close'


class Terminate(Transition):
    """Terminate an active case instance."""

    path = URL_SUFFIX + '/{id_}/terminate'


class VariablesGetList(varscope.GetVariables):
    """Get the variables of a case instance, by name."""

    path = URL_SUFFIX + '/{case_instance_id}/variables'
    case_instance_id = PathParameter('id')

    def __init__(self, url: str, case_instance_id: str, deserialize_values: bool = False) -> None:
        super().__init__(url, case_instance_id=case_instance_id,
                         deserialize_values=deserialize_values)


class VariablesGet(varscope.GetVariable):
    """Get a variable of a case instance; with ``binary=True`` the content of a Bytes/File variable."""

    path = URL_SUFFIX + '/{case_instance_id}/variables/{var_name}'
    case_instance_id = PathParameter('id')

    def __init__(self, url: str, case_instance_id: str, var_name: str,
                 deserialize_value: bool = False, binary: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class VariablesModify(varscope.ModifyVariables):
    """Set and delete variables of a case instance."""

    path = URL_SUFFIX + '/{case_instance_id}/variables'
    case_instance_id = PathParameter('id')

    def __init__(self, url: str, case_instance_id: str, deletions: Optional[List[str]] = None) -> None:
        super().__init__(url, case_instance_id=case_instance_id, deletions=deletions)


class VariablesUpdate(varscope.UpdateVariable):
    """Set a variable of a case instance."""

    path = URL_SUFFIX + '/{case_instance_id}/variables/{var_name}'
    case_instance_id = PathParameter('id')

    def __init__(self, url: str, case_instance_id: str, var_name: str, value: Any,
                 type_: Optional[str] = None, value_info: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class VariablesDelete(varscope.DeleteVariable):
    """Delete a variable of a case instance."""

    path = URL_SUFFIX + '/{case_instance_id}/variables/{var_name}'
    case_instance_id = PathParameter('id')

    def __init__(self, url: str, case_instance_id: str, var_name: str) -> None:
        super().__init__(url, case_instance_id=case_instance_id, var_name=var_name)
