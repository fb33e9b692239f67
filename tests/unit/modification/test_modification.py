"""What the modification classes send."""
import pycamunda.batch
import pycamunda.modification as mod

from unit.fakehttp import URL


def test_execute_sends_instructions_and_instances(http):
    execute = mod.Execute(URL, 'order:1:d1', process_instance_ids=['a', 'b'],
                          process_instance_query={'businessKey': 'k'}, skip_custom_listeners=True,
                          annotation='move')
    execute.add_before_activity_instruction('x')
    execute.add_after_activity_instruction('y')
    execute.add_transition_instruction('f1')
    execute.add_cancel_activity_instruction('z', cancel_current_active_activity_instances=True)
    assert execute() is None
    assert (http.method, http.path) == ('POST', '/modification/execute')
    assert http.json == {'processDefinitionId': 'order:1:d1', 'skipCustomListeners': True,
                         'processInstanceIds': ['a', 'b'],
                         'processInstanceQuery': {'businessKey': 'k'}, 'annotation': 'move',
                         'instructions': [
                             {'type': 'startBeforeActivity', 'activityId': 'x'},
                             {'type': 'startAfterActivity', 'activityId': 'y'},
                             {'type': 'startTransition', 'transitionId': 'f1'},
                             {'type': 'cancel', 'activityId': 'z',
                              'cancelCurrentActiveActivityInstances': True}]}


def test_execute_async_returns_the_batch(http):
    http.respond(json={'id': 'b1', 'type': 'instance-modification', 'totalJobs': 2})
    execute = mod.ExecuteAsync(URL, 'd1', historic_process_instance_query={'finished': False})
    execute.add_cancel_activity_instruction('z')
    batch = execute()
    assert (http.method, http.path) == ('POST', '/modification/executeAsync')
    assert http.json == {'processDefinitionId': 'd1',
                         'historicProcessInstanceQuery': {'finished': False},
                         'instructions': [{'type': 'cancel', 'activityId': 'z',
                                           'cancelCurrentActiveActivityInstances': False}]}
    assert isinstance(batch, pycamunda.batch.Batch) and batch.total_jobs == 2
    assert batch.tenant_id is None
