"""A worker given several engine URLs: fetches and reports go to a node that answers."""
import threading
import time
import types

import pytest
import requests

import pycamunda
import pycamunda.externaltask as et
import pycamunda.worker as pw

from unit.fakehttp import make_response

A, B, C = (f'http://node-{name}.test/engine-rest' for name in 'abc')
TASK = {'id': 't1', 'topicName': 'charge', 'workerId': 'w1', 'retries': None,
        'processInstanceId': 'pi1', 'variables': {}}


class FakeCluster:
    """Engine nodes sharing tasks; a node ``down`` refuses connections, ``slow`` times out."""

    def __init__(self, tasks=0):
        self.tasks = [dict(TASK, id=f't{i}') for i in range(tasks)]
        self.down = set()
        self.slow = set()
        self.done = set()
        self.lock = threading.Lock()
        self.calls = []

    def __call__(self, session, method, url, **kwargs):
        node = next(n for n in (A, B, C) if url.startswith(n))
        path = url[len(node):]
        with self.lock:
            self.calls.append((node, path))
            if node in self.down:
                raise requests.ConnectionError('connection refused')
            if node in self.slow:
                raise requests.ReadTimeout('read timed out')
            if path.endswith('/fetchAndLock'):
                size = kwargs['json']['maxTasks']
                batch, self.tasks = self.tasks[:size], self.tasks[size:]
                return make_response(json=batch)
            task_id = path.split('/')[2]
            if task_id in self.done:
                return make_response(404, json={'type': 'RestException', 'message': 'gone'})
            if path.endswith(('/complete', '/failure', '/bpmnError')):
                self.done.add(task_id)
        return make_response(204)

    def paths_at(self, node):
        return [path for n, path in self.calls if n == node]


@pytest.fixture
def cluster(http):
    fake = FakeCluster()
    http.mock.side_effect = fake
    return fake


def make_worker(urls=(A, B), **options):
    options.setdefault('error_backoff', pw.Backoff(0.001, 0.01))
    options.setdefault('idle_backoff', pw.Backoff(0.001, 0.01))
    options.setdefault('node_backoff', pw.Backoff(60.0, 60.0, jitter=0.0))
    return pw.Worker(list(urls), 'w1', **options)


def make_task(worker):
    subscription = pw.Subscription('charge', lambda task: None)
    worker.subscriptions.setdefault('charge', subscription)
    return pw.Task(worker, et.ExternalTask.load(TASK), subscription, 30_000, time.monotonic())


def test_nodes_pass_over_a_node_until_its_backoff_ends_and_take_it_back_when_it_answers():
    nodes = pw.Nodes([A + '/', B, C], pw.Backoff(0.05, 0.05, jitter=0.0))
    assert nodes.order() == [A, B, C] and len(nodes) == 3
    nodes.failed(A, RuntimeError('refused'))
    nodes.failed(B, RuntimeError('refused'))
    assert nodes.order() == [C]
    nodes.failed(C, RuntimeError('refused'))
    assert nodes.order() == [A, B, C]  # none left: every node is tried
    time.sleep(0.06)
    assert nodes.order() == [A, B, C]
    nodes.answered(B)
    nodes.failed(A, RuntimeError('refused'))
    assert nodes.order() == [B, C]
    nodes.answered(A)
    assert nodes.order() == [A, B, C]


def test_a_worker_needs_a_url():
    with pytest.raises(pycamunda.InvalidInput, match=r'url=\[\]'):
        pw.Worker([])
    worker = pw.Worker((A + '/', B))
    assert worker.url == A and worker.nodes.urls == (A, B)


