"""``manage.py camunda_worker``: the external-task worker with the site's handlers."""

import importlib
from typing import Any, Optional

from django.conf import settings
from django.core.management.base import BaseCommand

import pycamunda.worker
from orders.camunda import service_auth


class Command(BaseCommand):
    help = ('Work the external tasks of the handlers of CAMUNDA_WORKER_MODULES '
            'until SIGTERM or Ctrl-C; then let running handlers finish, and stop.')

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument('--threads', type=int, default=4,
                            help='handlers run in parallel')
        parser.add_argument('--worker-id',
                            help='default: host name, PID and a random part')
        parser.add_argument('--long-poll', type=int, default=10_000,
                            metavar='MS',
                            help='how long the engine may hold a fetch open; '
                                 'a stop waits for it')

    def handle(self, *args: Any, threads: int, worker_id: Optional[str],
               long_poll: int, **options: Any) -> None:
        worker = pycamunda.worker.Worker(
            settings.CAMUNDA_URL, worker_id, threads=threads,
            async_response_timeout=long_poll, auth=service_auth())
        for name in settings.CAMUNDA_WORKER_MODULES:
            worker.add_module(importlib.import_module(name))
        # It logs to 'pycamunda.worker', which settings.LOGGING configures.
        worker.run()  # until SIGTERM/SIGINT: stop fetching, finish handlers, unlock
        self.stdout.write(f'worker stopped: {worker.metrics.snapshot()}')
