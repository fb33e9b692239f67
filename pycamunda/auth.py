"""Authorizations: who may do what on which resource, ``/authorization``."""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any, Iterable, Optional, Tuple, Union

from pycamunda.base import (
    CamundaRequest,
    Command,
    CountMixin,
    Ignored,
    Loads,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    exactly_one,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter
from pycamunda.resource import Link, OptionsRequest, ResourceType

__all__ = ['AuthorizationType', 'GetList', 'Count', 'Get', 'Check', 'Options', 'Update', 'Create',
           'Delete']

URL_SUFFIX = '/authorization'


class AuthorizationType(enum.IntEnum):
    """Whether an authorization applies to everyone, grants or revokes permissions."""

    global_ = 0
    grant = 1
    revoke = 2


@dataclasses.dataclass
class Authorization(Model):
    """Permissions of a user or group on a resource."""

    _lists = ('permissions',)  # the engine's list, as PyCamunda kept it

    id_: str
    type_: AuthorizationType
    permissions: Tuple[str]
    user_id: str
    group_id: str
    resource_type: ResourceType
    resource_id: str
    links: Optional[Tuple[Link]] = None
    root_process_instance_id: Optional[str] = None
    removal_time: Optional[dt.datetime] = None


@dataclasses.dataclass
class Permission(Model):
    """Whether the user holds a permission on a resource."""

    permission_name: str
    resource_name: str
    resource_id: str
    authorized: bool


class GetList(PagingMixin, LoadsAll[Authorization]):
    """Query authorizations."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    id_ = QueryParameter('id')
    type_ = QueryParameter('type')
    user_id_in = QueryParameter('userIdIn')
    group_id_in = QueryParameter('groupIdIn')
    resource_type = QueryParameter('resourceType')
    resource_id = QueryParameter('resourceId')
    sort_by = QueryParameter('sortBy', mapping={'resource_type': 'resourceType',
                                                'resource_id': 'resourceId'})

    def __init__(self, url: str, id_: Optional[str] = None,
                 type_: Optional[Union[AuthorizationType, int]] = None,
                 user_id_in: Optional[Iterable[str]] = None,
                 group_id_in: Optional[Iterable[str]] = None,
                 resource_type: Optional[Union[ResourceType, int]] = None,
                 resource_id: Optional[str] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the authorizations that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(Loads[Authorization]):
    """Get an authorization."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Check(Loads[Permission]):
    """Check whether the authenticated user (or, for admins, ``user_id``) holds a permission.

    The engine answers 401 when the request is not authenticated.
    """

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/check'
    permission_name = QueryParameter('permissionName')
    permission_value = Ignored('permissionValue')
    resource_name = QueryParameter('resourceName')
    resource_type = QueryParameter('resourceType')
    resource_id = QueryParameter('resourceId')
    user_id = QueryParameter('userId')

    def __init__(self, url: str, permission_name: str, permission_value: Optional[int],
                 resource_name: str, resource_type: Union[ResourceType, int],
                 resource_id: Optional[str] = None, user_id: Optional[str] = None) -> None:
        """
        :param permission_name: E.g. ``'READ'``.
        :param permission_value: Ignored by the engine (it checks ``permission_name``); pass
            ``None``: a value is sent as PyCamunda did, with a ``UserWarning``.
        :param resource_name: The resource's name, e.g. ``'user'``.
        :param resource_id: The resource's id; without it, the check is for all resources.
        :param user_id: Check another user's permission (camunda-admin only).
        """
        super().__init__(url)
        self.set_parameters(locals())


class Options(OptionsRequest):
    """The operations allowed on authorizations, or with ``id_`` on that authorization."""

    path = (URL_SUFFIX + '/{id_}', URL_SUFFIX)


class _OneOwner(CamundaRequest):
    """Checks before sending that exactly one of ``user_id`` and ``group_id`` is given."""

    user_id: Optional[str]
    group_id: Optional[str]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        exactly_one(self, 'user_id', 'group_id')
        return super().__call__(*args, **kwargs)


class Create(_OneOwner, Loads[Authorization]):
    """Create an authorization for a user or a group (give one of ``user_id``, ``group_id``)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/create'
    exclusive = ('user_id', 'group_id')
    type_ = BodyParameter('type')
    permissions = BodyParameter('permissions')
    user_id = BodyParameter('userId')
    group_id = BodyParameter('groupId')
    resource_type = BodyParameter('resourceType')
    resource_id = BodyParameter('resourceId')

    def __init__(self, url: str, type_: Union[AuthorizationType, int], permissions: Iterable[str],
                 resource_type: Union[ResourceType, int], resource_id: str,
                 user_id: Optional[str] = None, group_id: Optional[str] = None) -> None:
        """
        :param permissions: Permission names, e.g. ``['READ', 'UPDATE']`` or ``['ALL']``.
        :param resource_id: The resource's id, ``'*'`` for all.
        :param user_id: ``'*'`` for every user (required for global authorizations).
        """
        super().__init__(url)
        self.set_parameters(locals())


class Update(_OneOwner, Command):
    """Replace an authorization's permissions, owner and resource."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}'
    exclusive = ('user_id', 'group_id')
    id_ = PathParameter('id')
    permissions = BodyParameter('permissions')
    user_id = BodyParameter('userId')
    group_id = BodyParameter('groupId')
    resource_type = BodyParameter('resourceType')
    resource_id = BodyParameter('resourceId')

    def __init__(self, url: str, id_: str, permissions: Iterable[str],
                 resource_type: Union[ResourceType, int], resource_id: str,
                 user_id: Optional[str] = None, group_id: Optional[str] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Delete(Command):
    """Delete an authorization."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
