"""GET value filters are compared as text by the engine: a value that is no str warns."""
import importlib
import pkgutil
import warnings

import pytest

import pycamunda
from pycamunda.base import RequestMethod

from unit.fakehttp import URL


def _get_lists_with_value_filters():
    found = []
    for info in pkgutil.walk_packages(pycamunda.__path__, 'pycamunda.'):
        module = importlib.import_module(info.name)
        cls = getattr(module, 'GetList', None)
        if cls is not None and hasattr(cls, 'add_greater_than_equal_value_filter'):
            found.append(cls)
    return found


GET_LISTS = _get_lists_with_value_filters()


def test_the_get_lists_with_value_filters_are_found():
    assert {c.__module__ for c in GET_LISTS} >= {
        'pycamunda.variable', 'pycamunda.caseinst', 'pycamunda.history.processinst'}


@pytest.mark.parametrize('cls', GET_LISTS, ids=lambda c: c.__module__)
def test_a_non_string_get_value_filter_warns_and_names_the_post_twin(cls):
    assert cls.http_method is RequestMethod.GET
    query = cls(URL)
    with pytest.warns(UserWarning, match=rf"compares the GET value filter score gteq 50 as the "
                                         rf"string '50'.*use {cls.__module__}\.Query"):
        query.add_greater_than_equal_value_filter('score', 50)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        query.add_equal_value_filter('name', 'Ann')  # a string is compared as it should be
        twin = importlib.import_module(cls.__module__).Query(URL)
        twin.add_greater_than_equal_value_filter('score', 50)  # POST compares typed values
