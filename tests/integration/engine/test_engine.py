"""The engine class against the real engine."""
import pycamunda.engine


def test_get_list_names_the_default_engine(engine_url):
    assert pycamunda.engine.GetList(engine_url)() == ('default',)
