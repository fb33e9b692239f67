"""``pages()`` and ``iterate()`` on every list query sent as POST (every ``Query`` class)."""
import importlib
import pkgutil

import pytest

import pycamunda
from pycamunda.base import CamundaRequest, RequestMethod

from unit.fakehttp import URL


def _post_queries():
    found = []
    for info in pkgutil.walk_packages(pycamunda.__path__, 'pycamunda.'):
        cls = getattr(importlib.import_module(info.name), 'Query', None)
        if isinstance(cls, type) and issubclass(cls, CamundaRequest):
            found.append(cls)
    return found


QUERIES = _post_queries()


def _paging(params):
    return {k: v for k, v in params.items() if k in ('firstResult', 'maxResults')}


def test_every_query_class_is_found():
    assert {c.__module__ for c in QUERIES} >= {
        'pycamunda.processinst', 'pycamunda.execution', 'pycamunda.group', 'pycamunda.variable',
        'pycamunda.schemalog', 'pycamunda.task', 'pycamunda.history.processinst'}


@pytest.mark.parametrize('cls', QUERIES, ids=lambda c: c.__module__)
def test_every_query_pages_with_first_and_max_results_in_the_query_string(http, cls):
    assert cls.http_method is RequestMethod.POST
    for page in ([{'id': 'a'}, {'id': 'b'}], [{'id': 'c'}, {'id': 'd'}], [{'id': 'e'}]):
        http.respond(json=page)
    query = cls(URL)
    assert [item.id_ for item in query.iterate(page_size=2)] == ['a', 'b', 'c', 'd', 'e']
    assert [(c['method'], _paging(c['params'])) for c in http.calls] == [
        ('POST', {'firstResult': 0, 'maxResults': 2}), ('POST', {'firstResult': 2, 'maxResults': 2}),
        ('POST', {'firstResult': 4, 'maxResults': 2})]
    assert query.first_result is None and query.max_results is None  # the request is unchanged
    http.respond(json=[{'id': 'x'}])
    assert [len(page) for page in cls(URL, first_result=10, max_results=1).pages(5)] == [1]
    assert _paging(http.last['params']) == {'firstResult': 10, 'maxResults': 1}
