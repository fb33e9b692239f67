"""External tasks, worked on by workers outside the engine: ``/external-task``.

A worker fetches and locks tasks of the topics it subscribes to (:class:`FetchAndLock`), does
the work, and reports the outcome: :class:`Complete`, :class:`HandleFailure` or
:class:`HandleBPMNError`. :mod:`pycamunda.worker` builds a complete worker on these classes.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple

import pycamunda.base
import pycamunda.batch
import pycamunda.transport
from pycamunda.base import (
    CamundaRequest,
    Command,
    Condition,
    CountMixin,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    QueryConditions,
    RequestMethod,
    Timeout,
    VariablesMixin,
    load_each,
    load_one,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, InvalidInput, PathParameter, QueryParameter
from pycamunda.values import _named
from pycamunda.variable import Variable

__all__ = ['GetList', 'Count', 'FetchAndLock', 'Complete', 'HandleBPMNError', 'HandleFailure',
           'Unlock', 'ExtendLock', 'SetPriority', 'SetRetries', 'SetRetriesAsync',
           'SetRetriesSync']

URL_SUFFIX = '/external-task'

#: Seconds added to ``asyncResponseTimeout`` to give the HTTP read timeout of a long poll.
LONG_POLL_MARGIN = 10.0

SORT_KEYS = {'id_': 'id', 'lock_expiration_time': 'lockExpirationTime',
             'process_instance_id': 'processInstanceId',
             'process_definition_id': 'processDefinitionId',
             'process_definition_key': 'processDefinitionKey', 'priority': 'taskPriority',
             'create_time': 'createTime', 'tenant_id': 'tenantId',
             'task_priority': 'taskPriority'}  # PyCamunda's name of ``priority``


@dataclasses.dataclass
class ExternalTask(Model):
    """An external task; fetched tasks also carry their variables (decoded by type)."""

    activity_id: str
    activity_instance_id: str
    error_message: str
    execution_id: str
    id_: str
    process_definition_id: str
    process_definition_key: str
    process_instance_id: str
    tenant_id: str
    retries: int
    worker_id: str
    priority: int
    topic_name: str
    lock_expiration_time: Optional[dt.datetime] = None
    suspended: Optional[bool] = None
    business_key: Optional[str] = None
    variables: Optional[Dict[str, Variable]] = None
    error_details: Optional[str] = None
    process_definition_version_tag: Optional[str] = None
    extension_properties: Optional[Dict[str, str]] = None
    create_time: Optional[dt.datetime] = None


def _load_tasks(request: CamundaRequest, data: Any, error_details: bool) -> Tuple[ExternalTask, ...]:
    tasks = load_each(ExternalTask, data)
    if error_details:
        for task in tasks:
            if task.error_message is not None and task.error_details is None:
                task.error_details = _error_details(request, task.id_)
    return tasks


def _error_details(request: CamundaRequest, id_: str) -> Optional[str]:
    details = GetErrorDetails(request._url, id_)
    details.auth, details.session, details.timeout = request.auth, request.session, request.timeout
    return details()


def _sort_key(sort_by: str) -> str:
    if sort_by in SORT_KEYS.values():
        return sort_by
    if sort_by not in SORT_KEYS:
        raise InvalidInput(f'sort_by={sort_by!r} is not one of {", ".join(SORT_KEYS)}')
    return SORT_KEYS[sort_by]


class Get(CamundaRequest):
    """Get an external task; with ``request_error_details`` its error details too."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str, request_error_details: bool = True) -> None:
        """:param request_error_details: Also fetch the error details of a failed task."""
        super().__init__(url, id_=id_)
        self.request_error_details = request_error_details

    def __call__(self, *args: Any, **kwargs: Any) -> ExternalTask:
        data = super().__call__(self.http_method, *args, **kwargs).json()
        return _load_tasks(self, [data], self.request_error_details)[0]


