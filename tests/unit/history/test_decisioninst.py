"""What the historic decision instance classes send, and what they make of the answers."""
import datetime as dt

from pycamunda.history import decisioninst

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_get_list_with_inputs_and_outputs(http):
    http.respond(json=ANSWERS['decision_instances'])
    found = decisioninst.GetList(URL, decision_definition_key_in=['a', 'b'], include_inputs=True,
                                 include_outputs=True, disable_binary_fetching=False,
                                 root_decision_instances_only=True, sort_by='evaluation_time')()
    assert (http.method, http.path) == ('GET', '/history/decision-instance')
    assert http.params == {'decisionDefinitionKeyIn': 'a,b', 'includeInputs': 'true',
                           'includeOutputs': 'true', 'rootDecisionInstancesOnly': 'true',
                           'sortBy': 'evaluationTime', 'sortOrder': 'asc'}
    size = next(d for d in found if d.decision_definition_key.endswith('_size'))
    assert [(i.clause_name, i.value, i.type_) for i in size.inputs] == [('Amount', 150, 'Integer')]
    assert [(o.variable_name, o.value, o.rule_id) for o in size.outputs] == [('size', 'large', 'large')]
    assert size.evaluation_time is not None and size.collect_result_value is None


def test_count_and_get(http):
    http.respond(json={'count': 2})
    count = decisioninst.Count(URL, process_instance_id='p1')
    count.include_inputs = True  # not a parameter of the count
    assert count() == 2
    assert (http.method, http.path, http.params) == ('GET', '/history/decision-instance/count',
                                                     {'processInstanceId': 'p1'})
    http.respond(json={'id': 'd1', 'decisionDefinitionKey': 'k'})
    got = decisioninst.Get(URL, 'd1', include_outputs=True, disable_custom_object_deserialization=True)()
    assert (http.method, http.path, http.params) == ('GET', '/history/decision-instance/d1', {
        'includeOutputs': 'true', 'disableCustomObjectDeserialization': 'true'})
    assert (got.id_, got.inputs, got.outputs, got.evaluation_time) == ('d1', (), (), None)


def test_delete_async_and_set_removal_time(http):
    http.respond(json={'id': 'b1', 'type': 'historic-decision-instance-deletion'})
    batch = decisioninst.DeleteAsync(URL, historic_decision_instance_ids=['d1'], delete_reason='old')()
    assert (http.method, http.path, http.json) == ('POST', '/history/decision-instance/delete', {
        'historicDecisionInstanceIds': ['d1'], 'deleteReason': 'old'})
    assert batch.type_ == 'historic-decision-instance-deletion'
    http.respond(json={'id': 'b2', 'type': 'decision-set-removal-time'})
    decisioninst.SetRemovalTimeAsync(URL, historic_decision_instance_query={'decisionDefinitionKey': 'k'},
                                     absolute_removal_time=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc),
                                     hierarchical=True)()
    assert (http.method, http.path) == ('POST', '/history/decision-instance/set-removal-time')
    assert http.json == {'historicDecisionInstanceQuery': {'decisionDefinitionKey': 'k'},
                         'absoluteRemovalTime': '2030-01-01T00:00:00.000+0000', 'hierarchical': True}
