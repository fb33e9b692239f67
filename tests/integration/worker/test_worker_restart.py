"""Two workers ride out an engine that stops for 10 s in the middle of a run.

The test starts its own engine (the shared one must keep running for other tests), on the
highest free port of 18093-18099, and stops it at the end. "Exactly once" is read from the
engine's history, not from the workers' counters.
"""
import os
import socket
import threading
import time
import uuid

import pytest

import pycamunda.worker as pw

from engine import Engine, answers
from integration.conftest import Camunda
from integration.worker.helpers import assert_each_completed_once, count, start_many, wait_until


def _in_use(port: int) -> bool:
    """Whether an engine answers on the port, or one is starting there (a live PID file)."""
    if answers(f'http://127.0.0.1:{port}/engine-rest', timeout=0.5):
        return True
    with socket.socket() as probe:
        if probe.connect_ex(('127.0.0.1', port)) == 0:
            return True
    try:
        os.kill(int(Engine(port=port).pid_file.read_text()), 0)
    except (OSError, ValueError):
        return False
    return True


def _free_port() -> int:
    for port in range(18099, 18092, -1):  # from the top: other tests take the low ones first
        if not _in_use(port):
            return port
    pytest.skip('no free port in 18093-18099 for an own engine')


@pytest.fixture(scope='module')
def own_engine():
    engine = Engine(port=_free_port())
    engine.start(fresh=True)
    try:
        yield engine
    finally:
        engine.stop()


def test_workers_recover_from_an_engine_restart(own_engine):
    url = own_engine.url
    camunda = Camunda(url)
    key = 'p' + uuid.uuid4().hex[:10]
    topic = f'{key}-topic'
    deployment = camunda.deploy_fixture('worker_single.bpmn', key=key, topic=topic)
    definition = next(iter(deployment['deployedProcessDefinitions'].values()))['id']
    instances = 300
    start_many(url, key, instances)
    handled = []
    lock = threading.Lock()

    def handle(task):
        time.sleep(0.02)
        with lock:
            handled.append(task.id_)

    workers = [pw.Worker(url, f'{key}-w{i}', threads=4, lock_duration=30_000,
                         async_response_timeout=1000, report_timeout=120,
                         error_backoff=pw.Backoff(0.2, 2.0)) for i in range(2)]
    for worker in workers:
        worker.subscribe(topic, handle)
        worker.start()
    finished = lambda: count(url, '/history/process-instance', processDefinitionId=definition,  # noqa: E731
                             finished='true')
    try:
        assert wait_until(lambda: finished() >= instances // 4, timeout=60, interval=0.1)
        own_engine.stop()
        time.sleep(10)
        own_engine.start()
        assert finished() < instances  # the outage happened mid-run
        before = [w.metrics.completed for w in workers]
        assert wait_until(lambda: finished() == instances, timeout=90)
    finally:
        for worker in workers:
            worker.stop()
    assert_each_completed_once(url, definition, instances)
    # Each worker met the outage: a failed fetch, or (all its threads busy) a report retried.
    assert all(w.metrics.fetch_errors + w.metrics.report_retries > 0 for w in workers)
    assert all(w.metrics.completed > done for w, done in zip(workers, before))  # and recovered
    assert sum(w.metrics.completed for w in workers) >= instances
    camunda.close()
