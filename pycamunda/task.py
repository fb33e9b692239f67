"""User tasks: ``/task`` (queries, the task life cycle, identity links, comments, attachments,
forms and variables)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Iterable, List, Optional, Union

from pycamunda import varscope
from pycamunda.base import (
    CamundaRequest,
    Command,
    Condition,
    CountMixin,
    Ignored,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    QueryConditions,
    RequestMethod,
    VariablesMixin,
    exactly_one,
    load_by_name,
    value_is_true,
)
from pycamunda.model import Model, StrEnum
from pycamunda.request import BodyParameter, PathParameter, QueryParameter
from pycamunda.variable import Variable

__all__ = ['DelegationState', 'Get', 'GetList', 'Claim', 'Unclaim', 'Complete', 'Resolve',
           'SetAssignee', 'Delegate', 'Create', 'Update', 'LocalVariablesGet',
           'LocalVariablesGetList', 'LocalVariablesModify', 'LocalVariablesUpdate',
           'LocalVariablesDelete', 'GetCountByCandidateGroup']

URL_SUFFIX = '/task'


class TaskState(StrEnum):
    """Where a task is in its life cycle (Camunda 7.20+); equal to Camunda's string, e.g.
    ``TaskState.created == 'Created'``. Values a newer engine adds stay plain strings."""

    init = 'Init'
    created = 'Created'
    updated = 'Updated'
    completed = 'Completed'
    deleted = 'Deleted'


class DelegationState(StrEnum):
    """Whether a delegated task waits for its delegate or was resolved (equal to Camunda's
    string, e.g. ``DelegationState.pending == 'PENDING'``)."""

    pending = 'PENDING'
    resolved = 'RESOLVED'


@dataclasses.dataclass
class Task(Model):
    """A user task."""

    assignee: Optional[str]
    case_definition_id: Optional[str]
    case_execution_id: Optional[str]
    case_instance_id: Optional[str]
    delegation_state: Optional[DelegationState]
    description: Optional[str]
    execution_id: Optional[str]
    form_key: Optional[str]
    id_: str
    name: Optional[str]
    owner: Optional[str]
    parent_task_id: Optional[str]
    priority: int
    process_definition_id: Optional[str]
    process_instance_id: Optional[str]
    suspended: bool
    task_definition_key: Optional[str]
    created: Optional[dt.datetime] = None
    due: Optional[dt.datetime] = None
    follow_up: Optional[dt.datetime] = None
    last_updated: Optional[dt.datetime] = None
    tenant_id: Optional[str] = None
    task_state: Optional[TaskState] = None
    camunda_form_ref: Optional[Dict[str, Any]] = None
    attachment: Optional[bool] = None
    comment: Optional[bool] = None
    variables: Optional[Dict[str, Variable]] = None


@dataclasses.dataclass
class IdentityLink(Model):
    """A user or group linked to a task (as ``assignee``, ``owner``, ``candidate``, ...)."""

    user_id: Optional[str]
    group_id: Optional[str]
    type_: str


@dataclasses.dataclass
class Comment(Model):
    """A comment on a task."""

    id_: str
    user_id: Optional[str]
    task_id: str
    message: str
    root_process_instance_id: Optional[str]
    time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None
    process_instance_id: Optional[str] = None


@dataclasses.dataclass
class CountByCandidateGroup(Model):
    """The number of open tasks of a candidate group (``group_name`` None: tasks without one)."""

    group_name: Optional[str]
    task_count: int


@dataclasses.dataclass
class Attachment(Model):
    """A file or link attached to a task."""

    id_: str
    name: Optional[str]
    description: Optional[str]
    task_id: str
    type_: Optional[str]
    url: Optional[str]
    create_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None
    root_process_instance_id: Optional[str] = None


@dataclasses.dataclass
class Form(Model):
    """Where a task's form is: its form key, or a Camunda Form reference."""

    key: Optional[str]
    context_path: Optional[str] = None
    camunda_form_ref: Optional[Dict[str, Any]] = None


# --------------------------------------------------------------------------- queries

