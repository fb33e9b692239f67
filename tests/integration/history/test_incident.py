"""Historic incidents against the real engine."""
from pycamunda.history import incident


def test_the_resolved_incident(engine_url, activity):
    pid = activity['pid']
    found = incident.GetList(engine_url, process_instance_id=pid, resolved=True, sort_by='create_time')()
    assert [i.id_ for i in found] == [activity['incident_id']]
    raised = found[0]
    assert (raised.incident_type, raised.activity_id, raised.configuration) == (
        'failedJob', 'risky', activity['job_id'])
    assert raised.resolved and not raised.open_ and raised.end_time >= raised.create_time
    assert 'doesNotExist' in raised.incident_message
    assert incident.Count(engine_url, process_instance_id=pid, open_=True)() == 0
    assert incident.Count(engine_url, process_instance_id=pid, incident_type='failedJob')() == 1
