"""Batches of asynchronous operations: ``/batch``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, List, Optional, Tuple

from pycamunda.base import (
    CamundaRequest,
    Command,
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    load_each,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['GetList', 'Count', 'Get', 'Activate', 'Suspend', 'Delete', 'GetStats', 'CountStats']

URL_SUFFIX = '/batch'


@dataclasses.dataclass
class _BatchFields(Model):
    """The fields of a batch that :class:`Batch` and :class:`BatchStats` share."""

    id_: str
    type_: str
    total_jobs: int
    jobs_created: int
    batch_jobs_per_seed: int
    invocations_per_batch_job: int
    seed_job_definition_id: str
    monitor_job_definition_id: str
    batch_job_definition_id: str
    suspended: bool
    tenant_id: str
    create_user_id: str


@dataclasses.dataclass
class Batch(_BatchFields):
    """A batch: a set of jobs that carry out one operation on many items."""

    start_time: Optional[dt.datetime] = None
    execution_start_time: Optional[dt.datetime] = None


@dataclasses.dataclass
class BatchStats(_BatchFields):
    """A batch with how many of its jobs are remaining, completed and failed."""

    remaining_jobs: int
    completed_jobs: int
    failed_jobs: int
    start_time: Optional[dt.datetime] = None
    execution_start_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[Batch]):
    """Query batches."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    batch_id = QueryParameter('batchId')
    type_ = QueryParameter('type')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    suspended = QueryParameter('suspended', provide=value_is_true)
    created_by = QueryParameter('createdBy')
    started_before = QueryParameter('startedBefore')
    started_after = QueryParameter('startedAfter')
    with_failures = QueryParameter('withFailures', provide=value_is_true)
    without_failures = QueryParameter('withoutFailures', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'batch_id': 'batchId', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, batch_id: Optional[str] = None, type_: Optional[str] = None,
                 tenant_id_in: Optional[List[str]] = None, without_tenant_id: bool = False,
                 suspended: bool = False, sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None,
                 created_by: Optional[str] = None, started_before: Optional[dt.datetime] = None,
                 started_after: Optional[dt.datetime] = None, with_failures: bool = False,
                 without_failures: bool = False) -> None:
        """Query batches.

        :param type_: The batch type, e.g. ``instance-migration`` or ``set-job-retries``.
        :param suspended: Only suspended batches.
        :param created_by: Only batches created by this user.
        :param with_failures: Only batches with failed jobs.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the batches that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'

    def __init__(self, url: str, batch_id: Optional[str] = None, type_: Optional[str] = None,
                 tenant_id_in: Optional[List[str]] = None, without_tenant_id: bool = False,
                 suspended: bool = False, created_by: Optional[str] = None,
                 started_before: Optional[dt.datetime] = None,
                 started_after: Optional[dt.datetime] = None, with_failures: bool = False,
                 without_failures: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Get(Loads[Batch]):
    """Get a batch."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: Optional[str] = None) -> None:
        super().__init__(url, id_=id_)


class Activate(Command):
    """Activate a suspended batch: its jobs are executed again."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{id_}/suspended'
    id_ = PathParameter('id')
    suspended = BodyParameter('suspended', factory=lambda: False)

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Suspend(Activate):
    """Suspend a batch: none of its jobs is executed until it is activated."""

    suspended = BodyParameter('suspended', factory=lambda: True)


class Delete(Command):
    """Delete a batch and its jobs; with ``cascade`` also its history."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    cascade = QueryParameter('cascade', provide=value_is_true)

    def __init__(self, url: str, id_: str, cascade: bool = False) -> None:
        super().__init__(url, id_=id_, cascade=cascade)


class GetStats(GetList):
    """Query batches with the numbers of their remaining, completed and failed jobs."""

    path = URL_SUFFIX + '/statistics'

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[BatchStats, ...]:  # type: ignore[override]
        response = CamundaRequest.__call__(self, self.http_method, *args, **kwargs)
        return load_each(BatchStats, response.json())


class CountStats(Count):
    """Count the batches that match the filters of :class:`GetStats`."""

    path = URL_SUFFIX + '/statistics/count'
