"""A stand-in for the network: ``requests.Session.request`` patched, recording each call.

``http`` records what each request class sends and answers with what the test sets::

    http.respond(json={'id': 'x'})
    result = pycamunda.task.Get(URL, id_='x')()
    assert http.method == 'GET' and http.path == '/task/x'
"""
from __future__ import annotations

import json as jsonlib
import unittest.mock
import urllib.parse
from typing import Any, Dict, List, Optional

import requests

URL = 'http://engine.test/engine-rest'


def make_response(status: int = 200, json: Any = None, content: Optional[bytes] = None,
                  headers: Optional[Dict[str, str]] = None) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.reason = 'Reason'
    if content is None:
        content = b'' if json is None else jsonlib.dumps(json).encode()
        response.headers['Content-Type'] = 'application/json'
    response._content = content
    response.headers.update(headers or {})
    response.encoding = 'utf-8'
    return response


class FakeHTTP:
    """What was sent through ``Session.request``, and what to answer."""

    def __init__(self, mock: unittest.mock.MagicMock) -> None:
        self.mock = mock
        self.calls: List[Dict[str, Any]] = []
        self.answers: List[requests.Response] = []
        mock.side_effect = self._request

    def respond(self, status: int = 200, json: Any = None, content: Optional[bytes] = None,
                headers: Optional[Dict[str, str]] = None) -> None:
        self.answers.append(make_response(status, json, content, headers))

    def _request(self, session: requests.Session, method: str, url: str, **kwargs: Any
                 ) -> requests.Response:
        self.calls.append(dict(kwargs, method=method, url=url, session=session))
        return self.answers.pop(0) if self.answers else make_response(204)

    @property
    def last(self) -> Dict[str, Any]:
        assert self.calls, 'no request was sent'
        return self.calls[-1]

    @property
    def method(self) -> str:
        return self.last['method']

    @property
    def path(self) -> str:
        url = self.last['url']
        assert url.startswith(URL), url
        return urllib.parse.unquote(url[len(URL):])

    @property
    def raw_path(self) -> str:
        return self.last['url'][len(URL):]

    @property
    def params(self) -> Dict[str, Any]:
        return self.last.get('params') or {}

    @property
    def json(self) -> Any:
        return self.last.get('json')
