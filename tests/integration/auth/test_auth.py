"""The authorization classes against the real engine (authorization checks off)."""
import pytest

import pycamunda
import pycamunda.auth
from pycamunda.auth import AuthorizationType
from pycamunda.resource import ResourceType


@pytest.fixture
def authorization(engine_url, camunda, uid):
    created = pycamunda.auth.Create(engine_url, type_=AuthorizationType.grant, permissions=['READ'],
                                    resource_type=ResourceType.user, resource_id=uid,
                                    user_id=uid)()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/authorization/{created.id_}'))
    return created


def test_create_returns_the_new_authorization(authorization, uid):
    assert authorization.id_
    assert authorization.type_ is AuthorizationType.grant
    assert (authorization.user_id, authorization.group_id) == (uid, None)
    assert authorization.resource_type is ResourceType.user
    assert (authorization.resource_id, authorization.permissions) == (uid, ['READ'])


def test_get_list_count_and_get(engine_url, authorization, uid):
    found = pycamunda.auth.GetList(engine_url, user_id_in=[uid], resource_type=ResourceType.user,
                                   sort_by='resource_id')()
    assert [a.id_ for a in found] == [authorization.id_]
    assert pycamunda.auth.Count(engine_url, user_id_in=[uid], type_=AuthorizationType.grant)() == 1
    assert pycamunda.auth.Count(engine_url, user_id_in=[uid], type_=AuthorizationType.revoke)() == 0
    assert pycamunda.auth.Get(engine_url, authorization.id_)() == authorization


def test_update_replaces_permissions_and_owner(engine_url, authorization, uid):
    pycamunda.auth.Update(engine_url, authorization.id_, permissions=['READ', 'UPDATE'],
                          resource_type=ResourceType.group, resource_id=uid,
                          group_id=f'{uid}-group')()
    updated = pycamunda.auth.Get(engine_url, authorization.id_)()
    assert set(updated.permissions) == {'READ', 'UPDATE'}
    assert (updated.user_id, updated.group_id) == (None, f'{uid}-group')
    assert updated.resource_type is ResourceType.group


def test_create_needs_a_user_or_group(engine_url, uid):
    # checked before sending, as PyCamunda's assert did (the engine would answer 400)
    with pytest.raises(AssertionError, match='exactly one of user_id or group_id'):
        pycamunda.auth.Create(engine_url, type_=1, permissions=['READ'], resource_type=1,
                              resource_id=uid)()


def test_options(engine_url, authorization):
    assert {link.rel for link in pycamunda.auth.Options(engine_url)()} >= {'list', 'count', 'create'}
    item = pycamunda.auth.Options(engine_url, id_=authorization.id_)()
    assert {link.rel for link in item} >= {'self', 'update', 'delete'}


def test_check_needs_an_authenticated_user(engine_url, uid):
    with pytest.raises(pycamunda.Unauthorized):
        pycamunda.auth.Check(engine_url, 'READ', None, 'user', ResourceType.user, uid)()


def test_delete_then_not_found(engine_url, authorization):
    pycamunda.auth.Delete(engine_url, authorization.id_)()
    with pytest.raises(pycamunda.NotFound):
        pycamunda.auth.Get(engine_url, authorization.id_)()
