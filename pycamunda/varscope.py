"""The variables of a scope: one machinery for every ``.../variables`` sub-resource.

Process instances, executions, tasks, case instances and case executions all expose the same
operations on their variables (and local variables). A resource module declares a concrete
class by naming its path and its id parameter::

    class VariablesGet(varscope.GetVariable):
        path = URL_SUFFIX + '/{process_instance_id}/variables/{var_name}'
        process_instance_id = PathParameter('id')
"""
from __future__ import annotations

import io
from typing import Any, Dict, Optional, Set, Tuple

from pycamunda.base import CamundaRequest, Command, DataMixin, Loads, RequestMethod, load_by_name, typed_value
from pycamunda.request import BodyParameter, PathParameter, QueryParameter
from pycamunda.values import _named
from pycamunda.variable import File, Variable

BINARY_TYPES = ('Bytes', 'File')


def _data_endpoint(cls: type, method: str) -> Set[Tuple[str, str]]:
    return {(method, template + '/data') for _, template in CamundaRequest.endpoints.__func__(cls)}  # type: ignore[attr-defined]


class GetVariables(CamundaRequest):
    """Get all variables of the scope, by name."""

    http_method = RequestMethod.GET
    deserialize_values = QueryParameter('deserializeValues')

    def __call__(self, *args: Any, **kwargs: Any) -> Dict[str, Variable]:
        return load_by_name(Variable, super().__call__(self.http_method, *args, **kwargs).json())


class GetVariable(DataMixin, Loads[Variable]):
    """Get one variable; with ``binary=True`` the raw content of a Bytes or File variable."""

    http_method = RequestMethod.GET
    var_name = PathParameter('varName')
    deserialize_value = QueryParameter('deserializeValue')  # sent for /data too, as PyCamunda did


class ModifyVariables(Command):
    """Set and delete variables of the scope in one call."""

    http_method = RequestMethod.POST
    modifications = BodyParameter('modifications', factory=dict)
    deletions = BodyParameter('deletions', factory=list)

    def add_variable(self, name: str, value: Any, type_: Optional[str] = None,
                     value_info: Optional[Dict[str, Any]] = None) -> None:
        """Set a variable; its Camunda type is inferred from the value unless ``type_`` is given."""
        self.modifications[name] = _named(name, value, type_, value_info)


class UpdateVariable(CamundaRequest):
    """Set one variable. Bytes and File values are uploaded as multipart to ``.../data``."""

    http_method = RequestMethod.PUT
    var_name = PathParameter('varName')
    value = BodyParameter('value')
    type_ = BodyParameter('type')
    value_info = BodyParameter('valueInfo')

    @classmethod
    def endpoints(cls) -> Set[Tuple[str, str]]:
        return super().endpoints() | _data_endpoint(cls, 'POST')

    @property
    def is_binary(self) -> bool:
        return self.type_ in BINARY_TYPES or isinstance(self.value, File)

    @property
    def url(self) -> str:
        return super().url + ('/data' if self.is_binary else '')

    def body_parameters(self, apply: Any = ...) -> Dict[str, Any]:
        if self.is_binary:
            return {'valueType': self.type_ or 'File'}
        return typed_value(self.value, self.type_, self.value_info)

    @property
    def files(self) -> Optional[Dict[str, Any]]:
        if not self.is_binary:
            return None
        content, info = self.value, self.value_info or {}
        if isinstance(content, File):
            content, info = content.value, {**(content.value_info or {}), **info}
        if isinstance(content, (bytes, bytearray, memoryview)):
            content = io.BytesIO(bytes(content))
        filename = info.get('filename', self.var_name)
        mimetype = info.get('mimeType') or 'application/octet-stream'
        if info.get('encoding'):
            mimetype += f'; charset={info["encoding"]}'
        return {'data': (filename, content, mimetype)}

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        method = RequestMethod.POST if self.is_binary else self.http_method
        super().__call__(method, *args, **kwargs)


class DeleteVariable(Command):
    """Delete one variable of the scope."""

    http_method = RequestMethod.DELETE
    var_name = PathParameter('varName')

