"""pycamunda.testing against the engine: deploy for a block, wait for an activity or the end."""
import time

import pytest

import pycamunda
import pycamunda.deployment
import pycamunda.externaltask
import pycamunda.history.processinst
import pycamunda.processdef
import pycamunda.task
from pycamunda.testing import deployed, wait_for_activity, wait_for_end

from integration.conftest import fixture_text


@pytest.fixture
def bpmn(uid):
    """external_then_user.bpmn with uid-based key and topic, as a (name, text) resource."""
    return ('process.bpmn', fixture_text('external_then_user.bpmn', key=uid, topic=f'{uid}-topic'))


def test_deployed_deletes_the_deployment_its_instances_and_history(engine_url, uid, bpmn, tmp_path):
    dmn = tmp_path / 'decision.dmn'
    dmn.write_text(fixture_text('decision.dmn', key=f'{uid}_dec'))
    with deployed(engine_url, bpmn, dmn) as deployment:
        assert [d.key for d in deployment.deployed_process_definitions.values()] == [uid]
        assert len(deployment.deployed_decision_definitions) == 1
        assert deployment.name.startswith('test-')
        instance = pycamunda.processdef.StartInstance(engine_url, key=uid)()
    with pytest.raises(pycamunda.NotFound):
        pycamunda.deployment.Get(engine_url, id_=deployment.id_)()
    with pytest.raises(pycamunda.NotFound):  # cascade: no history left either
        pycamunda.history.processinst.Get(engine_url, id_=instance.id_)()


def test_deployed_cleans_up_when_the_block_fails(engine_url, uid, bpmn):
    with pytest.raises(RuntimeError, match='the test failed'):
        with deployed(engine_url, bpmn, name=f'named-{uid}') as deployment:
            assert deployment.name == f'named-{uid}'
            raise RuntimeError('the test failed')
    assert pycamunda.deployment.Count(engine_url, name=f'named-{uid}')() == 0


def test_deployed_needs_a_resource(engine_url):
    with pytest.raises(ValueError, match='at least one resource'):
        with deployed(engine_url):
            pass  # pragma: no cover


def test_wait_for_activity_and_end(engine_url, uid, bpmn):
    with deployed(engine_url, bpmn):
        instance = pycamunda.processdef.StartInstance(engine_url, key=uid)()
        reached = wait_for_activity(engine_url, instance.id_, 'work')
        assert (reached.activity_id, reached.end_time) == ('work', None)
        with pytest.raises(TimeoutError, match=f"{instance.id_} did not reach 'review'; it is at work"):
            wait_for_activity(engine_url, instance.id_, 'review', timeout=0.3)
        with pytest.raises(TimeoutError, match=r'did not end; it is at work \(waited 0.2 s\)'):
            wait_for_end(engine_url, instance.id_, timeout=0.2)

        fetch = pycamunda.externaltask.FetchAndLock(engine_url, worker_id=uid, max_tasks=1)
        fetch.add_topic(f'{uid}-topic', lock_duration=10_000)
        task = fetch()[0]
        pycamunda.externaltask.Complete(engine_url, id_=task.id_, worker_id=uid)()
        assert wait_for_activity(engine_url, instance.id_, 'review').activity_name == 'Review'
        assert wait_for_activity(engine_url, instance.id_, 'work').end_time is not None

        started = time.monotonic()
        user_task = pycamunda.task.GetList(engine_url, process_instance_id=instance.id_)()[0]
        pycamunda.task.Complete(engine_url, id_=user_task.id_)()
        ended = wait_for_end(engine_url, instance.id_, timeout=10)
        assert ended.state == 'COMPLETED' and ended.end_time is not None
        assert time.monotonic() - started < 10


def test_waits_send_with_the_given_credentials(auth_engine_url, uid, bpmn):
    with pytest.raises(pycamunda.Unauthorized):
        with deployed(auth_engine_url, bpmn):
            pass  # pragma: no cover
    with deployed(auth_engine_url, bpmn, auth=('demo', 'demo')):
        start = pycamunda.processdef.StartInstance(auth_engine_url, key=uid)
        start.auth = ('demo', 'demo')
        instance = start()
        assert wait_for_activity(auth_engine_url, instance.id_, 'work',
                                 auth=('demo', 'demo')).activity_id == 'work'
        with pytest.raises(pycamunda.Unauthorized):
            wait_for_end(auth_engine_url, instance.id_)
