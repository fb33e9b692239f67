"""Production transport against real servers: timeouts, restarts, errors, pooling, paging."""
import socket
import threading
import time

import pytest
import requests.auth

import pycamunda
import pycamunda.base
import pycamunda.processinst
import pycamunda.user
import pycamunda.version

from engine import Engine


@pytest.fixture
def stalled_server():
    """A local socket that accepts connections and never answers."""
    server = socket.socket()
    server.bind(('127.0.0.1', 0))
    server.listen(8)
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f'http://127.0.0.1:{server.getsockname()[1]}/engine-rest'
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_a_stalled_server_times_out_within_the_configured_time(stalled_server):
    request = pycamunda.version.Get(stalled_server)
    request.timeout = (1.0, 1.5)
    started = time.monotonic()
    with pytest.raises(pycamunda.RequestTimeout) as info:
        request()
    assert time.monotonic() - started < 10
    assert isinstance(info.value.__cause__, Exception) and info.value.method == 'GET'


def test_a_server_error_carries_the_engines_type_and_message(engine_url, camunda, uid):
    camunda.deploy_fixture('user_task.bpmn', key=uid, assignee='demo')
    broken = {'value': '{"a": 1}', 'type': 'Object',
              'valueInfo': {'objectTypeName': 'com.example.Missing',
                            'serializationDataFormat': 'application/json'}}
    instance = camunda.start(uid, variables={'broken': broken})
    request = pycamunda.processinst.VariablesGet(engine_url, instance['id'], 'broken',
                                                 deserialize_value=True)
    with pytest.raises(pycamunda.InternalServerError) as info:
        request()
    error = info.value
    assert isinstance(error, pycamunda.NoSuccess) and error.status_code == 500
    assert error.type_ in ('RestException', 'ProcessEngineException')
    assert 'com.example.Missing' in error.message


def test_a_thousand_calls_without_session_use_a_handful_of_connections(engine_url):
    host = engine_url.split('/')[2].split(':')[0]
    pycamunda.version.Get(engine_url)()
    for _ in range(1000):
        pycamunda.version.Get(engine_url)()
    pools = [p for key, p in pycamunda.base.pool.adapter.poolmanager.pools._container.items()
             if key.key_host == host]
    opened = sum(p.num_connections for p in pools)
    assert 1 <= opened <= 4, opened


def test_the_engine_stopped_and_started_again_needs_no_client_restart(tmp_path):
    engine = Engine(port=18095)
    url = engine.start(fresh=True)
    try:
        request = pycamunda.version.Get(url)
        assert request() == '7.24.0'
        engine.stop()
        with pytest.raises(pycamunda.ConnectionFailed) as info:
            request()
        assert info.value.__cause__ is not None
        engine.start()
        assert request() == '7.24.0'
    finally:
        engine.stop()


def test_paging_works_with_query_max_results_limit(auth_engine_url, uid):
    """The second engine allows at most 50 results per query."""
    admin = requests.auth.HTTPBasicAuth('demo', 'demo')
    created = []
    try:
        for i in range(60):
            create = pycamunda.user.Create(auth_engine_url, id_=f'{uid}{i:02d}', first_name=uid,
                                           last_name='Pager', password='Secret-123!')
            create.auth = admin
            create()
            created.append(create.id_)
        too_many = pycamunda.user.GetList(auth_engine_url, first_name=uid, max_results=100)
        too_many.auth = admin
        with pytest.raises(pycamunda.BadRequest, match='[Mm]ax'):
            too_many()
        query = pycamunda.user.GetList(auth_engine_url, first_name=uid, sort_by='user_id')
        query.auth = admin
        assert [u.id_ for u in query.iterate(page_size=50)] == sorted(created)
    finally:
        for user_id in created:
            delete = pycamunda.user.Delete(auth_engine_url, user_id)
            delete.auth = admin
            delete()


