"""Signals against the real engine."""
import pytest

import pycamunda.signal


@pytest.fixture
def at_signal(camunda, uid):
    """Two instances of message.bpmn waiting for the signal ``<uid>-sig``."""
    camunda.deploy_fixture('message.bpmn', key=uid, message=f'{uid}-msg', signal=f'{uid}-sig')
    instances = [camunda.start(uid)['id'] for _ in range(2)]
    camunda.request('POST', '/message', json={'messageName': f'{uid}-msg', 'all': True})
    return instances


def activities(camunda, instance):
    tree = camunda.request('GET', f'/process-instance/{instance}/activity-instances')
    return [child['activityId'] for child in tree['childActivityInstances']]


def test_event_single_then_event_all(engine_url, camunda, uid, at_signal):
    first, second = at_signal
    assert activities(camunda, first) == activities(camunda, second) == ['waitSignal']
    execution = camunda.request('GET', '/execution', params={'processInstanceId': first,
                                                             'activityId': 'waitSignal'})[0]['id']
    single = pycamunda.signal.EventSingle(engine_url, f'{uid}-sig', execution)
    single.add_variable('who', 'single')
    single()
    assert (activities(camunda, first), activities(camunda, second)) == (['after'], ['waitSignal'])
    every = pycamunda.signal.EventAll(engine_url, f'{uid}-sig', without_tenant_id=True)
    every.add_variable('who', 'all')
    every()
    assert activities(camunda, second) == ['after']
    who = camunda.request('GET', f'/process-instance/{second}/variables/who')
    assert who['value'] == 'all'
    assert camunda.request('GET', f'/process-instance/{first}/variables/who')['value'] == 'single'
