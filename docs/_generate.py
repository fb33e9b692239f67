"""Writes the API reference (one page per module) and the REST endpoint index from the code."""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

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


def _named_path(cls: type, template: str) -> str:
    """A path template with its placeholders named by their wire keys: ``{id_}`` -> ``{id}``."""
    def name(match: Any) -> str:
        param = getattr(cls, match.group(1), None)
        return '{' + (getattr(param, 'key', None) or match.group(1).rstrip('_')) + '}'
    return re.sub(r'{(\w+)}', name, template)


def named_endpoints(cls: type) -> List[Tuple[str, str]]:
    """``cls.endpoints()`` with placeholder names (``GET /process-instance/{id}``)."""
    templates = (cls.path,) if isinstance(cls.path, str) else cls.path  # type: ignore[attr-defined]
    templates += tuple(t for _, t in cls.extra_endpoints)  # type: ignore[attr-defined]
    known = {}
    for template in templates:
        for suffix in ('', '/data'):
            named = _named_path(cls, template + suffix)
            known[re.sub(r'{[^}]+}', '{}', named)] = named
    pairs = {(method, known.get(path, path)) for method, path in cls.endpoints()}  # type: ignore[attr-defined]
    return sorted(pairs, key=lambda pair: (pair[1], pair[0]))


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


#: The core modules, as the API reference's index introduces them.
LAYERS = ('The core, from the bottom up: :mod:`pycamunda.request` (parameter descriptors); '
          ':mod:`pycamunda.values` (dates, values, typed variables) and '
          ':mod:`pycamunda.transport` (connection pool, configuration, error mapping); '
          ':mod:`pycamunda.base` (``CamundaRequest``, the answer bases, mixins) and '
          ':mod:`pycamunda.model` (response dataclasses). The resource modules build on them, '
          'and :mod:`pycamunda.worker` on :mod:`pycamunda.externaltask`.')


def write_api(docs: Path) -> None:
    api = docs / 'api'
    api.mkdir(exist_ok=True)
    names = modules()
    for name in names:
        title = f'``{name}``'
        _write(api / f'{name}.rst', f'{title}\n{"=" * len(title)}\n\n.. automodule:: {name}\n')
    toc = '\n'.join(f'   {name}' for name in names)
    _write(api / 'index.rst', 'API reference\n=============\n\nOne page per module; '
           'each REST resource has its own module.\n\n'
           f'{LAYERS}\n\n.. toctree::\n   :maxdepth: 1\n\n'
           f'{toc}\n')


