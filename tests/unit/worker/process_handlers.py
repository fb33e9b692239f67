"""Module-level handlers for the process pool tests (a process receives them by name)."""
import os

import pycamunda.worker as pw


def returns(task):
    return {'amount': task.variables['amount'] * 2, 'pid': os.getpid()}


def reports(task):
    task.complete({'explicit': True}, local_variables={'local': 1})


def reports_twice(task):
    task.unlock()
    task.failure('again')


def declines(task):
    raise pw.BPMNError('declined', 'no money', {'reason': task.get('amount')})


def breaks(task):
    raise KeyError('no such thing')


def returns_a_lock(task):
    import threading
    return {'lock': threading.Lock()}


def reports_a_lock(task):
    import threading
    task.complete({'lock': threading.Lock()})


def dies(task):
    os._exit(3)
