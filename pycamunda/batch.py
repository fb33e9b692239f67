"""Batches of asynchronous operations: ``/batch``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional

from pycamunda.model import Model

URL_SUFFIX = '/batch'


@dataclasses.dataclass
class Batch(Model):
    """A batch: a set of jobs that carry out one operation on many items."""

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
    start_time: Optional[dt.datetime] = None
    execution_start_time: Optional[dt.datetime] = None


@dataclasses.dataclass
class BatchStats(Model):
    """A batch with how many of its jobs are remaining, completed and failed."""

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
    remaining_jobs: int
    completed_jobs: int
    failed_jobs: int
    start_time: Optional[dt.datetime] = None
    execution_start_time: Optional[dt.datetime] = None
