"""camunda-external-task-client-python3 under a profile, through its documented API.

``python_peer_driver.py URL TOPIC PROFILE CONCURRENCY OUT``: ``CONCURRENCY`` 0 runs one
``ExternalTaskWorker`` with the package's default configuration; otherwise that many workers,
one per thread (as its documentation runs several), each otherwise at the defaults.
"""
from __future__ import annotations

import concurrent.futures
import datetime as dt
import logging
import sys

from camunda.external_task.external_task import ExternalTask, TaskResult
from camunda.external_task.external_task_worker import ExternalTaskWorker
from profiles import Record, fails, work


def main(url: str, topic: str, profile: str, concurrency: int, out: str) -> None:
    logging.disable(logging.INFO)  # it logs every fetch at INFO; the others log nothing per task
    record = Record(out)

    def handle(task: ExternalTask) -> TaskResult:
        context = task._context  # the task's JSON: the package has no getter for the lock
        locked = dt.datetime.strptime(context['lockExpirationTime'], '%Y-%m-%dT%H:%M:%S.%f%z')
        retries = context.get('retries')
        record.write(task.get_task_id(), int(locked.timestamp() * 1000), 1 if retries is None else 2)
        if fails(profile, retries):
            return task.failure('fails once', 'fails once', max_retries=1, retry_timeout=0)
        work(profile)
        return task.complete({})

    config = {'lockDuration': 60_000}

    def run(index: int) -> None:
        ExternalTaskWorker(worker_id=f'peer-{index}', base_url=url, config=config).subscribe(
            [topic], handle)

    with concurrent.futures.ThreadPoolExecutor(max(concurrency, 1)) as pool:
        list(pool.map(run, range(max(concurrency, 1))))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
