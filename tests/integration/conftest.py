"""Integration tests: they talk to a real Camunda 7 engine.

The engine is the one answering at ``$CAMUNDA_URL``; when none answers, the local test engine
(``tests/engine``) is built if needed, started for the session with an empty database, and
stopped afterwards. Setup and clean-up use plain ``requests`` (the ``camunda`` fixture), so a
test depends only on the request classes it exercises.
"""
from __future__ import annotations

import collections
import csv
import functools
import os
import re
import string
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest
import requests

import pycamunda.base
import pycamunda.releases

from engine import DEFAULT_PORT, DEFAULT_VERSION, Engine, answers

FIXTURES = Path(__file__).resolve().parents[1] / 'engine' / 'fixtures'
DEFAULT_URL = f'http://127.0.0.1:{DEFAULT_PORT}/engine-rest'
AUTH_PORT = DEFAULT_PORT + 1
#: the Camunda release of the engines started here when none answers at the URLs
ENGINE_VERSION = os.environ.get('CAMUNDA_VERSION', DEFAULT_VERSION)

#: request classes that reached the engine during this run: qualified name -> calls
EXERCISED: Dict[str, int] = collections.Counter()
#: operations of the inventory the request classes sent: (method, path template) -> [2xx, errors]
OPERATIONS: Dict[Tuple[str, str], List[int]] = collections.defaultdict(lambda: [0, 0])


def _port(url: str) -> int:
    from urllib.parse import urlparse
    return urlparse(url).port or 80


@pytest.fixture(scope='session')
def engine_url() -> Iterator[str]:
    """The REST URL of the engine under test, started here if none answers."""
    url = os.environ.get('CAMUNDA_URL', DEFAULT_URL).rstrip('/')
    if answers(url):
        release_of(url)  # known for the reports, written when the engine may be stopped
        yield url
        return
    engine = Engine(port=_port(url), version=ENGINE_VERSION)
    engine.start(fresh=True)
    release_of(url)
    try:
        yield url
    finally:
        engine.stop()


@functools.cache
def release_of(url: str) -> str:
    """The Camunda release of the engine serving a URL (e.g. ``'7.24.0'``)."""
    base = url.split('/engine-rest', 1)[0] + '/engine-rest'
    return str(requests.get(f'{base}/version', timeout=30).json()['version'])


@pytest.fixture(scope='session')
def engine_version(engine_url: str) -> str:
    """The Camunda release of the engine under test."""
    return release_of(engine_url)


def at_least(version: str) -> bool:
    """Whether the engine under test (at ``$CAMUNDA_URL``) is release ``version`` or newer."""
    url = os.environ.get('CAMUNDA_URL', DEFAULT_URL)
    return pycamunda.releases.serves_release(release_of(url), version)


@pytest.fixture(scope='session')
def auth_engine_url() -> Iterator[str]:
    """A second engine with HTTP Basic authentication switched on (user demo/demo)."""
    url = os.environ.get('CAMUNDA_AUTH_URL', f'http://127.0.0.1:{AUTH_PORT}/engine-rest')
    if os.environ.get('PYCAMUNDA_SKIP_AUTH_ENGINE') == '1':  # e.g. the run on PostgreSQL
        pytest.skip('no engine with authentication in this run (PYCAMUNDA_SKIP_AUTH_ENGINE=1)')
    if answers(url):
        yield url
        return
    engine = Engine(port=_port(url), auth=True, query_max_results_limit=50, version=ENGINE_VERSION)
    engine.start(fresh=True)
    try:
        yield url
    finally:
        engine.stop()


@pytest.fixture(scope='session', autouse=True)
def _record_exercised() -> Iterator[None]:
    """Counts which request classes reached the engine, for the coverage report."""
    original = pycamunda.base.CamundaRequest.__call__

    engines = tuple(url.rstrip('/') + '/' for url in (
        os.environ.get('CAMUNDA_URL', DEFAULT_URL),
        os.environ.get('CAMUNDA_AUTH_URL', f'http://127.0.0.1:{AUTH_PORT}/engine-rest')))

    def recording(self: Any, method: Any, *args: Any, **kwargs: Any) -> Any:
        name = f'{type(self).__module__}.{type(self).__qualname__}'
        # operations count only on the engines under test (not on unit tests' patched sessions)
        on_engine = (self.url + '/').startswith(engines)
        operation = operation_of(method.value, self.url)
        try:
            response = original(self, method, *args, **kwargs)
        except pycamunda.NoSuccess:  # the engine answered, with an error status
            EXERCISED[name] += 1
            if not on_engine:
                raise
            OPERATIONS[operation][1] += 1
            if pycamunda.releases.since(*operation):
                release = release_of(self.url)
                if not pycamunda.releases.serves(release, *operation):
                    pytest.skip(f'since {pycamunda.releases.since(*operation)}: '
                                f'Camunda {release} has no {operation[0]} {operation[1]}')
            raise
        EXERCISED[name] += 1
        if on_engine:
            OPERATIONS[operation][0] += 1
        return response

    pycamunda.base.CamundaRequest.__call__ = recording  # type: ignore[method-assign]
    try:
        yield
    finally:
        pycamunda.base.CamundaRequest.__call__ = original  # type: ignore[method-assign]


