"""Runs differential cases against whichever ``pycamunda`` this interpreter imports.

The same file serves both sides: the test imports it and runs the cases against this tree's
pycamunda in its own process; the oracle virtualenv runs it as a script (``python -I runner.py``),
reads one ``{"op": ..., ...}`` JSON command per line on stdin and answers each with a JSON line. Only the
standard library and ``requests`` are used, so it runs unchanged in the published 0.6.1's venv.

Values that are not JSON travel tagged: ``{"$dt": iso}``, ``{"$enum": "module.Class", "member":
name}``, ``{"$tuple": [...]}``, ``{"$file": name, "content": text}``. Results come back in a
normalised rendering (:func:`render`) that keeps what users can observe: list or tuple, dataclass
fields, enum or string, naive or aware datetime, and for errors the exception's MRO names.
"""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import importlib
import io
import json
import sys
import unittest.mock
import urllib.parse
from typing import Any, Callable, Dict, List, Mapping

import requests

ENGINE = 'http://engine.invalid/engine-rest'
#: The error responses each class is called with: HTTP status, ``None`` for one without any.
ERROR_STATUSES = (400, 401, 403, 404, 500, None)
ERROR_JSON = {'type': 'SomeEngineException', 'message': 'the engine says no'}


class PatchedError(Exception):
    """What a patched ``pycamunda.base._raise_for_status`` raises."""


class FakeResponse:
    """What users' tests return from a patched ``Session.request``: a truth value, ``json()``,
    ``text`` and ``content``; ``status_code`` only when given."""

    def __init__(self, ok: bool, payload: Any, status: Any = None) -> None:
        self._ok = ok
        self._payload = payload
        self.text = 'the-text'
        self.content = b'the-content'
        if status is not None:
            self.status_code = status

    def __bool__(self) -> bool:
        return self._ok

    def json(self) -> Any:
        if self._payload is None:
            raise ValueError('no JSON')
        return copy.deepcopy(self._payload)


