"""Users of the engine's identity service: ``/user``."""
from __future__ import annotations

import dataclasses
from typing import Any, ClassVar, Dict, Iterable, Optional

from pycamunda.base import Command, CountMixin, Loads, LoadsAll, PagingMixin, RequestMethod
from pycamunda.model import Model
from pycamunda.request import BodyParameter, BodyParameterContainer, PathParameter, QueryParameter
from pycamunda.resource import OptionsRequest

__all__ = ['Delete', 'Count', 'GetList', 'GetProfile', 'Options', 'Create', 'UpdateCredentials',
           'UpdateProfile', 'Unlock']

URL_SUFFIX = '/user'


@dataclasses.dataclass
class User(Model):
    """A user's profile."""

    id_: str
    first_name: str
    last_name: str
    email: Optional[str] = None
    display_name: ClassVar[Optional[str]] = None


class Delete(Command):
    """Delete a user."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetList(PagingMixin, LoadsAll[User]):
    """Query users (``*_like`` filters take ``%`` wildcards)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    id_ = QueryParameter('id')
    first_name = QueryParameter('firstName')
    first_name_like = QueryParameter('firstNameLike')
    last_name = QueryParameter('lastName')
    last_name_like = QueryParameter('lastNameLike')
    email = QueryParameter('email')
    email_like = QueryParameter('emailLike')
    id_in = QueryParameter('idIn')
    potential_starter = QueryParameter('potentialStarter')
    member_of_group = QueryParameter('memberOfGroup')
    member_of_tenant = QueryParameter('memberOfTenant')
    sort_by = QueryParameter('sortBy', mapping={'user_id': 'userId', 'first_name': 'firstName',
                                                'last_name': 'lastName', 'email': 'email',
                                                'id_': 'userId'})  # PyCamunda's key

    def __init__(self, url: str, id_: Optional[str] = None, first_name: Optional[str] = None,
                 first_name_like: Optional[str] = None, last_name: Optional[str] = None,
                 last_name_like: Optional[str] = None, email: Optional[str] = None,
                 email_like: Optional[str] = None, member_of_group: Optional[str] = None,
                 member_of_tenant: Optional[str] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None, *, id_in: Optional[Iterable[str]] = None,
                 potential_starter: Optional[str] = None) -> None:
        """
        :param id_in: Only the users with these ids.
        :param potential_starter: Only the users allowed to start the process definition with
            this id (by a candidate starter user or group).
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the users that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class GetProfile(Loads[User]):
    """Get a user's profile."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/profile'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Options(OptionsRequest):
    """The operations allowed on users, or with ``id_`` on that user."""

    path = (URL_SUFFIX + '/{id_}', URL_SUFFIX)


class Create(Command):
    """Create a user with a profile and a password."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/create'
    id_ = BodyParameter('id')
    first_name = BodyParameter('firstName')
    last_name = BodyParameter('lastName')
    email = BodyParameter('email')
    password = BodyParameter('password')
    profile = BodyParameterContainer('profile', id_, first_name, last_name, email)
    credentials = BodyParameterContainer('credentials', password)

    def __init__(self, url: str, id_: Optional[str] = None, first_name: Optional[str] = None,
                 last_name: Optional[str] = None, email: Optional[str] = None,
                 password: Optional[str] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        body = super().body_parameters(apply)
        body.setdefault('profile', {})  # both objects always, as PyCamunda sent them
        body.setdefault('credentials', {})
        return body


class UpdateCredentials(Command):
    """Change a user's password; ``authenticated_user_password`` is the caller's own password."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/credentials'
    id_ = PathParameter('id')
    password = BodyParameter('password')
    authenticated_user_password = BodyParameter('authenticatedUserPassword')

    def __init__(self, url: str, id_: str, password: str, authenticated_user_password: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class UpdateProfile(Command):
    """Change a user's profile; ``new_user_id`` renames the user."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/profile'
    id_ = PathParameter('id')
    new_user_id = BodyParameter('id')
    first_name = BodyParameter('firstName')
    last_name = BodyParameter('lastName')
    email = BodyParameter('email')

    def __init__(self, url: str, id_: str, new_user_id: Optional[str] = None,
                 first_name: Optional[str] = None, last_name: Optional[str] = None,
                 email: Optional[str] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Unlock(Command):
    """Unlock a user locked after too many failed logins (needs camunda-admin)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/unlock'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: Optional[str] = None) -> None:
        super().__init__(url, id_=id_)
