"""Handlers run by ``pycamunda-worker`` in the SIGTERM test: slow, and they leave marks."""
import os
import pathlib
import time

import pycamunda.worker

MARKS = pathlib.Path(os.environ['PYCAMUNDA_TEST_MARKS'])


@pycamunda.worker.subscribe(os.environ['PYCAMUNDA_TEST_TOPIC'], lock_duration=60_000)
def slow(task):
    with MARKS.open('a') as marks:
        marks.write(f'start {task.id_}\n')
    time.sleep(float(os.environ.get('PYCAMUNDA_TEST_SLEEP', '3')))
    with MARKS.open('a') as marks:
        marks.write(f'done {task.id_}\n')
    return {'handled': True}
