"""What the historic task classes send, and what they make of the answers."""
import datetime as dt

import pytest

from pycamunda.history import taskinst
from pycamunda.request import InvalidInput

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_get_list_sends_variable_conditions_as_strings(http):
    http.respond(json=[ANSWERS['task']])
    query = taskinst.GetList(URL, task_assignee='alice', finished=True, sort_by='task_name', max_results=1)
    query.add_task_value_filter('a', 'eq', 'x')
    query.add_like_value_filter('b', 'y%')
    found = query()
    assert (http.method, http.path) == ('GET', '/history/task')
    assert http.params == {'taskAssignee': 'alice', 'finished': 'true', 'taskVariables': 'a_eq_x',
                           'processVariables': 'b_like_y%', 'sortBy': 'taskName', 'sortOrder': 'asc',
                           'maxResults': 1}
    task = found[0]
    assert (task.name, task.task_definition_key, task.delete_reason, task.priority) == (
        'Approve', 'approve', 'completed', 50)
    assert task.due is None and task.end_time >= task.start_time


def test_query_and_counts(http):
    http.respond(json=[{'id': 't1'}])
    query = taskinst.Query(URL, task_had_candidate_group='g', sort_by='priority', ascending=False)
    query.add_equal_value_filter('amount', 150)
    found = query()
    assert (http.method, http.path, http.params) == ('POST', '/history/task', {})
    assert http.json == {'processVariables': [{'name': 'amount', 'operator': 'eq', 'value': 150}],
                         'taskHadCandidateGroup': 'g', 'sorting': [{'sortBy': 'priority',
                                                                    'sortOrder': 'desc'}]}
    assert found[0].id_ == 't1' and found[0].name is None
    http.respond(json={'count': 3})
    assert taskinst.Count(URL, unassigned=True)() == 3
    assert (http.method, http.path, http.params) == ('GET', '/history/task/count', {'unassigned': 'true'})
    http.respond(json={'count': 1})
    assert taskinst.QueryCount(URL, task_id='t1')() == 1
    assert (http.method, http.path, http.json) == ('POST', '/history/task/count', {'taskId': 't1'})


def test_reports(http):
    http.respond(json=ANSWERS['task_report_count'])
    counted = taskinst.GetReport(URL, report_type='count', group_by='task_name',
                                 completed_before=dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc))()
    assert (http.method, http.path) == ('GET', '/history/task/report')
    assert http.params == {'reportType': 'count', 'groupBy': 'taskName',
                           'completedBefore': '2030-01-01T00:00:00.000+0000'}
    assert counted[0].task_name and counted[0].count >= 1 and counted[0].period is None
    http.respond(json=ANSWERS['task_report_duration'])
    durations = taskinst.GetReport(URL, report_type='duration', period_unit='quarter')()
    assert http.params == {'reportType': 'duration', 'periodUnit': 'QUARTER'}
    assert durations[0].period_unit == 'MONTH' and durations[0].task_name is None
    with pytest.raises(InvalidInput, match='group_by'):
        taskinst.GetReport(URL, report_type='count', group_by='assignee')


def test_variable_conditions_set_as_get_strings_go_as_objects_in_the_query_body(http):
    http.respond(json=[])
    query = taskinst.Query(URL)
    query.process_variables = ['amount_gteq_5']
    query()
    assert http.json['processVariables'] == [{'name': 'amount', 'operator': 'gteq', 'value': '5'}]
    listed = taskinst.GetList(URL)
    listed.process_variables = [('amount', 'gteq', 5)]
    assert listed.query_parameters()['processVariables'] == 'amount_gteq_5'
