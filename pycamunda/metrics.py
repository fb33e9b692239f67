"""The engine's metrics (activity instances, executed decisions, task users, ...): ``/metrics``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Optional

from pycamunda.base import CamundaRequest, Command, LoadsAll, RequestMethod, value_is_true
from pycamunda.model import Model
from pycamunda.request import PathParameter, QueryParameter

__all__ = ['GetSum', 'GetIntervals', 'DeleteTaskWorker']

URL_SUFFIX = '/metrics'


@dataclasses.dataclass
class MetricsInterval(Model):
    """The value of a metric in one interval (and, unless aggregated, of one reporter)."""

    timestamp: dt.datetime
    name: str
    reporter: Optional[str]
    value: int


class GetSum(CamundaRequest):
    """Get the sum of a metric, e.g. ``'process-instances'`` or ``'task-users'``."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{name}/sum'
    name = PathParameter('metrics-name')
    start_date = QueryParameter('startDate')
    end_date = QueryParameter('endDate')

    def __init__(self, url: str, name: str, start_date: Optional[dt.datetime] = None,
                 end_date: Optional[dt.datetime] = None) -> None:
        """
        :param start_date: Count from this time on (inclusive).
        :param end_date: Count until this time (exclusive).
        """
        super().__init__(url)
        self.set_parameters(locals())

    def __call__(self, *args: Any, **kwargs: Any) -> int:
        return super().__call__(self.http_method, *args, **kwargs).json()['result']


class GetIntervals(LoadsAll[MetricsInterval]):
    """Get metrics' values per interval, newest first (the engine writes them every 15 minutes)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    name = QueryParameter('name')
    reporter = QueryParameter('reporter')
    start_date = QueryParameter('startDate')
    end_date = QueryParameter('endDate')
    first_result = QueryParameter('firstResult')
    max_results = QueryParameter('maxResults')
    interval = QueryParameter('interval')
    aggregate_by_reporter = QueryParameter('aggregateByReporter', provide=value_is_true)

    def __init__(self, url: str, name: Optional[str] = None, reporter: Optional[str] = None,
                 start_date: Optional[dt.datetime] = None, end_date: Optional[dt.datetime] = None,
                 first_result: Optional[int] = None, max_results: Optional[int] = None,
                 interval: Optional[int] = None, aggregate_by_reporter: bool = False) -> None:
        """
        :param interval: The interval's length in seconds (the engine's default is 900).
        :param aggregate_by_reporter: Sum the values of all reporters.
        """
        super().__init__(url)
        self.set_parameters(locals())


class DeleteTaskWorker(Command):
    """Delete the task worker metrics (``task-users``) older than ``date``, or all of them."""

    http_method = RequestMethod.DELETE
    path = URL_SUFFIX + '/task-worker'
    date = QueryParameter('date')

    def __init__(self, url: str, date: Optional[dt.datetime] = None) -> None:
        super().__init__(url, date=date)
