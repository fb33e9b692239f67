"""What the filter classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.filter
import pycamunda.task

from unit.fakehttp import URL

FILTER = {'id': 'f1', 'resourceType': 'Task', 'name': 'Mine', 'owner': 'demo',
          'query': {'assignee': 'demo', 'taskVariables': []},
          'properties': {'color': '#fff', 'priority': 1}, 'itemCount': 3}
TASK = {'id': 't1', 'name': 'Approve', 'priority': 50, 'suspended': False,
        'created': '2024-03-01T10:15:30.000+0000'}


def test_get_list_and_count(http):
    http.respond(json=[FILTER])
    filters = pycamunda.filter.GetList(URL, name_like='M%', item_count=True, sort_by='name',
                                       max_results=5)()
    assert (http.method, http.path) == ('GET', '/filter')
    assert http.params == {'nameLike': 'M%', 'itemCount': 'true', 'sortBy': 'name',
                           'sortOrder': 'asc', 'maxResults': 5, 'resourceType': 'Task'}
    (found,) = filters
    assert (found.id_, found.name, found.owner, found.item_count) == ('f1', 'Mine', 'demo', 3)
    assert found.query.assignee == 'demo' and found.properties.color == '#fff'
    assert found.query == pycamunda.filter.Query.load(assignee='demo', taskVariables=[])
    http.respond(json={'count': 1})
    assert pycamunda.filter.Count(URL, id_='f1', owner='demo')() == 1
    assert (http.method, http.path, http.params) == ('GET', '/filter/count',
                                                     {'filterId': 'f1', 'owner': 'demo',
                                                      'resourceType': 'Task'})


def test_get_lacking_optional_fields(http):
    http.respond(json={'id': 'f1', 'resourceType': 'Task', 'name': 'Mine'})
    found = pycamunda.filter.Get(URL, 'f1')()
    assert (http.method, http.path, http.params) == ('GET', '/filter/f1', {'itemCount': 'false'})
    assert (found.owner, found.query, found.properties, found.item_count) == (None, None, None, None)
    http.respond(json=FILTER)
    pycamunda.filter.Get(URL, 'f1', item_count=True)()
    assert http.params == {'itemCount': 'true'}


def test_create_nests_the_criteria_in_the_query(http):
    http.respond(json=FILTER)
    create = pycamunda.filter.Create(URL, name='Mine', owner='demo', properties={'priority': 1})
    create.add_process_definition_criteria(key='invoice', key_in=['a', 'b'])
    create.add_user_criteria(task_owner='boss', unassigned=True)
    create.add_task_criteria(task_name='Approve', without_tenant_id=True)
    create.add_datetime_criteria(due_before=dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc))
    created = create()
    assert (http.method, http.path) == ('POST', '/filter/create')
    assert http.json == {'resourceType': 'Task', 'name': 'Mine', 'owner': 'demo',
                         'properties': {'priority': 1},
                         'query': {'processDefinitionKey': 'invoice',
                                   'processDefinitionKeyIn': ['a', 'b'], 'owner': 'boss',
                                   'unassigned': True, 'name': 'Approve', 'withoutTenantId': True,
                                   'dueBefore': '2024-01-02T00:00:00.000+0000'}}
    assert created.id_ == 'f1'


def test_criteria_left_out_or_none_are_not_sent(http):
    update = pycamunda.filter.Update(URL, 'f1', name='Renamed')
    update.add_process_instance_criteria(business_key='bk')
    update.add_process_instance_criteria(id_='pi')
    update.add_other_criteria(active=True, execution_id=None)
    update.add_case_instance_criteria(business_key_like='c%')
    update.add_case_definition_criteria(key='case')
    assert update() is None
    assert (http.method, http.path) == ('PUT', '/filter/f1')
    assert http.json == {'resourceType': 'Task', 'name': 'Renamed', 'query': {
        'processInstanceId': 'pi', 'processInstanceBusinessKey': 'bk',
        'caseInstanceBusinessKeyLike': 'c%', 'caseDefinitionKey': 'case', 'active': True}}


def test_update_without_criteria_sends_an_empty_query(http):
    pycamunda.filter.Update(URL, 'f1', name='x')()
    assert http.json == {'resourceType': 'Task', 'name': 'x', 'query': {}}


def test_execute_list_and_single_result(http):
    http.respond(json=[TASK])
    tasks = pycamunda.filter.Execute(URL, 'f1', first_result=5, max_results=10)()
    assert (http.method, http.path, http.params, http.json) == (
        'GET', '/filter/f1/list', {'firstResult': 5, 'maxResults': 10}, None)
    assert isinstance(tasks[0], pycamunda.task.Task) and tasks[0].created.year == 2024
    http.respond(json=TASK)
    task = pycamunda.filter.Execute(URL, 'f1', single_result=True, max_results=10)()
    assert (http.method, http.path, http.params) == ('GET', '/filter/f1/singleResult', {})
    assert task.id_ == 't1'
    http.respond(status=204)
    assert pycamunda.filter.Execute(URL, 'f1', single_result=True)() is None


def test_execute_with_criteria_posts_them_as_the_body(http):
    http.respond(json=[])
    execute = pycamunda.filter.Execute(URL, 'f1')
    execute.add_user_criteria(assignee='demo', candidate_groups=['sales'])
    assert execute() == ()
    assert (http.method, http.path, http.json) == ('POST', '/filter/f1/list', {
        'assignee': 'demo', 'candidateGroups': ['sales']})
    single = pycamunda.filter.Execute(URL, 'f1', single_result=True)
    single.add_task_criteria(definition_key='approve')
    http.respond(json=TASK)
    single()
    assert (http.method, http.path, http.json) == (
        'POST', '/filter/f1/singleResult', {'taskDefinitionKey': 'approve', 'withoutTenantId': False})


def test_execute_count(http):
    http.respond(json={'count': 7})
    assert pycamunda.filter.ExecuteCount(URL, 'f1')() == 7
    assert (http.method, http.path) == ('GET', '/filter/f1/count')
    http.respond(json={'count': 1})
    count = pycamunda.filter.ExecuteCount(URL, 'f1')
    count.add_datetime_criteria(created_after=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    assert count() == 1
    assert (http.method, http.path, http.json) == ('POST', '/filter/f1/count', {
        'createdAfter': '2024-01-01T00:00:00.000+0000'})


@pytest.mark.parametrize('id_, path', [(None, '/filter'), ('f1', '/filter/f1')])
def test_options(http, id_, path):
    http.respond(json={'links': [{'method': 'GET', 'href': 'x', 'rel': 'self'}]})
    assert [link.rel for link in pycamunda.filter.Options(URL, id_=id_)()] == ['self']
    assert (http.method, http.path) == ('OPTIONS', path)


def test_delete(http):
    assert pycamunda.filter.Delete(URL, 'f/1')() is None
    assert (http.method, http.raw_path) == ('DELETE', '/filter/f%2F1')