class GetList(PagingMixin, CamundaRequest):
    """Query external tasks."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    id_ = QueryParameter('externalTaskId')
    topic_name = QueryParameter('topicName')
    worker_id = QueryParameter('workerId')
    locked = QueryParameter('locked', provide=value_is_true)
    not_locked = QueryParameter('notLocked', provide=value_is_true)
    with_retries_left = QueryParameter('withRetriesLeft', provide=value_is_true)
    no_retries_left = QueryParameter('noRetriesLeft', provide=value_is_true)
    lock_expiration_after = QueryParameter('lockExpirationAfter')
    lock_expiration_before = QueryParameter('lockExpirationBefore')
    activity_id = QueryParameter('activityId')
    activity_id_in = QueryParameter('activityIdIn')
    execution_id = QueryParameter('executionId')
    process_instance_id = QueryParameter('processInstanceId')
    process_definition_id = QueryParameter('processDefinitionId')
    tenant_id_in = QueryParameter('tenantIdIn')
    active = QueryParameter('active', provide=value_is_true)
    priority_higher_equals = QueryParameter('priorityHigherThanOrEquals')
    priority_lower_equals = QueryParameter('priorityLowerThanOrEquals')
    suspended = QueryParameter('suspended', provide=value_is_true)
    id_in = QueryParameter('externalTaskIdIn')
    process_instance_id_in = QueryParameter('processInstanceIdIn')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_definition_key_in = QueryParameter('processDefinitionKeyIn')
    process_definition_name = QueryParameter('processDefinitionName')
    process_definition_name_like = QueryParameter('processDefinitionNameLike')
    process_variables = QueryConditions('processVariables')
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase', provide=value_is_true)
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={k: v for k, v in SORT_KEYS.items()
                                                if k != 'create_time'})
    request_error_details: bool = True

    def __init__(self, url: str, id_: Optional[str] = None, topic_name: Optional[str] = None,
                 worker_id: Optional[str] = None, locked: bool = False, not_locked: bool = False,
                 with_retries_left: bool = False, no_retries_left: bool = False,
                 lock_expiration_after: Optional[dt.datetime] = None,
                 lock_expiration_before: Optional[dt.datetime] = None,
                 activity_id: Optional[str] = None, activity_id_in: Optional[Iterable[str]] = None,
                 execution_id: Optional[str] = None, process_instance_id: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 tenant_id_in: Optional[Iterable[str]] = None, active: bool = False,
                 priority_higher_equals: Optional[int] = None,
                 priority_lower_equals: Optional[int] = None, suspended: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None,
                 request_error_details: bool = True, *, id_in: Optional[Iterable[str]] = None,
                 process_instance_id_in: Optional[Iterable[str]] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_key_in: Optional[Iterable[str]] = None,
                 process_definition_name: Optional[str] = None,
                 process_definition_name_like: Optional[str] = None,
                 process_variables: Optional[Iterable[Condition]] = None,
                 variable_names_ignore_case: bool = False,
                 variable_values_ignore_case: bool = False) -> None:
        """
        :param locked: Only tasks locked by a worker now.
        :param with_retries_left: Only tasks whose retries are unset or above zero.
        :param no_retries_left: Only tasks with zero retries (they have an incident).
        :param active: Only tasks of active (not suspended) process instances.
        :param priority_higher_equals: Only tasks with a priority at least this.
        :param request_error_details: Also fetch the error details of failed tasks.
        :param process_variables: Conditions ``name_operator_value`` (operators ``eq``,
            ``neq``, ``gt``, ``gteq``, ``lt``, ``lteq``, ``like``, ``notLike``), or the other
            forms of :class:`~pycamunda.values.Conditions`; :class:`Query` sends them as objects.
        """
        super().__init__(url)
        self.set_parameters(locals())

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[ExternalTask, ...]:
        data = super().__call__(self.http_method, *args, **kwargs).json()
        return _load_tasks(self, data, self.request_error_details)


class Count(CountMixin, GetList):
    """Count the external tasks that match the filters of :class:`GetList`.

    Unlike other counts it sends the sorting and paging parameters too, as PyCamunda's did (the
    engine ignores them).
    """

    path = URL_SUFFIX + '/count'
    sort_by, ascending = GetList.sort_by, GetList.ascending
    first_result, max_results = GetList.first_result, GetList.max_results


class Query(QueryBodyMixin, GetList):
    """Query external tasks with the filters of :class:`GetList` in a JSON body.

    ``add_sorting`` adds orders after ``sort_by`` (also by ``create_time``), and
    ``add_process_variable`` adds variable filters to those of ``process_variables``.
    """

    path = URL_SUFFIX

    def add_process_variable(self, name: str, value: Any, operator: str = 'eq') -> None:
        """Only tasks of process instances whose variable ``name`` compares so with ``value``."""
        self.__dict__.setdefault('_variable_filters', []).append(
            {'name': name, 'operator': operator, 'value': value})

    def add_sorting(self, sort_by: str, ascending: bool = True) -> None:
        """Sort by ``sort_by`` (a key of ``SORT_KEYS``) after the orders given before."""
        self.__dict__.setdefault('_sorting', []).append(
            {'sortBy': _sort_key(sort_by), 'sortOrder': 'asc' if ascending else 'desc'})

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        body = super().body_parameters(apply)
        filters = body.pop('processVariables', []) + self.__dict__.get('_variable_filters', [])
        if filters:
            body['processVariables'] = filters
        sorting = body.get('sorting', []) + self.__dict__.get('_sorting', [])
        if sorting:
            body['sorting'] = sorting
        return body


class QueryCount(CountMixin, Query):
    """Count the external tasks that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        body = super().body_parameters(apply)
        body.pop('sorting', None)
        return body


