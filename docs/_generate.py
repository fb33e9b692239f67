"""Writes the API reference (one page per module) and the REST endpoint index from the code."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from typing import Dict, List, Tuple

import pycamunda
from pycamunda.base import CamundaRequest


def modules() -> List[str]:
    names = ['pycamunda'] + [m.name for m in pkgutil.walk_packages(pycamunda.__path__, 'pycamunda.')]
    return sorted(n for n in names if not n.rsplit('.', 1)[-1].startswith('_'))


def request_classes() -> List[type]:
    found = []
    for name in modules():
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, CamundaRequest) and cls.__module__ == name
                    and not inspect.isabstract(cls) and cls.path):
                found.append(cls)
    return found


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def write_api(docs: Path) -> None:
    api = docs / 'api'
    api.mkdir(exist_ok=True)
    names = modules()
    for name in names:
        title = f'``{name}``'
        _write(api / f'{name}.rst', f'{title}\n{"=" * len(title)}\n\n.. automodule:: {name}\n')
    toc = '\n'.join(f'   {name}' for name in names)
    _write(api / 'index.rst', 'API reference\n=============\n\nOne page per module; '
           'each REST resource has its own module.\n\n.. toctree::\n   :maxdepth: 1\n\n'
           f'{toc}\n')


def write_endpoints(docs: Path) -> None:
    rows: Dict[Tuple[str, str], List[str]] = {}
    for cls in request_classes():
        for method, path in cls.endpoints():
            rows.setdefault((path, method), []).append(
                f':class:`{cls.__module__}.{cls.__qualname__}`')
    templates = {}
    for cls in request_classes():
        for template in ((cls.path,) if isinstance(cls.path, str) else cls.path):
            templates[re.sub(r'{\w+}', '{}', template)] = template
    lines = ['REST endpoint index', '===================', '',
             'Every operation of the Camunda 7 REST API and the pycamunda class that calls it. '
             'Placeholders are shown as ``{}``; the class names the parameter.', '',
             '.. list-table::', '   :header-rows: 1', '   :widths: 10 45 45', '',
             '   * - Method', '     - Path', '     - Class']
    for (path, method), classes in sorted(rows.items()):
        lines += [f'   * - ``{method}``', f'     - ``{path}``', f'     - {", ".join(sorted(classes))}']
    _write(docs / 'endpoints.rst', '\n'.join(lines) + '\n')


def write_all(docs: Path) -> None:
    write_api(docs)
    write_endpoints(docs)
