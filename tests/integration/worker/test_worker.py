"""The worker against the real engine: throughput, failures, lock extension, shutdown."""
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pycamunda.externaltask as et
import pycamunda.worker as pw

from integration.worker.helpers import (
    assert_each_completed_once,
    count,
    get,
    start_many,
    steal_until_finished,
    wait_until,
)

HERE = Path(__file__).resolve().parent


def test_thousand_instances_two_workers_each_task_completed_once(engine_url, single, uid):
    instances = 1000
    start_many(engine_url, single['key'], instances)
    handled = []
    lock = threading.Lock()

    def handle(task):
        with lock:
            handled.append(task.id_)
        return {'doubled': task.variables['n'] * 2}

    workers = [pw.Worker(engine_url, f'{uid}-w{i}', threads=4, async_response_timeout=1000)
               for i in range(2)]
    for worker in workers:
        worker.subscribe(single['topic'], handle, variables=['n'])
        worker.start()
    try:
        done = wait_until(lambda: count(engine_url, '/history/process-instance',
                                        processDefinitionId=single['id'],
                                        finished='true') == instances, timeout=240)
    finally:
        for worker in workers:
            worker.stop()
    assert done
    assert_each_completed_once(engine_url, single['id'], instances,
                               workers={f'{uid}-w0', f'{uid}-w1'})
    doubled = get(engine_url, '/history/variable-instance', processDefinitionId=single['id'],
                  variableName='doubled', maxResults=5)
    assert doubled and all(v['value'] % 2 == 0 for v in doubled)
    assert len(handled) == len(set(handled)) == instances
    assert sum(w.metrics.completed for w in workers) == instances
    assert all(not w.running for w in workers)


def test_failing_handler_fails_as_often_as_the_policy_says_then_an_incident(engine_url, single,
                                                                            uid):
    (instance,) = start_many(engine_url, single['key'], 1)
    calls = []

    def always_fails(task):
        calls.append(task.retries)
        raise RuntimeError(f'always {uid}')

    worker = pw.Worker(engine_url, f'{uid}-w', threads=2, async_response_timeout=1000,
                       retry_policy=pw.RetryPolicy(retries=3, timeouts=(100, 200)))
    worker.subscribe(single['topic'], always_fails)
    with worker.start():
        assert wait_until(lambda: get(engine_url, '/incident', processInstanceId=instance),
                          timeout=30)
        time.sleep(1.0)  # a fourth fetch would happen now, were the task fetchable
    assert calls == [None, 2, 1]
    failures = get(engine_url, '/history/external-task-log', processInstanceId=instance,
                   failureLog='true', sortBy='timestamp', sortOrder='asc')
    assert len(failures) == 3  # each log records the retries the task had when it failed
    assert [f['retries'] for f in failures] == [None, 2, 1]
    (incident,) = get(engine_url, '/incident', processInstanceId=instance)
    assert incident['incidentType'] == 'failedExternalTask'
    assert incident['incidentMessage'] == f'RuntimeError: always {uid}'
    task = et.Get(engine_url, incident['configuration'])()
    assert task.retries == 0
    assert 'Traceback (most recent call last)' in task.error_details
    assert f'RuntimeError: always {uid}' in task.error_details
    assert worker.metrics.failed == 3


def test_bpmn_error_and_explicit_outcomes(engine_url, camunda, uid):
    topic = f'{uid}-topic'
    camunda.deploy_fixture('externaltask_flow.bpmn', key=uid, topic=topic)
    instances = start_many(engine_url, uid, 3)
    outcomes = {}

    def handle(task):
        n = task.variables['n']
        if n == 0:
            raise pw.BPMNError(f'{uid}-error', 'declined', {'reason': 'test'})
        if n == 1:
            task.complete({'explicit': True}, local_variables={'local': 1})
            return None
        assert task.extension_properties == {'kind': 'test'}
        return {'implicit': n}

    worker = pw.Worker(engine_url, f'{uid}-w', threads=3, async_response_timeout=1000)
    worker.subscribe(topic, handle, include_extension_properties=True)
    worker.add_listener(lambda event, task: outcomes.setdefault(event, []).append(task))
    with worker.start():
        assert wait_until(lambda: count(engine_url, '/history/process-instance',
                                        processDefinitionKey=uid, finished='true') == 3, 30)
    ends = {i: get(engine_url, '/history/activity-instance', processInstanceId=i,
                   activityType='noneEndEvent')[0]['activityId'] for i in instances}
    assert sorted(ends.values()) == ['caught', 'done', 'done']
    reason = get(engine_url, '/history/variable-instance', processDefinitionKey=uid,
                 variableName='reason')
    assert [v['value'] for v in reason] == ['test']
    assert len(outcomes['fetched']) == 3 and len(outcomes['completed']) == 2
    assert len(outcomes['bpmn_errors']) == 1


