"""Parameter descriptors and the request base class.

A request class declares each parameter once, as a descriptor that names its wire key::

    class Get(CamundaRequest):
        id_ = PathParameter('id')
        deserialize_value = QueryParameter('deserializeValue')

The metaclass collects the descriptors when the class is created, so building the query,
the body and the URL costs no discovery per call.
"""
from __future__ import annotations

import abc
import inspect
import re
import urllib.parse
from typing import Any, Callable, ClassVar, Dict, Iterator, Mapping, Optional, Tuple, Union

import pycamunda

__all__ = ['QueryParameter', 'PathParameter', 'BodyParameter', 'BodyParameterContainer']

_SECRET = re.compile(r'password|secret|credential|token', re.IGNORECASE)
_PLACEHOLDER = re.compile(r'{(\w+)}')
_USERINFO = re.compile(r'//[^/@]*@')


def redact(url: str) -> str:
    """The URL without credentials (``http://user:secret@host`` -> ``http://***@host``), as it
    is shown in ``repr``, logs and errors."""
    return _USERINFO.sub('//***@', url)


def redact_values(value: Any) -> Any:
    """``value`` with the values of keys that name a secret (password, credentials, token, ...)
    replaced by ``***``, in nested dicts and lists too."""
    if isinstance(value, Mapping):
        return {k: '***' if isinstance(k, str) and _SECRET.search(k) else redact_values(v)
                for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_values(v) for v in value]
    return value


class InvalidInput(ValueError, metaclass=pycamunda._Also):
    """A parameter has a value that cannot be sent; nothing was sent.

    Both a ``ValueError`` (as in PyCamunda) and a :class:`pycamunda.PyCamundaException`.
    """

    _also = pycamunda.PyCamundaException


class RequestParameter:
    """A request parameter: readable and settable as an attribute of the request.

    :param key: The key Camunda knows the parameter by.
    :param mapping: Translates the Python value to the value sent (e.g. ``True`` -> ``'asc'``).
        Values that are neither keys nor values of the mapping are refused.
    :param provide: ``provide(parameter, request, request_type) -> bool``; the parameter is sent
        only when it returns true (and its value is not ``None``).
    :param validate: ``validate(value) -> bool``; a value it rejects raises ``InvalidInput``.
    :param factory: Creates the initial value (e.g. ``dict`` for a variables collection).
    :param send_none: Send the key with ``null`` when the value is ``None`` (for endpoints where
        ``null`` means "clear it", e.g. a job's due date).
    """

    name: str = ''

    def __init__(self, key: str, mapping: Optional[Mapping] = None, provide: Optional[Callable] = None,
                 validate: Optional[Callable] = None, factory: Optional[Callable[[], Any]] = None,
                 send_none: bool = False) -> None:
        self.key = key
        self.send_none = send_none
        self.mapping = mapping
        self.provide = provide
        self.validate = validate
        self.factory = factory

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, obj_type: Any = None) -> Any:
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            if self.factory is None:
                return None
            value = obj.__dict__[self.name] = self.factory()
            return value

    def __set__(self, obj: Any, value: Any) -> None:
        if value is not None:
            if self.mapping is not None and not self._in_mapping(value):
                allowed = ', '.join(repr(k) for k in self.mapping)
                raise InvalidInput(f'{type(obj).__name__}: {self.name}={value!r} is not one of {allowed}')
            if self.validate is not None and not self.validate(value):
                raise InvalidInput(f'{type(obj).__name__}: {self.name}={value!r} is not valid')
        obj.__dict__[self.name] = value

    def _in_mapping(self, value: Any) -> bool:
        try:
            return value in self.mapping or value in self.mapping.values()  # type: ignore[operator, union-attr]
        except TypeError:  # unhashable
            return False

    def wire_value(self, obj: Any) -> Any:
        """The value to send, or ``None`` when the parameter is not sent."""
        value = self.__get__(obj)
        if value is None or (self.provide is not None and not self.provide(self, obj, type(obj))):
            return None
        if self.mapping is not None:
            try:
                return self.mapping.get(value, value)
            except TypeError:
                return value
        return value

    def __repr__(self) -> str:
        return f'{type(self).__name__}({self.key!r})'


def value_is_true(self: RequestParameter, obj: Any, obj_type: Any) -> bool:
    """``provide`` for flags that are sent only when true."""
    return bool(self.__get__(obj, obj_type))


class QueryParameter(RequestParameter):
    """A parameter sent in the query string."""


class PathParameter(RequestParameter):
    """A parameter that is part of the URL path; it is percent-encoded."""


