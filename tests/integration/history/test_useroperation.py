"""The user operation log, against the engine with authentication (only authenticated users'
operations are logged)."""
import uuid

import pytest
import requests.auth

from pycamunda.history import useroperation

from integration.conftest import Camunda, fixture_text

AUTH = requests.auth.HTTPBasicAuth('demo', 'demo')


def authenticated(request):
    request.auth = AUTH
    return request


@pytest.fixture
def operation(auth_engine_url):
    """A variable set by user demo on a process instance; its log entry."""
    camunda = Camunda(auth_engine_url)
    camunda.session.auth = ('demo', 'demo')
    key = 'u' + uuid.uuid4().hex[:10]
    try:
        camunda.deploy(('p.bpmn', fixture_text('user_task.bpmn', key=key, assignee='demo')))
        pid = camunda.start(key)['id']
        camunda.request('PUT', f'/process-instance/{pid}/variables/color',
                        json={'value': 'red', 'type': 'String'})
        yield {'pid': pid, 'key': key}
    finally:
        camunda.close()


def test_get_list_count_and_annotations(auth_engine_url, operation):
    url, pid = auth_engine_url, operation['pid']
    found = authenticated(useroperation.GetList(url, process_instance_id=pid, operation_type='SetVariable',
                                                sort_by='timestamp', max_results=10))()
    assert len(found) == 1
    entry = found[0]
    assert (entry.user_id, entry.entity_type, entry.category, entry.process_definition_key) == (
        'demo', 'Variable', 'Operator', operation['key'])
    assert entry.annotation is None and entry.timestamp is not None
    assert authenticated(useroperation.Count(url, process_instance_id=pid, entity_type='Variable'))() == 1
    authenticated(useroperation.SetAnnotation(url, entry.operation_id, annotation='checked'))()
    def annotation():
        found = authenticated(useroperation.GetList(url, operation_id=entry.operation_id, max_results=10))()
        return {e.annotation for e in found}
    assert annotation() == {'checked'}
    authenticated(useroperation.ClearAnnotation(url, entry.operation_id))()
    assert annotation() == {None}