@pytest.mark.parametrize('failure', ['down', 'slow'])
def test_every_report_goes_to_a_node_that_answers(cluster, failure):
    getattr(cluster, failure).add(A)
    worker = make_worker()
    make_task(worker).extend_lock(5000)
    make_task(worker).complete({'x': 1})
    cluster.done.clear()
    make_task(worker).failure('boom')
    cluster.done.clear()
    make_task(worker).bpmn_error('E1')
    cluster.done.clear()
    make_task(worker).unlock()
    assert cluster.paths_at(A) == ['/external-task/t1/extendLock']  # passed over afterwards
    assert cluster.paths_at(B) == ['/external-task/t1/' + end for end in
                                   ('extendLock', 'complete', 'failure', 'bpmnError', 'unlock')]
    snapshot = worker.metrics.snapshot()
    assert (snapshot['completed'], snapshot['failed'], snapshot['bpmn_errors'],
            snapshot['unlocked'], snapshot['extended']) == (1, 1, 1, 1, 1)
    assert snapshot['report_errors'] == snapshot['report_retries'] == 0
    assert snapshot['failovers'] == 1


def test_a_report_that_timed_out_on_one_node_and_is_gone_on_the_next_counts_as_arrived(cluster):
    cluster.slow.add(A)
    cluster.done.add('t1')  # the report reached node A, whose answer was lost
    worker = make_worker()
    make_task(worker).complete()
    assert worker.metrics.completed == 1 and worker.metrics.report_errors == 0


def test_reports_are_retried_while_no_node_answers(cluster):
    cluster.down.update({A, B})
    worker = make_worker(node_backoff=pw.Backoff(0.001, 0.001))

    def back_up():
        time.sleep(0.05)
        cluster.down.discard(B)
    threading.Thread(target=back_up).start()
    make_task(worker).complete()
    assert worker.metrics.completed == 1 and worker.metrics.report_retries >= 1
    assert cluster.paths_at(B)[-1] == '/external-task/t1/complete'


def test_the_worker_fetches_from_the_next_node_and_returns_to_its_first_choice(cluster):
    cluster.tasks = [dict(TASK, id=f't{i}') for i in range(6)]
    cluster.down.add(A)
    worker = make_worker(threads=1, async_response_timeout=100,
                         node_backoff=pw.Backoff(0.2, 0.2, jitter=0.0))
    handled = []

    @worker.subscribe('charge')
    def handle(task):
        handled.append(task.id_)
        if len(handled) == 3:
            cluster.down.discard(A)  # node A is back
        time.sleep(0.1)
    with worker.start():
        deadline = time.monotonic() + 10
        while worker.metrics.completed < 6 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert worker.metrics.completed == 6 and worker.metrics.fetch_errors == 0
    fetched_from = [node for node, path in cluster.calls if path.endswith('/fetchAndLock')]
    assert B in fetched_from and fetched_from[-1] == A
    assert set(cluster.paths_at(A)) > {'/external-task/fetchAndLock'}  # reports too, later
    assert worker.metrics.failovers >= 1


def test_when_no_node_answers_a_fetch_fails_with_the_last_error(cluster):
    cluster.down.update({A, B})
    worker = make_worker()
    with pytest.raises(pycamunda.ConnectionFailed, match='node-b'):
        worker._send(worker._fetch_request())
    assert [node for node, path in cluster.calls] == [A, B]


def test_a_single_url_is_sent_to_as_before(cluster):
    cluster.down.add(A)
    worker = make_worker(urls=[A])
    with pytest.raises(pycamunda.ConnectionFailed):
        worker._send(worker._fetch_request())
    with pytest.raises(pycamunda.ConnectionFailed):
        worker._send(worker._fetch_request())
    assert [node for node, path in cluster.calls] == [A, A]
    assert worker.metrics.failovers == 0


def test_command_line_takes_repeated_urls_and_a_comma_separated_environment(monkeypatch):
    module = types.ModuleType('cluster_handlers_for_test')
    module.handle = pw.subscribe('charge')(lambda task: None)
    monkeypatch.setitem(__import__('sys').modules, module.__name__, module)
    ran = []
    monkeypatch.setattr(pw.Worker, 'run', lambda self: ran.append(self))
    assert pw.main([module.__name__, '--url', A, '--url', B + '/',
                    '--max-error-backoff', '5']) == 0
    assert ran[0].error_backoff == pw.Backoff(1.0, 5.0)
    monkeypatch.setenv('CAMUNDA_URL', f'{B}, {C}')
    assert pw.main([module.__name__]) == 0
    assert [worker.nodes.urls for worker in ran] == [(A, B), (B, C)]
