"""Requests and answers: :class:`CamundaRequest` (the one place that sends), answer bases, mixins.

Under it, :mod:`pycamunda.transport` holds the pool, configuration and error mapping, and
:mod:`pycamunda.values` dates and values. This module still exposes the names PyCamunda had
here (``isoformat``, ``from_isoformat``, ``prepare``, ``query_prepare``, ``RequestMethod``,
``value_is_true``, ``_raise_for_status``) and its own earlier ones; patching
``pycamunda.base._raise_for_status`` or ``pycamunda.base.from_isoformat`` takes effect.
"""
from __future__ import annotations

import copy
import enum
import inspect
import json
import logging
import re
import sys
import time
import typing
import warnings
from typing import Any, ClassVar, Dict, Generic, Iterator, Optional, Set, Tuple, TypeVar, Union

import requests

import pycamunda
from pycamunda import transport
from pycamunda.request import BodyParameter, InvalidInput, QueryParameter, Request, RequestParameter, redact
from pycamunda.request import value_is_true as value_is_true
from pycamunda.transport import ENGINE_ERRORS as ENGINE_ERRORS
from pycamunda.transport import (
    Timeout,
    _connection_failure,
    _newer_than_engine,
    _raise_for_status,
    _sending,
    _shown,
    _shown_body,
    logger,
    pool,
)
from pycamunda.transport import configure as configure
from pycamunda.values import Condition as Condition
from pycamunda.values import (
    Conditions,
    DateConditions,
    VariableFilter,
    _json_safe,
    _named,
    from_isoformat,
    isoformat,
    prepare,
    query_prepare,
)
from pycamunda.values import typed_value as typed_value
from pycamunda.values import typed_variables as typed_variables

__all__ = ['isoformat', 'from_isoformat']


if typing.TYPE_CHECKING:
    DEFAULT_TIMEOUT: Tuple[float, float]
else:
    def __getattr__(name: str) -> Any:
        """``DEFAULT_TIMEOUT``: as ``configure()`` set it in :mod:`pycamunda.transport`."""
        if name in ('DEFAULT_TIMEOUT',):
            return getattr(transport, name)
        raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


class RequestMethod(enum.Enum):
    GET = 'GET'
    POST = 'POST'
    PUT = 'PUT'
    PATCH = 'PATCH'
    DELETE = 'DELETE'
    OPTIONS = 'OPTIONS'
    HEAD = 'HEAD'


class _ConditionsParameter(RequestParameter):
    """A parameter whose value is a list of conditions (see :class:`Conditions`)."""

    kind: ClassVar[type] = Conditions

    def __set__(self, obj: Any, value: Any) -> None:
        if value is not None and not isinstance(value, self.kind):
            value = self.kind(value, f'{type(obj).__name__}: {self.name}')
        super().__set__(obj, value)


class QueryConditions(_ConditionsParameter, QueryParameter):
    """Variable conditions of a query: the GET form in a query string, objects in a POST body."""


class BodyConditions(_ConditionsParameter, BodyParameter):
    """Variable conditions in a JSON body (given in any form :class:`Conditions` takes)."""


class QueryDateConditions(QueryConditions):
    """Date conditions (``dueDates``, ``createTimes``) of a query."""

    kind = DateConditions


class Ignored(QueryParameter):
    """A parameter PyCamunda had that the engine does not read: sent as it was, with a warning."""

    def __set__(self, obj: Any, value: Any) -> None:
        if value is not None:
            warnings.warn(f'{type(obj).__name__}: the engine ignores {self.name} '
                          f'({self.key}={value!r} filters nothing)', UserWarning, stacklevel=4)
        super().__set__(obj, value)


class InvalidCombination(InvalidInput, pycamunda.PyCamundaException):
    """Parameters that cannot be given together; also a ``PyCamundaException``, which PyCamunda
    raised for them."""

    def __init__(self, *args: Any) -> None:
        pycamunda.PyCamundaException.__init__(self, *args)


class Unasserted(InvalidInput, AssertionError):
    """Input PyCamunda refused by ``assert`` (so not under ``python -O``): also an
    ``AssertionError``."""


class ExactlyOneOf(Unasserted):
    """Give exactly one of two parameters."""


class NotAFlag(InvalidInput, TypeError):
    """``None`` (or another non-bool) where PyCamunda added flags up: also the ``TypeError``
    PyCamunda raised for it."""


