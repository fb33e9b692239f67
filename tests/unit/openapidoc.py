"""Camunda's OpenAPI document of the REST API, and what pycamunda's request classes send to it.

The document is ``openapi.json`` in ``org.camunda.bpm:camunda-engine-rest-openapi`` of the
engine version under test (``camunda.version`` of ``tests/engine/app/pom.xml``), fetched from
Maven Central once into ``tests/engine/app/target/openapi`` (git-ignored, like the engine build).

:func:`sent_requests` builds every request class with every parameter set, once per endpoint
variant (by id, by key, by key and tenant, each selector of a bulk endpoint), calls every
``add_*`` builder, and records what reaches ``requests.Session.request``.
"""
from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import enum
import inspect
import itertools
import json
import re
import shutil
import subprocess
import typing
import unittest.mock
import urllib.parse
import warnings
import zipfile
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import requests

import pycamunda.base
import pycamunda.task
from pycamunda.base import CamundaRequest
from pycamunda.request import InvalidInput, RequestParameter, value_is_true

from unit.fakehttp import URL
from unit.test_inventory import request_classes

APP = Path(__file__).resolve().parents[1] / 'engine' / 'app'
CACHE = APP / 'target' / 'openapi'
ARTIFACT = 'org.camunda.bpm:camunda-engine-rest-openapi'


def engine_version() -> str:
    match = re.search(r'<camunda.version>([^<]+)<', (APP / 'pom.xml').read_text())
    assert match, 'camunda.version is not set in tests/engine/app/pom.xml'
    return match.group(1)


def document(version: Optional[str] = None) -> Dict[str, Any]:
    """The OpenAPI document of the engine version under test, fetched by Maven if not cached."""
    version = version or engine_version()
    jar = CACHE / f'camunda-engine-rest-openapi-{version}.jar'
    if not jar.exists():
        mvn = shutil.which('mvn')
        assert mvn, 'Maven (mvn) is needed to fetch the OpenAPI document: apt-get install maven'
        CACHE.mkdir(parents=True, exist_ok=True)  # (outside the engine app: no pom.xml there)
        subprocess.run([mvn, '-q', '-B', 'dependency:copy', f'-Dartifact={ARTIFACT}:{version}:jar',
                        f'-DoutputDirectory={CACHE}'], check=True, cwd=CACHE)
    with zipfile.ZipFile(jar) as archive:
        return json.loads(archive.read('openapi.json'))


# --------------------------------------------------------------------------- the document

class Document:
    """Operations by (method, path template), schemas resolved through ``$ref`` and ``allOf``."""

    def __init__(self, data: Dict[str, Any]) -> None:
        self.data = data
        self.operations: Dict[Tuple[str, str], Dict[str, Any]] = {}
        patterns = []
        for path, item in data['paths'].items():
            for method, operation in item.items():
                self.operations[(method.upper(), path)] = operation
            literal = sum(1 for part in path.split('/') if part and '{' not in part)
            regex = re.compile('^' + re.sub(r'{[^}]+}', '[^/]+', re.escape(path).replace(
                r'\{', '{').replace(r'\}', '}')) + '$')
            patterns.append((-literal, path, regex))
        self._patterns = sorted(patterns)

    def match(self, method: str, path: str) -> Optional[Tuple[str, str]]:
        """The operation a request to ``path`` (without the REST root) is sent to."""
        for _, template, regex in self._patterns:
            if regex.match(path) and (method, template) in self.operations:
                return method, template
        return None

    def resolve(self, schema: Dict[str, Any]) -> Dict[str, Any]:
        """``schema`` with ``$ref`` followed and ``allOf`` merged."""
        while '$ref' in schema:
            name = schema['$ref'].rsplit('/', 1)[1]
            schema = self.data['components']['schemas'][name]
        if 'allOf' in schema:
            merged: Dict[str, Any] = {'type': 'object', 'properties': {}}
            for part in schema['allOf']:
                part = self.resolve(part)
                merged['properties'].update(part.get('properties', {}))
                for key in ('additionalProperties', 'enum', 'format'):
                    if key in part:
                        merged[key] = part[key]
            merged['properties'].update(schema.get('properties', {}))
            return merged
        return schema

    def query_parameters(self, operation: Tuple[str, str]) -> Dict[str, Dict[str, Any]]:
        return {p['name']: p.get('schema', {}) for p in self.operations[operation].get('parameters', ())
                if p.get('in') == 'query'}

    def body_schema(self, operation: Tuple[str, str]) -> Tuple[Optional[str], Dict[str, Any]]:
        """The media type and the resolved schema of the request body (``None``: no body)."""
        content = self.operations[operation].get('requestBody', {}).get('content', {})
        for media, spec in content.items():
            return media, self.resolve(spec.get('schema', {}))
        return None, {}


