"""Real history for the history tests, created once per module through plain ``requests``.

``activity`` runs one process instance of ``history_full.bpmn`` through everything the history
records: variables set and changed (also Bytes), a form submitted, an identity link added, a
user task completed, an external task failed then completed, two decisions evaluated, a job
failed until an incident was raised, then fixed so that the incident is resolved and the
instance completes.
"""
from __future__ import annotations

import base64
import datetime as dt
import time
import uuid
from typing import Any, Callable, Dict, Iterator

import pytest

from integration.conftest import Camunda, fixture_text

BLOB = b'\x00binary history\xff'


def wait_for(what: str, probe: Callable[[], Any], timeout: float = 90.0) -> Any:
    """Poll ``probe`` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = probe()
        if result:
            return result
        time.sleep(0.3)
    raise AssertionError(f'timed out waiting for {what}')


def deploy_history_process(camunda: Camunda, uid: str) -> Dict[str, Any]:
    names = {'key': uid, 'assignee': f'{uid}-alice', 'group': f'{uid}-group', 'topic': f'{uid}-topic'}
    deployment = camunda.deploy((f'{uid}.bpmn', fixture_text('history_full.bpmn', **names)),
                                (f'{uid}.dmn', fixture_text('history_drd.dmn', key=uid)))
    definition = next(iter(deployment['deployedProcessDefinitions'].values()))
    drd = next(iter(deployment['deployedDecisionRequirementsDefinitions'].values()))
    decisions = {d['key']: d['id'] for d in deployment['deployedDecisionDefinitions'].values()}
    return dict(names, definition_id=definition['id'], deployment_id=deployment['id'],
                drd_id=drd['id'], decisions=decisions)


def start(camunda: Camunda, uid: str, business_key: str, fail: bool = True) -> str:
    variables = {'amount': {'value': 150, 'type': 'Integer'},
                 'fail': {'value': fail, 'type': 'Boolean'},
                 'note': {'value': 'first', 'type': 'String'},
                 'blob': {'value': base64.b64encode(BLOB).decode(), 'type': 'Bytes'}}
    return camunda.start(uid, variables=variables, business_key=business_key)['id']


def run_through(camunda: Camunda, names: Dict[str, Any], pid: str) -> Dict[str, Any]:
    """Drive instance ``pid`` from the user task to its end; return the ids met on the way."""
    url, uid = camunda.url, names['key']
    camunda.request('PUT', f'/process-instance/{pid}/variables/note',
                    json={'value': 'second', 'type': 'String'})
    task = camunda.request('GET', '/task', params={'processInstanceId': pid})[0]
    camunda.request('POST', f'/task/{task["id"]}/identity-links',
                    json={'userId': f'{uid}-bob', 'type': 'candidate'})
    camunda.request('POST', f'/task/{task["id"]}/submit-form',
                    json={'variables': {'approved': {'value': True, 'type': 'Boolean'}}})
    worker = f'{uid}-worker'
    fetch = {'workerId': worker, 'maxTasks': 1,
             'topics': [{'topicName': names['topic'], 'lockDuration': 60000}]}
    external = wait_for('the external task', lambda: camunda.request('POST', '/external-task/fetchAndLock',
                                                                         json=fetch))[0]['id']
    camunda.request('POST', f'/external-task/{external}/failure',
                    json={'workerId': worker, 'errorMessage': 'boom', 'errorDetails': f'{uid} details',
                          'retries': 1, 'retryTimeout': 0})
    wait_for('the external task again',
             lambda: camunda.request('POST', '/external-task/fetchAndLock', json=fetch))
    camunda.request('POST', f'/external-task/{external}/complete', json={'workerId': worker})

    def incident() -> Any:
        found = camunda.request('GET', '/incident', params={'processInstanceId': pid})
        if not found:  # help the job executor along; a failure answers 500, which is expected
            for job in camunda.request('GET', '/job', params={'processInstanceId': pid}) or []:
                if job['retries']:
                    camunda.session.post(f'{url}/job/{job["id"]}/execute', timeout=30)
        return found and found[0]
    raised = wait_for('the incident', incident)
    camunda.request('PUT', f'/process-instance/{pid}/variables/fail',
                    json={'value': False, 'type': 'Boolean'})
    job_id = raised['configuration']
    camunda.request('PUT', f'/job/{job_id}/retries', json={'retries': 1})
    camunda.session.post(f'{url}/job/{job_id}/execute', timeout=30)
    wait_for('the instance to complete', lambda: camunda.request(
        'GET', f'/history/process-instance/{pid}')['state'] == 'COMPLETED')
    return {'task_id': task['id'], 'external_task_id': external, 'incident_id': raised['id'],
            'job_id': job_id, 'worker': worker}


@pytest.fixture(scope='module')
def activity(engine_url: str) -> Iterator[Dict[str, Any]]:
    """One completed instance with full history; its ids and names."""
    camunda = Camunda(engine_url)
    uid = 'h' + uuid.uuid4().hex[:10]
    try:
        names = deploy_history_process(camunda, uid)
        started = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
        pid = start(camunda, uid, f'{uid}-a')
        names.update(run_through(camunda, names, pid), pid=pid, business_key=f'{uid}-a', started=started)
        yield names
    finally:
        camunda.close()


@pytest.fixture
def deployed(camunda: Camunda, uid: str) -> Dict[str, Any]:
    """The history process deployed for one test (instances are started by the test)."""
    return deploy_history_process(camunda, uid)
