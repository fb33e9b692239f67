"""Sending requests, mapping errors, and converting dates and values.

:class:`CamundaRequest.__call__` is the only code in pycamunda that touches the network:
authentication, sessions, timeouts, logging and error mapping all happen there.
"""
from __future__ import annotations

import copy
import datetime as dt
import enum
import http.cookiejar
import inspect
import json
import logging
import os
import re
import sys
import threading
import time
import typing
import urllib.parse
import warnings
from typing import Any, ClassVar, Dict, Generic, Iterator, Optional, Set, Tuple, TypeVar, Union

import dateutil.parser
import requests
import requests.adapters
import requests.utils

import pycamunda
from pycamunda import releases
from pycamunda.request import (
    BodyParameter,
    InvalidInput,
    QueryParameter,
    Request,
    RequestParameter,
    redact_values,
)
from pycamunda.request import redact as redact  # where URLs are shown
from pycamunda.request import value_is_true as value_is_true  # the resource modules take it from here

__all__ = ['isoformat', 'from_isoformat']

logger = logging.getLogger('pycamunda')
logger.addHandler(logging.NullHandler())

Timeout = Union[float, Tuple[float, float], None]

#: The (connect, read) timeout in seconds of every request that sets none of its own.
DEFAULT_TIMEOUT: Tuple[float, float] = (10.0, 60.0)


class RequestMethod(enum.Enum):
    GET = 'GET'
    POST = 'POST'
    PUT = 'PUT'
    PATCH = 'PATCH'
    DELETE = 'DELETE'
    OPTIONS = 'OPTIONS'
    HEAD = 'HEAD'


# --------------------------------------------------------------------------- dates

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


# --------------------------------------------------------------------------- values

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

_OPERATORS = 'eq|neq|gt|gteq|lt|lteq|like|notLike'
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


def _json_safe(request: Request, body: Dict[str, Any]) -> None:
    for key, value in body.items():
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise InvalidInput(f'{type(request).__name__}: {key}={value!r} cannot be sent as '
                               f'JSON ({exc})') from None


# --------------------------------------------------------------------------- transport

class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


class _Pool:
    """Keep-alive connections shared by every request that has no ``session`` of its own.

    Each thread gets its own ``requests.Session`` (sessions are not thread-safe), all of
    them mounted on one adapter, so the connections are pooled across threads. Cookies are
    refused and no credentials are stored: nothing leaks from one call to the next.

    What requests takes from the environment (``HTTP(S)_PROXY``/``NO_PROXY``, the CA bundle
    of ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE``, ``~/.netrc`` credentials) is read once per
    engine URL and then passed with each call, instead of re-reading all of ``os.environ``
    and the netrc file on every request as a plain session does. ``configure()`` reads it
    again.
    """

    def __init__(self) -> None:
        self._local = threading.local()
        self._lock = threading.Lock()
        self.adapter = self._make_adapter(retries=0)
        self._environment: Dict[str, Dict[str, Any]] = {}

    @staticmethod
    def _make_adapter(retries: int) -> requests.adapters.HTTPAdapter:
        from urllib3.util.retry import Retry

        if not retries:  # requests' own default: no retries, read errors raised as they are
            return requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=32,
                                                 max_retries=Retry(0, read=False))
        retry = Retry(total=retries, connect=retries, read=False, status=retries,
                      allowed_methods=frozenset({'GET', 'HEAD', 'OPTIONS'}),
                      status_forcelist=(502, 503, 504), backoff_factor=0.2,
                      raise_on_status=False, respect_retry_after_header=True)
        return requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=32,
                                             max_retries=retry)

    def configure(self, retries: Optional[int]) -> None:
        """Read the environment again; with ``retries``, retry idempotent reads (GET, HEAD,
        OPTIONS) on connection errors and 502/503/504."""
        with self._lock:
            self._environment = {}
            if retries is not None:
                self.adapter = self._make_adapter(retries)
                self._local = threading.local()

    def environment(self, url: str) -> Dict[str, Any]:
        """The ``proxies``, ``verify`` and netrc ``auth`` the environment gives for ``url``."""
        found = self._environment.get(url)
        if found is None:
            found = {}
            proxies = requests.utils.get_environ_proxies(url)
            if proxies:
                found['proxies'] = proxies
            bundle = os.environ.get('REQUESTS_CA_BUNDLE') or os.environ.get('CURL_CA_BUNDLE')
            if bundle:
                found['verify'] = bundle
            netrc = requests.utils.get_netrc_auth(url)
            if netrc:
                found['auth'] = netrc
            self._environment[url] = found
        return found

    def session(self) -> requests.Session:
        session = getattr(self._local, 'session', None)
        if session is None:
            session = requests.Session()
            session.cookies.set_policy(_NoCookies())
            session.trust_env = False  # the environment comes from environment()
            session.mount('http://', self.adapter)
            session.mount('https://', self.adapter)
            self._local.session = session
        return session


pool = _Pool()


def configure(timeout: Timeout = None, retries: Optional[int] = None) -> None:
    """Set package-wide defaults: the (connect, read) ``timeout`` and idempotent ``retries``.

    Every call also makes requests without a ``session`` read the environment again (proxies,
    CA bundle, netrc), e.g. after ``os.environ`` changed.
    """
    global DEFAULT_TIMEOUT
    if timeout is not None:
        DEFAULT_TIMEOUT = timeout if isinstance(timeout, tuple) else (timeout, timeout)
    pool.configure(retries)


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


_ERRORS = {400: pycamunda.BadRequest, 401: pycamunda.Unauthorized, 403: pycamunda.Forbidden,
           404: pycamunda.NotFound}
