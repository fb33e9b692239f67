"""The job log against the real engine."""
from pycamunda.history import joblog


def test_get_list_query_get_and_stacktrace(engine_url, activity):
    pid = activity['pid']
    logs = joblog.GetList(engine_url, process_instance_id=pid, sort_by='timestamp')()
    assert logs[0].creation_log and logs[-1].success_log
    assert all(entry.job_id == activity['job_id'] for entry in logs)
    failures = joblog.Query(engine_url, process_instance_id=pid, failure_log=True)()
    assert failures and all('doesNotExist' in f.job_exception_message for f in failures)
    got = joblog.Get(engine_url, failures[0].id_)()
    assert (got.failed_activity_id, got.process_definition_key) == ('risky', activity['key'])
    assert 'doesNotExist' in joblog.GetStacktrace(engine_url, failures[0].id_)()


def test_counts(engine_url, activity):
    assert joblog.Count(engine_url, job_id=activity['job_id'], success_log=True)() == 1
    assert joblog.QueryCount(engine_url, process_instance_id=activity['pid'], creation_log=True)() == 1