class GetTopicNames(CamundaRequest):
    """Get the names of the topics that have external tasks."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/topic-names'
    with_locked_tasks = QueryParameter('withLockedTasks', provide=value_is_true)
    with_unlocked_tasks = QueryParameter('withUnlockedTasks', provide=value_is_true)
    with_retries_left = QueryParameter('withRetriesLeft', provide=value_is_true)

    def __init__(self, url: str, with_locked_tasks: bool = False,
                 with_unlocked_tasks: bool = False, with_retries_left: bool = False) -> None:
        """
        :param with_locked_tasks: Only topics that have locked tasks.
        :param with_unlocked_tasks: Only topics that have unlocked tasks.
        :param with_retries_left: Only topics that have tasks with retries left.
        """
        super().__init__(url)
        self.set_parameters(locals())

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[str, ...]:
        return tuple(super().__call__(self.http_method, *args, **kwargs).json())


class GetErrorDetails(CamundaRequest):
    """Get the error details (e.g. a stack trace) a worker reported with a failure."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/errorDetails'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)

    def __call__(self, *args: Any, **kwargs: Any) -> Optional[str]:
        """The details, or ``None`` when the task has none."""
        return super().__call__(self.http_method, *args, **kwargs).text or None


class FetchAndLock(LoadsAll[ExternalTask]):
    """Fetch and lock up to ``max_tasks`` tasks of the topics added with :meth:`add_topic`.

    With ``async_response_timeout`` the engine holds the request open until a task is
    available or the timeout (ms) passes (long polling); the HTTP read timeout is derived
    from it, with :data:`LONG_POLL_MARGIN` seconds added.
    """

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/fetchAndLock'
    worker_id = BodyParameter('workerId')
    max_tasks = BodyParameter('maxTasks')
    use_priority = BodyParameter('usePriority')
    async_response_timeout = BodyParameter('asyncResponseTimeout')
    topics = BodyParameter('topics', factory=list)
    sorting = BodyParameter('sorting', factory=list, provide=value_is_true)

    def __init__(self, url: str, worker_id: str, max_tasks: int,
                 async_response_timeout: Optional[int] = None, use_priority: bool = False) -> None:
        """
        :param worker_id: The id the tasks are locked for.
        :param max_tasks: The most tasks to fetch.
        :param async_response_timeout: Milliseconds the engine may wait for a task.
        :param use_priority: Fetch tasks of higher priority first.
        """
        super().__init__(url)
        self.set_parameters(locals())

    def add_topic(self, name: str, lock_duration: int, variables: Optional[Iterable[str]] = None,
                  deserialize_values: bool = False, *, local_variables: bool = False,
                  business_key: Optional[str] = None, process_definition_id: Optional[str] = None,
                  process_definition_id_in: Optional[Iterable[str]] = None,
                  process_definition_key: Optional[str] = None,
                  process_definition_key_in: Optional[Iterable[str]] = None,
                  process_definition_version_tag: Optional[str] = None,
                  tenant_id_in: Optional[Iterable[str]] = None, without_tenant_id: bool = False,
                  process_variables: Optional[Mapping[str, Any]] = None,
                  include_extension_properties: bool = False) -> None:
        """Subscribe to the topic ``name``, locking its tasks for ``lock_duration`` ms.

        :param variables: The names of the variables to fetch; all when ``None``.
        :param deserialize_values: Fetch serialized objects deserialized (as JSON).
        :param local_variables: Fetch only variables local to the task's execution.
        :param process_variables: Only tasks whose process has these variable values.
        :param include_extension_properties: Fetch the task's ``camunda:property`` values.
        """
        topic: Dict[str, Any] = {'topicName': name, 'lockDuration': lock_duration,
                                 'deserializeValues': deserialize_values}
        optional = {'variables': None if variables is None else list(variables),
                    'businessKey': business_key, 'processDefinitionId': process_definition_id,
                    'processDefinitionIdIn': process_definition_id_in,
                    'processDefinitionKey': process_definition_key,
                    'processDefinitionKeyIn': process_definition_key_in,
                    'processDefinitionVersionTag': process_definition_version_tag,
                    'tenantIdIn': tenant_id_in,
                    'processVariables': None if process_variables is None else dict(process_variables)}
        flags = {'localVariables': local_variables,
                 'withoutTenantId': without_tenant_id,
                 'includeExtensionProperties': include_extension_properties}
        topic.update((k, v) for k, v in optional.items() if v is not None)
        topic.update((k, True) for k, v in flags.items() if v)
        self.topics.append(topic)

    def add_sorting(self, ascending: bool = True) -> None:
        """Fetch tasks in the order they were created (after priority with ``use_priority``)."""
        self.sorting.append({'sortBy': 'createTime', 'sortOrder': 'asc' if ascending else 'desc'})

    def _timeout(self) -> Timeout:
        if self.timeout is not None or not self.async_response_timeout:
            return super()._timeout()
        default = pycamunda.transport.DEFAULT_TIMEOUT
        connect = default[0] if isinstance(default, tuple) else default
        return (connect, self.async_response_timeout / 1000 + LONG_POLL_MARGIN)