#: The engine's exception types (``type`` of a 5xx answer) that raise a class of their own.
ENGINE_ERRORS: Dict[str, type] = {
    cls.__name__: cls for cls in (pycamunda.ProcessEngineException,
                                  pycamunda.OptimisticLockingException,
                                  pycamunda.TaskAlreadyClaimedException,
                                  pycamunda.NullValueException)}
_TAG = re.compile(r'<[^>]*>')
_NOT_REST_ROOT = "not found; is the URL the engine's REST root (e.g. http://localhost:8080/engine-rest)?"


def _error_for(response: requests.Response, method: str, url: str,
               note: str = '') -> pycamunda.PyCamundaException:
    """The exception for an HTTP error answer, with what Camunda said about it (and ``note``).

    Tolerates stand-ins of a response (tests' fakes) that lack ``status_code``, ``text`` or
    ``reason``, or whose ``json()`` fails.
    """
    status = getattr(response, 'status_code', None)
    try:
        data = response.json()
    except Exception:  # not JSON, or a fake without json()
        data = None
    if not isinstance(data, dict):
        text = str(getattr(response, 'text', None) or '').strip()
        if text[:1] == '<':  # an HTML page: a web server or servlet container, not engine-rest
            text = _NOT_REST_ROOT if status == 404 else ' '.join(_TAG.sub(' ', text).split())[:200]
        data = {'message': text[:500] or getattr(response, 'reason', None)}
    type_, message = data.get('type'), data.get('message')
    if not isinstance(status, int):
        cls: type = pycamunda.NoSuccess
    elif status >= 500:
        cls = ENGINE_ERRORS.get(type_, pycamunda.InternalServerError)  # type: ignore[arg-type]
    else:
        cls = _ERRORS.get(status, pycamunda.NoSuccess)
    details = {k: v for k, v in data.items() if k not in ('type', 'message', 'code', 'details')}
    if isinstance(data.get('details'), dict):  # e.g. a deployment's parse errors, by resource
        details.update(data['details'])
    text = f'{method} {url} answered {status}'
    text += f' ({type_}): {message}' if type_ else f': {message}'
    text += note
    return cls(text, status_code=status, type_=type_, message=message, code=data.get('code'),
               method=method, url=url, response=response, details=details)


def _newer_than_engine(cls: type, verb: str, url: str) -> str:
    """For a 404/405 answer: a note naming the release that added the operation, if it is one
    newer than the oldest supported release (an older engine does not have it)."""
    path = url.split('?', 1)[0]
    for method, template in cls.endpoints():  # type: ignore[attr-defined]
        added = releases.since(method, template)
        pattern = '[^/]+'.join(re.escape(part) for part in template.split('{}')) + '$'
        if added and method == verb and re.search(pattern, path):
            return f' ({method} {template} exists since Camunda {added})'
    return ''


_UNKNOWN_HOST = ('NameResolutionError', 'Name or service not known', 'nodename nor servname',
                 'getaddrinfo failed', 'Temporary failure in name resolution',
                 'No address associated with hostname')


def _connection_failure(exc: requests.exceptions.ConnectionError) -> str:
    """What went wrong connecting, in words: TLS, an unknown host, a refused connection."""
    if isinstance(exc, requests.exceptions.SSLError):
        return 'TLS failure (certificate or protocol; see verify= and the CA bundle)'
    text = str(exc)
    if any(sign in text for sign in _UNKNOWN_HOST):
        return 'unknown host (the name does not resolve)'
    if 'refused' in text:
        return 'connection refused (nothing listens at that host and port)'
    return 'cannot connect'


def _shown(url: str, params: Optional[Dict[str, Any]]) -> str:
    """The URL with its query string as a log shows it: no credentials, no secrets."""
    if not params:
        return redact(url)
    return f'{redact(url)}?{urllib.parse.urlencode(redact_values(params))}'


def _shown_body(send: Dict[str, Any]) -> str:
    body = send.get('json', send.get('data'))
    if body is None:
        return ''
    shown = json.dumps(redact_values(body), default=repr)
    return f'; body {shown[:2000]}' + (' ...' if len(shown) > 2000 else '')


class _Sending(threading.local):
    """The call whose error answer ``_raise_for_status`` is turning into an exception."""

    call: Optional[Tuple[str, str, str]] = None  # method, URL, a note for the message


_sending = _Sending()


def _raise_for_status(response: requests.Response) -> None:
    """Raise the exception for an answer that is not a success (``not response``).

    Every request class sends its error answers here, looking the function up on this module
    at call time: tests may patch ``pycamunda.base._raise_for_status``; if the patch returns,
    the call goes on with the response.
    """
    call = _sending.call
    if call is None:  # called directly: take what the response knows about its request
        request = getattr(response, 'request', None)
        url = str(getattr(request, 'url', None) or getattr(response, 'url', None) or '')
        call = (str(getattr(request, 'method', None) or ''), redact(url.partition('?')[0]), '')
    raise _error_for(response, *call)


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
        return self.timeout if self.timeout is not None else DEFAULT_TIMEOUT

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


# --------------------------------------------------------------------------- shared parameters

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


# --------------------------------------------------------------------------- typed variables

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


class VariablesMixin:
    """``add_variable`` for requests whose body carries ``variables``."""

    variables = BodyParameter('variables', factory=dict)

    def add_variable(self, name: str, value: Any, type_: Optional[str] = None,
                     value_info: Optional[Dict[str, Any]] = None) -> None:
        """Add a variable; its Camunda type is inferred from the value unless ``type_`` is given."""
        self.variables[name] = _named(name, value, type_, value_info)


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
