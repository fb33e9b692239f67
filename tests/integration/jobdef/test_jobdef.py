"""The job definition classes against the real engine."""
import time

import pytest

import pycamunda
import pycamunda.jobdef


def eventually(probe, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not probe():
        assert time.monotonic() < deadline, f'{probe} gave no answer within {timeout} s'
        time.sleep(0.2)


@pytest.fixture
def timer(camunda, uid):
    """A deployed timer.bpmn and one instance waiting at its timer."""
    deployment = camunda.deploy_fixture('timer.bpmn', key=uid)
    definition_id = next(iter(deployment['deployedProcessDefinitions']))
    instance = camunda.start(uid)
    job = camunda.request('GET', '/job', params={'processInstanceId': instance['id']})[0]
    return {'key': uid, 'definition_id': definition_id, 'job': job,
            'deployment_id': deployment['id']}


def test_get_list_count_query_and_get(engine_url, timer):
    found = pycamunda.jobdef.GetList(engine_url, process_definition_key=timer['key'])()
    assert len(found) == 1
    definition = found[0]
    assert (definition.id_, definition.activity_id, definition.job_type,
            definition.job_configuration, definition.suspended) == (
        timer['job']['jobDefinitionId'], 'wait', 'timer-intermediate-transition', 'DURATION: PT1H',
        False)
    assert definition.process_definition_id == timer['definition_id']
    assert definition.deployment_id in (None, timer['deployment_id'])  # 7.24 does not send it
    assert definition.overriding_job_priority is None
    assert pycamunda.jobdef.Get(engine_url, definition.id_)() == definition
    assert pycamunda.jobdef.Count(engine_url, process_definition_id=timer['definition_id'],
                                  activity_id_in=['wait', 'other'], active=True)() == 1
    assert pycamunda.jobdef.Count(engine_url, process_definition_key=timer['key'],
                                  job_type='async-continuation')() == 0
    queried = pycamunda.jobdef.Query(engine_url, process_definition_key=timer['key'],
                                     activity_id_in=['wait'], sort_by='activity_id',
                                     ascending=False)()
    assert queried == (definition,)
    assert pycamunda.jobdef.QueryCount(engine_url, job_definition_id=definition.id_,
                                       job_configuration='DURATION: PT1H')() == 1


def test_priority_overrides_and_resets(engine_url, camunda, timer):
    definition_id = timer['job']['jobDefinitionId']
    pycamunda.jobdef.SetPriority(engine_url, definition_id, priority=17, include_jobs=True)()
    assert pycamunda.jobdef.Get(engine_url, definition_id)().overriding_job_priority == 17
    assert camunda.request('GET', f'/job/{timer["job"]["id"]}')['priority'] == 17
    assert pycamunda.jobdef.Count(engine_url, process_definition_key=timer['key'],
                                  with_overriding_job_priority=True)() == 1
    pycamunda.jobdef.SetPriority(engine_url, definition_id, priority=None)()
    assert pycamunda.jobdef.Get(engine_url, definition_id)().overriding_job_priority is None


def test_suspend_and_activate_by_id_and_by_process_definition(engine_url, camunda, timer):
    definition_id, job_id = timer['job']['jobDefinitionId'], timer['job']['id']
    pycamunda.jobdef.Suspend(engine_url, id_=definition_id, include_jobs=True)()
    assert pycamunda.jobdef.Get(engine_url, definition_id)().suspended is True
    assert camunda.request('GET', f'/job/{job_id}')['suspended'] is True
    pycamunda.jobdef.Activate(engine_url, id_=definition_id, include_jobs=True)()
    assert pycamunda.jobdef.Get(engine_url, definition_id)().suspended is False
    assert camunda.request('GET', f'/job/{job_id}')['suspended'] is False

    pycamunda.jobdef.Suspend(engine_url, process_definition_key=timer['key'])()
    assert pycamunda.jobdef.Count(engine_url, process_definition_key=timer['key'],
                                  suspended=True)() == 1
    assert camunda.request('GET', f'/job/{job_id}')['suspended'] is False
    pycamunda.jobdef.Activate(engine_url, process_definition_id=timer['definition_id'])()
    assert pycamunda.jobdef.Get(engine_url, definition_id)().suspended is False


def test_set_retries_of_failed_jobs(engine_url, camunda, uid):
    camunda.deploy_fixture('failing_job.bpmn', key=uid)
    instance = camunda.start(uid)
    failed = {'processInstanceId': instance['id'], 'noRetriesLeft': 'true'}
    eventually(lambda: camunda.request('GET', '/job', params=failed))
    job = camunda.request('GET', '/job', params=failed)[0]
    pycamunda.jobdef.Suspend(engine_url, id_=job['jobDefinitionId'], include_jobs=True)()
    pycamunda.jobdef.SetRetries(engine_url, job['jobDefinitionId'], retries=5)()
    assert camunda.request('GET', f'/job/{job["id"]}')['retries'] == 5


def test_unknown_job_definition_is_not_found(engine_url, uid):
    with pytest.raises(pycamunda.NotFound):
        pycamunda.jobdef.Get(engine_url, uid)()
