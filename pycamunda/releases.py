"""The Camunda 7 releases pycamunda is tested against, and the operations newer than the oldest.

:data:`SINCE` lists each REST operation added after :data:`OLDEST`, with the release that added
it. It was worked out by sending each operation to engines of 7.15, 7.16 and 7.17 (an operation a
release lacks answers 404 or 405 there) and by comparing the releases' OpenAPI documents
(``org.camunda.bpm:camunda-engine-rest-openapi``, complete from 7.16 on; there is none for 7.19)
for the releases in between. A document can be late: ``DELETE /job/{id}`` and
``GET /task/report/candidate-group-count``, new in 7.20's, are served by 7.15 already.
"""
from __future__ import annotations

import re
from typing import Dict, Optional, Tuple

__all__ = ['OLDEST', 'NEWEST', 'SINCE', 'since', 'serves', 'serves_release']

#: The oldest release the whole integration suite runs on in CI.
OLDEST = '7.15.0'
#: The newest release the whole integration suite runs on in CI.
NEWEST = '7.24.0'

#: (method, path with ``{}`` placeholders) -> the first release that serves the operation.
SINCE: Dict[Tuple[str, str], str] = {
    ('GET', '/process-definition/{}/static-called-process-definitions'): '7.16',
    ('GET', '/process-definition/key/{}/static-called-process-definitions'): '7.16',
    ('GET', '/process-definition/key/{}/tenant-id/{}/static-called-process-definitions'): '7.16',
    ('POST', '/process-instance/message-async'): '7.16',
    ('GET', '/deployment/registered'): '7.17',
    ('GET', '/telemetry/data'): '7.17',
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
