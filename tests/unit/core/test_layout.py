"""The layout: transport and values under base, the worker a package, imports one way; what
code written for PyCamunda patches on ``pycamunda.base`` still takes effect there."""
from __future__ import annotations

import ast
import datetime as dt
import importlib
import unittest.mock
from pathlib import Path
from typing import Set

import pytest

import pycamunda
import pycamunda.base
import pycamunda.task
import pycamunda.transport
import pycamunda.user
import pycamunda.variable
import pycamunda.worker

from unit.fakehttp import URL

PACKAGE = Path(pycamunda.__file__).parent
#: The core modules by layer: a module imports only from lower layers.
LAYERS = {'pycamunda.request': 0, 'pycamunda.values': 1, 'pycamunda.transport': 1,
          'pycamunda.base': 2}


def imports_of(module: str) -> Set[str]:
    """The pycamunda modules ``module`` imports (``from pycamunda import x`` as pycamunda.x)."""
    path = PACKAGE.joinpath(*module.split('.')[1:])
    path = path / '__init__.py' if path.is_dir() else path.with_suffix('.py')
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            if node.module == 'pycamunda':
                found |= {f'pycamunda.{alias.name}' for alias in node.names
                          if (PACKAGE / f'{alias.name}.py').exists()}
    return {name for name in found if name.split('.')[0] == 'pycamunda'}


def is_leaf(module: str) -> bool:
    """Below every layer: the exceptions (``pycamunda``) and modules that import no other
    pycamunda module (data, tables)."""
    return module == 'pycamunda' or imports_of(module) <= {'pycamunda'}


@pytest.mark.parametrize('module', sorted(LAYERS))
def test_core_modules_import_only_downwards(module):
    for target in imports_of(module) - {module}:
        if is_leaf(target):
            continue
        assert target in LAYERS and LAYERS[target] < LAYERS[module], f'{module} imports {target}'


def test_the_worker_package_sits_on_the_resource_modules():
    allowed = {'pycamunda', 'pycamunda.base', 'pycamunda.request', 'pycamunda.externaltask'}
    for name in pycamunda.worker.__all__:
        module = getattr(pycamunda.worker, name).__module__
        assert module.startswith('pycamunda.worker.'), (name, module)
    for path in sorted((PACKAGE / 'worker').glob('*.py')):
        module = f'pycamunda.worker.{path.stem}'
        outside = {m for m in imports_of(module) if not m.startswith('pycamunda.worker')}
        assert outside <= allowed, (module, outside - allowed)
        assert importlib.import_module(module).__doc__, module


def test_base_still_has_pycamundas_names():
    for name in ('isoformat', 'from_isoformat', 'prepare', 'query_prepare', 'RequestMethod',
                 'value_is_true', '_raise_for_status', 'CamundaRequest', 'configure'):
        assert hasattr(pycamunda.base, name), name


def test_base_default_timeout_follows_configure(monkeypatch):
    monkeypatch.setattr(pycamunda.transport, 'DEFAULT_TIMEOUT', pycamunda.transport.DEFAULT_TIMEOUT)
    pycamunda.base.configure(timeout=7)
    assert pycamunda.base.DEFAULT_TIMEOUT == pycamunda.transport.DEFAULT_TIMEOUT == (7, 7)


def test_a_patched_raise_for_status_on_base_takes_effect(http):
    http.respond(status=404, json={'type': 'NotFound', 'message': 'no user x'})
    with unittest.mock.patch('pycamunda.base._raise_for_status',
                             side_effect=RuntimeError('patched')) as patched:
        with pytest.raises(RuntimeError, match='patched'):
            pycamunda.user.Delete(URL, 'x')()
    patched.assert_called_once()


def test_a_raise_for_status_patched_to_return_lets_the_call_go_on(http):
    http.respond(status=404, json={'type': 'NotFound', 'message': 'no user x'})
    with unittest.mock.patch('pycamunda.base._raise_for_status', return_value=None) as patched:
        assert pycamunda.user.Delete(URL, 'x')() is None
    assert patched.call_args.args[0].status_code == 404


def test_a_patched_from_isoformat_on_base_takes_effect():
    fixed = dt.datetime(2001, 2, 3, tzinfo=dt.timezone.utc)
    text = '2024-05-17T10:30:00.000+0200'
    with unittest.mock.patch('pycamunda.base.from_isoformat', return_value=fixed) as patched:
        assert pycamunda.task.Task.load({'id': 't', 'created': text}).created == fixed
        assert pycamunda.variable.Variable.load({'value': text, 'type': 'Date'}).value == fixed
    assert patched.call_count == 2
    assert pycamunda.task.Task.load({'id': 't', 'created': text}).created.year == 2024
