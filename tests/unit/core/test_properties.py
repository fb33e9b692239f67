"""Property tests: whatever the values, what is sent is well-formed and stays where it belongs."""
import datetime as dt
import json
import urllib.parse

from hypothesis import given, settings
from hypothesis import strategies as st

import pycamunda.processinst
import pycamunda.task
import pycamunda.user
from pycamunda.base import prepare, query_prepare

from unit.fakehttp import URL

TEXT = st.text(min_size=1, max_size=40)


@settings(max_examples=300)
@given(TEXT)
def test_a_path_parameter_never_leaves_its_segment(value):
    url = pycamunda.user.GetProfile(URL, id_=value).url
    assert url.startswith(URL + '/user/') and url.endswith('/profile')
    segment = url[len(URL + '/user/'):-len('/profile')]
    assert '/' not in segment and '?' not in segment and '#' not in segment
    assert segment not in ('.', '..')
    assert urllib.parse.unquote(segment) == value


@given(TEXT, TEXT)
def test_two_path_parameters_stay_apart(task_id, var_name):
    request = pycamunda.task.LocalVariablesDelete(URL, task_id=task_id, var_name=var_name)
    head, _, tail = request.url[len(URL + '/task/'):].partition('/localVariables/')
    assert (urllib.parse.unquote(head), urllib.parse.unquote(tail)) == (task_id, var_name)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text() | st.datetimes(timezones=st.just(dt.timezone.utc)),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children,
                                                                       max_size=4),
    max_leaves=12)


@given(JSON_VALUES)
def test_body_values_are_always_json(value):
    json.dumps(prepare(value), allow_nan=False)


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters=','), min_size=1),
                min_size=1, max_size=5))
def test_query_lists_are_comma_separated(values):
    assert query_prepare(values).split(',') == [str(v) for v in values]


@given(st.booleans())
def test_query_booleans_are_lowercase_words(flag):
    params = pycamunda.processinst.GetList(URL, with_incident=flag).query_parameters()
    assert params['withIncident'] == ('true' if flag else 'false')
