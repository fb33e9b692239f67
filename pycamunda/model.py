"""The one place that maps Camunda's JSON to response dataclasses.

A response dataclass inherits :class:`Model` and declares its fields with type hints.
``load`` derives each field's JSON key (``process_instance_id`` <- ``processInstanceId``,
``id_`` <- ``id``), parses dates, builds nested dataclasses, enums, tuples and dicts from
the annotations, and tolerates missing and unknown keys: a missing field is ``None`` (an
empty tuple for sequences). Where Camunda spells a key differently, the class says so in
``_keys``. The plan for a class is worked out once, on its first load.
"""
from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import enum
import sys
import typing
from typing import Any, Callable, ClassVar, Dict, Iterable, List, Mapping, Optional, Tuple, TypeVar

from pycamunda.base import from_isoformat

M = TypeVar('M', bound='Model')
Converter = Optional[Callable[[Any], Any]]
_SEQUENCES = (tuple, list, collections.abc.Iterable, collections.abc.Sequence)


def camel(name: str) -> str:
    """``process_instance_id`` -> ``processInstanceId``; a trailing underscore is dropped."""
    head, *rest = name.rstrip('_').split('_')
    return head + ''.join(part[:1].upper() + part[1:] for part in rest)


def _enum_converter(cls: type) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        try:
            return cls(value)
        except ValueError:  # a value a newer engine knows and this library does not
            return value
    return convert


def _converter(hint: Any) -> Tuple[Converter, Any]:
    """(converter, value when missing) for a type hint."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union:
        inner = [a for a in args if a is not type(None)]
        return _converter(inner[0]) if len(inner) == 1 else (None, None)
    if origin in _SEQUENCES:
        item, _ = _converter(args[0]) if args else (None, None)
        if item is None:
            return tuple, ()
        return (lambda values: tuple(map(item, values))), ()
    if origin in (dict, collections.abc.Mapping):
        value, _ = _converter(args[1]) if len(args) == 2 else (None, None)
        if value is None:
            return None, None
        return (lambda data: {k: value(v) for k, v in data.items()}), None
    if isinstance(hint, type):
        if issubclass(hint, Model):
            return hint.loader(), None
        if issubclass(hint, enum.Enum):
            return _enum_converter(hint), None
        if issubclass(hint, dt.datetime):
            return _parse_date, None
    return None, None


if sys.version_info >= (3, 11):
    _parse_date = dt.datetime.fromisoformat  # reads Camunda's format; others fall back below
else:  # pragma: no cover - older Pythons parse every date in Python
    _parse_date = from_isoformat


class Model:
    """Base of response dataclasses: ``load(data)`` builds one from the engine's JSON."""

    _keys: ClassVar[Mapping[str, str]] = {}
    _plan: ClassVar[List[Tuple[str, str, Converter, Any]]]
    _loader: ClassVar[Callable[[Mapping[str, Any]], Any]]

    @classmethod
    def _prepare(cls) -> List[Tuple[str, str, Converter, Any]]:
        hints = typing.get_type_hints(cls)
        plan = []
        for field in dataclasses.fields(cls):  # type: ignore[arg-type]
            key = field.metadata.get('key') or cls._keys.get(field.name) or camel(field.name)
            convert, missing = field.metadata.get('load'), None
            if convert is None:
                convert, missing = _converter(hints.get(field.name, Any))
            plan.append((field.name, key, convert, missing))
        cls._plan = plan
        return plan

    @classmethod
    def _compile(cls) -> Callable[[Mapping[str, Any]], Any]:
        """Generate this class's loader: one straight-line function, no per-field loop."""
        # a field of this very class (a tree) finds the loader through this until it exists
        cls._loader = lambda data: cls.__dict__['_loader'](data)
        namespace: Dict[str, Any] = {'new': object.__new__, 'cls': cls}
        lines = ['def load(data):', '    get = data.get', '    obj = new(cls)']
        entries = []
        for i, (name, key_, convert, missing) in enumerate(cls._prepare()):
            if convert is None and missing is None:
                entries.append(f'{name!r}: get({key_!r})')
                continue
            namespace[f'c{i}'], namespace[f'm{i}'] = convert, missing
            lines.append(f'    v{i} = get({key_!r})')
            value = f'v{i}' if convert is None else f'c{i}(v{i})'
            empty = 'not' if missing == () else 'None is'  # an empty list loads as ()
            entries.append(f'{name!r}: m{i} if {empty} v{i} else {value}')
        lines += ['    obj.__dict__ = {' + ', '.join(entries) + '}', '    return obj']
        try:
            exec('\n'.join(lines), namespace)  # noqa: S102 - the source is built from field names
        except BaseException:
            del cls._loader
            raise
        loader = namespace['load']
        cls._loader = loader
        return loader

    @classmethod
    def loader(cls) -> Callable[[Mapping[str, Any]], Any]:
        """The function that builds an instance from JSON (``load`` without the lookups)."""
        if getattr(cls.load, '__func__', None) is not Model.load.__func__:  # type: ignore[attr-defined]
            return cls.load  # a class with a load() of its own
        return cls.__dict__.get('_loader') or cls._compile()

    @classmethod
    def load(cls: typing.Type[M], data: Mapping[str, Any]) -> M:
        """Build an instance from Camunda's JSON; missing keys give ``None``."""
        loader = cls.__dict__.get('_loader') or cls._compile()
        try:
            return loader(data)
        except ValueError:  # a date in a form the fast path does not read
            return cls._load_slowly(data)

    @classmethod
    def _load_slowly(cls: typing.Type[M], data: Mapping[str, Any]) -> M:
        values = {}
        for name, key_, convert, missing in cls._plan:
            value = data.get(key_)
            if value is None:
                values[name] = missing
            elif convert is _parse_date:
                values[name] = from_isoformat(value)
            else:
                values[name] = value if convert is None else convert(value)
        obj = object.__new__(cls)
        obj.__dict__ = values
        return obj

    @classmethod
    def load_all(cls: typing.Type[M], items: Iterable[Mapping[str, Any]]) -> Tuple[M, ...]:
        """Build a tuple of instances from a JSON array."""
        loader = cls.loader()
        try:
            return tuple(map(loader, items))
        except ValueError:  # a date in a form the fast path does not read
            return tuple(map(cls.load, items))


def key(name: str, **kwargs: Any) -> Any:
    """A dataclass field read from the JSON key ``name``."""
    return dataclasses.field(metadata={'key': name}, **kwargs)
