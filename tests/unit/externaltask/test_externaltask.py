"""What the external task classes send, and what they make of the engine's answers."""
import datetime as dt

import pytest

import pycamunda.base
import pycamunda.externaltask as et
import pycamunda.transport
from pycamunda.request import InvalidInput
from pycamunda.variable import Variable

from unit.fakehttp import URL

TASK = {
    'activityId': 'work', 'activityInstanceId': 'work:1', 'errorMessage': None,
    'executionId': 'e1', 'id': 't1', 'lockExpirationTime': '2026-11-29T03:00:00.000+0000',
    'processDefinitionId': 'proc:1:d1', 'processDefinitionKey': 'proc',
    'processDefinitionVersionTag': 'v1', 'processInstanceId': 'pi1', 'tenantId': None,
    'retries': None, 'suspended': False, 'workerId': 'w1', 'priority': 7, 'topicName': 'charge',
    'businessKey': 'order-1', 'createTime': '2026-11-29T02:59:00.000+0000'}
LOCKED = dict(TASK, variables={
    'amount': {'type': 'Integer', 'value': 42, 'valueInfo': {}},
    'order': {'type': 'Json', 'value': '{"items": [1, 2]}', 'valueInfo': {}}},
    extensionProperties={'kind': 'test'})


def test_get_loads_a_task_without_asking_for_details_when_it_has_no_error(http):
    http.respond(json=TASK)
    task = et.Get(URL, 't1')()
    assert (http.method, http.path, http.params) == ('GET', '/external-task/t1', {})
    assert len(http.calls) == 1
    assert (task.id_, task.topic_name, task.priority, task.business_key) == ('t1', 'charge', 7,
                                                                           'order-1')
    assert task.lock_expiration_time == dt.datetime(2026, 11, 29, 3, tzinfo=dt.timezone.utc)
    assert task.process_definition_version_tag == 'v1' and task.variables is None


def test_get_fetches_error_details_of_a_failed_task(http):
    http.respond(json=dict(TASK, errorMessage='boom', retries=2))
    http.respond(content=b'Traceback ...', headers={'Content-Type': 'text/plain'})
    task = et.Get(URL, 't1')()
    assert [c['url'] for c in http.calls] == [URL + '/external-task/t1',
                                              URL + '/external-task/t1/errorDetails']
    assert (task.error_message, task.error_details, task.retries) == ('boom', 'Traceback ...', 2)


def test_get_without_error_details_sends_one_request(http):
    http.respond(json=dict(TASK, errorMessage='boom'))
    assert et.Get(URL, 't1', request_error_details=False)().error_details is None
    assert len(http.calls) == 1