def exactly_one(request: Any, *names: str) -> None:
    """Raise :class:`ExactlyOneOf` unless exactly one of the attributes ``names`` is set."""
    given = [name for name in names if getattr(request, name) is not None]
    if len(given) != 1:
        shown = ', '.join(f'{name}={getattr(request, name)!r}' for name in names)
        raise ExactlyOneOf(f'{type(request).__name__}: give exactly one of {" or ".join(names)}, '
                           f'not {shown}')


def at_most_one(request: Any, **given: Any) -> None:
    """Raise :class:`InvalidCombination` when more than one of the keyword arguments is set
    (not ``None``, ``False`` or ``...``)."""
    set_ = [name for name, value in given.items() if value not in (None, False, ...)]
    if len(set_) > 1:
        shown = ', '.join(f'{name}={given[name]!r}' for name in set_)
        raise InvalidCombination(f'{type(request).__name__}: give only one of '
                                 f'{", ".join(given)}, not {shown}')


def _check(response: requests.Response, verb: str, url: str, note: str = '') -> None:
    """Hand an error answer to ``_raise_for_status``, telling it which call it answers."""
    _sending.call = (verb, redact(url), note)
    try:
        _raise_for_status(response)
    finally:
        _sending.call = None


def current(model: Any) -> Any:
    """The class bound to ``model``'s name in its module now (a test may have replaced it)."""
    module = sys.modules.get(model.__module__)
    found = getattr(module, model.__name__, model) if module is not None else model
    return model if found is None else found


def load_one(model: Any, data: Any) -> Any:
    """``Model.load(data)`` of the model as its module names it at call time."""
    return current(model).load(data)


def load_each(model: Any, items: Any) -> Tuple[Any, ...]:
    """A tuple of ``load(item)`` of the model as its module names it at call time, by the
    model's fast loader when neither the class nor its ``load`` is patched."""
    found = current(model)
    if found is model and 'load' not in model.__dict__:
        return model.load_all(items, owned=True)
    return tuple(found.load(item) for item in items)


def load_by_name(model: Any, data: Any) -> Dict[str, Any]:
    """``{name: load(value)}`` of a JSON object (variables by name), by the model as its module
    names it at call time."""
    found = current(model)
    if found is model and 'load' not in model.__dict__ and hasattr(model, 'load_map'):
        return model.load_map(data)
    load = found.load
    return {name: load(value) for name, value in data.items()}


_BODY_VERBS = frozenset({'POST', 'PUT', 'PATCH'})


class CamundaRequest(Request):
    """Base of every request class. Calling an instance sends the request.

    Set ``auth`` (e.g. ``requests.auth.HTTPBasicAuth``), ``session`` (a ``requests.Session``,
    used as it is and never modified; ``auth`` wins over the session's) or ``timeout``
    (seconds, or a (connect, read) pair) on an instance to change how it is sent.
    """

    auth: Any = None
    session: Optional[requests.Session] = None
    timeout: Timeout = None
    #: The HTTP method of the endpoint (``endpoints()`` and the class's ``__call__`` use it).
    http_method: ClassVar[RequestMethod] = RequestMethod.GET
    #: Further (method, path template) pairs a class sends in some cases (e.g. ``.../data``).
    extra_endpoints: ClassVar[Tuple[Tuple[str, str], ...]] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # PyCamunda's signature
        super().__init__(*args, **kwargs)

    @classmethod
    def endpoints(cls) -> Set[Tuple[str, str]]:
        """The (method, path) pairs this class can send, placeholders as ``{}``."""
        templates = (cls.path,) if isinstance(cls.path, str) else cls.path
        pairs = {(cls.http_method.value, t) for t in templates}
        pairs.update(cls.extra_endpoints)
        return {(m, re.sub(r'{\w+}', '{}', t)) for m, t in pairs}

    @property
    def files(self) -> Optional[Dict[str, Any]]:
        """The files sent as multipart form data, or ``None``."""
        return None

    def query_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        return super().query_parameters(query_prepare if apply is ... else apply)

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        return super().body_parameters(prepare if apply is ... else apply)

    def _timeout(self) -> Timeout:
        return self.timeout if self.timeout is not None else transport.DEFAULT_TIMEOUT

    def __call__(self, method: RequestMethod, *args: Any, **kwargs: Any) -> requests.Response:
        """Send the request with ``method``; keyword arguments go on to ``Session.request``."""
        if args:
            raise TypeError(f'{type(self).__name__}() takes keyword arguments only, got {args!r}')
        url = self.url
        params = self.query_parameters() or None
        files = self.files
        verb: str = method._value_  # what .value gives, without the enum property's call
        send: Dict[str, Any] = {'auth': self.auth, 'timeout': self._timeout()}
        if files is not None:
            send['files'] = files
            send['data'] = {k: v if isinstance(v, str) else json.dumps(v)
                            for k, v in self.body_parameters().items()}
        elif verb in _BODY_VERBS:
            send['json'] = self.body_parameters()
        else:
            body = self.body_parameters()
            if body:
                send['json'] = body
        session = self.session
        if session is None:
            session = pool.session()
            environment = pool.environment(self._url)
            if environment:
                for key, value in environment.items():
                    if send.get(key) is None:
                        send[key] = value
        if kwargs:
            send.update(kwargs)
        debug = logger.isEnabledFor(logging.DEBUG)
        started = time.perf_counter() if debug else 0.0
        try:
            response = session.request(method=verb, url=url, params=params, **send)
        except (requests.exceptions.InvalidJSONError, TypeError):  # raised before sending
            if 'json' in send:
                _json_safe(self, send['json'])  # names the parameter that cannot be sent
            raise
        except requests.exceptions.RequestException as exc:
            shown = redact(url)
            logger.debug('%s %s failed: %s', verb, shown, type(exc).__name__)
            if isinstance(exc, requests.exceptions.Timeout):
                error: type = pycamunda.RequestTimeout
                reason = f'no answer within {send["timeout"]} s'
            elif isinstance(exc, requests.exceptions.ConnectionError):
                error, reason = pycamunda.ConnectionFailed, _connection_failure(exc)
            else:
                error, reason = pycamunda.PyCamundaException, type(exc).__name__
            raise error(f'{verb} {shown} failed: {reason} ({type(exc).__name__})', method=verb,
                        url=shown) from exc
        if debug:
            logger.debug('%s %s -> %s in %.1f ms%s', verb, _shown(url, params),
                         getattr(response, 'status_code', '?'),
                         (time.perf_counter() - started) * 1000, _shown_body(send))
        if not response:  # the response's truth value, as PyCamunda: fakes define __bool__
            missing = getattr(response, 'status_code', None) in (404, 405)
            _check(response, verb, url, _newer_than_engine(type(self), verb, url) if missing else '')
        return response


