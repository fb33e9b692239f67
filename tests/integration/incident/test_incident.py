"""The incident classes against the real engine."""
import time

import pytest

import pycamunda
import pycamunda.incident as inc


def wait_for(probe, timeout=30.0):
    """Poll ``probe`` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.3)


@pytest.fixture
def failed(engine_url, camunda, uid):
    """A process instance whose job failed until an incident was raised: (instance, incident)."""
    camunda.deploy_fixture('failing_job.bpmn', key=uid)
    instance = camunda.start(uid)
    incidents = wait_for(lambda: inc.GetList(engine_url, process_instance_id=instance['id'])())
    assert incidents, 'the job executor raised no incident'
    return instance, incidents[0]


def test_get_list_and_count_of_a_failed_job(engine_url, failed, uid):
    instance, incident = failed
    assert incident.incident_type is inc.IncidentType.failed_job
    assert (incident.activity_id, incident.failed_activity_id) == ('fail', 'fail')
    assert incident.root_cause_incident_id == incident.id_ and incident.configuration
    assert 'doesNotExist' in incident.incident_message and incident.incident_timestamp is not None
    assert inc.Get(engine_url, incident.id_)() == incident
    assert inc.GetList(engine_url, process_definition_key_in=[uid, 'other'],
                       incident_type=inc.IncidentType.failed_job, sort_by='incident_timestamp',
                       ascending=False, max_results=5)() == (incident,)
    assert inc.Count(engine_url, process_instance_id=instance['id'], activity_id='fail')() == 1
    assert inc.Count(engine_url, process_instance_id=instance['id'],
                     incident_type='failedExternalTask')() == 0


def test_annotation_is_set_and_cleared(engine_url, failed):
    _, incident = failed
    inc.SetAnnotation(engine_url, incident.id_, 'ops: looking into it')()
    assert inc.Get(engine_url, incident.id_)().annotation == 'ops: looking into it'
    inc.ClearAnnotation(engine_url, incident.id_)()
    assert inc.Get(engine_url, incident.id_)().annotation is None


def test_failed_job_incidents_cannot_be_resolved_directly(engine_url, failed):
    _, incident = failed
    with pytest.raises(pycamunda.BadRequest) as info:
        inc.Resolve(engine_url, incident.id_)()
    assert 'failedJob' in info.value.message


def test_custom_incident_is_resolved(engine_url, camunda, uid):
    camunda.deploy_fixture('user_task.bpmn', key=uid)
    instance = camunda.start(uid, variables={'assignee': {'value': 'demo'}})
    (execution,) = camunda.request('GET', '/execution', params={'processInstanceId': instance['id'],
                                                                'activityId': 'approve'})
    created = camunda.request('POST', f'/execution/{execution["id"]}/create-incident',
                              json={'incidentType': f'{uid}Type', 'configuration': 'cfg',
                                    'message': 'custom trouble'})
    incident = inc.Get(engine_url, created['id'])()
    assert (incident.incident_type, incident.configuration, incident.incident_message) == (
        f'{uid}Type', 'cfg', 'custom trouble')
    inc.Resolve(engine_url, incident.id_)()
    assert inc.GetList(engine_url, process_instance_id=instance['id'])() == ()
    with pytest.raises(pycamunda.NotFound):
        inc.Get(engine_url, incident.id_)()
