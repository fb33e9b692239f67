"""Errors a newcomer meets: invalid input, engine conflicts, wrong URLs, failed connections."""
import pytest
import requests

import pycamunda
import pycamunda.base
import pycamunda.request
import pycamunda.task
import pycamunda.transport
import pycamunda.version
from pycamunda.request import InvalidInput

from unit.fakehttp import URL


def test_invalid_input_is_a_value_error_and_a_pycamunda_exception():
    assert pycamunda.InvalidInput is InvalidInput
    assert InvalidInput.__bases__ == (ValueError,)  # PyCamunda's interface
    with pytest.raises(pycamunda.PyCamundaException) as caught:
        pycamunda.task.GetList(URL, sort_by='no such key')
    assert isinstance(caught.value, ValueError) and 'sort_by' in caught.value.message


@pytest.mark.parametrize('type_, cls', [
    ('OptimisticLockingException', pycamunda.OptimisticLockingException),
    ('TaskAlreadyClaimedException', pycamunda.TaskAlreadyClaimedException),
    ('NullValueException', pycamunda.NullValueException),
    ('ProcessEngineException', pycamunda.ProcessEngineException),
    ('SomethingNew', pycamunda.InternalServerError),
])
def test_engine_exception_types_raise_classes_of_their_own(http, type_, cls):
    http.respond(500, json={'type': type_, 'message': 'conflict'})
    with pytest.raises(cls) as caught:
        pycamunda.task.Claim(URL, 't1', 'bob')()
    assert type(caught.value) is cls and caught.value.type_ == type_
    assert isinstance(caught.value, (pycamunda.InternalServerError, pycamunda.NoSuccess))


def test_an_html_404_asks_whether_the_url_is_the_rest_root(http):
    http.respond(404, content=b'<!doctype html><html><body>' + b'x' * 400 + b'</body></html>')
    with pytest.raises(pycamunda.NotFound, match="is the URL the engine's REST root") as caught:
        pycamunda.version.Get(URL)()
    assert 'xxxx' not in str(caught.value)


def test_a_stand_in_response_without_status_code_still_gives_an_error():
    class Fake:
        text = 'went wrong'

        def __bool__(self):
            return False

        def json(self):
            raise ValueError('no JSON')

    error = pycamunda.transport._error_for(Fake(), 'GET', URL)  # type: ignore[arg-type]
    assert isinstance(error, pycamunda.NoSuccess) and error.message == 'went wrong'


def test_a_url_without_scheme_is_refused_at_construction():
    with pytest.raises(InvalidInput, match="url='localhost:8080/engine-rest' has no scheme"):
        pycamunda.version.Get('localhost:8080/engine-rest')


@pytest.mark.parametrize('raised, says', [
    (requests.ConnectionError('... [Errno 111] Connection refused'), 'connection refused'),
    (requests.ConnectionError("NameResolutionError: Failed to resolve 'x.invalid'"), 'unknown host'),
    (requests.exceptions.SSLError('CERTIFICATE_VERIFY_FAILED'), 'TLS failure'),
    (requests.ConnectionError('reset'), 'cannot connect'),
])
def test_connection_failures_say_what_failed(http, raised, says):
    http.mock.side_effect = raised
    with pytest.raises(pycamunda.ConnectionFailed, match=says):
        pycamunda.version.Get(URL)()


def test_a_real_refused_connection_says_so():
    request = pycamunda.version.Get('http://localhost:1/engine-rest')  # nothing listens there
    request.timeout = 5
    with pytest.raises(pycamunda.ConnectionFailed, match='connection refused'):
        request()
