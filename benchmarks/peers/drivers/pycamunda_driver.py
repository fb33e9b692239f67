"""pycamunda's Worker under a profile: ``pycamunda_driver.py URL TOPIC PROFILE CONCURRENCY OUT``.

``CONCURRENCY`` 0 keeps the worker's defaults. Otherwise the worker runs that many handler
threads, except for the ``cpu`` profile, whose handlers run in that many processes
(``Worker(processes=N)``, as the worker guide advises for CPU-bound handlers).
``PEERS_PYCAMUNDA_OPTIONS`` (JSON) adds Worker options, for tuning (``{"prefetch": 0}``).
"""
from __future__ import annotations

import json
import os
import sys
from typing import Any, Dict, Optional

from profiles import Record, fails, work

import pycamunda.worker as pw

_record: Optional[Record] = None


def handle(task: pw.Task) -> None:
    """The profile's handler; module-level, so that a handler process can run it. The profile
    and the output file come from the environment, which handler processes inherit."""
    global _record
    if _record is None:
        _record = Record(os.environ['PEERS_OUT'])
    locked = int(task.lock_expiration_time.timestamp() * 1000)
    _record.write(task.id_, locked, 1 if task.retries is None else 2)
    profile = os.environ['PEERS_PROFILE']
    if fails(profile, task.retries):
        raise RuntimeError('fails once')
    work(profile)


def options(profile: str, concurrency: int) -> Dict[str, Any]:
    """The Worker options of a run."""
    chosen: Dict[str, Any] = {}
    if concurrency:
        chosen['processes' if profile == 'cpu' else 'threads'] = concurrency
    chosen.update(json.loads(os.environ.get('PEERS_PYCAMUNDA_OPTIONS', '{}')))
    return chosen


def main(url: str, topic: str, profile: str, concurrency: int, out: str) -> None:
    os.environ['PEERS_PROFILE'], os.environ['PEERS_OUT'] = profile, out
    worker = pw.Worker(url, lock_duration=60_000, **options(profile, concurrency))
    worker.subscribe(topic, handle, retry_policy=pw.RetryPolicy(retries=2, timeouts=(0,)))
    worker.run()


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