# --------------------------------------------------------------------------- building requests

DATE = dt.datetime(2024, 5, 17, 10, 30, tzinfo=dt.timezone.utc)
#: Values for parameters whose type does not say enough.
BY_NAME: Dict[str, Any] = {
    'or_queries': [{'tenantIdIn': ['tenant-1']}],
    'deserialize_value': True, 'deserialize_values': True,
    'file': b'<definitions/>', 'data': b'content', 'content': b'content',
}

#: Arguments of ``add_*`` builders left at (or set to) what infers the rest.
BUILDER_DEFAULTS: Dict[str, Any] = {'operator': 'eq', 'type_': None, 'value_info': None,
                                    'local': None}
#: Values for parameters whose type does not say which values Camunda accepts.
BY_CLASS: Dict[Tuple[str, str], Any] = {
    ('pycamunda.eventsubscription', 'event_type'): 'message',
    ('pycamunda.metrics', 'name'): 'process-instances',
    ('pycamunda.execution', 'sorting'): [{'sortBy': 'instanceId', 'sortOrder': 'asc'}],
    ('pycamunda.processinst', 'sorting'): [{'sortBy': 'businessKey', 'sortOrder': 'asc'}],
    ('pycamunda.group', 'sorting'): [{'sortBy': 'name', 'sortOrder': 'asc'}],
    ('pycamunda.variable', 'sorting'): [{'sortBy': 'variableName', 'sortOrder': 'asc'}],
    ('pycamunda.schemalog', 'sorting'): [{'sortBy': 'timestamp', 'sortOrder': 'asc'}],
}

#: Further variants, for classes whose constructor takes all of these parameters.
EXTRA_VARIANTS: List[Dict[str, Any]] = [
    {'value': b'bytes', 'type_': 'Bytes'},  # a variable uploaded to .../data
]


def _is_optional(hint: Any) -> bool:
    return typing.get_origin(hint) is typing.Union and type(None) in typing.get_args(hint)


#: Filters in the GET form, ``name_operator_value`` and ``operator_date``.
GET_FORM = {'variables': ['var1_eq_value-1', 'var2_gteq_3'],
            'dates': ['gt_2024-05-17T10:30:00.000+0000', 'lt_2024-06-17T10:30:00.000+0000'],
            'times': ['gt_2024-05-17T10:30:00.000+0000', 'lt_2024-06-17T10:30:00.000+0000']}


def sample(hint: Any, name: str = '', flag: bool = True) -> Any:
    """A value of type ``hint`` (a type annotation); booleans are ``flag``."""
    if name in BY_NAME:
        return BY_NAME[name]
    if name.endswith('_query') and 'str' in str(hint):  # a nested query: one of its filters
        return {'tenantIdIn': ['tenant-1']}
    kind = name.rsplit('_', 1)[-1]
    if kind in GET_FORM and re.search(r'(Iterable|Sequence|List)\[(str\]|.*VariableFilter)', str(hint)):
        return list(GET_FORM[kind])
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
        return sample(enums[0] if enums else args[0], name, flag)
    if hint in (str, Any) or hint is None or hint is inspect.Parameter.empty:
        return f'{name or "value"}-1'
    if hint is bool:
        return flag
    if hint is int:
        return 3
    if hint is float:
        return 1.5
    if hint is bytes:
        return b'bytes'
    if hint in (dt.datetime, dt.date):
        return DATE
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if origin in (list, tuple, set, frozenset, collections.abc.Iterable, collections.abc.Sequence):
        (item, *_) = typing.get_args(hint) or (str,)
        if typing.get_origin(item) in (dict, collections.abc.Mapping):
            return []  # a list of objects Camunda defines: left to the builders
        return [sample(item, name), sample(item, name + '2')] if item is not Any else ['a', 'b']
    if origin in (dict, collections.abc.Mapping):
        return {'var1': 'value-1'}
    return f'{name or "value"}-1'


