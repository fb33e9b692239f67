"""The event subscription classes against the real engine."""
import datetime as dt

import pycamunda.eventsubscription as es


def test_message_subscriptions_of_instance_and_start_event(engine_url, camunda, uid):
    message, signal = f'{uid}-msg', f'{uid}-sig'
    camunda.deploy_fixture('message.bpmn', key=uid, message=message, signal=signal)
    instance = camunda.start(uid)

    found = es.GetList(engine_url, process_instance_id=instance['id'])()
    assert [(s.event_type, s.event_name, s.activity_id) for s in found] == [
        ('message', message, 'waitMessage')]
    subscription = found[0]
    assert subscription.execution_id is not None and subscription.tenant_id is None
    assert abs(subscription.created_date - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)

    start = es.GetList(engine_url, event_name=f'{message}-start', event_type='message')()
    assert [(s.activity_id, s.process_instance_id) for s in start] == [('messageStart', None)]
    assert es.GetList(engine_url, event_subscription_id=subscription.id_, sort_by='created',
                      ascending=False)() == (subscription,)

    assert es.Count(engine_url, process_instance_id=instance['id'], event_type='message')() == 1
    assert es.Count(engine_url, process_instance_id=instance['id'], event_type='signal')() == 0

    camunda.request('POST', '/message', json={'messageName': message,
                                              'processInstanceId': instance['id']})
    waiting = es.GetList(engine_url, process_instance_id=instance['id'])()
    assert [(s.event_type, s.event_name, s.activity_id) for s in waiting] == [
        ('signal', signal, 'waitSignal')]
