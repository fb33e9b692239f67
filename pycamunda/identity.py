"""The identity service: a user's groups, password checks and the password policy, ``/identity``."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, Optional, Tuple

from pycamunda.base import CamundaRequest, Loads, RequestMethod
from pycamunda.group import Group
from pycamunda.model import Model
from pycamunda.request import BodyParameter, BodyParameterContainer, QueryParameter
from pycamunda.user import User

__all__ = ['GetGroups', 'VerifyUser', 'GetPasswordPolicy', 'ValidatePassword']

URL_SUFFIX = '/identity'


@dataclasses.dataclass
class UsersGroups(Model):
    """A user's groups and the other members of these groups."""

    groups: Tuple[Group]
    group_users: Tuple[User]


@dataclasses.dataclass
class AuthStatus(Model):
    """Whether a user name and password are valid."""

    _keys = {'user_id': 'authenticatedUser'}

    user_id: str
    authenticated: bool
    groups: Optional[Tuple[str, ...]] = None
    tenants: Optional[Tuple[str, ...]] = None


@dataclasses.dataclass
class PasswordPolicy(Model):
    """A rule of the password policy, e.g. ``PASSWORD_POLICY_LENGTH`` with ``{'minLength': '10'}``."""

    _keys = {'parameters': 'parameter'}

    placeholder: str
    parameters: Dict[str, Any]


@dataclasses.dataclass
class PasswordPolicyCompliance(Model):
    """Whether a password satisfies a rule of the password policy."""

    policy: PasswordPolicy
    valid: bool

    @classmethod
    def load(cls, data: Any) -> PasswordPolicyCompliance:
        """The engine sends the rule's fields and ``valid`` in one object."""
        return cls(PasswordPolicy.load(data), data.get('valid'))


@dataclasses.dataclass
class PasswordPolicyRules(Model):
    """The rules of the password policy."""

    rules: Tuple[PasswordPolicy, ...]


@dataclasses.dataclass
class PasswordPolicyCheck(Model):
    """The result of checking a password against each rule of the policy."""

    rules: Tuple[PasswordPolicyCompliance, ...]
    valid: bool


class GetGroups(Loads[UsersGroups]):
    """Get the groups of a user and the users of these groups."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/groups'
    user_id = QueryParameter('userId')

    def __init__(self, url: str, user_id: str) -> None:
        super().__init__(url, user_id=user_id)


class VerifyUser(Loads[AuthStatus]):
    """Check a user name and password."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/verify'
    username = BodyParameter('username')
    password = BodyParameter('password')

    def __init__(self, url: str, username: str, password: str) -> None:
        super().__init__(url, username=username, password=password)


class GetPasswordPolicy(CamundaRequest):
    """Get the rules of the password policy (404 when the engine has no policy enabled)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/password-policy'

    def __init__(self, url: str) -> None:
        super().__init__(url)

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[PasswordPolicy, ...]:
        response = super().__call__(self.http_method, *args, **kwargs)
        return PasswordPolicyRules.load(response.json()).rules


class ValidatePassword(CamundaRequest):
    """Check a password against each rule of the password policy (404 when none is enabled)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/password-policy'
    password = BodyParameter('password')
    user_id = BodyParameter('id')
    first_name = BodyParameter('firstName')
    last_name = BodyParameter('lastName')
    email = BodyParameter('email')
    profile = BodyParameterContainer('profile', user_id, first_name, last_name, email)

    def __init__(self, url: str, password: str, user_id: Optional[str] = None,
                 first_name: Optional[str] = None, last_name: Optional[str] = None,
                 email: Optional[str] = None) -> None:
        """
        :param user_id: With the other profile fields, lets the policy refuse passwords that
            contain the user's data.
        """
        super().__init__(url)
        self.set_parameters(locals())

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[PasswordPolicyCompliance, ...]:
        response = super().__call__(self.http_method, *args, **kwargs)
        return PasswordPolicyCheck.load(response.json()).rules
