"""Historic task instances and task reports: ``/history/task``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Optional, Sequence

from pycamunda.base import (
    CountMixin,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    QueryConditions,
    RequestMethod,
    ValueFilterMixin,
    VariableFilter,
    value_is_true,
    warn_if_compared_as_text,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, QueryParameter
from pycamunda.task import TaskState

__all__ = ['GetList', 'Query', 'Count', 'QueryCount', 'GetReport']

URL_SUFFIX = '/history/task'


@dataclasses.dataclass
class HistoricTaskInstance(Model):
    """A task as the history keeps it."""

    id_: str
    process_definition_key: str
    process_definition_id: str
    process_instance_id: str
    execution_id: str
    case_definition_key: str
    case_definition_id: str
    case_instance_id: str
    case_execution_id: str
    activity_instance_id: str
    name: str
    description: str
    delete_reason: str
    owner: str
    assignee: str
    duration: int
    task_definition_key: str
    priority: int
    parent_task_id: str
    tenant_id: str
    root_process_instance_id: str
    task_state: TaskState
    start_time: Optional[dt.datetime] = None
    end_time: Optional[dt.datetime] = None
    due: Optional[dt.datetime] = None
    follow_up: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


@dataclasses.dataclass
class TaskReport(Model):
    """A row of a task report: a count per group, or durations (ms) per period."""

    task_name: str
    count: int
    process_definition_key: str
    process_definition_id: str
    process_definition_name: str
    period: int
    period_unit: str
    minimum: int
    maximum: int
    average: int
    tenant_id: str


class GetList(ValueFilterMixin, PagingMixin, LoadsAll[HistoricTaskInstance]):
    """Query historic task instances; ``add_*_value_filter`` filter by process variables,
    ``add_task_value_filter`` by task variables."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    value_filters = 'process_variables'
    task_id = QueryParameter('taskId')
    task_parent_task_id = QueryParameter('taskParentTaskId')
    process_instance_id = QueryParameter('processInstanceId')
    root_process_instance_id = QueryParameter('rootProcessInstanceId')
    process_instance_business_key = QueryParameter('processInstanceBusinessKey')
    process_instance_business_key_in = QueryParameter('processInstanceBusinessKeyIn')
    process_instance_business_key_like = QueryParameter('processInstanceBusinessKeyLike')
    execution_id = QueryParameter('executionId')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_definition_name = QueryParameter('processDefinitionName')
    case_instance_id = QueryParameter('caseInstanceId')
    case_execution_id = QueryParameter('caseExecutionId')
    case_definition_id = QueryParameter('caseDefinitionId')
    case_definition_key = QueryParameter('caseDefinitionKey')
    case_definition_name = QueryParameter('caseDefinitionName')
    activity_instance_id_in = QueryParameter('activityInstanceIdIn')
    task_name = QueryParameter('taskName')
    task_name_like = QueryParameter('taskNameLike')
    task_description = QueryParameter('taskDescription')
    task_description_like = QueryParameter('taskDescriptionLike')
    task_definition_key = QueryParameter('taskDefinitionKey')
    task_definition_key_in = QueryParameter('taskDefinitionKeyIn')
    task_delete_reason = QueryParameter('taskDeleteReason')
    task_delete_reason_like = QueryParameter('taskDeleteReasonLike')
    task_assignee = QueryParameter('taskAssignee')
    task_assignee_like = QueryParameter('taskAssigneeLike')
    task_owner = QueryParameter('taskOwner')
    task_owner_like = QueryParameter('taskOwnerLike')
    task_priority = QueryParameter('taskPriority')
    assigned = QueryParameter('assigned', provide=value_is_true)
    unassigned = QueryParameter('unassigned', provide=value_is_true)
    finished = QueryParameter('finished', provide=value_is_true)
    unfinished = QueryParameter('unfinished', provide=value_is_true)
    process_finished = QueryParameter('processFinished', provide=value_is_true)
    process_unfinished = QueryParameter('processUnfinished', provide=value_is_true)
    task_due_date = QueryParameter('taskDueDate')
    task_due_date_before = QueryParameter('taskDueDateBefore')
    task_due_date_after = QueryParameter('taskDueDateAfter')
    without_task_due_date = QueryParameter('withoutTaskDueDate', provide=value_is_true)
    task_follow_up_date = QueryParameter('taskFollowUpDate')
    task_follow_up_date_before = QueryParameter('taskFollowUpDateBefore')
    task_follow_up_date_after = QueryParameter('taskFollowUpDateAfter')
    started_before = QueryParameter('startedBefore')
    started_after = QueryParameter('startedAfter')
    finished_before = QueryParameter('finishedBefore')
    finished_after = QueryParameter('finishedAfter')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    task_variables = QueryConditions('taskVariables', factory=list, provide=value_is_true)
    process_variables = QueryConditions('processVariables', factory=list, provide=value_is_true)
    variable_names_ignore_case = QueryParameter('variableNamesIgnoreCase', provide=value_is_true)
    variable_values_ignore_case = QueryParameter('variableValuesIgnoreCase', provide=value_is_true)
    task_involved_user = QueryParameter('taskInvolvedUser')
    task_involved_group = QueryParameter('taskInvolvedGroup')
    task_had_candidate_user = QueryParameter('taskHadCandidateUser')
    task_had_candidate_group = QueryParameter('taskHadCandidateGroup')
    with_candidate_groups = QueryParameter('withCandidateGroups', provide=value_is_true)
    without_candidate_groups = QueryParameter('withoutCandidateGroups', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'task_id': 'taskId',
                                                'activity_instance_id': 'activityInstanceId',
                                                'process_definition_id': 'processDefinitionId',
                                                'process_instance_id': 'processInstanceId',
                                                'execution_id': 'executionId', 'duration': 'duration',
                                                'end_time': 'endTime', 'start_time': 'startTime',
                                                'task_name': 'taskName',
                                                'task_description': 'taskDescription',
                                                'assignee': 'assignee', 'owner': 'owner',
                                                'due_date': 'dueDate', 'follow_up_date': 'followUpDate',
                                                'delete_reason': 'deleteReason',
                                                'task_definition_key': 'taskDefinitionKey',
                                                'priority': 'priority',
                                                'case_definition_id': 'caseDefinitionId',
                                                'case_instance_id': 'caseInstanceId',
                                                'case_execution_id': 'caseExecutionId',
                                                'tenant_id': 'tenantId'})

    def __init__(self, url: str, task_id: Optional[str] = None,
                 task_parent_task_id: Optional[str] = None,
                 process_instance_id: Optional[str] = None,
                 root_process_instance_id: Optional[str] = None,
                 process_instance_business_key: Optional[str] = None,
                 process_instance_business_key_in: Optional[Sequence[str]] = None,
                 process_instance_business_key_like: Optional[str] = None,
                 execution_id: Optional[str] = None, process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_name: Optional[str] = None,
                 case_instance_id: Optional[str] = None, case_execution_id: Optional[str] = None,
                 case_definition_id: Optional[str] = None,
                 case_definition_key: Optional[str] = None,
                 case_definition_name: Optional[str] = None,
                 activity_instance_id_in: Optional[Sequence[str]] = None,
                 task_name: Optional[str] = None, task_name_like: Optional[str] = None,
                 task_description: Optional[str] = None,
                 task_description_like: Optional[str] = None,
                 task_definition_key: Optional[str] = None,
                 task_definition_key_in: Optional[Sequence[str]] = None,
                 task_delete_reason: Optional[str] = None,
                 task_delete_reason_like: Optional[str] = None,
                 task_assignee: Optional[str] = None, task_assignee_like: Optional[str] = None,
                 task_owner: Optional[str] = None, task_owner_like: Optional[str] = None,
                 task_priority: Optional[int] = None, assigned: bool = False,
                 unassigned: bool = False, finished: bool = False, unfinished: bool = False,
                 process_finished: bool = False, process_unfinished: bool = False,
                 task_due_date: Optional[dt.datetime] = None,
                 task_due_date_before: Optional[dt.datetime] = None,
                 task_due_date_after: Optional[dt.datetime] = None,
                 without_task_due_date: bool = False,
                 task_follow_up_date: Optional[dt.datetime] = None,
                 task_follow_up_date_before: Optional[dt.datetime] = None,
                 task_follow_up_date_after: Optional[dt.datetime] = None,
                 started_before: Optional[dt.datetime] = None,
                 started_after: Optional[dt.datetime] = None,
                 finished_before: Optional[dt.datetime] = None,
                 finished_after: Optional[dt.datetime] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 variable_names_ignore_case: bool = False,
                 variable_values_ignore_case: bool = False,
                 task_involved_user: Optional[str] = None,
                 task_involved_group: Optional[str] = None,
                 task_had_candidate_user: Optional[str] = None,
                 task_had_candidate_group: Optional[str] = None,
                 with_candidate_groups: bool = False, without_candidate_groups: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())

    def add_task_value_filter(self, name: str, operator: str, value: Any) -> None:
        """Keep only tasks with a task variable ``name`` whose value compares to ``value`` so
        (a GET query compares as text: see ``add_value_filter``)."""
        warn_if_compared_as_text(self, name, operator, value)
        self.task_variables.append(VariableFilter(name, operator, value))