def test_a_long_handler_keeps_its_lock(engine_url, single, uid):
    (instance,) = start_many(engine_url, single['key'], 1)
    lock_ms = 1000
    started = threading.Event()

    def slow(task):
        started.set()
        time.sleep(3 * lock_ms / 1000)
        return {'slow': True}

    worker = pw.Worker(engine_url, f'{uid}-w', threads=1, lock_duration=lock_ms,
                       async_response_timeout=1000, extend_lock_at=0.5)
    worker.subscribe(single['topic'], slow)
    with worker.start():
        assert started.wait(30)
        stolen = steal_until_finished(engine_url, single['topic'], instance, f'{uid}-thief')
    assert stolen == []
    logs = get(engine_url, '/history/external-task-log', processInstanceId=instance)
    assert [(log['successLog'], log['workerId']) for log in logs if not log['creationLog']] == [
        (True, f'{uid}-w')]
    assert worker.metrics.extended >= 2 and worker.metrics.completed == 1


def test_sigterm_lets_running_handlers_finish_and_unlocks_the_rest(engine_url, single, uid,
                                                                   tmp_path):
    marks = tmp_path / 'marks.txt'
    marks.touch()
    first = start_many(engine_url, single['key'], 2)
    script = Path(sys.executable).with_name('pycamunda-worker')
    command = [str(script)] if script.exists() else [sys.executable, '-m', 'pycamunda.worker']
    env = dict(os.environ, CAMUNDA_URL=engine_url, CAMUNDA_WORKER_ID=f'{uid}-cli',
               PYCAMUNDA_TEST_MARKS=str(marks), PYCAMUNDA_TEST_TOPIC=single['topic'],
               PYCAMUNDA_TEST_SLEEP='3', PYTHONPATH=os.pathsep.join(sys.path))
    process = subprocess.Popen(command + ['sigterm_handlers', '--threads', '3',
                                          '--async-response-timeout', '3000'],
                               cwd=HERE, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        assert wait_until(lambda: marks.read_text().count('start') == 2, 30, 0.1)
        process.send_signal(signal.SIGTERM)
        later = start_many(engine_url, single['key'], 2)  # may reach the open fetch: unlocked
        output, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, output
    lines = marks.read_text().split()
    assert lines.count('start') == 2 and lines.count('done') == 2
    for instance in first:
        assert count(engine_url, '/history/process-instance', processInstanceId=instance,
                     finished='true') == 1
    for instance in later:
        (task,) = get(engine_url, '/external-task', processInstanceId=instance)
        assert (task['workerId'], task['lockExpirationTime']) == (None, None), output
    assert 'stopped' in output


def test_a_result_that_cannot_be_sent_ends_in_an_incident_after_the_retries(engine_url, single,
                                                                            uid):
    (instance,) = start_many(engine_url, single['key'], 1)
    calls = []

    def returns_a_set(task):
        calls.append(task.retries)
        return {'s': {1, 2}}  # no Camunda type takes a set: Complete cannot be built

    worker = pw.Worker(engine_url, f'{uid}-w', threads=1, async_response_timeout=1000,
                       retry_policy=pw.RetryPolicy(retries=2, timeouts=(100,)))
    worker.subscribe(single['topic'], returns_a_set)
    with worker.start():
        assert wait_until(lambda: get(engine_url, '/incident', processInstanceId=instance),
                          timeout=30)
    assert calls == [None, 1]
    (incident,) = get(engine_url, '/incident', processInstanceId=instance)
    assert incident['incidentMessage'].startswith('cannot report the outcome: InvalidInput:')
    task = et.Get(engine_url, incident['configuration'])()
    assert task.retries == 0 and 'Traceback (most recent call last)' in task.error_details
    assert worker.metrics.report_errors == 2 and worker.metrics.failed == 2
