"""The single place that sends: sessions, auth, timeouts, errors and what is shown."""
import logging

import pytest
import requests
import requests.auth

import pycamunda
import pycamunda.base
import pycamunda.transport
import pycamunda.user
import pycamunda.version
from pycamunda.request import InvalidInput

from unit.fakehttp import URL


def test_no_body_on_bodiless_requests(http):
    http.respond(json={'version': '7.24.0'})
    assert pycamunda.version.Get(URL)() == '7.24.0'
    assert http.last.get('json') is None and http.last['params'] is None


def test_default_timeout_and_per_request_timeout(http):
    pycamunda.user.Delete(URL, 'x')()
    assert http.last['timeout'] == pycamunda.transport.DEFAULT_TIMEOUT
    request = pycamunda.user.Delete(URL, 'x')
    request.timeout = (1, 2)
    request()
    assert http.last['timeout'] == (1, 2)


def test_package_wide_timeout(http, monkeypatch):
    monkeypatch.setattr(pycamunda.base, 'DEFAULT_TIMEOUT', pycamunda.transport.DEFAULT_TIMEOUT)
    pycamunda.base.configure(timeout=3)
    pycamunda.user.Delete(URL, 'x')()
    assert http.last['timeout'] == (3, 3)


def test_a_given_session_is_used_and_not_modified(http):
    session = requests.Session()
    session.auth = requests.auth.HTTPBasicAuth('demo', 'demo')
    before = (dict(session.headers), session.auth, dict(session.adapters))
    request = pycamunda.user.Delete(URL, 'x')
    request.session = session
    request()
    assert http.last['session'] is session
    assert http.last['auth'] is None  # requests falls back to the session's auth
    assert (dict(session.headers), session.auth, dict(session.adapters)) == before


def test_the_requests_own_auth_wins(http):
    session = requests.Session()
    session.auth = ('session', 'auth')
    request = pycamunda.user.Delete(URL, 'x')
    request.session = session
    request.auth = requests.auth.HTTPBasicAuth('own', 'auth')
    request()
    assert http.last['auth'] is request.auth


def test_without_session_calls_share_a_pooled_session_per_thread(http):
    pycamunda.user.Delete(URL, 'x')()
    pycamunda.user.Delete(URL, 'y')()
    first, second = http.calls
    assert first['session'] is second['session']
    assert first['session'].get_adapter(URL) is pycamunda.base.pool.adapter


def test_the_environment_is_read_once_and_passed_with_each_call(http, monkeypatch, tmp_path):
    netrc = tmp_path / 'netrc'
    netrc.write_text('machine engine.test login net password rc\n')
    monkeypatch.setenv('HTTPS_PROXY', 'http://proxy.test:3128')
    monkeypatch.setenv('REQUESTS_CA_BUNDLE', '/etc/ca.pem')
    monkeypatch.setenv('NETRC', str(netrc))
    monkeypatch.setattr(pycamunda.base.pool, '_environment', {})
    https = URL.replace('http:', 'https:')
    pycamunda.user.Delete(https, 'x')()
    sent = http.last
    assert sent['session'].trust_env is False  # requests does not scan os.environ per call
    assert sent['proxies'] == {'https': 'http://proxy.test:3128'}
    assert sent['verify'] == '/etc/ca.pem' and sent['auth'] == ('net', 'rc')
    monkeypatch.setenv('HTTPS_PROXY', 'http://other.test:3128')
    own = pycamunda.user.Delete(https, 'x')
    own.auth = requests.auth.HTTPBasicAuth('own', 'auth')
    own()
    assert http.last['proxies'] == {'https': 'http://proxy.test:3128'}  # read once
    assert http.last['auth'] is own.auth
    pycamunda.base.configure()
    pycamunda.user.Delete(https, 'x')()
    assert http.last['proxies'] == {'https': 'http://other.test:3128'}
    pycamunda.base.configure()


def test_a_given_session_reads_the_environment_itself(http, monkeypatch):
    monkeypatch.setenv('HTTP_PROXY', 'http://proxy.test:3128')
    monkeypatch.setattr(pycamunda.base.pool, '_environment', {})
    request = pycamunda.user.Delete(URL, 'x')
    request.session = requests.Session()
    request()
    assert 'proxies' not in http.last and 'verify' not in http.last


