"""What the engine class sends, and what it makes of the engine's answer."""
import pycamunda.engine

from unit.fakehttp import URL


def test_get_list_returns_the_names(http):
    http.respond(json=[{'name': 'default'}, {'name': 'other'}])
    assert pycamunda.engine.GetList(URL)() == ('default', 'other')
    assert (http.method, http.path, http.params) == ('GET', '/engine', {})


def test_get_list_of_no_engines(http):
    http.respond(json=[])
    assert pycamunda.engine.GetList(URL)() == ()
