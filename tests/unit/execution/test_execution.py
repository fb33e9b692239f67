"""What the execution classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.execution as ex
import pycamunda.incident
import pycamunda.varscope

from unit.fakehttp import URL

EXECUTION = {'id': 'e1', 'processInstanceId': 'pi1', 'ended': False, 'tenantId': 'acme'}


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[EXECUTION, {'id': 'e2'}])
    executions = ex.GetList(URL, process_instance_id='pi1', activity_id='wait',
                            message_event_subscription_name='go', suspended=True,
                            variables=['n_gt_1'], process_variables=['k_eq_v'],
                            tenant_id_in=['acme', 'other'], sort_by='definition_key',
                            ascending=True, first_result=0, max_results=10)()
    assert (http.method, http.path) == ('GET', '/execution')
    assert http.params == {'processInstanceId': 'pi1', 'activityId': 'wait',
                           'messageEventSubscriptionName': 'go', 'suspended': 'true',
                           'variables': 'n_gt_1', 'processVariables': 'k_eq_v',
                           'tenantIdIn': 'acme,other', 'sortBy': 'definitionKey',
                           'sortOrder': 'asc', 'firstResult': 0, 'maxResults': 10}
    assert executions == (ex.Execution('e1', 'pi1', False, 'acme'), ex.Execution('e2', None, None, None))


def test_count_and_query_count(http):
    http.respond(json={'count': 2})
    assert ex.Count(URL, business_key='k', sort_by='instance_id')() == 2
    assert (http.method, http.path, http.params) == ('GET', '/execution/count', {'businessKey': 'k'})
    http.respond(json={'count': 1})
    assert ex.QueryCount(URL, active=True, sorting=[{'sortBy': 'instanceId'}])() == 1
    assert (http.method, http.path, http.json) == ('POST', '/execution/count', {'active': True})


def test_query_sends_a_body(http):
    http.respond(json=[EXECUTION])
    result = ex.Query(URL, process_definition_key='order',
                      process_variables=[{'name': 'x', 'operator': 'eq', 'value': 1}],
                      sorting=[{'sortBy': 'instanceId', 'sortOrder': 'desc'}], max_results=3)()
    assert (http.method, http.path, http.params) == ('POST', '/execution', {'maxResults': 3})
    assert http.json == {'processDefinitionKey': 'order',
                         'processVariables': [{'name': 'x', 'operator': 'eq', 'value': 1}],
                         'sorting': [{'sortBy': 'instanceId', 'sortOrder': 'desc'}]}
    assert result[0].id_ == 'e1'


def test_get_and_signal(http):
    http.respond(json=EXECUTION)
    assert ex.Get(URL, 'e1')().process_instance_id == 'pi1'
    assert (http.method, http.path) == ('GET', '/execution/e1')
    signal = ex.Signal(URL, 'e1')
    signal.add_variable('ok', True)
    assert signal() is None
    assert (http.method, http.path, http.json) == ('POST', '/execution/e1/signal',
                                                   {'variables': {'ok': {'value': True, 'type': 'Boolean'}}})


def test_create_incident(http):
    http.respond(json={'id': 'i1', 'processDefinitionId': 'd1', 'processInstanceId': 'pi1',
                       'executionId': 'e1', 'incidentTimestamp': '2024-03-01T10:00:00.000+0000',
                       'incidentType': 'custom', 'activityId': 'wait', 'incidentMessage': 'boom',
                       'configuration': 'cfg'})
    incident = ex.CreateIncident(URL, 'e1', 'custom', configuration='cfg', message='boom')()
    assert (http.method, http.path, http.json) == ('POST', '/execution/e1/create-incident', {
        'incidentType': 'custom', 'configuration': 'cfg', 'message': 'boom'})
    assert isinstance(incident, pycamunda.incident.Incident)
    assert (incident.incident_type, incident.incident_message) == ('custom', 'boom')
    assert incident.incident_timestamp == dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone.utc)


def test_message_subscription_get_and_trigger(http):
    http.respond(json={'id': 's1', 'eventType': 'message', 'eventName': 'go', 'executionId': 'e1',
                       'processInstanceId': 'pi1', 'activityId': 'wait',
                       'createdDate': '2024-03-01T10:00:00.000+0000', 'tenantId': None})
    subscription = ex.MessageSubscriptionGet(URL, 'e1', 'go now')()
    assert (http.method, http.path) == ('GET', '/execution/e1/messageSubscriptions/go now')
    assert http.raw_path == '/execution/e1/messageSubscriptions/go%20now'
    assert (subscription.event_type, subscription.activity_id) == ('message', 'wait')
    assert subscription.created_date.year == 2024
    http.respond(json={'id': 's1'})
    assert ex.MessageSubscriptionGet(URL, 'e1', 'go')().created_date is None
    trigger = ex.MessageSubscriptionTrigger(URL, 'e1', 'go')
    trigger.add_variable('n', 1)
    trigger()
    assert (http.method, http.path, http.json) == (
        'POST', '/execution/e1/messageSubscriptions/go/trigger',
        {'variables': {'n': {'value': 1, 'type': 'Integer'}}})


def test_local_variables(http):
    http.respond(json={'n': {'value': 1, 'type': 'Integer', 'valueInfo': {}}})
    assert ex.LocalVariablesGetList(URL, 'e1')()['n'].value == 1
    assert (http.method, http.path) == ('GET', '/execution/e1/localVariables')
    http.respond(json={'value': None, 'type': 'Null', 'valueInfo': {}})
    assert ex.LocalVariablesGet(URL, 'e1', 'v')().type_ == 'Null'
    assert (http.method, http.path) == ('GET', '/execution/e1/localVariables/v')
    http.respond(content=b'raw')
    assert ex.LocalVariablesGet(URL, 'e1', 'v', binary=True)() == b'raw'
    assert http.path == '/execution/e1/localVariables/v/data'
    modify = ex.LocalVariablesModify(URL, 'e1', deletions=['x'])
    modify.add_variable('s', 'text')
    modify()
    assert (http.method, http.path, http.json) == ('POST', '/execution/e1/localVariables', {
        'modifications': {'s': {'value': 'text', 'type': 'String'}}, 'deletions': ['x']})
    ex.LocalVariablesUpdate(URL, 'e1', 'v', 'a', type_='String')()
    assert (http.method, http.path, http.json) == ('PUT', '/execution/e1/localVariables/v',
                                                   {'value': 'a', 'type': 'String'})
    ex.LocalVariablesUpdate(URL, 'e1', 'b', b'\x01', type_='Bytes')()
    assert (http.method, http.path) == ('POST', '/execution/e1/localVariables/b/data')
    ex.LocalVariablesDelete(URL, 'e1', 'v')()
    assert (http.method, http.path) == ('DELETE', '/execution/e1/localVariables/v')


@pytest.mark.parametrize('cls, base', [
    (ex.LocalVariablesGetList, pycamunda.varscope.GetVariables),
    (ex.LocalVariablesGet, pycamunda.varscope.GetVariable),
    (ex.LocalVariablesModify, pycamunda.varscope.ModifyVariables),
    (ex.LocalVariablesUpdate, pycamunda.varscope.UpdateVariable),
    (ex.LocalVariablesDelete, pycamunda.varscope.DeleteVariable)])
def test_local_variable_classes_build_on_varscope(cls, base):
    assert issubclass(cls, base)


def test_query_sends_variable_conditions_as_objects_however_given(http):
    http.respond(json=[])
    ex.Query(URL, variables=['owner_eq_ann'], process_variables=[('amount', 'gt', 5)])()
    assert http.json == {'variables': [{'name': 'owner', 'operator': 'eq', 'value': 'ann'}],
                         'processVariables': [{'name': 'amount', 'operator': 'gt', 'value': 5}]}
