"""Modification of many process instances against the real engine."""
import time

import pycamunda.modification as mod


def wait_until(check, timeout=30.0):
    """Poll ``check`` until it returns something true (batches run on the job executor)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.3)
    return True


def approvals(camunda, instance):
    return [t['taskDefinitionKey'] for t in camunda.request('GET', '/task',
                                                            params={'processInstanceId': instance})]


def test_execute_and_execute_async(engine_url, camunda, uid):
    deployment = camunda.deploy_fixture('user_task.bpmn', key=uid, assignee='demo')
    definition = next(iter(deployment['deployedProcessDefinitions']))
    first, second = camunda.start(uid)['id'], camunda.start(uid)['id']
    execute = mod.Execute(engine_url, definition, process_instance_ids=[first],
                          process_instance_query={'processInstanceIds': [second]}, annotation='twice')
    execute.add_before_activity_instruction('approve')
    assert execute() is None
    assert approvals(camunda, first) == approvals(camunda, second) == ['approve', 'approve']

    cancel = mod.ExecuteAsync(engine_url, definition, process_instance_ids=[first, second])
    cancel.add_cancel_activity_instruction('approve')
    batch = cancel()
    assert (batch.type_, batch.total_jobs) == ('instance-modification', 2)
    assert wait_until(lambda: camunda.request('GET', '/process-instance/count',
                                              params={'processDefinitionKey': uid})['count'] == 0)
