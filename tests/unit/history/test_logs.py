"""What the incident, job log, external task log and identity link log classes send and parse."""
import pytest

from pycamunda.history import externaltasklog, identitylinklog, incident, joblog

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_incidents(http):
    http.respond(json=[ANSWERS['incident']])
    found = incident.GetList(URL, process_instance_id='p1', open_=False, resolved=True,
                             job_definition_id_in=['j1'], sort_by='incident_state')()
    assert (http.method, http.path) == ('GET', '/history/incident')
    assert http.params == {'processInstanceId': 'p1', 'resolved': 'true', 'jobDefinitionIdIn': 'j1',
                           'sortBy': 'incidentState', 'sortOrder': 'asc'}
    raised = found[0]
    assert (raised.incident_type, raised.activity_id, raised.resolved, raised.open_) == (
        'failedJob', 'risky', True, False)
    assert raised.end_time >= raised.create_time and raised.annotation is None
    http.respond(json={'count': 0})
    assert incident.Count(URL, open_=True)() == 0
    assert (http.path, http.params) == ('/history/incident/count', {'open': 'true'})


def test_job_log(http):
    http.respond(json=ANSWERS['job_logs'])
    logs = joblog.GetList(URL, job_id='j1', failure_log=True, sort_by='timestamp')()
    assert (http.method, http.path, http.params) == ('GET', '/history/job-log', {
        'jobId': 'j1', 'failureLog': 'true', 'sortBy': 'timestamp', 'sortOrder': 'asc'})
    assert [(e.creation_log, e.failure_log, e.success_log) for e in logs] == [
        (True, False, False), (False, True, False), (False, False, True)]
    assert 'doesNotExist' in logs[1].job_exception_message and logs[0].job_due_date is None
    http.respond(json=[])
    joblog.Query(URL, activity_id_in=['risky'], job_priority_higher_than_or_equals=0, max_results=1)()
    assert (http.method, http.path, http.params) == ('POST', '/history/job-log', {'maxResults': 1})
    assert http.json == {'activityIdIn': ['risky'], 'jobPriorityHigherThanOrEquals': 0}
    http.respond(json={'count': 3})
    assert joblog.Count(URL, job_id='j1')() == 3
    assert (http.method, http.path, http.params) == ('GET', '/history/job-log/count', {'jobId': 'j1'})
    http.respond(json={'count': 1})
    assert joblog.QueryCount(URL, success_log=True)() == 1
    assert (http.method, http.path, http.json) == ('POST', '/history/job-log/count', {'successLog': True})
    http.respond(json={'id': 'l1', 'jobId': 'j1'})
    got = joblog.Get(URL, 'l1')()
    assert (http.path, got.job_id, got.timestamp) == ('/history/job-log/l1', 'j1', None)
    http.respond(content=b'java.lang.Exception: boom\n\tat x', headers={'Content-Type': 'text/plain'})
    assert joblog.GetStacktrace(URL, 'l1')().startswith('java.lang.Exception: boom')
    assert (http.method, http.path) == ('GET', '/history/job-log/l1/stacktrace')


def test_external_task_log(http):
    http.respond(json=ANSWERS['external_task_logs'])
    logs = externaltasklog.GetList(URL, topic_name='t', worker_id='w', deletion_log=True, sort_by='retries',
                                   ascending=False)()
    assert (http.method, http.path, http.params) == ('GET', '/history/external-task-log', {
        'topicName': 't', 'workerId': 'w', 'deletionLog': 'true', 'sortBy': 'retries', 'sortOrder': 'desc'})
    assert logs[1].failure_log and logs[1].error_message == 'boom' and logs[1].timestamp is not None
    http.respond(json=[])
    externaltasklog.Query(URL, external_task_id='e1', failure_log=True)()
    assert (http.method, http.path, http.json) == ('POST', '/history/external-task-log',
                                                   {'externalTaskId': 'e1', 'failureLog': True})
    http.respond(json={'count': 2})
    assert externaltasklog.Count(URL, worker_id='w')() == 2
    assert (http.method, http.path, http.params) == ('GET', '/history/external-task-log/count',
                                                     {'workerId': 'w'})
    http.respond(json={'count': 2})
    assert externaltasklog.QueryCount(URL, worker_id='w')() == 2
    assert (http.method, http.path, http.json) == ('POST', '/history/external-task-log/count',
                                                   {'workerId': 'w'})
    http.respond(json={'id': 'x1'})
    got = externaltasklog.Get(URL, 'x1')()
    assert (http.path, got.id_, got.topic_name) == ('/history/external-task-log/x1', 'x1', None)
    http.respond(content=b'details', headers={'Content-Type': 'text/plain'})
    assert externaltasklog.GetErrorDetails(URL, 'x1')() == 'details'
    assert (http.method, http.path) == ('GET', '/history/external-task-log/x1/error-details')


def test_identity_link_log(http):
    http.respond(json=ANSWERS['identity_links'])
    found = identitylinklog.GetList(URL, task_id='t1', type_='candidate', operation_type='add',
                                    sort_by='group_id')()
    assert (http.method, http.path, http.params) == ('GET', '/history/identity-link-log', {
        'taskId': 't1', 'type': 'candidate', 'operationType': 'add', 'sortBy': 'groupId', 'sortOrder': 'asc'})
    assert {link.type_ for link in found} == {'assignee', 'candidate'} and found[0].time is not None
    http.respond(json={'count': 2})
    assert identitylinklog.Count(URL, task_id='t1', type_='candidate')() == 2
    assert (http.path, http.params) == ('/history/identity-link-log/count', {'taskId': 't1',
                                                                             'type': 'candidate'})


@pytest.mark.parametrize('cls', [incident.GetList, joblog.GetList, externaltasklog.GetList,
                                 identitylinklog.GetList])
def test_sparse_entries_load(http, cls):
    http.respond(json=[{'id': 'x'}])
    entry = cls(URL)()[0]
    assert entry.id_ == 'x' and entry.removal_time is None
