"""``Variable``: a dataclass with decoded values, and the read-only dict PyCamunda returned."""
import collections.abc

import pytest

from pycamunda.variable import Variable

WIRE = {'value': '{"a": [1, 2]}', 'type': 'Json', 'valueInfo': {'serializationDataFormat': 'x'}}


def test_a_variable_is_a_read_only_mapping_of_the_engines_keys():
    variable = Variable.load(WIRE)
    assert isinstance(variable, collections.abc.Mapping)
    assert 'value' in variable and 0 not in variable and 'local' not in variable
    assert dict(variable) == WIRE and variable == WIRE and WIRE == variable
    assert variable.get('value') == WIRE['value'] and variable.get('nope', 7) == 7
    assert list(variable.keys()) == list(variable) == ['value', 'type', 'valueInfo']
    assert len(variable) == 3 and variable['type'] == 'Json'
    assert variable != dict(WIRE, type='String')
    with pytest.raises(KeyError):
        variable['local']
    with pytest.raises(TypeError):
        variable['value'] = 1  # type: ignore[index]


def test_the_dataclass_interface_stays():
    variable = Variable.load(dict(WIRE, local=True))
    assert (variable.value, variable.type_, variable.local) == ({'a': [1, 2]}, 'Json', True)
    assert variable['local'] is True and variable.raw_value == WIRE['value']
    assert variable == Variable.load(dict(WIRE, local=True))
    assert variable != Variable.load(WIRE)
    assert repr(variable).startswith("Variable(value={'a': [1, 2]}, type_='Json'")


def test_help_of_the_module_shows_the_classes_outside_all():
    import pydoc

    import pycamunda.variable

    shown = pydoc.render_doc(pycamunda.variable, renderer=pydoc.plaintext)
    for name in ('Variable', 'Json(value)', 'File(content, filename', 'Object(value'):
        assert name in shown
    assert 'inline, base64' in shown


def test_a_variable_read_can_be_sent_on_as_it_is():
    import pycamunda.processdef

    variable = Variable.load({'value': '2024-05-01T00:00:00.000+0000', 'type': 'Date',
                              'valueInfo': {}})
    start = pycamunda.processdef.StartInstance('http://engine.test/engine-rest', key='k')
    start.add_variable('due', variable)
    start.add_start_before_activity_instruction('a', {'due': variable})
    body = start.body_parameters()
    assert body['variables']['due'] == body['startInstructions'][0]['variables']['due'] == {
        'value': '2024-05-01T00:00:00.000+0000', 'type': 'Date', 'valueInfo': {}}
