"""What the user operation log classes send, and what they make of the answers."""
import datetime as dt

from pycamunda.history import useroperation

from unit.fakehttp import URL

ENTRY = {'id': 'e1', 'userId': 'demo', 'timestamp': '2024-05-01T10:00:00.000+0000', 'operationId': 'op1',
         'operationType': 'SetVariable', 'entityType': 'Variable', 'category': 'Operator',
         'annotation': None, 'property': None, 'orgValue': None, 'newValue': None,
         'processDefinitionKey': 'order', 'processInstanceId': 'p1', 'removalTime': None}


def test_get_list_and_count(http):
    http.respond(json=[ENTRY])
    found = useroperation.GetList(URL, process_instance_id='p1', entity_type_in=['Variable', 'Task'],
                                  category='Operator', property_='name',
                                  after_timestamp=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
                                  sort_by='timestamp', ascending=False, max_results=10)()
    assert (http.method, http.path) == ('GET', '/history/user-operation')
    assert http.params == {'processInstanceId': 'p1', 'entityTypeIn': 'Variable,Task', 'category': 'Operator',
                           'property': 'name', 'afterTimestamp': '2024-01-01T00:00:00.000+0000',
                           'sortBy': 'timestamp', 'sortOrder': 'desc', 'maxResults': 10}
    entry = found[0]
    assert (entry.operation_id, entry.operation_type, entry.property_, entry.annotation) == (
        'op1', 'SetVariable', None, None)
    assert entry.timestamp == dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)
    http.respond(json={'count': 1})
    assert useroperation.Count(URL, operation_id='op1')() == 1
    assert (http.method, http.path, http.params) == ('GET', '/history/user-operation/count',
                                                     {'operationId': 'op1'})


def test_annotations(http):
    useroperation.SetAnnotation(URL, 'op/1', annotation='checked')()
    assert (http.method, http.raw_path, http.json) == ('PUT', '/history/user-operation/op%2F1/set-annotation',
                                                       {'annotation': 'checked'})
    useroperation.ClearAnnotation(URL, 'op1')()
    assert (http.method, http.path) == ('PUT', '/history/user-operation/op1/clear-annotation')
