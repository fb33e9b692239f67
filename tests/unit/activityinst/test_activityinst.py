"""Loading the activity instance tree as the engine sends it."""
import pycamunda.activityinst as ai
import pycamunda.instruction

TREE = {
    'id': 'pi1', 'parentActivityInstanceId': None, 'activityId': 'a:1:x',
    'activityType': 'processDefinition', 'processInstanceId': 'pi1', 'processDefinitionId': 'a:1:x',
    'childActivityInstances': [{
        'id': 'review:1', 'parentActivityInstanceId': 'pi1', 'activityId': 'review',
        'activityType': 'userTask', 'processInstanceId': 'pi1', 'processDefinitionId': 'a:1:x',
        'childActivityInstances': [], 'childTransitionInstances': [], 'executionIds': ['e2'],
        'activityName': 'Review', 'incidentIds': [], 'incidents': [], 'name': 'Review'}],
    'childTransitionInstances': [{
        'id': 'e1', 'parentActivityInstanceId': 'pi1', 'processInstanceId': 'pi1',
        'processDefinitionId': 'a:1:x', 'activityId': 'fail', 'activityName': 'Fail',
        'activityType': 'serviceTask', 'executionId': 'e1', 'incidentIds': ['i1'],
        'incidents': [{'id': 'i1', 'parentActivityInstanceId': 'e1'}], 'targetActivityId': 'fail'}],
    'executionIds': ['pi1'], 'activityName': None, 'incidentIds': [], 'incidents': [], 'name': None}


def test_tree_is_loaded_with_children():
    tree = ai.ActivityInstance.load(TREE)
    assert (tree.id_, tree.activity_type, tree.execution_ids) == ('pi1', 'processDefinition', ('pi1',))
    (child,) = tree.child_activity_instances
    assert (child.activity_id, child.activity_name, child.parent_activity_instance_id) == (
        'review', 'Review', 'pi1')
    assert child.execution_ids == ('e2',) and child.child_transition_instances == ()
    (transition,) = tree.child_transition_instances
    assert transition.execution_ids == ('e1',)
    assert transition.incident_ids == ('i1',)
    assert transition.incidents == (ai.ActivityInstanceIncident('i1', None, 'e1'),)
    assert (transition.target_activity_id, transition.parent_activity_instance_id) == ('fail', 'pi1')


def test_incident_as_the_engine_sends_it_and_as_documented():
    sent = ai.ActivityInstanceIncident.load({'id': 'i1', 'activityId': 'approve'})  # 7.24
    documented = ai.ActivityInstanceIncident.load({'id': 'i1', 'parentActivityInstanceId': 'a:1'})
    assert (sent.id_, sent.activity_id, sent.parent_activity_instance_id) == ('i1', 'approve', None)
    assert (documented.activity_id, documented.parent_activity_instance_id) == (None, 'a:1')


def test_transition_instance_tolerates_a_list_of_execution_ids_and_missing_fields():
    assert ai.TransitionInstance.load({'id': 't', 'executionIds': ['e1', 'e2']}).execution_ids == \
        ('e1', 'e2')
    bare = ai.TransitionInstance.load({'id': 't'})
    assert (bare.execution_ids, bare.incidents, bare.activity_name) == ((), (), None)
    leaf = ai.ActivityInstance.load({'id': 'x'})
    assert (leaf.child_activity_instances, leaf.incident_ids, leaf.name) == ((), (), None)


def test_instruction_types_are_camunda_values():
    assert pycamunda.instruction.InstructionType('startTransition').name == 'start_transition'
    assert pycamunda.instruction.ModifyInstructionType.cancel.value == 'cancel'
