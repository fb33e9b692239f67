"""Responses shaped like Camunda 7.13 (fewer fields) and 7.24 (more fields) both load."""
import datetime as dt

import pycamunda.externaltask
import pycamunda.processinst
import pycamunda.task

TASK_7_13 = {  # no lastUpdated, taskState, camundaFormRef, tenantId
    'id': 't1', 'name': 'Review', 'assignee': None, 'created': '2020-05-04T10:00:00.000+0200',
    'due': None, 'followUp': None, 'delegationState': None, 'description': None,
    'executionId': 'e1', 'owner': None, 'parentTaskId': None, 'priority': 50,
    'processDefinitionId': 'p:1:x', 'processInstanceId': 'pi1', 'taskDefinitionKey': 'review',
    'caseExecutionId': None, 'caseInstanceId': None, 'caseDefinitionId': None,
    'suspended': False, 'formKey': None}
TASK_7_24 = {**TASK_7_13, 'lastUpdated': '2026-11-01T09:00:00.000+0000', 'taskState': 'Created',
             'tenantId': None, 'camundaFormRef': None, 'attachment': False, 'comment': False,
             'aFieldOfSomeLaterVersion': {'nested': [1, 2]}}

EXTERNAL_TASK_7_13 = {  # no businessKey, priority, extensionProperties
    'activityId': 'work', 'activityInstanceId': 'work:1', 'errorMessage': None,
    'executionId': 'e1', 'id': 'x1', 'lockExpirationTime': '2020-05-04T10:05:00.000+0200',
    'processDefinitionId': 'p:1:x', 'processDefinitionKey': 'p', 'processInstanceId': 'pi1',
    'tenantId': None, 'retries': None, 'workerId': 'w', 'topicName': 'work',
    'variables': {'amount': {'type': 'Double', 'value': 9.5, 'valueInfo': {}}}}
EXTERNAL_TASK_7_24 = {**EXTERNAL_TASK_7_13, 'businessKey': 'b', 'priority': 0,
                      'processDefinitionVersionTag': None, 'extensionProperties': {},
                      'createTime': '2026-11-01T09:00:00.000+0000'}


def test_tasks_of_both_versions():
    old, new = pycamunda.task.Task.load(TASK_7_13), pycamunda.task.Task.load(TASK_7_24)
    assert old.created == new.created == dt.datetime(2020, 5, 4, 8, tzinfo=dt.timezone.utc)
    assert old.last_updated is None
    assert new.last_updated == dt.datetime(2026, 11, 1, 9, tzinfo=dt.timezone.utc)
    assert (old.id_, old.name, old.tenant_id) == (new.id_, new.name, new.tenant_id) == (
        't1', 'Review', None)


def test_external_tasks_of_both_versions():
    for data in (EXTERNAL_TASK_7_13, EXTERNAL_TASK_7_24):
        task = pycamunda.externaltask.ExternalTask.load(data)
        assert task.variables['amount'].value == 9.5 and task.variables['amount']['value'] == 9.5
        assert task.lock_expiration_time.utcoffset() == dt.timedelta(hours=2)
    assert pycamunda.externaltask.ExternalTask.load(EXTERNAL_TASK_7_13).business_key is None


def test_a_process_instance_without_optional_fields():
    instance = pycamunda.processinst.ProcessInstance.load({'id': 'pi1'})
    assert (instance.id_, instance.links, instance.variables, instance.suspended) == (
        'pi1', (), None, None)


def test_loading_never_changes_the_callers_json():
    data = {**TASK_7_24}
    before = repr(data)
    task = pycamunda.task.Task.load(data)
    assert task.created.year == 2020 and task.last_updated.year == 2026
    task.name = 'renamed'
    assert repr(data) == before
