"""What the historic case instance and case activity instance classes send and parse."""
import datetime as dt

from pycamunda.history import caseactivityinst, caseinst

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_case_instances(http):
    http.respond(json=[ANSWERS['case_instance']])
    query = caseinst.GetList(URL, case_definition_key='c', closed=True,
                             created_before=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc),
                             sort_by='close_time', max_results=3)
    query.add_equal_value_filter('a', 'x')
    found = query()
    assert (http.method, http.path) == ('GET', '/history/case-instance')
    assert http.params == {'caseDefinitionKey': 'c', 'closed': 'true', 'variables': 'a_eq_x',
                           'createdBefore': '2030-01-01T00:00:00.000+0000', 'sortBy': 'closeTime',
                           'sortOrder': 'asc', 'maxResults': 3}
    got = found[0]
    assert (got.business_key, got.closed, got.active) == ('b-1', True, False)
    assert got.close_time >= got.create_time
    http.respond(json=[])
    query = caseinst.Query(URL, case_instance_ids=['c1'], sort_by='duration')
    query.add_greater_than_value_filter('n', 1)
    query()
    assert (http.method, http.path, http.params) == ('POST', '/history/case-instance', {})
    assert http.json == {'caseInstanceIds': ['c1'], 'variables': [{'name': 'n', 'operator': 'gt',
                                                                   'value': 1}],
                         'sorting': [{'sortBy': 'duration', 'sortOrder': 'asc'}]}
    http.respond(json={'count': 1})
    assert caseinst.Count(URL, not_closed=True)() == 1
    assert (http.method, http.path, http.params) == ('GET', '/history/case-instance/count',
                                                     {'notClosed': 'true'})
    http.respond(json={'count': 0})
    assert caseinst.QueryCount(URL, active=True)() == 0
    assert (http.method, http.path, http.json) == ('POST', '/history/case-instance/count', {'active': True})
    http.respond(json={'id': 'c1'})
    sparse = caseinst.Get(URL, 'c1')()
    assert (http.path, sparse.id_, sparse.close_time, sparse.closed) == ('/history/case-instance/c1', 'c1',
                                                                         None, None)


def test_case_activity_instances(http):
    http.respond(json=[ANSWERS['case_activity_instance']])
    found = caseactivityinst.GetList(URL, case_instance_id='c1', completed=True, case_activity_id_in=['a',
                                                                                                      'b'],
                                     sort_by='case_activity_name')()
    assert (http.method, http.path) == ('GET', '/history/case-activity-instance')
    assert http.params == {'caseInstanceId': 'c1', 'completed': 'true', 'caseActivityIdIn': 'a,b',
                           'sortBy': 'caseActivityName', 'sortOrder': 'asc'}
    got = found[0]
    assert (got.case_activity_id, got.case_activity_type, got.completed) == ('review_item', 'humanTask', True)
    http.respond(json={'count': 1})
    assert caseactivityinst.Count(URL, case_instance_id='c1')() == 1
    assert (http.path, http.params) == ('/history/case-activity-instance/count', {'caseInstanceId': 'c1'})
    http.respond(json={'id': 'a1'})
    sparse = caseactivityinst.Get(URL, 'a1')()
    assert (http.method, http.path, sparse.id_, sparse.end_time) == ('GET',
                                                                     '/history/case-activity-instance/a1',
                                                                     'a1', None)
