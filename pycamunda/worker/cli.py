"""The command line ``pycamunda-worker`` (also ``python -m pycamunda.worker``)."""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from typing import Optional, Sequence, Tuple

import requests
import requests.auth

from pycamunda.worker.policies import Backoff, RetryPolicy
from pycamunda.worker.worker import Worker

logger = logging.getLogger('pycamunda.worker')


def _int_list(text: str) -> Tuple[int, ...]:
    return tuple(int(part) for part in text.split(',') if part.strip())


#: The engine the command line addresses without ``--url`` or ``CAMUNDA_URL``.
DEFAULT_URL = 'http://localhost:8080/engine-rest'


def _parser() -> argparse.ArgumentParser:
    env = os.environ.get
    parser = argparse.ArgumentParser(
        prog='pycamunda-worker',
        description='Run the external-task handlers of Python modules against a Camunda 7 '
                    'engine. A module registers them in a function register(worker), on a '
                    'pycamunda.worker.Worker it defines, or with @pycamunda.worker.subscribe.')
    parser.add_argument('modules', nargs='+', metavar='MODULE',
                        help='a module with handlers, e.g. mypkg.handlers')
    parser.add_argument('--url', action='append', dest='urls', metavar='URL',
                        help='the REST URL; repeat it for the nodes of a cluster, first choice '
                             f'first (env CAMUNDA_URL, comma separated; default {DEFAULT_URL})')
    parser.add_argument('--worker-id', default=env('CAMUNDA_WORKER_ID'),
                        help='the worker id (env CAMUNDA_WORKER_ID)')
    parser.add_argument('--user', default=env('CAMUNDA_USER'),
                        help='user for HTTP basic auth (env CAMUNDA_USER)')
    parser.add_argument('--password', default=env('CAMUNDA_PASSWORD'),
                        help='password for HTTP basic auth (env CAMUNDA_PASSWORD)')
    threads = env('CAMUNDA_WORKER_THREADS')
    parser.add_argument('--threads', type=int, default=int(threads) if threads else None,
                        help='handlers running at once (env CAMUNDA_WORKER_THREADS; default 4)')
    parser.add_argument('--processes', type=int,
                        default=int(env('CAMUNDA_WORKER_PROCESSES', '0')),
                        help='run handlers in this many processes instead of threads, for '
                             'CPU-bound handlers (env CAMUNDA_WORKER_PROCESSES)')
    parser.add_argument('--max-tasks', type=int, default=None,
                        help='the most tasks fetched at once (default: threads)')
    parser.add_argument('--prefetch', type=int, default=None,
                        help='tasks that may wait for a free thread (default: threads)')
    parser.add_argument('--lock-duration', type=int, default=60_000, help='ms')
    parser.add_argument('--async-response-timeout', type=int, default=10_000, help='ms')
    parser.add_argument('--retries', type=int, default=3,
                        help='runs of a task before its incident, as Camunda counts retries')
    parser.add_argument('--retry-timeouts', type=_int_list, default=(1_000, 10_000, 60_000),
                        help='ms, comma separated; the last repeats')
    parser.add_argument('--shutdown-timeout', type=float, default=30.0, help='s')
    parser.add_argument('--max-error-backoff', type=float, default=30.0,
                        help='s, the longest wait before trying an unreachable engine again')
    parser.add_argument('--log-level', default=env('CAMUNDA_LOG_LEVEL', 'INFO'))
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``pycamunda-worker MODULE ...``: run the handlers of the modules until SIGINT/SIGTERM."""
    args = _parser().parse_args(argv)
    env_urls = os.environ.get('CAMUNDA_URL', DEFAULT_URL)
    logging.basicConfig(level=args.log_level.upper(),
                        format='%(asctime)s %(levelname)s %(name)s: %(message)s')
    auth = requests.auth.HTTPBasicAuth(args.user, args.password or '') if args.user else None
    urls = args.urls or [url.strip() for url in env_urls.split(',') if url.strip()]
    worker = Worker(urls, args.worker_id, threads=args.threads, processes=args.processes,
                    max_tasks=args.max_tasks,
                    prefetch=args.prefetch,
                    lock_duration=args.lock_duration,
                    async_response_timeout=args.async_response_timeout,
                    retry_policy=RetryPolicy(args.retries, args.retry_timeouts),
                    shutdown_timeout=args.shutdown_timeout, auth=auth,
                    error_backoff=Backoff(1.0, args.max_error_backoff))
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    for name in args.modules:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            logger.error('cannot import %s: %s', name, exc)
            return 2
        if not worker.add_module(module):
            logger.error('%s registers no handlers', name)
            return 2
    worker.run()
    return 0