def _hints(function: Any) -> Dict[str, Any]:
    """The annotations of ``function``, each resolved on its own (one that does not resolve,
    e.g. a name imported only for type checkers, is left out)."""
    function = inspect.unwrap(function)
    namespace = dict(vars(typing), **getattr(function, '__globals__', {}))
    hints = {}
    for name, hint in getattr(function, '__annotations__', {}).items():
        try:
            hints[name] = eval(hint, namespace) if isinstance(hint, str) else hint  # noqa: S307
        except Exception:  # noqa: BLE001
            pass
    return hints


def _init_hints(cls: type) -> Dict[str, Any]:
    """The constructor annotations of ``cls`` and of the classes it passes arguments on to."""
    hints: Dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if '__init__' in vars(klass):
            hints.update(_hints(vars(klass)['__init__']))
    return hints


def _descriptor_value(cls: type, param: RequestParameter, hints: Dict[str, Any], flag: bool) -> Any:
    if (cls.__module__, param.name) in BY_CLASS:
        return BY_CLASS[cls.__module__, param.name]
    if param.name == 'sorting':  # by a key of the query's sort_by
        key = _sort_key(cls, wire=True)
        return None if key is None else [{'sortBy': key, 'sortOrder': 'desc'}]
    if param.mapping is not None:
        return next(iter(param.mapping))
    if param.name in BY_NAME:
        return BY_NAME[param.name]
    hint = hints.get(param.name)
    if hint is None and param.factory is not None:
        made = param.factory()
        return made if made != [] and made != {} else None  # filled by the builders
    if hint is None and param.provide is value_is_true:
        return flag
    value = sample(hint, param.name, flag)
    if param.validate is not None and not param.validate(value):
        for candidate in (3, True, 'value-1', ['a'], {'var1': 'value-1'}):
            if param.validate(candidate):
                return candidate
    return value


def _call_builders(request: CamundaRequest, cls: type, init_hints: Dict[str, Any],
                   choice: int = 0) -> int:
    """Call every builder with every argument. Where a builder refuses arguments together
    (naming them), keep the ``choice``-th of those named; return how many there were."""
    alternatives = 1
    for name in sorted(dir(cls)):
        if not name.startswith('add_') or not callable(getattr(cls, name)):
            continue
        method = getattr(request, name)
        hints = _hints(method)
        kwargs = {}
        for pname, p in inspect.signature(method).parameters.items():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            hint = hints.get(pname)
            if hint is None or hint is Any or 'Given' in str(hint):  # the query's (a filter's: task's)
                hint = init_hints.get(pname) or _init_hints(pycamunda.task.GetList).get(pname, str)
            if pname == 'sort_by':
                kwargs[pname] = _sort_key(cls)
            elif pname in BUILDER_DEFAULTS:
                kwargs[pname] = BUILDER_DEFAULTS[pname]
            else:
                kwargs[pname] = sample(hint, pname)
        defaults = {p for p, v in inspect.signature(method).parameters.items()
                    if v.default is not inspect.Parameter.empty}
        try:
            method(**kwargs)
        except InvalidInput as exc:
            named = _named_in(exc, [p for p in kwargs if p in defaults])
            if len(named) < 2:
                raise AssertionError(f'{cls.__module__}.{cls.__qualname__}.{name}(**{kwargs!r}): '
                                     f'{exc}') from None
            alternatives = max(alternatives, len(named))
            keep = named[choice % len(named)]
            method(**{p: v for p, v in kwargs.items() if p == keep or p not in named})
    return alternatives


