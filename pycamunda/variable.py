"""Variables: typed values going in and out, and variable instances: ``/variable-instance``.

Writing: ``add_variable`` infers Camunda's type from the Python value (see
:func:`pycamunda.values.typed_value`); :class:`Json`, :class:`Xml`, :class:`Object` and
:class:`File` say it explicitly. Reading: :class:`Variable` decodes the value by its type
(Json to Python objects, Date to datetime, Bytes to bytes) and keeps the engine's value
in ``raw_value``.

Besides the requests in ``__all__`` (which stays PyCamunda's), import these by name:

``Variable``
    A variable the engine returned: ``value`` (decoded), ``type_``, ``value_info``, ``local``
    and ``raw_value``; also a read-only mapping of the engine's keys (``v['value']``,
    ``dict(v)``), equal to the engine's dict.
``Json(value)``, ``Xml(text)``, ``Date(value)``
    A value with its Camunda type given; pass it to ``add_variable``.
``Object(value, object_type_name, serialization_data_format='application/json')``
    A serialised Java object (JSON by default).
``File(content, filename, mimetype=None, encoding=None)``
    A File variable. ``add_variable`` sends it inline, base64 in the JSON body (also when
    starting an instance); ``VariablesUpdate(..., type_='File')`` uploads it as multipart.
``VariableInstance``
    A variable as :class:`GetList` and :class:`Get` return it, with its scope.
"""
from __future__ import annotations

import base64
import collections.abc
import dataclasses
import json
from typing import Any, ClassVar, Dict, Iterable, Iterator, Mapping, Optional

import pycamunda.base
from pycamunda.base import (
    BodyConditions,
    CamundaRequest,
    CountMixin,
    Loads,
    LoadsAll,
    PagesMixin,
    PagingMixin,
    QueryConditions,
    RequestMethod,
    isoformat,
    prepare,
    query_prepare,
    warn_if_compared_as_text,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter, RequestParameter

__all__ = ['GetList', 'Get']

URL_SUFFIX = '/variable-instance'


def decode_value(value: Any, type_: Optional[str]) -> Any:
    """The Python value of a variable as the engine sent it (``value`` of type ``type_``)."""
    if value is None or not isinstance(value, str):
        return value
    kind = (type_ or '').lower()
    try:
        if kind == 'json':
            return json.loads(value)
        if kind == 'date':
            return pycamunda.base.from_isoformat(value)  # patchable there
        if kind == 'bytes':
            return base64.b64decode(value)
    except ValueError:
        return value
    return value


_DECODED_TYPES = frozenset({'Json', 'Date', 'Bytes', 'json', 'date', 'bytes'})


class DecodedValue(Model):
    """Loads ``value`` decoded by its type (see :func:`decode_value`), the engine's in ``raw_value``.

    The type is read from the field ``_value_type`` names (``type_`` unless a class says other).
    """

    _value_type: ClassVar[str] = 'type_'
    value: Any
    raw_value: Any

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Any:
        loaded = Model.load.__func__(cls, data)  # type: ignore[attr-defined]
        raw = loaded.raw_value = loaded.value
        type_ = getattr(loaded, cls._value_type, None)
        if raw is not None and type_ in _DECODED_TYPES:
            loaded.value = decode_value(raw, type_)
        return loaded


@dataclasses.dataclass  # keeps the __eq__ below
class Variable(DecodedValue, collections.abc.Mapping):
    """A variable's value (decoded by its type), its Camunda type and value info.

    Also a read-only mapping over the engine's JSON, as PyCamunda gave variables:
    ``v['value']`` is the raw value, ``v['type']`` and ``v['valueInfo']`` (and ``v['local']``
    when the engine said); ``dict(v)`` is the engine's dict, and ``v == that_dict`` holds.
    """

    value: Any
    type_: str
    value_info: Dict
    local: Optional[bool] = None
    raw_value: Any = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def load_map(cls, data: Mapping[str, Any]) -> Dict[str, Variable]:
        """Variables by name, from Camunda's ``{name: {value, type, valueInfo}}``."""
        load = cls.load
        return {name: load(value) for name, value in data.items()}

    def to_camunda(self) -> Dict[str, Any]:
        """The variable as the engine sent it, so that it can be passed on as it is
        (``add_variable('copy', variable)``)."""
        return self._wire()

    def _wire(self) -> Dict[str, Any]:
        wire = {'value': self.raw_value, 'type': self.type_, 'valueInfo': self.value_info}
        if self.local is not None:
            wire['local'] = self.local
        return wire

    def __getitem__(self, key: str) -> Any:
        return self._wire()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._wire())

    def __len__(self) -> int:
        return len(self._wire())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Variable):
            return (self.value, self.type_, self.value_info, self.local) == (
                other.value, other.type_, other.value_info, other.local)
        if isinstance(other, Mapping):
            return self._wire() == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@dataclasses.dataclass
