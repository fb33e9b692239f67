"""Historic batches and their cleanup report: ``/history/batch``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Optional, Sequence

from pycamunda.base import (
    Command,
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.batch import Batch
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['GetList', 'Count', 'Get', 'Delete', 'GetCleanableReport', 'CountCleanableReport',
           'SetRemovalTimeAsync']

URL_SUFFIX = '/history/batch'


@dataclasses.dataclass
class HistoricBatch(Model):
    """A batch as the history keeps it, running or ended."""

    id_: str
    type_: str
    total_jobs: int
    batch_jobs_per_seed: int
    invocations_per_batch_job: int
    seed_job_definition_id: str
    monitor_job_definition_id: str
    batch_job_definition_id: str
    tenant_id: str
    create_user_id: str
    start_time: Optional[dt.datetime] = None
    execution_start_time: Optional[dt.datetime] = None
    end_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


@dataclasses.dataclass
class CleanableBatchReport(Model):
    """Per batch type: how many finished batches there are and how many may be cleaned up."""

    batch_type: str
    history_time_to_live: int
    finished_batches_count: int
    cleanable_batches_count: int


class GetList(PagingMixin, LoadsAll[HistoricBatch]):
    """Query historic batches."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    batch_id = QueryParameter('batchId')
    type_ = QueryParameter('type')
    completed = QueryParameter('completed')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'batch_id': 'batchId', 'start_time': 'startTime',
                                                'end_time': 'endTime', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, batch_id: Optional[str] = None, type_: Optional[str] = None,
                 completed: Optional[bool] = None, tenant_id_in: Optional[Sequence[str]] = None,
                 without_tenant_id: bool = False, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the historic batches that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class Get(Loads[HistoricBatch]):
    """Get a historic batch."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class Delete(Command):
    """Delete a historic batch with its job log."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')

    def __init__(self, url: str, id_: str) -> None:
        super().__init__(url, id_=id_)


class GetCleanableReport(PagingMixin, LoadsAll[CleanableBatchReport]):
    """Report, per batch type, the finished batches and those the history cleanup may remove."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/cleanable-batch-report'
    sort_by = QueryParameter('sortBy', mapping={'finished': 'finished'})

    def __init__(self, url: str, sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class CountCleanableReport(CountMixin, GetCleanableReport):
    """Count the rows of the cleanable batch report."""

    path = URL_SUFFIX + '/cleanable-batch-report/count'


class SetRemovalTimeAsync(Loads[Batch]):
    """Set or clear the removal time of historic batches in a batch."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/set-removal-time'
    historic_batch_ids = BodyParameter('historicBatchIds')
    historic_batch_query = BodyParameter('historicBatchQuery')
    absolute_removal_time = BodyParameter('absoluteRemovalTime')
    cleared_removal_time = BodyParameter('clearedRemovalTime', provide=value_is_true)
    calculated_removal_time = BodyParameter('calculatedRemovalTime', provide=value_is_true)

    def __init__(self, url: str, historic_batch_ids: Optional[Sequence[str]] = None,
                 historic_batch_query: Optional[Dict[str, Any]] = None,
                 absolute_removal_time: Optional[dt.datetime] = None,
                 cleared_removal_time: bool = False, calculated_removal_time: bool = False) -> None:
        """Give one of ``absolute_removal_time``, ``cleared_removal_time`` and ``calculated_removal_time``."""
        super().__init__(url)
        self.set_parameters(locals())
