"""Unit tests: ``requests.Session.request`` is patched, so nothing reaches a network."""
from __future__ import annotations

import unittest.mock
from typing import Any

import pytest
import requests

from unit.fakehttp import FakeHTTP


@pytest.fixture
def http() -> Any:
    with unittest.mock.patch.object(requests.Session, 'request', autospec=True) as mock:
        yield FakeHTTP(mock)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The OpenAPI conformance figures (tests/unit/test_openapi.py), shown without ``-s``."""
    for line in terminalreporter.config.__dict__.get('_openapi_figures', ()):
        terminalreporter.write_line(f'OpenAPI conformance: {line}')