def _sort_key(cls: type, wire: bool = False) -> Optional[str]:
    for klass in cls.__mro__:  # a count drops sort_by; its list query declares the keys
        descriptor = vars(klass).get('sort_by')
        if isinstance(descriptor, RequestParameter) and descriptor.mapping:
            return next(iter(descriptor.mapping.values() if wire else descriptor.mapping))
    return None


@dataclasses.dataclass
class Sent:
    """One request as it reached ``Session.request``."""

    cls: type
    method: str
    path: str
    params: Dict[str, Any]
    json: Any
    data: Dict[str, Any]
    files: Dict[str, Any]

    @property
    def name(self) -> str:
        return f'{self.cls.__module__}.{self.cls.__qualname__}'


class _Captured(Exception):
    pass


def _variants(cls: type) -> Iterator[Dict[str, Any]]:
    """Which of the alternative path or selector parameters to leave unset, per variant."""
    templates = (cls.path,) if isinstance(cls.path, str) else cls.path
    placeholders = [set(re.findall(r'{(\w+)}', t)) for t in templates]
    groups = [(g,) if isinstance(g, str) else tuple(g)
              for g in (getattr(cls, 'selections', ()) or cls.exclusive)]
    key_options = set(getattr(cls, 'key_options', ())) if getattr(cls, 'selections', ()) else set()
    every = set().union(*placeholders, *groups)
    for names in placeholders:
        for chosen in groups or [()]:
            keep = names | set(chosen)
            if any(c in every - names and any(c in other for other in placeholders) for c in chosen):
                continue  # that choice selects another template
            if groups and (names & set().union(*groups)) - set(chosen):
                continue  # the template's own parameter is the choice
            unset = every - keep
            if 'process_definition_key' not in chosen:
                unset |= key_options
            yield {name: None for name in unset}


def build(cls: type, unset: Dict[str, Any], flag: bool = True, off: Tuple[str, ...] = (),
          builders: bool = True, overrides: Optional[Dict[str, Any]] = None, choice: int = 0
          ) -> Tuple[CamundaRequest, int]:
    """An instance of ``cls`` with every parameter set except ``unset`` (booleans to ``flag``,
    those in ``off`` to ``False``). With ``builders``, also the parameters the constructor does not
    take, and every ``add_*`` builder called (see :func:`_call_builders` for ``choice`` and the
    number returned); without, the constructor's parameters only."""
    signature = inspect.signature(cls)
    init_hints = _init_hints(cls)
    kwargs: Dict[str, Any] = {}
    for name, p in signature.parameters.items():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) or name == 'url':
            continue
        descriptor = getattr(cls, name, None)
        if isinstance(descriptor, RequestParameter):
            kwargs[name] = _descriptor_value(cls, descriptor, init_hints, flag)
        else:
            kwargs[name] = sample(init_hints.get(name, p.annotation), name, flag)
    kwargs.update({k: v for k, v in unset.items() if k in signature.parameters})
    kwargs.update(dict.fromkeys(off, False))
    kwargs.update(overrides or {})
    alternatives = 1
    while True:  # parameters refused together (naming them): keep the choice-th of those named
        try:
            request = cls(URL, **kwargs)
            break
        except InvalidInput as exc:
            named = _named_in(exc, [n for n, v in kwargs.items() if v not in (None, False)])
            if len(named) < 2:
                raise
            alternatives = max(alternatives, len(named))
            for name in named:
                if name != named[choice % len(named)]:
                    kwargs[name] = signature.parameters[name].default
    params = [p for p in cls._query_params + cls._path_params + cls._body_params]
    params += [p for c in cls._containers for p in c.parameters]
    for param in params if builders else ():
        if param.name in unset or getattr(request, param.name, None) not in (None, [], {}):
            continue
        if isinstance(getattr(cls, param.name, None), RequestParameter):
            value = _descriptor_value(cls, param, init_hints, flag)
            if value is not None:
                setattr(request, param.name, value)
    if builders:
        alternatives = max(alternatives, _call_builders(request, cls, init_hints, choice))
    for name, value in unset.items():
        if getattr(request, name, None) is not None:
            setattr(request, name, value)
    return request, alternatives


