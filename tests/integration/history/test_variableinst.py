"""Historic variable instances against the real engine."""
import pytest

import pycamunda
from pycamunda.history import variableinst

from integration.conftest import at_least
from integration.history.conftest import BLOB, start


def test_get_list_query_and_get(engine_url, activity):
    found = variableinst.GetList(engine_url, process_instance_id=activity['pid'], sort_by='variable_name')()
    assert [(v.name, v.value) for v in found if v.name != 'blob'] == [
        ('amount', 150), ('approved', True), ('fail', False), ('note', 'second'), ('route', 'manager')]
    blob = next(v for v in found if v.name == 'blob')
    assert blob.type_ == 'Bytes' and blob.state == 'CREATED'
    assert variableinst.Get(engine_url, blob.id_, binary=True)() == BLOB
    note = variableinst.Get(engine_url, next(v.id_ for v in found if v.name == 'note'))()
    assert (note.name, note.value, note.process_definition_key) == ('note', 'second', activity['key'])
    queried = variableinst.Query(engine_url, process_instance_id_in=[activity['pid']],
                                 variable_name_in=['route', 'amount'], sort_by='variable_name')()
    if at_least('7.17'):  # variableNameIn since 7.17 (OpenAPI); 7.15 ignores it
        assert [(v.name, v.type_) for v in queried] == [('amount', 'Integer'), ('route', 'String')]
    else:
        assert {'amount', 'route'} < {v.name for v in queried}


def test_counts(engine_url, activity):
    pid = activity['pid']
    assert variableinst.Count(engine_url, process_instance_id=pid)() == 6
    assert variableinst.Count(engine_url, process_instance_id=pid, variable_name_like='n%')() == 1
    assert variableinst.QueryCount(engine_url, process_instance_id=pid, variable_type_in=['boolean'])() == 2


def test_delete(engine_url, camunda, deployed, uid):
    pid = start(camunda, deployed['key'], uid, fail=False)
    note = variableinst.GetList(engine_url, process_instance_id=pid, variable_name='note')()[0]
    variableinst.Delete(engine_url, note.id_)()
    with pytest.raises(pycamunda.NotFound):
        variableinst.Get(engine_url, note.id_)()
    assert variableinst.Count(engine_url, process_instance_id=pid)() == 3
