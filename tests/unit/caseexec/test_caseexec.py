"""What the case execution classes send, and what they make of the engine's answers."""
import pytest

import pycamunda.caseexec as ce

from unit.fakehttp import URL

EXECUTION = {'id': 'e1', 'caseInstanceId': 'ci1', 'caseDefinitionId': 'c:1:x',
             'activityId': 'review', 'activityName': 'Review', 'activityType': 'humanTask',
             'activityDescription': None, 'parentId': 'ci1', 'tenantId': None, 'required': False,
             'enabled': True, 'active': False, 'disabled': False}


def test_get_list_and_count(http):
    http.respond(json=[EXECUTION])
    query = ce.GetList(URL, case_instance_id='ci1', enabled=True, sort_by='case_execution_id',
                       first_result=0)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_variable('amount', 5, operator='neq')
    found = query()
    assert (http.method, http.path) == ('GET', '/case-execution')
    assert http.params == {'caseInstanceId': 'ci1', 'enabled': 'true',
                           'variables': 'amount_neq_5', 'sortBy': 'caseExecutionId',
                           'sortOrder': 'asc', 'firstResult': 0}
    assert found == (ce.CaseExecution('e1', 'ci1', 'c:1:x', 'review', 'Review', 'humanTask', None,
                                      'ci1', None, False, True, False, False),)
    http.respond(json={'count': 4})
    assert ce.Count(URL, activity_id='review', max_results=1)() == 4
    assert (http.path, http.params) == ('/case-execution/count', {'activityId': 'review'})


def test_post_query_and_count(http):
    http.respond(json=[{'id': 'e1'}])
    found = ce.Query(URL, case_instance_id='ci1', active=True, first_result=1)()
    assert (http.method, http.path, http.params) == ('POST', '/case-execution', {'firstResult': 1})
    assert http.json == {'caseInstanceId': 'ci1', 'active': True}
    assert found[0].id_ == 'e1' and found[0].activity_type is None
    http.respond(json={'count': 2})
    count = ce.QueryCount(URL, business_key='bk')
    count.add_variable('x', 'y')
    assert count() == 2
    assert (http.method, http.path, http.json) == (
        'POST', '/case-execution/count',
        {'businessKey': 'bk', 'variables': [{'name': 'x', 'operator': 'eq', 'value': 'y'}]})


def test_get(http):
    http.respond(json=EXECUTION)
    assert ce.Get(URL, 'e1')().activity_name == 'Review'
    assert (http.method, http.path) == ('GET', '/case-execution/e1')


@pytest.mark.parametrize('cls, action', [
    (ce.ManualStart, 'manual-start'), (ce.Complete, 'complete'), (ce.Disable, 'disable'),
    (ce.Reenable, 'reenable'), (ce.Terminate, 'terminate')])
def test_transitions(http, cls, action):
    request = cls(URL, 'e1')
    request.add_variable('n', 1, local=True)
    assert request() is None
    assert (http.method, http.path) == ('POST', f'/case-execution/e1/{action}')
    assert http.json == {'variables': {'n': {'value': 1, 'type': 'Integer', 'local': True}},
                         'deletions': []}


@pytest.mark.parametrize('prefix, classes', [
    ('variables', (ce.VariablesGetList, ce.VariablesGet, ce.VariablesModify, ce.VariablesUpdate,
                   ce.VariablesDelete)),
    ('localVariables', (ce.LocalVariablesGetList, ce.LocalVariablesGet, ce.LocalVariablesModify,
                        ce.LocalVariablesUpdate, ce.LocalVariablesDelete)),
])
def test_variables(http, prefix, classes):
    get_list, get, modify, update, delete = classes
    http.respond(json={'a': {'type': 'Boolean', 'value': True}})
    assert get_list(URL, 'e1', deserialize_values=True)()['a'].value is True
    assert (http.method, http.path, http.params) == ('GET', f'/case-execution/e1/{prefix}',
                                                     {'deserializeValues': 'true'})
    http.respond(json={'type': 'Integer', 'value': 3})
    assert get(URL, 'e1', 'a')().value == 3
    assert http.path == f'/case-execution/e1/{prefix}/a'
    http.respond(content=b'bin')
    assert get(URL, 'e1', 'a', binary=True)() == b'bin'
    assert http.path == f'/case-execution/e1/{prefix}/a/data'
    request = modify(URL, 'e1', deletions=['b'])
    request.add_variable('a', 'x')
    request()
    assert (http.method, http.path, http.json) == ('POST', f'/case-execution/e1/{prefix}', {
        'modifications': {'a': {'value': 'x', 'type': 'String'}}, 'deletions': ['b']})
    update(URL, 'e1', 'a', 1.5)()
    assert (http.method, http.path, http.json) == ('PUT', f'/case-execution/e1/{prefix}/a',
                                                   {'value': 1.5, 'type': 'Double'})
    update(URL, 'e1', 'f', b'x', type_='File', value_info={'filename': 'f.txt'})()
    assert (http.method, http.path) == ('POST', f'/case-execution/e1/{prefix}/f/data')
    assert http.last['files']['data'][0] == 'f.txt'
    delete(URL, 'e1', 'a')()
    assert (http.method, http.path) == ('DELETE', f'/case-execution/e1/{prefix}/a')
