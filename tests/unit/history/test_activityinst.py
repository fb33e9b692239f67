"""What the historic activity instance classes send, and what they make of the answers."""
from pycamunda.history import activityinst

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_get_list_and_query(http):
    http.respond(json=[ANSWERS['activity_instance']])
    found = activityinst.GetList(URL, process_instance_id='p1', activity_type='userTask', canceled=True,
                                 sort_by='activity_id', first_result=0)()
    assert (http.method, http.path) == ('GET', '/history/activity-instance')
    assert http.params == {'processInstanceId': 'p1', 'activityType': 'userTask', 'canceled': 'true',
                           'sortBy': 'activityId', 'sortOrder': 'asc', 'firstResult': 0}
    approve = found[0]
    assert (approve.activity_id, approve.activity_type, approve.canceled) == ('approve', 'userTask', False)
    assert approve.end_time >= approve.start_time and approve.task_id
    http.respond(json=[])
    activityinst.Query(URL, activity_id='a', finished=True, sort_by='end_time', ascending=False,
                       max_results=2)()
    assert (http.method, http.path, http.params) == ('POST', '/history/activity-instance', {'maxResults': 2})
    assert http.json == {'activityId': 'a', 'finished': True,
                         'sorting': [{'sortBy': 'endTime', 'sortOrder': 'desc'}]}


def test_counts_and_get(http):
    http.respond(json={'count': 6})
    assert activityinst.Count(URL, process_instance_id='p1')() == 6
    assert (http.method, http.path, http.params) == ('GET', '/history/activity-instance/count',
                                                     {'processInstanceId': 'p1'})
    http.respond(json={'count': 1})
    assert activityinst.QueryCount(URL, activity_id='a')() == 1
    assert (http.method, http.path, http.json) == ('POST', '/history/activity-instance/count',
                                                   {'activityId': 'a'})
    http.respond(json={'id': 'a1', 'activityId': 'start'})
    got = activityinst.Get(URL, 'a1')()
    assert (http.method, http.path) == ('GET', '/history/activity-instance/a1')
    assert (got.id_, got.activity_id, got.start_time, got.assignee) == ('a1', 'start', None, None)
