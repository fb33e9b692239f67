"""Response models the history modules share."""
from __future__ import annotations

from typing import Any, ClassVar, Mapping, Optional, Type, TypeVar

from pycamunda.model import Model
from pycamunda.variable import decode_value

D = TypeVar('D', bound='DecodedValueModel')


class DecodedValueModel(Model):
    """A response with a typed ``value``: decoded by the field named in ``_value_type``.

    The engine's value is kept in ``raw_value``.
    """

    _value_type: ClassVar[str] = 'type_'

    @classmethod
    def load(cls: Type[D], data: Mapping[str, Any]) -> D:
        obj = super().load(data)
        raw: Optional[Any] = data.get('value')
        obj.raw_value = raw  # type: ignore[attr-defined]
        obj.value = decode_value(raw, getattr(obj, cls._value_type, None))  # type: ignore[attr-defined]
        return obj
