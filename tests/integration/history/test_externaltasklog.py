"""The external task log against the real engine."""
from pycamunda.history import externaltasklog


def test_get_list_query_get_and_error_details(engine_url, activity):
    pid = activity['pid']
    logs = externaltasklog.GetList(engine_url, process_instance_id=pid, sort_by='timestamp')()
    assert [(e.creation_log, e.failure_log, e.success_log) for e in logs] == [
        (True, False, False), (False, True, False), (False, False, True)]
    failure = externaltasklog.Query(engine_url, external_task_id=activity['external_task_id'],
                                    failure_log=True)()
    assert [(f.error_message, f.worker_id) for f in failure] == [('boom', activity['worker'])]
    got = externaltasklog.Get(engine_url, failure[0].id_)()
    assert (got.topic_name, got.activity_id) == (activity['topic'], 'work')
    assert externaltasklog.GetErrorDetails(engine_url, failure[0].id_)() == f'{activity["key"]} details'


def test_counts(engine_url, activity):
    assert externaltasklog.Count(engine_url, topic_name=activity['topic'], success_log=True)() == 1
    assert externaltasklog.QueryCount(engine_url, worker_id=activity['worker'])() == 2