def send(request: CamundaRequest) -> Sent:
    """What ``request`` sends, captured at ``Session.request``."""
    seen: List[Dict[str, Any]] = []

    def record(session: Any, method: str, url: str, **kwargs: Any) -> None:
        seen.append(dict(kwargs, method=method, url=url))
        raise _Captured

    with unittest.mock.patch.object(requests.Session, 'request', autospec=True, side_effect=record):
        try:
            request()
        except _Captured:
            pass
    assert seen, f'{type(request).__qualname__} sent nothing'
    call = seen[0]
    path = urllib.parse.urlsplit(call['url']).path
    assert path.startswith(urllib.parse.urlsplit(URL).path)
    path = path[len(urllib.parse.urlsplit(URL).path):]
    files = call.get('files') or {}
    return Sent(type(request), call['method'], path, dict(call.get('params') or {}),
                call.get('json'), dict(call.get('data') or {}), dict(files))


def _named_in(exc: Exception, names: List[str]) -> List[str]:
    """Those of ``names`` that an error message names."""
    return [n for n in names if re.search(rf'(?<![\w.]){re.escape(n)}(?![\w(])', str(exc))]


def _send_one_of(request: CamundaRequest, choice: int) -> Sent:
    """Send; where the request refuses parameters together before sending (naming them), unset
    all but the ``choice``-th of those named."""
    while True:
        try:
            return send(request)
        except InvalidInput as exc:
            settable = [p.name for p in type(request)._query_params + type(request)._body_params]
            named = _named_in(exc, [n for n in settable if getattr(request, n, None) not in (None, False)])
            if len(named) < 2:
                raise
            for name in named:
                if name != named[choice % len(named)]:
                    setattr(request, name, None)


def _switches(cls: type) -> List[str]:
    """Boolean constructor parameters that are not sent but choose the endpoint (``async_``)."""
    hints = _init_hints(cls)
    return [name for name in inspect.signature(cls).parameters
            if hints.get(name) is bool and not isinstance(getattr(cls, name, None), RequestParameter)]


def sent_requests() -> Iterator[Sent]:
    """Every request class, every variant, with every parameter set."""
    for cls in request_classes():
        done = set()
        switches = [(name,) for name in _switches(cls)]
        parameters = inspect.signature(cls).parameters
        options: List[Tuple[bool, Tuple[str, ...], bool, Dict[str, Any], int]] = [
            (True, (), True, {}, 0), (False, (), True, {}, 0), (True, (), False, {}, 0)]
        options += [(True, s, b, {}, 0) for s in switches for b in (True, False)]
        options += [(True, (), True, o, 0) for o in EXTRA_VARIANTS if set(o) <= set(parameters)]
        variants = list(itertools.product(_variants(cls), options))
        for unset, (flag, off, builders, overrides, choice) in variants:
            try:
                with warnings.catch_warnings():  # parameters the engine ignores warn
                    warnings.simplefilter('ignore', UserWarning)
                    request, alternatives = build(cls, unset, flag, off, builders, overrides, choice)
            except InvalidInput as exc:
                raise AssertionError(f'{cls.__module__}.{cls.__qualname__} {unset}: {exc}') from None
            if choice == 0 and alternatives > 1:  # builder arguments refused together: each alone
                variants += [(unset, (flag, off, builders, overrides, k)) for k in range(1, alternatives)]
            for binary in ((False, True) if isinstance(request, pycamunda.base.DataMixin) else (False,)):
                request.binary = binary  # type: ignore[attr-defined]
                try:
                    sent = _send_one_of(request, choice)
                except InvalidInput:
                    if builders:
                        raise
                    continue  # needs what a builder adds
                key = (sent.method, sent.path, tuple(sorted(sent.params)),
                       json.dumps(sent.json, sort_keys=True))
                if key not in done:
                    done.add(key)
                    yield sent
