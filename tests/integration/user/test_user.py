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
