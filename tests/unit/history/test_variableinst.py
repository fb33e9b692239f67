"""What the historic variable instance classes send, and what they make of the answers."""
from pycamunda.history import variableinst

from unit.fakehttp import URL
from unit.history.answers import ANSWERS


def test_get_list_decodes_values(http):
    http.respond(json=ANSWERS['variable_instances'])
    found = variableinst.GetList(URL, process_instance_id='p1', variable_name_like='a%', include_deleted=True,
                                 deserialize_values=False, sort_by='variable_name', max_results=50)()
    assert (http.method, http.path) == ('GET', '/history/variable-instance')
    assert http.params == {'processInstanceId': 'p1', 'variableNameLike': 'a%', 'includeDeleted': 'true',
                           'deserializeValues': 'false', 'sortBy': 'variableName', 'sortOrder': 'asc',
                           'maxResults': 50}
    by_name = {v.name: v for v in found}
    assert (by_name['amount'].value, by_name['amount'].type_) == (150, 'Integer')
    assert by_name['approved'].value is True and by_name['note'].value == 'second'
    assert by_name['note'].state == 'CREATED' and by_name['note'].create_time is not None


def test_query_keeps_deserialize_values_in_the_query_string(http):
    http.respond(json=[])
    variableinst.Query(URL, variable_name_in=['a', 'b'], deserialize_values=False, first_result=5)()
    assert (http.method, http.path) == ('POST', '/history/variable-instance')
    assert http.params == {'deserializeValues': 'false', 'firstResult': 5}
    assert http.json == {'variableNameIn': ['a', 'b']}


def test_counts_leave_out_deserialize_values(http):
    http.respond(json={'count': 6})
    assert variableinst.Count(URL, process_instance_id='p1')() == 6
    assert (http.method, http.path, http.params) == ('GET', '/history/variable-instance/count',
                                                     {'processInstanceId': 'p1'})
    http.respond(json={'count': 2})
    assert variableinst.QueryCount(URL, variable_type_in=['boolean'])() == 2
    assert (http.method, http.path, http.json) == ('POST', '/history/variable-instance/count',
                                                   {'variableTypeIn': ['boolean']})


def test_get_value_or_binary_content(http):
    http.respond(json={'id': 'v1', 'name': 'when', 'type': 'Date', 'value': '2024-05-01T10:00:00.000+0000'})
    got = variableinst.Get(URL, 'v1', deserialize_values=True)()
    assert (http.method, http.path, http.params) == ('GET', '/history/variable-instance/v1',
                                                     {'deserializeValues': 'true'})
    assert got.value.year == 2024 and got.raw_value == '2024-05-01T10:00:00.000+0000'
    assert got.process_instance_id is None and got.value_info is None
    http.respond(content=b'\x00\xff')
    assert variableinst.Get(URL, 'v1', binary=True)() == b'\x00\xff'
    assert (http.method, http.path, http.params) == ('GET', '/history/variable-instance/v1/data', {})


def test_delete(http):
    variableinst.Delete(URL, 'v1')()
    assert (http.method, http.path) == ('DELETE', '/history/variable-instance/v1')
