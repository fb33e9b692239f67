"""The user classes against the real engine."""
import pytest

import pycamunda
import pycamunda.user


@pytest.fixture
def user(engine_url, camunda, uid):
    pycamunda.user.Create(engine_url, id_=uid, first_name='Ada', last_name='Lovelace',
                          email=f'{uid}@example.org', password='Secret-123')()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/user/{uid}'))
    return uid


def test_create_then_query_and_count(engine_url, user):
    found = pycamunda.user.GetList(engine_url, id_=user)()
    assert found == (pycamunda.user.User(user, 'Ada', 'Lovelace', f'{user}@example.org'),)
    assert pycamunda.user.Count(engine_url, id_=user, last_name_like='Love%')() == 1
    listed = pycamunda.user.GetList(engine_url, last_name='Lovelace', sort_by='user_id',
                                    ascending=False)()
    ids = [u.id_ for u in listed]
    assert user in ids and ids == sorted(ids, reverse=True)


def test_profile_update_and_credentials(engine_url, user):
    pycamunda.user.UpdateProfile(engine_url, user, new_user_id=user, first_name='Augusta',
                                 last_name='King')()
    profile = pycamunda.user.GetProfile(engine_url, user)()
    assert (profile.first_name, profile.last_name, profile.email) == ('Augusta', 'King', None)
    pycamunda.user.UpdateCredentials(engine_url, user, password='Other-456',
                                     authenticated_user_password='demo')()
    pycamunda.user.Unlock(engine_url, user)()


def test_options_list_the_allowed_operations(engine_url, user):
    collection = pycamunda.user.Options(engine_url)()
    assert {link.rel for link in collection} >= {'list', 'count', 'create'}
    item = pycamunda.user.Options(engine_url, id_=user)()
    assert {link.rel for link in item} >= {'self', 'delete', 'update'}


def test_delete_then_not_found(engine_url, user):
    pycamunda.user.Delete(engine_url, user)()
    with pytest.raises(pycamunda.NotFound) as info:
        pycamunda.user.GetProfile(engine_url, user)()
    assert info.value.status_code == 404 and user in info.value.message


STARTABLE = '''<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="pycamunda">
  <process id="{key}" isExecutable="true" camunda:candidateStarterUsers="{starter}"
           camunda:historyTimeToLive="1">
    <startEvent id="start"/>
    <sequenceFlow id="f" sourceRef="start" targetRef="end"/>
    <endEvent id="end"/>
  </process>
</definitions>
'''


@pytest.fixture
def two_users(engine_url, camunda, uid):
    ids = (f'{uid}a', f'{uid}b')
    for id_ in ids:
        pycamunda.user.Create(engine_url, id_=id_, first_name='Ada', last_name=uid,
                              password='Secret-123')()
        camunda.later(lambda id_=id_: camunda.session.delete(f'{engine_url}/user/{id_}'))
    return ids


def test_id_in_leaves_out_the_other_users(engine_url, two_users):
    first, second = two_users
    found = pycamunda.user.GetList(engine_url, id_in=[first, 'nobody-' + first])()
    assert [u.id_ for u in found] == [first]
    assert pycamunda.user.Count(engine_url, id_in=list(two_users))() == 2


def test_potential_starter_leaves_out_who_may_not_start_the_definition(engine_url, camunda, uid,
                                                                       two_users):
    first, second = two_users
    deployment = camunda.deploy(('startable.bpmn', STARTABLE.format(key=uid, starter=first)))
    definition_id = next(iter(deployment['deployedProcessDefinitions']))
    found = pycamunda.user.GetList(engine_url, potential_starter=definition_id, last_name=uid)()
    assert [u.id_ for u in found] == [first]
    assert pycamunda.user.Count(engine_url, potential_starter=definition_id, last_name=uid)() == 1
