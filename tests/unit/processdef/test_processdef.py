"""What the process definition classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.batch
import pycamunda.incident
import pycamunda.processdef as pd
import pycamunda.processinst
from pycamunda.request import InvalidInput

from unit.fakehttp import URL

DEFINITION = {
    'id': 'invoice:2:c3a63aaa', 'key': 'invoice', 'category': 'http://pycamunda.test',
    'description': 'Pays invoices', 'name': 'Invoice', 'version': 2, 'resource': 'invoice.bpmn',
    'deploymentId': 'c398cd3a', 'diagram': 'invoice.png', 'suspended': False, 'tenantId': None,
    'versionTag': 'v1', 'historyTimeToLive': 7, 'startableInTasklist': True}
INSTANCE = {'links': [{'method': 'GET', 'href': 'http://x/process-instance/pi1', 'rel': 'self'}],
            'id': 'pi1', 'definitionId': 'invoice:2:c3a63aaa', 'businessKey': 'order-1',
            'caseInstanceId': None, 'ended': False, 'suspended': False, 'tenantId': None}
BATCH = {'id': 'b1', 'type': 'instance-restart', 'totalJobs': 1, 'jobsCreated': 0,
         'batchJobsPerSeed': 100, 'invocationsPerBatchJob': 1, 'seedJobDefinitionId': 's',
         'monitorJobDefinitionId': 'm', 'batchJobDefinitionId': 'j', 'suspended': False,
         'tenantId': None, 'createUserId': None, 'startTime': '2024-01-02T03:04:05.000+0000'}


def test_process_definition_is_loaded_and_tolerates_missing_fields():
    assert pd.ProcessDefinition.load(DEFINITION) == pd.ProcessDefinition(
        'invoice:2:c3a63aaa', 'invoice', 'http://pycamunda.test', 'Pays invoices', 'Invoice', 2,
        'invoice.bpmn', 'c398cd3a', 'invoice.png', False, None, 'v1', 7, True)
    sparse = pd.ProcessDefinition.load({'id': 'x', 'key': 'k'})
    assert (sparse.version, sparse.version_tag, sparse.history_time_to_live) == (None, None, None)


@pytest.mark.parametrize('kwargs, path', [
    ({'id_': 'a:1'}, '/process-definition/a:1'),
    ({'key': 'a'}, '/process-definition/key/a'),
    ({'key': 'a', 'tenant_id': 't1'}, '/process-definition/key/a/tenant-id/t1'),
])
def test_get_by_id_key_or_tenant(http, kwargs, path):
    http.respond(json=DEFINITION)
    definition = pd.Get(URL, **kwargs)()
    assert (http.method, http.path) == ('GET', path)
    assert definition.key == 'invoice' and definition.version == 2


def test_id_and_key_are_exclusive(http):
    with pytest.raises(InvalidInput, match='only one of id_, key'):
        pd.Get(URL, id_='a:1', key='a')()
    with pytest.raises(InvalidInput, match='required'):
        pd.Get(URL)()
    assert http.calls == []


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[DEFINITION])
    result = pd.GetList(URL, key_in=['a', 'b'], latest_version=True, active=False,
                        without_version_tag=False, incident_type=pycamunda.incident.IncidentType.failed_job,
                        include_without_tenant_id=True, tenant_id_in=['t1'], sort_by='deploy_time',
                        ascending=False, first_result=5, max_results=10,
                        deployed_after=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc))()
    assert (http.method, http.path) == ('GET', '/process-definition')
    assert http.params == {
        'keysIn': 'a,b', 'latestVersion': 'true', 'withoutVersionTag': 'false',
        'incidentType': 'failedJob', 'includeProcessDefinitionsWithoutTenantId': 'true',
        'tenantIdIn': 't1', 'sortBy': 'deployTime', 'sortOrder': 'desc', 'firstResult': 5,
        'maxResults': 10, 'deployedAfter': '2024-01-02T03:04:05.000+0000'}
    assert result == (pd.ProcessDefinition.load(DEFINITION),)


def test_get_list_wire_keys_of_the_contract():
    request = pd.GetList(URL, id_='a:1', id_in=['a:1'], name='N', name_like='N%', deployment_id='d',
                         key='a', key_like='a%', category='c', category_like='c%', version=3,
                         resource_name='r', resource_name_like='r%', startable_by='demo',
                         suspended=True, incident_id='i', incident_message='m',
                         incident_message_like='m%', without_tenant_id=True, version_tag='v',
                         version_tag_like='v%', startable_in_tasklist=True,
                         startable_permission_check=True, not_startable_in_tasklist=False)
    assert request.query_parameters() == {
        'processDefinitionId': 'a:1', 'processDefinitionIdIn': 'a:1', 'name': 'N', 'nameLike': 'N%',
        'deploymentId': 'd', 'key': 'a', 'keyLike': 'a%', 'category': 'c', 'categoryLike': 'c%',
        'version': 3, 'resourceName': 'r', 'resourceNameLike': 'r%', 'startableBy': 'demo',
        'suspended': 'true', 'incidentId': 'i', 'incidentMessage': 'm', 'incidentMessageLike': 'm%',
        'withoutTenantId': 'true', 'versionTag': 'v', 'versionTagLike': 'v%',
        'startableInTasklist': 'true', 'startablePermissionCheck': 'true',
        'notStartableInTasklist': 'false'}


def test_count_sends_filters_only(http):
    http.respond(json={'count': 4})
    count = pd.Count(URL, key='a', sort_by='version', max_results=3)
    assert count() == 4
    assert (http.method, http.path, http.params) == ('GET', '/process-definition/count', {'key': 'a'})


def test_activity_stats(http):
    http.respond(json=[{'@class': 'org.camunda...ActivityStatisticsResultDto', 'id': 'fail',
                        'instances': 1, 'failedJobs': 1,
                        'incidents': [{'incidentType': 'failedJob', 'incidentCount': 1},
                                      {'incidentType': 'myCustomType', 'incidentCount': 2}]},
                       {'id': 'review', 'instances': 3}])
    stats = pd.GetActivityInstanceStats(URL, key='a', failed_jobs=True, incidents=True)()
    assert (http.method, http.path) == ('GET', '/process-definition/key/a/statistics')
    assert http.params == {'failedJobs': 'true', 'incidents': 'true'}
    first, second = stats
    assert (first.id_, first.instances, first.failed_jobs) == ('fail', 1, 1)
    assert first.incidents == (
        pycamunda.incident.IncidentTypeCount(pycamunda.incident.IncidentType.failed_job, 1),
        pycamunda.incident.IncidentTypeCount('myCustomType', 2))
    assert (second.failed_jobs, second.incidents) == (None, ())


def test_activity_stats_for_one_incident_type(http):
    http.respond(json=[])
    pd.GetActivityInstanceStats(URL, id_='a:1', incidents_for_type='failedJob')()
    assert (http.path, http.params) == ('/process-definition/a:1/statistics',
                                        {'incidentsForType': 'failedJob'})


def test_process_instance_stats(http):
    http.respond(json=[{'id': 'a:1', 'instances': 2, 'failedJobs': 0, 'definition': DEFINITION,
                        'incidents': []}, {'id': 'b:1', 'instances': 0}])
    stats = pd.GetProcessInstanceStats(URL, failed_jobs=True, root_incidents=True)()
    assert (http.method, http.path) == ('GET', '/process-definition/statistics')
    assert http.params == {'failedJobs': 'true', 'rootIncidents': 'true'}
    assert stats[0].definition == pd.ProcessDefinition.load(DEFINITION)
    assert (stats[1].definition, stats[1].incidents) == (None, ())


def test_get_xml_returns_the_xml(http):
    http.respond(json={'id': 'a:1', 'bpmn20Xml': '<definitions/>'})
    assert pd.GetXML(URL, key='a', tenant_id='t')() == '<definitions/>'
    assert (http.method, http.path) == ('GET', '/process-definition/key/a/tenant-id/t/xml')


def test_get_diagram_returns_the_content_as_pycamunda(http):
    http.respond(content=b'\x89PNG', headers={'Content-Type': 'image/png'})
    assert pd.GetProcessDiagram(URL, id_='a:1')() == b'\x89PNG'
    assert (http.method, http.path) == ('GET', '/process-definition/a:1/diagram')
    http.respond(204)
    assert pd.GetProcessDiagram(URL, key='a')() == b''


def test_start_instance_with_variables_and_instructions(http):
    http.respond(json=dict(INSTANCE, variables={'amount': {'type': 'Integer', 'value': 5,
                                                           'valueInfo': {}}}))
    start = pd.StartInstance(URL, key='invoice', business_key='order-1',
                             with_variables_in_return=True)
    start.add_variable('amount', 5)
    start.add_start_before_activity_instruction('review')
    start.add_start_after_activity_instruction('work', variables={'x': {'value': 1, 'type': 'Integer'}})
    start.add_start_transition_instruction('f2', variables={'when': dt.date(2024, 5, 1), 'n': 5})
    instance = start()
    assert (http.method, http.path) == ('POST', '/process-definition/key/invoice/start')
    assert http.json == {
        'variables': {'amount': {'value': 5, 'type': 'Integer'}}, 'businessKey': 'order-1',
        'startInstructions': [
            {'type': 'startBeforeActivity', 'activityId': 'review'},
            {'type': 'startAfterActivity', 'activityId': 'work',
             'variables': {'x': {'value': 1, 'type': 'Integer'}}},
            {'type': 'startTransition', 'transitionId': 'f2', 'variables': {
                'when': {'value': pycamunda.base.isoformat(dt.date(2024, 5, 1)), 'type': 'Date'},
                'n': {'value': 5, 'type': 'Integer'}}}],
        'skipCustomListeners': False, 'skipIoMappings': False, 'withVariablesInReturn': True}
    assert isinstance(instance, pycamunda.processinst.ProcessInstance)
    assert (instance.id_, instance.business_key, instance.links[0].rel) == ('pi1', 'order-1', 'self')
    assert instance.variables['amount'].value == 5


def test_start_instance_by_id_minimal(http):
    http.respond(json={'id': 'pi2'})
    instance = pd.StartInstance(URL, id_='a:1', case_instance_id='c1')()
    assert (http.path, http.json['caseInstanceId']) == ('/process-definition/a:1/start', 'c1')
    assert (http.json['startInstructions'], http.json['variables']) == ([], {})
    assert (instance.id_, instance.variables, instance.links) == ('pi2', None, ())


@pytest.mark.parametrize('cls, suspended', [(pd.Activate, False), (pd.Suspend, True)])
def test_activate_and_suspend(http, cls, suspended):
    when = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    cls(URL, key='a', include_process_instances=True, execution_datetime=when)()
    assert (http.method, http.path) == ('PUT', '/process-definition/key/a/suspended')
    assert http.json == {'suspended': suspended, 'includeProcessInstances': True,
                         'executionDate': '2030-01-02T03:04:05.000+0000'}
    cls(URL, id_='a:1')()
    assert (http.path, http.json) == ('/process-definition/a:1/suspended', {'suspended': suspended})


@pytest.mark.parametrize('cls, suspended', [(pd.ActivateAllVersions, False),
                                            (pd.SuspendAllVersions, True)])
def test_activate_and_suspend_all_versions(http, cls, suspended):
    cls(URL, key='a', include_process_instances=False)()
    assert (http.method, http.path) == ('PUT', '/process-definition/suspended')
    assert http.json == {'suspended': suspended, 'processDefinitionKey': 'a',
                         'includeProcessInstances': False}


def test_update_history_time_to_live(http):
    pd.UpdateHistoryTimeToLive(URL, 30, key='a')()
    assert (http.method, http.path, http.json) == (
        'PUT', '/process-definition/key/a/history-time-to-live', {'historyTimeToLive': 30})


def test_delete_latest_version_and_all_versions(http):
    pd.Delete(URL, key='a', cascade=True, skip_io_mappings=True)()
    assert (http.method, http.path) == ('DELETE', '/process-definition/key/a')
    assert http.params == {'cascade': 'true', 'skipCustomListeners': 'false',
                           'skipIoMappings': 'true'}
    pd.Delete(URL, id_='a:1')()
    assert (http.path, http.params) == ('/process-definition/a:1', {
        'cascade': 'false', 'skipCustomListeners': 'false', 'skipIoMappings': 'false'})
    pd.DeleteAllVersions(URL, key='a', skip_custom_listeners=True)()
    assert (http.method, http.path) == ('DELETE', '/process-definition/key/a/delete')
    assert http.params == {'cascade': 'false', 'skipCustomListeners': 'true',
                           'skipIoMappings': 'false'}
    pd.DeleteAllVersions(URL, 'a', tenant_id='t', cascade=True)()
    assert (http.path, http.params['cascade']) == ('/process-definition/key/a/tenant-id/t/delete',
                                                   'true')


def test_restart_synchronously(http):
    restart = pd.RestartProcessInstance(URL, 'a:1', ['pi1', 'pi2'], without_business_key=True)
    restart.add_before_activity_instruction('review')
    restart.add_after_activity_instruction('work')
    restart.add_transition_instruction('f2')
    assert restart() is None
    assert (http.method, http.path) == ('POST', '/process-definition/a:1/restart')
    assert http.json == {
        'processInstanceIds': ['pi1', 'pi2'], 'skipCustomListeners': False, 'skipIoMappings': False,
        'initialVariables': True, 'withoutBusinessKey': True,
        'instructions': [{'type': 'startBeforeActivity', 'activityId': 'review'},
                         {'type': 'startAfterActivity', 'activityId': 'work'},
                         {'type': 'startTransition', 'transitionId': 'f2'}]}


def test_restart_asynchronously_by_key_returns_a_batch(http):
    http.respond(json=BATCH)
    batch = pd.RestartProcessInstance(URL, None, ['pi1'], async_=True, key='a', tenant_id='t',
                                      historic_process_instance_query={'finished': True})()
    assert (http.method, http.path) == ('POST', '/process-definition/key/a/tenant-id/t/restart-async')
    assert http.json['historicProcessInstanceQuery'] == {'finished': True}
    assert isinstance(batch, pycamunda.batch.Batch)
    assert (batch.id_, batch.total_jobs, batch.start_time.year) == ('b1', 1, 2024)


def test_start_form(http):
    http.respond(json={'key': 'deployment:form.html', 'camundaFormRef': None, 'contextPath': None})
    form = pd.GetStartForm(URL, id_='a:1')()
    assert (http.method, http.path) == ('GET', '/process-definition/a:1/startForm')
    assert form == pd.Form('deployment:form.html', None, None)
    http.respond(json={'camundaFormRef': {'key': 'invoiceForm', 'binding': 'version', 'version': 3}})
    form = pd.GetStartForm(URL, key='a')()
    assert form.key is None and form.camunda_form_ref == pd.CamundaFormRef('invoiceForm', 'version', 3)


def test_rendered_and_deployed_start_form(http):
    http.respond(content=b'<form name="generatedForm"/>',
                 headers={'Content-Type': 'application/xhtml+xml'})
    assert pd.GetRenderedStartForm(URL, key='a')() == '<form name="generatedForm"/>'
    assert (http.method, http.path) == ('GET', '/process-definition/key/a/rendered-form')
    http.respond(content=b'<form>hi</form>', headers={'Content-Type': 'application/xhtml+xml'})
    assert pd.GetDeployedStartForm(URL, id_='a:1')() == b'<form>hi</form>'
    assert (http.method, http.path) == ('GET', '/process-definition/a:1/deployed-start-form')


def test_start_form_variables(http):
    http.respond(json={'amount': {'type': 'Long', 'value': 42, 'valueInfo': {}},
                       'customer': {'type': 'String', 'value': None, 'valueInfo': {}}})
    variables = pd.GetStartFormVariables(URL, key='a', variable_names=['amount', 'customer'],
                                         deserialize_values=False)()
    assert (http.method, http.path) == ('GET', '/process-definition/key/a/form-variables')
    assert http.params == {'variableNames': 'amount,customer', 'deserializeValues': 'false'}
    assert (variables['amount'].value, variables['amount'].type_) == (42, 'Long')
    assert variables['customer'].value is None


def test_submit_start_form(http):
    http.respond(json=INSTANCE)
    submit = pd.SubmitStartForm(URL, id_='a:1', business_key='order-1')
    submit.add_variable('customer', 'ACME')
    instance = submit()
    assert (http.method, http.path) == ('POST', '/process-definition/a:1/submit-form')
    assert http.json == {'variables': {'customer': {'value': 'ACME', 'type': 'String'}},
                         'businessKey': 'order-1'}
    assert instance.id_ == 'pi1'


def test_static_called_process_definitions(http):
    http.respond(json=[dict(DEFINITION, calledFromActivityIds=['call'],
                            callingProcessDefinitionId='caller:1:x')])
    called = pd.GetStaticCalledProcessDefinitions(URL, key='caller')()
    assert (http.method, http.path) == ('GET', '/process-definition/key/caller/'
                                               'static-called-process-definitions')
    assert called[0].called_from_activity_ids == ('call',)
    assert (called[0].calling_process_definition_id, called[0].key) == ('caller:1:x', 'invoice')
    assert pd.CalledProcessDefinition.load({'id': 'x'}).called_from_activity_ids == ()


def test_key_is_percent_encoded(http):
    http.respond(json=DEFINITION)
    pd.Get(URL, key='a/../b')()
    assert http.raw_path == '/process-definition/key/a%2F..%2Fb'