class Query(QueryBodyMixin, GetList):
    """Query historic task instances with the filters of :class:`GetList` in a JSON body."""

    #: Alternative filter sets (dicts with Camunda's keys), set on the instance.
    or_queries = BodyParameter('orQueries')


class Count(CountMixin, GetList):
    """Count the historic task instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class QueryCount(CountMixin, Query):
    """Count the historic task instances that match the filters, sent in a JSON body."""

    path = URL_SUFFIX + '/count'


class GetReport(LoadsAll[TaskReport]):
    """Report completed tasks: counted by task name or process definition, or their durations."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/report'
    report_type = QueryParameter('reportType', mapping={'count': 'count', 'duration': 'duration'})
    period_unit = QueryParameter('periodUnit', mapping={'month': 'MONTH', 'quarter': 'QUARTER'})
    group_by = QueryParameter('groupBy', mapping={'process_definition': 'processDefinition',
                              'task_name': 'taskName'})
    completed_before = QueryParameter('completedBefore')
    completed_after = QueryParameter('completedAfter')

    def __init__(self, url: str, report_type: str, period_unit: Optional[str] = None,
                 group_by: Optional[str] = None, completed_before: Optional[dt.datetime] = None,
                 completed_after: Optional[dt.datetime] = None) -> None:
        """:param report_type: ``count`` (needs ``group_by``) or ``duration`` (needs ``period_unit``)."""
        super().__init__(url)
        self.set_parameters(locals())
