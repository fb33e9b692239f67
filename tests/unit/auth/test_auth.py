"""What the authorization classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.auth
from pycamunda.auth import Authorization, AuthorizationType
from pycamunda.request import InvalidInput
from pycamunda.resource import ResourceType

from unit.fakehttp import URL

AUTHORIZATION = {'id': 'a1', 'type': 1, 'permissions': ['READ', 'UPDATE'], 'userId': 'jdoe',
                 'groupId': None, 'resourceType': 7, 'resourceId': 'task-1',
                 'removalTime': '2030-01-02T03:04:05.000+0000', 'rootProcessInstanceId': 'pi-1'}


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[AUTHORIZATION])
    found = pycamunda.auth.GetList(URL, type_=AuthorizationType.grant, user_id_in=['jdoe', 'ann'],
                                   resource_type=ResourceType.task, sort_by='resource_id',
                                   ascending=False, first_result=0, max_results=5)()
    assert (http.method, http.path) == ('GET', '/authorization')
    assert http.params == {'type': 1, 'userIdIn': 'jdoe,ann', 'resourceType': 7,
                           'sortBy': 'resourceId', 'sortOrder': 'desc', 'firstResult': 0,
                           'maxResults': 5}
    assert found == (Authorization(
        'a1', AuthorizationType.grant, ['READ', 'UPDATE'], 'jdoe', None, ResourceType.task,
        'task-1', (), 'pi-1', dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)),)


def test_count_sends_filters_only(http):
    http.respond(json={'count': 2})
    count = pycamunda.auth.Count(URL, group_id_in=['sales'], resource_id='*')
    assert count() == 2
    assert (http.method, http.path, http.params) == (
        'GET', '/authorization/count', {'groupIdIn': 'sales', 'resourceId': '*'})


def test_get_tolerates_missing_optional_fields(http):
    http.respond(json={'id': 'a1', 'type': 0, 'permissions': ['ALL'], 'userId': '*',
                       'resourceType': 6, 'resourceId': '*'})
    auth = pycamunda.auth.Get(URL, id_='a1')()
    assert (http.method, http.path) == ('GET', '/authorization/a1')
    assert auth.type_ is AuthorizationType.global_
    assert auth.resource_type is ResourceType.process_definition
    assert (auth.group_id, auth.removal_time, auth.root_process_instance_id) == (None, None, None)


def test_check_sends_the_permission_and_parses_the_answer(http):
    http.respond(json={'permissionName': 'READ', 'resourceName': 'user', 'resourceId': 'jdoe',
                       'authorized': True})
    with pytest.warns(UserWarning, match='ignores permission_value'):
        check = pycamunda.auth.Check(URL, permission_name='READ', permission_value=2,
                                     resource_name='user', resource_type=ResourceType.user,
                                     resource_id='jdoe')
    result = check()
    assert (http.method, http.path) == ('GET', '/authorization/check')
    assert http.params == {'permissionName': 'READ', 'permissionValue': 2, 'resourceName': 'user',
                           'resourceType': 1, 'resourceId': 'jdoe'}
    assert result == pycamunda.auth.Permission('READ', 'user', 'jdoe', True)


def test_create_sends_the_body_and_returns_the_authorization(http):
    http.respond(json=AUTHORIZATION)
    created = pycamunda.auth.Create(URL, type_=AuthorizationType.grant, permissions=('READ',),
                                    resource_type=ResourceType.task, resource_id='task-1',
                                    user_id='jdoe')()
    assert (http.method, http.path) == ('POST', '/authorization/create')
    assert http.json == {'type': 1, 'permissions': ['READ'], 'userId': 'jdoe',
                         'resourceType': 7, 'resourceId': 'task-1'}
    assert created.id_ == 'a1'


@pytest.mark.parametrize('cls, extra', [(pycamunda.auth.Create, {'type_': 1}),
                                        (pycamunda.auth.Update, {'id_': 'a1'})])
def test_user_and_group_exclude_each_other(http, cls, extra):
    request = cls(URL, permissions=['ALL'], resource_type=1, resource_id='*', user_id='jdoe',
                  group_id='sales', **extra)
    with pytest.raises(InvalidInput, match='group_id'):
        request()
    assert http.calls == []


def test_update_and_delete(http):
    pycamunda.auth.Update(URL, 'a/1', permissions=['ALL'], resource_type=ResourceType.group,
                          resource_id='*', group_id='sales')()
    assert (http.method, http.raw_path) == ('PUT', '/authorization/a%2F1')
    assert http.json == {'permissions': ['ALL'], 'groupId': 'sales', 'resourceType': 2,
                         'resourceId': '*'}
    assert pycamunda.auth.Delete(URL, 'a1')() is None
    assert (http.method, http.path) == ('DELETE', '/authorization/a1')


def test_options_on_collection_and_item(http):
    http.respond(json={'links': [{'method': 'POST', 'href': f'{URL}/authorization/create',
                                  'rel': 'create'}]})
    options = pycamunda.auth.Options(URL)()
    assert (http.method, http.path) == ('OPTIONS', '/authorization')
    assert [link.rel for link in options] == ['create']
    http.respond(json={'links': []})
    assert len(pycamunda.auth.Options(URL, id_='a1')()) == 0
    assert http.path == '/authorization/a1'
