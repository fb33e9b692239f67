"""Dates, value preparation and typed variables."""
import datetime as dt
import enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pycamunda.base import from_isoformat, isoformat, prepare, query_prepare, typed_value
from pycamunda.request import InvalidInput

UTC = dt.timezone.utc


@pytest.mark.parametrize('text, expected', [
    ('2024-03-01T10:20:30.123+0000', dt.datetime(2024, 3, 1, 10, 20, 30, 123000, UTC)),
    ('2024-03-01T10:20:30.123+0200',
     dt.datetime(2024, 3, 1, 10, 20, 30, 123000, dt.timezone(dt.timedelta(hours=2)))),
    ('2024-03-01T10:20:30.123-05:30',
     dt.datetime(2024, 3, 1, 10, 20, 30, 123000, dt.timezone(-dt.timedelta(hours=5, minutes=30)))),
    ('2024-03-01T10:20:30Z', dt.datetime(2024, 3, 1, 10, 20, 30, 0, UTC)),
    ('2024-03-01T10:20:30', dt.datetime(2024, 3, 1, 10, 20, 30)),
    ('2024-03-01T10:20:30.5+0000', dt.datetime(2024, 3, 1, 10, 20, 30, 500000, UTC)),
    ('2024-03-01', dt.datetime(2024, 3, 1)),
    ('2024-03-01 10:20:30+01:00',
     dt.datetime(2024, 3, 1, 10, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
])
def test_from_isoformat_accepts_every_form_the_engine_writes(text, expected):
    assert from_isoformat(text) == expected


def test_isoformat_is_camundas_format():
    value = dt.datetime(2024, 3, 1, 10, 20, 30, 123456, UTC)
    assert isoformat(value) == '2024-03-01T10:20:30.123+0000'
    east = dt.datetime(2024, 3, 1, 10, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert isoformat(east) == '2024-03-01T10:20:30.000+0200'


def test_naive_datetimes_and_dates_are_local_time():
    naive = dt.datetime(2024, 3, 1, 10, 20, 30)
    assert from_isoformat(isoformat(naive)) == naive.astimezone()
    assert isoformat(dt.date(2024, 3, 1)).startswith('2024-03-01T00:00:00.000')


OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1),
                    timezones=OFFSETS))
def test_isoformat_round_trips_to_the_millisecond(value):
    parsed = from_isoformat(isoformat(value))
    assert parsed == value.replace(microsecond=value.microsecond // 1000 * 1000)


class Colour(enum.Enum):
    red = 'RED'


def test_prepare_and_query_prepare():
    when = dt.datetime(2024, 1, 1, tzinfo=UTC)
    assert prepare({'a': [when, Colour.red]}) == {'a': ['2024-01-01T00:00:00.000+0000', 'RED']}
    assert query_prepare(True) == 'true' and query_prepare(False) == 'false'
    assert query_prepare(['a', 'b', Colour.red]) == 'a,b,RED'
    assert query_prepare(when) == '2024-01-01T00:00:00.000+0000'
    assert query_prepare(5) == 5


@pytest.mark.parametrize('value, expected', [
    (True, {'value': True, 'type': 'Boolean'}),
    (7, {'value': 7, 'type': 'Integer'}),
    (2**31, {'value': 2**31, 'type': 'Long'}),
    (-2**31 - 1, {'value': -2**31 - 1, 'type': 'Long'}),
    (1.5, {'value': 1.5, 'type': 'Double'}),
    ('x', {'value': 'x', 'type': 'String'}),
    (None, {'value': None, 'type': 'Null'}),
    ({'a': [1]}, {'value': '{"a": [1]}', 'type': 'Json'}),
    ([1, 'b'], {'value': '[1, "b"]', 'type': 'Json'}),
    (b'\x00\xff', {'value': 'AP8=', 'type': 'Bytes'}),
    (dt.datetime(2024, 1, 1, tzinfo=UTC), {'value': '2024-01-01T00:00:00.000+0000', 'type': 'Date'}),
])
def test_typed_value_infers_camunda_types(value, expected):
    assert typed_value(value) == expected


def test_explicit_type_and_value_info_win():
    assert typed_value(5, 'String') == {'value': 5, 'type': 'String'}
    assert typed_value('x', 'Object', {'objectTypeName': 'java.lang.String'}) == {
        'value': 'x', 'type': 'Object', 'valueInfo': {'objectTypeName': 'java.lang.String'}}


def test_a_value_that_cannot_be_sent_is_refused():
    with pytest.raises(InvalidInput, match='object'):
        typed_value(object())
