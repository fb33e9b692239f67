"""The worker's parts, with the network replaced by a fake engine."""
import json
import threading
import time
import types

import pytest
import requests

import pycamunda.externaltask as et
import pycamunda.worker as pw

from unit.fakehttp import URL, make_response

TASK = {'id': 't1', 'topicName': 'charge', 'workerId': 'w1', 'retries': None,
        'processInstanceId': 'pi1', 'businessKey': 'b1',
        'variables': {'amount': {'type': 'Integer', 'value': 5, 'valueInfo': {}},
                      'order': {'type': 'Json', 'value': '{"id": 7}', 'valueInfo': {}}}}


def make_worker(**options):
    options.setdefault('error_backoff', pw.Backoff(0.001, 0.01))
    options.setdefault('idle_backoff', pw.Backoff(0.001, 0.01))
    return pw.Worker(URL, 'w1', **options)


def make_task(worker, handler=lambda task: None, **fields):
    subscription = pw.Subscription('charge', handler)
    worker.add_subscription(subscription)
    external = et.ExternalTask.load(dict(TASK, **fields))
    return pw.Task(worker, external, subscription, 30_000, time.monotonic())


class FakeEngine:
    """Answers by endpoint, from any thread; ``fail`` fetches raise a connection error."""

    def __init__(self, tasks=(), fail=0):
        self.tasks = [dict(TASK, id=f't{i}', variables={}) for i in range(tasks)] \
            if isinstance(tasks, int) else list(tasks)
        self.fail = fail
        self.lock = threading.Lock()
        self.calls = []

    def __call__(self, session, method, url, **kwargs):
        path = url[len(URL):]
        with self.lock:
            self.calls.append((method, path, kwargs.get('json')))
            if path.endswith('/fetchAndLock'):
                if self.fail:
                    self.fail -= 1
                    raise requests.ConnectionError('refused')
                size = kwargs['json']['maxTasks']
                batch, self.tasks = self.tasks[:size], self.tasks[size:]
                return make_response(json=batch)
        return make_response(204)

    def sent(self, suffix):
        return [body for method, path, body in self.calls if path.endswith(suffix)]


@pytest.fixture
def engine(http):
    fake = FakeEngine()
    http.mock.side_effect = fake
    return fake


def test_retry_policy_counts_down_and_repeats_the_last_timeout():
    policy = pw.RetryPolicy(retries=4, timeouts=(100, 200))
    assert [policy.next(r) for r in (None, 3, 2, 1)] == [(3, 100), (2, 200), (1, 200), (0, 200)]
    assert pw.RetryPolicy(retries=1).next(None) == (0, 1000)
    assert pw.RetryPolicy(timeouts=()).next(None) == (2, 0)
    with pytest.raises(ValueError, match='retries=0'):
        pw.RetryPolicy(retries=0)


def test_backoff_grows_with_jitter_up_to_its_maximum():
    backoff = pw.Backoff(1.0, 8.0, factor=2.0, jitter=0.5)
    for attempt, base in [(0, 1.0), (1, 2.0), (2, 4.0), (3, 8.0), (10, 8.0), (1000, 8.0)]:
        delays = {backoff.delay(attempt) for _ in range(50)}
        assert all(base / 2 <= d <= base for d in delays) and len(delays) > 1


def test_task_exposes_fields_and_decoded_variables(engine):
    task = make_task(make_worker())
    assert (task.id_, task.business_key, task.process_instance_id) == ('t1', 'b1', 'pi1')
    assert task.variables == {'amount': 5, 'order': {'id': 7}}
    assert task.get('amount') == 5 and task.get('missing', 0) == 0


def test_task_complete_reports_once(engine):
    worker = make_worker()
    task = make_task(worker)
    task.complete({'total': 10}, local_variables={'note': 'x'})
    assert engine.sent('/external-task/t1/complete') == [{
        'workerId': 'w1', 'variables': {'total': {'value': 10, 'type': 'Integer'}},
        'localVariables': {'note': {'value': 'x', 'type': 'String'}}}]
    with pytest.raises(pw.TaskAlreadyReported):
        task.failure('late')
    assert worker.metrics.completed == 1 and task.done


def test_task_failure_follows_the_retry_policy(engine):
    worker = make_worker(retry_policy=pw.RetryPolicy(3, (100, 200, 300)))
    make_task(worker).failure('boom', 'details')
    task = make_task(make_worker(), retries=1)
    task.failure('x' * 1000, retries=5, retry_timeout=9)
    first, second = engine.sent('/failure')
    assert (first['errorMessage'], first['errorDetails'], first['retries'],
            first['retryTimeout']) == ('boom', 'details', 2, 100)
    assert (len(second['errorMessage']), second['retries'], second['retryTimeout']) == (
        pw.MAX_ERROR_MESSAGE, 5, 9)