class _LocalVariablesMixin:
    """``add_local_variable`` for bodies with ``localVariables``."""

    local_variables = BodyParameter('localVariables', factory=dict, provide=value_is_true)

    def add_local_variable(self, name: str, value: Any, type_: Optional[str] = None,
                           value_info: Optional[Dict[str, Any]] = None) -> None:
        """Add a variable local to the task's execution; its type is inferred unless given."""
        self.local_variables[name] = _named(name, value, type_, value_info)


class Complete(_LocalVariablesMixin, VariablesMixin, Command):
    """Complete a task locked by ``worker_id``, setting variables."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/complete'
    id_ = PathParameter('id')
    worker_id = BodyParameter('workerId')
    local_variables = BodyParameter('localVariables', factory=dict)  # sent even when empty

    def __init__(self, url: str, id_: str, worker_id: str) -> None:
        """:param worker_id: The worker that holds the lock."""
        super().__init__(url)
        self.set_parameters(locals())

    def add_variable(self, name: str, value: Any, type_: Optional[str] = None,
                     value_info: Optional[Dict[str, Any]] = None) -> None:
        """Add a process variable; its type is inferred unless ``type_`` is given."""
        super().add_variable(name, value, type_, value_info)

    def add_local_variable(self, name: str, value: Any, type_: Optional[str] = None,
                           value_info: Optional[Dict[str, Any]] = None) -> None:
        """Add a variable local to the task's execution; its type is inferred unless given."""
        super().add_local_variable(name, value, type_, value_info)