class GetList(PagingMixin, LoadsAll[Task]):
    """Query tasks (``*_like`` filters take ``%`` wildcards).

    ``task_variables``, ``process_variables`` and ``case_instance_variables`` are conditions
    ``name_operator_value`` (or the forms of :class:`~pycamunda.values.Conditions`).
    """

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    process_instance_id = QueryParameter('processInstanceId')
    process_instance_id_in = QueryParameter('processInstanceIdIn')
    process_instance_business_key = QueryParameter('processInstanceBusinessKey')
    process_instance_business_key_in = QueryParameter('processInstanceBusinessKeyIn')
    process_instance_business_key_like = QueryParameter('processInstanceBusinessKeyLike')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_definition_key_in = QueryParameter('processDefinitionKeyIn')
    process_definition_name = QueryParameter('processDefinitionName')
    process_definition_name_like = QueryParameter('processDefinitionNameLike')
    execution_id = QueryParameter('executionId')
    case_instance_id = QueryParameter('caseInstanceId')
    case_instance_business_key = QueryParameter('caseInstanceBusinessKey')
    case_instance_business_key_like = QueryParameter('caseInstanceBusinessKeyLike')
    case_definition_id = QueryParameter('caseDefinitionId')
    case_definition_key = QueryParameter('caseDefinitionKey')
    case_instance_name = Ignored('caseInstanceName')
    case_instance_name_like = Ignored('caseInstanceNameLike')
    case_execution_id = QueryParameter('caseExecutionId')
    activity_instance_id_in = QueryParameter('activityInstanceIdIn')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    assignee = QueryParameter('assignee')
    assignee_like = QueryParameter('assigneeLike')
    assignee_in = QueryParameter('assigneeIn')
    owner = QueryParameter('owner')
    candidate_group = QueryParameter('candidateGroup')
    candidate_user = QueryParameter('candidateUser')
    include_assigned_tasks = QueryParameter('includeAssignedTasks')
    involved_user = QueryParameter('involvedUser')
    assigned = QueryParameter('assigned')
    unassigned = QueryParameter('unassigned')
    task_definition_key = QueryParameter('taskDefinitionKey')
    task_definition_key_in = QueryParameter('taskDefinitionKeyIn')
    task_definition_key_like = QueryParameter('taskDefinitionKeyLike')
    name = QueryParameter('name')
    name_not_equal = QueryParameter('nameNotEqual')
    name_like = QueryParameter('nameLike')
    name_not_like = QueryParameter('nameNotLike')
    description = QueryParameter('description')
    description_like = QueryParameter('descriptionLike')
    priority = QueryParameter('priority')
    max_priority = QueryParameter('maxPriority')
    min_priority = QueryParameter('minPriority')
    due_date = QueryParameter('dueDate')
    due_after = QueryParameter('dueAfter')
    due_before = QueryParameter('dueBefore')
    follow_up_date = QueryParameter('followUpDate')
    follow_up_after = QueryParameter('followUpAfter')
    follow_up_before = QueryParameter('followUpBefore')
    follow_up_before_or_not_existent = QueryParameter('followUpBeforeOrNotExistent')
    created_on = QueryParameter('createdOn')
    created_after = QueryParameter('createdAfter')
    created_before = QueryParameter('createdBefore')
    delegation_state = QueryParameter('delegationState')
    candidate_groups = QueryParameter('candidateGroups')
    with_candidate_groups = QueryParameter('withCandidateGroups', provide=value_is_true)
    without_candidate_groups = QueryParameter('withoutCandidateGroups', provide=value_is_true)
    with_candidate_users = QueryParameter('withCandidateUsers', provide=value_is_true)
    without_candidate_users = QueryParameter('withoutCandidateUsers', provide=value_is_true)
    active = QueryParameter('active', provide=value_is_true)
    suspended = QueryParameter('suspended', provide=value_is_true)
    parent_task_id = QueryParameter('parentTaskId')
    task_id = QueryParameter('taskId')
    task_id_in = QueryParameter('taskIdIn')
    case_definition_name = QueryParameter('caseDefinitionName')
    case_definition_name_like = QueryParameter('caseDefinitionNameLike')
    assignee_not_in = QueryParameter('assigneeNotIn')
    candidate_group_like = QueryParameter('candidateGroupLike')
    task_definition_key_not_in = QueryParameter('taskDefinitionKeyNotIn')
    without_due_date = QueryParameter('withoutDueDate', provide=value_is_true)
    updated_after = QueryParameter('updatedAfter')
    task_variables = QueryConditions('taskVariables')
    process_variables = QueryConditions('processVariables')
    case_instance_variables = QueryConditions('caseInstanceVariables')
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase', provide=value_is_true)
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase', provide=value_is_true)
    with_comment_attachment_info = QueryParameter('withCommentAttachmentInfo', provide=value_is_true)
    with_task_variables_in_return = QueryParameter('withTaskVariablesInReturn', provide=value_is_true)
    with_task_local_variables_in_return = QueryParameter('withTaskLocalVariablesInReturn',
                                                         provide=value_is_true)
    # filters whose value is an expression the engine evaluates, e.g. '${currentUser()}'
    process_instance_business_key_expression = QueryParameter('processInstanceBusinessKeyExpression')
    process_instance_business_key_like_expression = QueryParameter('processInstanceBusinessKeyLikeExpression')
    assignee_expression = QueryParameter('assigneeExpression')
    assignee_like_expression = QueryParameter('assigneeLikeExpression')
    owner_expression = QueryParameter('ownerExpression')
    candidate_group_expression = QueryParameter('candidateGroupExpression')
    candidate_user_expression = QueryParameter('candidateUserExpression')
    involved_user_expression = QueryParameter('involvedUserExpression')
    due_date_expression = QueryParameter('dueDateExpression')
    due_after_expression = QueryParameter('dueAfterExpression')
    due_before_expression = QueryParameter('dueBeforeExpression')
    follow_up_date_expression = QueryParameter('followUpDateExpression')
    follow_up_after_expression = QueryParameter('followUpAfterExpression')
    follow_up_before_expression = QueryParameter('followUpBeforeExpression')
    follow_up_before_or_not_existent_expression = QueryParameter('followUpBeforeOrNotExistentExpression')
    created_on_expression = QueryParameter('createdOnExpression')
    created_after_expression = QueryParameter('createdAfterExpression')
    created_before_expression = QueryParameter('createdBeforeExpression')
    updated_after_expression = QueryParameter('updatedAfterExpression')
    candidate_groups_expression = QueryParameter('candidateGroupsExpression')
    sort_by = QueryParameter('sortBy', mapping={
        'instance_id': 'instanceId', 'case_instance_id': 'caseInstanceId', 'due_date': 'dueDate',
        'follow_up_date': 'followUpDate', 'execution_id': 'executionId',
        'case_execution_id': 'caseExecutionId', 'assignee': 'assignee', 'created': 'created',
        'last_updated': 'lastUpdated', 'description': 'description', 'id_': 'id', 'name': 'name',
        'name_case_insensitive': 'nameCaseInsensitive', 'priority': 'priority'})

    def __init__(self, url: str, process_instance_id: Optional[str] = None,
                 process_instance_id_in: Optional[Iterable[str]] = None,
                 process_instance_business_key: Optional[str] = None,
                 process_instance_business_key_in: Optional[Iterable[str]] = None,
                 process_instance_business_key_like: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_key_in: Optional[Iterable[str]] = None,
                 process_definition_name: Optional[str] = None,
                 process_definition_name_like: Optional[str] = None,
                 execution_id: Optional[str] = None, case_instance_id: Optional[str] = None,
                 case_instance_business_key: Optional[str] = None,
                 case_instance_business_key_like: Optional[str] = None,
                 case_definition_id: Optional[str] = None,
                 case_definition_key: Optional[str] = None,
                 case_instance_name: Optional[str] = None,
                 case_instance_name_like: Optional[str] = None,
                 case_execution_id: Optional[str] = None,
                 activity_instance_id_in: Optional[Iterable[str]] = None,
                 tenant_id_in: Optional[Iterable[str]] = None, without_tenant_id: bool = False,
                 assignee: Optional[str] = None, assignee_like: Optional[str] = None,
                 assignee_in: Optional[Iterable[str]] = None, owner: Optional[str] = None,
                 candidate_group: Optional[str] = None, candidate_user: Optional[str] = None,
                 include_assigned_tasks: Optional[bool] = None,
                 involved_user: Optional[str] = None, assigned: Optional[bool] = None,
                 unassigned: Optional[bool] = None, task_definition_key: Optional[str] = None,
                 task_definition_key_in: Optional[Iterable[str]] = None,
                 task_definition_key_like: Optional[str] = None, name: Optional[str] = None,
                 name_not_equal: Optional[str] = None, name_like: Optional[str] = None,
                 name_not_like: Optional[str] = None, description: Optional[str] = None,
                 description_like: Optional[str] = None, priority: Optional[int] = None,
                 max_priority: Optional[int] = None, min_priority: Optional[int] = None,
                 due_date: Optional[dt.datetime] = None, due_after: Optional[dt.datetime] = None,
                 due_before: Optional[dt.datetime] = None,
                 follow_up_date: Optional[dt.datetime] = None,
                 follow_up_after: Optional[dt.datetime] = None,
                 follow_up_before: Optional[dt.datetime] = None,
                 follow_up_before_or_not_existent: Optional[dt.datetime] = None,
                 created_on: Optional[dt.datetime] = None,
                 created_after: Optional[dt.datetime] = None,
                 created_before: Optional[dt.datetime] = None,
                 delegation_state: Union[DelegationState, str, None] = None,
                 candidate_groups: Optional[Iterable[str]] = None,
                 with_candidate_groups: bool = False, without_candidate_groups: bool = False,
                 with_candidate_users: bool = False, without_candidate_users: bool = False,
                 active: bool = False, suspended: bool = False,
                 parent_task_id: Optional[str] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None, task_id: Optional[str] = None,
                 task_id_in: Optional[Iterable[str]] = None,
                 case_definition_name: Optional[str] = None,
                 case_definition_name_like: Optional[str] = None,
                 assignee_not_in: Optional[Iterable[str]] = None,
                 candidate_group_like: Optional[str] = None,
                 task_definition_key_not_in: Optional[Iterable[str]] = None,
                 without_due_date: bool = False, updated_after: Optional[dt.datetime] = None,
                 task_variables: Optional[Iterable[Condition]] = None,
                 process_variables: Optional[Iterable[Condition]] = None,
                 case_instance_variables: Optional[Iterable[Condition]] = None,
                 variable_names_ignore_case: bool = False,
                 variable_values_ignore_case: bool = False,
                 with_comment_attachment_info: bool = False,
                 with_task_variables_in_return: bool = False,
                 with_task_local_variables_in_return: bool = False, *,
                 process_instance_business_key_expression: Optional[str] = None,
                 process_instance_business_key_like_expression: Optional[str] = None,
                 assignee_expression: Optional[str] = None,
                 assignee_like_expression: Optional[str] = None,
                 owner_expression: Optional[str] = None,
                 candidate_group_expression: Optional[str] = None,
                 candidate_user_expression: Optional[str] = None,
                 involved_user_expression: Optional[str] = None,
                 due_date_expression: Optional[str] = None,
                 due_after_expression: Optional[str] = None,
                 due_before_expression: Optional[str] = None,
                 follow_up_date_expression: Optional[str] = None,
                 follow_up_after_expression: Optional[str] = None,
                 follow_up_before_expression: Optional[str] = None,
                 follow_up_before_or_not_existent_expression: Optional[str] = None,
                 created_on_expression: Optional[str] = None,
                 created_after_expression: Optional[str] = None,
                 created_before_expression: Optional[str] = None,
                 updated_after_expression: Optional[str] = None,
                 candidate_groups_expression: Optional[str] = None) -> None:
        """
        :param case_instance_name: Ignored by the engine (its task query has no such filter);
            a value warns.
        :param case_instance_name_like: Ignored by the engine, as ``case_instance_name``.
        :param task_variables: Conditions on task variables: ``'name_operator_value'``
            strings (operators ``eq``, ``neq``, ``gt``, ``gteq``, ``lt``, ``lteq``, ``like``,
            ``notLike``), :class:`~pycamunda.values.VariableFilter` objects, dicts with
            ``name``, ``operator``, ``value`` or such tuples. A query string gets the strings;
            :class:`Query` sends objects.
        :param process_variables: Conditions on process variables, as ``task_variables``.
        :param case_instance_variables: Conditions on case instance variables, likewise.
        :param assignee_expression: Each ``*_expression`` filter is the filter without the
            suffix, its value an expression the engine evaluates (``${currentUser()}``,
            ``${currentUserGroups()}``, ``${now()}``, ``${dateTime().plusDays(1)}``, ...). The
            engine refuses expressions in ad-hoc queries unless its configuration enables them
            (``enableExpressionsInAdhocQueries``); stored filters evaluate them.
        :param candidate_user: Tasks the user is a candidate for (unassigned ones unless
            ``include_assigned_tasks``).
        :param involved_user: Tasks the user is assignee, owner or candidate of.
        :param with_task_variables_in_return: Return each task's visible variables.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the tasks that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Query(QueryBodyMixin, GetList):
    """Query tasks with the filters of :class:`GetList` in a JSON body.

    Variable conditions go as ``{'name': ..., 'operator': ..., 'value': ...}`` objects, however
    given (``'name_operator_value'`` strings are converted).
    """

    or_queries = BodyParameter('orQueries')
    sorting = BodyParameter('sorting')

    def __init__(self, url: str, *args: Any, or_queries: Optional[List[Dict[str, Any]]] = None,
                 sorting: Optional[List[Dict[str, Any]]] = None, **kwargs: Any) -> None:
        """Takes the parameters of :class:`GetList`, and:

        :param or_queries: Nested queries (dicts of Camunda's filter keys); a task must
            match at least one criterion of each.
        :param sorting: Camunda's sort list, e.g. ``[{'sortBy': 'created', 'sortOrder': 'desc'}]``
            (``sort_by`` sorts by one key).
        """
        super().__init__(url, *args, **kwargs)
        self.or_queries, self.sorting = or_queries, sorting


class QueryCount(CountMixin, Query):
    """Count the tasks that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'
    sorting = None
    # what a list returns with each task; a count has nothing to return them with
    with_comment_attachment_info = with_task_variables_in_return = None
    with_task_local_variables_in_return = None


class GetCountByCandidateGroup(LoadsAll[CountByCandidateGroup]):
    """Count the open tasks per candidate group."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/report/candidate-group-count'

    def __init__(self, url: str) -> None:
        super().__init__(url)


# --------------------------------------------------------------------------- one task

class Get(Loads[Task]):
    """Get a task."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class _TaskFields(Command):
    """The writable fields of a task, shared by :class:`Create` and :class:`Update`."""

    id_ = BodyParameter('id')
    name = BodyParameter('name')
    description = BodyParameter('description')
    assignee = BodyParameter('assignee')
    owner = BodyParameter('owner')
    delegation_state = BodyParameter('delegationState')
    due = BodyParameter('due')
    follow_up = BodyParameter('followUp')
    priority = BodyParameter('priority')
    parent_task_id = BodyParameter('parentTaskId')
    case_instance_id = BodyParameter('caseInstanceId')
    tenant_id = BodyParameter('tenantId')


class Create(_TaskFields):
    """Create a task that belongs to no process (a standalone task)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/create'

    def __init__(self, url: str, id_: Optional[str], name: Optional[str] = None,
                 description: Optional[str] = None, assignee: Optional[str] = None,
                 owner: Optional[str] = None,
                 delegation_state: Union[DelegationState, str, None] = None,
                 due: Optional[dt.datetime] = None, follow_up: Optional[dt.datetime] = None,
                 priority: Optional[int] = None, parent_task_id: Optional[str] = None,
                 case_instance_id: Optional[str] = None, tenant_id: Optional[str] = None) -> None:
        """:param id_: The new task's id; the engine generates one when ``None``."""
        super().__init__(url)
        self.set_parameters(locals())


class Update(_TaskFields):
    """Replace a task's fields (fields given as ``None`` are cleared)."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str, name: Optional[str], description: Optional[str],
                 assignee: Optional[str], owner: Optional[str],
                 delegation_state: Union[DelegationState, str, None],
                 due: Optional[dt.datetime], follow_up: Optional[dt.datetime],
                 priority: Optional[int], parent_task_id: Optional[str],
                 case_instance_id: Optional[str], tenant_id: Optional[str]) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Delete(Command):
    """Delete a standalone task (tasks of processes and cases cannot be deleted)."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class _UserAction(Command):
    """A task action that names a user."""

    http_method = RequestMethod.POST
    id_ = PathParameter('id')
    user_id = BodyParameter('userId')

    def __init__(self, url: str, id_: str, user_id: str) -> None:
        super().__init__(url, id_=id_, user_id=user_id)


class Claim(_UserAction):
    """Make a user the assignee of an unassigned task."""

    path = URL_SUFFIX + '/{id_}/claim'


class SetAssignee(_UserAction):
    """Make a user the assignee of a task, whether it is assigned or not."""

    path = URL_SUFFIX + '/{id_}/assignee'


class Delegate(_UserAction):
    """Delegate a task to a user; the assignee becomes the owner until it is resolved."""

    path = URL_SUFFIX + '/{id_}/delegate'


class Unclaim(Command):
    """Remove the assignee of a task."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/unclaim'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Complete(VariablesMixin, CamundaRequest):
    """Complete a task, setting variables of its process instance."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/complete'
    id_ = PathParameter('id')
    with_variables_in_return = BodyParameter('withVariablesInReturn')

    def __init__(self, url: str, id_: str, with_variables_in_return: bool = False) -> None:
        """:param with_variables_in_return: Return the process variables after completion."""
        super().__init__(url, id_=id_, with_variables_in_return=with_variables_in_return)

    def __call__(self, *args: Any, **kwargs: Any) -> Optional[Dict[str, Variable]]:
        response = super().__call__(self.http_method, *args, **kwargs)
        return load_by_name(Variable, response.json()) if self.with_variables_in_return else None


class SubmitForm(Complete):
    """Submit a task's form: complete it with the form's field values as variables."""

    path = URL_SUFFIX + '/{id_}/submit-form'


class Resolve(VariablesMixin, Command):
    """Resolve a delegated task: it goes back to its owner."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/resolve'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class HandleBPMNError(VariablesMixin, Command):
    """Throw a BPMN error from a task, to be caught by an error boundary event."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/bpmnError'
    id_ = PathParameter('id')
    error_code = BodyParameter('errorCode')
    error_message = BodyParameter('errorMessage')

    def __init__(self, url: str, id_: str, error_code: str,
                 error_message: Optional[str] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class HandleEscalation(VariablesMixin, Command):
    """Throw a BPMN escalation from a task, to be caught by an escalation boundary event."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/bpmnEscalation'
    id_ = PathParameter('id')
    escalation_code = BodyParameter('escalationCode')

    def __init__(self, url: str, id_: str, escalation_code: str) -> None:
        super().__init__(url, id_=id_, escalation_code=escalation_code)


# --------------------------------------------------------------------------- forms

class GetForm(Loads[Form]):
    """Get the form key (or Camunda Form reference) of a task."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/form'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetRenderedForm(CamundaRequest):
    """Get the HTML the engine renders for a task's generated form (``camunda:formData``)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/rendered-form'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        return super().__call__(self.http_method, *args, **kwargs).text


class GetDeployedForm(GetRenderedForm):
    """Get the form deployed with the process (``embedded:deployment:`` or Camunda Form)."""

    path = URL_SUFFIX + '/{id_}/deployed-form'


class GetFormVariables(varscope.GetVariables):
    """Get the variables a task's form needs (the form fields' values, by default all)."""

    path = URL_SUFFIX + '/{id_}/form-variables'
    id_ = PathParameter('id')
    variable_names = QueryParameter('variableNames')

    def __init__(self, url: str, id_: str, variable_names: Optional[Iterable[str]] = None,
                 deserialize_values: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


# --------------------------------------------------------------------------- identity links

class IdentityLinksGetList(LoadsAll[IdentityLink]):
    """Get the users and groups linked to a task, optionally only of one ``type_``."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{task_id}/identity-links'
    task_id = PathParameter('id')
    type_ = QueryParameter('type')

    def __init__(self, url: str, task_id: Optional[str] = None,
                 type_: Optional[str] = None) -> None:
        super().__init__(url, task_id=task_id, type_=type_)


class IdentityLinksAdd(Command):
    """Link a user or a group to a task (``type_`` e.g. ``candidate``, ``assignee``)."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{task_id}/identity-links'
    task_id = PathParameter('id')
    user_id = BodyParameter('userId')
    group_id = BodyParameter('groupId')
    type_ = BodyParameter('type')

    def __init__(self, url: str, task_id: str, type_: str, user_id: Optional[str] = None,
                 group_id: Optional[str] = None) -> None:
        """Give exactly one of ``user_id`` and ``group_id``."""
        super().__init__(url)
        self.set_parameters(locals())
        exactly_one(self, 'user_id', 'group_id')


class IdentityLinksDelete(IdentityLinksAdd):
    """Remove the link of a user or a group to a task."""

    path = URL_SUFFIX + '/{task_id}/identity-links/delete'


# --------------------------------------------------------------------------- comments

class CommentGetList(LoadsAll[Comment]):
    """Get the comments on a task."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{task_id}/comment'
    task_id = PathParameter('id')

    def __init__(self, url: str, task_id: str) -> None:
        super().__init__(url, task_id=task_id)


class CommentGet(Loads[Comment]):
    """Get a comment on a task."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{task_id}/comment/{comment_id}'
    task_id = PathParameter('id')
    comment_id = PathParameter('commentId')

    def __init__(self, url: str, task_id: str, comment_id: str) -> None:
        super().__init__(url, task_id=task_id, comment_id=comment_id)


class CommentCreate(Loads[Comment]):
    """Comment on a task."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{task_id}/comment/create'
    task_id = PathParameter('id')
    message = BodyParameter('message')

    def __init__(self, url: str, task_id: str, message: str) -> None:
        super().__init__(url, task_id=task_id, message=message)


class CommentUpdate(Command):
    """Change the message of a comment on a task."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{task_id}/comment'
    task_id = PathParameter('id')
    comment_id = BodyParameter('id')
    message = BodyParameter('message')

    def __init__(self, url: str, task_id: str, comment_id: str, message: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class CommentDelete(Command):
    """Delete a comment on a task, or with ``comment_id=None`` all of them."""

    http_method = RequestMethod.DELETE
    path = (URL_SUFFIX + '/{task_id}/comment/{comment_id}', URL_SUFFIX + '/{task_id}/comment')
    task_id = PathParameter('id')
    comment_id = PathParameter('commentId')

    def __init__(self, url: str, task_id: str, comment_id: Optional[str] = None) -> None:
        super().__init__(url, task_id=task_id, comment_id=comment_id)


# --------------------------------------------------------------------------- attachments

class AttachmentGetList(LoadsAll[Attachment]):
    """Get the attachments of a task."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{task_id}/attachment'
    task_id = PathParameter('id')

    def __init__(self, url: str, task_id: str) -> None:
        super().__init__(url, task_id=task_id)


class AttachmentGet(Loads[Attachment]):
    """Get an attachment of a task (its description; :class:`AttachmentGetData` its content)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{task_id}/attachment/{attachment_id}'
    task_id = PathParameter('id')
    attachment_id = PathParameter('attachmentId')

    def __init__(self, url: str, task_id: str, attachment_id: str) -> None:
        super().__init__(url, task_id=task_id, attachment_id=attachment_id)


class AttachmentGetData(AttachmentGet):
    """Get the content of an attachment of a task."""

    path = URL_SUFFIX + '/{task_id}/attachment/{attachment_id}/data'

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        return CamundaRequest.__call__(self, self.http_method, *args, **kwargs).content


class AttachmentDelete(AttachmentGet):
    """Delete an attachment of a task."""

    http_method = RequestMethod.DELETE

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        CamundaRequest.__call__(self, self.http_method, *args, **kwargs)


class AttachmentCreate(Loads[Attachment]):
    """Attach a file (``content``) or a link (``attachment_url``) to a task.

    Everything is sent as multipart form data.
    """

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{task_id}/attachment/create'
    task_id = PathParameter('id')
    name = BodyParameter('attachment-name')
    description = BodyParameter('attachment-description')
    type_ = BodyParameter('attachment-type')
    attachment_url = BodyParameter('url')
    content: Optional[bytes] = None

    def __init__(self, url: str, task_id: str, name: Optional[str] = None,
                 description: Optional[str] = None, type_: Optional[str] = None,
                 attachment_url: Optional[str] = None, content: Optional[bytes] = None) -> None:
        """
        :param type_: Free text, e.g. a MIME type.
        :param attachment_url: A link to the content, used when no ``content`` is given.
        """
        super().__init__(url)
        self.set_parameters(locals())

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        return {}  # the parameters are multipart parts, see ``files``

    @property
    def files(self) -> Dict[str, Any]:
        parts: Dict[str, Any] = {key: (None, value)
                                 for key, value in super().body_parameters().items()}
        if self.content is not None:
            parts['content'] = (self.name or 'content', self.content, 'application/octet-stream')
        return parts


# --------------------------------------------------------------------------- variables

class _VariableGet(varscope.GetVariable):
    task_id = PathParameter('id')

    def __init__(self, url: str, task_id: str, var_name: str, deserialize_value: bool = False,
                 binary: bool = False) -> None:
        """:param binary: Get the raw content of a Bytes or File variable."""
        super().__init__(url)
        self.set_parameters(locals())


class _VariableGetList(varscope.GetVariables):
    task_id = PathParameter('id')

    def __init__(self, url: str, task_id: str, deserialize_values: bool = False) -> None:
        super().__init__(url, task_id=task_id, deserialize_values=deserialize_values)


class _VariableModify(varscope.ModifyVariables):
    task_id = PathParameter('id')

    def __init__(self, url: str, task_id: str, deletions: Optional[Iterable[str]] = None) -> None:
        """:param deletions: Names of variables to delete."""
        super().__init__(url, task_id=task_id, deletions=deletions)


class _VariableUpdate(varscope.UpdateVariable):
    task_id = PathParameter('id')

    def __init__(self, url: str, task_id: str, var_name: str, value: Any,
                 type_: Optional[str] = None,
                 value_info: Optional[Dict[str, Any]] = None) -> None:
        """
        :param type_: Camunda's type (inferred from the value when ``None``); ``Bytes`` and
            ``File`` values are uploaded.
        """
        super().__init__(url)
        self.set_parameters(locals())


class _VariableDelete(varscope.DeleteVariable):
    task_id = PathParameter('id')

    def __init__(self, url: str, task_id: str, var_name: str) -> None:
        super().__init__(url, task_id=task_id, var_name=var_name)


class LocalVariablesGet(_VariableGet):
    """Get a variable of the task itself."""

    path = URL_SUFFIX + '/{task_id}/localVariables/{var_name}'


class LocalVariablesGetList(_VariableGetList):
    """Get the variables of the task itself."""

    path = URL_SUFFIX + '/{task_id}/localVariables'


class LocalVariablesModify(_VariableModify):
    """Set and delete variables of the task itself."""

    path = URL_SUFFIX + '/{task_id}/localVariables'


class LocalVariablesUpdate(_VariableUpdate):
    """Set a variable of the task itself."""

    path = URL_SUFFIX + '/{task_id}/localVariables/{var_name}'


class LocalVariablesDelete(_VariableDelete):
    """Delete a variable of the task itself."""

    path = URL_SUFFIX + '/{task_id}/localVariables/{var_name}'


class VariablesGet(_VariableGet):
    """Get a variable visible from the task (its own or of an enclosing scope)."""

    path = URL_SUFFIX + '/{task_id}/variables/{var_name}'


class VariablesGetList(_VariableGetList):
    """Get the variables visible from the task."""

    path = URL_SUFFIX + '/{task_id}/variables'


class VariablesModify(_VariableModify):
    """Set and delete variables visible from the task (new ones on the process instance)."""

    path = URL_SUFFIX + '/{task_id}/variables'


class VariablesUpdate(_VariableUpdate):
    """Set a variable visible from the task (a new one on the process instance)."""

    path = URL_SUFFIX + '/{task_id}/variables/{var_name}'


class VariablesDelete(_VariableDelete):
    """Delete a variable visible from the task."""

    path = URL_SUFFIX + '/{task_id}/variables/{var_name}'
