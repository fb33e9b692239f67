"""What the process instance classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.activityinst
import pycamunda.batch
import pycamunda.incident
import pycamunda.processinst as pi
import pycamunda.task
import pycamunda.varscope
from pycamunda.request import InvalidInput

from unit.fakehttp import URL

INSTANCE = {'links': [{'method': 'GET', 'href': f'{URL}/process-instance/pi1', 'rel': 'self'}],
            'id': 'pi1', 'definitionId': 'order:1:d1', 'definitionKey': 'order',
            'businessKey': 'B-7', 'caseInstanceId': None, 'ended': False, 'suspended': False,
            'tenantId': None}
BATCH = {'id': 'b1', 'type': 'instance-modification', 'totalJobs': 1, 'jobsCreated': 0,
         'batchJobsPerSeed': 100, 'invocationsPerBatchJob': 1, 'seedJobDefinitionId': 's',
         'monitorJobDefinitionId': 'm', 'batchJobDefinitionId': 'j', 'suspended': False,
         'tenantId': None, 'createUserId': 'demo', 'startTime': '2024-03-01T10:00:00.000+0100',
         'executionStartTime': None}


def test_get_parses_an_instance(http):
    http.respond(json=INSTANCE)
    instance = pi.Get(URL, 'pi1')()
    assert (http.method, http.path) == ('GET', '/process-instance/pi1')
    assert (instance.id_, instance.definition_id, instance.definition_key) == ('pi1', 'order:1:d1', 'order')
    assert instance.business_key == 'B-7' and instance.suspended is False and instance.ended is False
    assert instance.links[0].rel == 'self' and instance.variables is None


def test_get_tolerates_missing_optional_fields(http):
    http.respond(json={'id': 'pi1', 'definitionId': 'd1'})
    instance = pi.Get(URL, 'pi1')()
    assert instance.links == () and instance.business_key is None and instance.definition_key is None


def test_path_ids_are_percent_encoded(http):
    http.respond(json=INSTANCE)
    pi.Get(URL, '../x')()
    assert http.raw_path == '/process-instance/..%2Fx'


def test_delete_sends_every_flag_as_pycamunda(http):
    pi.Delete(URL, 'pi1')()
    assert (http.method, http.path, http.params) == ('DELETE', '/process-instance/pi1', {
        'skipCustomListeners': 'false', 'skipIoMappings': 'false', 'skipSubprocesses': 'false',
        'failIfNotExists': 'true'})
    pi.Delete(URL, 'pi1', skip_custom_listeners=True, skip_io_mappings=True, skip_subprocesses=True,
              fail_if_not_exists=False)()
    assert http.params == {'skipCustomListeners': 'true', 'skipIoMappings': 'true',
                           'skipSubprocesses': 'true', 'failIfNotExists': 'false'}


def test_get_activity_instance_parses_the_tree(http):
    http.respond(json={'id': 'pi1', 'parentActivityInstanceId': None, 'activityId': 'order:1:d1',
                       'activityType': 'processDefinition', 'processInstanceId': 'pi1',
                       'processDefinitionId': 'order:1:d1', 'executionIds': ['pi1'],
                       'childTransitionInstances': [], 'incidentIds': [], 'incidents': [],
                       'childActivityInstances': [{'id': 'approve:a1', 'activityId': 'approve',
                                                   'parentActivityInstanceId': 'pi1',
                                                   'activityType': 'userTask',
                                                   'executionIds': ['pi1'],
                                                   'childActivityInstances': []}]})
    tree = pi.GetActivityInstance(URL, 'pi1')()
    assert (http.method, http.path) == ('GET', '/process-instance/pi1/activity-instances')
    assert isinstance(tree, pycamunda.activityinst.ActivityInstance)
    assert tree.child_activity_instances[0].activity_id == 'approve'


@pytest.mark.parametrize('cls, suspended', [(pi.Activate, False), (pi.Suspend, True)])
def test_activate_and_suspend(http, cls, suspended):
    assert cls(URL, 'pi1')() is None
    assert (http.method, http.path, http.json) == ('PUT', '/process-instance/pi1/suspended',
                                                   {'suspended': suspended})


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[INSTANCE])
    result = pi.GetList(URL, process_instance_ids=['a', 'b'], business_key_like='B-%',
                        process_definition_key='order', active=True, with_incident=False,
                        incident_type=pycamunda.incident.IncidentType.failed_job,
                        variables=['amount_gt_100', 'owner_eq_ann'], variable_values_ignore_case=True,
                        process_definition_without_tenant_id_in=True, sort_by='business_key',
                        ascending=False, first_result=10, max_results=5)()
    assert (http.method, http.path) == ('GET', '/process-instance')
    assert http.params == {'processInstanceIds': 'a,b', 'businessKeyLike': 'B-%',
                           'processDefinitionKey': 'order', 'active': 'true',
                           'withIncident': 'false', 'incidentType': 'failedJob',
                           'variables': 'amount_gt_100,owner_eq_ann',
                           'variableValuesIgnoreCase': 'true',
                           'processDefinitionWithoutTenantId': 'true', 'sortBy': 'businessKey',
                           'sortOrder': 'desc', 'firstResult': 10, 'maxResults': 5}
    assert result[0].id_ == 'pi1'


def test_get_list_refuses_an_unknown_sort_key():
    with pytest.raises(InvalidInput, match='sort_by'):
        pi.GetList(URL, sort_by='age')


def test_count_sends_filters_only(http):
    http.respond(json={'count': 4})
    assert pi.Count(URL, suspended=True, sort_by='instance_id', max_results=3)() == 4
    assert (http.method, http.path, http.params) == ('GET', '/process-instance/count',
                                                     {'suspended': 'true'})


def test_query_sends_a_body_and_paging_in_the_query(http):
    http.respond(json=[INSTANCE])
    query = pi.Query(URL, process_definition_key_in=['a', 'b'], suspended=True,
                     variables=[{'name': 'x', 'operator': 'eq', 'value': 1}],
                     or_queries=[{'businessKey': 'k1'}, {'businessKey': 'k2'}],
                     sorting=[{'sortBy': 'instanceId', 'sortOrder': 'asc'}], max_results=2)
    assert query()[0].business_key == 'B-7'
    assert (http.method, http.path, http.params) == ('POST', '/process-instance', {'maxResults': 2})
    assert http.json == {'processDefinitionKeyIn': ['a', 'b'], 'suspended': True,
                         'variables': [{'name': 'x', 'operator': 'eq', 'value': 1}],
                         'orQueries': [{'businessKey': 'k1'}, {'businessKey': 'k2'}],
                         'sorting': [{'sortBy': 'instanceId', 'sortOrder': 'asc'}]}


def test_query_count_leaves_out_sorting_and_paging(http):
    http.respond(json={'count': 1})
    assert pi.QueryCount(URL, business_key='k', sorting=[{'sortBy': 'instanceId'}])() == 1
    assert (http.method, http.path, http.params, http.json) == (
        'POST', '/process-instance/count', {}, {'businessKey': 'k'})


def test_modify_collects_instructions(http):
    modify = pi.Modify(URL, 'pi1', skip_io_mappings=True, annotation='fix')
    modify.add_before_activity_instruction('a', variables={'x': {'value': 1, 'type': 'Integer'}})
    modify.add_after_activity_instruction('b', variables={'n': 2**40})
    modify.add_cancel_activity_instruction('c')
    modify.add_transition_instruction('f1')
    modify.add_cancel_activity_instance_instruction('ai1')
    modify.add_cancel_transition_instance_instruction('ti1')
    modify.add_start_before_ancestor_activity_instance_instruction('anc1')
    modify.add_start_after_ancestor_activity_instance_instruction('anc2')
    modify.add_cancel_ancestor_activity_instance_instruction('anc3')
    assert modify() is None
    assert (http.method, http.path) == ('POST', '/process-instance/pi1/modification')
    assert http.json == {'skipCustomListeners': False, 'skipIoMappings': True,
                         'annotation': 'fix', 'instructions': [
        {'type': 'startBeforeActivity', 'activityId': 'a',
         'variables': {'x': {'value': 1, 'type': 'Integer'}}},
        {'type': 'startAfterActivity', 'activityId': 'b', 'variables': {'n': {'value': 2**40,
                                                                             'type': 'Long'}}},
        {'type': 'cancel', 'activityId': 'c'},
        {'type': 'startTransition', 'transitionId': 'f1'},
        {'type': 'cancel', 'activityInstanceId': 'ai1'},
        {'type': 'cancel', 'transitionInstanceId': 'ti1'},
        {'type': 'startBeforeActivity', 'ancestorActivityInstanceId': 'anc1'},
        {'type': 'startAfterActivity', 'ancestorActivityInstanceId': 'anc2'},
        {'type': 'cancel', 'ancestorActivityInstanceId': 'anc3'}]}


def test_modify_async_returns_the_batch(http):
    http.respond(json=BATCH)
    modify = pi.Modify(URL, 'pi1', async_=True)
    modify.add_cancel_activity_instruction('c')
    batch = modify()
    assert (http.method, http.path) == ('POST', '/process-instance/pi1/modification-async')
    assert modify.url == f'{URL}/process-instance/pi1/modification-async'
    assert isinstance(batch, pycamunda.batch.Batch) and batch.id_ == 'b1'
    assert batch.start_time == dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_batch_operations_send_their_bodies(http):
    http.respond(json=BATCH)
    query = pi.Query(URL, business_key='k').body_parameters()
    batch = pi.DeleteAsync(URL, process_instance_ids=['a'], process_instance_query=query,
                           delete_reason='gone', skip_subprocesses=True)()
    assert (http.method, http.path) == ('POST', '/process-instance/delete')
    assert http.json == {'processInstanceIds': ['a'], 'processInstanceQuery': {'businessKey': 'k'},
                         'deleteReason': 'gone', 'skipSubprocesses': True}
    assert batch.type_ == 'instance-modification'

    http.respond(json=BATCH)
    pi.DeleteAsyncHistoricQueryBased(URL, historic_process_instance_query={'finished': True})()
    assert (http.path, http.json) == ('/process-instance/delete-historic-query-based',
                                      {'historicProcessInstanceQuery': {'finished': True}})

    http.respond(json=BATCH)
    due = dt.datetime(2024, 5, 1, 12, tzinfo=dt.timezone.utc)
    pi.SetJobRetriesAsync(URL, 3, process_instance_ids=['a'], due_date=due)()
    assert (http.path, http.json) == ('/process-instance/job-retries', {
        'processInstances': ['a'], 'retries': 3, 'dueDate': '2024-05-01T12:00:00.000+0000'})

    http.respond(json=BATCH)
    pi.SetJobRetriesAsyncHistoricQueryBased(URL, 0, historic_process_instance_query={})()
    assert (http.path, http.json) == ('/process-instance/job-retries-historic-query-based',
                                      {'retries': 0, 'historicProcessInstanceQuery': {}})


def test_batch_operations_with_variables(http):
    http.respond(json=BATCH)
    correlate = pi.CorrelateMessageAsync(URL, 'go', process_instance_ids=['a'])
    correlate.add_variable('n', 5)
    assert correlate().id_ == 'b1'
    assert (http.method, http.path, http.json) == ('POST', '/process-instance/message-async', {
        'messageName': 'go', 'processInstanceIds': ['a'],
        'variables': {'n': {'value': 5, 'type': 'Integer'}}})

    http.respond(json=BATCH)
    set_vars = pi.SetVariablesAsync(URL, process_instance_query={'businessKey': 'k'})
    set_vars.add_variable('flag', True)
    set_vars()
    assert (http.path, http.json) == ('/process-instance/variables-async', {
        'processInstanceQuery': {'businessKey': 'k'},
        'variables': {'flag': {'value': True, 'type': 'Boolean'}}})


def test_suspension_state_of_many(http):
    assert pi.UpdateSuspensionState(URL, True, process_definition_key='order')() is None
    assert (http.method, http.path, http.json) == ('PUT', '/process-instance/suspended', {
        'suspended': True, 'processDefinitionKey': 'order'})
    http.respond(json=BATCH)
    assert pi.UpdateSuspensionStateAsync(URL, False, process_instance_ids=['a'])().id_ == 'b1'
    assert (http.method, http.path, http.json) == ('POST', '/process-instance/suspended-async', {
        'suspended': False, 'processInstanceIds': ['a']})


def test_comments(http):
    http.respond(json=[{'links': [], 'id': 'c1', 'userId': 'demo', 'time': '2024-03-01T10:00:00.000+0000',
                        'taskId': 't1', 'message': 'hi', 'removalTime': None,
                        'rootProcessInstanceId': 'pi1', 'processInstanceId': 'pi1'},
                       {'id': 'c2', 'message': 'bare'}])
    comments = pi.CommentGetList(URL, 'pi1')()
    assert (http.method, http.path) == ('GET', '/process-instance/pi1/comment')
    assert comments[0] == pycamunda.task.Comment(
        'c1', 'demo', 't1', 'hi', 'pi1', dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone.utc),
        process_instance_id='pi1')
    assert comments[1].user_id is None and comments[1].time is None
    pi.CommentUpdate(URL, 'pi1', 'c1', 'changed')()
    assert (http.method, http.path, http.json) == ('PUT', '/process-instance/pi1/comment',
                                                   {'id': 'c1', 'message': 'changed'})
    pi.CommentDelete(URL, 'pi1', 'c1')()
    assert (http.method, http.path) == ('DELETE', '/process-instance/pi1/comment/c1')
    pi.CommentDeleteAll(URL, 'pi1')()
    assert (http.method, http.path) == ('DELETE', '/process-instance/pi1/comment')


def test_variables_get_list_and_get(http):
    http.respond(json={'n': {'value': 5, 'type': 'Integer', 'valueInfo': {}},
                       'j': {'value': '{"a": 1}', 'type': 'Json', 'valueInfo': {}}})
    variables = pi.VariablesGetList(URL, 'pi1')()
    assert (http.method, http.path, http.params) == ('GET', '/process-instance/pi1/variables',
                                                     {'deserializeValues': 'false'})
    assert variables['n'].value == 5 and variables['j'].value == {'a': 1}
    http.respond(json={'value': 'x', 'type': 'String', 'valueInfo': {}})
    assert pi.VariablesGet(URL, 'pi1', 'v', deserialize_value=True)().value == 'x'
    assert (http.path, http.params) == ('/process-instance/pi1/variables/v', {'deserializeValue': 'true'})
    http.respond(content=b'\x00\x01')
    assert pi.VariablesGet(URL, 'pi1', 'v', binary=True)() == b'\x00\x01'
    assert (http.path, http.params) == ('/process-instance/pi1/variables/v/data',
                                        {'deserializeValue': 'false'})  # as PyCamunda sent it


def test_variables_modify_update_delete(http):
    modify = pi.VariablesModify(URL, 'pi1', deletions=['old'])
    modify.add_variable('n', 2**40)
    modify()
    assert (http.method, http.path, http.json) == ('POST', '/process-instance/pi1/variables', {
        'modifications': {'n': {'value': 2**40, 'type': 'Long'}}, 'deletions': ['old']})
    pi.VariablesUpdate(URL, 'pi1', 'v', 1.5)()
    assert (http.method, http.path, http.json) == ('PUT', '/process-instance/pi1/variables/v',
                                                   {'value': 1.5, 'type': 'Double'})
    pi.VariablesUpdate(URL, 'pi1', 'f', b'abc', type_='File', value_info={'filename': 'a.txt'})()
    assert (http.method, http.path) == ('POST', '/process-instance/pi1/variables/f/data')
    assert http.last['data'] == {'valueType': 'File'} and http.last['files']['data'][0] == 'a.txt'
    pi.VariablesDelete(URL, 'pi1', 'v')()
    assert (http.method, http.path) == ('DELETE', '/process-instance/pi1/variables/v')


def test_variable_classes_build_on_varscope():
    assert issubclass(pi.VariablesGet, pycamunda.varscope.GetVariable)
    assert issubclass(pi.VariablesGetList, pycamunda.varscope.GetVariables)
    assert issubclass(pi.VariablesModify, pycamunda.varscope.ModifyVariables)
    assert issubclass(pi.VariablesUpdate, pycamunda.varscope.UpdateVariable)
    assert issubclass(pi.VariablesDelete, pycamunda.varscope.DeleteVariable)


def test_query_sends_variable_conditions_as_objects_however_given(http):
    http.respond(json=[])
    pi.Query(URL, variables=['owner_eq_ann', {'name': 'n', 'operator': 'lt', 'value': 3}])()
    assert http.json['variables'] == [{'name': 'owner', 'operator': 'eq', 'value': 'ann'},
                                      {'name': 'n', 'operator': 'lt', 'value': 3}]


@pytest.mark.parametrize('kwargs', [
    {'process_instance_ids': ['p1'], 'process_definition_key': 'proc'},
    {'process_definition_id': 'proc:1', 'process_definition_key': 'proc'},
    {},
])
def test_update_suspension_state_takes_one_selection(http, kwargs):
    with pytest.raises(InvalidInput, match='UpdateSuspensionState: give exactly one of '
                                           'process_instance_ids/process_instance_query/'
                                           'historic_process_instance_query or '):
        pi.UpdateSuspensionState(URL, True, **kwargs)()
    assert not http.calls


def test_update_suspension_state_takes_ids_and_queries_together(http):
    pi.UpdateSuspensionState(URL, True, process_instance_ids=['p1'],
                             process_instance_query={'businessKey': 'b'})()
    assert http.json == {'suspended': True, 'processInstanceIds': ['p1'],
                         'processInstanceQuery': {'businessKey': 'b'}}