INVENTORY = Path(__file__).resolve().parents[1] / 'contract' / 'camunda-rest-endpoints.tsv'


def _inventory() -> List[Tuple[str, str]]:
    with INVENTORY.open() as fh:
        return [(row['method'], row['path']) for row in csv.DictReader(fh, delimiter='\t')]


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r'{[^}]+}', template)
    return re.compile('[^/]+'.join(re.escape(part) for part in parts) + '$')


#: (method, compiled path template, literal path segments, operation), most literal first
_MATCHERS = sorted(((method, _template_pattern(path), -path.count('/') + path.count('{'),
                     (method, path)) for method, path in _inventory()), key=lambda m: m[2])


def operation_of(method: str, url: str) -> Tuple[str, str]:
    """The inventory operation a call hits: ``(method, path template)``.

    The template with the most literal segments wins (``/process-definition/key/{key}`` over
    ``/process-definition/{id}/...``). A call matching none is ``(method, '? ' + path)``.
    """
    path = url.split('/engine-rest', 1)[-1].split('?', 1)[0]
    for verb, pattern, _, operation in _MATCHERS:
        if verb == method and pattern.match(path):
            return operation
    return method, '? ' + path


def fixture_text(name: str, **substitutions: str) -> str:
    """A file of ``tests/engine/fixtures`` with ``${name}`` placeholders substituted."""
    text = (FIXTURES / name).read_text()
    return string.Template(text).safe_substitute(substitutions)


class Camunda:
    """Setup and clean-up through plain ``requests``, independent of pycamunda."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.session = requests.Session()
        self.deployments: List[str] = []
        self.cleanups: List[Callable[[], Any]] = []

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.session.request(method, self.url + path, timeout=30, **kwargs)
        assert response.ok, f'{method} {path}: {response.status_code} {response.text}'
        if response.status_code == 204 or not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            return response.content

    def deploy(self, *files: Tuple[str, str], name: Optional[str] = None) -> Dict[str, Any]:
        """Deploy (file name, text) pairs; deleted with cascade after the test."""
        multipart = {fname: (fname, text.encode(), 'application/octet-stream')
                     for fname, text in files}
        data = {'deployment-name': name or f'test-{uuid.uuid4().hex[:8]}'}
        deployment = self.request('POST', '/deployment/create', data=data, files=multipart)
        self.deployments.append(deployment['id'])
        return deployment

    def deploy_fixture(self, fixture: str, **substitutions: str) -> Dict[str, Any]:
        return self.deploy((fixture, fixture_text(fixture, **substitutions)))

    def start(self, key: str, variables: Optional[Dict[str, Any]] = None,
              business_key: Optional[str] = None) -> Dict[str, Any]:
        body: Dict[str, Any] = {'variables': variables or {}}
        if business_key:
            body['businessKey'] = business_key
        return self.request('POST', f'/process-definition/key/{key}/start', json=body)

    def later(self, cleanup: Callable[[], Any]) -> None:
        """Run ``cleanup`` after the test (e.g. delete a user it created)."""
        self.cleanups.append(cleanup)

    def close(self) -> None:
        for cleanup in reversed(self.cleanups):
            try:
                cleanup()
            except Exception:  # noqa: BLE001 - clean-up is best effort
                pass
        for deployment in self.deployments:
            self.session.delete(f'{self.url}/deployment/{deployment}',
                                params={'cascade': 'true', 'skipCustomListeners': 'true'},
                                timeout=30)
        self.session.close()


@pytest.fixture
def camunda(engine_url: str) -> Iterator[Camunda]:
    helper = Camunda(engine_url)
    try:
        yield helper
    finally:
        helper.close()


@pytest.fixture
def uid() -> str:
    """A short unique id, to keep tests' keys, topics and users apart."""
    return 'p' + uuid.uuid4().hex[:10]


@pytest.fixture
def process(camunda: Camunda, uid: str) -> Dict[str, str]:
    """A deployed process: start -> external task -> user task -> end.

    Keys: ``key`` (process definition key), ``topic`` (external task topic), ``id`` (process
    definition id).
    """
    deployment = camunda.deploy_fixture('external_then_user.bpmn', key=uid, topic=f'{uid}-topic')
    definition = next(iter(deployment['deployedProcessDefinitions'].values()))
    return {'key': uid, 'topic': f'{uid}-topic', 'id': definition['id'],
            'deployment_id': deployment['id']}


CONTRACT = Path(__file__).resolve().parents[1] / 'contract' / 'pycamunda-api.json'
REPORTS = Path(__file__).resolve().parents[2] / 'reports'


