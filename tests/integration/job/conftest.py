"""Processes whose jobs the job tests work on."""
import time
from typing import Any, Callable, Dict

import pytest


def eventually(probe: Callable[[], Any], timeout: float = 30.0) -> Any:
    """The first true answer of ``probe``, asked every 0.2 s until ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        answer = probe()
        if answer or time.monotonic() > deadline:
            assert answer, f'{probe} gave no answer within {timeout} s'
            return answer
        time.sleep(0.2)


@pytest.fixture
def timer_job(camunda, uid) -> Dict[str, Any]:
    """A timer job due in an hour (timer.bpmn), as the engine lists it."""
    camunda.deploy_fixture('timer.bpmn', key=uid)
    instance = camunda.start(uid)
    return camunda.request('GET', '/job', params={'processInstanceId': instance['id']})[0]


@pytest.fixture
def failed_job(camunda, uid) -> Dict[str, Any]:
    """A job whose retries the job executor has spent (failing_job.bpmn), then suspended."""
    camunda.deploy_fixture('failing_job.bpmn', key=uid)
    instance = camunda.start(uid)

    def failed() -> Any:
        jobs = camunda.request('GET', '/job', params={'processInstanceId': instance['id'],
                                                      'noRetriesLeft': 'true'})
        return jobs and jobs[0]

    job = eventually(failed)
    camunda.request('PUT', f'/job/{job["id"]}/suspended', json={'suspended': True})
    return job
