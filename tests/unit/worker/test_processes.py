"""Handlers in processes (``Worker(processes=N)``): the process side, the pool, the options."""
import os
import pickle
import time

import pytest

import pycamunda
import pycamunda.externaltask as et
from pycamunda.worker import processes

from unit.worker import process_handlers as handlers
from unit.worker.test_worker import TASK, FakeEngine, make_worker


def job(handler, **fields):
    return processes.Job(handler, et.ExternalTask.load(dict(TASK, **fields)), 30_000,
                         'http://engine/engine-rest', 'w1')


def test_a_returned_mapping_comes_back_as_the_result():
    outcome = processes.run(job(handlers.returns))
    assert outcome.result == {'amount': 10, 'pid': os.getpid()}
    assert outcome.report is None and outcome.error is None and outcome.bpmn_error is None


def test_reports_are_recorded_for_the_worker_to_send():
    outcome = processes.run(job(handlers.reports))
    assert outcome.report == ('complete', ({'explicit': True}, {'local': 1}))
    assert outcome.result is None


def test_a_second_report_raises_as_on_a_thread():
    outcome = processes.run(job(handlers.reports_twice))
    assert outcome.report == ('unlock', ())
    assert outcome.error[0].startswith('TaskAlreadyReported: task t1 was already unlocked')


def test_a_bpmn_error_and_an_exception_come_back_as_data():
    assert processes.run(job(handlers.declines)).bpmn_error == ('declined', 'no money',
                                                                {'reason': 5})
    message, details = processes.run(job(handlers.breaks)).error
    assert message == "KeyError: 'no such thing'"
    assert 'Traceback (most recent call last)' in details and 'in breaks' in details


def test_an_outcome_that_does_not_pickle_is_an_error_not_a_lost_task():
    for handler in (handlers.returns_a_lock, handlers.reports_a_lock):
        outcome = pickle.loads(processes.packed(processes.run(job(handler))))
        assert outcome.result is None and outcome.report is None
        assert outcome.error[0].startswith("the handler's outcome cannot be pickled")


def test_the_process_task_reads_like_a_task():
    task = processes.ProcessTask(job(handlers.returns))
    assert task.business_key == 'b1' and task.variables == {'amount': 5, 'order': {'id': 7}}
    assert task.get('missing', 1) == 1 and not task.done
    assert repr(task) == "ProcessTask(id_='t1', topic_name='charge')"


def test_processes_sets_the_threads_and_refuses_a_different_thread_count():
    assert make_worker(processes=3).threads == 3
    assert make_worker(processes=3, threads=3).threads == 3
    with pytest.raises(pycamunda.InvalidInput, match='threads=2 with processes=3'):
        make_worker(processes=3, threads=2)
    with pytest.raises(pycamunda.InvalidInput, match='processes=-1'):
        make_worker(processes=-1)
    assert make_worker().threads == 4 and make_worker().processes == 0


def test_a_handler_a_process_cannot_receive_is_refused_at_start_naming_its_topic():
    worker = make_worker(processes=1)
    worker.subscribe('charge', lambda task: None)
    with pytest.raises(pycamunda.InvalidInput, match="handler of 'charge'.*module-level"):
        worker.run(install_signal_handlers=False)


def test_the_pool_replaces_a_process_that_died():
    pool = processes.Pool(1)
    try:
        with pytest.raises(processes.HandlerError, match='process died'):
            pool.call(job(handlers.dies))
        assert pool.call(job(handlers.returns)).result['pid'] != os.getpid()
    finally:
        pool.shutdown()


def test_a_worker_with_processes_reports_what_its_handlers_did(http):
    engine = FakeEngine()
    http.mock.side_effect = engine
    worker = make_worker(processes=2, async_response_timeout=100)
    topics = {'returns': handlers.returns, 'reports': handlers.reports,
              'declines': handlers.declines, 'breaks': handlers.breaks}
    for topic, handler in topics.items():
        worker.subscribe(topic, handler)
    engine.tasks = [dict(TASK, id=topic, topicName=topic) for topic in topics]
    with worker.start():
        deadline = time.monotonic() + 30
        while worker.metrics.fetched < 4 or worker.metrics.failed < 1 \
                or worker.metrics.completed < 2 or worker.metrics.bpmn_errors < 1:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    completed = {path.split('/')[2]: body for method, path, body in engine.calls
                 if path.endswith('/complete')}
    assert completed['returns']['variables']['amount'] == {'value': 10, 'type': 'Integer'}
    assert completed['returns']['variables']['pid']['value'] != os.getpid()
    assert completed['reports']['localVariables'] == {'local': {'value': 1, 'type': 'Integer'}}
    (bpmn,) = engine.sent('/bpmnError')
    assert bpmn['errorCode'] == 'declined' and bpmn['variables']['reason']['value'] == 5
    (failure,) = engine.sent('/failure')
    assert failure['errorMessage'] == "KeyError: 'no such thing'"
    assert 'in breaks' in failure['errorDetails']