def test_a_task_lacking_optional_fields_loads(http):
    http.respond(json={'id': 't1', 'topicName': 'charge'})
    task = et.Get(URL, 't1')()
    assert (task.id_, task.lock_expiration_time, task.suspended, task.variables,
            task.extension_properties, task.create_time) == ('t1', None, None, None, None, None)


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[TASK])
    tasks = et.GetList(URL, topic_name='charge', locked=True, with_retries_left=True,
                       activity_id_in=['a', 'b'], lock_expiration_after=dt.datetime(
                           2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
                       priority_higher_equals=5, sort_by='priority', ascending=False,
                       first_result=0, max_results=10, process_definition_key_in=['p', 'q'],
                       process_variables=['amount_gt_10', 'kind_eq_x'])()
    assert (http.method, http.path) == ('GET', '/external-task')
    assert http.params == {
        'topicName': 'charge', 'locked': 'true', 'withRetriesLeft': 'true',
        'activityIdIn': 'a,b', 'lockExpirationAfter': '2026-01-02T03:04:05.000+0000',
        'priorityHigherThanOrEquals': 5, 'sortBy': 'taskPriority', 'sortOrder': 'desc',
        'firstResult': 0, 'maxResults': 10, 'processDefinitionKeyIn': 'p,q',
        'processVariables': 'amount_gt_10,kind_eq_x'}
    assert [t.id_ for t in tasks] == ['t1']


def test_get_list_sends_false_flags_not_at_all(http):
    http.respond(json=[])
    assert et.GetList(URL, id_='t1', locked=False, suspended=False)() == ()
    assert http.params == {'externalTaskId': 't1'}


def test_count_sends_filters_sorting_and_paging_as_pycamunda_did(http):
    http.respond(json={'count': 4})
    count = et.Count(URL, topic_name='charge', not_locked=True, sort_by='id_', max_results=3)
    assert count() == 4
    assert (http.method, http.path, http.params) == (
        'GET', '/external-task/count',
        {'topicName': 'charge', 'notLocked': 'true', 'sortBy': 'id', 'sortOrder': 'asc',
         'maxResults': 3})
    assert isinstance(count, et.GetList)


def test_query_sends_filters_in_the_body_and_paging_in_the_query(http):
    http.respond(json=[TASK])
    query = et.Query(URL, topic_name='charge', process_instance_id_in=['pi1'], active=True,
                     max_results=5)
    query.add_process_variable('amount', 10, 'gt')
    query.add_sorting('create_time', ascending=False)
    query.add_sorting('id_')
    assert [t.id_ for t in query()] == ['t1']
    assert (http.method, http.path, http.params) == ('POST', '/external-task', {'maxResults': 5})
    assert http.json == {
        'topicName': 'charge', 'processInstanceIdIn': ['pi1'], 'active': True,
        'processVariables': [{'name': 'amount', 'operator': 'gt', 'value': 10}],
        'sorting': [{'sortBy': 'createTime', 'sortOrder': 'desc'},
                    {'sortBy': 'id', 'sortOrder': 'asc'}]}


def test_query_turns_get_filters_into_body_filters(http):
    http.respond(json=[])
    query = et.Query(URL, process_variables=['amount_gt_10'], sort_by='id_', ascending=False,
                     lock_expiration_before=dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc))
    query.add_process_variable('kind', 'x')
    query.add_sorting('create_time')
    query()
    assert http.params == {}
    assert http.json == {
        'lockExpirationBefore': '2026-01-02T00:00:00.000+0000',
        'processVariables': [{'name': 'amount', 'operator': 'gt', 'value': '10'},
                             {'name': 'kind', 'operator': 'eq', 'value': 'x'}],
        'sorting': [{'sortBy': 'id', 'sortOrder': 'desc'},
                    {'sortBy': 'createTime', 'sortOrder': 'asc'}]}


def test_query_refuses_an_unknown_sort_key():
    with pytest.raises(InvalidInput, match="sort_by='age'"):
        et.Query(URL).add_sorting('age')


def test_query_count_posts_filters_without_sorting(http):
    http.respond(json={'count': 2})
    count = et.QueryCount(URL, worker_id='w1', no_retries_left=True)
    count.add_sorting('id_')
    assert count() == 2
    assert (http.method, http.path, http.params) == ('POST', '/external-task/count', {})
    assert http.json == {'workerId': 'w1', 'noRetriesLeft': True}


def test_get_topic_names(http):
    http.respond(json=['a', 'b'])
    assert et.GetTopicNames(URL, with_unlocked_tasks=True)() == ('a', 'b')
    assert (http.method, http.path, http.params) == ('GET', '/external-task/topic-names',
                                                     {'withUnlockedTasks': 'true'})


def test_get_error_details_answers_none_when_there_are_none(http):
    http.respond(204)
    assert et.GetErrorDetails(URL, 't1')() is None
    assert (http.method, http.path) == ('GET', '/external-task/t1/errorDetails')


