"""Tasks per second of :class:`~pycamunda.worker.worker.Worker` against a plain fetch-complete loop.

Both run a short I/O-bound handler (``--sleep`` ms) against a real engine. The plain loop is
what one writes with the request classes alone: fetch a batch, handle each task, complete it,
one at a time. The worker runs the handler on 1, 4 and 16 threads. Usage::

    CAMUNDA_URL=http://127.0.0.1:18080/engine-rest python benchmarks/worker_throughput.py

Not part of the test suite.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import os
import string
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Callable, Dict, List

import requests

import pycamunda.externaltask as et
import pycamunda.worker as pw

FIXTURE = Path(__file__).resolve().parents[1] / 'tests' / 'engine' / 'fixtures' / 'worker_single.bpmn'


class Setup:
    """A deployment per measurement, its instances started, and deleted afterwards."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.local = threading.local()
        self.deployments: List[str] = []

    def session(self) -> requests.Session:
        if not hasattr(self.local, 'session'):
            self.local.session = requests.Session()
        return self.local.session

    def topic_with_tasks(self, count: int) -> str:
        key = 'bench' + uuid.uuid4().hex[:8]
        text = string.Template(FIXTURE.read_text()).safe_substitute(key=key, topic=f'{key}-topic')
        response = self.session().post(f'{self.url}/deployment/create', timeout=60,
                                       data={'deployment-name': key},
                                       files={f'{key}.bpmn': (f'{key}.bpmn', text.encode())})
        response.raise_for_status()
        self.deployments.append(response.json()['id'])

        def start(_: int) -> None:
            self.session().post(f'{self.url}/process-definition/key/{key}/start', json={},
                                timeout=60).raise_for_status()
        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            list(pool.map(start, range(count)))
        return f'{key}-topic'

    def close(self) -> None:
        for deployment in self.deployments:
            self.session().delete(f'{self.url}/deployment/{deployment}', timeout=300,
                                  params={'cascade': 'true', 'skipCustomListeners': 'true'})


def plain_loop(url: str, topic: str, count: int, handle: Callable[[], None],
               batch: int) -> float:
    """Fetch up to ``batch`` tasks, handle and complete them one by one; tasks per second."""
    started = time.perf_counter()
    done = 0
    while done < count:
        fetch = et.FetchAndLock(url, 'plain-loop', batch, async_response_timeout=1000)
        fetch.add_topic(topic, 60_000)
        for task in fetch():
            handle()
            et.Complete(url, task.id_, 'plain-loop')()
            done += 1
    return count / (time.perf_counter() - started)


def worker_run(url: str, topic: str, count: int, handle: Callable[[], None],
               threads: int) -> float:
    """Run a worker with ``threads`` handler threads until ``count`` tasks completed."""
    worker = pw.Worker(url, f'bench-{threads}', threads=threads, async_response_timeout=1000)
    worker.subscribe(topic, lambda task: handle())
    finished = threading.Event()
    worker.add_listener(lambda event, task: finished.set()
                        if event == 'completed' and worker.metrics.completed >= count else None)
    started = time.perf_counter()
    with worker.start():
        if not finished.wait(600):
            raise RuntimeError(f'only {worker.metrics.completed} of {count} tasks completed')
        elapsed = time.perf_counter() - started
    return count / elapsed


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--url', default=os.environ.get('CAMUNDA_URL',
                                                        'http://127.0.0.1:18080/engine-rest'))
    parser.add_argument('--tasks', type=int, default=300, help='tasks per measurement')
    parser.add_argument('--sleep', type=float, default=20.0, help='handler time in ms')
    parser.add_argument('--threads', type=int, nargs='+', default=[1, 4, 16])
    args = parser.parse_args(argv)

    def handle() -> None:
        time.sleep(args.sleep / 1000)

    setup = Setup(args.url)
    rows: Dict[int, Dict[str, float]] = {}
    try:
        for threads in args.threads:
            plain = plain_loop(args.url, setup.topic_with_tasks(args.tasks), args.tasks, handle,
                               batch=threads)
            worker = worker_run(args.url, setup.topic_with_tasks(args.tasks), args.tasks, handle,
                                threads)
            rows[threads] = {'plain': plain, 'worker': worker}
    finally:
        setup.close()
    print(f'{args.tasks} tasks per run, handler sleeps {args.sleep:g} ms, engine {args.url}')
    print(f'{"threads":>7} | {"plain loop (tasks/s)":>20} | {"worker (tasks/s)":>16} | '
          f'{"speed-up":>8}')
    print(f'{"-" * 7}-+-{"-" * 20}-+-{"-" * 16}-+-{"-" * 8}')
    for threads, row in rows.items():
        print(f'{threads:>7} | {row["plain"]:>20.1f} | {row["worker"]:>16.1f} | '
              f'{row["worker"] / row["plain"]:>7.1f}x')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
