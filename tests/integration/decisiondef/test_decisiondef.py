"""The decision definition classes against the real engine."""
import pytest

import pycamunda
import pycamunda.decisiondef as dd


@pytest.fixture
def decision(camunda, uid):
    deployment = camunda.deploy_fixture('decision.dmn', key=uid)
    definition = next(iter(deployment['deployedDecisionDefinitions'].values()))
    return {'key': uid, 'id': definition['id'], 'deployment_id': deployment['id']}


def test_get_list_and_count(engine_url, decision):
    found = dd.GetList(engine_url, key=decision['key'], latest_version=True)()
    assert len(found) == 1
    definition = found[0]
    assert (definition.id_, definition.name, definition.version, definition.resource,
            definition.deployment_id, definition.history_time_to_live) == (
        decision['id'], f'Size {decision["key"]}', 1, 'decision.dmn', decision['deployment_id'], 7)
    assert definition.decision_requirements_definition_id is None
    assert dd.Count(engine_url, deployment_id=decision['deployment_id'])() == 1
    assert dd.Count(engine_url, key=decision['key'], version=2)() == 0


def test_get_by_id_and_key(engine_url, decision):
    by_id = dd.Get(engine_url, id_=decision['id'])()
    assert by_id == dd.Get(engine_url, key=decision['key'])()
    assert by_id.key == decision['key']
    with pytest.raises(pycamunda.NotFound):
        dd.Get(engine_url, key=decision['key'], tenant_id='no-such-tenant')()


def test_xml_and_diagram(engine_url, decision):
    xml = dd.GetXML(engine_url, key=decision['key'])()
    assert f'<decision id="{decision["key"]}"' in xml
    assert dd.GetDiagram(engine_url, id_=decision['id'])() == b''  # no image deployed


@pytest.mark.parametrize('amount, expected', [(5, 'small'), (500, 'large')])
def test_evaluate(engine_url, decision, amount, expected):
    evaluate = dd.Evaluate(engine_url, key=decision['key'])
    evaluate.add_variable('amount', amount)
    results = evaluate()
    assert len(results) == 1
    assert (results[0]['result'].value, results[0]['result'].type_) == (expected, 'String')


def test_update_history_time_to_live(engine_url, decision):
    dd.UpdateHistoryTimeToLive(engine_url, 30, id_=decision['id'])()
    assert dd.Get(engine_url, id_=decision['id'])().history_time_to_live == 30
    dd.UpdateHistoryTimeToLive(engine_url, 12, key=decision['key'])()
    assert dd.Get(engine_url, id_=decision['id'])().history_time_to_live == 12