def test_fetch_and_lock_sends_topics_and_decodes_variables(http):
    http.respond(json=[LOCKED])
    fetch = et.FetchAndLock(URL, 'w1', 5, async_response_timeout=20000, use_priority=True)
    fetch.add_topic('charge', 30000, ['amount', 'order'], deserialize_values=True)
    fetch.add_topic('ship', 1000, local_variables=True, business_key='order-1',
                    process_definition_key_in=['a'], process_definition_version_tag='v1',
                    tenant_id_in=['t'], without_tenant_id=True, process_variables={'kind': 'x'},
                    include_extension_properties=True, process_definition_id='d1',
                    process_definition_id_in=['d1'], process_definition_key='a')
    fetch.add_sorting(ascending=False)
    tasks = fetch()
    assert (http.method, http.path) == ('POST', '/external-task/fetchAndLock')
    assert http.json == {
        'workerId': 'w1', 'maxTasks': 5, 'usePriority': True, 'asyncResponseTimeout': 20000,
        'topics': [
            {'topicName': 'charge', 'lockDuration': 30000, 'variables': ['amount', 'order'],
             'deserializeValues': True},
            {'topicName': 'ship', 'lockDuration': 1000, 'deserializeValues': False,
             'businessKey': 'order-1',
             'processDefinitionId': 'd1', 'processDefinitionIdIn': ['d1'],
             'processDefinitionKey': 'a', 'processDefinitionKeyIn': ['a'],
             'processDefinitionVersionTag': 'v1', 'tenantIdIn': ['t'],
             'processVariables': {'kind': 'x'}, 'localVariables': True, 'withoutTenantId': True,
             'includeExtensionProperties': True}],
        'sorting': [{'sortBy': 'createTime', 'sortOrder': 'desc'}]}
    task = tasks[0]
    assert isinstance(task.variables['amount'], Variable)
    assert task.variables['amount'].value == 42
    assert task.variables['order'].value == {'items': [1, 2]}
    assert task.extension_properties == {'kind': 'test'}


def test_fetch_and_lock_read_timeout_follows_the_long_poll(http):
    http.respond(json=[])
    fetch = et.FetchAndLock(URL, 'w1', 1, async_response_timeout=20000)
    fetch()
    connect, read = http.last['timeout']
    assert connect == pycamunda.transport.DEFAULT_TIMEOUT[0]
    assert read == 20 + et.LONG_POLL_MARGIN
    http.respond(json=[])
    et.FetchAndLock(URL, 'w1', 1)()
    assert http.last['timeout'] == pycamunda.transport.DEFAULT_TIMEOUT
    http.respond(json=[])
    explicit = et.FetchAndLock(URL, 'w1', 1, async_response_timeout=20000)
    explicit.timeout = 3.0
    explicit()
    assert http.last['timeout'] == 3.0
    assert http.json == {'workerId': 'w1', 'maxTasks': 1, 'asyncResponseTimeout': 20000,
                         'topics': [], 'usePriority': False}


def test_complete_sends_variables_and_local_variables(http):
    complete = et.Complete(URL, 't1', 'w1')
    complete.add_variable('amount', 5)
    complete.add_variable('big', 2**40)
    complete.add_local_variable('note', 'ok', value_info={'transient': True})
    assert complete() is None
    assert (http.method, http.path) == ('POST', '/external-task/t1/complete')
    assert http.json == {'workerId': 'w1',
                         'variables': {'amount': {'value': 5, 'type': 'Integer'},
                                       'big': {'value': 2**40, 'type': 'Long'}},
                         'localVariables': {'note': {'value': 'ok', 'type': 'String',
                                                     'valueInfo': {'transient': True}}}}


def test_handle_bpmn_error(http):
    error = et.HandleBPMNError(URL, 't1', 'w1', 'E1', error_message='no stock')
    error.add_variable('reason', 'stock')
    error()
    assert (http.method, http.path) == ('POST', '/external-task/t1/bpmnError')
    assert http.json == {'workerId': 'w1', 'errorCode': 'E1', 'errorMessage': 'no stock',
                         'variables': {'reason': {'value': 'stock', 'type': 'String'}}}


def test_handle_failure(http):
    et.HandleFailure(URL, 't1', 'w1', 'boom', 'Traceback', retries=2, retry_timeout=1000)()
    assert (http.method, http.path) == ('POST', '/external-task/t1/failure')
    assert http.json == {'workerId': 'w1', 'errorMessage': 'boom', 'errorDetails': 'Traceback',
                         'retries': 2, 'retryTimeout': 1000}


