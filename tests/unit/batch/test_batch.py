"""What the batch classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.batch as batch

from unit.fakehttp import URL

BATCH = {'id': 'b1', 'type': 'instance-migration', 'totalJobs': 2, 'jobsCreated': 1,
         'batchJobsPerSeed': 100, 'invocationsPerBatchJob': 1, 'seedJobDefinitionId': 'sj',
         'monitorJobDefinitionId': 'mj', 'batchJobDefinitionId': 'bj', 'suspended': False,
         'tenantId': None, 'createUserId': 'demo', 'startTime': '2024-03-01T10:00:00.000+0000',
         'executionStartTime': '2024-03-01T10:00:01.500+0000'}
STATS = dict(BATCH, remainingJobs=1, completedJobs=1, failedJobs=0)


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[BATCH])
    found = batch.GetList(URL, type_='instance-migration', tenant_id_in=['a', 'b'],
                          without_tenant_id=True, suspended=True, sort_by='batch_id',
                          ascending=False, first_result=5, max_results=10, created_by='demo',
                          started_after=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
                          with_failures=True)()
    assert (http.method, http.path) == ('GET', '/batch')
    assert http.params == {'type': 'instance-migration', 'tenantIdIn': 'a,b',
                           'withoutTenantId': 'true', 'suspended': 'true', 'sortBy': 'batchId',
                           'sortOrder': 'desc', 'firstResult': 5, 'maxResults': 10,
                           'createdBy': 'demo', 'startedAfter': '2024-01-01T00:00:00.000+0000',
                           'withFailures': 'true'}
    assert found == (batch.Batch('b1', 'instance-migration', 2, 1, 100, 1, 'sj', 'mj', 'bj', False,
                                 None, 'demo',
                                 dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone.utc),
                                 dt.datetime(2024, 3, 1, 10, 0, 1, 500000, tzinfo=dt.timezone.utc)),)


def test_false_flags_are_not_sent(http):
    http.respond(json=[])
    assert batch.GetList(URL, batch_id='b1')() == ()
    assert http.params == {'batchId': 'b1'}


@pytest.mark.parametrize('cls, path', [(batch.Count, '/batch/count'),
                                       (batch.CountStats, '/batch/statistics/count')])
def test_counts_send_filters_only(http, cls, path):
    http.respond(json={'count': 4})
    assert cls(URL, batch_id='b1', suspended=True, without_failures=True)() == 4
    assert (http.method, http.path) == ('GET', path)
    assert http.params == {'batchId': 'b1', 'suspended': 'true', 'withoutFailures': 'true'}


def test_get_tolerates_missing_optional_fields(http):
    http.respond(json={'id': 'b1', 'type': 'set-job-retries', 'totalJobs': 1})
    got = batch.Get(URL, 'b1')()
    assert (http.method, http.path) == ('GET', '/batch/b1')
    assert (got.id_, got.type_, got.total_jobs) == ('b1', 'set-job-retries', 1)
    assert got.start_time is None and got.execution_start_time is None and got.tenant_id is None


def test_get_stats_parses_job_numbers(http):
    http.respond(json=[STATS])
    stats = batch.GetStats(URL, batch_id='b1', sort_by='tenant_id')()
    assert (http.method, http.path) == ('GET', '/batch/statistics')
    assert http.params == {'batchId': 'b1', 'sortBy': 'tenantId', 'sortOrder': 'asc'}
    assert [(s.remaining_jobs, s.completed_jobs, s.failed_jobs) for s in stats] == [(1, 1, 0)]
    assert stats[0].start_time == dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize('cls, suspended', [(batch.Activate, False), (batch.Suspend, True)])
def test_activate_and_suspend(http, cls, suspended):
    assert cls(URL, 'b/1')() is None
    assert (http.method, http.raw_path, http.json) == ('PUT', '/batch/b%2F1/suspended',
                                                       {'suspended': suspended})


def test_delete_sends_cascade_only_when_true(http):
    batch.Delete(URL, 'b1')()
    assert (http.method, http.path, http.params) == ('DELETE', '/batch/b1', {})
    batch.Delete(URL, 'b1', cascade=True)()
    assert http.params == {'cascade': 'true'}
