"""What the case instance classes send, and what they make of the engine's answers."""
import pytest

import pycamunda.caseinst as ci
import pycamunda.variable

from unit.fakehttp import URL

INSTANCE = {'links': [], 'id': 'ci1', 'caseDefinitionId': 'c:1:x', 'businessKey': 'bk',
            'tenantId': 't', 'active': True, 'completed': False}


def test_get_list_filters_by_variables(http):
    http.respond(json=[INSTANCE])
    query = ci.GetList(URL, case_definition_key='c', active=True, sort_by='case_instance_id',
                       ascending=False, max_results=2)
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_variable('amount', 100, operator='gteq')
    with pytest.warns(UserWarning, match='compares the GET value filter'):
        query.add_variable('vip', True)
    found = query()
    assert (http.method, http.path) == ('GET', '/case-instance')
    assert http.params == {'caseDefinitionKey': 'c', 'active': 'true',
                           'variables': 'amount_gteq_100,vip_eq_true', 'sortBy': 'caseInstanceId',
                           'sortOrder': 'desc', 'maxResults': 2}
    assert found == (ci.CaseInstance('ci1', 'c:1:x', 't', 'bk', True, False),)


def test_count_sends_no_empty_variables(http):
    http.respond(json={'count': 1})
    assert ci.Count(URL, business_key='bk', sort_by='tenant_id')() == 1
    assert (http.method, http.path, http.params) == ('GET', '/case-instance/count',
                                                     {'businessKey': 'bk'})


def test_post_query_and_count(http):
    http.respond(json=[{'id': 'ci1'}])
    query = ci.Query(URL, case_definition_key='c', completed=True,
                     sorting=[{'sortBy': 'caseInstanceId', 'sortOrder': 'asc'}], max_results=5)
    query.add_variable('amount', 100, operator='lt')
    found = query()
    assert (http.method, http.path, http.params) == ('POST', '/case-instance', {'maxResults': 5})
    assert http.json == {'caseDefinitionKey': 'c', 'completed': True,
                         'variables': [{'name': 'amount', 'operator': 'lt', 'value': 100}],
                         'sorting': [{'sortBy': 'caseInstanceId', 'sortOrder': 'asc'}]}
    assert found[0].id_ == 'ci1' and found[0].active is None and found[0].links == ()
    http.respond(json={'count': 3})
    assert ci.QueryCount(URL, business_key='bk', sorting=[{'sortBy': 'x'}])() == 3
    assert (http.method, http.path, http.json) == ('POST', '/case-instance/count',
                                                   {'businessKey': 'bk'})


def test_get(http):
    http.respond(json=INSTANCE)
    assert ci.Get(URL, 'ci1')().business_key == 'bk'
    assert (http.method, http.path, http.params) == ('GET', '/case-instance/ci1', {})


@pytest.mark.parametrize('cls, action', [(ci.Complete, 'complete'), (ci.Close, 'close'),
                                         (ci.Terminate, 'terminate')])
def test_transitions_send_variables_and_deletions(http, cls, action):
    request = cls(URL, 'ci1', deletions=[{'name': 'old', 'local': False}])
    request.add_variable('done', True, local=True)
    request.add_variable('note', 'x')
    assert request() is None
    assert (http.method, http.path) == ('POST', f'/case-instance/ci1/{action}')
    assert http.json == {'variables': {'done': {'value': True, 'type': 'Boolean', 'local': True},
                                       'note': {'value': 'x', 'type': 'String'}},
                         'deletions': [{'name': 'old', 'local': False}]}


def test_variables(http):
    http.respond(json={'a': {'type': 'Integer', 'value': 1, 'valueInfo': {}}})
    assert ci.VariablesGetList(URL, 'ci1')()['a'].value == 1
    assert (http.method, http.path, http.params) == ('GET', '/case-instance/ci1/variables',
                                                     {'deserializeValues': 'false'})
    http.respond(json={'type': 'String', 'value': 'v'})
    assert ci.VariablesGet(URL, 'ci1', 'a')() == pycamunda.variable.Variable('v', 'String', None)
    assert http.path == '/case-instance/ci1/variables/a'
    http.respond(content=b'raw')
    assert ci.VariablesGet(URL, 'ci1', 'f', binary=True)() == b'raw'
    assert http.path == '/case-instance/ci1/variables/f/data'
    modify = ci.VariablesModify(URL, 'ci1', deletions=['b'])
    modify.add_variable('a', 2)
    modify()
    assert (http.method, http.path, http.json) == ('POST', '/case-instance/ci1/variables', {
        'modifications': {'a': {'value': 2, 'type': 'Integer'}}, 'deletions': ['b']})
    ci.VariablesUpdate(URL, 'ci1', 'a', 'text')()
    assert (http.method, http.path, http.json) == ('PUT', '/case-instance/ci1/variables/a',
                                                   {'value': 'text', 'type': 'String'})
    ci.VariablesUpdate(URL, 'ci1', 'f', b'bin', type_='Bytes')()
    assert (http.method, http.path) == ('POST', '/case-instance/ci1/variables/f/data')
    ci.VariablesDelete(URL, 'ci1', 'a')()
    assert (http.method, http.path) == ('DELETE', '/case-instance/ci1/variables/a')
