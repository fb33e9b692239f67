"""The external task classes against the real engine."""
import time

import pytest

import pycamunda
import pycamunda.externaltask as et

from integration.conftest import at_least


@pytest.fixture
def flow(camunda, uid):
    """A deployed ``externaltask_flow`` process and a started instance, with its task."""
    topic = f'{uid}-topic'
    camunda.deploy_fixture('externaltask_flow.bpmn', key=uid, topic=topic)

    def start(business_key=None, **variables):
        typed = {name: {'value': value, 'type': 'Integer' if isinstance(value, int) else 'String'}
                 for name, value in variables.items()}
        instance = camunda.start(uid, typed, business_key=business_key)
        task = camunda.request('GET', '/external-task',
                               params={'processInstanceId': instance['id']})[0]
        return instance['id'], task['id']

    return {'key': uid, 'topic': topic, 'start': start}


def ended_at(camunda, instance_id):
    """The end event an instance ended at (from history)."""
    ends = camunda.request('GET', '/history/activity-instance',
                           params={'processInstanceId': instance_id, 'activityType': 'noneEndEvent'})
    return [a['activityId'] for a in ends]


def test_queries_and_counts(engine_url, flow):
    first, task_id = flow['start'](business_key='b1')
    flow['start']()
    tasks = et.GetList(engine_url, topic_name=flow['topic'], sort_by='process_instance_id')()
    assert len(tasks) == 2 and all(t.priority == 7 and t.activity_id == 'work' for t in tasks)
    assert et.Count(engine_url, topic_name=flow['topic'], not_locked=True)() == 2
    # sorting and paging go out too, as in PyCamunda; the engine's count ignores them
    assert et.Count(engine_url, topic_name=flow['topic'], not_locked=True, sort_by='id_',
                    max_results=1)() == 2
    assert et.Count(engine_url, topic_name=flow['topic'], locked=True)() == 0
    only = et.GetList(engine_url, process_instance_id=first)()
    assert [t.id_ for t in only] == [task_id] and only[0].business_key == 'b1'
    query = et.Query(engine_url, topic_name=flow['topic'], process_definition_key=flow['key'])
    query.add_sorting('create_time')
    if at_least('7.24'):  # external tasks have a create time since 7.24 (OpenAPI ExternalTaskDto)
        assert {t.id_ for t in query()} == {t.id_ for t in tasks}
    else:  # an older engine refuses the sorting, and says which call it refused
        with pytest.raises(pycamunda.BadRequest, match='POST .*/external-task answered 400'):
            query()
        query = et.Query(engine_url, topic_name=flow['topic'], process_definition_key=flow['key'])
        query.add_sorting('id_')
        assert {t.id_ for t in query()} == {t.id_ for t in tasks}
    assert et.QueryCount(engine_url, topic_name=flow['topic'], id_in=[task_id])() == 1
    task = et.Get(engine_url, task_id)()
    assert (task.process_instance_id, task.process_definition_version_tag) == (first, 'v1')
    assert flow['topic'] in et.GetTopicNames(engine_url, with_unlocked_tasks=True)()


