"""What the historic detail classes send, and what they make of the answers."""
import datetime as dt

from pycamunda.history import detail

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_get_list_and_query(http):
    http.respond(json=ANSWERS['details'])
    found = detail.GetList(URL, process_instance_id='p1', variable_updates=True, exclude_task_details=True,
                           occurred_after=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
                           deserialize_values=False, sort_by='time')()
    assert (http.method, http.path) == ('GET', '/history/detail')
    assert http.params == {'processInstanceId': 'p1', 'variableUpdates': 'true', 'excludeTaskDetails': 'true',
                           'occurredAfter': '2024-01-01T00:00:00.000+0000', 'deserializeValues': 'false',
                           'sortBy': 'time', 'sortOrder': 'asc'}
    note = next(d for d in found if d.variable_name == 'note')
    assert (note.type_, note.variable_type, note.value, note.revision) == ('variableUpdate', 'String',
                                                                           'first', 0)
    assert note.time is not None and note.field_id is None
    http.respond(json=[])
    detail.Query(URL, variable_instance_id='v1', form_fields=True, deserialize_values=True, max_results=9)()
    assert (http.method, http.path) == ('POST', '/history/detail')
    assert http.params == {'deserializeValues': 'true', 'maxResults': 9}
    assert http.json == {'variableInstanceId': 'v1', 'formFields': True}


def test_count_and_get(http):
    http.respond(json={'count': 2})
    assert detail.Count(URL, variable_type_in=['string', 'integer'])() == 2
    assert (http.method, http.path, http.params) == ('GET', '/history/detail/count',
                                                     {'variableTypeIn': 'string,integer'})
    http.respond(json={'id': 'd1', 'type': 'formField', 'fieldId': 'approved', 'fieldValue': True})
    got = detail.Get(URL, 'd1', deserialize_value=False)()
    assert (http.method, http.path, http.params) == ('GET', '/history/detail/d1',
                                                     {'deserializeValue': 'false'})
    assert (got.type_, got.field_id, got.field_value, got.value) == ('formField', 'approved', True, None)
    http.respond(content=b'raw')
    assert detail.Get(URL, 'd1', binary=True)() == b'raw'
    assert (http.path, http.params) == ('/history/detail/d1/data', {})
