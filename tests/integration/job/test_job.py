"""The job classes against the real engine."""
import datetime as dt

import pytest

import pycamunda
import pycamunda.base
import pycamunda.batch
import pycamunda.job
import pycamunda.request

from .conftest import eventually


def test_get_list_count_and_query_find_the_timer(engine_url, timer_job, uid):
    instance_id = timer_job['processInstanceId']
    job = pycamunda.job.Get(engine_url, timer_job['id'])()
    assert (job.id_, job.process_definition_key, job.retries, job.suspended) == (
        timer_job['id'], uid, 3, False)
    assert job.process_instance_id == instance_id and job.exception_message is None
    assert dt.timedelta(minutes=55) < job.due_date - job.create_time < dt.timedelta(minutes=65)

    assert pycamunda.job.GetList(engine_url, process_instance_id=instance_id, timers=True)() == (job,)
    assert pycamunda.job.GetList(engine_url, process_definition_key=uid, messages=True)() == ()
    assert pycamunda.job.Count(engine_url, process_instance_ids=[instance_id], active=True)() == 1
    assert pycamunda.job.Count(engine_url, process_instance_id=instance_id, executable=True)() == 0
    query = pycamunda.job.Query(engine_url, process_definition_key=uid, timers=True,
                                sort_by='job_due_date', ascending=False, max_results=5)
    assert query() == (job,)
    assert pycamunda.job.QueryCount(engine_url, job_ids=[job.id_], timers=True)() == 1
    # (the engine fails with a persistence error when a job id and an activity id are combined)
    assert pycamunda.job.QueryCount(engine_url, process_instance_id=instance_id,
                                    activity_id='wait')() == 1
    assert pycamunda.job.QueryCount(engine_url, job_ids=[job.id_], suspended=True)() == 0


def test_due_date_set_and_recalculated(engine_url, timer_job):
    job_id = timer_job['id']
    later = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=2)
    pycamunda.job.SetDueDate(engine_url, job_id, due_date=later)()
    job = pycamunda.job.Get(engine_url, job_id)()
    assert job.due_date == later
    pycamunda.job.RecalculateDueDate(engine_url, job_id, creation_date_based=True)()
    job = pycamunda.job.Get(engine_url, job_id)()
    assert job.due_date - job.create_time == dt.timedelta(hours=1)


def test_priority_retries_and_suspension(engine_url, timer_job, uid):
    job_id, instance_id = timer_job['id'], timer_job['processInstanceId']
    pycamunda.job.SetPriority(engine_url, job_id, priority=42)()
    pycamunda.job.SetRetries(engine_url, job_id, retries=7)()
    job = pycamunda.job.Get(engine_url, job_id)()
    assert (job.priority, job.retries) == (42, 7)
    assert pycamunda.job.Count(engine_url, process_instance_id=instance_id,
                               priority_higher_than_or_equals=42)() == 1

    pycamunda.job.Suspend(engine_url, id_=job_id)()
    assert pycamunda.job.Get(engine_url, job_id)().suspended is True
    pycamunda.job.Activate(engine_url, id_=job_id)()
    assert pycamunda.job.Get(engine_url, job_id)().suspended is False

    pycamunda.job.Suspend(engine_url, process_instance_id=instance_id)()
    assert pycamunda.job.Count(engine_url, process_instance_id=instance_id, suspended=True)() == 1
    pycamunda.job.Activate(engine_url, process_definition_key=uid)()
    assert pycamunda.job.Count(engine_url, process_instance_id=instance_id, active=True)() == 1


def test_execute_moves_the_instance_on(engine_url, camunda, timer_job):
    pycamunda.job.Execute(engine_url, timer_job['id'])()
    with pytest.raises(pycamunda.NotFound):
        pycamunda.job.Get(engine_url, timer_job['id'])()
    tasks = camunda.request('GET', '/task', params={'processInstanceId': timer_job['processInstanceId']})
    assert [t['taskDefinitionKey'] for t in tasks] == ['task']


def test_delete(engine_url, timer_job):
    pycamunda.job.Delete(engine_url, timer_job['id'])()
    assert pycamunda.job.Count(engine_url, job_id=timer_job['id'])() == 0


def test_failed_job_stacktrace_and_filters(engine_url, failed_job):
    instance_id = failed_job['processInstanceId']
    trace = pycamunda.job.GetStacktrace(engine_url, failed_job['id'])()
    assert 'doesNotExist' in trace and 'Exception' in trace
    jobs = pycamunda.job.GetList(engine_url, process_instance_id=instance_id, with_exception=True,
                                 no_retries_left=True)()
    assert [(j.id_, j.failed_activity_id, j.retries) for j in jobs] == [(failed_job['id'], 'fail', 0)]
    assert 'doesNotExist' in jobs[0].exception_message
    assert pycamunda.job.Count(engine_url, process_instance_id=instance_id,
                               with_retries_left=True)() == 0


def test_set_retries_async_by_ids_and_by_query(engine_url, camunda, failed_job):
    job_id, instance_id = failed_job['id'], failed_job['processInstanceId']
    batch = pycamunda.job.SetRetriesAsync(engine_url, retries=2, job_ids=[job_id])()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/batch/{batch.id_}',
                                                 params={'cascade': 'true'}))
    assert isinstance(batch, pycamunda.batch.Batch)
    assert (batch.type_, batch.total_jobs) == ('set-job-retries', 1)
    eventually(lambda: pycamunda.job.Get(engine_url, job_id)().retries == 2)

    batch = pycamunda.job.SetRetriesAsync(engine_url, retries=4,
                                          job_query={'processInstanceId': instance_id})()
    camunda.later(lambda: camunda.session.delete(f'{engine_url}/batch/{batch.id_}',
                                                 params={'cascade': 'true'}))
    assert batch.total_jobs == 1
    eventually(lambda: pycamunda.job.Get(engine_url, job_id)().retries == 4)


def test_unknown_job_is_not_found(engine_url, uid):
    with pytest.raises(pycamunda.NotFound) as info:
        pycamunda.job.Get(engine_url, uid)()
    assert uid in info.value.message


def test_query_date_conditions_in_the_get_form_filter(engine_url, timer_job, uid):
    due = pycamunda.job.Get(engine_url, timer_job['id'])().due_date
    before, after = due - dt.timedelta(minutes=5), due + dt.timedelta(minutes=5)
    get_form = f'lt_{pycamunda.base.isoformat(after)}'
    for cls in (pycamunda.job.Count, pycamunda.job.QueryCount):
        assert cls(engine_url, process_definition_key=uid, due_dates=[get_form])() == 1
        assert cls(engine_url, process_definition_key=uid,
                   due_dates=[('gt', after)], create_times=[('lt', after)])() == 0
        assert cls(engine_url, process_definition_key=uid,
                   due_dates=[{'operator': 'gt', 'value': before}])() == 1


def test_suspension_by_id_and_selection_is_refused_before_sending(engine_url, timer_job):
    with pytest.raises(pycamunda.request.InvalidInput, match='give exactly one of id_'):
        pycamunda.job.Suspend(engine_url, id_=timer_job['id'],
                              process_instance_id=timer_job['processInstanceId'])()
    assert pycamunda.job.Get(engine_url, timer_job['id'])().suspended is False
