"""The decision requirements definition classes against the real engine."""
import pytest

import pycamunda
import pycamunda.decisiondef
import pycamunda.decisionreqdef as drd


@pytest.fixture
def requirements(camunda, uid):
    deployment = camunda.deploy_fixture('decisionreqdef_drd.dmn', key=uid)
    definition = next(iter(deployment['deployedDecisionRequirementsDefinitions'].values()))
    return {'key': f'drd_{uid}', 'id': definition['id'], 'deployment_id': deployment['id'],
            'decision': uid}


def test_get_list_and_count(engine_url, requirements):
    found = drd.GetList(engine_url, key=requirements['key'])()
    assert found == (drd.DecisionRequirementsDefinition(
        requirements['id'], requirements['key'], 'http://pycamunda.test/drd',
        f'DRD {requirements["decision"]}', 1, 'decisionreqdef_drd.dmn',
        requirements['deployment_id'], None),)
    assert drd.Count(engine_url, deployment_id=requirements['deployment_id'])() == 1
    assert drd.Count(engine_url, key=requirements['key'], latest_version=True)() == 1
    assert drd.Count(engine_url, key=requirements['key'], version=3)() == 0


def test_get_xml_and_diagram(engine_url, requirements):
    got = drd.Get(engine_url, key=requirements['key'])()
    assert got.id_ == requirements['id'] and got == drd.Get(engine_url, id_=requirements['id'])()
    xml = drd.GetXML(engine_url, id_=requirements['id'])()
    assert f'id="drd_{requirements["decision"]}"' in xml
    assert drd.GetDiagram(engine_url, key=requirements['key'])() == b''
    with pytest.raises(pycamunda.NotFound):
        drd.Get(engine_url, key=requirements['key'], tenant_id='nobody')()


def test_decisions_belong_to_the_drd_and_evaluate_together(engine_url, requirements):
    decisions = pycamunda.decisiondef.GetList(
        engine_url, decision_requirements_definition_id=requirements['id'], sort_by='key')()
    assert [d.key for d in decisions] == [requirements['decision'], f'{requirements["decision"]}_base']
    evaluate = pycamunda.decisiondef.Evaluate(engine_url, key=requirements['decision'])
    evaluate.add_variable('amount', 250)
    assert evaluate()[0]['approved'].value is True
