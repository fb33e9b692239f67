"""The activity instance tree against the real engine: incidents as the engine sends them."""
import pycamunda.activityinst as ai
import pycamunda.execution
import pycamunda.processinst as pi


def test_incidents_of_an_activity_instance(engine_url, camunda, uid):
    camunda.deploy_fixture('user_task.bpmn', key=uid, assignee='demo')
    instance = camunda.start(uid)['id']
    (approve,) = pi.GetActivityInstance(engine_url, instance)().child_activity_instances
    assert (approve.incident_ids, approve.incidents) == ((), ())
    incident = pycamunda.execution.CreateIncident(engine_url, approve.execution_ids[0], 'custom',
                                                  message='parity')()
    raw = camunda.request('GET', f'/process-instance/{instance}/activity-instances')
    sent = raw['childActivityInstances'][0]['incidents'][0]
    (approve,) = pi.GetActivityInstance(engine_url, instance)().child_activity_instances
    assert approve.incident_ids == (incident.id_,)
    (loaded,) = approve.incidents
    assert isinstance(loaded, ai.ActivityInstanceIncident) and loaded.id_ == incident.id_ == sent['id']
    # every key the engine sends is read: 7.24 sends activityId, the reference documents
    # parentActivityInstanceId
    assert (loaded.activity_id, loaded.parent_activity_instance_id) == (
        sent.get('activityId'), sent.get('parentActivityInstanceId'))
    assert loaded.activity_id == 'approve' or loaded.parent_activity_instance_id == approve.id_
