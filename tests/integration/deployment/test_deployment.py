"""The deployment classes against the real engine."""
import datetime as dt
import io
import json

import pytest

import pycamunda
import pycamunda.deployment as dep
import pycamunda.processdef

from integration.conftest import fixture_text


def _form(uid):
    return json.dumps({'id': f'form_{uid}', 'type': 'default', 'schemaVersion': 4,
                       'components': [{'key': 'amount', 'label': 'Amount', 'type': 'number'}]})


@pytest.fixture
def deployed(engine_url, camunda, uid):
    """A deployment made by ``Create`` of a BPMN process, a DMN decision, a CMMN case and a form."""
    create = dep.Create(engine_url, name=uid, source=f'{uid}-source')
    bpmn = io.BytesIO(fixture_text('user_task.bpmn', key=uid, assignee='demo').encode())
    bpmn.name = 'tests/process.bpmn'
    create.add_resource(bpmn)
    create.add_resource(fixture_text('decision.dmn', key=f'{uid}_dec'), name='decision.dmn')
    create.add_resource(fixture_text('case.cmmn', key=f'{uid}_case').encode(), name='case.cmmn')
    create.add_resource(_form(uid), name='start.form')
    deployment = create()
    camunda.deployments.append(deployment.id_)
    return deployment


def test_create_deploys_every_kind_of_resource(deployed, uid):
    assert (deployed.name, deployed.source) == (uid, f'{uid}-source')
    assert deployed.deployment_time.tzinfo is not None
    assert [d.key for d in deployed.deployed_process_definitions.values()] == [uid]
    assert [d.key for d in deployed.deployed_decision_definitions.values()] == [f'{uid}_dec']
    assert [d.key for d in deployed.deployed_case_definitions.values()] == [f'{uid}_case']
    assert deployed.deployed_decision_requirements_definitions is None  # one decision: no DRD
    assert {link.rel for link in deployed.links} == {'self'}


def test_get_list_count_and_get(engine_url, deployed, uid):
    found = dep.GetList(engine_url, name=uid)()
    assert [d.id_ for d in found] == [deployed.id_]
    assert dep.Count(engine_url, name_like=f'{uid}%', source=f'{uid}-source')() == 1
    before = dep.GetList(engine_url, id_=deployed.id_,
                         before=deployed.deployment_time - dt.timedelta(minutes=5))()
    assert before == ()
    got = dep.Get(engine_url, deployed.id_)()
    assert (got.id_, got.name, got.source, got.deployment_time) == (
        deployed.id_, uid, f'{uid}-source', deployed.deployment_time)


def test_resources_and_their_content(engine_url, deployed, uid):
    resources = {r.name: r for r in dep.GetResources(engine_url, deployed.id_)()}
    assert set(resources) == {'process.bpmn', 'decision.dmn', 'case.cmmn', 'start.form'}
    form = resources['start.form']
    assert dep.GetResource(engine_url, deployed.id_, form.id_)() == form
    content = dep.GetResource(engine_url, deployed.id_, form.id_, binary=True)()
    assert json.loads(content)['id'] == f'form_{uid}'


def test_redeploy_deploys_new_versions(engine_url, camunda, deployed, uid):
    again = dep.Redeploy(engine_url, deployed.id_, resource_names=['process.bpmn'],
                         source='redeployed')()
    camunda.deployments.append(again.id_)
    assert again.id_ != deployed.id_ and again.source == 'redeployed'
    assert [d.version for d in again.deployed_process_definitions.values()] == [2]
    assert again.deployed_decision_definitions is None


def test_duplicate_filtering_and_changed_only(engine_url, camunda, uid):
    def create(text, **kwargs):
        request = dep.Create(engine_url, name=uid, **kwargs)
        request.add_resource(fixture_text('decision.dmn', key=uid), name='decision.dmn')
        request.add_resource(text, name='case.cmmn')
        result = request()
        camunda.deployments.append(result.id_)
        return result

    first = create(fixture_text('case.cmmn', key=f'{uid}_case'))
    unchanged = create(fixture_text('case.cmmn', key=f'{uid}_case'), enable_duplicate_filtering=True)
    assert unchanged.deployed_case_definitions is None and unchanged.deployed_decision_definitions is None
    changed = create(fixture_text('case.cmmn', key=f'{uid}_case').replace('Review', 'Check'),
                     deploy_changed_only=True)
    assert changed.id_ != first.id_ and changed.deployed_decision_definitions is None
    assert [d.version for d in changed.deployed_case_definitions.values()] == [2]


def test_registered_deployments(engine_url, deployed):
    assert deployed.id_ in dep.GetRegistered(engine_url)()


def test_invalid_bpmn_is_a_bad_request_with_parse_details(engine_url, uid):
    create = dep.Create(engine_url, name=uid)
    create.add_resource(fixture_text('user_task.bpmn', key=uid, assignee='demo')
                        .replace('targetRef="end"', 'targetRef="nowhere"'), name='broken.bpmn')
    with pytest.raises(pycamunda.BadRequest) as info:
        create()
    error = info.value
    assert error.type_ == 'ParseException' and 'nowhere' in error.message
    problems = error.details['broken.bpmn']['errors']
    located = [p for p in problems if 'nowhere' in p['message']]
    assert located and located[0]['line'] > 0 and located[0]['column'] > 0


def test_delete_then_not_found(engine_url, camunda, uid):
    create = dep.Create(engine_url, name=uid)
    create.add_resource(fixture_text('user_task.bpmn', key=uid, assignee='demo'), name='p.bpmn')
    deployment = create()
    camunda.deployments.append(deployment.id_)
    camunda.start(uid)
    with pytest.raises(pycamunda.NoSuccess):  # the running instance keeps it
        dep.Delete(engine_url, deployment.id_)()
    dep.Delete(engine_url, deployment.id_, cascade=True, skip_custom_listeners=True)()
    with pytest.raises(pycamunda.NotFound):
        dep.Get(engine_url, deployment.id_)()


def test_unnamed_model_content_is_deployed_under_a_name_the_engine_parses(engine_url, camunda,
                                                                          uid):
    create = dep.Create(engine_url, name=uid)
    create.add_resource(fixture_text('user_task.bpmn', key=uid, assignee='demo').encode())
    deployment = create()
    camunda.deployments.append(deployment.id_)
    assert [d.key for d in deployment.deployed_process_definitions.values()] == [uid]
    instance = pycamunda.processdef.StartInstance(engine_url, key=uid)()
    assert instance.definition_id.startswith(f'{uid}:')
