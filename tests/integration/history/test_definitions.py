"""History reports and statistics of process, decision and decision requirements definitions."""
from pycamunda.history import decisiondef, decisionrequirementsdef, processdef


def test_process_definition_activity_stats(engine_url, activity):
    incidents = processdef.GetActivityStats(engine_url, activity['definition_id'], incidents=True)()
    assert [(s.id_, s.resolved_incidents, s.open_incidents) for s in incidents] == [('risky', 1, 0)]
    finished = processdef.GetActivityStats(engine_url, activity['definition_id'], finished=True,
                                           sort_by='activity_id', ascending=False)()
    assert [s.id_ for s in finished] == ['work', 'start', 'risky', 'end', 'decide', 'approve']
    assert all((s.finished, s.instances) == (1, 0) for s in finished)


def test_cleanable_process_instance_report(engine_url, activity):
    rows = processdef.GetCleanableReport(engine_url, process_definition_key_in=[activity['key']])()
    assert [(r.process_definition_id, r.history_time_to_live, r.finished_process_instance_count,
             r.cleanable_process_instance_count) for r in rows] == [(activity['definition_id'], 7, 1, 0)]
    assert processdef.CountCleanableReport(engine_url, process_definition_key_in=[activity['key']])() == 1
    assert processdef.CountCleanableReport(engine_url, process_definition_id_in=['nope'])() == 0


def test_cleanable_decision_instance_report(engine_url, activity):
    keys = [activity['key'], f'{activity["key"]}_size']
    rows = decisiondef.GetCleanableReport(engine_url, decision_definition_key_in=keys, sort_by='finished')()
    assert {(r.decision_definition_key, r.finished_decision_instance_count) for r in rows} == {
        (keys[0], 1), (keys[1], 1)}
    assert decisiondef.CountCleanableReport(engine_url, decision_definition_key_in=keys)() == 2


def test_decision_requirements_statistics(engine_url, activity):
    stats = decisionrequirementsdef.GetStats(engine_url, activity['drd_id'])()
    assert {(s.decision_definition_key, s.evaluations) for s in stats} == {
        (activity['key'], 1), (f'{activity["key"]}_size', 1)}
