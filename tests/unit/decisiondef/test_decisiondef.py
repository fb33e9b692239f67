"""What the decision definition classes send, and what they make of the engine's answers."""
import pytest

import pycamunda.decisiondef as dd
from pycamunda.request import InvalidInput

from unit.fakehttp import URL

DECISION = {'id': 'dec:1:x', 'key': 'dec', 'category': 'http://test', 'name': 'Size',
            'version': 1, 'resource': 'd.dmn', 'deploymentId': 'd1', 'tenantId': 't1',
            'decisionRequirementsDefinitionId': 'drd:1:x',
            'decisionRequirementsDefinitionKey': 'drd', 'historyTimeToLive': 7,
            'versionTag': 'v1'}


def test_get_list_sends_filters(http):
    http.respond(json=[DECISION])
    found = dd.GetList(URL, key_like='de%', latest_version=True, without_tenant_id=False,
                       decision_requirements_definition_key='drd', sort_by='version',
                       ascending=True, max_results=3)()
    assert (http.method, http.path) == ('GET', '/decision-definition')
    assert http.params == {'keyLike': 'de%', 'latestVersion': 'true',
                           'decisionRequirementsDefinitionKey': 'drd', 'sortBy': 'version',
                           'sortOrder': 'asc', 'maxResults': 3}
    assert found == (dd.DecisionDefinition('dec:1:x', 'dec', 'http://test', 'Size', 1, 'd.dmn',
                                           'd1', 'drd:1:x', 'drd', 't1', 'v1', 7),)


def test_count(http):
    http.respond(json={'count': 2})
    assert dd.Count(URL, id_in=['a', 'b'], include_without_tenant_id=True, max_results=1)() == 2
    assert (http.method, http.path) == ('GET', '/decision-definition/count')
    assert http.params == {'decisionDefinitionIdIn': 'a,b',
                           'includeDecisionDefinitionsWithoutTenantId': 'true'}


@pytest.mark.parametrize('kwargs, path', [
    ({'id_': 'dec:1:x'}, '/decision-definition/dec:1:x'),
    ({'key': 'dec'}, '/decision-definition/key/dec'),
    ({'key': 'dec', 'tenant_id': 't1'}, '/decision-definition/key/dec/tenant-id/t1'),
])
def test_get_by_id_key_or_tenant(http, kwargs, path):
    http.respond(json={'id': 'dec:1:x', 'key': 'dec'})
    decision = dd.Get(URL, **kwargs)()
    assert (http.method, http.path) == ('GET', path)
    assert decision.key == 'dec' and decision.version is None and decision.version_tag is None


def test_get_refuses_id_and_key(http):
    with pytest.raises(InvalidInput, match='give only one of id_, key'):
        dd.Get(URL, id_='a', key='b')()
    assert http.calls == []


def test_xml_and_diagram(http):
    http.respond(json={'id': 'dec:1:x', 'dmnXml': '<definitions/>'})
    assert dd.GetXML(URL, key='dec')() == '<definitions/>'
    assert (http.method, http.path) == ('GET', '/decision-definition/key/dec/xml')
    http.respond(content=b'\x89PNG')
    assert dd.GetDiagram(URL, id_='dec:1:x')() == b'\x89PNG'
    assert http.path == '/decision-definition/dec:1:x/diagram'


def test_evaluate_sends_typed_variables_and_decodes_results(http):
    http.respond(json=[{'result': {'type': 'String', 'value': 'large', 'valueInfo': {}}},
                       {'result': {'type': 'Json', 'value': '{"a": 1}'}}])
    evaluate = dd.Evaluate(URL, key='dec', tenant_id='t1')
    evaluate.add_variable('amount', 150)
    results = evaluate()
    assert (http.method, http.path) == ('POST', '/decision-definition/key/dec/tenant-id/t1/evaluate')
    assert http.json == {'variables': {'amount': {'value': 150, 'type': 'Integer'}}}
    assert results[0]['result'].value == 'large' and results[1]['result'].value == {'a': 1}
    assert results[1]['result'].value_info is None


def test_update_history_time_to_live(http):
    dd.UpdateHistoryTimeToLive(URL, 30, id_='dec:1:x')()
    assert (http.method, http.path, http.json) == (
        'PUT', '/decision-definition/dec:1:x/history-time-to-live', {'historyTimeToLive': 30})
