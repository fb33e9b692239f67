"""What the metrics classes send, and what they make of the engine's answers."""
import datetime as dt

import pycamunda.metrics
from pycamunda.metrics import MetricsInterval

from unit.fakehttp import URL

UTC = dt.timezone.utc


def test_get_sum(http):
    http.respond(json={'result': 42})
    total = pycamunda.metrics.GetSum(URL, 'task-users', start_date=dt.datetime(2024, 1, 1, tzinfo=UTC),
                                     end_date=dt.datetime(2024, 2, 1, tzinfo=UTC))()
    assert total == 42
    assert (http.method, http.path) == ('GET', '/metrics/task-users/sum')
    assert http.params == {'startDate': '2024-01-01T00:00:00.000+0000',
                           'endDate': '2024-02-01T00:00:00.000+0000'}


def test_get_intervals(http):
    http.respond(json=[{'timestamp': '2024-01-01T00:15:00.000+0000', 'name': 'process-instances',
                        'reporter': 'host$default', 'value': 3},
                       {'timestamp': '2024-01-01T00:00:00.000+0000', 'name': 'process-instances',
                        'value': 1}])
    intervals = pycamunda.metrics.GetIntervals(URL, name='process-instances', interval=900,
                                               aggregate_by_reporter=True, max_results=2)()
    assert (http.method, http.path) == ('GET', '/metrics')
    assert http.params == {'name': 'process-instances', 'interval': 900,
                           'aggregateByReporter': 'true', 'maxResults': 2}
    assert intervals == (
        MetricsInterval(dt.datetime(2024, 1, 1, 0, 15, tzinfo=UTC), 'process-instances',
                        'host$default', 3),
        MetricsInterval(dt.datetime(2024, 1, 1, tzinfo=UTC), 'process-instances', None, 1))


def test_get_intervals_sends_nothing_by_default(http):
    http.respond(json=[])
    assert pycamunda.metrics.GetIntervals(URL)() == ()
    assert http.params == {}


def test_delete_task_worker(http):
    assert pycamunda.metrics.DeleteTaskWorker(URL, date=dt.datetime(2000, 1, 1, tzinfo=UTC))() is None
    assert (http.method, http.path) == ('DELETE', '/metrics/task-worker')
    assert http.params == {'date': '2000-01-01T00:00:00.000+0000'}
    pycamunda.metrics.DeleteTaskWorker(URL)()
    assert http.params == {}
