"""An external-task worker for an order process, with pycamunda.worker.

Run it against an engine (Ctrl-C or SIGTERM stops it gracefully)::

    CAMUNDA_URL=http://localhost:8080/engine-rest python examples/worker.py

The process (``examples/shop.bpmn``) has external tasks with topics ``check-stock`` and
``charge-card``; ``check-stock`` may raise the BPMN error ``OUT_OF_STOCK``.
``EXAMPLE_FAILURE_RATE`` (default 0.1) is how often the payment provider "times out";
``EXAMPLE_PROCESSES=1`` runs the handlers in processes, one per core.
The same handlers run under the command-line worker too:
``pycamunda-worker examples.worker``.
"""
from __future__ import annotations

import logging
import os
import random
import sys
from typing import Dict, Optional

import pycamunda.worker
from pycamunda.externaltask import ExternalTask

log = logging.getLogger('example')
FAILURE_RATE = float(os.environ.get('EXAMPLE_FAILURE_RATE', '0.1'))


@pycamunda.worker.subscribe('check-stock', variables=['item', 'quantity'],
                            lock_duration=10_000)
def check_stock(task: pycamunda.worker.Task) -> Dict[str, object]:
    """Reserve the items; a BPMN error leads the process down its out-of-stock path."""
    item, quantity = task.variables['item'], task.variables.get('quantity', 1)
    in_stock = random.randint(0, 10)
    if quantity > in_stock:
        raise pycamunda.worker.BPMNError('OUT_OF_STOCK', f'{item}: {in_stock} left',
                                         {'inStock': in_stock})
    return {'reserved': quantity}


# [retries]
# 5 runs in all; wait 5 s after the first failure, 30 s after each later one
PAYMENT_RETRIES = pycamunda.worker.RetryPolicy(retries=5, timeouts=(5_000, 30_000))
# [/retries]


@pycamunda.worker.subscribe('charge-card', variables=['amount'],
                            retry_policy=PAYMENT_RETRIES)
def charge_card(task: pycamunda.worker.Task) -> Optional[Dict[str, object]]:
    """Charge the card; an exception reports a failure, retried by the policy above."""
    if random.random() < FAILURE_RATE:
        raise ConnectionError('payment provider timed out')
    receipt = f'R-{task.process_instance_id[:8]}'
    return {'receipt': receipt, 'charged': task.variables['amount']}


def report(event: str, task: Optional[ExternalTask]) -> None:
    """Export events as metrics; here they are only logged."""
    log.debug('%s %s', event, task.id_ if task else '')


def in_processes(url: str) -> pycamunda.worker.Worker:
    """The same handlers, each run in a process of its own (for CPU-bound work)."""
    # [processes]
    # one process per core: the threads of one process run Python code one at a time
    worker = pycamunda.worker.Worker(url, processes=os.cpu_count() or 1)
    worker.add_module(sys.modules[__name__])  # module-level handlers: they pickle
    # [/processes]
    return worker


def main() -> None:
    # [logging]
    logging.basicConfig(level=logging.INFO,
                        format='%(asctime)s %(levelname)s %(name)s: %(message)s')
    # [/logging]
    url = os.environ.get('CAMUNDA_URL', 'http://localhost:8080/engine-rest')
    if os.environ.get('EXAMPLE_PROCESSES') == '1':
        worker = in_processes(url)
    else:
        # [worker]
        worker_id = os.environ.get('CAMUNDA_WORKER_ID')  # default: host, PID, random
        worker = pycamunda.worker.Worker(url, worker_id, threads=8)
        worker.add_module(sys.modules[__name__])  # the @subscribe handlers above
        # [/worker]
    worker.add_listener(report)
    worker.run()  # until Ctrl-C / SIGTERM: stops fetching, lets handlers finish
    log.info('done: %s', worker.metrics.snapshot())


if __name__ == '__main__':
    main()
