"""Historic details against the real engine."""
from pycamunda.history import detail

from integration.history.conftest import BLOB


def test_get_list_query_count_and_get(engine_url, activity):
    pid = activity['pid']
    updates = detail.GetList(engine_url, process_instance_id=pid, variable_updates=True, sort_by='time')()
    notes = [d for d in updates if d.variable_name == 'note']
    assert [(d.value, d.revision, d.type_) for d in notes] == [('first', 0, 'variableUpdate'),
                                                                ('second', 1, 'variableUpdate')]
    queried = detail.Query(engine_url, variable_instance_id=notes[0].variable_instance_id)()
    assert sorted(d.value for d in queried) == ['first', 'second']
    assert detail.Count(engine_url, process_instance_id=pid, variable_type_in=['Bytes'])() == 1
    got = detail.Get(engine_url, notes[1].id_)()
    assert (got.variable_name, got.value, got.variable_type, got.process_instance_id) == (
        'note', 'second', 'String', pid)
    blob = next(d for d in updates if d.variable_name == 'blob')
    assert detail.Get(engine_url, blob.id_, binary=True)() == BLOB
