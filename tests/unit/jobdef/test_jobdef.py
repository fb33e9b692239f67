"""What the job definition classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.jobdef as jobdef
from pycamunda.request import InvalidInput

from unit.fakehttp import URL

DEFINITION = {'id': 'd1', 'processDefinitionId': 'proc:1:x', 'processDefinitionKey': 'proc',
              'jobType': 'timer-intermediate-transition', 'jobConfiguration': 'DURATION: PT1H',
              'activityId': 'wait', 'suspended': False, 'overridingJobPriority': 10,
              'tenantId': None, 'deploymentId': 'dep1'}
PARSED = jobdef.JobDefinition('d1', 'proc:1:x', 'proc', 'wait', 'timer-intermediate-transition',
                              'DURATION: PT1H', False, 10, None, 'dep1')


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[DEFINITION])
    found = jobdef.GetList(URL, activity_id_in=['wait', 'fail'], process_definition_key='proc',
                           suspended=True, with_overriding_job_priority=True,
                           sort_by='job_type', max_results=2)()
    assert (http.method, http.path) == ('GET', '/job-definition')
    assert http.params == {'activityIdIn': 'wait,fail', 'processDefinitionKey': 'proc',
                           'suspended': 'true', 'withOverridingJobPriority': 'true',
                           'sortBy': 'jobType', 'sortOrder': 'asc', 'maxResults': 2}
    assert found == (PARSED,)


def test_count_sends_filters_only(http):
    http.respond(json={'count': 3})
    assert jobdef.Count(URL, job_type='async-continuation', without_tenant_id=True)() == 3
    assert (http.method, http.path) == ('GET', '/job-definition/count')
    assert http.params == {'jobType': 'async-continuation', 'withoutTenantId': 'true'}


def test_query_and_query_count_send_a_body(http):
    http.respond(json=[DEFINITION])
    found = jobdef.Query(URL, job_definition_id='d1', active=True, tenant_id_in=['t'],
                         sort_by='process_definition_key', ascending=False, first_result=4)()
    assert (http.method, http.path, http.params) == ('POST', '/job-definition', {'firstResult': 4})
    assert http.json == {'jobDefinitionId': 'd1', 'active': True, 'tenantIdIn': ['t'],
                         'sorting': [{'sortBy': 'processDefinitionKey', 'sortOrder': 'desc'}]}
    assert found == (PARSED,)
    http.respond(json={'count': 1})
    assert jobdef.QueryCount(URL, job_configuration='async-before', sort_by='job_type')() == 1
    assert (http.method, http.path) == ('POST', '/job-definition/count')
    assert http.json == {'jobConfiguration': 'async-before'}


def test_get_tolerates_missing_optional_fields(http):
    http.respond(json={'id': 'd1', 'processDefinitionId': 'proc:1:x', 'activityId': 'wait',
                       'jobType': 'async-continuation', 'suspended': True})
    got = jobdef.Get(URL, 'd1')()
    assert (http.method, http.path) == ('GET', '/job-definition/d1')
    assert (got.suspended, got.overriding_job_priority, got.deployment_id, got.tenant_id) == (
        True, None, None, None)


def test_set_priority_sends_null_to_reset(http):
    jobdef.SetPriority(URL, 'd1', priority=None)()
    assert (http.method, http.path, http.json) == ('PUT', '/job-definition/d1/jobPriority',
                                                   {'priority': None})
    jobdef.SetPriority(URL, 'd1', priority=20, include_jobs=True)()
    assert http.json == {'priority': 20, 'includeJobs': True}


def test_set_retries(http):
    jobdef.SetRetries(URL, 'd1', retries=3)()
    assert (http.method, http.path, http.json) == ('PUT', '/job-definition/d1/retries',
                                                   {'retries': 3})


@pytest.mark.parametrize('cls, suspended', [(jobdef.Activate, False), (jobdef.Suspend, True)])
def test_suspension_by_id_or_by_process_definition(http, cls, suspended):
    cls(URL, id_='d1', include_jobs=True)()
    assert (http.method, http.path, http.json) == ('PUT', '/job-definition/d1/suspended',
                                                   {'suspended': suspended, 'includeJobs': True})
    when = dt.datetime(2024, 7, 1, 8, tzinfo=dt.timezone.utc)
    cls(URL, process_definition_key='proc', process_definition_tenant_id='t1',
        execution_datetime=when)()
    assert (http.method, http.path) == ('PUT', '/job-definition/suspended')
    assert http.json == {'suspended': suspended, 'processDefinitionKey': 'proc',
                         'processDefinitionTenantId': 't1',
                         'executionDate': '2024-07-01T08:00:00.000+0000'}


def test_activate_takes_an_id_or_one_process_definition(http):
    with pytest.raises(InvalidInput, match="give exactly one of id_ or process_definition_id or "
                                           "process_definition_key; given: id_='d1', "
                                           "process_definition_key='proc'"):
        jobdef.Activate(URL, id_='d1', process_definition_key='proc')()
    with pytest.raises(InvalidInput, match='given: none'):
        jobdef.Suspend(URL, include_jobs=True)()
    assert not http.calls