def test_task_bpmn_error_unlock_and_extend_lock(engine):
    worker = make_worker()
    task = make_task(worker)
    task.extend_lock(5000)
    assert task.lock_duration == 5000
    task.bpmn_error('E1', 'no stock', {'reason': 'stock'})
    assert engine.sent('/t1/extendLock') == [{'newDuration': 5000, 'workerId': 'w1'}]
    assert engine.sent('/t1/bpmnError') == [{
        'workerId': 'w1', 'errorCode': 'E1', 'errorMessage': 'no stock',
        'variables': {'reason': {'value': 'stock', 'type': 'String'}}}]
    with pytest.raises(pw.TaskAlreadyReported):
        task.extend_lock()
    other = make_task(make_worker())
    other.unlock()
    assert [p for m, p, b in engine.calls][-1] == '/external-task/t1/unlock'
    assert worker.metrics.snapshot()['bpmn_errors'] == 1 and worker.metrics.extended == 1


@pytest.mark.parametrize('handler, endpoint, check', [
    (lambda task: {'total': task.variables['amount'] * 2}, '/complete',
     lambda body: body['variables'] == {'total': {'value': 10, 'type': 'Integer'}}),
    (lambda task: None, '/complete',
     lambda body: body == {'workerId': 'w1', 'variables': {}, 'localVariables': {}}),
    (lambda task: 1 / 0, '/failure',
     lambda body: body['errorMessage'] == 'ZeroDivisionError: division by zero'
     and 'Traceback (most recent call last)' in body['errorDetails'] and body['retries'] == 2),
    (lambda task: 'oops', '/failure', lambda body: body['errorMessage'].startswith('TypeError')),
    (lambda task: (_ for _ in ()).throw(pw.BPMNError('E2', variables={'a': 1})), '/bpmnError',
     lambda body: body['errorCode'] == 'E2' and body['variables']['a']['value'] == 1),
])
def test_handler_outcomes_are_reported(engine, handler, endpoint, check):
    worker = make_worker()
    task = make_task(worker, handler)
    worker._execute(task)
    (body,) = engine.sent(endpoint)
    assert check(body)


def test_a_handler_that_reported_itself_is_not_reported_again(engine):
    def handler(task):
        task.unlock()
        raise RuntimeError('after unlocking')
    worker = make_worker()
    worker._execute(make_task(worker, handler))
    assert [p for m, p, b in engine.calls] == ['/external-task/t1/unlock']


def test_reports_are_retried_while_the_engine_is_unreachable(http):
    answers = [requests.ConnectionError('down'), make_response(503, json={'message': 'x'}),
               make_response(204)]

    def flaky(session, method, url, **kwargs):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer
    http.mock.side_effect = flaky
    worker = make_worker()
    make_task(worker).complete()
    assert answers == [] and worker.metrics.completed == 1
    assert worker.metrics.report_retries == 2


def test_a_lost_lock_is_not_retried(http):
    http.respond(400, json={'type': 'BadUserRequestException', 'message': 'locked by w2'})
    http.respond(400, json={'type': 'BadUserRequestException', 'message': 'locked by w2'})
    worker = make_worker()
    make_task(worker).complete()  # refused: a failure report follows, refused too, and no more
    assert [c['url'].rsplit('/', 1)[1] for c in http.calls] == ['complete', 'failure']
    assert worker.metrics.report_errors == 2 and worker.metrics.failed == 0


def test_a_result_that_cannot_be_built_is_reported_as_a_failure(engine):
    worker = make_worker(retry_policy=pw.RetryPolicy(retries=2, timeouts=(50,)))
    worker._execute(make_task(worker, lambda task: {'s': {1, 2}}, retries=1))
    (body,) = engine.sent('/failure')
    assert body['errorMessage'].startswith('cannot report the outcome: InvalidInput: ')
    assert "variable 's'" in body['errorMessage'] and body['retries'] == 0
    assert 'Traceback (most recent call last)' in body['errorDetails']
    assert engine.sent('/complete') == [] and worker.metrics.report_errors == 1