def test_named_engines(engine_url):
    count = pycamunda.user.Count(engine_url)
    count.engine_name = 'default'
    assert count.url == f'{engine_url}/engine/default/user/count'
    assert count() == pycamunda.user.Count(engine_url)()
    count.engine_name = 'no-such-engine'
    with pytest.raises(pycamunda.BadRequest, match='No process engine'):
        count()


def test_an_authorization_failure_carries_the_missing_authorizations(auth_engine_url, uid):
    """A user without grants starts a process: 403 with the authorizations that are missing."""
    import string
    from pathlib import Path

    import requests

    import pycamunda.processdef

    admin = requests.auth.HTTPBasicAuth('demo', 'demo')
    bpmn = (Path(__file__).resolve().parents[2] / 'engine' / 'fixtures' / 'user_task.bpmn')
    text = string.Template(bpmn.read_text()).safe_substitute(key=uid, assignee='demo')
    deployment = requests.post(f'{auth_engine_url}/deployment/create', auth=admin, timeout=30,
                               data={'deployment-name': uid},
                               files={'p.bpmn': ('p.bpmn', text.encode())}).json()
    create = pycamunda.user.Create(auth_engine_url, id_=uid, first_name='No', last_name='Grants',
                                   password='Secret-123!')
    create.auth = admin
    create()
    try:
        definition = next(iter(deployment['deployedProcessDefinitions']))
        start = pycamunda.processdef.StartInstance(auth_engine_url, id_=definition)
        start.auth = requests.auth.HTTPBasicAuth(uid, 'Secret-123!')
        with pytest.raises(pycamunda.Forbidden) as info:
            start()
        error = info.value
        assert error.status_code == 403 and error.type_ == 'AuthorizationException'
        assert error.details['userId'] == uid
        assert error.details['missingAuthorizations'] == [
            {'permissionName': 'CREATE', 'resourceName': 'ProcessInstance', 'resourceId': None}]
    finally:
        delete = pycamunda.user.Delete(auth_engine_url, uid)
        delete.auth = admin
        delete()
        requests.delete(f'{auth_engine_url}/deployment/{deployment["id"]}', auth=admin,
                        params={'cascade': 'true'}, timeout=30)


@pytest.fixture
def environment(monkeypatch):
    """``os.environ`` to change; the pool reads it again before and after the test."""
    for name in ('HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'NETRC'):
        monkeypatch.delenv(name, raising=False)
    pycamunda.base.configure()
    yield monkeypatch
    monkeypatch.undo()
    pycamunda.base.configure()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


def test_proxies_from_the_environment_are_read_once_per_engine_url(engine_url, environment):
    environment.setenv('HTTP_PROXY', f'http://127.0.0.1:{_closed_port()}')
    pycamunda.base.configure()
    with pytest.raises(pycamunda.ConnectionFailed):  # sent to the (dead) proxy
        pycamunda.version.Get(engine_url)()
    environment.setenv('NO_PROXY', '127.0.0.1')
    with pytest.raises(pycamunda.ConnectionFailed):  # not read again yet
        pycamunda.version.Get(engine_url)()
    pycamunda.base.configure()
    assert pycamunda.version.Get(engine_url)().startswith('7.')


def test_netrc_credentials_are_used_when_the_request_has_no_auth(auth_engine_url, environment,
                                                                  tmp_path):
    with pytest.raises(pycamunda.Unauthorized):
        pycamunda.user.Count(auth_engine_url)()
    netrc = tmp_path / 'netrc'
    netrc.write_text('machine 127.0.0.1 login demo password demo\n')
    netrc.chmod(0o600)
    environment.setenv('NETRC', str(netrc))
    pycamunda.base.configure()
    assert pycamunda.user.Count(auth_engine_url)() >= 1
    wrong = pycamunda.user.Count(auth_engine_url)
    wrong.auth = requests.auth.HTTPBasicAuth('nobody', 'wrong')  # the request's own auth wins
    with pytest.raises(pycamunda.Unauthorized):
        wrong()