def test_fetch_lock_extend_unlock_and_complete(engine_url, camunda, flow, uid):
    instance, task_id = flow['start'](business_key=f'{uid}-b', amount=42)
    fetch = et.FetchAndLock(engine_url, f'{uid}-w', 5, async_response_timeout=1000)
    fetch.add_topic(flow['topic'], 60000, ['amount'], business_key=f'{uid}-b',
                    include_extension_properties=True)
    (task,) = fetch()
    assert (task.id_, task.worker_id, task.business_key) == (task_id, f'{uid}-w', f'{uid}-b')
    assert task.variables['amount'].value == 42 and task.extension_properties == {'kind': 'test'}
    before = et.Get(engine_url, task_id)().lock_expiration_time
    et.ExtendLock(engine_url, task_id, 600000, f'{uid}-w')()
    assert et.Get(engine_url, task_id)().lock_expiration_time > before
    with pytest.raises(pycamunda.BadRequest):  # another worker cannot complete it
        et.Complete(engine_url, task_id, 'someone-else')()
    et.Unlock(engine_url, task_id)()
    unlocked = et.Get(engine_url, task_id)()
    assert (unlocked.worker_id, unlocked.lock_expiration_time) == (None, None)
    et.Lock(engine_url, task_id, f'{uid}-w', 30000)()
    assert et.Get(engine_url, task_id)().worker_id == f'{uid}-w'
    complete = et.Complete(engine_url, task_id, f'{uid}-w')
    complete.add_variable('result', 'ok')
    complete()
    assert ended_at(camunda, instance) == ['done']
    variable = camunda.request('GET', '/history/variable-instance',
                               params={'processInstanceId': instance, 'variableName': 'result'})
    assert variable[0]['value'] == 'ok'
    with pytest.raises(pycamunda.NotFound):
        et.Get(engine_url, task_id)()


def test_bpmn_error_is_caught_by_the_boundary_event(engine_url, camunda, flow, uid):
    instance, task_id = flow['start']()
    fetch = et.FetchAndLock(engine_url, f'{uid}-w', 1)
    fetch.add_topic(flow['topic'], 60000)
    assert [t.id_ for t in fetch()] == [task_id]
    error = et.HandleBPMNError(engine_url, task_id, f'{uid}-w', f'{uid}-error', 'no stock')
    error.add_variable('reason', 'stock')
    error()
    assert ended_at(camunda, instance) == ['caught']


def test_failure_retries_priority_and_error_details(engine_url, camunda, flow, uid):
    instance, task_id = flow['start']()
    fetch = et.FetchAndLock(engine_url, f'{uid}-w', 1)
    fetch.add_topic(flow['topic'], 60000)
    fetch()
    et.HandleFailure(engine_url, task_id, f'{uid}-w', 'it broke', 'Traceback: line 1',
                     retries=0, retry_timeout=0)()
    task = et.Get(engine_url, task_id)()
    assert (task.retries, task.error_message, task.error_details) == (0, 'it broke',
                                                                      'Traceback: line 1')
    assert et.GetErrorDetails(engine_url, task_id)() == 'Traceback: line 1'
    assert et.Count(engine_url, topic_name=flow['topic'], no_retries_left=True)() == 1
    incidents = camunda.request('GET', '/incident', params={'processInstanceId': instance})
    assert incidents[0]['incidentType'] == 'failedExternalTask'
    et.SetRetries(engine_url, task_id, 2)()
    assert et.Get(engine_url, task_id)().retries == 2
    assert camunda.request('GET', '/incident', params={'processInstanceId': instance}) == []
    et.SetPriority(engine_url, task_id, 99)()
    assert et.Get(engine_url, task_id)().priority == 99
    listed = et.GetList(engine_url, id_=task_id)()
    assert listed[0].error_details == 'Traceback: line 1'


def test_set_retries_of_many_tasks(engine_url, flow):
    ids = [flow['start']()[1] for _ in range(2)]
    et.SetRetriesSync(engine_url, 4, ids)()
    assert {t.retries for t in et.GetList(engine_url, topic_name=flow['topic'])()} == {4}
    batch = et.SetRetriesAsync(engine_url, 5, None,
                               external_task_query={'topicName': flow['topic']})()
    assert batch.type_ == 'set-external-task-retries' and batch.total_jobs == 2
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if {t.retries for t in et.GetList(engine_url, topic_name=flow['topic'])()} == {5}:
            break
        time.sleep(0.5)
    assert {t.retries for t in et.GetList(engine_url, topic_name=flow['topic'])()} == {5}


def test_unknown_task_is_not_found(engine_url, uid):
    with pytest.raises(pycamunda.NotFound) as info:
        et.Get(engine_url, uid)()
    assert uid in info.value.message
