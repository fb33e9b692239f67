"""What the identity classes send, and what they make of the engine's answers."""
import pycamunda.identity
from pycamunda.group import Group
from pycamunda.identity import PasswordPolicy, PasswordPolicyCompliance
from pycamunda.user import User

from unit.fakehttp import URL


def test_get_groups(http):
    http.respond(json={'groups': [{'id': 'sales', 'name': 'Sales'}],
                       'groupUsers': [{'id': 'ann', 'firstName': 'Ann', 'lastName': 'Lee',
                                       'displayName': 'Ann Lee'}]})
    info = pycamunda.identity.GetGroups(URL, user_id='jdoe')()
    assert (http.method, http.path, http.params) == ('GET', '/identity/groups', {'userId': 'jdoe'})
    assert info.groups == (Group('sales', 'Sales'),)
    assert info.group_users == (User('ann', 'Ann', 'Lee'),)


def test_get_groups_tolerates_empty_answer(http):
    http.respond(json={})
    info = pycamunda.identity.GetGroups(URL, user_id='nobody')()
    assert (info.groups, info.group_users) == ((), ())


def test_verify_user(http):
    http.respond(json={'authenticatedUser': 'jdoe', 'authenticated': True,
                       'groups': ['sales'], 'tenants': None})
    status = pycamunda.identity.VerifyUser(URL, username='jdoe', password='s3cret')()
    assert (http.method, http.path) == ('POST', '/identity/verify')
    assert http.json == {'username': 'jdoe', 'password': 's3cret'}
    assert (status.user_id, status.authenticated, status.groups, status.tenants) == (
        'jdoe', True, ('sales',), ())


def test_get_password_policy(http):
    http.respond(json={'rules': [{'placeholder': 'PASSWORD_POLICY_LENGTH',
                                  'parameter': {'minLength': '10'}},
                                 {'placeholder': 'PASSWORD_POLICY_USER_DATA', 'parameter': None}]})
    rules = pycamunda.identity.GetPasswordPolicy(URL)()
    assert (http.method, http.path) == ('GET', '/identity/password-policy')
    assert rules == (PasswordPolicy('PASSWORD_POLICY_LENGTH', {'minLength': '10'}),
                     PasswordPolicy('PASSWORD_POLICY_USER_DATA', None))


def test_validate_password_sends_the_profile_and_parses_each_rule(http):
    http.respond(json={'rules': [{'placeholder': 'PASSWORD_POLICY_LENGTH',
                                  'parameter': {'minLength': '10'}, 'valid': False}],
                       'valid': False})
    validate = pycamunda.identity.ValidatePassword(URL, password='short', user_id='jdoe',
                                                   last_name='Doe')
    assert 'short' not in repr(validate)
    result = validate()
    assert (http.method, http.path) == ('POST', '/identity/password-policy')
    assert http.json == {'password': 'short', 'profile': {'id': 'jdoe', 'lastName': 'Doe'}}
    assert result == (PasswordPolicyCompliance(
        PasswordPolicy('PASSWORD_POLICY_LENGTH', {'minLength': '10'}), False),)
    http.respond(json={'rules': [], 'valid': True})
    assert pycamunda.identity.ValidatePassword(URL, password='x')() == ()
    assert http.json == {'password': 'x'}
