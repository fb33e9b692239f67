"""Historic variable instances: ``/history/variable-instance``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Optional, Sequence

from pycamunda.base import (
    Command,
    CountMixin,
    DataMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.model import StrEnum
from pycamunda.request import PathParameter, QueryParameter
from pycamunda.variable import DecodedValue

__all__ = ['GetList', 'Query', 'Count', 'QueryCount', 'Get', 'Delete']

URL_SUFFIX = '/history/variable-instance'


class HistoricVariableState(StrEnum):
    """Whether a variable still exists; equal to Camunda's string (``state == 'CREATED'``)."""

    created = 'CREATED'
    deleted = 'DELETED'


@dataclasses.dataclass
class HistoricVariableInstance(DecodedValue):
    """A variable as the history keeps it; ``value`` is decoded by ``type_``."""

    id_: str
    name: str
    process_definition_key: str
    process_definition_id: str
    process_instance_id: str
    execution_id: str
    activity_instance_id: str
    case_definition_key: str
    case_definition_id: str
    case_instance_id: str
    case_execution_id: str
    task_id: str
    tenant_id: str
    error_message: str
    state: HistoricVariableState
    root_process_instance_id: str
    value: Any
    type_: str
    value_info: Dict[str, Any]
    create_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None
    raw_value: Any = dataclasses.field(default=None, repr=False, compare=False)


class GetList(PagingMixin, LoadsAll[HistoricVariableInstance]):
    """Query historic variable instances."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    variable_name = QueryParameter('variableName')
    variable_name_like = QueryParameter('variableNameLike')
    variable_value = QueryParameter('variableValue')
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase', provide=value_is_true)
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase', provide=value_is_true)
    variable_type_in = QueryParameter('variableTypeIn')
    include_deleted = QueryParameter('includeDeleted', provide=value_is_true)
    process_instance_id = QueryParameter('processInstanceId')
    process_instance_id_in = QueryParameter('processInstanceIdIn')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    execution_id_in = QueryParameter('executionIdIn')
    case_instance_id = QueryParameter('caseInstanceId')
    case_execution_id_in = QueryParameter('caseExecutionIdIn')
    case_activity_id_in = QueryParameter('caseActivityIdIn')
    task_id_in = QueryParameter('taskIdIn')
    activity_instance_id_in = QueryParameter('activityInstanceIdIn')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    variable_name_in = QueryParameter('variableNameIn')
    deserialize_values = QueryParameter('deserializeValues')
    sort_by = QueryParameter('sortBy', mapping={'instance_id': 'instanceId',
                                                'variable_name': 'variableName',
                                                'tenant_id': 'tenantId'})

    def __init__(self, url: str, variable_name: Optional[str] = None,
                 variable_name_like: Optional[str] = None, variable_value: Optional[str] = None,
                 variable_names_ignore_case: bool = False,
                 variable_values_ignore_case: bool = False,
                 variable_type_in: Optional[Sequence[str]] = None, include_deleted: bool = False,
                 process_instance_id: Optional[str] = None,
                 process_instance_id_in: Optional[Sequence[str]] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 execution_id_in: Optional[Sequence[str]] = None,
                 case_instance_id: Optional[str] = None,
                 case_execution_id_in: Optional[Sequence[str]] = None,
                 case_activity_id_in: Optional[Sequence[str]] = None,
                 task_id_in: Optional[Sequence[str]] = None,
                 activity_instance_id_in: Optional[Sequence[str]] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 variable_name_in: Optional[Sequence[str]] = None,
                 deserialize_values: Optional[bool] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Query(QueryBodyMixin, GetList):
    """Query historic variable instances with the filters of :class:`GetList` in a JSON body."""

    _PAGING = ('firstResult', 'maxResults', 'deserializeValues')  # type: ignore[assignment]


class Count(CountMixin, GetList):
    """Count the historic variable instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'
    deserialize_values = None


class QueryCount(CountMixin, Query):
    """Count the historic variable instances that match the filters, sent in a JSON body."""

    path = URL_SUFFIX + '/count'
    deserialize_values = None


class Get(DataMixin, Loads[HistoricVariableInstance]):
    """Get a historic variable instance; with ``binary=True`` the raw content of a Bytes or File."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    deserialize_values = QueryParameter('deserializeValues', provide=lambda p, obj, t: not obj.binary)

    def __init__(self, url: str, id_: str, deserialize_values: Optional[bool] = None,
                 binary: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Delete(Command):
    """Delete a historic variable instance."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
