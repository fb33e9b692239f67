"""Saved task queries: ``/filter``."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, Optional, Tuple, Type, TypeVar, Union

from pycamunda.base import (
    CamundaRequest,
    Command,
    CountMixin,
    InvalidCombination,
    Loads,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    load_each,
    load_one,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, BodyParameterContainer, PathParameter, QueryParameter
from pycamunda.resource import OptionsRequest
from pycamunda.task import DelegationState, Task

__all__ = ['GetList', 'Count', 'Get', 'Create', 'Update', 'Delete', 'Execute', 'ExecuteCount']

URL_SUFFIX = '/filter'

T = TypeVar('T', bound='_Open')
#: a criterion's value, or ``...`` (Ellipsis) when it is not given
Given = Any


@dataclasses.dataclass
class _Open:
    """An object whose attributes are whatever keys the engine sent (Camunda's spelling)."""

    @classmethod
    def load(cls: Type[T], **kwargs: Any) -> T:
        obj = cls()
        obj.__dict__.update(kwargs)
        return obj

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(other) == vars(self)

    def __repr__(self) -> str:
        return f'{type(self).__name__}({vars(self)!r})'


@dataclasses.dataclass(eq=True)
class Query(_Open):
    """The task query a filter saves, by Camunda's keys (e.g. ``query.processDefinitionKey``)."""


@dataclasses.dataclass(eq=True)
class Properties(_Open):
    """The properties of a filter (e.g. ``color``, ``description``, ``priority``, ``variables``)."""


@dataclasses.dataclass
class Filter(Model):
    """A saved task query with its name and properties."""

    id_: str
    resource_type: str
    name: str
    owner: Optional[str]
    query: Query = dataclasses.field(metadata={'load': lambda data: Query.load(**data)})
    properties: Properties = dataclasses.field(
        metadata={'load': lambda data: Properties.load(**data)})
    item_count: Optional[int] = None


class _Criteria(CamundaRequest):
    """The task criteria of a filter, set by the ``add_*_criteria`` methods.

    As in PyCamunda it is a request of its own (``_Criteria(url=...)``), which sends nothing
    by itself; its ``body_parameters()`` show the ``query`` the criteria make.
    """

    process_instance_id = BodyParameter('processInstanceId')
    process_instance_business_key = BodyParameter('processInstanceBusinessKey')
    process_instance_business_key_like = BodyParameter('processInstanceBusinessKeyLike')
    process_definition_id = BodyParameter('processDefinitionId')
    process_definition_key = BodyParameter('processDefinitionKey')
    process_definition_key_in = BodyParameter('processDefinitionKeyIn')
    process_definition_name = BodyParameter('processDefinitionName')
    process_definition_name_like = BodyParameter('processDefinitionNameLike')
    case_instance_id = BodyParameter('caseInstanceId')
    case_instance_business_key = BodyParameter('caseInstanceBusinessKey')
    case_instance_business_key_like = BodyParameter('caseInstanceBusinessKeyLike')
    case_definition_id = BodyParameter('caseDefinitionId')
    case_definition_key = BodyParameter('caseDefinitionKey')
    case_definition_name = BodyParameter('caseDefinitionName')
    case_definition_name_like = BodyParameter('caseDefinitionNameLike')
    active = BodyParameter('active', provide=value_is_true)  # as PyCamunda: only when true
    activity_instance_id_in = BodyParameter('activityInstanceIdIn')
    execution_id = BodyParameter('executionId')
    assignee = BodyParameter('assignee')
    assignee_in = BodyParameter('assigneeIn')
    assignee_like = BodyParameter('assigneeLike')
    task_owner = BodyParameter('owner')
    candidate_group = BodyParameter('candidateGroup')
    candidate_groups = BodyParameter('candidateGroups')
    candidate_user = BodyParameter('candidateUser')
    involved_user = BodyParameter('involvedUser')
    unassigned = BodyParameter('unassigned')
    delegation_state = BodyParameter('delegationState')
    task_definition_key = BodyParameter('taskDefinitionKey')
    task_definition_key_in = BodyParameter('taskDefinitionKeyIn')
    task_definition_key_like = BodyParameter('taskDefinitionKeyLike')
    task_name = BodyParameter('name')
    task_name_like = BodyParameter('nameLike')
    description = BodyParameter('description')
    description_like = BodyParameter('descriptionLike')
    priority = BodyParameter('priority')
    max_priority = BodyParameter('maxPriority')
    min_priority = BodyParameter('minPriority')
    tenant_id_in = BodyParameter('tenantIdIn')
    without_tenant_id = BodyParameter('withoutTenantId')  # add_task_criteria sends it, false too
    created_before = BodyParameter('createdBefore')
    created_after = BodyParameter('createdAfter')
    due_before = BodyParameter('dueBefore')
    due_after = BodyParameter('dueAfter')
    follow_up_after = BodyParameter('followUpAfter')
    follow_up_before = BodyParameter('followUpBefore')
    follow_up_before_or_not_existent = BodyParameter('followUpBeforeOrNotExistent')
    query = BodyParameterContainer(
        'query', process_instance_id, process_instance_business_key,
        process_instance_business_key_like, process_definition_id, process_definition_key,
        process_definition_key_in, process_definition_name, process_definition_name_like,
        case_instance_id, case_instance_business_key, case_instance_business_key_like,
        case_definition_id, case_definition_key, case_definition_name, case_definition_name_like,
        active, activity_instance_id_in, execution_id, assignee, assignee_in, assignee_like,
        task_owner, candidate_group, candidate_groups, candidate_user, involved_user, unassigned,
        delegation_state, task_definition_key, task_definition_key_in, task_definition_key_like,
        task_name, task_name_like, description, description_like, priority, max_priority,
        min_priority, tenant_id_in, without_tenant_id, created_before, created_after, due_before,
        due_after, follow_up_after, follow_up_before, follow_up_before_or_not_existent)

    def _given(self, **criteria: Any) -> None:
        for name, value in criteria.items():
            if value is not Ellipsis:
                setattr(self, name, value)

    def add_process_instance_criteria(self, id_: Given = ..., business_key: Given = ...,
                                      business_key_like: Given = ...) -> None:
        """Match tasks by their process instance (arguments left ``...`` are not set)."""
        self._given(process_instance_id=id_, process_instance_business_key=business_key,
                    process_instance_business_key_like=business_key_like)

    def add_process_definition_criteria(self, id_: Given = ..., key: Given = ...,
                                        key_in: Given = ..., name: Given = ...,
                                        name_like: Given = ...) -> None:
        """Match tasks by their process definition."""
        self._given(process_definition_id=id_, process_definition_key=key,
                    process_definition_key_in=key_in, process_definition_name=name,
                    process_definition_name_like=name_like)

    def add_case_instance_criteria(self, id_: Given = ..., business_key: Given = ...,
                                   business_key_like: Given = ...) -> None:
        """Match tasks by their case instance."""
        self._given(case_instance_id=id_, case_instance_business_key=business_key,
                    case_instance_business_key_like=business_key_like)

    def add_case_definition_criteria(self, id_: Given = ..., key: Given = ..., name: Given = ...,
                                     name_like: Given = ...) -> None:
        """Match tasks by their case definition."""
        self._given(case_definition_id=id_, case_definition_key=key, case_definition_name=name,
                    case_definition_name_like=name_like)

    def add_other_criteria(self, active: Given = ..., activity_instance_id_in: Given = ...,
                           execution_id: Given = ...) -> None:
        """Match active tasks, or tasks by activity instance or execution."""
        self._given(active=active, activity_instance_id_in=activity_instance_id_in,
                    execution_id=execution_id)

    def add_user_criteria(self, assignee: Given = ..., assignee_in: Given = ...,
                          assignee_like: Given = ..., task_owner: Given = ...,
                          candidate_group: Given = ..., candidate_groups: Given = ...,
                          candidate_user: Given = ..., involved_user: Given = ...,
                          unassigned: Given = ..., delegation_state: Given = ...) -> None:
        """Match tasks by the users and groups linked to them (``candidate_user`` not with
        ``candidate_group`` or ``candidate_groups``)."""
        if candidate_user is not Ellipsis and (candidate_group is not Ellipsis
                                               or candidate_groups is not Ellipsis):
            raise InvalidCombination('add_user_criteria: give candidate_user or candidate groups, '
                                     f'not candidate_user={candidate_user!r} with '
                                     f'candidate_group={candidate_group!r}, '
                                     f'candidate_groups={candidate_groups!r}')
        self._given(assignee=assignee, assignee_in=assignee_in, assignee_like=assignee_like,
                    task_owner=task_owner, candidate_group=candidate_group,
                    candidate_groups=candidate_groups, candidate_user=candidate_user,
                    involved_user=involved_user, unassigned=unassigned,
                    delegation_state=delegation_state if delegation_state in (None, ...)
                    else DelegationState(delegation_state))

    def add_task_criteria(self, definition_key: Given = ..., definition_key_in: Given = ...,
                          definition_key_like: Given = ..., task_name: Given = ...,
                          task_name_like: Given = ..., description: Given = ...,
                          description_like: Given = ..., priority: Given = ...,
                          max_priority: Given = ..., min_priority: Given = ...,
                          tenant_id_in: Given = ..., without_tenant_id: bool = False) -> None:
        """Match tasks by their own fields."""
        self._given(task_definition_key=definition_key,
                    task_definition_key_in=definition_key_in,
                    task_definition_key_like=definition_key_like, task_name=task_name,
                    task_name_like=task_name_like, description=description,
                    description_like=description_like, priority=priority,
                    max_priority=max_priority, min_priority=min_priority,
                    tenant_id_in=tenant_id_in, without_tenant_id=without_tenant_id)

    def add_datetime_criteria(self, created_before: Given = ..., created_after: Given = ...,
                              due_before: Given = ..., due_after: Given = ...,
                              follow_up_after: Given = ..., follow_up_before: Given = ...,
                              follow_up_before_or_not_existent: Given = ...) -> None:
        """Match tasks by their creation, due and follow-up dates."""
        self._given(created_before=created_before, created_after=created_after,
                    due_before=due_before, due_after=due_after, follow_up_after=follow_up_after,
                    follow_up_before=follow_up_before,
                    follow_up_before_or_not_existent=follow_up_before_or_not_existent)


class _Definition(_Criteria):
    """A filter's name, owner and properties, and its query built from the criteria."""

    resource_type = BodyParameter('resourceType', factory=lambda: 'Task')
    name = BodyParameter('name')
    owner = BodyParameter('owner')
    properties = BodyParameter('properties')

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        body = super().body_parameters(apply)
        body.setdefault('query', {})  # the engine needs a query, if an empty one
        return body


class GetList(PagingMixin, LoadsAll[Filter]):
    """Query filters (``name_like`` takes ``%`` wildcards)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    id_ = QueryParameter('filterId')
    resource_type = QueryParameter('resourceType')
    name = QueryParameter('name')
    name_like = QueryParameter('nameLike')
    owner = QueryParameter('owner')
    item_count = QueryParameter('itemCount')
    sort_by = QueryParameter('sortBy', mapping={'filter_id': 'filterId',
                                                'resource_type': 'resourceType', 'name': 'name',
                                                'owner': 'owner', 'id_': 'filterId',
                                                # PyCamunda's keys (the engine refuses them: 400)
                                                'first_name': 'firstName',
                                                'last_name': 'lastName', 'email': 'email'})

    def __init__(self, url: str, id_: Optional[str] = None, name: Optional[str] = None,
                 name_like: Optional[str] = None, owner: Optional[str] = None,
                 item_count: bool = False, sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None,
                 resource_type: Optional[str] = 'Task') -> None:
        """
        :param item_count: Also count the tasks each filter matches.
        :param resource_type: ``Task`` (the only type of filter the engine has); ``None`` sends
            no ``resourceType``.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the filters that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'
    item_count = None

    def __init__(self, url: str, id_: Optional[str] = None, name: Optional[str] = None,
                 name_like: Optional[str] = None, owner: Optional[str] = None,
                 resource_type: Optional[str] = 'Task') -> None:
        CamundaRequest.__init__(self, url)
        self.set_parameters(locals())


class Get(Loads[Filter]):
    """Get a filter."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    item_count = QueryParameter('itemCount')

    def __init__(self, url: str, id_: str, item_count: bool = False) -> None:
        """:param item_count: Also count the tasks the filter matches."""
        super().__init__(url, id_=id_, item_count=item_count)


class Create(_Definition, Loads[Filter]):
    """Create a task filter; its query is built with the ``add_*_criteria`` methods."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/create'

    def __init__(self, url: str, name: str, owner: Optional[str] = None,
                 properties: Optional[Dict[str, Any]] = None) -> None:
        """:param properties: e.g. ``{'color': '#3e4d2f', 'priority': 5, 'description': ...}``."""
        super().__init__(url)
        self.set_parameters(locals())


class Update(Command, _Definition):
    """Replace a filter's name, owner, properties and query."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str, name: Optional[str] = None,
                 owner: Optional[str] = None, properties: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Delete(Command):
    """Delete a filter."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class _Extension(_Criteria):
    """Runs a filter; criteria given with ``add_*_criteria`` extend its query (sent by POST)."""

    http_method = RequestMethod.GET
    id_ = PathParameter('id')
    query = None  # type: ignore[assignment]  # the criteria are the body itself

    def _send(self, *args: Any, **kwargs: Any) -> Any:
        method = RequestMethod.POST if self.body_parameters() else RequestMethod.GET
        return CamundaRequest.__call__(self, method, *args, **kwargs)


class Execute(_Extension):
    """Run a filter: the tasks it matches, or with ``single_result`` the one task (or None)."""

    path = URL_SUFFIX + '/{id_}/list'
    extra_endpoints = (('GET', URL_SUFFIX + '/{id_}/singleResult'),
                       ('POST', URL_SUFFIX + '/{id_}/list'),
                       ('POST', URL_SUFFIX + '/{id_}/singleResult'))
    first_result = QueryParameter('firstResult', provide=lambda p, obj, t: not obj.single_result)
    max_results = QueryParameter('maxResults', provide=lambda p, obj, t: not obj.single_result)
    single_result: bool = False

    def __init__(self, url: str, id_: str, single_result: bool = False,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        """:param single_result: Return the one matching task; the engine refuses more than one."""
        super().__init__(url)
        self.set_parameters(locals())

    @property
    def url(self) -> str:
        url = super().url
        return url.rsplit('/', 1)[0] + '/singleResult' if self.single_result else url

    def __call__(self, *args: Any, **kwargs: Any
                 ) -> Union[Task, None, Tuple[Task, ...]]:
        response = self._send(*args, **kwargs)
        if not self.single_result:
            return load_each(Task, response.json())
        return load_one(Task, response.json()) if response.content else None


class ExecuteCount(_Extension):
    """Count the tasks a filter matches."""

    path = URL_SUFFIX + '/{id_}/count'
    extra_endpoints = (('POST', URL_SUFFIX + '/{id_}/count'),)

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)

    def __call__(self, *args: Any, **kwargs: Any) -> int:
        return int(self._send(*args, **kwargs).json()['count'])


class Options(OptionsRequest):
    """The operations allowed on filters, or with ``id_`` on that filter."""

    path = (URL_SUFFIX + '/{id_}', URL_SUFFIX)
