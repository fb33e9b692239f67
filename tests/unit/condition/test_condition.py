"""What condition.Evaluate sends, and what it makes of the answer."""
import pycamunda.condition

from unit.fakehttp import URL


def test_evaluate_sends_variables_and_returns_the_started_instances(http):
    http.respond(json=[{'links': [], 'id': 'pi1', 'definitionId': 'd1', 'businessKey': 'k',
                        'caseInstanceId': None, 'ended': False, 'suspended': False,
                        'tenantId': None}])
    evaluate = pycamunda.condition.Evaluate(URL, business_key='k', process_definition_id='d1')
    evaluate.add_variable('temperature', 120)
    started = evaluate()
    assert (http.method, http.path) == ('POST', '/condition')
    assert http.json == {'businessKey': 'k', 'processDefinitionId': 'd1',
                         'variables': {'temperature': {'value': 120, 'type': 'Integer'}}}
    assert [(p.id_, p.business_key) for p in started] == [('pi1', 'k')]


def test_evaluate_with_no_match(http):
    http.respond(json=[])
    assert pycamunda.condition.Evaluate(URL, tenant_id='acme', without_tenant_id=False)() == ()
    assert http.json == {'tenantId': 'acme', 'variables': {}}