def decode(value: Any) -> Any:
    """A case's argument, as the Python value it stands for."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    if '$dt' in value:
        return dt.datetime.fromisoformat(value['$dt'])
    if '$enum' in value:
        module, _, name = value['$enum'].rpartition('.')
        return getattr(getattr(importlib.import_module(module), name), value['member'])
    if '$tuple' in value:
        return tuple(decode(item) for item in value['$tuple'])
    if '$file' in value:
        file = io.BytesIO(value['content'].encode())
        file.name = value['$file']
        return file
    return {key: decode(item) for key, item in value.items()}


def render_error(exc: BaseException) -> Dict[str, Any]:
    return {'$raises': [cls.__name__ for cls in type(exc).__mro__]}


def render(value: Any, wire: bool = False) -> Any:
    """A JSON rendering of ``value`` that keeps what a user observes (``wire``: as it goes out,
    where a tuple is a list)."""
    if isinstance(value, enum.Enum):  # an IntEnum or str enum also equals its plain value
        plain = isinstance(value, (int, str))
        return {'$enum': type(value).__name__, 'value': render(value.value, wire), 'plain': plain}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dt.datetime):
        return {'$datetime': value.isoformat()}
    if isinstance(value, dt.date):
        return {'$date': value.isoformat()}
    if isinstance(value, (bytes, bytearray)):
        return {'$bytes': bytes(value).decode('latin-1')}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {}
        for field in dataclasses.fields(value):
            try:
                fields[field.name] = render(getattr(value, field.name), wire)
            except Exception as exc:  # a lazily converted field that fails
                fields[field.name] = render_error(exc)
        return {'$dataclass': type(value).__name__, 'fields': fields}
    if isinstance(value, Mapping):
        items = {str(key): render(item, wire) for key, item in value.items()}
        if all(isinstance(key, str) and not key.startswith('$') for key in value):
            return items
        return {'$dict': items}
    if isinstance(value, list) or (wire and isinstance(value, tuple)):
        return [render(item, wire) for item in value]
    if isinstance(value, tuple):
        return {'$tuple': [render(item, wire) for item in value]}
    if isinstance(value, io.IOBase):
        content = value.getvalue() if isinstance(value, io.BytesIO) else None
        return {'$file': getattr(value, 'name', None), 'content': render(content)}
    return {'$object': type(value).__name__}


def wire_query(params: Any) -> Any:
    """Query parameters as requests puts them in the URL: sorted ``[key, value]`` pairs (a list
    value repeats its key, an empty list and ``None`` are left out)."""
    if not params:
        return []
    encoded = requests.models.RequestEncodingMixin._encode_params(params)
    if not isinstance(encoded, str):
        return render(encoded, wire=True)
    return sorted([key, value] for key, value in urllib.parse.parse_qsl(encoded, keep_blank_values=True))


def attempt(function: Callable[[], Any], wire: bool = False) -> Any:
    try:
        return render(function(), wire)
    except Exception as exc:
        return render_error(exc)


class Recorder:
    """Replaces ``requests.Session.request``: records each call, answers with ``response``."""

    def __init__(self, response: FakeResponse) -> None:
        self.response = response
        self.calls: List[Any] = []

    def __call__(self, session: Any, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        sent = dict(zip(('params', 'data', 'headers', 'cookies', 'files'), args))
        sent.update(kwargs)
        self.calls.append({'method': method.upper(), 'url': url,
                           'params': attempt(lambda: wire_query(sent.get('params'))),
                           **{key: render(sent.get(key), wire=True) for key in ('json', 'data', 'files')}})
        return self.response


def call(request: Any, response: FakeResponse, raise_for_status: Any = None) -> Dict[str, Any]:
    """Call ``request`` with ``Session.request`` answering ``response``: what was sent and what
    the call returned or raised."""
    recorder = Recorder(response)

    def request_(session: Any, *args: Any, **kwargs: Any) -> Any:  # a function: binds as a method
        return recorder(session, *args, **kwargs)

    patches = [unittest.mock.patch.object(requests.Session, 'request', request_)]
    if raise_for_status is not None:
        patches.append(unittest.mock.patch('pycamunda.base._raise_for_status', raise_for_status))
    try:
        for patch in patches:
            patch.start()
    except Exception as exc:  # the function to patch is missing
        for patch in reversed(patches):
            try:
                patch.stop()
            except RuntimeError:
                pass
        return {'sent': [], 'returned': render_error(exc)}
    try:
        returned = attempt(request)
    finally:
        for patch in reversed(patches):
            patch.stop()
    return {'sent': recorder.calls, 'returned': returned}


def _raise_patched(response: Any) -> None:
    raise PatchedError('patched')


def _return_patched(response: Any) -> None:
    return None


def build(case: Mapping[str, Any]) -> Any:
    cls = getattr(importlib.import_module(case['module']), case['cls'])
    request = cls(**decode(case['args']))
    for method, arguments in case.get('methods', ()):
        getattr(request, method)(**decode(arguments))
    return request


def run_request(case: Mapping[str, Any]) -> Dict[str, Any]:
    """Every aspect of one request case."""
    try:
        request = build(case)
    except Exception as exc:
        return {'init': render_error(exc)}
    result = {
        'url': attempt(lambda: request.url),
        'query': attempt(lambda: wire_query(request.query_parameters())),
        'body': attempt(request.body_parameters, wire=True),
        'files': attempt(lambda: request.files, wire=True),
        'call': call(request, FakeResponse(True, case.get('answer'))),
    }
    if case.get('errors'):
        for status in ERROR_STATUSES:
            result[f'error-{status or "bare"}'] = call(
                request, FakeResponse(False, ERROR_JSON, status))['returned']
        failing = FakeResponse(False, case.get('answer'), 400)
        result['patched-raise'] = call(request, failing, _raise_patched)['returned']
        result['patched-return'] = call(request, failing, _return_patched)['returned']
    return result


def run_load(case: Mapping[str, Any]) -> Dict[str, Any]:
    cls = getattr(importlib.import_module(case['module']), case['cls'])
    return {'load': attempt(lambda: cls.load(copy.deepcopy(case['data'])))}


def describe(modules: List[str]) -> Dict[str, Any]:
    """What generated inputs need from this pycamunda: each request parameter's value mapping
    (``sort_by`` keys and the like) and each enum's values."""
    mappings: Dict[str, Any] = {}
    enums: Dict[str, Any] = {}
    for name in modules:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                enums[f'{name}.{attribute}'] = [(m.name, m.value) for m in value]
            if not isinstance(value, type) or value.__module__ != name:
                continue
            for klass in reversed(value.__mro__):
                for key, descriptor in vars(klass).items():
                    mapping = getattr(descriptor, 'mapping', None)
                    if isinstance(mapping, dict) and all(isinstance(k, str) for k in mapping):
                        mappings[f'{name}.{attribute}.{key}'] = sorted(mapping)
    return {'mappings': mappings, 'enums': enums}


def run(cases: List[Mapping[str, Any]]) -> List[Dict[str, Any]]:
    """The results of ``cases``, in order."""
    results = []
    for case in cases:
        runner = run_load if case['kind'] == 'load' else run_request
        try:
            results.append(runner(case))
        except Exception as exc:  # a failure of the harness itself, reported per case
            results.append({'harness': render_error(exc)})
    return results


def identity() -> Dict[str, Any]:
    import pycamunda
    try:
        from importlib.metadata import version
        found = version('pycamunda')
    except Exception:
        found = None
    return {'module': pycamunda.__file__, 'version': found}


def main() -> None:
    """Answer each command line on stdin with a line on stdout, until stdin ends."""
    for line in sys.stdin:
        command = json.loads(line)
        if command['op'] == 'describe':
            answer: Any = describe(command['modules'])
        elif command['op'] == 'identity':
            answer = identity()
        else:
            answer = run(command['cases'])
        sys.stdout.write(json.dumps(answer) + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
