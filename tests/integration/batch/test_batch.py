"""The batch classes against the real engine.

The batch is a migration of an instance that is not of the plan's source definition: its one
job fails for good, so the batch stays until it is deleted.
"""
import datetime as dt
import time

import pytest

import pycamunda
import pycamunda.batch

from integration.conftest import at_least


def eventually(probe, timeout=30.0):
    deadline = time.monotonic() + timeout
    while True:
        answer = probe()
        if answer or time.monotonic() > deadline:
            assert answer, f'{probe} gave no answer within {timeout} s'
            return answer
        time.sleep(0.2)


@pytest.fixture
def batch(engine_url, camunda, uid):
    source = camunda.deploy_fixture('migration_v1.bpmn', key=uid)
    target = camunda.deploy_fixture('migration_v2.bpmn', key=uid)
    source_id = next(iter(source['deployedProcessDefinitions']))
    target_id = next(iter(target['deployedProcessDefinitions']))
    instance = camunda.start(uid)  # the latest version: the target, not the source
    plan = {'sourceProcessDefinitionId': source_id, 'targetProcessDefinitionId': target_id,
            'instructions': []}
    created = camunda.request('POST', '/migration/executeAsync',
                              json={'migrationPlan': plan, 'processInstanceIds': [instance['id']]})
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/batch/{created["id"]}',
                                                 params={'cascade': 'true'}))
    return created


def test_get_list_and_count(engine_url, batch):
    got = pycamunda.batch.Get(engine_url, batch['id'])()
    assert (got.id_, got.type_, got.total_jobs, got.batch_jobs_per_seed) == (
        batch['id'], 'instance-migration', 1, batch['batchJobsPerSeed'])
    assert got.batch_job_definition_id == batch['batchJobDefinitionId']
    if at_least('7.18'):  # batches have a start time since 7.18 (OpenAPI BatchDto)
        assert abs(got.start_time - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)
    else:
        assert got.start_time is None

    listed = pycamunda.batch.GetList(engine_url, batch_id=batch['id'])()
    assert [b.id_ for b in listed] == [batch['id']]
    some = pycamunda.batch.GetList(engine_url, type_='instance-migration', sort_by='batch_id',
                                   ascending=False, max_results=500)()
    ids = [b.id_ for b in some]
    assert batch['id'] in ids and ids == sorted(ids, reverse=True)
    assert pycamunda.batch.Count(engine_url, batch_id=batch['id'], type_='instance-migration')() == 1
    assert pycamunda.batch.Count(engine_url, batch_id=batch['id'], suspended=True)() == 0


def test_statistics_count_the_failed_job(engine_url, batch):
    def failed():
        stats = pycamunda.batch.GetStats(engine_url, batch_id=batch['id'])()
        return stats and stats[0].failed_jobs == 1 and stats[0]

    stats = eventually(failed)
    assert (stats.id_, stats.total_jobs, stats.remaining_jobs, stats.completed_jobs) == (
        batch['id'], 1, 1, 0)
    assert pycamunda.batch.CountStats(engine_url, batch_id=batch['id'], with_failures=True)() == 1
    if at_least('7.18'):  # older engines ignore withFailures/withoutFailures (OpenAPI 7.18)
        assert pycamunda.batch.CountStats(engine_url, batch_id=batch['id'],
                                          without_failures=True)() == 0


def test_suspend_activate_and_delete(engine_url, batch):
    pycamunda.batch.Suspend(engine_url, batch['id'])()
    assert pycamunda.batch.Get(engine_url, batch['id'])().suspended is True
    assert pycamunda.batch.Count(engine_url, batch_id=batch['id'], suspended=True)() == 1
    pycamunda.batch.Activate(engine_url, batch['id'])()
    assert pycamunda.batch.Get(engine_url, batch['id'])().suspended is False

    def deleted():  # the job executor may be working on the batch's jobs at that moment
        try:
            pycamunda.batch.Delete(engine_url, batch['id'], cascade=True)()
        except pycamunda.InternalServerError as exc:
            if exc.type_ != 'OptimisticLockingException':
                raise
            return False
        return True

    eventually(deleted)
    with pytest.raises(pycamunda.NotFound):
        pycamunda.batch.Get(engine_url, batch['id'])()
