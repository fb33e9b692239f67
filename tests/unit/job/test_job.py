"""What the job classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.job as job
from pycamunda.request import InvalidInput

from unit.fakehttp import URL

UTC = dt.timezone.utc
JOB = {'id': 'j1', 'jobDefinitionId': 'd1', 'processInstanceId': 'p1',
       'processDefinitionId': 'proc:1:x', 'processDefinitionKey': 'proc', 'executionId': 'x1',
       'exceptionMessage': "Cannot resolve identifier 'doesNotExist'", 'failedActivityId': 'fail',
       'retries': 0, 'dueDate': '2024-03-01T11:00:00.000+0000', 'suspended': False, 'priority': 5,
       'tenantId': None, 'createTime': '2024-03-01T10:00:00.000+0000', 'batchId': None}
PARSED = job.Job('j1', 'd1', dt.datetime(2024, 3, 1, 11, tzinfo=UTC), 'p1', 'x1', 'proc:1:x', 'proc',
                 0, "Cannot resolve identifier 'doesNotExist'", False, 5, None, 'fail',
                 dt.datetime(2024, 3, 1, 10, tzinfo=UTC), None)


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[JOB])
    found = job.GetList(URL, job_ids=['j1', 'j2'], process_definition_key='proc', timers=True,
                        with_exception=True, no_retries_left=True,
                        due_dates=['gt_2024-01-01T00:00:00.000+0000'],
                        priority_higher_than_or_equals=5, tenant_id_in=['t1'],
                        sort_by='job_due_date', ascending=False, first_result=0, max_results=3)()
    assert (http.method, http.path, http.json) == ('GET', '/job', None)
    assert http.params == {'jobIds': 'j1,j2', 'processDefinitionKey': 'proc', 'timers': 'true',
                           'withException': 'true', 'noRetriesLeft': 'true',
                           'dueDates': 'gt_2024-01-01T00:00:00.000+0000',
                           'priorityHigherThanOrEquals': 5, 'tenantIdIn': 't1',
                           'sortBy': 'jobDueDate', 'sortOrder': 'desc', 'firstResult': 0,
                           'maxResults': 3}
    assert found == (PARSED,)


def test_unknown_sort_key_is_refused():
    with pytest.raises(InvalidInput, match="sort_by='due'"):
        job.Query(URL, sort_by='due')


def test_count_sends_filters_only(http):
    http.respond(json={'count': 1})
    assert job.Count(URL, process_instance_id='p1', active=True, sort_by='job_id')() == 1
    assert (http.method, http.path, http.params) == ('GET', '/job/count',
                                                     {'processInstanceId': 'p1', 'active': 'true'})


def test_query_sends_filters_and_sorting_in_the_body(http):
    http.respond(json=[JOB])
    due = [{'operator': 'lt', 'value': dt.datetime(2024, 5, 1, tzinfo=UTC)}]
    found = job.Query(URL, process_instance_ids=['p1'], executable=True, due_dates=due,
                      acquired=True, sort_by='job_priority', ascending=False, max_results=7)()
    assert (http.method, http.path, http.params) == ('POST', '/job', {'maxResults': 7})
    assert http.json == {'processInstanceIds': ['p1'], 'executable': True, 'acquired': True,
                         'dueDates': [{'operator': 'lt', 'value': '2024-05-01T00:00:00.000+0000'}],
                         'sorting': [{'sortBy': 'jobPriority', 'sortOrder': 'desc'}]}
    assert found == (PARSED,)


def test_query_count_sends_no_sorting_or_paging(http):
    http.respond(json={'count': 0})
    count = job.QueryCount(URL, job_definition_id='d1', suspended=True)
    count.max_results = 3
    assert count() == 0
    assert (http.method, http.path, http.params) == ('POST', '/job/count', {})
    assert http.json == {'jobDefinitionId': 'd1', 'suspended': True}


def test_get_tolerates_missing_optional_fields(http):
    http.respond(json={'id': 'j1', 'jobDefinitionId': 'd1', 'retries': 3, 'suspended': False,
                       'priority': 0})
    got = job.Get(URL, 'j1')()
    assert (http.method, http.path) == ('GET', '/job/j1')
    assert (got.id_, got.retries, got.due_date, got.create_time, got.batch_id) == (
        'j1', 3, None, None, None)


def test_set_retries_by_id(http):
    job.SetRetries(URL, 'j1', retries=2)()
    assert (http.method, http.path, http.json) == ('PUT', '/job/j1/retries', {'retries': 2})
    job.SetRetries(URL, 'j1', retries=1, due_date=dt.datetime(2024, 6, 1, tzinfo=UTC))()
    assert http.json == {'retries': 1, 'dueDate': '2024-06-01T00:00:00.000+0000'}


def test_set_retries_async_gives_a_batch(http):
    http.respond(json={'id': 'b1', 'type': 'set-job-retries', 'totalJobs': 3})
    batch = job.SetRetriesAsync(URL, retries=0, job_ids=['j1'], job_query={'processInstanceId': 'p1'})()
    assert (http.method, http.path) == ('POST', '/job/retries')
    assert http.json == {'retries': 0, 'jobIds': ['j1'], 'jobQuery': {'processInstanceId': 'p1'}}
    assert (batch.id_, batch.type_, batch.total_jobs, batch.suspended) == (
        'b1', 'set-job-retries', 3, None)


@pytest.mark.parametrize('cls, suspended', [(job.Activate, False), (job.Suspend, True)])
def test_suspension_by_id_or_by_selection(http, cls, suspended):
    cls(URL, id_='j1')()
    assert (http.method, http.path, http.json) == ('PUT', '/job/j1/suspended',
                                                   {'suspended': suspended})
    cls(URL, process_definition_key='proc', process_definition_without_tenant_id=True)()
    assert (http.method, http.path) == ('PUT', '/job/suspended')
    assert http.json == {'suspended': suspended, 'processDefinitionKey': 'proc',
                         'processDefinitionWithoutTenantId': True}
    cls(URL, job_definition_id='d1')()
    assert http.json == {'suspended': suspended, 'jobDefinitionId': 'd1'}


def test_set_due_date_sends_null_to_make_it_due_now(http):
    job.SetDueDate(URL, 'j1', due_date=None)()
    assert (http.method, http.path, http.json) == ('PUT', '/job/j1/duedate', {'duedate': None})
    job.SetDueDate(URL, 'j1', due_date=dt.datetime(2024, 6, 1, 12, tzinfo=UTC), cascade=True)()
    assert http.json == {'duedate': '2024-06-01T12:00:00.000+0000', 'cascade': True}


def test_recalculate_due_date(http):
    job.RecalculateDueDate(URL, 'j1')()
    assert (http.method, http.path, http.params) == ('POST', '/job/j1/duedate/recalculate', {})
    job.RecalculateDueDate(URL, 'j1', creation_date_based=False)()
    assert http.params == {'creationDateBased': 'false'}


def test_stacktrace_is_text(http):
    http.respond(content=b'java.lang.RuntimeException: boom\n\tat x.y(Z.java:1)',
                 headers={'Content-Type': 'text/plain'})
    trace = job.GetStacktrace(URL, 'j1')()
    assert (http.method, http.path) == ('GET', '/job/j1/stacktrace')
    assert trace.startswith('java.lang.RuntimeException: boom')


@pytest.mark.parametrize('request_, method, path, body', [
    (job.Execute(URL, 'j1'), 'POST', '/job/j1/execute', {}),
    (job.SetPriority(URL, 'j1', priority=9), 'PUT', '/job/j1/priority', {'priority': 9}),
    (job.Delete(URL, 'j1'), 'DELETE', '/job/j1', None),
])
def test_id_requests(http, request_, method, path, body):
    assert request_() is None
    assert (http.method, http.path, http.json) == (method, path, body)


def test_query_converts_date_conditions_given_in_the_get_form(http):
    http.respond(json=[])
    job.Query(URL, due_dates=['gt_2024-01-01T00:00:00.000+0000'],
              create_times=[('lt', dt.datetime(2024, 5, 1, tzinfo=UTC))])()
    assert http.json == {'dueDates': [{'operator': 'gt', 'value': '2024-01-01T00:00:00.000+0000'}],
                         'createTimes': [{'operator': 'lt', 'value': '2024-05-01T00:00:00.000+0000'}]}


def test_get_list_sends_date_conditions_in_the_get_form(http):
    http.respond(json=[])
    request = job.GetList(URL, due_dates=[{'operator': 'gt', 'value': dt.datetime(2024, 1, 1, tzinfo=UTC)}],
                          create_times=['lt_2024-05-01T00:00:00.000+0000'])
    assert request.due_dates == [{'operator': 'gt', 'value': dt.datetime(2024, 1, 1, tzinfo=UTC)}]
    request()
    assert http.params == {'dueDates': 'gt_2024-01-01T00:00:00.000+0000',
                           'createTimes': 'lt_2024-05-01T00:00:00.000+0000'}


def test_a_date_condition_in_no_known_form_is_refused():
    with pytest.raises(InvalidInput, match="due_dates: 'soon'"):
        job.Query(URL, due_dates=['soon'])


@pytest.mark.parametrize('kwargs, named', [
    ({'id_': 'j1', 'job_definition_id': 'd1'}, 'id_, job_definition_id'),
    ({'process_instance_id': 'p1', 'process_definition_key': 'proc'},
     'process_instance_id, process_definition_key'),
    ({}, 'none'),
])
def test_activate_takes_an_id_or_one_selection(http, kwargs, named):
    request = job.Suspend(URL, **kwargs)
    with pytest.raises(InvalidInput, match='give exactly one of id_ or job_definition_id') as error:
        request()
    assert named.split(', ')[0] in str(error.value) and not http.calls


def test_a_tenant_goes_only_with_a_process_definition_key(http):
    with pytest.raises(InvalidInput, match='process_definition_tenant_id only go with '
                                           'process_definition_key, not with id_'):
        job.Activate(URL, id_='j1', process_definition_tenant_id='t1')()
    job.Activate(URL, process_definition_key='proc', process_definition_tenant_id='t1')()
    assert http.json == {'suspended': False, 'processDefinitionKey': 'proc',
                         'processDefinitionTenantId': 't1'}