def test_a_result_the_engine_refuses_is_reported_as_a_failure(http):
    http.respond(400, json={'type': 'InvalidRequestException', 'message': 'bad variable'})
    worker = make_worker()
    worker._execute(make_task(worker, lambda task: {'x': 1}))
    assert [c['url'].rsplit('/', 1)[1] for c in http.calls] == ['complete', 'failure']
    body = http.calls[1]['json']
    assert 'BadRequest' in body['errorMessage'] and 'bad variable' in body['errorMessage']
    assert worker.metrics.failed == 1 and worker.metrics.report_errors == 1


def test_tasks_fetched_after_stop_are_unlocked_not_started(engine):
    worker = make_worker()
    handled = []
    worker.subscribe('charge', handled.append)
    worker._stopping.set()
    worker._dispatch([et.ExternalTask.load(TASK)], time.monotonic())
    assert handled == [] and [p for m, p, b in engine.calls] == ['/external-task/t1/unlock']
    assert worker.metrics.unlocked == 1 and worker._busy == 0


def test_fetch_request_carries_every_subscription_option(engine):
    worker = make_worker(lock_duration=1234, async_response_timeout=5000, use_priority=True)
    worker.subscribe('a', lambda task: None, variables=['x'], business_key='b',
                     process_variables={'k': 'v'}, tenant_id_in=['t'], local_variables=True)
    worker.subscribe('b', lambda task: None, lock_duration=99, without_tenant_id=True,
                     deserialize_values=True, process_definition_version_tag='v2',
                     include_extension_properties=True)
    request = worker._fetch_request()
    assert request.body_parameters() == {
        'workerId': 'w1', 'maxTasks': 0, 'usePriority': True, 'asyncResponseTimeout': 5000,
        'topics': [{'topicName': 'a', 'lockDuration': 1234, 'deserializeValues': False,
                    'variables': ['x'],
                    'businessKey': 'b', 'tenantIdIn': ['t'], 'processVariables': {'k': 'v'},
                    'localVariables': True},
                   {'topicName': 'b', 'lockDuration': 99, 'processDefinitionVersionTag': 'v2',
                    'deserializeValues': True, 'withoutTenantId': True,
                    'includeExtensionProperties': True}]}


def test_run_fetches_only_free_slots_recovers_and_stops(http):
    fake = FakeEngine(tasks=9, fail=2)
    http.mock.side_effect = fake
    worker = make_worker(threads=2, async_response_timeout=100)
    running, most = [], []
    lock = threading.Lock()

    @worker.subscribe('charge')
    def handle(task):
        with lock:
            running.append(task.id_)
            most.append(len(running))
        time.sleep(0.01)
        with lock:
            running.remove(task.id_)
    events = []
    worker.add_listener(lambda event, task: events.append(event))
    worker.add_listener(lambda event, task: 1 / 0)  # a broken listener changes nothing
    with worker.start():
        deadline = time.monotonic() + 10
        while worker.metrics.completed < 9 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert not worker.running
    assert worker.metrics.completed == 9 and worker.metrics.fetch_errors == 2
    assert max(most) <= 2
    assert all(body['maxTasks'] <= 2 for body in fake.sent('/fetchAndLock'))
    assert events.count('completed') == 9 and events.count('fetched') == 9
    with pytest.raises(RuntimeError, match='runs once'):
        worker.run()


@pytest.mark.parametrize('prefetch, most_held', [(None, 4), (0, 2)])
def test_prefetch_fetches_full_batches_while_the_threads_are_busy(http, prefetch, most_held):
    fake = FakeEngine(tasks=12)
    http.mock.side_effect = fake
    worker = make_worker(threads=2, prefetch=prefetch, async_response_timeout=100)
    running, held = [], []
    lock = threading.Lock()

    @worker.subscribe('charge')
    def handle(task):
        with lock:
            running.append(task.id_)
            held.append((len(running), worker._busy))
        time.sleep(0.02)
        with lock:
            running.remove(task.id_)
    with worker.start():
        deadline = time.monotonic() + 10
        while worker.metrics.completed < 12 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert worker.metrics.completed == 12
    assert max(r for r, _ in held) <= 2  # never more handlers than threads
    assert max(h for _, h in held) <= most_held
    sizes = [body['maxTasks'] for body in fake.sent('/fetchAndLock')]
    if prefetch is None:  # a batch of max_tasks each time, fetched while both threads work
        assert set(sizes) == {2} and max(h for _, h in held) > 2
    with pytest.raises(ValueError, match='prefetch=-1'):
        make_worker(prefetch=-1)