@pytest.mark.parametrize('status, error', [
    (400, pycamunda.BadRequest), (401, pycamunda.Unauthorized), (403, pycamunda.Forbidden),
    (404, pycamunda.NotFound), (409, pycamunda.NoSuccess), (500, pycamunda.InternalServerError),
    (503, pycamunda.InternalServerError),
])
def test_status_maps_to_exception(http, status, error):
    http.respond(status, json={'type': 'SomeException', 'message': 'it failed', 'code': 7})
    with pytest.raises(error) as info:
        pycamunda.user.Delete(URL, 'x')()
    assert isinstance(info.value, pycamunda.NoSuccess)
    assert (info.value.status_code, info.value.type_, info.value.message, info.value.code) == (
        status, 'SomeException', 'it failed', 7)
    assert info.value.response.status_code == status


def test_internal_server_error_keeps_pycamundas_bases():
    assert pycamunda.InternalServerError.__bases__ == (pycamunda.PyCamundaException,)
    assert issubclass(pycamunda.InternalServerError, pycamunda.NoSuccess)


def test_a_non_json_error_body_still_gives_a_clear_error(http):
    http.respond(502, content=b'<html>Bad gateway</html>')
    with pytest.raises(pycamunda.InternalServerError, match='Bad gateway'):
        pycamunda.version.Get(URL)()


def test_extra_error_fields_are_details(http):
    http.respond(400, json={'type': 'ParseException', 'message': 'bad', 'details': {'a.bpmn': {}}})
    with pytest.raises(pycamunda.BadRequest) as info:
        pycamunda.version.Get(URL)()
    assert info.value.details == {'a.bpmn': {}}


def test_connection_errors_keep_their_cause(http):
    http.mock.side_effect = requests.exceptions.ConnectionError('refused')
    with pytest.raises(pycamunda.ConnectionFailed) as info:
        pycamunda.version.Get(URL)()
    assert isinstance(info.value.__cause__, requests.exceptions.ConnectionError)
    assert isinstance(info.value, pycamunda.PyCamundaException)
    http.mock.side_effect = requests.exceptions.ReadTimeout('slow')
    with pytest.raises(pycamunda.RequestTimeout):
        pycamunda.version.Get(URL)()


def test_credentials_in_the_url_are_never_shown(http, caplog):
    url = 'http://demo:secret@engine.test/engine-rest'
    request = pycamunda.user.Create(url, id_='x', password='pw')
    assert 'pw' not in repr(request)
    http.respond(404, json={'message': 'nope'})
    with caplog.at_level(logging.DEBUG, logger='pycamunda'):
        with pytest.raises(pycamunda.NotFound) as info:
            pycamunda.user.Delete(url, 'x')()
    assert 'secret' not in str(info.value) and 'secret' not in info.value.url
    assert 'secret' not in caplog.text and 'DELETE' in caplog.text


def test_a_value_that_is_not_json_is_refused_before_sending():
    """requests serialises the body before it connects: the closed port is never reached."""
    request = pycamunda.user.Create('http://127.0.0.1:9/engine-rest', id_='x', first_name=object())
    with pytest.raises(InvalidInput, match='profile'):
        request()


def test_positional_call_arguments_are_refused(http):
    with pytest.raises(TypeError):
        pycamunda.version.Get(URL)('GET')


def test_pages_always_send_max_results(http):
    http.respond(json=[{'id': str(i)} for i in range(2)])
    http.respond(json=[{'id': '2'}])
    found = list(pycamunda.user.GetList(URL, first_name='x').iterate(page_size=2))
    assert [u.id_ for u in found] == ['0', '1', '2']
    assert [(c['params']['firstResult'], c['params']['maxResults']) for c in http.calls] == [
        (0, 2), (2, 2)]


def test_pages_respect_first_and_max_results(http):
    http.respond(json=[{'id': '5'}, {'id': '6'}])
    http.respond(json=[{'id': '7'}])
    pages = list(pycamunda.user.GetList(URL, first_result=5, max_results=3).pages(page_size=2))
    assert [len(p) for p in pages] == [2, 1]
    assert [(c['params']['firstResult'], c['params']['maxResults']) for c in http.calls] == [
        (5, 2), (7, 1)]
    with pytest.raises(InvalidInput, match='page_size'):
        next(pycamunda.user.GetList(URL).pages(page_size=0))


def test_named_engines_for_every_class(http):
    request = pycamunda.user.GetProfile(URL, 'jdoe')
    request.engine_name = 'other engine'
    assert request.url == URL + '/engine/other%20engine/user/jdoe/profile'
    http.respond(json={'id': 'jdoe'})
    request()
    assert http.raw_path == '/engine/other%20engine/user/jdoe/profile'
