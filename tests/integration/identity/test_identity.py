"""The identity classes against the real engine.

The test engines enable a password policy of their own (TestEngineApplication.java): at least
four characters, no digit required.
"""
import pytest

import pycamunda
import pycamunda.identity
import pycamunda.user


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


def test_get_password_policy(engine_url):
    rules = pycamunda.identity.GetPasswordPolicy(engine_url)()
    assert [(rule.placeholder, rule.parameters) for rule in rules] == [
        ('PASSWORD_POLICY_LENGTH', {'minLength': '4'}), ('PASSWORD_POLICY_DIGIT', {'minDigit': '0'})]


def test_validate_password_rule_by_rule(engine_url, uid):
    short = pycamunda.identity.ValidatePassword(engine_url, password='abc', user_id=uid,
                                                first_name='Ada', last_name='Lovelace',
                                                email=f'{uid}@example.org')()
    assert {(check.policy.placeholder, check.valid) for check in short} == {
        ('PASSWORD_POLICY_LENGTH', False), ('PASSWORD_POLICY_DIGIT', True)}
    assert next(c for c in short if not c.valid).policy.parameters == {'minLength': '4'}
    enough = pycamunda.identity.ValidatePassword(engine_url, password='long enough')()
    assert len(enough) == 2 and all(check.valid for check in enough)


def test_a_password_against_the_policy_is_refused(engine_url, uid):
    create = pycamunda.user.Create(engine_url, id_=uid, first_name='Ada', last_name='Lovelace',
                                   password='abc')
    with pytest.raises(pycamunda.InternalServerError) as info:  # how 7.24 answers it
        create()
    assert info.value.message == 'Password does not match policy'
    with pytest.raises(pycamunda.NotFound):
        pycamunda.user.GetProfile(engine_url, uid)()