class BodyParameter(RequestParameter):
    """A parameter sent as a key of the JSON (or multipart) body."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # PyCamunda's signature
        super().__init__(*args, **kwargs)


class BodyParameterContainer:
    """Groups body parameters under one key of the body, e.g. ``profile`` of a user."""

    def __init__(self, key: str, *parameters: BodyParameter) -> None:
        self.key = key
        self.parameters = parameters

    def __repr__(self) -> str:
        return f'{type(self).__name__}({self.key!r}, {", ".join(map(repr, self.parameters))})'


class RequestMeta(abc.ABCMeta):
    """Collects the descriptors of a request class, its bases' included, once per class.

    A subclass drops an inherited parameter by setting its name to ``None``.
    """

    def __init__(cls, name: str, bases: Any, attr_dict: Dict[str, Any]) -> None:
        super().__init__(name, bases, attr_dict)
        found: Dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                if isinstance(value, (RequestParameter, BodyParameterContainer)):
                    found[attr] = value
                elif attr in found:
                    del found[attr]
        contained = {id(p) for c in found.values() if isinstance(c, BodyParameterContainer)
                     for p in c.parameters}
        cls._query_params = tuple(p for p in found.values() if isinstance(p, QueryParameter))
        cls._path_params = tuple(p for p in found.values() if isinstance(p, PathParameter))
        cls._body_params = tuple(p for p in found.values()
                                 if isinstance(p, BodyParameter) and id(p) not in contained)
        cls._containers = tuple(c for c in found.values() if isinstance(c, BodyParameterContainer))
        cls._query_plan = _Plan(cls._query_params, skip_empty=True)
        cls._body_plan = _Plan(cls._body_params)
        cls._container_plans = tuple((c.key, _Plan(c.parameters)) for c in cls._containers)
        settable = frozenset(name for name, p in found.items() if isinstance(p, RequestParameter)
                             and p.name == name and type(p).__set__ is RequestParameter.__set__)
        cls._settable_params = settable
        cls._plain_params = frozenset(name for name in settable
                                      if found[name].mapping is None and found[name].validate is None)
        path = getattr(cls, 'path', None)
        cls._static_path = (path if isinstance(path, str) and '{' not in path
                            and not getattr(cls, 'exclusive', ()) else None)


_PLACEHOLDERS: Dict[str, Tuple[str, ...]] = {}


def _placeholders(template: str) -> Tuple[str, ...]:
    """The attribute names in a path template, parsed once per template."""
    names = _PLACEHOLDERS.get(template)
    if names is None:
        names = _PLACEHOLDERS[template] = tuple(_PLACEHOLDER.findall(template))
    return names


_UNRESERVED = re.compile(r'[A-Za-z0-9_~-][A-Za-z0-9_.~-]*\Z')


def _quote_segment(value: Any) -> str:
    if type(value) is str and _UNRESERVED.match(value):  # ids and keys, mostly: nothing to do
        return value
    text = urllib.parse.quote(str(value), safe='')
    return text.replace('.', '%2E') if set(text) == {'.'} else text


_EMPTY_SKIPPED = (list, tuple)


class _Plan:
    """How to collect one kind of parameters of a request class, worked out once per class.

    Only the parameters an instance has set are visited, plus those with a ``factory`` (whose
    value exists from the first read) or ``send_none``. With ``skip_empty`` (the query string)
    an empty list or tuple is left out, as requests leaves out a parameter whose values are
    an empty list.
    """

    __slots__ = ('by_name', 'always', 'flags', 'skip_empty')

    def __init__(self, params: Tuple[RequestParameter, ...], skip_empty: bool = False) -> None:
        self.skip_empty = skip_empty
        self.by_name = {p.name: p for p in params if not (p.factory or p.send_none)}
        self.always = tuple(p for p in params if p.factory or p.send_none)
        #: Flags sent as they are when true and left out when false (``provide=value_is_true``).
        self.flags = frozenset(p.name for p in params
                               if p.provide is value_is_true and p.mapping is None)

    def collect(self, obj: Any, apply: Optional[Callable]) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        by_name = self.by_name
        if not by_name and not self.always:
            return result
        flags = self.flags
        skip_empty = self.skip_empty
        for name, value in list(obj.__dict__.items()):
            param = by_name.get(name)
            if param is None or value is None:
                continue
            if skip_empty and not value and type(value) in _EMPTY_SKIPPED:
                continue
            if name in flags:
                if not value:
                    continue
            elif param.provide is not None or param.mapping is not None:
                value = param.wire_value(obj)
                if value is None:
                    continue
            result[param.key] = value if apply is None else apply(value)
        for param in self.always:
            value = param.wire_value(obj)
            if value is not None:
                result[param.key] = value if apply is None else apply(value)
            elif param.send_none:
                result[param.key] = None
        return result


class Request(metaclass=RequestMeta):
    """Base of every request: the URL, the parameters and a readable ``repr``.

    ``path`` is a template like ``'/task/{id_}/claim'`` whose placeholders name attributes;
    a tuple of templates is tried in order and the first whose attributes are all set is
    used. ``exclusive`` names attributes of which at most one may be set.
    """

    path: ClassVar[Union[str, Tuple[str, ...]]] = ''
    exclusive: ClassVar[Tuple[str, ...]] = ()
    #: The process engine to address; ``None`` is the default engine. Any other name sends the
    #: request to ``{url}/engine/{engine_name}/...``.
    engine_name: Optional[str] = None
    _query_params: ClassVar[Tuple[QueryParameter, ...]]
    _path_params: ClassVar[Tuple[PathParameter, ...]]
    _body_params: ClassVar[Tuple[BodyParameter, ...]]
    _containers: ClassVar[Tuple[BodyParameterContainer, ...]]
    _plain_params: ClassVar[frozenset]
    _settable_params: ClassVar[frozenset]
    _static_path: ClassVar[Optional[str]]
    _query_plan: ClassVar[_Plan]
    _body_plan: ClassVar[_Plan]
    _container_plans: ClassVar[Tuple[Tuple[str, _Plan], ...]]
    _false_defaults: ClassVar[frozenset]

    def __init__(self, url: str, **params: Any) -> None:
        if '://' not in url:
            raise InvalidInput(f'{type(self).__name__}: url={redact(url)!r} has no scheme; give the '
                               f"engine's REST root, e.g. 'http://localhost:8080/engine-rest'")
        self._url = url.rstrip('/')
        if params:
            self.set_parameters(params)

    def set_parameters(self, params: Mapping[str, Any]) -> None:
        """Set attributes from a mapping such as a constructor's ``locals()``."""
        plain = self._plain_params
        settable = self._settable_params
        store = self.__dict__
        for name, value in params.items():
            if value is None and name in settable:  # unset: reads give None (or the factory's)
                if name in store:
                    del store[name]
            elif name in plain:  # a descriptor without checks: store it as __set__ would
                store[name] = value
            elif name not in ('self', 'url', '__class__'):
                setattr(self, name, value)

    @property
    def url(self) -> str:
        """The full URL the request is sent to."""
        if self.engine_name is None:
            return self._url + self._render_path()
        return f'{self._url}/engine/{_quote_segment(self.engine_name)}{self._render_path()}'

    def _render_path(self) -> str:
        if self._static_path is not None:
            return self._static_path
        store = self.__dict__
        if self.exclusive:
            given = [name for name in self.exclusive
                     if (store[name] if name in store else getattr(self, name, None)) is not None]
            if len(given) > 1:
                raise InvalidInput(f'{type(self).__name__}: give only one of {", ".join(given)}, '
                                   f'not {", ".join(f"{n}={getattr(self, n)!r}" for n in given)}')
        templates = (self.path,) if isinstance(self.path, str) else self.path
        for template in templates:
            names = _placeholders(template)
            values = [store[name] if name in store else getattr(self, name, None) for name in names]
            if None not in values and '' not in values:
                return template.format(**{n: _quote_segment(v) for n, v in zip(names, values)})
        missing = [n for n in _placeholders(templates[-1]) if getattr(self, n, None) in (None, '')]
        options = ' or '.join(', '.join(_placeholders(t)) for t in templates)
        raise InvalidInput(f'{type(self).__name__}: {", ".join(missing)} is required '
                           f'(to build the URL from {options})')

    @abc.abstractmethod
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Send the request."""

    def query_parameters(self, apply: Any = None) -> Dict[str, Any]:
        """The query string parameters, by Camunda key; ``apply`` converts each value."""
        return self._query_plan.collect(self, apply)

    def body_parameters(self, apply: Any = None) -> Dict[str, Any]:
        """The body parameters, by Camunda key; ``apply`` converts each value."""
        body = self._body_plan.collect(self, apply)
        for key, plan in self._container_plans:
            nested = plan.collect(self, apply)
            if nested:
                body[key] = nested
        return body

    def _parameter_items(self) -> Iterator[Tuple[str, Any]]:
        for param in self._path_params + self._query_params + self._body_params:
            value = param.__get__(self)
            if value is False and param.name in self._false_by_default():  # a flag left as it was
                continue
            if value is not None and value != {} and value != []:
                yield param.name, value
        for container in self._containers:
            for param in container.parameters:
                value = param.__get__(self)
                if value is not None:
                    yield param.name, value

    @classmethod
    def _false_by_default(cls) -> frozenset:
        """The constructor's parameters whose default is ``False`` (worked out once per class)."""
        found = cls.__dict__.get('_false_defaults')
        if found is None:
            try:
                parameters = inspect.signature(cls.__init__).parameters.values()
            except (TypeError, ValueError):
                parameters = ()  # type: ignore[assignment]
            found = frozenset(p.name for p in parameters if p.default is False)
            cls._false_defaults = found
        return found

    def __repr__(self) -> str:
        shown = [f'url={redact(self._url)!r}']
        for name, value in self._parameter_items():
            shown.append(f'{name}={"***" if _SECRET.search(name) else repr(value)}')
        return f'{type(self).__module__}.{type(self).__qualname__}({", ".join(shown)})'
