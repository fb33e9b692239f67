"""The generic loader: tolerant of missing and unknown keys, typed by annotations."""
import dataclasses
import datetime as dt
import enum
from typing import Dict, Optional, Tuple

from pycamunda.model import Model, camel, key


class Kind(enum.Enum):
    a = 'A'


@dataclasses.dataclass
class Child(Model):
    name: str


@dataclasses.dataclass
class Parent(Model):
    id_: str
    created: dt.datetime
    kind: Kind
    children: Tuple[Child, ...]
    by_name: Dict[str, Child]
    tags: Tuple[str, ...]
    renamed: Optional[str] = key('otherKey')
    count: Optional[int] = None


def test_camel():
    assert camel('process_instance_id') == 'processInstanceId'
    assert camel('id_') == 'id' and camel('type_') == 'type'


def test_load_converts_by_annotation():
    parent = Parent.load({
        'id': 'p', 'created': '2024-01-01T00:00:00.000+0000', 'kind': 'A',
        'children': [{'name': 'c'}], 'byName': {'x': {'name': 'x'}}, 'tags': ['t'],
        'otherKey': 'r', 'count': 3, 'unknownField': 'ignored'})
    assert parent == Parent('p', dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), Kind.a,
                            (Child('c'),), {'x': Child('x')}, ('t',), 'r', 3)


def test_missing_fields_are_none_and_sequences_empty():
    parent = Parent.load({'id': 'p'})
    assert parent == Parent('p', None, None, (), None, (), None, None)


def test_unknown_enum_values_are_kept_as_strings():
    assert Parent.load({'id': 'p', 'kind': 'NEW_IN_A_LATER_ENGINE'}).kind == 'NEW_IN_A_LATER_ENGINE'


def test_load_all_gives_a_tuple():
    assert Child.load_all([{'name': 'a'}, {'name': 'b'}]) == (Child('a'), Child('b'))


def test_the_callers_json_is_copied_unless_handed_over():
    data = [{'id': 'p', 'created': '2024-01-01T00:00:00.000+0000'}]
    loaded = Parent.load_all(data)[0]
    assert loaded.created.year == 2024 and data == [
        {'id': 'p', 'created': '2024-01-01T00:00:00.000+0000'}]  # unchanged
    owned = Parent.load_all(data, owned=True)[0]
    assert owned.__dict__ is data[0] and owned.created.year == 2024 and owned == loaded
