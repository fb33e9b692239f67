"""Handlers the process pool test runs (module-level: a process receives them by name)."""
import os
import time

import pycamunda.worker as pw


def work(task):
    """By the instance's ``n``: a BPMN error, an explicit report, a dying process, an error,
    or a result (from the second attempt on, always a result)."""
    n = task.variables['n']
    first = task.retries is None
    if n == 0:
        raise pw.BPMNError(task.topic_name[:-len('-topic')] + '-error', 'declined')
    if n == 1:
        task.complete({'explicit': True}, local_variables={'local': 1})
        return None
    if n == 2 and first:
        os._exit(3)
    if n == 3 and first:
        raise RuntimeError(f'first attempt of {task.id_}')
    return {'square': n * n, 'pid': os.getpid()}


def extends_then_sleeps(task):
    task.extend_lock(20_000)
    time.sleep(2.5)
    return {'slow': True}
