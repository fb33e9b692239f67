"""The history of CMMN cases: case instances, case activity instances, case definition reports."""
from typing import Any, Dict, Iterator

import pytest

from pycamunda.history import caseactivityinst, casedef, caseinst

from integration.conftest import Camunda


@pytest.fixture(scope='module')
def case(engine_url: str) -> Iterator[Dict[str, Any]]:
    """A case instance whose human task was completed (which completes the case), then closed."""
    import uuid
    camunda = Camunda(engine_url)
    key = 'c' + uuid.uuid4().hex[:10]
    try:
        deployment = camunda.deploy_fixture('case.cmmn', key=key)
        definition_id = next(iter(deployment['deployedCaseDefinitions'].values()))['id']
        instance = camunda.request('POST', f'/case-definition/key/{key}/create', json={
            'businessKey': f'{key}-b', 'variables': {'amount': {'value': 150, 'type': 'Integer'}}})
        task = camunda.request('GET', '/task', params={'caseInstanceId': instance['id']})[0]
        camunda.request('POST', f'/task/{task["id"]}/complete', json={})
        camunda.request('POST', f'/case-instance/{instance["id"]}/close', json={})
        yield {'key': key, 'id': instance['id'], 'definition_id': definition_id, 'task_id': task['id']}
    finally:
        camunda.close()


def test_case_instances(engine_url, case):
    found = caseinst.GetList(engine_url, case_instance_business_key=f'{case["key"]}-b', closed=True)()
    assert [c.id_ for c in found] == [case['id']]
    assert caseinst.GetList(engine_url, case_definition_key=case['key'], not_closed=True)() == ()
    query = caseinst.Query(engine_url, case_definition_key=case['key'], sort_by='create_time')
    query.add_greater_than_equal_value_filter('amount', 150)
    assert [c.id_ for c in query()] == [case['id']]
    assert caseinst.Count(engine_url, case_definition_key=case['key'], closed=True)() == 1
    count = caseinst.QueryCount(engine_url, case_definition_key=case['key'])
    count.add_less_than_value_filter('amount', 150)
    assert count() == 0
    got = caseinst.Get(engine_url, case['id'])()
    assert (got.closed, got.active, got.case_definition_id) == (True, False, case['definition_id'])
    assert got.close_time >= got.create_time


def test_case_activity_instances(engine_url, case):
    found = caseactivityinst.GetList(engine_url, case_instance_id=case['id'], sort_by='create_time')()
    assert [(a.case_activity_id, a.case_activity_type, a.completed, a.task_id) for a in found] == [
        ('review_item', 'humanTask', True, case['task_id'])]
    assert caseactivityinst.Count(engine_url, case_instance_id=case['id'], completed=True)() == 1
    assert caseactivityinst.Count(engine_url, case_instance_id=case['id'], active=True)() == 0
    got = caseactivityinst.Get(engine_url, found[0].id_)()
    assert (got.case_activity_name, got.case_definition_id) == ('Review', case['definition_id'])
    assert got.end_time is not None


def test_case_definition_reports(engine_url, case):
    stats = casedef.GetActivityStats(engine_url, case['definition_id'])()
    assert [(s.id_, s.completed, s.active) for s in stats] == [('review_item', 1, 0)]
    rows = casedef.GetCleanableReport(engine_url, case_definition_key_in=[case['key']])()
    assert [(r.case_definition_id, r.history_time_to_live, r.finished_case_instance_count,
             r.cleanable_case_instance_count) for r in rows] == [(case['definition_id'], 7, 1, 0)]
    assert casedef.CountCleanableReport(engine_url, case_definition_key_in=[case['key']])() == 1
