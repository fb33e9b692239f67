"""Writes the API reference (one page per module) and the REST endpoint index from the code."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Dict, List, Tuple

import pycamunda
from pycamunda import releases
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
        short = f'{cls.__module__.replace("pycamunda.", "")}.{cls.__qualname__}'
        for method, path in cls.endpoints():
            rows.setdefault((path, method), []).append(
                f':class:`{short} <{cls.__module__}.{cls.__qualname__}>`')
    lines = ['REST endpoint index', '===================', '',
             'Every operation of the Camunda 7 REST API and the pycamunda class that calls it, by '
             'path (placeholders shown as ``{}``; the class names the parameter). Modules are '
             'relative to ``pycamunda``. *Since* names the release that added an operation newer '
             f'than Camunda {releases.OLDEST}, the oldest release the tests run on; an older '
             'engine answers it with 404 or 405 (:class:`pycamunda.NotFound`, '
             ':class:`pycamunda.NoSuccess`).', '',
             '.. list-table::', '   :header-rows: 1', '   :widths: auto', '',
             '   * - Method', '     - Path', '     - Class', '     - Since']
    for (path, method), classes in sorted(rows.items()):
        lines += [f'   * - ``{method}``', f'     - ``{path}``', f'     - {", ".join(sorted(classes))}',
                  f'     - {releases.since(method, path) or ""}']
    _write(docs / 'endpoints.rst', '\n'.join(lines) + '\n')


_DESCRIBED: set = set()


def describe_endpoints(app: object, what: str, name: str, obj: object, options: object,
                       lines: List[str]) -> None:
    """Autodoc hook: a request class's docstring ends with the endpoints it calls."""
    if what == 'class' and isinstance(obj, type) and issubclass(obj, CamundaRequest) and obj.path:
        if name in _DESCRIBED:  # autoclass_content='both' asks for the class and its __init__
            return
        _DESCRIBED.add(name)
        pairs = sorted(obj.endpoints(), key=lambda pair: (pair[1], pair[0]))
        lines += ['', 'Endpoint: ' + ', '.join(f'``{m} {p}``' for m, p in pairs), '']


def public_classes() -> List[str]:
    """Every public class of every public module, by qualified name."""
    found = []
    for name in modules():
        module = importlib.import_module(name)
        for attr, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == name and not attr.startswith('_'):
                found.append(f'{name}.{attr}')
    return found


def check_complete(app: object, exception: object) -> None:
    """Warn (an error under -W) about any public class the API reference leaves out."""
    if exception is not None:
        return
    from sphinx.util import logging as sphinx_logging
    documented = set(app.env.get_domain('py').objects)  # type: ignore[attr-defined]
    missing = [name for name in public_classes() if name not in documented]
    if missing:
        sphinx_logging.getLogger(__name__).warning(
            'the API reference lacks %d public classes: %s', len(missing), ', '.join(missing))


def write_all(docs: Path) -> None:
    write_api(docs)
    write_endpoints(docs)
