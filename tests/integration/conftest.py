"""Integration tests: they talk to a real Camunda 7 engine.

The engine is the one answering at ``$CAMUNDA_URL``; when none answers, the local test engine
(``tests/engine``) is built if needed, started for the session with an empty database, and
stopped afterwards. Setup and clean-up use plain ``requests`` (the ``camunda`` fixture), so a
test depends only on the request classes it exercises.
"""
from __future__ import annotations

import collections
import os
import string
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest
import requests

import pycamunda.base

from engine import DEFAULT_PORT, Engine, answers

FIXTURES = Path(__file__).resolve().parents[1] / 'engine' / 'fixtures'
DEFAULT_URL = f'http://127.0.0.1:{DEFAULT_PORT}/engine-rest'
AUTH_PORT = DEFAULT_PORT + 1

#: request classes that reached the engine during this run: qualified name -> calls
EXERCISED: Dict[str, int] = collections.Counter()


def _port(url: str) -> int:
    from urllib.parse import urlparse
    return urlparse(url).port or 80


@pytest.fixture(scope='session')
def engine_url() -> Iterator[str]:
    """The REST URL of the engine under test, started here if none answers."""
    url = os.environ.get('CAMUNDA_URL', DEFAULT_URL).rstrip('/')
    if answers(url):
        yield url
        return
    engine = Engine(port=_port(url))
    engine.start(fresh=True)
    try:
        yield url
    finally:
        engine.stop()


@pytest.fixture(scope='session')
def auth_engine_url() -> Iterator[str]:
    """A second engine with HTTP Basic authentication switched on (user demo/demo)."""
    url = os.environ.get('CAMUNDA_AUTH_URL', f'http://127.0.0.1:{AUTH_PORT}/engine-rest')
    if os.environ.get('PYCAMUNDA_SKIP_AUTH_ENGINE') == '1':  # e.g. the run on PostgreSQL
        pytest.skip('no engine with authentication in this run (PYCAMUNDA_SKIP_AUTH_ENGINE=1)')
    if answers(url):
        yield url
        return
    engine = Engine(port=_port(url), auth=True, query_max_results_limit=50)
    engine.start(fresh=True)
    try:
        yield url
    finally:
        engine.stop()


@pytest.fixture(scope='session', autouse=True)
def _record_exercised() -> Iterator[None]:
    """Counts which request classes reached the engine, for the coverage report."""
    original = pycamunda.base.CamundaRequest.__call__

    def recording(self: Any, *args: Any, **kwargs: Any) -> Any:
        name = f'{type(self).__module__}.{type(self).__qualname__}'
        try:
            response = original(self, *args, **kwargs)
        except pycamunda.NoSuccess:  # the engine answered, with an error status
            EXERCISED[name] += 1
            raise
        EXERCISED[name] += 1
        return response

    pycamunda.base.CamundaRequest.__call__ = recording  # type: ignore[method-assign]
    try:
        yield
    finally:
        pycamunda.base.CamundaRequest.__call__ = original  # type: ignore[method-assign]


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
REPORT = Path(os.environ.get('PYCAMUNDA_EXERCISED_REPORT', '')
              or Path(__file__).resolve().parents[2] / 'reports' / 'exercised.txt')


def _all_request_classes() -> List[str]:
    """Every public request class of the package."""
    import importlib
    import inspect
    import pkgutil
    names = []
    for info in pkgutil.walk_packages(pycamunda.__path__, 'pycamunda.'):
        module = importlib.import_module(info.name)
        for attr, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, pycamunda.base.CamundaRequest) and cls.__module__ == info.name
                    and cls.path and not attr.startswith('_')):
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
    contract = _contract_request_classes()
    every = _all_request_classes()
    missed = [name for name in contract if name not in EXERCISED]
    missed_all = [name for name in every if name not in EXERCISED]
    lines = [f'contract request classes exercised against the engine: '
             f'{len(contract) - len(missed)}/{len(contract)}',
             f'all request classes exercised against the engine: '
             f'{len(every) - len(missed_all)}/{len(every)}', '']
    lines += [f'{count:6d}  {name}' for name, count in sorted(EXERCISED.items())]
    lines += ['', 'request classes not exercised:'] + [f'        {name}' for name in missed_all]
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text('\n'.join(lines) + '\n')
    _SUMMARY[:] = [f'{lines[0]}; {lines[1]} (list: {REPORT})']
    if missed_all and os.environ.get('PYCAMUNDA_REQUIRE_EXERCISED') == '1':
        _SUMMARY.append(f'FAILED: request classes never sent to the engine: '
                        f'{", ".join(missed_all)}')
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in _SUMMARY:
        terminalreporter.write_line(line)
