"""Dates through the engine in a time zone other than UTC: a ``date`` is local midnight."""
import datetime as dt
import os
import time

import pytest

import pycamunda.processdef as pd
import pycamunda.processinst as pi


@pytest.fixture
def new_york():
    """The process's local time zone is America/New_York (UTC-4/-5) during the test."""
    previous = os.environ.get('TZ')
    os.environ['TZ'] = 'America/New_York'
    time.tzset()
    try:
        yield
    finally:
        if previous is None:
            del os.environ['TZ']
        else:
            os.environ['TZ'] = previous
        time.tzset()


def test_a_date_round_trip_in_a_non_utc_time_zone(engine_url, camunda, uid, new_york):
    camunda.deploy_fixture('user_task.bpmn', key=uid, assignee='demo')
    start = pd.StartInstance(engine_url, key=uid)
    start.add_variable('due', dt.date(2024, 3, 10))  # the day New York's clocks go forward
    start.add_variable('naive', dt.datetime(2024, 7, 1, 9, 30))
    instance = start()
    due = pi.VariablesGet(engine_url, instance.id_, 'due')()
    naive = pi.VariablesGet(engine_url, instance.id_, 'naive')().value
    assert due.type_ == 'Date' and due.value.tzinfo is not None  # an aware datetime comes back
    assert due.value == dt.datetime(2024, 3, 10, 5, 0, tzinfo=dt.timezone.utc)  # local midnight
    assert due.value.astimezone().date() == dt.date(2024, 3, 10)
    assert naive == dt.datetime(2024, 7, 1, 13, 30, tzinfo=dt.timezone.utc)  # 9:30 EDT
