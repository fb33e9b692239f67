"""pycamunda's Worker under a profile: ``pycamunda_driver.py URL TOPIC PROFILE CONCURRENCY OUT``.

``CONCURRENCY`` 0 keeps the worker's defaults; otherwise it runs that many handler threads.
``PEERS_PYCAMUNDA_OPTIONS`` (JSON) adds Worker options, for tuning (``{"prefetch": 0}``).
"""
from __future__ import annotations

import json
import os
import sys

from profiles import Record, fails, work

import pycamunda.worker as pw


def main(url: str, topic: str, profile: str, concurrency: int, out: str) -> None:
    record = Record(out)
    options = {'threads': concurrency} if concurrency else {}
    options.update(json.loads(os.environ.get('PEERS_PYCAMUNDA_OPTIONS', '{}')))
    worker = pw.Worker(url, lock_duration=60_000, **options)

    @worker.subscribe(topic, retry_policy=pw.RetryPolicy(retries=2, timeouts=(0,)))
    def handle(task: pw.Task) -> None:
        locked = int(task.lock_expiration_time.timestamp() * 1000)
        record.write(task.id_, locked, 1 if task.retries is None else 2)
        if fails(profile, task.retries):
            raise RuntimeError('fails once')
        work(profile)

    worker.run()


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
