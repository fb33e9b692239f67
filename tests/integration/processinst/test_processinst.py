"""The process instance classes against the real engine."""
import datetime as dt
import time

import pytest

import pycamunda
import pycamunda.batch
import pycamunda.processinst as pi
import pycamunda.variable

from integration.conftest import at_least


def wait_until(check, timeout=30.0):
    """Poll ``check`` until it returns something true (batches run on the job executor)."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.3)


@pytest.fixture
def key(camunda, uid):
    camunda.deploy_fixture('user_task.bpmn', key=uid, assignee='demo')
    return uid


def start(camunda, key, amount=150, business_key=None):
    variables = {'amount': {'value': amount, 'type': 'Integer'},
                 'size': {'value': 'big' if amount > 100 else 'small', 'type': 'String'}}
    return camunda.start(key, variables=variables, business_key=business_key)['id']


@pytest.fixture
def instance(camunda, key):
    return start(camunda, key, business_key=key)


def test_get_and_activity_instance(engine_url, key, instance):
    got = pi.Get(engine_url, instance)()
    assert (got.id_, got.business_key) == (instance, key)
    assert got.definition_key == (key if at_least('7.18') else None)  # seen absent on 7.17
    assert got.definition_id.startswith(f'{key}:') and got.suspended is False and got.ended is False
    assert got.links == ()  # the engine links only a freshly started instance
    tree = pi.GetActivityInstance(engine_url, instance)()
    assert tree.process_instance_id == instance
    assert [child.activity_id for child in tree.child_activity_instances] == ['approve']


def test_list_count_and_queries(engine_url, camunda, key, instance):
    small = start(camunda, key, amount=50)
    # the engine compares the values of GET filters as strings
    big = pi.GetList(engine_url, process_definition_key=key, variables=['size_eq_big'])()
    assert [p.id_ for p in big] == [instance]
    assert pi.Count(engine_url, process_definition_key=key, variables=['size_like_sm%'])() == 1
    both = pi.GetList(engine_url, process_instance_ids=[instance, small], sort_by='instance_id',
                      ascending=False)()
    assert [p.id_ for p in both] == sorted([instance, small], reverse=True)
    assert len(pi.GetList(engine_url, process_definition_key=key, max_results=1)()) == 1
    query = pi.Query(engine_url, process_definition_key=key,
                     variables=[{'name': 'amount', 'operator': 'lt', 'value': 100}])
    assert [p.id_ for p in query()] == [small]
    either = pi.Query(engine_url, process_definition_key=key,
                      or_queries=[{'businessKey': key, 'processInstanceIds': [small]}],
                      sorting=[{'sortBy': 'instanceId', 'sortOrder': 'asc'}])()
    assert [p.id_ for p in either] == sorted([instance, small])
    assert pi.QueryCount(engine_url, process_definition_key=key)() == 2
    assert pi.QueryCount(engine_url, business_key=key)() == 1


def test_suspend_and_activate(engine_url, key, instance):
    pi.Suspend(engine_url, instance)()
    assert pi.Get(engine_url, instance)().suspended is True
    assert [p.id_ for p in pi.GetList(engine_url, process_definition_key=key, suspended=True)()] == [instance]
    pi.Activate(engine_url, instance)()
    assert pi.Get(engine_url, instance)().suspended is False
    assert pi.Count(engine_url, process_definition_key=key, active=True)() == 1


def test_suspension_state_of_many(engine_url, camunda, key, instance):
    other = start(camunda, key)
    pi.UpdateSuspensionState(engine_url, True, process_definition_key=key)()
    assert pi.Count(engine_url, process_definition_key=key, suspended=True)() == 2
    batch = pi.UpdateSuspensionStateAsync(engine_url, False, process_instance_ids=[instance, other])()
    assert isinstance(batch, pycamunda.batch.Batch) and batch.total_jobs == 2
    assert wait_until(lambda: pi.Count(engine_url, process_definition_key=key, active=True)() == 2)


def test_modify_sync_and_async(engine_url, camunda, key, instance):
    modify = pi.Modify(engine_url, instance, annotation='second approval')
    modify.add_before_activity_instruction('approve', variables={
        'note': {'value': 'again', 'type': 'String', 'local': True}, 'round': 2})
    assert modify() is None
    assert pi.VariablesGet(engine_url, instance, 'round')().value == 2
    tree = pi.GetActivityInstance(engine_url, instance)()
    assert [c.activity_id for c in tree.child_activity_instances] == ['approve', 'approve']
    cancel = pi.Modify(engine_url, instance)
    cancel.add_cancel_activity_instance_instruction(tree.child_activity_instances[0].id_)
    cancel()
    tree = pi.GetActivityInstance(engine_url, instance)()
    assert len(tree.child_activity_instances) == 1
    batch = pi.Modify(engine_url, instance, async_=True)
    batch.add_cancel_activity_instruction('approve')
    result = batch()
    assert isinstance(result, pycamunda.batch.Batch) and result.type_ == 'instance-modification'
    assert wait_until(lambda: pi.Count(engine_url, process_instance_ids=[instance])() == 0)


def test_delete(engine_url, instance):
    pi.Delete(engine_url, instance, skip_custom_listeners=True)()
    with pytest.raises(pycamunda.NotFound):
        pi.Get(engine_url, instance)()
    with pytest.raises(pycamunda.NotFound):
        pi.Delete(engine_url, instance)()
    pi.Delete(engine_url, instance, fail_if_not_exists=False)()


def test_delete_in_batches(engine_url, camunda, key, instance):
    other = start(camunda, key)
    batch = pi.DeleteAsync(engine_url, process_instance_ids=[instance], delete_reason='test')()
    assert batch.type_ == 'instance-deletion' and batch.total_jobs == 1
    historic = pi.DeleteAsyncHistoricQueryBased(
        engine_url, historic_process_instance_query={'processInstanceIds': [other]})()
    assert historic.type_ == 'instance-deletion'
    assert wait_until(lambda: pi.Count(engine_url, process_definition_key=key)() == 0)
    reasons = camunda.request('GET', '/history/process-instance', params={'processInstanceId': instance})
    assert reasons[0]['deleteReason'] == 'test'


def test_job_retries_in_batches(engine_url, camunda, uid):
    camunda.deploy_fixture('timer.bpmn', key=uid)
    instance = camunda.start(uid)['id']

    def retries():
        return camunda.request('GET', '/job', params={'processInstanceId': instance})[0]['retries']

    batch = pi.SetJobRetriesAsync(engine_url, 5, process_instance_ids=[instance])()
    assert batch.type_ == 'set-job-retries'
    assert wait_until(lambda: retries() == 5)
    pi.SetJobRetriesAsyncHistoricQueryBased(
        engine_url, 7, historic_process_instance_query={'processInstanceIds': [instance]})()
    assert wait_until(lambda: retries() == 7)


def test_correlate_message_and_set_variables_in_batches(engine_url, camunda, uid):
    camunda.deploy_fixture('message.bpmn', key=uid, message=f'{uid}-msg', signal=f'{uid}-sig')
    instance = camunda.start(uid)['id']
    query = pi.Query(engine_url, process_instance_ids=[instance]).body_parameters()
    set_variables = pi.SetVariablesAsync(engine_url, process_instance_query=query)
    set_variables.add_variable('bulk', 42)
    assert set_variables().type_ == 'set-variables'
    assert wait_until(lambda: 'bulk' in pi.VariablesGetList(engine_url, instance)())
    assert pi.VariablesGet(engine_url, instance, 'bulk')().value == 42
    correlate = pi.CorrelateMessageAsync(engine_url, f'{uid}-msg', process_instance_ids=[instance])
    correlate.add_variable('via', 'batch')
    assert correlate().type_ == 'correlate-message'  # since 7.16

    def waiting_for_signal():
        tree = pi.GetActivityInstance(engine_url, instance)()
        return [c.activity_id for c in tree.child_activity_instances] == ['waitSignal']

    assert wait_until(waiting_for_signal)
    assert pi.VariablesGet(engine_url, instance, 'via')().value == 'batch'


def test_comments(engine_url, camunda, instance):
    task = camunda.request('GET', '/task', params={'processInstanceId': instance})[0]['id']

    def comment(message):
        return camunda.request('POST', f'/task/{task}/comment/create',
                               json={'message': message, 'processInstanceId': instance})['id']

    first, second = comment('first'), comment('second')
    comments = pi.CommentGetList(engine_url, instance)()
    assert sorted(c.message for c in comments) == ['first', 'second']
    assert {c.process_instance_id for c in comments} == {instance}
    assert all(isinstance(c.time, dt.datetime) for c in comments)
    pi.CommentUpdate(engine_url, instance, first, 'edited')()
    assert sorted(c.message for c in pi.CommentGetList(engine_url, instance)()) == ['edited', 'second']
    pi.CommentDelete(engine_url, instance, second)()
    assert [c.id_ for c in pi.CommentGetList(engine_url, instance)()] == [first]
    pi.CommentDeleteAll(engine_url, instance)()
    assert pi.CommentGetList(engine_url, instance)() == ()


# --------------------------------------------------------------------------- variables

UTC = dt.timezone.utc


@pytest.mark.parametrize('value, type_, expected', [
    (True, 'Boolean', True),
    (7, 'Integer', 7),
    (2**40, 'Long', 2**40),
    (2.5, 'Double', 2.5),
    ('text ü', 'String', 'text ü'),
    (dt.datetime(2024, 3, 1, 10, 30, tzinfo=UTC), 'Date', dt.datetime(2024, 3, 1, 10, 30, tzinfo=UTC)),
    ({'a': [1, 2], 'b': None}, 'Json', {'a': [1, 2], 'b': None}),
    (b'\x00\xffbytes', 'Bytes', b'\x00\xffbytes'),
    (None, 'Null', None),
])
def test_variable_round_trip(engine_url, instance, value, type_, expected):
    pi.VariablesUpdate(engine_url, instance, 'v', value)()
    variable = pi.VariablesGet(engine_url, instance, 'v')()
    assert (variable.type_, variable.value) == (type_, expected)
    listed = pi.VariablesGetList(engine_url, instance)()
    assert listed['v'].type_ == type_ and listed['v'].value == expected
    if type_ == 'Bytes':
        assert pi.VariablesGet(engine_url, instance, 'v', binary=True)() == expected


def test_explicit_types_round_trip(engine_url, instance):
    modify = pi.VariablesModify(engine_url, instance)
    modify.add_variable('short', 3, type_='Short')
    modify.add_variable('long', 3, type_='Long')
    modify.add_variable('json', pycamunda.variable.Json([1, 'two']))
    modify.add_variable('date', pycamunda.variable.Date(dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)))
    modify()
    got = pi.VariablesGetList(engine_url, instance)()
    assert (got['short'].type_, got['short'].value) == ('Short', 3)
    assert (got['long'].type_, got['long'].value) == ('Long', 3)
    assert (got['json'].type_, got['json'].value) == ('Json', [1, 'two'])
    assert got['date'].value == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_file_variable_round_trip_through_data(engine_url, instance):
    pi.VariablesUpdate(engine_url, instance, 'doc', b'hello file', type_='File',
                       value_info={'filename': 'hello.txt', 'mimeType': 'text/plain'})()
    variable = pi.VariablesGet(engine_url, instance, 'doc')()
    assert variable.type_ == 'File'
    assert variable.value_info['filename'] == 'hello.txt'
    assert variable.value_info['mimeType'].startswith('text/plain')
    assert pi.VariablesGet(engine_url, instance, 'doc', binary=True)() == b'hello file'


def test_object_variable_round_trip(engine_url, instance):
    modify = pi.VariablesModify(engine_url, instance)
    modify.add_variable('obj', pycamunda.variable.Object(['a', 'b'], 'java.util.ArrayList'))
    modify()
    serialised = pi.VariablesGet(engine_url, instance, 'obj')()
    assert serialised.type_ == 'Object'
    assert serialised.value == '["a", "b"]'
    assert serialised.value_info == {'objectTypeName': 'java.util.ArrayList',
                                     'serializationDataFormat': 'application/json'}
    deserialised = pi.VariablesGet(engine_url, instance, 'obj', deserialize_value=True)()
    assert deserialised.value == ['a', 'b']
    pi.VariablesUpdate(engine_url, instance, 'obj2',
                       pycamunda.variable.Object({'k': 1}, 'java.util.HashMap'),
                       value_info={'objectTypeName': 'java.util.HashMap',
                                   'serializationDataFormat': 'application/json'})()
    again = pi.VariablesGet(engine_url, instance, 'obj2', deserialize_value=True)()
    assert (again.type_, again.value) == ('Object', {'k': 1})


def test_modify_and_delete_variables(engine_url, instance):
    modify = pi.VariablesModify(engine_url, instance, deletions=['amount'])
    modify.add_variable('a', 1)
    modify.add_variable('b', 'two')
    modify()
    assert set(pi.VariablesGetList(engine_url, instance)()) == {'a', 'b', 'size'}
    pi.VariablesDelete(engine_url, instance, 'a')()
    with pytest.raises(pycamunda.NotFound):
        pi.VariablesGet(engine_url, instance, 'a')()
    assert set(pi.VariablesGetList(engine_url, instance, deserialize_values=True)()) == {'b', 'size'}
