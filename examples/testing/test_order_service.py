"""Unit tests of order_service without an engine: patch what pycamunda sends, answers.

These are the patches tests written for PyCamunda use, and they work unchanged here.
"""

import json
from unittest import mock

import pytest
import requests

import order_service
import pycamunda
import pycamunda.task

URL = 'http://camunda.test/engine-rest'


# [patch-request]
@mock.patch('requests.Session.request')
def test_place_order_sends_the_amount_as_a_double(request):
    request.return_value.json.return_value = {'id': 'instance-1', 'businessKey': 'A-1'}

    assert order_service.place_order(URL, 'A-1', 99.5) == 'instance-1'

    request.assert_called_once()
    sent = request.call_args.kwargs
    assert sent['method'] == 'POST'
    assert sent['url'] == URL + '/process-definition/key/pycamunda-order/start'
    assert sent['json']['businessKey'] == 'A-1'
    assert sent['json']['variables'] == {'amount': {'value': 99.5, 'type': 'Double'}}
# [/patch-request]


# [fake-response]
def fake_response(status: int, body: object) -> requests.Response:
    """A real ``requests.Response``, as the engine would have answered."""
    response = requests.Response()
    response.status_code = status
    response.headers['Content-Type'] = 'application/json'
    response._content = json.dumps(body).encode()
    return response


@pytest.mark.parametrize('status, body, running', [
    (200, {'id': 'instance-1', 'definitionId': 'order:1', 'suspended': False}, True),
    (404, {'type': 'InvalidRequestException', 'message': 'No instance'}, False),
])
def test_is_running(status, body, running):
    answer = fake_response(status, body)
    with mock.patch('requests.Session.request', return_value=answer):
        assert order_service.is_running(URL, 'instance-1') is running
# [/fake-response]


# [patch-raise-for-status]
@mock.patch('requests.Session.request', return_value=fake_response(500, {}))
@mock.patch('pycamunda.base._raise_for_status',
            side_effect=pycamunda.NotFound('no such instance'))
def test_an_error_path(raise_for_status, request):
    assert order_service.is_running(URL, 'gone') is False
    raise_for_status.assert_called_once()
# [/patch-raise-for-status]


# [patch-load]
@mock.patch('requests.Session.request')
@mock.patch('pycamunda.task.Task.load')
def test_assignee_of(load, request):
    load.return_value = mock.Mock(assignee='demo')

    assert order_service.assignee_of(URL, 'task-1') == 'demo'
    assert request.call_args.kwargs['url'] == URL + '/task/task-1'
    load.assert_called_once_with(request.return_value.json.return_value)
# [/patch-load]
