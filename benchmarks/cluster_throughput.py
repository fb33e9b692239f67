"""Worker throughput against one engine node and against two, on the same PostgreSQL database.

The cluster is ``tests/engine/cluster.py``'s (PostgreSQL, nodes on 18082 and 18083; started
here unless both answer, and then stopped again). The same workers with the same handler (a
``--sleep`` ms I/O wait) complete ``--tasks`` tasks twice: all attached to node A, then half
given ``[A, B]`` and half ``[B, A]``, so each node serves half of the fetches and reports.
Usage::

    python benchmarks/cluster_throughput.py [--tasks 2000] [--workers 4] [--threads 8]

Not part of the test suite. Engine nodes and workers share the machine's cores, so the
two-node figure shows what a second node adds on this machine, not on separate hosts.
"""
from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path
from typing import List

import pycamunda.worker as pw

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / 'tests' / 'engine'), str(HERE)]

from cluster import Cluster  # noqa: E402
from worker_throughput import Setup  # noqa: E402


def measure(setup: Setup, url_lists: List[List[str]], tasks: int, threads: int,
            sleep: float) -> float:
    """Tasks per second of one worker per URL list, until ``tasks`` tasks are completed."""
    topic = setup.topic_with_tasks(tasks)
    done = threading.Event()
    completed = [0]
    lock = threading.Lock()

    def listen(event: str, task: object) -> None:
        if event == 'completed':
            with lock:
                completed[0] += 1
                if completed[0] >= tasks:
                    done.set()
    workers = []
    for i, urls in enumerate(url_lists):
        worker = pw.Worker(urls, f'bench-cluster-{i}', threads=threads,
                           async_response_timeout=1000)
        worker.subscribe(topic, lambda task: time.sleep(sleep / 1000))
        worker.add_listener(listen)
        workers.append(worker)
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    try:
        if not done.wait(900):
            raise RuntimeError(f'only {completed[0]} of {tasks} tasks completed')
        elapsed = time.perf_counter() - started
    finally:
        for worker in workers:
            worker.stop(wait=False)
        for worker in workers:
            worker.stop()
    return tasks / elapsed


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--tasks', type=int, default=2000, help='tasks per measurement')
    parser.add_argument('--workers', type=int, default=4)
    parser.add_argument('--threads', type=int, default=8, help='handler threads per worker')
    parser.add_argument('--sleep', type=float, default=20.0, help='handler time in ms')
    args = parser.parse_args(argv)
    with Cluster().running() as cluster:
        a, b = cluster.urls
        setup = Setup(a)
        try:
            one = measure(setup, [[a]] * args.workers, args.tasks, args.threads, args.sleep)
            two = measure(setup, [[a, b] if i % 2 == 0 else [b, a]
                                  for i in range(args.workers)],
                          args.tasks, args.threads, args.sleep)
        finally:
            setup.close()
    print(f'{args.tasks} tasks per run, {args.workers} workers x {args.threads} threads, '
          f'handler sleeps {args.sleep:g} ms, PostgreSQL')
    print(f'one node : {one:7.1f} tasks/s')
    print(f'two nodes: {two:7.1f} tasks/s ({two / one:.2f}x)')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
