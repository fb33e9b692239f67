"""Historic activity instances against the real engine."""
from pycamunda.history import activityinst


def test_get_list_query_and_get(engine_url, activity):
    pid = activity['pid']
    found = activityinst.GetList(engine_url, process_instance_id=pid, sort_by='start_time')()
    assert {a.activity_id for a in found} == {'start', 'approve', 'work', 'decide', 'risky', 'end'}
    assert all(a.end_time is not None for a in found)
    services = activityinst.Query(engine_url, process_instance_id=pid, activity_type='serviceTask',
                                  sort_by='activity_id')()
    assert [a.activity_id for a in services] == ['risky', 'work']
    approve = next(a for a in found if a.activity_id == 'approve')
    got = activityinst.Get(engine_url, approve.id_)()
    assert (got.assignee, got.task_id, got.activity_type) == (activity['assignee'], activity['task_id'],
                                                              'userTask')


def test_counts(engine_url, activity):
    pid = activity['pid']
    assert activityinst.Count(engine_url, process_instance_id=pid, finished=True)() == 6
    assert activityinst.Count(engine_url, process_instance_id=pid, unfinished=True)() == 0
    assert activityinst.QueryCount(engine_url, process_instance_id=pid, activity_id='decide')() == 1
