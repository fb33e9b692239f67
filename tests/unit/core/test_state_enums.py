"""Fields with a fixed set of values load as enums that still equal Camunda's strings."""
import json

import pytest

import pycamunda.history.processinst as hpi
import pycamunda.history.taskinst as hti
import pycamunda.history.variableinst as hvi
import pycamunda.task


@pytest.mark.parametrize('model, field, wire, member', [
    (hpi.HistoricProcessInstance, 'state', 'COMPLETED', hpi.HistoricProcessInstanceState.completed),
    (hvi.HistoricVariableInstance, 'state', 'DELETED', hvi.HistoricVariableState.deleted),
    (hti.HistoricTaskInstance, 'task_state', 'Completed', pycamunda.task.TaskState.completed),
    (pycamunda.task.Task, 'task_state', 'Created', pycamunda.task.TaskState.created),
    (pycamunda.task.Task, 'delegation_state', 'PENDING', pycamunda.task.DelegationState.pending),
])
def test_fixed_values_are_enums_equal_to_their_strings(model, field, wire, member):
    key = {'task_state': 'taskState', 'delegation_state': 'delegationState'}.get(field, field)
    value = getattr(model.load({key: wire}), field)
    assert value is member and value == wire and json.dumps(value) == f'"{wire}"'
    assert str(value) == f'{value}' == wire  # printed as Camunda's string
    unknown = getattr(model.load({key: 'SOMETHING_NEW'}), field)
    assert unknown == 'SOMETHING_NEW'  # a value a newer engine knows stays a string
