"""Case executions (the case instance and its plan items), their transitions and variables:
``/case-execution``."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, Optional

from pycamunda import varscope
from pycamunda.base import (
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.caseinst import Transition, VariableFilterMixin
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['GetList', 'Count', 'Query', 'QueryCount', 'Get', 'ManualStart', 'Complete', 'Disable',
           'Reenable', 'Terminate', 'VariablesGetList', 'VariablesGet', 'VariablesModify',
           'VariablesUpdate', 'VariablesDelete', 'LocalVariablesGetList', 'LocalVariablesGet',
           'LocalVariablesModify', 'LocalVariablesUpdate', 'LocalVariablesDelete']

URL_SUFFIX = '/case-execution'

_SORT_KEYS = {'case_execution_id': 'caseExecutionId', 'case_definition_key': 'caseDefinitionKey',
              'case_definition_id': 'caseDefinitionId', 'tenant_id': 'tenantId'}


@dataclasses.dataclass
class CaseExecution(Model):
    """A case execution: the case instance itself or one of its plan items."""

    id_: str
    case_instance_id: str
    case_definition_id: str
    activity_id: str
    activity_name: str
    activity_type: str
    activity_description: str
    parent_id: str
    tenant_id: str
    required: bool
    enabled: bool
    active: bool
    disabled: bool


class GetList(VariableFilterMixin, PagingMixin, LoadsAll[CaseExecution]):
    """Query case executions; ``add_variable`` filters by their variables."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    case_execution_id = QueryParameter('caseExecutionId')
    case_instance_id = QueryParameter('caseInstanceId')
    business_key = QueryParameter('businessKey')
    case_definition_id = QueryParameter('caseDefinitionId')
    case_definition_key = QueryParameter('caseDefinitionKey')
    activity_id = QueryParameter('activityId')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    required = QueryParameter('required', provide=value_is_true)
    repeatable = QueryParameter('repeatable', provide=value_is_true)
    repetition = QueryParameter('repetition', provide=value_is_true)
    active = QueryParameter('active', provide=value_is_true)
    enabled = QueryParameter('enabled', provide=value_is_true)
    disabled = QueryParameter('disabled', provide=value_is_true)
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase', provide=value_is_true)
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping=_SORT_KEYS)

    def __init__(self, url: str, case_execution_id: Optional[str] = None,
                 case_instance_id: Optional[str] = None, business_key: Optional[str] = None,
                 case_definition_id: Optional[str] = None, case_definition_key: Optional[str] = None,
                 activity_id: Optional[str] = None, tenant_id_in: Optional[List[str]] = None,
                 without_tenant_id: bool = False, required: bool = False, repeatable: bool = False,
                 repetition: bool = False, active: bool = False, enabled: bool = False,
                 disabled: bool = False, variable_names_ignore_case: bool = False,
                 variable_values_ignore_case: bool = False, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the case executions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Query(QueryBodyMixin, GetList):
    """Query case executions with the filters of :class:`GetList` in a JSON body (variable
    filters compare typed values)."""

    sorting = BodyParameter('sorting')

    def __init__(self, url: str, *args: Any, sorting: Optional[List[Dict[str, str]]] = None,
                 **kwargs: Any) -> None:
        """Takes the parameters of :class:`GetList`, and ``sorting``.

        :param sorting: Camunda's sort list, e.g. ``[{'sortBy': 'caseExecutionId',
            'sortOrder': 'asc'}]`` (``sort_by`` sorts by one key).
        """
        super().__init__(url, *args, **kwargs)
        self.sorting = sorting


class QueryCount(CountMixin, Query):
    """Count the case executions that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'
    sorting = None


class Get(Loads[CaseExecution]):
    """Get a case execution."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class ManualStart(Transition):
    """Start an enabled case execution that needs manual activation."""

    path = URL_SUFFIX + '/{id_}/manual-start'


class Complete(Transition):
    """Complete an active case execution."""

    path = URL_SUFFIX + '/{id_}/complete'


class Disable(Transition):
    """Disable an enabled case execution."""

    path = URL_SUFFIX + '/{id_}/disable'


class Reenable(Transition):
    """Enable a disabled case execution again."""

    path = URL_SUFFIX + '/{id_}/reenable'


class Terminate(Transition):
    """Terminate an active case execution."""

    path = URL_SUFFIX + '/{id_}/terminate'


class VariablesGetList(varscope.GetVariables):
    """Get the variables visible from a case execution, by name."""

    path = URL_SUFFIX + '/{case_execution_id}/variables'
    case_execution_id = PathParameter('id')

    def __init__(self, url: str, case_execution_id: str, deserialize_values: bool = False) -> None:
        super().__init__(url, case_execution_id=case_execution_id,
                         deserialize_values=deserialize_values)


class VariablesGet(varscope.GetVariable):
    """Get a variable visible from a case execution; ``binary=True`` for Bytes/File content."""

    path = URL_SUFFIX + '/{case_execution_id}/variables/{var_name}'
    case_execution_id = PathParameter('id')

    def __init__(self, url: str, case_execution_id: str, var_name: str,
                 deserialize_value: bool = False, binary: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class VariablesModify(varscope.ModifyVariables):
    """Set and delete variables from a case execution (set where they are defined)."""

    path = URL_SUFFIX + '/{case_execution_id}/variables'
    case_execution_id = PathParameter('id')

    def __init__(self, url: str, case_execution_id: str, deletions: Optional[List[str]] = None) -> None:
        super().__init__(url, case_execution_id=case_execution_id, deletions=deletions)


class VariablesUpdate(varscope.UpdateVariable):
    """Set a variable from a case execution."""

    path = URL_SUFFIX + '/{case_execution_id}/variables/{var_name}'
    case_execution_id = PathParameter('id')

    def __init__(self, url: str, case_execution_id: str, var_name: str, value: Any,
                 type_: Optional[str] = None, value_info: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class VariablesDelete(varscope.DeleteVariable):
    """Delete a variable from a case execution."""

    path = URL_SUFFIX + '/{case_execution_id}/variables/{var_name}'
    case_execution_id = PathParameter('id')

    def __init__(self, url: str, case_execution_id: str, var_name: str) -> None:
        super().__init__(url, case_execution_id=case_execution_id, var_name=var_name)


class LocalVariablesGetList(VariablesGetList):
    """Get the local variables of a case execution, by name."""

    path = URL_SUFFIX + '/{case_execution_id}/localVariables'


class LocalVariablesGet(VariablesGet):
    """Get a local variable of a case execution; ``binary=True`` for Bytes/File content."""

    path = URL_SUFFIX + '/{case_execution_id}/localVariables/{var_name}'


class LocalVariablesModify(VariablesModify):
    """Set and delete local variables of a case execution."""

    path = URL_SUFFIX + '/{case_execution_id}/localVariables'


class LocalVariablesUpdate(VariablesUpdate):
    """Set a local variable of a case execution."""

    path = URL_SUFFIX + '/{case_execution_id}/localVariables/{var_name}'


class LocalVariablesDelete(VariablesDelete):
    """Delete a local variable of a case execution."""

    path = URL_SUFFIX + '/{case_execution_id}/localVariables/{var_name}'
