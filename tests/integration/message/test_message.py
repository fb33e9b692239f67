"""Message correlation against the real engine."""
import pytest

import pycamunda
import pycamunda.message as msg


@pytest.fixture
def names(camunda, uid):
    camunda.deploy_fixture('message.bpmn', key=uid, message=f'{uid}-msg', signal=f'{uid}-sig')
    return {'key': uid, 'message': f'{uid}-msg', 'start': f'{uid}-msg-start'}


def test_correlate_single_with_result_and_variables(engine_url, camunda, names):
    instance = camunda.start(names['key'], business_key=names['key'],
                             variables={'order': {'value': 'o-1', 'type': 'String'}})['id']
    correlate = msg.CorrelateSingle(engine_url, names['message'], business_key=names['key'],
                                    result_enabled=True, variables_in_result_enabled=True)
    correlate.add_correlation_key('order', 'o-1')
    correlate.add_process_variable('paid', True)
    correlate.add_local_process_variable('local', 1)
    (result,) = correlate()
    assert result.result_type is msg.ResultType.execution
    assert result.execution.process_instance_id == instance and result.process_instance is None
    assert result.variables['paid'].value is True and result.variables['order'].value == 'o-1'
    with pytest.raises(pycamunda.BadRequest):  # nothing waits for it any more
        msg.CorrelateSingle(engine_url, names['message'], business_key=names['key'])()


def test_correlate_all_without_result_and_start_events(engine_url, camunda, names):
    first, second = camunda.start(names['key'])['id'], camunda.start(names['key'])['id']
    assert msg.CorrelateAll(engine_url, names['message'])() == ()
    counts = camunda.request('GET', '/execution/count', params={'processDefinitionKey': names['key'],
                                                                'activityId': 'waitSignal'})
    assert counts['count'] == 2 and first != second
    start = msg.CorrelateAll(engine_url, names['start'], business_key=f'{names["key"]}-s',
                             result_enabled=True)
    start.add_process_variable('started_by', 'message')
    (result,) = start()
    assert result.result_type is msg.ResultType.process_definition
    assert result.process_instance.business_key == f'{names["key"]}-s'
    assert result.process_instance.definition_id.startswith(f'{names["key"]}:')
    assert result.variables is None
