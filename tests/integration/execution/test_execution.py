"""The execution classes against the real engine."""
import pytest

import pycamunda
import pycamunda.execution as ex
import pycamunda.incident


@pytest.fixture
def waiting(camunda, uid):
    """An instance of message.bpmn waiting for the message ``<uid>-msg``."""
    camunda.deploy_fixture('message.bpmn', key=uid, message=f'{uid}-msg', signal=f'{uid}-sig')
    instance = camunda.start(uid, business_key=uid)['id']
    execution = camunda.request('GET', '/execution', params={'processInstanceId': instance,
                                                             'activityId': 'waitMessage'})[0]['id']
    return {'key': uid, 'instance': instance, 'execution': execution, 'message': f'{uid}-msg',
            'signal': f'{uid}-sig'}


def test_list_count_query_and_get(engine_url, waiting):
    key, instance, execution = waiting['key'], waiting['instance'], waiting['execution']
    executions = ex.GetList(engine_url, process_instance_id=instance)()
    assert {(e.id_, e.process_instance_id, e.ended) for e in executions} == {
        (instance, instance, False), (execution, instance, False)}
    by_message = ex.GetList(engine_url, message_event_subscription_name=waiting['message'],
                            sort_by='instance_id', ascending=False)()
    assert [e.id_ for e in by_message] == [execution]
    assert ex.Count(engine_url, process_definition_key=key, business_key=key, active=True)() == 2
    assert ex.Count(engine_url, process_definition_key=key, suspended=True)() == 0
    assert ex.GetList(engine_url, activity_id='waitSignal', process_definition_key=key)() == ()
    queried = ex.Query(engine_url, process_definition_key=key, activity_id='waitMessage',
                       sorting=[{'sortBy': 'instanceId', 'sortOrder': 'asc'}], max_results=5)()
    assert [e.id_ for e in queried] == [execution]
    assert ex.QueryCount(engine_url, process_instance_id=instance)() == 2
    assert ex.Get(engine_url, execution)() == ex.Execution(execution, instance, False, None)
    with pytest.raises(pycamunda.NotFound):
        ex.Get(engine_url, f'{key}-none')()


def test_message_subscription_get_and_trigger(engine_url, waiting):
    instance = waiting['execution']
    subscription = ex.MessageSubscriptionGet(engine_url, instance, waiting['message'])()
    assert (subscription.event_type, subscription.event_name) == ('message', waiting['message'])
    assert (subscription.activity_id, subscription.execution_id) == ('waitMessage', instance)
    assert subscription.created_date is not None
    trigger = ex.MessageSubscriptionTrigger(engine_url, instance, waiting['message'])
    trigger.add_variable('delivered', True)
    trigger()
    assert ex.LocalVariablesGet(engine_url, waiting['instance'], 'delivered')().value is True
    waiting_for_signal = ex.GetList(engine_url, signal_event_subscription_name=waiting['signal'])()
    assert [e.process_instance_id for e in waiting_for_signal] == [waiting['instance']]
    with pytest.raises(pycamunda.NotFound):
        ex.MessageSubscriptionGet(engine_url, instance, waiting['message'])()


def test_signal_moves_a_waiting_execution_on(engine_url, camunda, waiting):
    instance = waiting['instance']
    signal = ex.Signal(engine_url, waiting['execution'])
    signal.add_variable('signalled', 'yes')
    signal()
    assert ex.LocalVariablesGet(engine_url, instance, 'signalled')().value == 'yes'
    assert ex.GetList(engine_url, activity_id='waitMessage', process_instance_id=instance)() == ()
    assert ex.Count(engine_url, activity_id='waitSignal', process_instance_id=instance)() == 1


def test_create_incident(engine_url, camunda, waiting):
    instance = waiting['execution']
    incident = ex.CreateIncident(engine_url, instance, 'custom', configuration='cfg',
                                 message='needs a look')()
    assert isinstance(incident, pycamunda.incident.Incident)
    assert (incident.incident_type, incident.incident_message) == ('custom', 'needs a look')
    assert (incident.execution_id, incident.configuration) == (instance, 'cfg')
    assert ex.Count(engine_url, incident_type='custom', process_instance_id=waiting['instance'])() == 1
    assert ex.GetList(engine_url, incident_message_like='needs%',
                      process_instance_id=waiting['instance'])()[0].id_ == instance


def test_local_variables(engine_url, waiting):
    instance = waiting['execution']
    ex.LocalVariablesUpdate(engine_url, instance, 'n', 5)()
    assert ex.LocalVariablesGet(engine_url, instance, 'n')().type_ == 'Integer'
    modify = ex.LocalVariablesModify(engine_url, instance)
    modify.add_variable('s', 'text')
    modify.add_variable('j', {'a': 1})
    modify()
    listed = ex.LocalVariablesGetList(engine_url, instance)()
    assert {name: v.value for name, v in listed.items()} == {'n': 5, 's': 'text', 'j': {'a': 1}}
    ex.LocalVariablesUpdate(engine_url, instance, 'b', b'\x01\x02', type_='Bytes')()
    assert ex.LocalVariablesGet(engine_url, instance, 'b', binary=True)() == b'\x01\x02'
    ex.LocalVariablesModify(engine_url, instance, deletions=['s'])()
    ex.LocalVariablesDelete(engine_url, instance, 'n')()
    assert set(ex.LocalVariablesGetList(engine_url, instance, deserialize_values=True)()) == {'j', 'b'}
    with pytest.raises(pycamunda.NotFound):
        ex.LocalVariablesGet(engine_url, instance, 'n')()
