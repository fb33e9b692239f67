"""The group classes against the real engine."""
import pytest

import pycamunda
import pycamunda.group
from pycamunda.group import Group


@pytest.fixture
def group(engine_url, camunda, uid):
    pycamunda.group.Create(engine_url, id_=uid, name=f'Group {uid}', type_='WORKFLOW')()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/group/{uid}'))
    return uid


@pytest.fixture
def member(engine_url, camunda, uid):
    user_id = f'{uid}u'
    camunda.request('POST', '/user/create', json={
        'profile': {'id': user_id, 'firstName': 'M', 'lastName': 'Ember'},
        'credentials': {'password': 'Secret-123'}})
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/user/{user_id}'))
    return user_id


def test_create_then_get_list_and_count(engine_url, group):
    assert pycamunda.group.Get(engine_url, group)() == Group(group, f'Group {group}', 'WORKFLOW')
    listed = pycamunda.group.GetList(engine_url, id_in=[group, 'camunda-admin'], sort_by='id_',
                                     ascending=False)()
    assert [g.id_ for g in listed] == [group, 'camunda-admin']
    assert pycamunda.group.GetList(engine_url, name_like=f'%{group[1:]}', type_='WORKFLOW')() == (
        Group(group, f'Group {group}', 'WORKFLOW'),)
    assert pycamunda.group.Count(engine_url, id_=group)() == 1
    assert pycamunda.group.Count(engine_url, id_=group, type_='SYSTEM')() == 0


def test_query_and_query_count(engine_url, group):
    sorting = [{'sortBy': 'id', 'sortOrder': 'asc'}]
    found = pycamunda.group.Query(engine_url, id_in=['camunda-admin', group], sorting=sorting,
                                  first_result=1, max_results=1)()
    assert [g.id_ for g in found] == [group]
    assert pycamunda.group.QueryCount(engine_url, id_in=['camunda-admin', group])() == 2
    assert pycamunda.group.QueryCount(engine_url, name=f'Group {group}')() == 1


def test_update_changes_name_and_type(engine_url, group):
    pycamunda.group.Update(engine_url, group, name='Renamed', type_='SYSTEM')()
    assert pycamunda.group.Get(engine_url, group)() == Group(group, 'Renamed', 'SYSTEM')


def test_members(engine_url, group, member):
    pycamunda.group.MemberCreate(engine_url, group, user_id=member)()
    assert [g.id_ for g in pycamunda.group.GetList(engine_url, member=member)()] == [group]
    options = pycamunda.group.MemberOptions(engine_url, group)()
    assert {link.rel for link in options} >= {'create', 'delete'}
    pycamunda.group.MemberDelete(engine_url, group, user_id=member)()
    assert pycamunda.group.GetList(engine_url, member=member)() == ()


def test_options(engine_url, group):
    assert {link.rel for link in pycamunda.group.Options(engine_url)()} >= {'list', 'count', 'create'}
    assert {link.rel for link in pycamunda.group.Options(engine_url, group)()} >= {
        'self', 'update', 'delete'}


def test_delete_then_not_found(engine_url, group):
    pycamunda.group.Delete(engine_url, group)()
    with pytest.raises(pycamunda.NotFound) as info:
        pycamunda.group.Get(engine_url, group)()
    assert group in info.value.message
