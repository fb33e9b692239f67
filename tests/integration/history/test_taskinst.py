"""Historic task instances and task reports against the real engine."""
from pycamunda.history import taskinst


def test_get_list_and_query(engine_url, activity):
    found = taskinst.GetList(engine_url, process_instance_id=activity['pid'], finished=True)()
    assert len(found) == 1
    task = found[0]
    assert (task.id_, task.name, task.assignee, task.delete_reason, task.task_definition_key) == (
        activity['task_id'], 'Approve', activity['assignee'], 'completed', 'approve')
    assert task.end_time is not None
    query = taskinst.Query(engine_url, process_definition_key=activity['key'])
    query.add_equal_value_filter('amount', 150)
    assert [t.id_ for t in query()] == [activity['task_id']]
    query = taskinst.Query(engine_url, process_definition_key=activity['key'])
    query.add_equal_value_filter('amount', 1)
    assert query() == ()


def test_counts(engine_url, activity):
    key = activity['key']
    assert taskinst.Count(engine_url, process_definition_key=key, task_assignee=activity['assignee'])() == 1
    assert taskinst.Count(engine_url, process_definition_key=key, unfinished=True)() == 0
    assert taskinst.QueryCount(engine_url, process_definition_key=key,
                               task_had_candidate_user=f'{key}-bob')() == 1
    assert taskinst.QueryCount(engine_url, process_definition_key=key,
                               task_had_candidate_group=f'{key}-group')() == 1


def test_reports(engine_url, activity):
    counted = taskinst.GetReport(engine_url, report_type='count', group_by='process_definition',
                                 completed_after=activity['started'])()
    mine = [r for r in counted if r.process_definition_key == activity['key']]
    assert [(r.count, r.process_definition_id) for r in mine] == [(1, activity['definition_id'])]
    durations = taskinst.GetReport(engine_url, report_type='duration', period_unit='month',
                                   completed_after=activity['started'])()
    assert durations and all(r.period_unit == 'MONTH' and r.minimum <= r.average <= r.maximum
                             for r in durations)
