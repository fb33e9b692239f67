"""The metrics classes against the real engine."""
import datetime as dt

import pytest

import pycamunda
import pycamunda.metrics

from integration.conftest import at_least

LONG_AGO = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


def test_sum_counts_a_started_process(engine_url, camunda, process):
    before = pycamunda.metrics.GetSum(engine_url, 'process-instances')()
    camunda.start(process['key'])
    after = pycamunda.metrics.GetSum(engine_url, 'process-instances')()
    if at_least('7.17'):  # 7.17 counts the start at once; 7.15 did not (7.16 untried)
        assert after >= before + 1
    assert pycamunda.metrics.GetSum(engine_url, 'process-instances', end_date=LONG_AGO)() == 0


def test_intervals_are_filtered_by_name(engine_url):
    intervals = pycamunda.metrics.GetIntervals(engine_url, name='flow-node-instances',
                                               interval=60, aggregate_by_reporter=True,
                                               max_results=10)()
    assert isinstance(intervals, tuple) and len(intervals) <= 10
    assert all(i.name == 'flow-node-instances' and i.value >= 0 for i in intervals)
    assert pycamunda.metrics.GetIntervals(engine_url, end_date=LONG_AGO)() == ()


def test_intervals_refuse_a_bad_interval(engine_url):
    with pytest.raises(pycamunda.BadRequest, match='abc'):
        pycamunda.metrics.GetIntervals(engine_url, interval='abc')()


def test_delete_task_worker_metrics_before_a_date(engine_url):
    # only metrics older than 2000 are deleted: other tests' metrics stay
    assert pycamunda.metrics.DeleteTaskWorker(engine_url, date=LONG_AGO)() is None
    assert pycamunda.metrics.GetSum(engine_url, 'task-users', end_date=LONG_AGO)() == 0
