"""Values on the wire: Camunda's dates, value preparation, typed variables, variable filters."""
from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
import typing
from typing import Any, Dict, Optional, Tuple, Union

import dateutil.parser

from pycamunda.request import InvalidInput, Request


def isoformat(datetime_: Union[dt.date, dt.datetime]) -> str:
    """Format a date or datetime as Camunda expects: ``yyyy-MM-dd'T'HH:mm:ss.SSSZ``.

    A naive datetime is taken as local time; a date as its local midnight.
    """
    if not isinstance(datetime_, dt.datetime):
        datetime_ = dt.datetime(datetime_.year, datetime_.month, datetime_.day)
    if datetime_.tzinfo is None:
        datetime_ = datetime_.astimezone()
    return (f'{datetime_:%Y-%m-%dT%H:%M:%S}.{datetime_.microsecond // 1000:03d}'
            f'{datetime_:%z}')


_CAMUNDA_DATE = re.compile(
    r'(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?(Z|[+-]\d\d:?\d\d)?$')


def from_isoformat(datetime_str: str) -> dt.datetime:
    """Parse a date as the engine writes it (any ISO 8601 form) into a datetime.

    Camunda's own format is parsed by a fast path; other forms fall back to dateutil.
    """
    if _FROMISOFORMAT_READS_CAMUNDA:
        try:
            return dt.datetime.fromisoformat(datetime_str)
        except ValueError:
            pass
    match = _CAMUNDA_DATE.match(datetime_str)
    if match is None:
        try:
            return dateutil.parser.isoparse(datetime_str)
        except ValueError:
            return dateutil.parser.parse(datetime_str)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    tz: Optional[dt.tzinfo] = None
    if zone == 'Z':
        tz = dt.timezone.utc
    elif zone is not None:
        sign = -1 if zone[0] == '-' else 1
        digits = zone[1:].replace(':', '')
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tz = _timezone(sign * offset)
    micro = int(fraction.ljust(6, '0')) if fraction else 0
    return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                       micro, tz)


_ZONES: Dict[dt.timedelta, dt.timezone] = {}


#: Python 3.11+ reads Camunda's format (``+0000`` offsets, milliseconds) natively.
_FROMISOFORMAT_READS_CAMUNDA = sys.version_info >= (3, 11)


def _timezone(offset: dt.timedelta) -> dt.timezone:
    zone = _ZONES.get(offset)
    if zone is None:
        zone = _ZONES[offset] = dt.timezone.utc if not offset else dt.timezone(offset)
    return zone


_ATOMIC = frozenset({str, int, float, bool, type(None)})


