"""Historic process instances against the real engine."""
import datetime as dt

import pytest

import pycamunda
from pycamunda.history import processinst

from integration.history.conftest import start, wait_for


def test_get_list_and_get(engine_url, activity):
    query = processinst.GetList(engine_url, process_instance_business_key=activity['business_key'],
                                finished=True)
    query.add_equal_value_filter('note', 'second')
    assert [p.id_ for p in query()] == [activity['pid']]
    query = processinst.GetList(engine_url, process_definition_key=activity['key'])
    query.add_equal_value_filter('note', 'first')  # the value it had before
    assert query() == ()
    instance = processinst.Get(engine_url, activity['pid'])()
    assert (instance.state, instance.start_activity_id, instance.business_key) == (
        'COMPLETED', 'start', activity['business_key'])
    assert instance.end_time >= instance.start_time and instance.duration_in_millis >= 0


def test_query_sends_typed_variables_and_counts(engine_url, activity):
    key = activity['key']
    query = processinst.Query(engine_url, process_definition_key=key, sort_by='start_time',
                              ascending=False, max_results=5)
    query.add_greater_than_value_filter('amount', 100)
    assert [p.id_ for p in query()] == [activity['pid']]
    count = processinst.QueryCount(engine_url, process_definition_key=key)
    count.add_less_than_value_filter('amount', 100)
    assert count() == 0
    assert processinst.Count(engine_url, process_definition_key=key, finished=True)() == 1
    assert processinst.Count(engine_url, process_definition_key=key, unfinished=True)() == 0


def test_duration_report(engine_url, activity):
    rows = processinst.GetDurationReport(engine_url, period_unit='month',
                                         process_definition_key_in=[activity['key']])()
    assert len(rows) == 1
    row = rows[0]
    assert row.period_unit == 'MONTH' and 1 <= row.period <= 12
    assert row.minimum == row.maximum == row.average == processinst.Get(engine_url, activity['pid'])(
    ).duration_in_millis


def _ended(camunda, deployed, business_key):
    pid = start(camunda, deployed['key'], business_key, fail=False)
    camunda.request('DELETE', f'/process-instance/{pid}')
    return pid


def test_delete_variables_then_delete(engine_url, camunda, deployed, uid):
    pid = _ended(camunda, deployed, f'{uid}-d')
    def variables():
        return camunda.request('GET', '/history/variable-instance/count',
                               params={'processInstanceId': pid})['count']
    assert variables() == 4
    processinst.DeleteVariables(engine_url, pid)()
    assert variables() == 0
    processinst.Delete(engine_url, pid)()
    with pytest.raises(pycamunda.NotFound):
        processinst.Get(engine_url, pid)()
    processinst.Delete(engine_url, pid, fail_if_not_exists=False)()
    with pytest.raises(pycamunda.NotFound):
        processinst.Delete(engine_url, pid)()


def test_set_removal_time_and_delete_async(engine_url, camunda, deployed, uid):
    kept, gone = _ended(camunda, deployed, f'{uid}-k'), _ended(camunda, deployed, f'{uid}-g')
    removal = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=30)
    batch = processinst.SetRemovalTimeAsync(engine_url, historic_process_instance_ids=[kept],
                                            absolute_removal_time=removal)()
    assert batch.type_ == 'process-set-removal-time' and batch.total_jobs >= 1
    wait_for('the removal time', lambda: processinst.Get(engine_url, kept)().removal_time == removal)
    batch = processinst.DeleteAsync(engine_url, historic_process_instance_query={
        'processInstanceBusinessKey': f'{uid}-g'}, delete_reason='test')()
    assert batch.type_ == 'historic-instance-deletion'
    wait_for('the deletion', lambda: processinst.Count(engine_url, process_instance_id=gone)() == 0)
    assert processinst.Count(engine_url, process_instance_id=kept)() == 1
