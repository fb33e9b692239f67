"""The case execution classes against the real engine."""
import pytest

import pycamunda
import pycamunda.caseexec as ce


@pytest.fixture
def case(engine_url, camunda, uid):
    """A case instance of ``caseexec_manual.cmmn`` and its executions by activity id."""
    camunda.deploy_fixture('caseexec_manual.cmmn', key=uid)
    instance = camunda.request('POST', f'/case-definition/key/{uid}/create',
                               json={'businessKey': f'{uid}-bk',
                                     'variables': {'customer': {'value': 'ACME', 'type': 'String'}}})
    camunda.later(lambda: camunda.session.post(f'{engine_url}/case-instance/{instance["id"]}/terminate',
                                               json={}))
    executions = camunda.request('GET', '/case-execution', params={'caseInstanceId': instance['id']})
    return {'id': instance['id'], 'key': uid,
            **{e['activityId'].replace('_item', ''): e['id'] for e in executions}}


def test_get_list_and_count(engine_url, case):
    found = ce.GetList(engine_url, case_instance_id=case['id'], enabled=True,
                       sort_by='case_execution_id')()
    assert sorted(e.activity_id for e in found) == ['manual_a_item', 'manual_b_item']
    assert all(e.activity_type == 'humanTask' and e.parent_id == case['id'] for e in found)
    assert ce.Count(engine_url, case_instance_id=case['id'], active=True)() == 2  # plan + auto
    by_variable = ce.GetList(engine_url, case_definition_key=case['key'])
    by_variable.add_variable('customer', 'ACME')
    assert [e.id_ for e in by_variable()] == [case['id']]
    assert ce.Count(engine_url, business_key=f'{case["key"]}-bk', disabled=True)() == 0


def test_post_query_and_count(engine_url, case):
    query = ce.Query(engine_url, case_instance_id=case['id'], active=True,
                     sorting=[{'sortBy': 'caseExecutionId', 'sortOrder': 'asc'}])
    assert {e.id_ for e in query()} == {case['id'], case['auto']}
    count = ce.QueryCount(engine_url, case_instance_id=case['id'], activity_id='manual_a_item')
    assert count() == 1


def test_get(engine_url, case):
    execution = ce.Get(engine_url, case['manual_a'])()
    assert (execution.activity_name, execution.enabled, execution.active, execution.case_instance_id
            ) == ('Manual A', True, False, case['id'])
    with pytest.raises(pycamunda.NotFound):
        ce.Get(engine_url, 'no-such-execution')()


def test_manual_start_then_complete(engine_url, case):
    start = ce.ManualStart(engine_url, case['manual_a'])
    start.add_variable('started', True, local=True)
    start()
    execution = ce.Get(engine_url, case['manual_a'])()
    assert (execution.enabled, execution.active) == (False, True)
    assert ce.LocalVariablesGet(engine_url, case['manual_a'], 'started')().value is True
    complete = ce.Complete(engine_url, case['manual_a'])
    complete.add_variable('result', 'ok')
    complete()
    with pytest.raises(pycamunda.NotFound):  # a completed execution leaves the runtime
        ce.Get(engine_url, case['manual_a'])()
    assert ce.VariablesGet(engine_url, case['id'], 'result')().value == 'ok'


def test_disable_then_reenable(engine_url, case):
    ce.Disable(engine_url, case['manual_b'])()
    assert ce.Get(engine_url, case['manual_b'])().disabled is True
    ce.Reenable(engine_url, case['manual_b'])()
    assert ce.Get(engine_url, case['manual_b'])().enabled is True


def test_terminate(engine_url, case):
    ce.Terminate(engine_url, case['auto'])()
    assert ce.Count(engine_url, case_execution_id=case['auto'])() == 0
    with pytest.raises(pycamunda.Forbidden):  # an enabled execution cannot be terminated
        ce.Terminate(engine_url, case['manual_b'])()


def test_variables_are_set_on_the_case_and_local_ones_on_the_execution(engine_url, case):
    auto = case['auto']
    ce.VariablesUpdate(engine_url, auto, 'shared', 1)()
    ce.LocalVariablesUpdate(engine_url, auto, 'mine', 'x')()
    assert set(ce.VariablesGetList(engine_url, auto)()) == {'customer', 'shared', 'mine'}
    assert set(ce.LocalVariablesGetList(engine_url, auto)()) == {'mine'}
    assert ce.VariablesGet(engine_url, case['id'], 'shared')().value == 1
    ce.LocalVariablesUpdate(engine_url, auto, 'file', b'abc', type_='File',
                            value_info={'filename': 'a.txt', 'mimeType': 'text/plain'})()
    assert ce.LocalVariablesGet(engine_url, auto, 'file', binary=True)() == b'abc'
    ce.VariablesUpdate(engine_url, auto, 'blob', b'\x01', type_='Bytes')()
    assert ce.VariablesGet(engine_url, auto, 'blob', binary=True)() == b'\x01'
    local = ce.LocalVariablesModify(engine_url, auto, deletions=['file'])
    local.add_variable('count', 3)
    local()
    ce.LocalVariablesDelete(engine_url, auto, 'mine')()
    assert set(ce.LocalVariablesGetList(engine_url, auto)()) == {'count'}
    modify = ce.VariablesModify(engine_url, auto, deletions=['blob'])
    modify.add_variable('shared', 2)
    modify()
    ce.VariablesDelete(engine_url, auto, 'customer')()
    assert {n: v.value for n, v in ce.VariablesGetList(engine_url, case['id'])().items()} == {
        'shared': 2}