def write_endpoints(docs: Path) -> None:
    rows: Dict[Tuple[str, str], List[str]] = {}
    names: Dict[str, str] = {}
    for cls in request_classes():
        short = f'{cls.__module__.replace("pycamunda.", "")}.{cls.__qualname__}'
        for method, named in named_endpoints(cls):
            path = re.sub(r'{[^}]+}', '{}', named)
            names.setdefault(path, named)
            rows.setdefault((path, method), []).append(
                f':class:`{short} <{cls.__module__}.{cls.__qualname__}>`')
    lines = ['REST endpoint index', '===================', '',
             'Every operation of the Camunda 7 REST API and the pycamunda class that calls it, by '
             'path. Placeholders carry Camunda\'s names; the class\'s parameter is the '
             'snake_case name (``{id}`` is ``id_``). Modules are '
             'relative to ``pycamunda``. *Since* names the release that added an operation newer '
             f'than Camunda {releases.OLDEST}, the oldest release the tests run on; an older '
             'engine answers it with 404 or 405 (:class:`pycamunda.NotFound`, '
             ':class:`pycamunda.NoSuccess`).', '',
             '.. list-table::', '   :header-rows: 1', '   :widths: auto', '',
             '   * - Method', '     - Path', '     - Class', '     - Since']
    for (path, method), classes in sorted(rows.items()):
        lines += [f'   * - ``{method}``', f'     - ``{names[path]}``',
                  f'     - {", ".join(sorted(classes))}',
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
        pairs = named_endpoints(obj)
        lines += ['', 'Endpoint: ' + ', '.join(f'``{m} {p}``' for m, p in pairs), '']
    elif what == 'module':
        module = importlib.import_module(name)
        classes = [cls for cls in request_classes()
                   if cls.__module__ == name and not cls.__qualname__.startswith('_')]
        if classes:
            lines += ['', '.. list-table:: Endpoints of this module', '   :header-rows: 1', '',
                      '   * - Endpoint', '     - Class']
            rows = sorted((path, method, cls.__qualname__) for cls in classes
                          for method, path in named_endpoints(cls))
            for path, method, qualname in rows:
                lines += [f'   * - ``{method} {path}``',
                          f'     - :class:`{qualname} <{name}.{qualname}>`']
            lines.append('')
        del module


def describe_returns(app: object, what: str, name: str, obj: object, options: object,
                     lines: List[str]) -> None:
    """Autodoc hook: ``__call__`` on a request class's page says what that class returns;
    parameters named like ``type_`` are escaped (a trailing ``_`` is a link in reST)."""
    for i, line in enumerate(lines):
        if line.startswith(':param ') and '_:' in line:
            lines[i] = re.sub(r'^:param (\w+)_:', r':param \1\\_:', line)
    if what != 'method' or not name.endswith('.__call__'):
        return
    module, _, rest = name.rpartition('.__call__')[0].rpartition('.')
    cls = getattr(importlib.import_module(module), rest, None) if module else None
    answer = getattr(cls, 'answer', None)
    hint = getattr(obj, '__annotations__', {}).get('return')
    if answer is None or hint not in ('M', 'Tuple[M, ...]'):
        return
    target = f':class:`~{answer.__module__}.{answer.__qualname__}`'
    lines += ['', f':rtype: {target}' if hint == 'M' else f':rtype: tuple[{target}, ...]']


def public_bases(app: object, name: str, obj: object, options: object, bases: List[Any]) -> None:
    """Autodoc hook: show public bases only (a private base is replaced by its public ones)."""
    def public(base: Any) -> List[Any]:
        origin = getattr(base, '__origin__', base)
        if not getattr(origin, '__name__', 'x').startswith('_'):
            return [base]
        return [b for parent in getattr(origin, '__bases__', ()) for b in public(parent)
                if b is not object]
    shown = [b for base in bases for b in public(base)]
    bases[:] = [b for i, b in enumerate(shown) if b not in shown[:i]]


def dataclass_signature(app: object, what: str, name: str, obj: Any, options: object,
                        signature: Optional[str], return_annotation: Optional[str]
                        ) -> Optional[Tuple[str, Optional[str]]]:
    """Autodoc hook: a response dataclass shows its fields as its signature."""
    if what == 'class' and dataclasses.is_dataclass(obj):
        fields = ', '.join(f.name for f in dataclasses.fields(obj))
        return f'({fields})', None
    return None


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


def cached_python_domain() -> type:
    """Sphinx's Python domain, remembering each lookup of the write phase.

    Type hints shown beside ~5,000 parameter descriptions make ~27,000 cross-references, most
    to names that are not documented (``str``, ``Optional``); the domain looks each of those
    up by scanning every object. The objects do not change once reading is done, so one scan
    per (module, class, name, role, mode) is enough. With ``toc_object_entries = False``
    this took the build from 95 s to 65 s of CPU.
    """
    from sphinx.domains.python import PythonDomain

    class CachedPythonDomain(PythonDomain):
        def find_obj(self, env: Any, modname: Any, classname: Any, name: Any, type: Any,
                     searchmode: int = 0) -> Any:
            cache = self.__dict__.setdefault('_lookups', {})
            key = (len(self.objects), modname, classname, name, type, searchmode)
            if key not in cache:
                cache[key] = super().find_obj(env, modname, classname, name, type, searchmode)
            return cache[key]

    return CachedPythonDomain


def write_all(docs: Path) -> None:
    write_api(docs)
    write_endpoints(docs)