class VariableInstance(DecodedValue):
    """A variable as stored in the engine, with the scope it belongs to."""

    id_: str
    name: str
    type_: str
    value: Any
    value_info: Dict
    process_instance_id: str
    execution_id: str
    case_instance_id: str
    case_execution_id: str
    task_id: str
    activity_instance_id: str
    tenant_id: str
    error_message: str
    process_definition_id: Optional[str] = None
    batch_id: Optional[str] = None
    raw_value: Any = dataclasses.field(default=None, repr=False, compare=False)



# --------------------------------------------------------------------------- explicit types

class TypedValue:
    """A value with its Camunda type given explicitly; pass it to ``add_variable``."""

    type_: str = ''

    def __init__(self, value: Any, value_info: Optional[Dict[str, Any]] = None) -> None:
        self.value = value
        self.value_info = value_info

    def to_camunda(self) -> Dict[str, Any]:
        result = {'value': self.serialised(), 'type': self.type_}
        if self.value_info:
            result['valueInfo'] = self.value_info
        return result

    def serialised(self) -> Any:
        return prepare(self.value)

    def __repr__(self) -> str:
        return f'{type(self).__name__}({self.value!r})'


class Json(TypedValue):
    """A Json variable (Camunda Spin): any JSON-serialisable Python value."""

    type_ = 'Json'

    def serialised(self) -> Any:
        return json.dumps(prepare(self.value))


class Xml(TypedValue):
    """An Xml variable (Camunda Spin), given as XML text."""

    type_ = 'Xml'


class Date(TypedValue):
    """A Date variable."""

    type_ = 'Date'

    def serialised(self) -> Any:
        return isoformat(self.value)


class Object(TypedValue):
    """An Object variable: a serialised Java object, by default JSON of ``object_type_name``."""

    type_ = 'Object'

    def __init__(self, value: Any, object_type_name: str,
                 serialization_data_format: str = 'application/json') -> None:
        super().__init__(value, {'objectTypeName': object_type_name,
                                 'serializationDataFormat': serialization_data_format})

    def serialised(self) -> Any:
        fmt = (self.value_info or {}).get('serializationDataFormat')
        if fmt == 'application/json' and not isinstance(self.value, str):
            return json.dumps(prepare(self.value))
        return self.value


class File(TypedValue):
    """A File variable: bytes with a file name, and optionally a MIME type and encoding."""

    type_ = 'File'

    def __init__(self, content: bytes, filename: str, mimetype: Optional[str] = None,
                 encoding: Optional[str] = None) -> None:
        info = {'filename': filename}
        if mimetype:
            info['mimeType'] = mimetype
        if encoding:
            info['encoding'] = encoding
        super().__init__(content, info)

    def serialised(self) -> Any:
        return base64.b64encode(bytes(self.value)).decode('ascii')


# --------------------------------------------------------------------------- variable instances

_SORT_BY = {'variable_name': 'variableName', 'variable_type': 'variableType',
            'activity_instance_id': 'activityInstanceId', 'tenant_id': 'tenantId',
            'name': 'variableName', 'type_': 'variableType'}  # PyCamunda's keys


def _not_empty(param: RequestParameter, obj: Any, obj_type: Any) -> bool:
    return bool(param.__get__(obj, obj_type))


class _ValueFilters:
    """``add_*_value_filter``: keep only variables whose value compares so with ``value``."""

    def _add_value_filter(self, name: str, operator: str, value: Any) -> None:
        raise NotImplementedError

    def add_equal_value_filter(self, name: str, value: Any) -> None:
        self._add_value_filter(name, 'eq', value)

    def add_not_equal_value_filter(self, name: str, value: Any) -> None:
        self._add_value_filter(name, 'neq', value)

    def add_greater_than_value_filter(self, name: str, value: Any) -> None:
        self._add_value_filter(name, 'gt', value)

    def add_greater_than_equal_value_filter(self, name: str, value: Any) -> None:
        self._add_value_filter(name, 'gteq', value)

    def add_less_than_value_filter(self, name: str, value: Any) -> None:
        self._add_value_filter(name, 'lt', value)

    def add_less_than_equal_value_filter(self, name: str, value: Any) -> None:
        self._add_value_filter(name, 'lteq', value)

    def add_like_value_filter(self, name: str, value: Any) -> None:
        """``value`` may contain the wildcard ``%``."""
        self._add_value_filter(name, 'like', value)


