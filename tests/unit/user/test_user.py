"""What the user classes send, and what they make of the engine's answers."""
import pytest

import pycamunda
import pycamunda.user
from pycamunda.request import InvalidInput

from unit.fakehttp import URL

USER = {'id': 'jdoe', 'firstName': 'John', 'lastName': 'Doe', 'email': 'jdoe@example.org'}


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[USER])
    users = pycamunda.user.GetList(URL, first_name='John', member_of_group='sales',
                                   sort_by='last_name', ascending=False, max_results=10)()
    assert (http.method, http.path) == ('GET', '/user')
    assert http.params == {'firstName': 'John', 'memberOfGroup': 'sales', 'sortBy': 'lastName',
                           'sortOrder': 'desc', 'maxResults': 10}
    assert http.json is None
    assert users == (pycamunda.user.User('jdoe', 'John', 'Doe', 'jdoe@example.org'),)


def test_get_list_sends_no_sort_order_without_sort_by(http):
    pycamunda.user.GetList(URL, id_='jdoe')
    http.respond(json=[])
    assert pycamunda.user.GetList(URL, id_='jdoe')() == ()
    assert http.params == {'id': 'jdoe'}


def test_unknown_sort_key_is_refused_naming_the_parameter():
    with pytest.raises(InvalidInput, match="sort_by='age'"):
        pycamunda.user.GetList(URL, sort_by='age')


def test_count_sends_filters_only(http):
    http.respond(json={'count': 3})
    count = pycamunda.user.Count(URL, last_name_like='D%')
    count.first_result = 5  # not a parameter of the count
    assert count() == 3
    assert (http.method, http.path, http.params) == ('GET', '/user/count', {'lastNameLike': 'D%'})


def test_get_profile_tolerates_a_missing_email(http):
    http.respond(json={'id': 'jdoe', 'firstName': 'John', 'lastName': 'Doe'})
    user = pycamunda.user.GetProfile(URL, id_='jdoe')()
    assert (http.method, http.path) == ('GET', '/user/jdoe/profile')
    assert user.email is None and user.display_name is None


def test_create_nests_profile_and_credentials(http):
    create = pycamunda.user.Create(URL, id_='jdoe', first_name='John', last_name='Doe',
                                   password='s3cret')
    assert create.body_parameters() == {'profile': {'id': 'jdoe', 'firstName': 'John',
                                                    'lastName': 'Doe'},
                                        'credentials': {'password': 's3cret'}}
    assert 's3cret' not in repr(create)
    create()
    assert (http.method, http.path) == ('POST', '/user/create')
    assert http.json == create.body_parameters()


def test_update_profile_and_credentials(http):
    pycamunda.user.UpdateProfile(URL, 'jdoe', new_user_id='john', email='j@example.org')()
    assert (http.method, http.path, http.json) == ('PUT', '/user/jdoe/profile',
                                                   {'id': 'john', 'email': 'j@example.org'})
    pycamunda.user.UpdateCredentials(URL, 'jdoe', password='new', authenticated_user_password='me')()
    assert (http.method, http.path, http.json) == (
        'PUT', '/user/jdoe/credentials', {'password': 'new', 'authenticatedUserPassword': 'me'})


@pytest.mark.parametrize('cls, method, path', [
    (pycamunda.user.Delete, 'DELETE', '/user/jdoe'),
    (pycamunda.user.Unlock, 'POST', '/user/jdoe/unlock'),
])
def test_id_requests(http, cls, method, path):
    assert cls(URL, id_='jdoe')() is None
    assert (http.method, http.path) == (method, path)


def test_options_of_collection_and_item(http):
    link = {'method': 'GET', 'href': 'http://x/user', 'rel': 'list'}
    http.respond(json={'links': [link]})
    options = pycamunda.user.Options(URL)()
    assert (http.method, http.path) == ('OPTIONS', '/user')
    assert [li.rel for li in options] == ['list'] and len(options) == 1
    assert pycamunda.user.Options(URL, id_='jdoe').url == URL + '/user/jdoe'


def test_path_parameters_are_percent_encoded(http):
    pycamunda.user.Delete(URL, id_='../task/x?y#z')()
    assert http.raw_path == '/user/..%2Ftask%2Fx%3Fy%23z'
    assert pycamunda.user.Delete(URL, id_='..').url == URL + '/user/%2E%2E'


def test_missing_id_is_refused_before_sending(http):
    with pytest.raises(InvalidInput, match='id_ is required'):
        pycamunda.user.Delete(URL, id_=None)()
    assert http.calls == []


def test_not_found_carries_what_camunda_said(http):
    http.respond(404, json={'type': 'InvalidRequestException', 'message': 'no user jdoe', 'code': 0})
    with pytest.raises(pycamunda.NotFound) as info:
        pycamunda.user.GetProfile(URL, id_='jdoe')()
    error = info.value
    assert (error.status_code, error.type_, error.message) == (404, 'InvalidRequestException',
                                                               'no user jdoe')
    assert error.method == 'GET' and error.url == URL + '/user/jdoe/profile'
    assert 'no user jdoe' in str(error)


@pytest.mark.parametrize('cls', [pycamunda.user.GetList, pycamunda.user.Count])
def test_id_in_and_potential_starter_are_sent(http, cls):
    http.respond(json={'count': 1} if cls is pycamunda.user.Count else [])
    cls(URL, id_in=['ann', 'bob'], potential_starter='invoice:1:x')()
    assert http.params == {'idIn': 'ann,bob', 'potentialStarter': 'invoice:1:x'}
