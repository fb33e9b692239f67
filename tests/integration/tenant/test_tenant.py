"""The tenant classes against the real engine."""
import pytest

import pycamunda
import pycamunda.tenant
from pycamunda.tenant import Tenant


@pytest.fixture
def tenant(engine_url, camunda, uid):
    pycamunda.tenant.Create(engine_url, id_=uid, name=f'Tenant {uid}')()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/tenant/{uid}'))
    return uid


@pytest.fixture
def user_and_group(engine_url, camunda, uid):
    """A user and a group the user is a member of."""
    user_id, group_id = f'{uid}u', f'{uid}g'
    camunda.request('POST', '/user/create', json={
        'profile': {'id': user_id, 'firstName': 'M', 'lastName': 'Ember'},
        'credentials': {'password': 'Secret-123'}})
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/user/{user_id}'))
    camunda.request('POST', '/group/create', json={'id': group_id, 'name': 'G'})
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/group/{group_id}'))
    camunda.request('PUT', f'/group/{group_id}/members/{user_id}')
    return user_id, group_id


def test_create_then_get_list_and_count(engine_url, tenant):
    assert pycamunda.tenant.Get(engine_url, tenant)() == Tenant(tenant, f'Tenant {tenant}')
    assert pycamunda.tenant.GetList(engine_url, name_like=f'%{tenant}', sort_by='name')() == (
        Tenant(tenant, f'Tenant {tenant}'),)
    assert pycamunda.tenant.Count(engine_url, id_=tenant)() == 1
    assert pycamunda.tenant.Count(engine_url, name=f'{tenant}-other')() == 0


def test_update_changes_the_name(engine_url, tenant):
    pycamunda.tenant.Update(engine_url, tenant, new_id=tenant, new_name='Renamed')()
    assert pycamunda.tenant.Get(engine_url, tenant)() == Tenant(tenant, 'Renamed')


def test_user_and_group_members(engine_url, tenant, user_and_group):
    user_id, group_id = user_and_group
    pycamunda.tenant.UserMemberCreate(engine_url, tenant, user_id)()
    assert [t.id_ for t in pycamunda.tenant.GetList(engine_url, user_member=user_id)()] == [tenant]
    pycamunda.tenant.UserMemberDelete(engine_url, tenant, user_id)()
    assert pycamunda.tenant.Count(engine_url, user_member=user_id)() == 0

    pycamunda.tenant.GroupMemberCreate(engine_url, tenant, group_id)()
    assert pycamunda.tenant.Count(engine_url, group_member=group_id)() == 1
    assert pycamunda.tenant.Count(engine_url, user_member=user_id)() == 0
    assert [t.id_ for t in pycamunda.tenant.GetList(engine_url, user_member=user_id,
                                                    including_groups_of_user=True)()] == [tenant]
    pycamunda.tenant.GroupMemberDelete(engine_url, tenant, group_id)()
    assert pycamunda.tenant.Count(engine_url, group_member=group_id)() == 0


def test_options(engine_url, tenant):
    assert {link.rel for link in pycamunda.tenant.Options(engine_url)()} >= {'list', 'count',
                                                                             'create'}
    assert {link.rel for link in pycamunda.tenant.Options(engine_url, tenant)()} >= {
        'self', 'update', 'delete'}
    for cls in (pycamunda.tenant.UserMemberOptions, pycamunda.tenant.GroupMemberOptions):
        assert {link.rel for link in cls(engine_url, tenant)()} >= {'create', 'delete'}


def test_delete_then_not_found(engine_url, tenant):
    pycamunda.tenant.Delete(engine_url, tenant)()
    with pytest.raises(pycamunda.NotFound):
        pycamunda.tenant.Get(engine_url, tenant)()
