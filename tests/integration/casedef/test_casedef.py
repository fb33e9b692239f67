"""The case definition classes against the real engine."""
import pytest

import pycamunda
import pycamunda.casedef as cd


@pytest.fixture
def case(camunda, uid):
    deployment = camunda.deploy_fixture('case.cmmn', key=uid)
    definition = next(iter(deployment['deployedCaseDefinitions'].values()))
    return {'key': uid, 'id': definition['id'], 'deployment_id': deployment['id']}


def test_get_list_and_count(engine_url, case):
    found = cd.GetList(engine_url, key=case['key'], sort_by='version', ascending=False)()
    assert found == (cd.CaseDefinition(case['id'], case['key'], 'http://pycamunda.test',
                                       f'Case {case["key"]}', 1, 'case.cmmn', case['deployment_id'],
                                       None, 7),)
    assert cd.Count(engine_url, deployment_id=case['deployment_id'], name_like='Case %')() == 1
    assert cd.Count(engine_url, key=case['key'], version=2)() == 0


def test_get_xml_and_diagram(engine_url, case):
    assert cd.Get(engine_url, key=case['key'])() == cd.Get(engine_url, id_=case['id'])()
    assert f'<cmmn:case id="{case["key"]}"' in cd.GetXML(engine_url, id_=case['id'])()
    assert cd.GetDiagram(engine_url, key=case['key'])() == b''
    with pytest.raises(pycamunda.NotFound):
        cd.Get(engine_url, key=case['key'], tenant_id='nobody')()


def test_create_instance(engine_url, camunda, case):
    create = cd.CreateInstance(engine_url, key=case['key'], business_key=f'{case["key"]}-bk')
    create.add_variable('amount', 42)
    instance = create()
    camunda.later(lambda: camunda.session.post(f'{engine_url}/case-instance/{instance.id_}/terminate',
                                               json={}))
    assert (instance.definition_id, instance.business_key, instance.active, instance.completed) == (
        case['id'], f'{case["key"]}-bk', True, False)
    assert camunda.request('GET', f'/case-instance/{instance.id_}/variables/amount')['value'] == 42


def test_update_history_time_to_live(engine_url, case):
    cd.UpdateHistoryTimeToLive(engine_url, 3, key=case['key'])()
    assert cd.Get(engine_url, id_=case['id'])().history_time_to_live == 3
    cd.UpdateHistoryTimeToLive(engine_url, 9, id_=case['id'])()
    assert cd.Get(engine_url, key=case['key'])().history_time_to_live == 9
