"""What the historic process instance classes send, and what they make of the answers."""
import datetime as dt

import pytest

from pycamunda.history import processinst
from pycamunda.request import InvalidInput

from unit.fakehttp import URL
from unit.history.answers import ANSWERS

UTC = dt.timezone.utc


def test_get_list_sends_filters_variables_sorting_and_paging(http):
    http.respond(json=[ANSWERS['process_instance']])
    query = processinst.GetList(URL, process_definition_key='order', finished=True, unfinished=False,
                                tenant_id_in=['a', 'b'], started_after=dt.datetime(2024, 5, 1, tzinfo=UTC),
                                incident_status='open', sort_by='start_time', ascending=False,
                                first_result=10, max_results=5)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_greater_than_value_filter('amount', 100)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_equal_value_filter('vip', True)
    found = query()
    assert (http.method, http.path, http.json) == ('GET', '/history/process-instance', None)
    assert http.params == {'processDefinitionKey': 'order', 'finished': 'true', 'tenantIdIn': 'a,b',
                           'startedAfter': '2024-05-01T00:00:00.000+0000', 'incidentStatus': 'open',
                           'variables': 'amount_gt_100,vip_eq_true', 'sortBy': 'startTime',
                           'sortOrder': 'desc', 'firstResult': 10, 'maxResults': 5}
    instance = found[0]
    assert (instance.state, instance.start_activity_id, instance.process_definition_version) == (
        'COMPLETED', 'start', 1)
    assert instance.start_time.tzinfo is not None and instance.end_time >= instance.start_time
    assert instance.super_process_instance_id is None


def test_query_sends_filters_as_body_and_paging_in_the_query_string(http):
    http.respond(json=[])
    query = processinst.Query(URL, process_instance_ids=['p1', 'p2'], with_incidents=True,
                              sort_by='business_key', max_results=3)
    query.add_greater_than_equal_value_filter('amount', 5)
    query.or_queries = [{'processInstanceBusinessKeyLike': 'a%'}]
    assert query() == ()
    assert (http.method, http.path, http.params) == ('POST', '/history/process-instance', {'maxResults': 3})
    assert http.json == {'processInstanceIds': ['p1', 'p2'], 'withIncidents': True,
                         'variables': [{'name': 'amount', 'operator': 'gteq', 'value': 5}],
                         'sorting': [{'sortBy': 'businessKey', 'sortOrder': 'asc'}],
                         'orQueries': [{'processInstanceBusinessKeyLike': 'a%'}]}


def test_counts(http):
    http.respond(json={'count': 4})
    count = processinst.Count(URL, process_definition_key='order', finished=True)
    count.max_results = 10  # not a parameter of the count
    assert count() == 4
    assert (http.method, http.path, http.params) == ('GET', '/history/process-instance/count',
                                                     {'processDefinitionKey': 'order', 'finished': 'true'})
    http.respond(json={'count': 2})
    assert processinst.QueryCount(URL, process_definition_key='order')() == 2
    assert (http.method, http.path, http.params, http.json) == (
        'POST', '/history/process-instance/count', {}, {'processDefinitionKey': 'order'})


def test_get_tolerates_a_sparse_answer(http):
    http.respond(json={'id': 'p1', 'state': 'ACTIVE'})
    instance = processinst.Get(URL, 'p1')()
    assert (http.method, http.path) == ('GET', '/history/process-instance/p1')
    assert (instance.id_, instance.state, instance.end_time, instance.business_key) == ('p1', 'ACTIVE', None,
                                                                                        None)


def test_deletes(http):
    processinst.Delete(URL, 'p1', fail_if_not_exists=False)()
    assert (http.method, http.path, http.params) == ('DELETE', '/history/process-instance/p1',
                                                     {'failIfNotExists': 'false'})
    processinst.DeleteVariables(URL, 'p1')()
    assert (http.method, http.path) == ('DELETE', '/history/process-instance/p1/variable-instances')


BATCH = {'id': 'b1', 'type': 'historic-instance-deletion', 'totalJobs': 1, 'batchJobsPerSeed': 100,
         'invocationsPerBatchJob': 1, 'suspended': False, 'startTime': '2024-05-01T10:00:00.000+0000'}


def test_delete_async_and_set_removal_time(http):
    http.respond(json=BATCH)
    batch = processinst.DeleteAsync(URL, historic_process_instance_ids=['p1'], delete_reason='gdpr',
                                    historic_process_instance_query={'finished': True})()
    assert (http.method, http.path) == ('POST', '/history/process-instance/delete')
    assert http.json == {'historicProcessInstanceIds': ['p1'], 'deleteReason': 'gdpr',
                         'historicProcessInstanceQuery': {'finished': True}}
    assert (batch.id_, batch.total_jobs, batch.start_time) == ('b1', 1, dt.datetime(2024, 5, 1, 10,
                                                                                    tzinfo=UTC))
    http.respond(json=BATCH)
    processinst.SetRemovalTimeAsync(URL, historic_process_instance_ids=['p1'], hierarchical=True,
                                    absolute_removal_time=dt.datetime(2030, 1, 1, tzinfo=UTC))()
    assert (http.method, http.path) == ('POST', '/history/process-instance/set-removal-time')
    assert http.json == {'historicProcessInstanceIds': ['p1'], 'hierarchical': True,
                         'absoluteRemovalTime': '2030-01-01T00:00:00.000+0000'}
    http.respond(json=BATCH)
    processinst.SetRemovalTimeAsync(URL, cleared_removal_time=True, update_in_chunks=True,
                                    update_chunk_size=50)()
    assert http.json == {'clearedRemovalTime': True, 'updateInChunks': True, 'updateChunkSize': 50}


def test_duration_report(http):
    http.respond(json=ANSWERS['duration_report'])
    rows = processinst.GetDurationReport(URL, period_unit='quarter', process_definition_key_in=['a'])()
    assert (http.method, http.path) == ('GET', '/history/process-instance/report')
    assert http.params == {'reportType': 'duration', 'periodUnit': 'quarter', 'processDefinitionKeyIn': 'a'}
    assert rows[0].period_unit == 'MONTH' and rows[0].minimum <= rows[0].average <= rows[0].maximum
    with pytest.raises(InvalidInput, match="period_unit='week'"):
        processinst.GetDurationReport(URL, period_unit='week')
