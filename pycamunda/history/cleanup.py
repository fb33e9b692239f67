"""The history cleanup: its jobs and configuration, ``/history/cleanup``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional

from pycamunda.base import (
    Loads,
    LoadsAll,
    RequestMethod,
)
from pycamunda.model import Model
from pycamunda.request import QueryParameter

__all__ = ['Cleanup', 'GetConfiguration', 'GetJob', 'GetJobs']

URL_SUFFIX = '/history/cleanup'


@dataclasses.dataclass
class Job(Model):
    """A history cleanup job."""

    id_: str
    job_definition_id: str
    process_instance_id: str
    execution_id: str
    process_definition_id: str
    process_definition_key: str
    retries: int
    exception_message: str
    failed_activity_id: str
    suspended: bool
    priority: int
    tenant_id: str
    batch_id: str
    due_date: Optional[dt.datetime] = None
    create_time: Optional[dt.datetime] = None


@dataclasses.dataclass
class CleanupConfiguration(Model):
    """Whether the history cleanup is enabled, and the next batch window it runs in."""

    enabled: bool
    batch_window_start_time: Optional[dt.datetime] = None
    batch_window_end_time: Optional[dt.datetime] = None


class Cleanup(Loads[Job]):
    """Schedule the history cleanup: now, or with ``immediately_due=False`` in the batch window."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX
    immediately_due = QueryParameter('immediatelyDue')

    def __init__(self, url: str, immediately_due: Optional[bool] = None) -> None:
        super().__init__(url, immediately_due=immediately_due)


class GetConfiguration(Loads[CleanupConfiguration]):
    """Get the history cleanup configuration."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/configuration'

    def __init__(self, url: str) -> None:
        super().__init__(url)


class GetJob(Loads[Job]):
    """Get the history cleanup job (the first one, if it is split into several)."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/job'

    def __init__(self, url: str) -> None:
        super().__init__(url)


class GetJobs(LoadsAll[Job]):
    """Get the history cleanup jobs."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/jobs'

    def __init__(self, url: str) -> None:
        super().__init__(url)
