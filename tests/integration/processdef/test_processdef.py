"""The process definition classes against the real engine."""
import time

import pytest

import pycamunda
import pycamunda.activityinst
import pycamunda.batch
import pycamunda.incident
import pycamunda.processdef as pd
import pycamunda.processinst

from integration.conftest import fixture_text


def wait_for(probe, timeout=30.0):
    """Poll ``probe`` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.3)


def deploy_versions(camunda, fixture, key, count, **substitutions):
    """Deploy ``count`` versions of one key; their ids, oldest first."""
    ids = []
    for _ in range(count):
        deployment = camunda.deploy_fixture(fixture, key=key, **substitutions)
        ids.append(next(iter(deployment['deployedProcessDefinitions'])))
    return ids


def test_get_by_id_and_key_list_and_count(engine_url, process):
    by_id = pd.Get(engine_url, id_=process['id'])()
    assert (by_id.key, by_id.version, by_id.version_tag, by_id.suspended) == (
        process['key'], 1, 'v1', False)
    assert by_id.name == f'External then user {process["key"]}'
    assert by_id.deployment_id == process['deployment_id'] and by_id.history_time_to_live == 7
    assert pd.Get(engine_url, key=process['key'])() == by_id
    assert pd.GetList(engine_url, key=process['key'], version_tag='v1', latest_version=True)() == (by_id,)
    assert pd.GetList(engine_url, key=process['key'], suspended=True)() == ()
    assert pd.Count(engine_url, key_in=[process['key'], 'no-such-key'], active=True)() == 1
    assert pd.Count(engine_url, id_=process['id'], without_version_tag=True)() == 0


def test_list_sorting_over_versions(engine_url, camunda, uid):
    deploy_versions(camunda, 'user_task.bpmn', uid, 2)
    listed = pd.GetList(engine_url, key=uid, sort_by='version', ascending=False)()
    assert [d.version for d in listed] == [2, 1]
    assert [d.version for d in pd.GetList(engine_url, key=uid, sort_by='version', max_results=1)()] == [1]


def test_xml_and_diagram(engine_url, process):
    xml = pd.GetXML(engine_url, key=process['key'])()
    assert f'id="{process["key"]}"' in xml and xml.lstrip().startswith('<?xml')
    assert pd.GetProcessDiagram(engine_url, id_=process['id'])() == b''  # none deployed: 204


def test_start_instance_with_variables(engine_url, camunda, process):
    start = pd.StartInstance(engine_url, key=process['key'], business_key='order-7',
                             with_variables_in_return=True)
    start.add_variable('amount', 250)
    instance = start()
    assert isinstance(instance, pycamunda.processinst.ProcessInstance)
    assert (instance.definition_id, instance.business_key, instance.suspended) == (
        process['id'], 'order-7', False)
    assert instance.variables['amount'].value == 250
    stored = camunda.request('GET', f'/process-instance/{instance.id_}/variables/amount')
    assert stored['value'] == 250


def test_start_instance_with_instructions(engine_url, camunda, process):
    start = pd.StartInstance(engine_url, id_=process['id'], skip_io_mappings=True)
    start.add_start_before_activity_instruction('review', variables={'note': {'value': 'hi',
                                                                              'type': 'String'}})
    start.add_start_before_activity_instruction('review', variables={'x': 5})  # typed for us
    instance = start()
    assert pycamunda.processinst.VariablesGet(engine_url, instance.id_, 'x')().type_ == 'Integer'
    tree = pycamunda.activityinst.ActivityInstance.load(
        camunda.request('GET', f'/process-instance/{instance.id_}/activity-instances'))
    assert tree.process_instance_id == instance.id_
    assert [child.activity_id for child in tree.child_activity_instances] == ['review', 'review']
    assert tree.child_activity_instances[0].execution_ids


def test_statistics_per_activity_and_definition(engine_url, camunda, process):
    for _ in range(2):
        camunda.start(process['key'])
    stats = pd.GetActivityInstanceStats(engine_url, id_=process['id'], failed_jobs=True,
                                        incidents=True)()
    assert [(s.id_, s.instances, s.failed_jobs, s.incidents) for s in stats] == [('work', 2, 0, ())]
    mine = [s for s in pd.GetProcessInstanceStats(engine_url, failed_jobs=True, incidents=True)()
            if s.id_ == process['id']]
    assert [(s.instances, s.definition.key) for s in mine] == [(2, process['key'])]


def test_statistics_count_failed_jobs_and_incidents(engine_url, camunda, uid):
    camunda.deploy_fixture('failing_job.bpmn', key=uid)
    camunda.start(uid)
    stats = wait_for(lambda: [s for s in pd.GetActivityInstanceStats(
        engine_url, key=uid, incidents_for_type='failedJob')() if s.incidents])
    assert [(s.id_, s.instances) for s in stats] == [('fail', 1)]
    assert stats[0].incidents == (
        pycamunda.incident.IncidentTypeCount(pycamunda.incident.IncidentType.failed_job, 1),)
    mine = [s for s in pd.GetProcessInstanceStats(engine_url, failed_jobs=True, root_incidents=True)()
            if s.definition.key == uid]
    assert [(s.failed_jobs, [i.incident_count for i in s.incidents]) for s in mine] == [(1, [1])]
    assert pd.Count(engine_url, key=uid, incident_type='failedJob')() == 1


def test_suspend_and_activate_one_version(engine_url, camunda, uid):
    old, new = deploy_versions(camunda, 'user_task.bpmn', uid, 2)
    instance = camunda.start(uid, variables={'assignee': {'value': 'demo'}})
    pd.Suspend(engine_url, key=uid, include_process_instances=True)()  # the latest version only
    assert pd.Get(engine_url, id_=new)().suspended is True
    assert pd.Get(engine_url, id_=old)().suspended is False
    assert camunda.request('GET', f'/process-instance/{instance["id"]}')['suspended'] is True
    pd.Activate(engine_url, id_=new, include_process_instances=True)()
    assert pd.Get(engine_url, id_=new)().suspended is False
    assert camunda.request('GET', f'/process-instance/{instance["id"]}')['suspended'] is False


def test_suspend_and_activate_all_versions(engine_url, camunda, uid):
    deploy_versions(camunda, 'user_task.bpmn', uid, 2)
    pd.SuspendAllVersions(engine_url, key=uid)()
    assert pd.Count(engine_url, key=uid, suspended=True)() == 2
    pd.ActivateAllVersions(engine_url, key=uid, include_process_instances=True)()
    assert pd.Count(engine_url, key=uid, active=True)() == 2


def test_update_history_time_to_live(engine_url, process):
    pd.UpdateHistoryTimeToLive(engine_url, 30, key=process['key'])()
    assert pd.Get(engine_url, id_=process['id'])().history_time_to_live == 30


def test_delete_by_key_removes_only_the_latest_version(engine_url, camunda, uid):
    old, new = deploy_versions(camunda, 'user_task.bpmn', uid, 2)
    pd.Delete(engine_url, key=uid, cascade=True)()
    assert [d.id_ for d in pd.GetList(engine_url, key=uid)()] == [old]
    pd.Delete(engine_url, id_=old)()
    assert pd.Count(engine_url, key=uid)() == 0


def test_delete_all_versions_of_a_key(engine_url, camunda, uid):
    deploy_versions(camunda, 'user_task.bpmn', uid, 2)
    camunda.start(uid, variables={'assignee': {'value': 'demo'}})
    with pytest.raises(pycamunda.InternalServerError):  # a running instance and no cascade
        pd.DeleteAllVersions(engine_url, key=uid)()
    pd.DeleteAllVersions(engine_url, key=uid, cascade=True, skip_custom_listeners=True)()
    assert pd.Count(engine_url, key=uid)() == 0


def test_tenant_definition_by_key_and_tenant(engine_url, camunda, uid):
    tenant = f't{uid}'
    deployment = camunda.request(
        'POST', '/deployment/create', data={'deployment-name': uid, 'tenant-id': tenant},
        files={'p.bpmn': ('p.bpmn', fixture_text('user_task.bpmn', key=uid).encode())})
    camunda.deployments.append(deployment['id'])
    definition = pd.Get(engine_url, key=uid, tenant_id=tenant)()
    assert (definition.key, definition.tenant_id) == (uid, tenant)
    assert pd.Count(engine_url, key=uid, tenant_id_in=[tenant])() == 1
    with pytest.raises(pycamunda.NotFound):  # by key alone: a definition of no tenant
        pd.Get(engine_url, key=uid)()
    pd.DeleteAllVersions(engine_url, uid, tenant_id=tenant)()
    assert pd.Count(engine_url, key=uid)() == 0


@pytest.fixture
def ended(engine_url, camunda, uid):
    """A user task process with one instance that was cancelled: (definition id, instance id)."""
    definition = deploy_versions(camunda, 'user_task.bpmn', uid, 1)[0]
    instance = camunda.start(uid, variables={'assignee': {'value': 'demo', 'type': 'String'}},
                             business_key='bk-1')
    camunda.request('DELETE', f'/process-instance/{instance["id"]}')
    return definition, instance['id']


def test_restart_process_instance(engine_url, camunda, uid, ended):
    definition, instance = ended
    restart = pd.RestartProcessInstance(engine_url, definition, [instance], without_business_key=True)
    restart.add_before_activity_instruction('approve')
    assert restart() is None
    (restarted,) = camunda.request('GET', '/process-instance', params={'processDefinitionId': definition})
    assert restarted['businessKey'] is None
    task = camunda.request('GET', '/task', params={'processInstanceId': restarted['id']})
    assert [(t['taskDefinitionKey'], t['assignee']) for t in task] == [('approve', 'demo')]


def test_restart_process_instance_async_by_key(engine_url, camunda, uid, ended):
    definition, instance = ended
    restart = pd.RestartProcessInstance(engine_url, None, [instance], async_=True, key=uid)
    restart.add_transition_instruction('f1')
    batch = restart()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/batch/{batch.id_}',
                                                 params={'cascade': 'true'}))
    assert isinstance(batch, pycamunda.batch.Batch)
    assert (batch.type_, batch.total_jobs) == ('instance-restart', 1)
    restarted = wait_for(lambda: camunda.request('GET', '/process-instance',
                                                 params={'processDefinitionId': definition}))
    assert [r['businessKey'] for r in restarted] == ['bk-1']


def test_start_forms(engine_url, camunda, uid):
    camunda.deploy(('form.bpmn', fixture_text('processdef_start_form.bpmn', key=uid)),
                   (f'{uid}-form.html', '<form>start here</form>'))
    assert pd.GetStartForm(engine_url, key=uid)() == pd.Form(f'deployment:{uid}-form.html')
    rendered = pd.GetRenderedStartForm(engine_url, key=uid)()
    assert 'generatedForm' in rendered and 'cam-variable-name="amount"' in rendered
    assert pd.GetDeployedStartForm(engine_url, key=uid)() == b'<form>start here</form>'
    variables = pd.GetStartFormVariables(engine_url, key=uid)()
    assert (variables['amount'].value, variables['amount'].type_) == (42, 'Long')
    assert set(pd.GetStartFormVariables(engine_url, key=uid, variable_names=['customer'])()) == \
        {'customer'}
    submit = pd.SubmitStartForm(engine_url, key=uid, business_key='form-1')
    submit.add_variable('customer', 'ACME')
    instance = submit()
    assert instance.business_key == 'form-1' and instance.ended is False
    stored = camunda.request('GET', f'/process-instance/{instance.id_}/variables/customer')
    assert stored['value'] == 'ACME'


def test_static_called_process_definitions(engine_url, camunda, uid):
    callee = f'{uid}c'
    (callee_id,) = deploy_versions(camunda, 'user_task.bpmn', callee, 1)
    (caller_id,) = deploy_versions(camunda, 'processdef_caller.bpmn', uid, 1, callee=callee)
    (called,) = pd.GetStaticCalledProcessDefinitions(engine_url, key=uid)()
    assert (called.id_, called.key) == (callee_id, callee)
    assert (called.called_from_activity_ids, called.calling_process_definition_id) == (
        ('call',), caller_id)
    assert pd.GetStaticCalledProcessDefinitions(engine_url, id_=callee_id)() == ()


def test_unknown_definition_is_not_found(engine_url, uid):
    with pytest.raises(pycamunda.NotFound) as info:
        pd.Get(engine_url, key=uid)()
    assert uid in info.value.message


def test_diagram_deployed_with_the_definition(engine_url, camunda, uid):
    camunda.deploy(('withdiagram.bpmn', fixture_text('user_task.bpmn', key=uid)),
                   ('withdiagram.png', 'not really a PNG'))
    definition = pd.Get(engine_url, key=uid)()
    assert definition.diagram == 'withdiagram.png'
    assert pd.GetProcessDiagram(engine_url, key=uid)() == b'not really a PNG'
