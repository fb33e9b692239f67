"""Testing code that uses pycamunda, without an engine: ``pytest examples/test_with_mocks.py``.

The three patches that tests written for PyCamunda use work unchanged:

- ``requests.Session.request`` answers with a fake response (its truth value says success);
- ``pycamunda.base._raise_for_status`` forces an error path (every error answer goes through it);
- a response dataclass's ``load`` (e.g. ``pycamunda.task.Task.load``) replaces what is loaded.
"""
from __future__ import annotations

import types
import unittest.mock
from typing import Any, List

import pytest

import pycamunda
import pycamunda.base
import pycamunda.task

URL = 'http://localhost:8080/engine-rest'


def open_task_names(url: str, assignee: str) -> List[str]:
    """The code under test: the names of the tasks assigned to ``assignee``."""
    return [task.name for task in pycamunda.task.GetList(url, assignee=assignee)()]


class FakeResponse:
    """All pycamunda needs of a response: a truth value (success), ``json()``, ``content``
    and ``text``."""

    def __init__(self, json_data: Any = None, ok: bool = True, text: str = '') -> None:
        self.json_data, self.ok, self.text = json_data, ok, text
        self.content = text.encode()

    def __bool__(self) -> bool:
        return self.ok

    def json(self) -> Any:
        return self.json_data


def test_answer_with_a_fake_response() -> None:
    answer = FakeResponse([{'id': 't1', 'name': 'Approve order'}])
    with unittest.mock.patch('requests.Session.request', return_value=answer) as request:
        assert open_task_names(URL, 'demo') == ['Approve order']
    sent = request.call_args.kwargs
    assert (sent['method'], sent['url']) == ('GET', URL + '/task')
    assert sent['params'] == {'assignee': 'demo'}


def test_an_error_answer_raises_the_error() -> None:
    answer = FakeResponse({'type': 'AuthorizationException', 'message': 'not allowed'}, ok=False)
    with unittest.mock.patch('requests.Session.request', return_value=answer):
        with pytest.raises(pycamunda.NoSuccess, match='not allowed'):
            open_task_names(URL, 'demo')


def test_force_an_error_by_patching_raise_for_status() -> None:
    failing = unittest.mock.patch('pycamunda.base._raise_for_status',
                                  side_effect=pycamunda.NotFound('no such engine'))
    with unittest.mock.patch('requests.Session.request', return_value=FakeResponse(ok=False)):
        with failing as raise_for_status, pytest.raises(pycamunda.NotFound):
            open_task_names(URL, 'demo')
    raise_for_status.assert_called_once()


def test_replace_what_is_loaded_by_patching_load() -> None:
    def stub_task(data: Any) -> Any:
        return types.SimpleNamespace(name=f'stub of {data["id"]}')

    answer = FakeResponse([{'id': 't1'}, {'id': 't2'}])
    with unittest.mock.patch('requests.Session.request', return_value=answer), \
            unittest.mock.patch.object(pycamunda.task.Task, 'load', side_effect=stub_task):
        assert open_task_names(URL, 'demo') == ['stub of t1', 'stub of t2']
