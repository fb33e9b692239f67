"""Tenants and their user and group members: ``/tenant``."""
from __future__ import annotations

import dataclasses
from typing import Optional

from pycamunda.base import (
    Command,
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter
from pycamunda.resource import OptionsRequest

__all__ = ['UserMemberCreate', 'UserMemberDelete', 'UserMemberOptions', 'GroupMemberCreate',
           'GroupMemberDelete', 'GroupMemberOptions', 'GetList', 'Count', 'Get', 'Create',
           'Update', 'Options', 'Delete']

URL_SUFFIX = '/tenant'
URL_SUFFIX_USER_MEMBERS = '/user-members'
URL_SUFFIX_GROUP_MEMBERS = '/group-members'


@dataclasses.dataclass
class Tenant(Model):
    """A tenant."""

    id_: str
    name: str


class UserMemberCreate(Command):
    """Make a user a member of a tenant."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}' + URL_SUFFIX_USER_MEMBERS + '/{user_id}'
    id_ = PathParameter('id')
    user_id = PathParameter('userId')

    def __init__(self, url: str, id_: str, user_id: str) -> None:
        super().__init__(url, id_=id_, user_id=user_id)


class UserMemberDelete(UserMemberCreate):
    """Remove a user from a tenant."""

    http_method = RequestMethod.DELETE


class UserMemberOptions(OptionsRequest):
    """The operations allowed on a tenant's user members."""

    path = URL_SUFFIX + '/{id_}' + URL_SUFFIX_USER_MEMBERS

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GroupMemberCreate(Command):
    """Make a group a member of a tenant."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}' + URL_SUFFIX_GROUP_MEMBERS + '/{group_id}'
    id_ = PathParameter('id')
    group_id = PathParameter('groupId')

    def __init__(self, url: str, id_: str, group_id: str) -> None:
        super().__init__(url, id_=id_, group_id=group_id)


class GroupMemberDelete(GroupMemberCreate):
    """Remove a group from a tenant."""

    http_method = RequestMethod.DELETE


class GroupMemberOptions(OptionsRequest):
    """The operations allowed on a tenant's group members."""

    path = URL_SUFFIX + '/{id_}' + URL_SUFFIX_GROUP_MEMBERS

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetList(PagingMixin, LoadsAll[Tenant]):
    """Query tenants (``name_like`` takes ``%`` wildcards)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    id_ = QueryParameter('id')
    name = QueryParameter('name')
    name_like = QueryParameter('nameLike')
    user_member = QueryParameter('userMember')
    group_member = QueryParameter('groupMember')
    including_groups_of_user = QueryParameter('includingGroupsOfUser', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'id_': 'id', 'name': 'name'})

    def __init__(self, url: str, id_: Optional[str] = None, name: Optional[str] = None,
                 name_like: Optional[str] = None, user_member: Optional[str] = None,
                 group_member: Optional[str] = None, including_groups_of_user: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        """
        :param user_member: Only tenants this user is a member of.
        :param including_groups_of_user: With ``user_member``, also the tenants of the user's
            groups.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the tenants that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(Loads[Tenant]):
    """Get a tenant."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Create(Command):
    """Create a tenant."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/create'
    id_ = BodyParameter('id')
    name = BodyParameter('name')

    def __init__(self, url: str, id_: str, name: str) -> None:
        super().__init__(url, id_=id_, name=name)


class Update(Command):
    """Change a tenant's name (``new_id`` must be the tenant's id: tenants cannot be renamed)."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    new_id = BodyParameter('id')
    new_name = BodyParameter('name')

    def __init__(self, url: str, id_: str, new_id: str, new_name: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Options(OptionsRequest):
    """The operations allowed on tenants, or with ``id_`` on that tenant."""

    path = (URL_SUFFIX + '/{id_}', URL_SUFFIX)


class Delete(Command):
    """Delete a tenant."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