M = TypeVar('M')


class _Answering(CamundaRequest):
    """Takes the model class from the subscript: ``class Get(Loads[User])`` answers a User."""

    answer: ClassVar[Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in cls.__dict__.get('__orig_bases__', ()):
            origin = typing.get_origin(base)
            if isinstance(origin, type) and issubclass(origin, _Answering) and typing.get_args(base):
                cls.answer = typing.get_args(base)[0]


class Loads(_Answering, Generic[M]):
    """Base of requests answered with one object: ``class Get(Loads[User])`` returns a User."""

    def __call__(self, *args: Any, **kwargs: Any) -> M:
        """Send the request; return the engine's answer as a dataclass."""
        return load_one(self.answer, super().__call__(self.http_method, *args, **kwargs).json())


class LoadsAll(_Answering, Generic[M]):
    """Base of requests answered with a list: ``class GetList(LoadsAll[User])`` returns a tuple."""

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[M, ...]:
        """Send the request; return the engine's answer as a tuple of dataclasses."""
        return load_each(self.answer, super().__call__(self.http_method, *args, **kwargs).json())


class DataMixin:
    """``binary=True`` sends the request to ``{path}/data`` and returns the raw content (bytes)
    of a Bytes or File value, a deployed resource, ...: ``class Get(DataMixin, Loads[M])``."""

    binary: bool = False

    @classmethod
    def endpoints(cls) -> Set[Tuple[str, str]]:
        pairs = super().endpoints()  # type: ignore[misc]
        return pairs | {('GET', path + '/data') for method, path in pairs if method == 'GET'}

    @property
    def url(self) -> str:
        return super().url + ('/data' if self.binary else '')  # type: ignore[misc]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Send the request; with ``binary=True`` return the raw content (``bytes``)."""
        if self.binary:
            return CamundaRequest.__call__(self, RequestMethod.GET, *args, **kwargs).content  # type: ignore[arg-type]
        return super().__call__(*args, **kwargs)  # type: ignore[misc]


class Command(CamundaRequest):
    """Base of requests the engine answers without content: calling one returns ``None``."""

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        """Send the request; the engine answers without content (``None``)."""
        super().__call__(self.http_method, *args, **kwargs)


class SelectsOne:
    """For endpoints that act on one object by ``id_`` or on a selection of them: exactly one of
    ``selections`` is given (a tuple of names counts as one selection), and ``key_options`` only
    with ``process_definition_key``. The engine answers 400 otherwise; this raises
    ``InvalidInput`` naming the parameters, before sending."""

    selections: ClassVar[Tuple[Union[str, Tuple[str, ...]], ...]] = ()
    key_options: ClassVar[Tuple[str, ...]] = ('process_definition_tenant_id',
                                              'process_definition_without_tenant_id')

    @property
    def url(self) -> str:
        def given(names: Union[str, Tuple[str, ...]]) -> list:
            names = (names,) if isinstance(names, str) else names
            return [n for n in names if getattr(self, n, None) not in (None, False)]

        chosen = [name for selection in self.selections for name in given(selection)]
        named = ' or '.join(s if isinstance(s, str) else '/'.join(s) for s in self.selections)
        if sum(1 for selection in self.selections if given(selection)) != 1:
            shown = ', '.join(f'{n}={getattr(self, n)!r}' for n in chosen) or 'none'
            raise InvalidInput(f'{type(self).__name__}: give exactly one of {named}; given: {shown}')
        options = given(self.key_options)
        if options and chosen != ['process_definition_key']:
            raise InvalidInput(f'{type(self).__name__}: {", ".join(options)} only go with '
                               f'process_definition_key, not with {", ".join(chosen)}')
        return super().url  # type: ignore[misc]


def id_or_key(prefix: str, suffix: str = '') -> Tuple[str, str, str]:
    """Path templates for a definition by ``key`` and ``tenant_id``, by ``key``, or by ``id_``.

    Use with ``exclusive = ('id_', 'key')``.
    """
    return (f'{prefix}/key/{{key}}/tenant-id/{{tenant_id}}{suffix}', f'{prefix}/key/{{key}}{suffix}',
            f'{prefix}/{{id_}}{suffix}')


class PagesMixin:
    """``pages()`` and ``iterate()`` for a list query with ``first_result``/``max_results``
    (``firstResult``/``maxResults`` query parameters), GET or POST."""

    first_result: Any
    max_results: Any

    def pages(self, page_size: int = 100) -> Iterator[Tuple[Any, ...]]:
        """Send the query page by page (``firstResult``/``maxResults``), lazily.

        Starts at ``first_result`` (or 0) and stops after ``max_results`` items if set, or at
        the first page shorter than ``page_size``. The request itself is not changed.
        """
        if not isinstance(page_size, int) or page_size < 1:
            raise InvalidInput(f'{type(self).__name__}.pages: page_size={page_size!r} must be a '
                               f'positive int')
        start = self.first_result or 0
        remaining = self.max_results
        page_request = copy.copy(self)
        while remaining is None or remaining > 0:
            size = page_size if remaining is None else min(page_size, remaining)
            page_request.first_result, page_request.max_results = start, size
            page = page_request()  # type: ignore[operator]
            if page:
                yield page
            if len(page) < size:
                return
            start += len(page)
            if remaining is not None:
                remaining -= len(page)

    def iterate(self, page_size: int = 100) -> Iterator[Any]:
        """Every match of the query, fetched lazily ``page_size`` at a time."""
        for page in self.pages(page_size):
            yield from page


class PagingMixin(PagesMixin):
    """Sorting and paging parameters of list queries (``sortBy`` is declared per class)."""

    ascending = QueryParameter('sortOrder', mapping={True: 'asc', False: 'desc'},
                               provide=lambda self, obj, obj_type: obj.sort_by is not None)
    first_result = QueryParameter('firstResult')
    max_results = QueryParameter('maxResults')


class VariablesMixin:
    """``add_variable`` for requests whose body carries ``variables``."""

    variables = BodyParameter('variables', factory=dict)

    def add_variable(self, name: str, value: Any, type_: Optional[str] = None,
                     value_info: Optional[Dict[str, Any]] = None) -> None:
        """Add a variable; its Camunda type is inferred from the value unless ``type_`` is given."""
        self.variables[name] = _named(name, value, type_, value_info)


def warn_if_compared_as_text(request: Any, name: str, operator: str, value: Any) -> None:
    """Warn (``UserWarning``) that a GET query's value filter with a value that is no ``str``
    is compared as text by the engine, and name the module's POST ``Query``."""
    if type(value) is str or getattr(request, 'http_method', None) is not RequestMethod.GET:
        return
    module = type(request).__module__
    twin = f'{module}.Query' if hasattr(sys.modules.get(module), 'Query') else 'a POST Query'
    warnings.warn(f'{type(request).__name__}: the engine compares the GET value filter {name} '
                  f'{operator} {value!r} as the string {str(query_prepare(value))!r}, which matches '
                  f'String variables only; use {twin} to compare typed values',
                  UserWarning, stacklevel=4)


class ValueFilterMixin:
    """``add_*_value_filter`` methods for queries that filter by variable values.

    The filters go into the parameter named by ``value_filters`` (declare it with
    ``factory=list, provide=value_is_true``).
    """

    value_filters: ClassVar[str] = 'variables'

    def add_value_filter(self, name: str, operator: str, value: Any) -> None:
        """Keep only matches with a variable ``name`` whose value compares to ``value`` so.

        A GET query sends the value as text and the engine compares it as a string: a value
        that is no ``str`` warns (``UserWarning``) and names the class's POST ``Query`` twin,
        which compares typed values.
        """
        condition = VariableFilter(name, operator, value)
        warn_if_compared_as_text(self, name, operator, value)
        getattr(self, self.value_filters).append(condition)

    def add_equal_value_filter(self, name: str, value: Any) -> None:
        self.add_value_filter(name, 'eq', value)

    def add_not_equal_value_filter(self, name: str, value: Any) -> None:
        self.add_value_filter(name, 'neq', value)

    def add_greater_than_value_filter(self, name: str, value: Any) -> None:
        self.add_value_filter(name, 'gt', value)

    def add_greater_than_equal_value_filter(self, name: str, value: Any) -> None:
        self.add_value_filter(name, 'gteq', value)

    def add_less_than_value_filter(self, name: str, value: Any) -> None:
        self.add_value_filter(name, 'lt', value)

    def add_less_than_equal_value_filter(self, name: str, value: Any) -> None:
        self.add_value_filter(name, 'lteq', value)

    def add_like_value_filter(self, name: str, value: Any) -> None:
        """``value`` may contain the wildcard ``%``."""
        self.add_value_filter(name, 'like', value)


def _passed_on_signature(init: Any, base_init: Any) -> inspect.Signature:
    """The signature of an ``__init__(self, url, *args, own=..., **kwargs)`` that passes
    ``args``/``kwargs`` on to ``base_init``: the base's parameters, then its own keywords."""
    own = inspect.signature(init)
    variadic = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    if not any(p.kind in variadic for p in own.parameters.values()):
        return own
    passed_on = [p for p in inspect.signature(base_init).parameters.values() if p.kind not in variadic]
    names = {p.name for p in passed_on}
    keywords = [p for p in own.parameters.values()
                if p.kind == inspect.Parameter.KEYWORD_ONLY and p.name not in names]
    return own.replace(parameters=passed_on + keywords)


class QueryBodyMixin:
    """Turns a list query into Camunda's POST variant: ``class Query(QueryBodyMixin, GetList)``.

    The filters declared as query parameters go into the JSON body (lists as arrays, booleans
    as JSON booleans), ``sort_by``/``ascending`` become ``sorting``; only ``firstResult`` and
    ``maxResults`` stay in the query string. Body parameters declared on the class are added.
    """

    http_method: ClassVar[RequestMethod] = RequestMethod.POST
    _PAGING: ClassVar[Tuple[str, ...]] = ('firstResult', 'maxResults')
    _SORTING: ClassVar[Tuple[str, ...]] = ('sortBy', 'sortOrder')

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        init = cls.__dict__.get('__init__')
        if init is not None:
            init.__signature__ = _passed_on_signature(init, super(cls, cls).__init__)  # type: ignore[misc]

    def query_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        params = CamundaRequest.query_parameters(self, apply)  # type: ignore[arg-type]
        return {key: value for key, value in params.items() if key in self._PAGING}

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        convert = prepare if apply is ... else apply
        left_out = self._PAGING + self._SORTING
        filters = self._query_plan.collect(self, convert)  # type: ignore[attr-defined]
        body = {key: value for key, value in filters.items() if key not in left_out}
        body.update(CamundaRequest.body_parameters(self, apply))  # type: ignore[arg-type]
        sort_by = getattr(type(self), 'sort_by', None)
        by = sort_by.wire_value(self) if isinstance(sort_by, RequestParameter) else None
        if by is not None:
            order = 'asc' if getattr(self, 'ascending', True) else 'desc'
            body['sorting'] = [{'sortBy': by, 'sortOrder': order}]
        return body


class CountMixin:
    """Turns a list query into its count: ``class Count(CountMixin, GetList)``.

    The filters are the list query's; sorting and paging are not sent, and calling the
    request returns the number of matches.
    """

    sort_by = ascending = first_result = max_results = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:  # an int; Any to fit GetList's
        """Send the query; return the number of matches (an ``int``)."""
        response = CamundaRequest.__call__(self, self.http_method, *args, **kwargs)  # type: ignore[arg-type, attr-defined]
        return int(response.json()['count'])
