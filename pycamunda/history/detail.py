"""Historic details (variable updates and form fields): ``/history/detail``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Optional, Sequence

from pycamunda.base import (
    CountMixin,
    DataMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.request import PathParameter, QueryParameter
from pycamunda.variable import DecodedValue

__all__ = ['GetList', 'Query', 'Count', 'Get']

URL_SUFFIX = '/history/detail'


@dataclasses.dataclass
class HistoricDetail(DecodedValue):
    """A variable update or a submitted form field; ``value`` is decoded by ``variable_type``."""

    id_: str
    type_: str
    process_definition_key: str
    process_definition_id: str
    process_instance_id: str
    activity_instance_id: str
    execution_id: str
    case_definition_key: str
    case_definition_id: str
    case_instance_id: str
    case_execution_id: str
    task_id: str
    tenant_id: str
    user_operation_id: str
    root_process_instance_id: str
    field_id: str
    field_value: Any
    variable_name: str
    variable_instance_id: str
    variable_type: str
    value: Any
    value_info: Dict[str, Any]
    initial: bool
    revision: int
    error_message: str
    time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None
    raw_value: Any = dataclasses.field(default=None, repr=False, compare=False)

    _value_type = 'variable_type'


class GetList(PagingMixin, LoadsAll[HistoricDetail]):
    """Query historic details."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    process_instance_id = QueryParameter('processInstanceId')
    process_instance_id_in = QueryParameter('processInstanceIdIn')
    execution_id = QueryParameter('executionId')
    task_id = QueryParameter('taskId')
    activity_instance_id = QueryParameter('activityInstanceId')
    case_instance_id = QueryParameter('caseInstanceId')
    case_execution_id = QueryParameter('caseExecutionId')
    variable_instance_id = QueryParameter('variableInstanceId')
    variable_type_in = QueryParameter('variableTypeIn')
    variable_name_like = QueryParameter('variableNameLike')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    user_operation_id = QueryParameter('userOperationId')
    form_fields = QueryParameter('formFields', provide=value_is_true)
    variable_updates = QueryParameter('variableUpdates', provide=value_is_true)
    exclude_task_details = QueryParameter('excludeTaskDetails', provide=value_is_true)
    initial = QueryParameter('initial', provide=value_is_true)
    occurred_before = QueryParameter('occurredBefore')
    occurred_after = QueryParameter('occurredAfter')
    deserialize_values = QueryParameter('deserializeValues')
    sort_by = QueryParameter('sortBy', mapping={'process_instance_id': 'processInstanceId',
                                                'variable_name': 'variableName',
                                                'variable_type': 'variableType',
                                                'variable_revision': 'variableRevision',
                                                'form_property_id': 'formPropertyId', 'time': 'time',
                                                'occurrence': 'occurrence', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, process_instance_id: Optional[str] = None,
                 process_instance_id_in: Optional[Sequence[str]] = None,
                 execution_id: Optional[str] = None, task_id: Optional[str] = None,
                 activity_instance_id: Optional[str] = None,
                 case_instance_id: Optional[str] = None, case_execution_id: Optional[str] = None,
                 variable_instance_id: Optional[str] = None,
                 variable_type_in: Optional[Sequence[str]] = None,
                 variable_name_like: Optional[str] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 user_operation_id: Optional[str] = None, form_fields: bool = False,
                 variable_updates: bool = False, exclude_task_details: bool = False,
                 initial: bool = False, occurred_before: Optional[dt.datetime] = None,
                 occurred_after: Optional[dt.datetime] = None,
                 deserialize_values: Optional[bool] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Query(QueryBodyMixin, GetList):
    """Query historic details with the filters of :class:`GetList` in a JSON body."""

    _PAGING = ('firstResult', 'maxResults', 'deserializeValues')  # type: ignore[assignment]


class Count(CountMixin, GetList):
    """Count the historic details that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'
    deserialize_values = None


class Get(DataMixin, Loads[HistoricDetail]):
    """Get a historic detail; with ``binary=True`` the raw content of a Bytes or File variable."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    deserialize_value = QueryParameter('deserializeValue', provide=lambda p, obj, t: not obj.binary)

    def __init__(self, url: str, id_: str, deserialize_value: Optional[bool] = None,
                 binary: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())
