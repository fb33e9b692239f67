"""HTTP Basic authentication: the request's ``auth`` and ``session`` against an engine that needs it.

Wrong passwords are tried for a user of the test's own: each failed login delays (and finally
locks) the user, so trying them for ``demo`` would lock out the other tests.
"""
import pytest
import requests
from requests.auth import HTTPBasicAuth

import pycamunda
import pycamunda.user

DEMO = HTTPBasicAuth('demo', 'demo')


@pytest.fixture
def victim(auth_engine_url, uid):
    """A user of this test, whose password is then tried wrongly."""
    create = pycamunda.user.Create(auth_engine_url, id_=uid, first_name='V', last_name='W',
                                   password='Secret-123')
    create.auth = DEMO
    create()
    yield uid
    requests.delete(f'{auth_engine_url}/user/{uid}', auth=DEMO, timeout=30)


def test_wrong_credentials_are_unauthorized(auth_engine_url, victim):
    request = pycamunda.user.GetList(auth_engine_url, id_='demo', max_results=5)
    request.auth = HTTPBasicAuth(victim, 'wrong')
    with pytest.raises(pycamunda.Unauthorized) as info:
        request()
    assert info.value.status_code == 401


def test_no_credentials_are_unauthorized(auth_engine_url):
    with pytest.raises(pycamunda.Unauthorized):
        pycamunda.user.GetList(auth_engine_url, id_='demo', max_results=5)()


def test_right_credentials_succeed(auth_engine_url):
    request = pycamunda.user.GetList(auth_engine_url, id_='demo', max_results=5)
    request.auth = HTTPBasicAuth('demo', 'demo')
    assert [user.id_ for user in request()] == ['demo']


def test_a_session_with_auth_is_used_and_not_modified(auth_engine_url):
    session = requests.Session()
    session.auth = HTTPBasicAuth('demo', 'demo')
    session.headers['X-Test'] = 'kept'
    adapters, headers = dict(session.adapters), dict(session.headers)
    sent = []
    session.hooks['response'].append(lambda response, **kwargs: sent.append(response.url))
    request = pycamunda.user.GetList(auth_engine_url, id_='demo', max_results=5)
    request.session = session
    assert [user.id_ for user in request()] == ['demo']
    assert len(sent) == 1 and sent[0].startswith(auth_engine_url + '/user')
    assert session.auth == HTTPBasicAuth('demo', 'demo')
    assert dict(session.headers) == headers and dict(session.adapters) == adapters
    session.close()


def test_the_requests_auth_wins_over_the_sessions(auth_engine_url, uid):
    session = requests.Session()
    session.auth = HTTPBasicAuth('demo', 'demo')
    request = pycamunda.user.GetList(auth_engine_url, id_='demo', max_results=5)
    request.session = session
    request.auth = HTTPBasicAuth(uid, 'no such user')
    with pytest.raises(pycamunda.Unauthorized):
        request()

    session.auth = HTTPBasicAuth(uid, 'no such user')
    request.auth = HTTPBasicAuth('demo', 'demo')
    assert [user.id_ for user in request()] == ['demo']
    session.close()