def prepare(value: Any) -> Any:
    """Make a body value JSON-ready: datetimes in Camunda's format, enums as their value."""
    kind = type(value)
    if kind in _ATOMIC:
        return value
    if kind is dict:
        return {k: v if type(v) in _ATOMIC else prepare(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return isoformat(value)
    if isinstance(value, enum.Enum):
        return prepare(value.value)
    if isinstance(value, VariableFilter):
        return value.to_json()
    if isinstance(value, Conditions):
        return value.to_json()
    if isinstance(value, dict):
        return {k: prepare(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [prepare(v) for v in value]
    return value


def query_prepare(value: Any) -> Any:
    """Make a query value: booleans as ``true``/``false``, lists comma separated."""
    kind = type(value)
    if kind is str or kind is int:
        return value
    if kind is bool:
        return 'true' if value else 'false'
    if isinstance(value, Conditions):
        return value.to_query()
    if isinstance(value, (list, tuple, set, frozenset)):
        return ','.join(str(query_prepare(v)) for v in value)
    if isinstance(value, VariableFilter):
        return value.to_query()
    return prepare(value)


class VariableFilter:
    """A condition on a variable's value: ``name``, ``operator`` and ``value``.

    Operators: ``eq``, ``neq``, ``gt``, ``gteq``, ``lt``, ``lteq``, ``like`` (``%`` wildcards).
    In a query string it is sent as ``name_operator_value``; in a JSON body as an object.
    """

    __slots__ = ('name', 'operator', 'value')
    OPERATORS = ('eq', 'neq', 'gt', 'gteq', 'lt', 'lteq', 'like')

    def __init__(self, name: str, operator: str, value: Any) -> None:
        if operator not in self.OPERATORS:
            raise InvalidInput(f'variable filter on {name!r}: operator={operator!r} is not one of '
                               f'{", ".join(self.OPERATORS)}')
        self.name, self.operator, self.value = name, operator, value

    def to_query(self) -> str:
        return f'{self.name}_{self.operator}_{query_prepare(self.value)}'

    def to_json(self) -> Dict[str, Any]:
        return {'name': self.name, 'operator': self.operator, 'value': prepare(self.value)}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VariableFilter) and (self.name, self.operator, self.value) == (
            other.name, other.operator, other.value)

    def __repr__(self) -> str:
        return f'VariableFilter({self.name!r}, {self.operator!r}, {self.value!r})'


#: One condition of a filter: ``'name_operator_value'``, a VariableFilter, a dict or a tuple.
Condition = Union[str, VariableFilter, Dict[str, Any], Tuple[Any, ...]]


#: The operators a condition in the GET form may have: VariableFilter's, and ``notLike``,
#: which VariableFilter does not offer.
_OPERATORS = '|'.join((*VariableFilter.OPERATORS, 'notLike'))
_NAMED_CONDITION = re.compile(rf'(.+?)_({_OPERATORS})_(.*)\Z', re.DOTALL)
_CONDITION = re.compile(rf'({_OPERATORS})_(.*)\Z', re.DOTALL)


class Conditions(list):
    """The conditions of a filter, kept as given and sent in the form the request needs.

    A condition is a :class:`VariableFilter`, a dict (``name``, ``operator``, ``value``), a
    ``(name, operator, value)`` tuple, or Camunda's GET form ``'name_operator_value'``. Date
    conditions (``named=False``) have no name: ``{'operator': 'gt', 'value': date}``,
    ``('gt', date)`` or ``'gt_2024-05-17T10:30:00.000+0200'``. A query string gets the GET
    form, comma separated; a JSON body (the POST queries) a list of objects.
    """

    named = True

    def __init__(self, items: typing.Iterable[Any] = (), where: str = 'condition') -> None:
        if isinstance(items, dict) and not items:  # no conditions, as an empty list
            items = ()
        elif isinstance(items, (str, VariableFilter, dict)):  # one condition (or a GET form list)
            items = items.split(',') if isinstance(items, str) else [items]
        super().__init__(items)
        self.to_json(where)  # refuses what cannot be sent, before anything is

    def to_json(self, where: str = 'condition') -> typing.List[Dict[str, Any]]:
        return [self._object(item, where) for item in self]

    def to_query(self) -> str:
        parts = []
        for item in self:
            if isinstance(item, str):
                parts.append(item)
            else:
                condition = self._object(item, 'condition')
                name = f'{condition["name"]}_' if self.named else ''
                parts.append(f'{name}{condition["operator"]}_{query_prepare(condition["value"])}')
        return ','.join(parts)

    def _object(self, item: Any, where: str) -> Dict[str, Any]:
        keys = ('name', 'operator', 'value') if self.named else ('operator', 'value')
        given = item
        if isinstance(item, VariableFilter):
            item = item.to_json()
        if isinstance(item, str):
            match = (_NAMED_CONDITION if self.named else _CONDITION).match(item)
            item = match.groups() if match else None
        if isinstance(item, (tuple, list)) and len(item) == len(keys):
            item = dict(zip(keys, item))
        if not isinstance(item, dict) or not all(k in item for k in keys):
            form = "'name_operator_value'" if self.named else "'operator_value'"
            raise InvalidInput(f'{where}: {given!r} is not a condition ({form}, a dict with '
                               f'{", ".join(keys)}, or a tuple of them)')
        return {k: prepare(v) for k, v in item.items()}


class DateConditions(Conditions):
    """Conditions on a date: an operator (``gt``, ``lt``, ...) and a date, no name."""

    named = False


def _json_safe(request: Request, body: Dict[str, Any]) -> None:
    for key, value in body.items():
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise InvalidInput(f'{type(request).__name__}: {key}={value!r} cannot be sent as '
                               f'JSON ({exc})') from None


_INT_RANGE = range(-2**31, 2**31)


def typed_value(value: Any, type_: Optional[str] = None,
                value_info: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """A variable as Camunda's ``{value, type, valueInfo}``; the type is inferred when not given.

    bool -> Boolean, int -> Integer or Long (by range), float -> Double, str -> String,
    date/datetime -> Date, dict/list -> Json, bytes -> Bytes (base64), None -> Null.
    Objects with a ``to_camunda()`` method (see :mod:`pycamunda.variable`) describe themselves.
    """
    to_camunda = getattr(value, 'to_camunda', None)
    if to_camunda is not None and type_ is None:
        result = to_camunda()
    elif type_ is not None:
        result = {'value': prepare(value), 'type': type_}
    else:
        result = _infer(value)
    if value_info is not None:
        result['valueInfo'] = prepare(value_info)
    return result


def _infer(value: Any) -> Dict[str, Any]:
    if value is None:
        return {'value': None, 'type': 'Null'}
    if isinstance(value, bool):
        return {'value': value, 'type': 'Boolean'}
    if isinstance(value, int):
        return {'value': value, 'type': 'Integer' if value in _INT_RANGE else 'Long'}
    if isinstance(value, float):
        return {'value': value, 'type': 'Double'}
    if isinstance(value, str):
        return {'value': value, 'type': 'String'}
    if isinstance(value, (dt.date, dt.datetime)):
        return {'value': isoformat(value), 'type': 'Date'}
    if isinstance(value, enum.Enum):
        return _infer(value.value)
    if isinstance(value, (dict, list, tuple)):
        return {'value': json.dumps(prepare(value)), 'type': 'Json'}
    if isinstance(value, (bytes, bytearray, memoryview)):
        import base64
        return {'value': base64.b64encode(bytes(value)).decode('ascii'), 'type': 'Bytes'}
    raise InvalidInput(f'a variable value of type {type(value).__name__} cannot be sent: '
                       f'{value!r}; pass type_ and a JSON-serialisable value')


def _named(name: str, value: Any, type_: Optional[str], value_info: Optional[Dict[str, Any]]
           ) -> Dict[str, Any]:
    try:
        return typed_value(value, type_, value_info)
    except InvalidInput as exc:
        raise InvalidInput(f'variable {name!r}: {exc}') from None


def typed_variables(variables: Optional[typing.Mapping[str, Any]]
                    ) -> Optional[Dict[str, Dict[str, Any]]]:
    """Camunda's ``{name: {value, type, valueInfo}}`` from plain Python values (types inferred).

    Values that are already in Camunda's form (dicts with a ``type`` key next to ``value``) and
    explicit typed values (:mod:`pycamunda.variable`) are kept as they say.
    """
    if variables is None:
        return None
    result = {}
    for name, value in variables.items():
        if isinstance(value, dict) and 'value' in value and 'type' in value:
            result[name] = value
        else:
            result[name] = _named(name, value, None, None)
    return result
