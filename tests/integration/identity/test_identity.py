"""The identity classes against the real engine (which has no password policy enabled)."""
import pytest

import pycamunda
import pycamunda.identity


@pytest.fixture
def member(engine_url, camunda, uid):
    """A user in a group with one other member; (user id, group id, other user id)."""
    users = (f'{uid}a', f'{uid}b')
    group_id = f'{uid}g'
    camunda.request('POST', '/group/create', json={'id': group_id, 'name': f'G {uid}'})
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/group/{group_id}'))
    for user_id in users:
        camunda.request('POST', '/user/create', json={
            'profile': {'id': user_id, 'firstName': 'F', 'lastName': user_id},
            'credentials': {'password': 'Secret-123'}})
        camunda.later(lambda u=user_id: camunda.session.delete(f'{engine_url}/user/{u}'))
        camunda.request('PUT', f'/group/{group_id}/members/{user_id}')
    return users[0], group_id, users[1]


def test_get_groups(engine_url, member):
    user_id, group_id, other = member
    info = pycamunda.identity.GetGroups(engine_url, user_id=user_id)()
    assert [(g.id_, g.name) for g in info.groups] == [(group_id, f'G {group_id[:-1]}')]
    assert [(u.id_, u.last_name) for u in info.group_users] == [(other, other)]


def test_verify_user(engine_url, member):
    user_id = member[0]
    status = pycamunda.identity.VerifyUser(engine_url, username=user_id, password='Secret-123')()
    assert (status.user_id, status.authenticated) == (user_id, True)
    wrong = pycamunda.identity.VerifyUser(engine_url, username=user_id, password='wrong')()
    assert wrong.authenticated is False


@pytest.mark.parametrize('request_', [
    lambda url: pycamunda.identity.GetPasswordPolicy(url),
    lambda url: pycamunda.identity.ValidatePassword(url, password='short', user_id='x'),
])
def test_password_policy_is_not_found_when_disabled(engine_url, request_):
    with pytest.raises(pycamunda.NotFound) as info:
        request_(engine_url)()
    assert info.value.url.endswith('/identity/password-policy')
