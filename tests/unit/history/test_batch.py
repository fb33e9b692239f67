"""What the historic batch classes send, and what they make of the answers."""
import datetime as dt

from pycamunda.history import batch

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_get_list_sends_completed_false_too(http):
    http.respond(json=[ANSWERS['historic_batch']])
    found = batch.GetList(URL, type_='set-job-retries', completed=False, sort_by='start_time',
                          max_results=1)()
    assert (http.method, http.path) == ('GET', '/history/batch')
    assert http.params == {'type': 'set-job-retries', 'completed': 'false', 'sortBy': 'startTime',
                           'sortOrder': 'asc', 'maxResults': 1}
    got = found[0]
    assert (got.type_, got.total_jobs, got.batch_jobs_per_seed) == ('set-job-retries', 1, 100)
    assert got.end_time >= got.start_time and got.removal_time is None


def test_count_get_and_delete(http):
    http.respond(json={'count': 1})
    assert batch.Count(URL, batch_id='b1')() == 1
    assert (http.method, http.path, http.params) == ('GET', '/history/batch/count', {'batchId': 'b1'})
    http.respond(json={'id': 'b1'})
    got = batch.Get(URL, 'b1')()
    assert (http.method, http.path, got.id_, got.type_, got.end_time) == ('GET', '/history/batch/b1', 'b1',
                                                                        None, None)
    batch.Delete(URL, 'b1')()
    assert (http.method, http.path) == ('DELETE', '/history/batch/b1')


def test_cleanable_report(http):
    http.respond(json=ANSWERS['cleanable_batch'])
    rows = batch.GetCleanableReport(URL, sort_by='finished', first_result=0, max_results=5)()
    assert (http.method, http.path, http.params) == ('GET', '/history/batch/cleanable-batch-report', {
        'sortBy': 'finished', 'sortOrder': 'asc', 'firstResult': 0, 'maxResults': 5})
    assert rows[0].batch_type and rows[0].finished_batches_count >= 1 and rows[0].history_time_to_live is None
    http.respond(json={'count': 7})
    assert batch.CountCleanableReport(URL)() == 7
    assert (http.path, http.params) == ('/history/batch/cleanable-batch-report/count', {})


def test_set_removal_time(http):
    http.respond(json={'id': 'b2', 'type': 'batch-set-removal-time', 'totalJobs': 1})
    result = batch.SetRemovalTimeAsync(URL, historic_batch_ids=['b1'],
                                       absolute_removal_time=dt.datetime(2030, 1, 1,
                                                                         tzinfo=dt.timezone.utc))()
    assert (http.method, http.path, http.json) == ('POST', '/history/batch/set-removal-time', {
        'historicBatchIds': ['b1'], 'absoluteRemovalTime': '2030-01-01T00:00:00.000+0000'})
    assert (result.id_, result.type_) == ('b2', 'batch-set-removal-time')
    http.respond(json={'id': 'b3'})
    batch.SetRemovalTimeAsync(URL, historic_batch_query={'type': 'x'}, calculated_removal_time=True)()
    assert http.json == {'historicBatchQuery': {'type': 'x'}, 'calculatedRemovalTime': True}
