"""The worker with its handlers in processes (``Worker(processes=N)``), against the engine."""
import os

import requests

import pycamunda.worker as pw

from integration.worker import process_handlers
from integration.worker.helpers import count, get, start_many, steal_until_finished, wait_until


def test_handlers_in_processes_report_results_errors_and_survive_a_dying_process(
        engine_url, camunda, uid):
    topic = f'{uid}-topic'
    camunda.deploy_fixture('externaltask_flow.bpmn', key=uid, topic=topic)
    instances = start_many(engine_url, uid, 8)
    worker = pw.Worker(engine_url, f'{uid}-w', processes=2, async_response_timeout=1000,
                       retry_policy=pw.RetryPolicy(retries=3, timeouts=(100,)))
    worker.subscribe(topic, process_handlers.work)
    with worker.start():
        assert wait_until(lambda: count(engine_url, '/history/process-instance',
                                        processDefinitionKey=uid, finished='true') == 8, 60)
    by_n = {get(engine_url, '/history/variable-instance', processInstanceId=i,
                variableName='n')[0]['value']: i for i in instances}
    end = get(engine_url, '/history/activity-instance', processInstanceId=by_n[0],
              activityType='noneEndEvent')[0]['activityId']
    assert end == 'caught'
    values = {(v['processInstanceId'], v['name']): v['value'] for v in get(
        engine_url, '/history/variable-instance', processDefinitionKey=uid)}
    assert values[by_n[1], 'explicit'] is True and values[by_n[1], 'local'] == 1
    for n in range(2, 8):
        assert values[by_n[n], 'square'] == n * n
        assert values[by_n[n], 'pid'] != os.getpid()  # ran in a pool process
    failures = {log['processInstanceId']: log for log in get(
        engine_url, '/history/external-task-log', processDefinitionKey=uid, failureLog='true')}
    assert set(failures) == {by_n[2], by_n[3]}
    assert failures[by_n[2]]['errorMessage'].startswith("the handler's process died")
    assert failures[by_n[3]]['errorMessage'].startswith('RuntimeError: first attempt of')
    details = requests.get(f"{engine_url}/history/external-task-log/"
                           f"{failures[by_n[3]]['id']}/error-details", timeout=30).text
    assert 'in work' in details and 'Traceback (most recent call last)' in details
    assert worker.metrics.completed == 7 and worker.metrics.bpmn_errors == 1
    assert worker.metrics.failed == 2 and not worker.running


def test_extend_lock_in_a_process_keeps_the_task_from_others(engine_url, single, uid):
    (instance,) = start_many(engine_url, single['key'], 1)
    worker = pw.Worker(engine_url, f'{uid}-w', processes=1, lock_duration=1000,
                       async_response_timeout=1000, extend_lock_at=None)
    worker.subscribe(single['topic'], process_handlers.extends_then_sleeps)
    with worker.start():
        assert wait_until(lambda: count(engine_url, '/external-task', processInstanceId=instance,
                                        locked='true'), 30, interval=0.05)
        stolen = steal_until_finished(engine_url, single['topic'], instance, f'{uid}-thief')
    assert stolen == []
    logs = get(engine_url, '/history/external-task-log', processInstanceId=instance,
               successLog='true')
    assert [log['workerId'] for log in logs] == [f'{uid}-w']