@pytest.mark.parametrize('request_, method, path, body', [
    (et.Unlock(URL, 't/1'), 'POST', '/external-task/t/1/unlock', {}),
    (et.Lock(URL, 't1', 'w1', 5000), 'POST', '/external-task/t1/lock',
     {'workerId': 'w1', 'lockDuration': 5000}),
    (et.ExtendLock(URL, 't1', 5000, 'w1'), 'POST', '/external-task/t1/extendLock',
     {'newDuration': 5000, 'workerId': 'w1'}),
    (et.SetPriority(URL, 't1', 9), 'PUT', '/external-task/t1/priority', {'priority': 9}),
    (et.SetRetries(URL, 't1', 0), 'PUT', '/external-task/t1/retries', {'retries': 0}),
    (et.SetRetriesSync(URL, 3, ['t1', 't2'], process_instance_ids=['pi1'],
                       external_task_query={'topicName': 'x'}),
     'PUT', '/external-task/retries',
     {'retries': 3, 'externalTaskIds': ['t1', 't2'], 'processInstanceIds': ['pi1'],
      'externalTaskQuery': {'topicName': 'x'}}),
])
def test_requests_without_answer(http, request_, method, path, body):
    assert request_() is None
    assert (http.method, http.path, http.json) == (method, path, body)


def test_unlock_percent_encodes_the_id(http):
    et.Unlock(URL, '../x')()
    assert http.raw_path == '/external-task/..%2Fx/unlock'


def test_set_retries_async_returns_the_batch(http):
    http.respond(json={'id': 'b1', 'type': 'set-external-task-retries', 'totalJobs': 2})
    batch = et.SetRetriesAsync(URL, 1, None, process_instance_ids=['pi1'],
                               historic_process_instance_query={'finished': False})()
    assert (http.method, http.path) == ('POST', '/external-task/retries-async')
    assert http.json == {'retries': 1, 'processInstanceIds': ['pi1'],
                         'historicProcessInstanceQuery': {'finished': False}}
    assert (batch.id_, batch.type_, batch.total_jobs, batch.start_time) == (
        'b1', 'set-external-task-retries', 2, None)


def test_every_tsv_row_has_a_class():
    rows = {('GET', '/external-task'), ('POST', '/external-task'),
            ('GET', '/external-task/count'), ('POST', '/external-task/count'),
            ('POST', '/external-task/fetchAndLock'), ('PUT', '/external-task/retries'),
            ('POST', '/external-task/retries-async'), ('GET', '/external-task/topic-names'),
            ('GET', '/external-task/{}'), ('POST', '/external-task/{}/bpmnError'),
            ('POST', '/external-task/{}/complete'), ('GET', '/external-task/{}/errorDetails'),
            ('POST', '/external-task/{}/extendLock'), ('POST', '/external-task/{}/failure'),
            ('POST', '/external-task/{}/lock'), ('PUT', '/external-task/{}/priority'),
            ('PUT', '/external-task/{}/retries'), ('POST', '/external-task/{}/unlock')}
    classes = [v for v in vars(et).values()
               if isinstance(v, type) and issubclass(v, pycamunda.base.CamundaRequest)
               and v.__module__ == et.__name__]
    covered = set().union(*(cls.endpoints() for cls in classes))
    assert covered == rows


def test_query_sends_variable_conditions_as_objects_however_given(http):
    http.respond(json=[])
    query = et.Query(URL, process_variables=['my_var_eq_1', pycamunda.base.VariableFilter('n', 'gt', 2)])
    query.add_process_variable('x', 'y')
    query()
    assert http.json['processVariables'] == [{'name': 'my_var', 'operator': 'eq', 'value': '1'},
                                             {'name': 'n', 'operator': 'gt', 'value': 2},
                                             {'name': 'x', 'operator': 'eq', 'value': 'y'}]