class HandleBPMNError(VariablesMixin, Command):
    """Report a BPMN error for a locked task; an error boundary event may catch it."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/bpmnError'
    id_ = PathParameter('id')
    worker_id = BodyParameter('workerId')
    error_code = BodyParameter('errorCode')
    error_message = BodyParameter('errorMessage')

    def __init__(self, url: str, id_: str, worker_id: str, error_code: str,
                 error_message: Optional[str] = None) -> None:
        """
        :param worker_id: The worker that holds the lock.
        :param error_code: The code that error events match.
        """
        super().__init__(url)
        self.set_parameters(locals())

    def add_variable(self, name: str, value: Any, type_: Optional[str] = None,
                     value_info: Optional[Dict[str, Any]] = None) -> None:
        """Add a variable set where the error is caught; its type is inferred unless given."""
        super().add_variable(name, value, type_, value_info)


class HandleFailure(_LocalVariablesMixin, VariablesMixin, Command):
    """Report a failure; with ``retries`` 0 the engine creates an incident."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/failure'
    id_ = PathParameter('id')
    worker_id = BodyParameter('workerId')
    error_message = BodyParameter('errorMessage')
    error_details = BodyParameter('errorDetails')
    retries = BodyParameter('retries')
    retry_timeout = BodyParameter('retryTimeout')
    variables = BodyParameter('variables', factory=dict, provide=value_is_true)  # sent when set

    def __init__(self, url: str, id_: str, worker_id: str, error_message: str,
                 error_details: Optional[str], retries: int, retry_timeout: int) -> None:
        """
        :param worker_id: The worker that holds the lock.
        :param error_details: Details such as a stack trace, kept apart from the message.
        :param retries: The retries left; 0 creates an incident.
        :param retry_timeout: Milliseconds before the task can be fetched again.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Lock(Command):
    """Lock a task for ``worker_id`` without fetching it."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/lock'
    id_ = PathParameter('id')
    worker_id = BodyParameter('workerId')
    lock_duration = BodyParameter('lockDuration')

    def __init__(self, url: str, id_: str, worker_id: str, lock_duration: int) -> None:
        """:param lock_duration: Milliseconds the lock lasts."""
        super().__init__(url)
        self.set_parameters(locals())


class Unlock(Command):
    """Release the lock on a task, so any worker can fetch it."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/unlock'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class ExtendLock(Command):
    """Extend the lock a worker holds on a task to ``new_duration`` ms from now."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/extendLock'
    id_ = PathParameter('id')
    new_duration = BodyParameter('newDuration')
    worker_id = BodyParameter('workerId')

    def __init__(self, url: str, id_: str, new_duration: int, worker_id: str) -> None:
        """
        :param new_duration: Milliseconds from now the lock lasts.
        :param worker_id: The worker that holds the lock.
        """
        super().__init__(url)
        self.set_parameters(locals())


class SetPriority(Command):
    """Set a task's priority."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/priority'
    id_ = PathParameter('id')
    priority = BodyParameter('priority')

    def __init__(self, url: str, id_: str, priority: int) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class SetRetries(Command):
    """Set a task's retries; above 0 resolves its incident."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/retries'
    id_ = PathParameter('id')
    retries = BodyParameter('retries')

    def __init__(self, url: str, id_: str, retries: int) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class SetRetriesSync(Command):
    """Set the retries of many tasks: by id, by process instance, or by queries (dicts)."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/retries'
    retries = BodyParameter('retries')
    external_task_ids = BodyParameter('externalTaskIds')
    process_instance_ids = BodyParameter('processInstanceIds')
    external_task_query = BodyParameter('externalTaskQuery')
    process_instance_query = BodyParameter('processInstanceQuery')
    historic_process_instance_query = BodyParameter('historicProcessInstanceQuery')

    def __init__(self, url: str, retries: int, external_task_ids: Optional[Iterable[str]],
                 process_instance_ids: Optional[Iterable[str]] = None,
                 external_task_query: Optional[Mapping[str, Any]] = None,
                 process_instance_query: Optional[Mapping[str, Any]] = None,
                 historic_process_instance_query: Optional[Mapping[str, Any]] = None) -> None:
        """
        :param external_task_query: Filters as the body of :class:`Query`.
        :param process_instance_query: Filters as the body of a process instance query.
        :param historic_process_instance_query: Filters of a historic process instance query.
        """
        super().__init__(url)
        self.set_parameters(locals())


class SetRetriesAsync(SetRetriesSync):
    """Set the retries of many tasks in a batch; returns the batch."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/retries-async'

    def __call__(self, *args: Any, **kwargs: Any) -> pycamunda.batch.Batch:  # type: ignore[override]
        response = CamundaRequest.__call__(self, self.http_method, *args, **kwargs)
        return load_one(pycamunda.batch.Batch, response.json())

