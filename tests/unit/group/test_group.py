"""What the group classes send, and what they make of the engine's answers."""
import pytest

import pycamunda.group
from pycamunda.group import Group

from unit.fakehttp import URL

GROUP = {'id': 'sales', 'name': 'Sales', 'type': 'WORKFLOW'}


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[GROUP, {'id': 'ops', 'name': 'Ops'}])
    groups = pycamunda.group.GetList(URL, id_in=['sales', 'ops'], member='jdoe',
                                     member_of_tenant='t1', sort_by='name', max_results=2)()
    assert (http.method, http.path) == ('GET', '/group')
    assert http.params == {'idIn': 'sales,ops', 'member': 'jdoe', 'memberOfTenant': 't1',
                           'sortBy': 'name', 'sortOrder': 'asc', 'maxResults': 2}
    assert groups == (Group('sales', 'Sales', 'WORKFLOW'), Group('ops', 'Ops', None))


def test_count_sends_filters_only(http):
    http.respond(json={'count': 4})
    assert pycamunda.group.Count(URL, name_like='S%', type_='WORKFLOW', sort_by='id_')() == 4
    assert (http.method, http.path, http.params) == ('GET', '/group/count',
                                                     {'nameLike': 'S%', 'type': 'WORKFLOW'})


def test_query_posts_the_filters_and_pages_in_the_query(http):
    http.respond(json=[GROUP])
    sorting = [{'sortBy': 'id', 'sortOrder': 'desc'}]
    groups = pycamunda.group.Query(URL, id_in=('sales',), name='Sales', sorting=sorting,
                                   first_result=1, max_results=3)()
    assert (http.method, http.path) == ('POST', '/group')
    assert http.params == {'firstResult': 1, 'maxResults': 3}
    assert http.json == {'idIn': ['sales'], 'name': 'Sales', 'sorting': sorting}
    assert groups == (Group('sales', 'Sales', 'WORKFLOW'),)


def test_query_count_sends_no_sorting(http):
    http.respond(json={'count': 1})
    count = pycamunda.group.QueryCount(URL, member='jdoe')
    count.sorting = [{'sortBy': 'id'}]
    assert count() == 1
    assert (http.method, http.path, http.json, http.params) == (
        'POST', '/group/count', {'member': 'jdoe'}, {})


def test_get_tolerates_a_missing_type(http):
    http.respond(json={'id': 'sales', 'name': 'Sales'})
    assert pycamunda.group.Get(URL, 'sales')() == Group('sales', 'Sales')
    assert (http.method, http.path) == ('GET', '/group/sales')


def test_create_and_update_send_the_group(http):
    pycamunda.group.Create(URL, 'sales', 'Sales', 'WORKFLOW')()
    assert (http.method, http.path, http.json) == (
        'POST', '/group/create', {'id': 'sales', 'name': 'Sales', 'type': 'WORKFLOW'})
    pycamunda.group.Update(URL, 'sales', name='Sales EU', type_='SYSTEM')()
    assert (http.method, http.path, http.json) == (
        'PUT', '/group/sales', {'id': 'sales', 'name': 'Sales EU', 'type': 'SYSTEM'})


@pytest.mark.parametrize('cls, method', [(pycamunda.group.MemberCreate, 'PUT'),
                                         (pycamunda.group.MemberDelete, 'DELETE')])
def test_members(http, cls, method):
    assert cls(URL, 'sales', user_id='j/doe')() is None
    assert (http.method, http.raw_path) == (method, '/group/sales/members/j%2Fdoe')


def test_delete_and_options(http):
    pycamunda.group.Delete(URL, 'sales')()
    assert (http.method, http.path) == ('DELETE', '/group/sales')
    for request, path in [(pycamunda.group.Options(URL), '/group'),
                          (pycamunda.group.Options(URL, 'sales'), '/group/sales'),
                          (pycamunda.group.MemberOptions(URL, 'sales'), '/group/sales/members')]:
        http.respond(json={'links': [{'method': 'GET', 'href': URL + path, 'rel': 'self'}]})
        assert [link.rel for link in request()] == ['self']
        assert (http.method, http.path) == ('OPTIONS', path)