def test_locks_of_long_handlers_are_extended(engine):
    engine.tasks = [dict(TASK, variables={})]
    worker = make_worker(threads=1, lock_duration=100, async_response_timeout=100)
    worker.subscribe('charge', lambda task: time.sleep(0.4))
    with worker.start():
        deadline = time.monotonic() + 10
        while worker.metrics.completed < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert worker.metrics.extended >= 1
    assert all(body == {'newDuration': 100, 'workerId': 'w1'}
               for body in engine.sent('/extendLock'))


def test_subscriptions_are_one_per_topic_and_made_before_starting():
    worker = make_worker()
    worker.subscribe('a', lambda task: None)
    with pytest.raises(ValueError, match="'a' already"):
        worker.subscribe('a', lambda task: None)
    with pytest.raises(ValueError, match='threads'):
        pw.Worker(URL, threads=0)
    with pytest.raises(RuntimeError, match='no subscriptions'):
        make_worker().run()


def test_command_line_loads_handlers_from_a_module(monkeypatch):
    module = types.ModuleType('handlers_for_test')

    @pw.subscribe('marked', lock_duration=5)
    def marked(task):
        return None

    defined = pw.Worker(URL)
    defined.subscribe('on-worker', lambda task: None)
    module.marked, module.defined = marked, defined
    module.register = lambda worker: worker.subscribe('registered', lambda task: None)
    worker = make_worker()
    assert worker.add_module(module) == 3
    assert set(worker.subscriptions) == {'marked', 'on-worker', 'registered'}
    assert worker.subscriptions['marked'].lock_duration == 5

    ran = []
    monkeypatch.setitem(__import__('sys').modules, 'handlers_for_test', module)
    monkeypatch.setattr(pw.Worker, 'run', lambda self: ran.append(self))
    monkeypatch.setenv('CAMUNDA_URL', 'http://env.test/engine-rest')
    monkeypatch.setenv('CAMUNDA_USER', 'demo')
    monkeypatch.setenv('CAMUNDA_PASSWORD', 'secret')
    assert pw.main(['handlers_for_test', '--worker-id', 'cli', '--threads', '2',
                    '--retries', '5', '--retry-timeouts', '10,20']) == 0
    (started,) = ran
    assert (started.url, started.worker_id, started.threads) == ('http://env.test/engine-rest',
                                                                 'cli', 2)
    assert started.retry_policy == pw.RetryPolicy(5, (10, 20))
    assert (started.auth.username, started.auth.password) == ('demo', 'secret')

    ran.clear()
    monkeypatch.setenv('CAMUNDA_WORKER_PROCESSES', '3')
    assert pw.main(['handlers_for_test']) == 0
    assert (ran[0].processes, ran[0].threads) == (3, 3)
    assert pw.main(['handlers_for_test', '--processes', '0']) == 0
    assert (ran[1].processes, ran[1].threads) == (0, 4)


def test_command_line_refuses_a_module_without_handlers(monkeypatch):
    monkeypatch.setitem(__import__('sys').modules, 'empty_for_test', types.ModuleType('e'))
    assert pw.main(['empty_for_test']) == 2
    assert pw.main(['no.such.module.anywhere']) == 2


def test_metrics_snapshot_is_a_plain_dict():
    metrics = pw.Metrics()
    metrics.add('completed', 2)
    assert json.loads(json.dumps(metrics.snapshot()))['completed'] == 2
    assert 'completed=2' in repr(metrics)
    with pytest.raises(AttributeError):
        metrics.nonsense  # noqa: B018


@pytest.mark.parametrize('stop_in, outcome', [('handler', 'completed'), ('listener', 'unlocked')])
def test_stop_from_a_handler_or_listener_does_not_wait_for_itself(engine, stop_in, outcome):
    engine.tasks = [dict(TASK, variables={})]
    worker = make_worker(threads=1, async_response_timeout=100, shutdown_timeout=5)
    worker.subscribe('charge', lambda task: worker.stop() if stop_in == 'handler' else None)
    if stop_in == 'listener':  # stopped on the fetching thread: the task is not started
        worker.add_listener(lambda event, task: worker.stop() if event == 'fetched' else None)
    worker.start()
    assert worker._stopped.wait(10)
    assert worker.metrics.snapshot()[outcome] == 1 and not worker.running


def test_command_line_help_states_the_default_url_and_what_retries_count(capsys):
    with pytest.raises(SystemExit):
        pw.main(['--help'])
    shown = ' '.join(capsys.readouterr().out.split())
    assert 'default http://localhost:8080/engine-rest' in shown
    assert 'runs of a task before its incident' in shown
    assert 'counts runs' in pw.RetryPolicy.__doc__
