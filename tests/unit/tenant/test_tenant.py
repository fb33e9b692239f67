"""What the tenant classes send, and what they make of the engine's answers."""
import pytest

import pycamunda.tenant
from pycamunda.tenant import Tenant

from unit.fakehttp import URL


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[{'id': 't1', 'name': 'Tenant One'}, {'id': 't2'}])
    tenants = pycamunda.tenant.GetList(URL, user_member='jdoe', including_groups_of_user=True,
                                       sort_by='id_', ascending=False, first_result=0)()
    assert (http.method, http.path) == ('GET', '/tenant')
    assert http.params == {'userMember': 'jdoe', 'includingGroupsOfUser': 'true', 'sortBy': 'id',
                           'sortOrder': 'desc', 'firstResult': 0}
    assert tenants == (Tenant('t1', 'Tenant One'), Tenant('t2', None))


def test_count_sends_filters_only(http):
    http.respond(json={'count': 1})
    assert pycamunda.tenant.Count(URL, name_like='T%', group_member='sales')() == 1
    assert (http.method, http.path, http.params) == ('GET', '/tenant/count',
                                                     {'nameLike': 'T%', 'groupMember': 'sales'})


def test_get_create_update_delete(http):
    http.respond(json={'id': 't1', 'name': 'One'})
    assert pycamunda.tenant.Get(URL, 't1')() == Tenant('t1', 'One')
    assert (http.method, http.path) == ('GET', '/tenant/t1')
    pycamunda.tenant.Create(URL, 't1', 'One')()
    assert (http.method, http.path, http.json) == ('POST', '/tenant/create',
                                                   {'id': 't1', 'name': 'One'})
    pycamunda.tenant.Update(URL, 't1', new_id='t1', new_name='Uno')()
    assert (http.method, http.path, http.json) == ('PUT', '/tenant/t1', {'id': 't1', 'name': 'Uno'})
    pycamunda.tenant.Delete(URL, 't1')()
    assert (http.method, http.path) == ('DELETE', '/tenant/t1')


@pytest.mark.parametrize('cls, method, path, body', [
    (pycamunda.tenant.UserMemberCreate, 'PUT', '/tenant/t1/user-members/m1', {}),
    (pycamunda.tenant.UserMemberDelete, 'DELETE', '/tenant/t1/user-members/m1', None),
    (pycamunda.tenant.GroupMemberCreate, 'PUT', '/tenant/t1/group-members/m1', {}),
    (pycamunda.tenant.GroupMemberDelete, 'DELETE', '/tenant/t1/group-members/m1', None),
])
def test_memberships(http, cls, method, path, body):
    assert cls(URL, 't1', 'm1')() is None
    assert (http.method, http.path, http.json) == (method, path, body)


@pytest.mark.parametrize('request_, path', [
    (pycamunda.tenant.Options(URL), '/tenant'),
    (pycamunda.tenant.Options(URL, id_='t1'), '/tenant/t1'),
    (pycamunda.tenant.UserMemberOptions(URL, 't1'), '/tenant/t1/user-members'),
    (pycamunda.tenant.GroupMemberOptions(URL, 't1'), '/tenant/t1/group-members'),
])
def test_options(http, request_, path):
    http.respond(json={'links': [{'method': 'DELETE', 'href': URL + path, 'rel': 'delete'}]})
    assert [link.method for link in request_()] == ['DELETE']
    assert (http.method, http.path) == ('OPTIONS', path)
