"""What the message classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.message as msg
import pycamunda.variable

from unit.fakehttp import URL


@pytest.mark.parametrize('cls, all_', [(msg.CorrelateSingle, False), (msg.CorrelateAll, True)])
def test_correlate_sends_keys_and_variables(http, cls, all_):
    correlate = cls(URL, 'go', business_key='k', process_instance_id='pi1')
    correlate.add_correlation_key('order', 'o-1')
    correlate.add_local_correlation_key('n', 2, type_='Long')
    correlate.add_process_variable('when', dt.date(2024, 3, 1), type_='Date')
    correlate.add_local_process_variable('j', pycamunda.variable.Json({'a': 1}))
    correlate.add_triggered_scope_variable('t', 'x', value_info={'transient': True})
    assert correlate() == ()
    assert (http.method, http.path) == ('POST', '/message')
    body = http.json
    assert body['all'] is all_
    assert (body['resultEnabled'], body['variablesInResultEnabled']) == (False, False)
    assert {k: body[k] for k in ('messageName', 'businessKey', 'processInstanceId')} == {
        'messageName': 'go', 'businessKey': 'k', 'processInstanceId': 'pi1'}
    assert body['correlationKeys'] == {'order': {'value': 'o-1', 'type': 'String'}}
    assert body['localCorrelationKeys'] == {'n': {'value': 2, 'type': 'Long'}}
    assert body['processVariables']['when']['type'] == 'Date'
    assert body['processVariablesLocal'] == {'j': {'value': '{"a": 1}', 'type': 'Json'}}
    assert body['processVariablesToTriggeredScope'] == {
        't': {'value': 'x', 'type': 'String', 'valueInfo': {'transient': True}}}


def test_correlate_with_result_parses_both_result_types(http):
    http.respond(json=[
        {'resultType': 'Execution', 'processInstance': None,
         'execution': {'id': 'e1', 'processInstanceId': 'pi1', 'ended': False, 'tenantId': None},
         'variables': {'n': {'type': 'Integer', 'value': 1, 'valueInfo': {}}}},
        {'resultType': 'ProcessDefinition',
         'processInstance': {'links': [], 'id': 'pi2', 'definitionId': 'd1', 'businessKey': None,
                             'caseInstanceId': None, 'ended': False, 'suspended': False,
                             'tenantId': None}}])
    results = msg.CorrelateAll(URL, 'go', result_enabled=True, variables_in_result_enabled=True)()
    assert http.json['resultEnabled'] is True and http.json['variablesInResultEnabled'] is True
    first, second = results
    assert first.result_type is msg.ResultType.execution and first.execution.id_ == 'e1'
    assert first.variables['n'].value == 1 and first.process_instance is None
    assert second.result_type is msg.ResultType.process_definition
    assert second.process_instance.id_ == 'pi2' and second.execution is None
    assert second.variables is None
