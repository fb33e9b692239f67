"""The Camunda 7 releases pycamunda is tested against, and the operations newer than the oldest.

:data:`SINCE` lists each REST operation added after :data:`OLDEST`, with the release that added
it. It was worked out by comparing the releases' OpenAPI documents
(``org.camunda.bpm:camunda-engine-rest-openapi``) and by sending each operation to an engine of
the oldest release (an operation it lacks answers 404 or 405 there: ``DELETE /job/{id}``, new in
7.20's document, is served by 7.17 already), never from release notes.
"""
from __future__ import annotations

import re
from typing import Dict, Optional, Tuple

__all__ = ['OLDEST', 'NEWEST', 'SINCE', 'since', 'serves', 'serves_release']

#: The oldest release the whole integration suite runs on in CI.
OLDEST = '7.17.0'
#: The newest release the whole integration suite runs on in CI.
NEWEST = '7.24.0'

#: (method, path with ``{}`` placeholders) -> the first release that serves the operation.
SINCE: Dict[Tuple[str, str], str] = {
    ('GET', '/process-instance/{}/comment'): '7.18',
    ('PUT', '/process-instance/{}/comment'): '7.23',
    ('DELETE', '/process-instance/{}/comment'): '7.23',
    ('DELETE', '/process-instance/{}/comment/{}'): '7.23',
    ('PUT', '/task/{}/comment'): '7.23',
    ('DELETE', '/task/{}/comment'): '7.23',
    ('DELETE', '/task/{}/comment/{}'): '7.23',
}


def _release(version: str) -> Tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r'\d+', version)[:3])


def since(method: str, path: str) -> Optional[str]:
    """The release that added an operation newer than :data:`OLDEST`, else ``None``.

    ``path`` is a template of the REST API, e.g. ``/task/{id}/comment`` (any placeholder name).
    """
    return SINCE.get((method.upper(), re.sub(r'{[^}]*}', '{}', path)))


def serves_release(version: str, release: str) -> bool:
    """Whether an engine of release ``version`` is ``release`` or newer (``'7.17.0'``, ``'7.18'``)."""
    return _release(version) >= _release(release)


def serves(version: str, method: str, path: str) -> bool:
    """Whether an engine of release ``version`` (e.g. ``'7.17.0'``) has the operation."""
    added = since(method, path)
    return added is None or serves_release(version, added)
