"""Variables: typed values going in and out, and variable instances: ``/variable-instance``.

Writing: ``add_variable`` infers Camunda's type from the Python value (see
:func:`pycamunda.base.typed_value`); :class:`Json`, :class:`Xml`, :class:`Object` and
:class:`File` say it explicitly. Reading: :class:`Variable` decodes the value by its type
(Json to Python objects, Date to datetime, Bytes to bytes) and keeps the engine's value
in ``raw_value``.
"""
from __future__ import annotations

import base64
import dataclasses
import json
from typing import Any, Dict, Mapping, Optional

from pycamunda.base import from_isoformat, isoformat, prepare
from pycamunda.model import Model

__all__ = ['GetList', 'Get']

URL_SUFFIX = '/variable-instance'


def decode_value(value: Any, type_: Optional[str]) -> Any:
    """The Python value of a variable as the engine sent it (``value`` of type ``type_``)."""
    if value is None or not isinstance(value, str):
        return value
    kind = (type_ or '').lower()
    try:
        if kind == 'json':
            return json.loads(value)
        if kind == 'date':
            return from_isoformat(value)
        if kind == 'bytes':
            return base64.b64decode(value)
    except ValueError:
        return value
    return value


@dataclasses.dataclass
class Variable(Model):
    """A variable's value (decoded by its type), its Camunda type and value info."""

    value: Any
    type_: str
    value_info: Dict
    local: Optional[bool] = None
    raw_value: Any = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Variable:
        variable = super().load(data)
        variable.raw_value = data.get('value')
        variable.value = decode_value(variable.raw_value, variable.type_)
        return variable


@dataclasses.dataclass
class VariableInstance(Model):
    """A variable as stored in the engine, with the scope it belongs to."""

    id_: str
    name: str
    type_: str
    value: Any
    value_info: Dict
    process_instance_id: str
    execution_id: str
    case_instance_id: str
    case_execution_id: str
    task_id: str
    activity_instance_id: str
    tenant_id: str
    error_message: str
    process_definition_id: Optional[str] = None
    batch_id: Optional[str] = None
    raw_value: Any = dataclasses.field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> VariableInstance:
        variable = super().load(data)
        variable.raw_value = data.get('value')
        variable.value = decode_value(variable.raw_value, variable.type_)
        return variable


# --------------------------------------------------------------------------- explicit types

class TypedValue:
    """A value with its Camunda type given explicitly; pass it to ``add_variable``."""

    type_: str = ''

    def __init__(self, value: Any, value_info: Optional[Dict[str, Any]] = None) -> None:
        self.value = value
        self.value_info = value_info

    def to_camunda(self) -> Dict[str, Any]:
        result = {'value': self.serialised(), 'type': self.type_}
        if self.value_info:
            result['valueInfo'] = self.value_info
        return result

    def serialised(self) -> Any:
        return prepare(self.value)

    def __repr__(self) -> str:
        return f'{type(self).__name__}({self.value!r})'


class Json(TypedValue):
    """A Json variable (Camunda Spin): any JSON-serialisable Python value."""

    type_ = 'Json'

    def serialised(self) -> Any:
        return json.dumps(prepare(self.value))


class Xml(TypedValue):
    """An Xml variable (Camunda Spin), given as XML text."""

    type_ = 'Xml'


class Date(TypedValue):
    """A Date variable."""

    type_ = 'Date'

    def serialised(self) -> Any:
        return isoformat(self.value)


class Object(TypedValue):
    """An Object variable: a serialised Java object, by default JSON of ``object_type_name``."""

    type_ = 'Object'

    def __init__(self, value: Any, object_type_name: str,
                 serialization_data_format: str = 'application/json') -> None:
        super().__init__(value, {'objectTypeName': object_type_name,
                                 'serializationDataFormat': serialization_data_format})

    def serialised(self) -> Any:
        fmt = (self.value_info or {}).get('serializationDataFormat')
        if fmt == 'application/json' and not isinstance(self.value, str):
            return json.dumps(prepare(self.value))
        return self.value


class File(TypedValue):
    """A File variable: bytes with a file name, and optionally a MIME type and encoding."""

    type_ = 'File'

    def __init__(self, content: bytes, filename: str, mimetype: Optional[str] = None,
                 encoding: Optional[str] = None) -> None:
        info = {'filename': filename}
        if mimetype:
            info['mimeType'] = mimetype
        if encoding:
            info['encoding'] = encoding
        super().__init__(content, info)

    def serialised(self) -> Any:
        return base64.b64encode(bytes(self.value)).decode('ascii')
