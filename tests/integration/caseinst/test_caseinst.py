"""The case instance classes against the real engine."""
import pytest

import pycamunda
import pycamunda.caseinst as ci


@pytest.fixture
def case_instance(engine_url, camunda, uid):
    camunda.deploy_fixture('caseexec_manual.cmmn', key=uid)
    variables = {'amount': {'value': 150, 'type': 'Integer'},
                 'customer': {'value': 'ACME', 'type': 'String'}}
    instance = camunda.request('POST', f'/case-definition/key/{uid}/create',
                               json={'businessKey': f'{uid}-bk', 'variables': variables})
    camunda.later(lambda: camunda.session.post(f'{engine_url}/case-instance/{instance["id"]}/terminate',
                                               json={}))
    return {'id': instance['id'], 'key': uid, 'definition_id': instance['caseDefinitionId']}


def _complete_auto_task(camunda, instance_id):
    executions = camunda.request('GET', '/case-execution', params={'caseInstanceId': instance_id,
                                                                   'activityId': 'auto_item'})
    camunda.request('POST', f'/case-execution/{executions[0]["id"]}/complete', json={})


def test_get_list_count_and_variable_filters(engine_url, case_instance):
    key = case_instance['key']
    found = ci.GetList(engine_url, case_definition_key=key, active=True)()
    assert found == (ci.CaseInstance(case_instance['id'], case_instance['definition_id'], None,
                                     f'{key}-bk', True, False),)
    query = ci.GetList(engine_url, case_definition_key=key)
    query.add_variable('customer', 'AC%', operator='like')
    assert [i.id_ for i in query()] == [case_instance['id']]
    count = ci.Count(engine_url, case_definition_key=key)
    count.add_variable('customer', 'ACME', operator='neq')
    assert count() == 0
    # in the query string a value is text: it matches String variables only
    numeric = ci.Count(engine_url, case_definition_key=key)
    numeric.add_variable('amount', 150)
    assert numeric() == 0
    assert ci.Count(engine_url, business_key=f'{key}-bk', completed=True)() == 0


def test_post_query_and_count(engine_url, case_instance):
    key = case_instance['key']
    query = ci.Query(engine_url, case_definition_key=key,
                     sorting=[{'sortBy': 'caseInstanceId', 'sortOrder': 'desc'}])
    query.add_variable('amount', 150)
    assert [i.id_ for i in query()] == [case_instance['id']]
    count = ci.QueryCount(engine_url, case_definition_key=key)
    count.add_variable('amount', 1, operator='lteq')
    assert count() == 0


def test_get(engine_url, case_instance):
    got = ci.Get(engine_url, case_instance['id'])()
    assert (got.id_, got.active, got.business_key) == (case_instance['id'], True,
                                                       f'{case_instance["key"]}-bk')
    with pytest.raises(pycamunda.NotFound):
        ci.Get(engine_url, 'no-such-instance')()


def test_complete_then_close(engine_url, camunda, case_instance):
    _complete_auto_task(camunda, case_instance['id'])
    complete = ci.Complete(engine_url, case_instance['id'], deletions=[{'name': 'amount'}])
    complete.add_variable('outcome', 'done')
    complete()
    assert ci.Get(engine_url, case_instance['id'])().completed is True
    variables = camunda.request('GET', f'/case-instance/{case_instance["id"]}/variables')
    assert variables['outcome']['value'] == 'done' and 'amount' not in variables
    assert ci.Count(engine_url, case_instance_id=case_instance['id'], completed=True)() == 1
    ci.Close(engine_url, case_instance['id'])()
    with pytest.raises(pycamunda.NotFound):  # a closed instance is gone from the runtime
        ci.Get(engine_url, case_instance['id'])()


def test_complete_refuses_an_instance_with_an_active_task(engine_url, case_instance):
    with pytest.raises(pycamunda.Forbidden) as info:
        ci.Complete(engine_url, case_instance['id'])()
    assert info.value.type_ == 'InvalidRequestException' and "state 'active'" in info.value.message


def test_terminate(engine_url, case_instance):
    ci.Terminate(engine_url, case_instance['id'])()
    assert ci.Count(engine_url, case_instance_id=case_instance['id'], active=True)() == 0
    ci.Close(engine_url, case_instance['id'])()
    assert ci.Count(engine_url, case_instance_id=case_instance['id'])() == 0


def test_variables(engine_url, case_instance):
    instance_id = case_instance['id']
    assert ci.VariablesGetList(engine_url, instance_id)()['amount'].value == 150
    ci.VariablesUpdate(engine_url, instance_id, 'note', 'hello')()
    assert ci.VariablesGet(engine_url, instance_id, 'note')().value == 'hello'
    ci.VariablesUpdate(engine_url, instance_id, 'blob', b'\x00\x01', type_='Bytes')()
    assert ci.VariablesGet(engine_url, instance_id, 'blob', binary=True)() == b'\x00\x01'
    modify = ci.VariablesModify(engine_url, instance_id, deletions=['note'])
    modify.add_variable('count', 2)
    modify()
    ci.VariablesDelete(engine_url, instance_id, 'blob')()
    assert set(ci.VariablesGetList(engine_url, instance_id)()) == {'amount', 'customer', 'count'}
