"""Job definitions: how the jobs of an activity are created and run: ``/job-definition``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import List, Optional

from pycamunda.base import (
    Command,
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    QueryBodyMixin,
    RequestMethod,
    SelectsOne,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['GetList', 'Count', 'Query', 'QueryCount', 'Get', 'SetPriority', 'SetRetries',
           'Activate', 'Suspend']

URL_SUFFIX = '/job-definition'


@dataclasses.dataclass
class JobDefinition(Model):
    """A job definition: the kind of jobs an activity of a process definition creates."""

    id_: str
    process_definition_id: str
    process_definition_key: str
    activity_id: str
    job_type: str
    job_configuration: str
    suspended: bool
    overriding_job_priority: Optional[int] = None
    tenant_id: Optional[str] = None
    deployment_id: Optional[str] = None


SORT_KEYS = {'job_definition_id': 'jobDefinitionId', 'activity_id': 'activityId',
             'process_definition_id': 'processDefinitionId',
             'process_definition_key': 'processDefinitionKey', 'job_type': 'jobType',
             'job_configuration': 'jobConfiguration', 'tenant_id': 'tenantId'}


class GetList(PagingMixin, LoadsAll[JobDefinition]):
    """Query job definitions."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    job_definition_id = QueryParameter('jobDefinitionId')
    activity_id_in = QueryParameter('activityIdIn')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    job_type = QueryParameter('jobType')
    job_configuration = QueryParameter('jobConfiguration')
    active = QueryParameter('active', provide=value_is_true)
    suspended = QueryParameter('suspended', provide=value_is_true)
    with_overriding_job_priority = QueryParameter('withOverridingJobPriority',
                                                  provide=value_is_true)
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    include_job_definitions_without_tenant_id = QueryParameter(
        'includeJobDefinitionsWithoutTenantId', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping=SORT_KEYS)

    def __init__(self, url: str, job_definition_id: Optional[str] = None,
                 activity_id_in: Optional[List[str]] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None, job_type: Optional[str] = None,
                 job_configuration: Optional[str] = None, active: bool = False,
                 suspended: bool = False, with_overriding_job_priority: bool = False,
                 tenant_id_in: Optional[List[str]] = None, without_tenant_id: bool = False,
                 include_job_definitions_without_tenant_id: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        """Query job definitions.

        :param job_type: E.g. ``timer-intermediate-transition`` or ``async-continuation``.
        :param job_configuration: E.g. ``async-before`` or a timer's ``DURATION: PT1H``.
        :param with_overriding_job_priority: Only definitions whose priority was set.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the job definitions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Query(QueryBodyMixin, GetList):
    """Query job definitions with the filters of :class:`GetList` in a JSON body."""


class QueryCount(CountMixin, Query):
    """Count the job definitions that match the filters of :class:`Query`."""

    path = URL_SUFFIX + '/count'


class Get(Loads[JobDefinition]):
    """Get a job definition."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class SetPriority(Command):
    """Override the priority of the definition's new jobs; ``None`` removes the override."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/jobPriority'
    id_ = PathParameter('id')
    priority = BodyParameter('priority', send_none=True)
    include_jobs = BodyParameter('includeJobs', provide=value_is_true)

    def __init__(self, url: str, id_: str, priority: Optional[int],
                 include_jobs: bool = False) -> None:
        """Set the priority.

        :param include_jobs: Give the definition's existing jobs the priority too.
        """
        super().__init__(url)
        self.set_parameters(locals())


class SetRetries(Command):
    """Set the retries of all failed jobs of a job definition."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/retries'
    id_ = PathParameter('id')
    retries = BodyParameter('retries')

    def __init__(self, url: str, id_: str, retries: int) -> None:
        super().__init__(url, id_=id_, retries=retries)


class Activate(SelectsOne, Command):
    """Activate a job definition by ``id_``, or those of a process definition."""

    http_method = RequestMethod.PUT
    path = (URL_SUFFIX + '/{id_}/suspended', URL_SUFFIX + '/suspended')
    selections = ('id_', 'process_definition_id', 'process_definition_key')
    id_ = PathParameter('id')
    suspended = BodyParameter('suspended', factory=lambda: False)
    process_definition_id = BodyParameter('processDefinitionId')
    process_definition_key = BodyParameter('processDefinitionKey')
    process_definition_tenant_id = BodyParameter('processDefinitionTenantId')
    process_definition_without_tenant_id = BodyParameter('processDefinitionWithoutTenantId',
                                                         provide=value_is_true)
    include_jobs = BodyParameter('includeJobs', provide=value_is_true)
    execution_datetime = BodyParameter('executionDate')

    def __init__(self, url: str, id_: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_definition_tenant_id: Optional[str] = None,
                 process_definition_without_tenant_id: bool = False, include_jobs: bool = False,
                 execution_datetime: Optional[dt.datetime] = None) -> None:
        """Give ``id_`` or a process definition.

        :param include_jobs: Change the state of the definitions' jobs too.
        :param execution_datetime: When to change the state; now if not given.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Suspend(Activate):
    """Suspend a job definition by ``id_``, or those of a process definition."""

    suspended = BodyParameter('suspended', factory=lambda: True)
