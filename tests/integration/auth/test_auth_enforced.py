"""Authorizations on the engine with HTTP Basic auth (user demo is admin).

The engine enforces authorizations, so a grant changes what a user may do, and its removal
changes it back.
"""
import string
from pathlib import Path

import pytest
import requests
from requests.auth import HTTPBasicAuth

import pycamunda.auth
import pycamunda.user
from pycamunda.auth import AuthorizationType
from pycamunda.resource import ResourceType

FIXTURES = Path(__file__).resolve().parents[2] / 'engine' / 'fixtures'
ADMIN = HTTPBasicAuth('demo', 'demo')
PASSWORD = 'Secret-123'


@pytest.fixture
def user(auth_engine_url, uid):
    """A user without authorizations on the enforcing engine."""
    create = pycamunda.user.Create(auth_engine_url, id_=uid, first_name='Ada', last_name='L',
                                   password=PASSWORD)
    create.auth = ADMIN
    create()
    yield uid
    requests.delete(f'{auth_engine_url}/user/{uid}', auth=ADMIN, timeout=30)


@pytest.fixture
def definition_key(auth_engine_url, uid):
    """A process deployed on the enforcing engine; its key."""
    bpmn = string.Template((FIXTURES / 'user_task.bpmn').read_text()).safe_substitute(key=uid)
    deployment = requests.post(f'{auth_engine_url}/deployment/create', auth=ADMIN, timeout=30,
                               data={'deployment-name': uid},
                               files={'p.bpmn': ('p.bpmn', bpmn.encode())}).json()
    yield uid
    requests.delete(f'{auth_engine_url}/deployment/{deployment["id"]}', auth=ADMIN, timeout=30,
                    params={'cascade': 'true'})


def _as(request, auth):
    request.auth = auth
    return request()


def _visible_definitions(url, key, auth):
    response = requests.get(f'{url}/process-definition', params={'key': key, 'maxResults': 5},
                            auth=auth, timeout=30)
    return [d['key'] for d in response.json()]


def _enforced(permission):
    assert not permission.authorized, 'the engine at auth_engine_url must enforce authorizations'


def test_check_answers_for_the_authenticated_user(auth_engine_url, definition_key):
    check = pycamunda.auth.Check(auth_engine_url, 'READ', None, 'ProcessDefinition',
                                 ResourceType.process_definition, definition_key)
    assert _as(check, ADMIN) == pycamunda.auth.Permission('READ', 'ProcessDefinition',
                                                          definition_key, True)


def test_a_grant_lets_the_user_read_a_process_definition(auth_engine_url, user, definition_key):
    me = HTTPBasicAuth(user, PASSWORD)
    check = pycamunda.auth.Check(auth_engine_url, 'READ', None, 'ProcessDefinition',
                                 ResourceType.process_definition, definition_key)
    before = _as(check, me)
    _enforced(before)
    assert (before.permission_name, before.resource_id, before.authorized) == (
        'READ', definition_key, False)
    assert _visible_definitions(auth_engine_url, definition_key, me) == []

    grant = _as(pycamunda.auth.Create(
        auth_engine_url, type_=AuthorizationType.grant, permissions=['READ'],
        resource_type=ResourceType.process_definition, resource_id=definition_key,
        user_id=user), ADMIN)
    try:
        assert _as(check, me).authorized is True
        assert _visible_definitions(auth_engine_url, definition_key, me) == [definition_key]
        listed = _as(pycamunda.auth.GetList(auth_engine_url, user_id_in=[user], max_results=10,
                                            resource_type=ResourceType.process_definition), ADMIN)
        assert [a.id_ for a in listed] == [grant.id_]
    finally:
        _as(pycamunda.auth.Delete(auth_engine_url, grant.id_), ADMIN)
    assert _as(check, me).authorized is False
    assert _visible_definitions(auth_engine_url, definition_key, me) == []


def test_an_admin_checks_another_users_permission(auth_engine_url, user, definition_key):
    check = pycamunda.auth.Check(auth_engine_url, 'DELETE', None, 'ProcessDefinition',
                                 ResourceType.process_definition, definition_key, user_id=user)
    other = _as(check, ADMIN)
    _enforced(other)
    assert other.authorized is False
    check.user_id = None
    assert _as(check, ADMIN).authorized is True