def _report(name: str) -> Path:
    """reports/NAME.txt for the default release's engine, reports/NAME-RELEASE.txt for others;
    ``$PYCAMUNDA_REPORT_TAG`` (e.g. ``postgres``) names the run instead."""
    tag = os.environ.get('PYCAMUNDA_REPORT_TAG') or release_of(os.environ.get('CAMUNDA_URL',
                                                                              DEFAULT_URL))
    return REPORTS / (f'{name}.txt' if tag == DEFAULT_VERSION else f'{name}-{tag}.txt')

#: Operations the test engine cannot answer with success, and why.
UNSERVABLE: Dict[Tuple[str, str], str] = {
}


def _all_request_classes() -> List[str]:
    """Every public request class of the package that the engine under test can serve."""
    import importlib
    import inspect
    import pkgutil
    release = release_of(os.environ.get('CAMUNDA_URL', DEFAULT_URL))
    names = []
    for info in pkgutil.walk_packages(pycamunda.__path__, 'pycamunda.'):
        module = importlib.import_module(info.name)
        for attr, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, pycamunda.base.CamundaRequest) and cls.__module__ == info.name
                    and cls.path and not attr.startswith('_')
                    and any(pycamunda.releases.serves(release, *op) for op in cls.endpoints())):
                names.append(f'{info.name}.{attr}')
    return sorted(names)


def _contract_request_classes() -> List[str]:
    import json
    spec = json.loads(CONTRACT.read_text())
    return sorted(f'{module}.{name}' for module, mspec in spec['modules'].items()
                  for name, cspec in mspec['classes'].items() if cspec['kind'] == 'request')


_SUMMARY: List[str] = []


def pytest_sessionfinish(session: Any, exitstatus: int) -> None:
    """Write which request classes reached the engine; with PYCAMUNDA_REQUIRE_EXERCISED=1,
    a contract class that no test sent to the engine fails the run."""
    if not EXERCISED:
        return
    every = _all_request_classes()
    contract = [name for name in _contract_request_classes() if name in every]
    missed = [name for name in contract if name not in EXERCISED]
    missed_all = [name for name in every if name not in EXERCISED]
    lines = [f'contract request classes exercised against the engine: '
             f'{len(contract) - len(missed)}/{len(contract)}',
             f'all request classes exercised against the engine: '
             f'{len(every) - len(missed_all)}/{len(every)}', '']
    lines += [f'{count:6d}  {name}' for name, count in sorted(EXERCISED.items())]
    lines += ['', 'request classes not exercised:'] + [f'        {name}' for name in missed_all]
    report = _report('exercised')
    REPORTS.mkdir(exist_ok=True)
    report.write_text('\n'.join(lines) + '\n')
    _SUMMARY[:] = [f'{lines[0]}; {lines[1]} (list: reports/{report.name})']
    unanswered = _report_operations()
    required = os.environ.get('PYCAMUNDA_REQUIRE_EXERCISED') == '1'
    if missed_all and required:
        _SUMMARY.append(f'FAILED: request classes never sent to the engine: '
                        f'{", ".join(missed_all)}')
        session.exitstatus = 1
    if unanswered and required:
        _SUMMARY.append(f'FAILED: operations never answered with success: '
                        f'{", ".join(f"{m} {p}" for m, p in unanswered)}')
        session.exitstatus = 1


def _report_operations() -> List[Tuple[str, str]]:
    """Write reports/operations.txt; the operations that should have, but never got a 2xx."""
    version = release_of(os.environ.get('CAMUNDA_URL', DEFAULT_URL))
    inventory = _inventory()
    absent = [op for op in inventory if not pycamunda.releases.serves(version, *op)]
    served = [op for op in inventory if op not in absent]
    answered = [op for op in served if OPERATIONS.get(op, [0])[0]]
    unanswered = [op for op in served if op not in answered and op not in UNSERVABLE]
    summary = (f'operations answered with success: {len(answered)}/{len(served)}'
               f' (Camunda {version}' + (f', which lacks {len(absent)} of the {len(inventory)}'
                                         if absent else '') + ')')
    lines = [summary, '', '   2xx  error  operation']
    lines += [f'{OPERATIONS.get(op, (0, 0))[0]:6d} {OPERATIONS.get(op, (0, 0))[1]:6d}  {op[0]} {op[1]}'
              + (f'  (cannot succeed here: {UNSERVABLE[op]})' if op in UNSERVABLE else '')
              for op in served]
    if absent:
        lines += ['', f'operations Camunda {version} does not have:']
        lines += [f'{"":13s}  {m} {p}  (since {pycamunda.releases.since(m, p)})' for m, p in absent]
    unknown = sorted(op for op in OPERATIONS if op not in inventory)
    if unknown:
        lines += ['', 'calls matching no operation of the inventory:']
        lines += [f'{OPERATIONS[op][0]:6d} {OPERATIONS[op][1]:6d}  {op[0]} {op[1]}' for op in unknown]
    report = _report('operations')
    report.write_text('\n'.join(lines) + '\n')
    _SUMMARY.append(f'{summary} (list: reports/{report.name})')
    return unanswered


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in _SUMMARY:
        terminalreporter.write_line(line)
