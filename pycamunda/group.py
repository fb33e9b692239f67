"""Groups of the engine's identity service and their members: ``/group``."""
from __future__ import annotations

import dataclasses
from typing import Any, Callable, Dict, Iterable, List, Optional

from pycamunda.base import Command, CountMixin, Loads, LoadsAll, PagesMixin, PagingMixin, RequestMethod
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter
from pycamunda.resource import OptionsRequest

__all__ = ['Get', 'GetList', 'Create', 'Update', 'Options', 'Delete', 'MemberCreate',
           'MemberDelete', 'MemberOptions']

URL_SUFFIX = '/group'
URL_SUFFIX_MEMBERS = '/members'


@dataclasses.dataclass
class Group(Model):
    """A group."""

    id_: str
    name: str
    type_: Optional[str] = None


class Get(Loads[Group]):
    """Get a group."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetList(PagingMixin, LoadsAll[Group]):
    """Query groups (``name_like`` takes ``%`` wildcards)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    id_ = QueryParameter('id')
    id_in = QueryParameter('idIn')
    name = QueryParameter('name')
    name_like = QueryParameter('nameLike')
    type_ = QueryParameter('type')
    member = QueryParameter('member')
    member_of_tenant = QueryParameter('memberOfTenant')
    sort_by = QueryParameter('sortBy', mapping={'id_': 'id', 'name': 'name', 'type_': 'type'})

    def __init__(self, url: str, id_: Optional[str] = None, id_in: Optional[Iterable[str]] = None,
                 name: Optional[str] = None, name_like: Optional[str] = None,
                 type_: Optional[str] = None, member: Optional[str] = None,
                 member_of_tenant: Optional[str] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        """:param member: Only groups the user with this id is a member of."""
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the groups that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Query(PagesMixin, LoadsAll[Group]):
    """Query groups with the filters in a JSON body (the POST form of :class:`GetList`)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX
    id_ = BodyParameter('id')
    id_in = BodyParameter('idIn')
    name = BodyParameter('name')
    name_like = BodyParameter('nameLike')
    type_ = BodyParameter('type')
    member = BodyParameter('member')
    member_of_tenant = BodyParameter('memberOfTenant')
    sorting = BodyParameter('sorting')
    first_result = QueryParameter('firstResult')
    max_results = QueryParameter('maxResults')

    def __init__(self, url: str, id_: Optional[str] = None, id_in: Optional[Iterable[str]] = None,
                 name: Optional[str] = None, name_like: Optional[str] = None,
                 type_: Optional[str] = None, member: Optional[str] = None,
                 member_of_tenant: Optional[str] = None,
                 sorting: Optional[List[Dict[str, str]]] = None,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        """
        :param sorting: Camunda's sort list, e.g. ``[{'sortBy': 'name', 'sortOrder': 'asc'}]``
            (``sortBy`` one of ``id``, ``name``, ``type``).
        """
        super().__init__(url)
        self.set_parameters(locals())


class QueryCount(CountMixin, Query):
    """Count the groups that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'
    sorting = None


class Create(Command):
    """Create a group."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/create'
    id_ = BodyParameter('id')
    name = BodyParameter('name')
    type_ = BodyParameter('type')

    def __init__(self, url: str, id_: str, name: str, type_: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Update(Command):
    """Change a group's name and type (a group cannot be renamed)."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    name = BodyParameter('name')
    type_ = BodyParameter('type')

    def __init__(self, url: str, id_: str, name: str, type_: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())

    def body_parameters(self, apply: Callable = ...) -> Dict[str, Any]:  # type: ignore[assignment]
        # the engine fails (HTTP 500) unless the body repeats the group's id
        return {'id': self.id_, **super().body_parameters(apply)}


class Options(OptionsRequest):
    """The operations allowed on groups, or with ``id_`` on that group."""

    path = (URL_SUFFIX + '/{id_}', URL_SUFFIX)


class Delete(Command):
    """Delete a group."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class MemberCreate(Command):
    """Add a user to a group."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}' + URL_SUFFIX_MEMBERS + '/{user_id}'
    id_ = PathParameter('id')
    user_id = PathParameter('userId')

    def __init__(self, url: str, id_: str, user_id: str) -> None:
        super().__init__(url, id_=id_, user_id=user_id)


class MemberDelete(MemberCreate):
    """Remove a user from a group."""

    http_method = RequestMethod.DELETE


class MemberOptions(OptionsRequest):
    """The operations allowed on a group's members."""

    path = URL_SUFFIX + '/{id_}' + URL_SUFFIX_MEMBERS

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
