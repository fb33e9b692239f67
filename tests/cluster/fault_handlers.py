"""The handler of the cluster fault test's worker processes (``pycamunda-worker fault_handlers``).

Each run appends ``<time> <task id>`` to ``$FAULT_LOG`` (one file per worker process), so the
test counts handler runs, duplicates among them, and when each process took work.
"""
import os
import time

from pycamunda.worker import subscribe

LOG = os.environ['FAULT_LOG']
DELAY = float(os.environ.get('FAULT_DELAY', '0.2'))


@subscribe(os.environ['FAULT_TOPIC'], variables=[])
def handle(task):
    with open(LOG, 'a') as log:  # one short append per run: whole lines, even across processes
        log.write(f'{time.time():.3f} {task.id_}\n')
    time.sleep(DELAY)
