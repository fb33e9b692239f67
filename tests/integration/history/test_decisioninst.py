"""Historic decision instances against the real engine."""
import datetime as dt

from pycamunda.history import decisioninst

from integration.history.conftest import wait_for


def test_get_list_count_and_get(engine_url, activity):
    key, pid = activity['key'], activity['pid']
    found = decisioninst.GetList(engine_url, process_instance_id=pid, include_inputs=True,
                                 include_outputs=True, sort_by='evaluation_time')()
    by_key = {d.decision_definition_key: d for d in found}
    assert set(by_key) == {key, f'{key}_size'}
    size = by_key[f'{key}_size']
    assert [(i.clause_name, i.value, i.type_) for i in size.inputs] == [('Amount', 150, 'Integer')]
    assert [(o.variable_name, o.value) for o in size.outputs] == [('size', 'large')]
    assert size.root_decision_instance_id == by_key[key].id_ and size.activity_id == 'decide'
    roots = decisioninst.GetList(engine_url, process_instance_id=pid, root_decision_instances_only=True)()
    assert [d.id_ for d in roots] == [by_key[key].id_] and roots[0].outputs == ()
    assert decisioninst.Count(engine_url, decision_definition_key_in=[key, f'{key}_size'])() == 2
    got = decisioninst.Get(engine_url, by_key[key].id_, include_outputs=True)()
    assert [(o.variable_name, o.value, o.rule_id) for o in got.outputs] == [('route', 'manager', 'r_large')]
    assert got.inputs == () and got.decision_requirements_definition_id == activity['drd_id']


def _evaluate(camunda, key, amount):
    camunda.request('POST', f'/decision-definition/key/{key}/evaluate',
                    json={'variables': {'amount': {'value': amount, 'type': 'Integer'}}})


def test_set_removal_time_and_delete_async(engine_url, camunda, deployed):
    key = deployed['key']
    _evaluate(camunda, key, 5)
    _evaluate(camunda, f'{key}_size', 500)
    root = decisioninst.GetList(engine_url, decision_definition_key=key)()[0]
    removal = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=30)
    batch = decisioninst.SetRemovalTimeAsync(engine_url, historic_decision_instance_ids=[root.id_],
                                             absolute_removal_time=removal, hierarchical=True)()
    assert batch.type_ == 'decision-set-removal-time'
    wait_for('the removal time', lambda: decisioninst.Get(engine_url, root.id_)().removal_time == removal)
    batch = decisioninst.DeleteAsync(engine_url, delete_reason='test', historic_decision_instance_query={
        'decisionDefinitionKey': f'{key}_size'})()
    assert batch.type_ == 'historic-decision-instance-deletion'
    wait_for('the deletion',
             lambda: decisioninst.Count(engine_url, decision_definition_key=f'{key}_size')() == 0)
    assert decisioninst.Count(engine_url, decision_definition_key=key)() == 1
