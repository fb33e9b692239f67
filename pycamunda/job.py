"""Jobs: timers, asynchronous continuations and batch jobs the job executor runs: ``/job``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Iterable, List, Optional

from pycamunda.base import (
    CamundaRequest,
    Command,
    Condition,
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    QueryDateConditions,
    RequestMethod,
    SelectsOne,
    value_is_true,
)
from pycamunda.batch import Batch
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['GetList', 'Count', 'Query', 'QueryCount', 'Get', 'SetRetries', 'SetRetriesAsync',
           'Activate', 'Suspend', 'SetDueDate', 'RecalculateDueDate', 'Execute', 'GetStacktrace',
           'SetPriority', 'Delete']

URL_SUFFIX = '/job'


@dataclasses.dataclass
class Job(Model):
    """A job: a unit of work the job executor runs when it is due."""

    id_: str
    job_definition_id: str
    due_date: Optional[dt.datetime]
    process_instance_id: Optional[str]
    execution_id: Optional[str]
    process_definition_id: Optional[str]
    process_definition_key: Optional[str]
    retries: int
    exception_message: Optional[str]
    suspended: bool
    priority: int
    tenant_id: Optional[str] = None
    failed_activity_id: Optional[str] = None
    create_time: Optional[dt.datetime] = None
    batch_id: Optional[str] = None


SORT_KEYS = {'job_id': 'jobId', 'execution_id': 'executionId',
             'process_instance_id': 'processInstanceId',
             'process_definition_id': 'processDefinitionId',
             'process_definition_key': 'processDefinitionKey', 'job_priority': 'jobPriority',
             'job_retries': 'jobRetries', 'job_due_date': 'jobDueDate', 'tenant_id': 'tenantId'}


class GetList(PagingMixin, LoadsAll[Job]):
    """Query jobs."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    job_id = QueryParameter('jobId')
    job_ids = QueryParameter('jobIds')
    job_definition_id = QueryParameter('jobDefinitionId')
    process_instance_id = QueryParameter('processInstanceId')
    process_instance_ids = QueryParameter('processInstanceIds')
    execution_id = QueryParameter('executionId')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    activity_id = QueryParameter('activityId')
    with_retries_left = QueryParameter('withRetriesLeft', provide=value_is_true)
    executable = QueryParameter('executable', provide=value_is_true)
    timers = QueryParameter('timers', provide=value_is_true)
    messages = QueryParameter('messages', provide=value_is_true)
    due_dates = QueryDateConditions('dueDates')
    create_times = QueryDateConditions('createTimes')
    with_exception = QueryParameter('withException', provide=value_is_true)
    exception_message = QueryParameter('exceptionMessage')
    failed_activity_id = QueryParameter('failedActivityId')
    no_retries_left = QueryParameter('noRetriesLeft', provide=value_is_true)
    active = QueryParameter('active', provide=value_is_true)
    suspended = QueryParameter('suspended', provide=value_is_true)
    priority_lower_than_or_equals = QueryParameter('priorityLowerThanOrEquals')
    priority_higher_than_or_equals = QueryParameter('priorityHigherThanOrEquals')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    include_jobs_without_tenant_id = QueryParameter('includeJobsWithoutTenantId',
                                                    provide=value_is_true)
    acquired = QueryParameter('acquired', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping=SORT_KEYS)

    def __init__(self, url: str, job_id: Optional[str] = None, job_ids: Optional[List[str]] = None,
                 job_definition_id: Optional[str] = None, process_instance_id: Optional[str] = None,
                 process_instance_ids: Optional[List[str]] = None,
                 execution_id: Optional[str] = None, process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None, activity_id: Optional[str] = None,
                 with_retries_left: bool = False, executable: bool = False, timers: bool = False,
                 messages: bool = False, due_dates: Optional[Iterable[Condition]] = None,
                 create_times: Optional[Iterable[Condition]] = None, with_exception: bool = False,
                 exception_message: Optional[str] = None, failed_activity_id: Optional[str] = None,
                 no_retries_left: bool = False, active: bool = False, suspended: bool = False,
                 priority_lower_than_or_equals: Optional[int] = None,
                 priority_higher_than_or_equals: Optional[int] = None,
                 tenant_id_in: Optional[List[str]] = None, without_tenant_id: bool = False,
                 include_jobs_without_tenant_id: bool = False, acquired: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        """Query jobs.

        :param executable: Only jobs with retries left that are due (or have no due date).
        :param timers: Only timer jobs; ``messages``: only asynchronous continuations.
        :param due_dates: Conditions on the due date, operator ``gt`` or ``lt``: strings
            ``operator_date`` (``'gt_2024-01-01T00:00:00.000+0000'``), ``(operator, date)``
            tuples or ``{'operator': 'gt', 'value': date}`` dicts (dates may be datetimes). A
            query string gets the strings; :class:`Query` sends objects. ``create_times``
            alike.
        :param acquired: Only jobs a job executor has locked.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the jobs that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Query(QueryBodyMixin, GetList):
    """Query jobs with the filters of :class:`GetList` in a JSON body."""


class QueryCount(CountMixin, Query):
    """Count the jobs that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'


class Get(Loads[Job]):
    """Get a job."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class SetRetries(Command):
    """Set a job's retries; a job with retries left and no incident is executed again."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/retries'
    id_ = PathParameter('id')
    retries = BodyParameter('retries')
    due_date = BodyParameter('dueDate')

    def __init__(self, url: str, id_: str, retries: int,
                 due_date: Optional[dt.datetime] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class SetRetriesAsync(Loads[Batch]):
    """Set the retries of many jobs (by ids and/or a job query) in a batch."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/retries'
    retries = BodyParameter('retries')
    job_ids = BodyParameter('jobIds')
    job_query = BodyParameter('jobQuery')
    due_date = BodyParameter('dueDate')

    def __init__(self, url: str, retries: int, job_ids: Optional[List[str]] = None,
                 job_query: Optional[Dict[str, Any]] = None,
                 due_date: Optional[dt.datetime] = None) -> None:
        """Set retries of the jobs with ``job_ids`` and those ``job_query`` matches.

        :param job_query: A job query as the body of ``POST /job`` (see :class:`Query`).
        """
        super().__init__(url)
        self.set_parameters(locals())


class Activate(SelectsOne, Command):
    """Activate a job by ``id_``, or the jobs of a job definition, process definition or instance."""

    http_method = RequestMethod.PUT
    path = (URL_SUFFIX + '/{id_}/suspended', URL_SUFFIX + '/suspended')
    selections = ('id_', 'job_definition_id', 'process_definition_id', 'process_instance_id',
                  'process_definition_key')
    id_ = PathParameter('id')
    suspended = BodyParameter('suspended', factory=lambda: False)
    job_definition_id = BodyParameter('jobDefinitionId')
    process_definition_id = BodyParameter('processDefinitionId')
    process_instance_id = BodyParameter('processInstanceId')
    process_definition_key = BodyParameter('processDefinitionKey')
    process_definition_tenant_id = BodyParameter('processDefinitionTenantId')
    process_definition_without_tenant_id = BodyParameter('processDefinitionWithoutTenantId',
                                                         provide=value_is_true)

    def __init__(self, url: str, id_: Optional[str] = None, job_definition_id: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_instance_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_tenant_id: Optional[str] = None,
                 process_definition_without_tenant_id: bool = False) -> None:
        """Give ``id_`` or one of the selections.

        :param process_definition_tenant_id: With ``process_definition_key``: that tenant's.
        :param process_definition_without_tenant_id: With ``process_definition_key``: the
            definition without tenant.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Suspend(Activate):
    """Suspend a job by ``id_``, or the jobs of a job definition, process definition or instance."""

    suspended = BodyParameter('suspended', factory=lambda: True)


class SetDueDate(Command):
    """Set when a job is due; ``None`` makes it due at once."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/duedate'
    id_ = PathParameter('id')
    due_date = BodyParameter('duedate', send_none=True)
    cascade = BodyParameter('cascade', provide=value_is_true)

    def __init__(self, url: str, id_: str, due_date: Optional[dt.datetime],
                 cascade: bool = False) -> None:
        """Set the due date.

        :param cascade: Shift the due dates of the timer's later jobs by the same amount.
        """
        super().__init__(url)
        self.set_parameters(locals())


class RecalculateDueDate(Command):
    """Recalculate a timer job's due date from its timer definition."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/duedate/recalculate'
    id_ = PathParameter('id')
    creation_date_based = QueryParameter('creationDateBased')

    def __init__(self, url: str, id_: str, creation_date_based: Optional[bool] = None) -> None:
        """Recalculate the due date.

        :param creation_date_based: From the job's creation date (default) or, if false, from now.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Execute(Command):
    """Execute a job now, in the caller's thread."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/{id_}/execute'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetStacktrace(CamundaRequest):
    """Get the stack trace of a job's last failure."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/stacktrace'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        return super().__call__(self.http_method, *args, **kwargs).text


class SetPriority(Command):
    """Set a job's priority."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/priority'
    id_ = PathParameter('id')
    priority = BodyParameter('priority')

    def __init__(self, url: str, id_: str, priority: int) -> None:
        super().__init__(url, id_=id_, priority=priority)


class Delete(Command):
    """Delete a job."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)
