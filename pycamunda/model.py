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
import gc
import typing
from typing import Any, Callable, ClassVar, Iterable, List, Mapping, Optional, Tuple, TypeVar

import pycamunda.base

M = TypeVar('M', bound='Model')
Converter = Optional[Callable[[Any], Any]]
_SEQUENCES = (tuple, collections.abc.Iterable, collections.abc.Sequence)


class StrEnum(str, enum.Enum):
    """An enum of Camunda's strings: equal to the string, and printed as it
    (``f'{state}'`` is ``'COMPLETED'``)."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


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


def _parse_date(text: str) -> dt.datetime:
    """A date as ``pycamunda.base.from_isoformat`` parses it at this moment (tests patch it)."""
    return pycamunda.base.from_isoformat(text)


def _converter(hint: Any) -> Tuple[Converter, Any]:
    """(converter, value when missing) for a type hint."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union:
        inner = [a for a in args if a is not type(None)]
        return _converter(inner[0]) if len(inner) == 1 else (None, None)
    if origin is list:  # a list, as the engine sent it (missing: an empty tuple, as for others)
        item, _ = _converter(args[0]) if args else (None, None)
        if item is None:
            return list, ()
        return (lambda values: list(map(item, values))), ()
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
            return _nested(hint), None
        if issubclass(hint, enum.Enum):
            return _enum_converter(hint), None
        if issubclass(hint, dt.datetime):
            return _parse_date, None
    return None, None


def _nested(model: Any) -> Callable[[Any], Any]:
    """The converter of a field holding a ``model``: its ``load`` where the class has one of its
    own, else its fast loader unless a test has patched ``load`` (looked up at each conversion:
    nothing patched is captured)."""
    if model._own_load:
        return lambda value: model.load(value)

    def convert(value: Any) -> Any:
        loader = model.__dict__.get('_loader')
        if loader is None or 'load' in model.__dict__:
            return model.load(value)
        return loader(value)
    return convert


class Model:
    """Base of response dataclasses: ``load(data)`` builds one from the engine's JSON."""

    _keys: ClassVar[Mapping[str, str]] = {}
    #: Fields loaded as the engine's JSON array (a list), whatever their annotation says: where
    #: PyCamunda's ``load`` kept the list as it came.
    _lists: ClassVar[Tuple[str, ...]] = ()
    _plan: ClassVar[List[Tuple[str, str, Converter, Any]]]
    _loader: ClassVar[Callable[[Mapping[str, Any]], Any]]
    _adopter: ClassVar[Callable[[Mapping[str, Any]], Any]]
    #: Whether the class (or a base below Model) defines a ``load`` of its own; decided when the
    #: class is created, so a ``load`` patched later is never taken for the class's own.
    _own_load: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._own_load = getattr(cls.load, '__func__', None) is not Model.load.__func__  # type: ignore[attr-defined]

    @classmethod
    def _prepare(cls) -> List[Tuple[str, str, Converter, Any]]:
        hints = typing.get_type_hints(cls)
        plan = []
        for field in dataclasses.fields(cls):  # type: ignore[arg-type]
            key = field.metadata.get('key') or cls._keys.get(field.name) or camel(field.name)
            convert, missing = field.metadata.get('load'), None
            if field.name in cls._lists:
                convert = list
            elif convert is None:
                convert, missing = _converter(hints.get(field.name, Any))
            plan.append((field.name, key, convert, missing))
        cls._plan = plan
        return plan

    @classmethod
    def _compile(cls) -> Callable[[Mapping[str, Any]], Any]:
        """Prepare this class once: a field descriptor where the JSON needs mapping, and a loader
        that makes (a shallow copy of) the engine's JSON object the instance's ``__dict__``."""
        new = object.__new__

        def adopt(data: Mapping[str, Any]) -> Any:
            obj = new(cls)
            obj.__dict__ = data if type(data) is dict else dict(data)
            return obj

        def load(data: Mapping[str, Any]) -> Any:
            return adopt(dict(data))  # a shallow copy: the caller's JSON is never changed

        cls._adopter = adopt
        cls._loader = load  # first: a field of this very class (a tree) needs it
        for name, key_, convert, missing in cls._prepare():
            if key_ == name and convert is None:
                setattr(cls, name, missing)  # read straight from the JSON; missing: the default
            else:
                setattr(cls, name, _Field(name, key_, convert, missing))
        return load

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if '_loader' not in cls.__dict__:  # the fields' descriptors exist before any instance
            cls._compile()
        return object.__new__(cls)

    @classmethod
    def loader(cls, owned: bool = False) -> Callable[[Mapping[str, Any]], Any]:
        """The function that builds an instance from JSON (``load`` without the lookups).

        ``owned``: the JSON object is handed over and becomes the instance's own (no copy).
        """
        if getattr(cls.load, '__func__', None) is not Model.load.__func__:  # type: ignore[attr-defined]
            return cls.load  # a class with a load() of its own
        if '_loader' not in cls.__dict__:
            cls._compile()
        return cls.__dict__['_adopter' if owned else '_loader']

    @classmethod
    def load(cls: typing.Type[M], data: Mapping[str, Any]) -> M:
        """Build an instance from Camunda's JSON; missing keys give ``None``.

        The instance keeps the JSON object; a field that needs converting (a date, a nested
        object, a list) is converted when it is first read.
        """
        loader = cls.__dict__.get('_loader') or cls._compile()
        return loader(data)

    @classmethod
    def load_all(cls: typing.Type[M], items: Iterable[Mapping[str, Any]],
                 owned: bool = False) -> Tuple[M, ...]:
        """Build a tuple of instances from a JSON array.

        ``owned=True`` hands the JSON objects over to the instances instead of copying them
        (pycamunda does so with the JSON it has just decoded from an answer).

        Long lists are built with the cyclic garbage collector paused: the new objects hold no
        cycles, and the collections their allocations would set off only scan them (and the
        JSON they come from) again and again.
        """
        loader = cls.loader(owned)  # type: ignore[attr-defined]
        if not isinstance(items, (list, tuple)):
            items = list(items)
        if len(items) < _PAUSE_GC_FROM or not gc.isenabled():
            return tuple(map(loader, items))
        gc.disable()
        try:
            return tuple(map(loader, items))
        finally:
            gc.enable()


#: From how many items ``load_all`` pauses the garbage collector.
_PAUSE_GC_FROM = 100

_CONVERTED = '\x00converted'  # the key, in an instance's __dict__, of its converted field values


class _Field:
    """A field read from a JSON key of another name, or converted (once) when first read."""

    __slots__ = ('name', 'key', 'convert', 'missing')

    def __init__(self, name: str, key: str, convert: Converter, missing: Any) -> None:
        self.name, self.key, self.convert, self.missing = name, key, convert, missing

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self.missing
        store = obj.__dict__
        converted = store.get(_CONVERTED)
        if converted is not None and self.name in converted:
            return converted[self.name]
        value = store.get(self.key)
        if value is None:
            return self.missing
        if self.convert is None:
            return value
        if converted is None:
            converted = store[_CONVERTED] = {}
        value = converted[self.name] = self.convert(value)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        store = obj.__dict__
        converted = store.get(_CONVERTED)
        if converted is None:
            converted = store[_CONVERTED] = {}
        converted[self.name] = value

    def __delete__(self, obj: Any) -> None:
        obj.__dict__.get(_CONVERTED, {}).pop(self.name, None)
        obj.__dict__.pop(self.key, None)


def key(name: str, **kwargs: Any) -> Any:
    """A dataclass field read from the JSON key ``name``."""
    return dataclasses.field(metadata={'key': name}, **kwargs)