class GetList(_ValueFilters, PagingMixin, LoadsAll[VariableInstance]):
    """Query variable instances (``add_*_value_filter`` filter by value, compared as strings)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    name = QueryParameter('variableName')
    name_like = QueryParameter('variableNameLike')
    process_instance_id_in = QueryParameter('processInstanceIdIn')
    execution_id_in = QueryParameter('executionIdIn')
    case_instance_id_in = QueryParameter('caseInstanceIdIn')
    case_execution_id_in = QueryParameter('caseExecutionIdIn')
    task_id_in = QueryParameter('taskIdIn')
    batch_id_in = QueryParameter('batchIdIn')
    activity_instance_id_in = QueryParameter('activityInstanceIdIn')
    tenant_id_in = QueryParameter('tenantIdIn')
    variable_scope_id_in = QueryParameter('variableScopeIdIn')
    variable_values = QueryConditions('variableValues', factory=list, provide=_not_empty)
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase')
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase')
    sort_by = QueryParameter('sortBy', mapping=_SORT_BY)
    deserialize_values = QueryParameter('deserializeValues')

    def __init__(self, url: str, name: Optional[str] = None, name_like: Optional[str] = None,
                 process_instance_id_in: Optional[Iterable[str]] = None,
                 case_instance_id_in: Optional[Iterable[str]] = None,
                 case_execution_id_in: Optional[Iterable[str]] = None,
                 task_id_in: Optional[Iterable[str]] = None,
                 activity_instance_id_in: Optional[Iterable[str]] = None,
                 tenant_id_in: Optional[Iterable[str]] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None, deserialize_values: bool = False,
                 execution_id_in: Optional[Iterable[str]] = None,
                 batch_id_in: Optional[Iterable[str]] = None,
                 variable_scope_id_in: Optional[Iterable[str]] = None,
                 variable_names_ignore_case: Optional[bool] = None,
                 variable_values_ignore_case: Optional[bool] = None) -> None:
        """
        :param deserialize_values: Deserialize Object values on the engine (their classes must
            be on its classpath) instead of returning them serialised.
        """
        super().__init__(url)
        self.set_parameters(locals())

    def _add_value_filter(self, name: str, operator: str, value: Any) -> None:
        warn_if_compared_as_text(self, name, operator, value)
        self.variable_values.append(f'{name}_{operator}_{query_prepare(value)}')


class Count(CountMixin, GetList):
    """Count the variable instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'
    deserialize_values = None


class Query(_ValueFilters, PagesMixin, LoadsAll[VariableInstance]):
    """Query variable instances with the filters in a JSON body.

    ``sorting`` is a list of ``{'sortBy': ..., 'sortOrder': 'asc' | 'desc'}``.
    """

    http_method = RequestMethod.POST
    path = URL_SUFFIX
    first_result = QueryParameter('firstResult')
    max_results = QueryParameter('maxResults')
    deserialize_values = QueryParameter('deserializeValues')
    name = BodyParameter('variableName')
    name_like = BodyParameter('variableNameLike')
    process_instance_id_in = BodyParameter('processInstanceIdIn')
    execution_id_in = BodyParameter('executionIdIn')
    case_instance_id_in = BodyParameter('caseInstanceIdIn')
    case_execution_id_in = BodyParameter('caseExecutionIdIn')
    task_id_in = BodyParameter('taskIdIn')
    batch_id_in = BodyParameter('batchIdIn')
    activity_instance_id_in = BodyParameter('activityInstanceIdIn')
    tenant_id_in = BodyParameter('tenantIdIn')
    variable_scope_id_in = BodyParameter('variableScopeIdIn')
    variable_values = BodyConditions('variableValues', factory=list, provide=_not_empty)
    variable_names_ignore_case = BodyParameter('variableNamesIgnoreCase')
    variable_values_ignore_case = BodyParameter('variableValuesIgnoreCase')
    sorting = BodyParameter('sorting')

    def __init__(self, url: str, name: Optional[str] = None, name_like: Optional[str] = None,
                 process_instance_id_in: Optional[Iterable[str]] = None,
                 execution_id_in: Optional[Iterable[str]] = None,
                 case_instance_id_in: Optional[Iterable[str]] = None,
                 case_execution_id_in: Optional[Iterable[str]] = None,
                 task_id_in: Optional[Iterable[str]] = None,
                 batch_id_in: Optional[Iterable[str]] = None,
                 activity_instance_id_in: Optional[Iterable[str]] = None,
                 tenant_id_in: Optional[Iterable[str]] = None,
                 variable_scope_id_in: Optional[Iterable[str]] = None,
                 variable_names_ignore_case: Optional[bool] = None,
                 variable_values_ignore_case: Optional[bool] = None,
                 sorting: Optional[Iterable[Mapping[str, str]]] = None,
                 first_result: Optional[int] = None, max_results: Optional[int] = None,
                 deserialize_values: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())

    def _add_value_filter(self, name: str, operator: str, value: Any) -> None:
        self.variable_values.append({'name': name, 'operator': operator, 'value': value})


class QueryCount(CountMixin, Query):
    """Count the variable instances that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'
    sorting = deserialize_values = None


class Get(Loads[VariableInstance]):
    """Get a variable instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    deserialize_value = QueryParameter('deserializeValue')

    def __init__(self, url: str, id_: str, deserialize_value: bool = False) -> None:
        super().__init__(url, id_=id_, deserialize_value=deserialize_value)


class GetData(CamundaRequest):
    """Get the content of a Bytes or File variable instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/data'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        return super().__call__(self.http_method, *args, **kwargs).content
