"""Fixtures for tests against a real engine at ``$CAMUNDA_URL``."""

import os
import uuid
from pathlib import Path
from typing import Dict, Iterator

import pytest

import pycamunda
import pycamunda.version
from pycamunda.testing import deployed

BPMN = Path(__file__).resolve().parents[1] / 'order.bpmn'


# [fixtures]
@pytest.fixture(scope='session')
def engine_url() -> str:
    """The engine's REST URL; the tests that need it are skipped if none answers."""
    url = os.environ.get('CAMUNDA_URL', 'http://localhost:8080/engine-rest')
    try:
        pycamunda.version.Get(url=url)()
    except pycamunda.ConnectionFailed:
        pytest.skip(f'no Camunda engine at {url}')
    return url


@pytest.fixture
def order_process(engine_url: str) -> Iterator[Dict[str, str]]:
    """order.bpmn, deployed for one test under a key and topic of its own.

    Its own key and topic keep tests apart that share an engine; the deployment, its
    instances and their history are deleted (cascade) when the test ends.
    """
    key, topic = f'order-{uuid.uuid4().hex[:8]}', f'charge-{uuid.uuid4().hex[:8]}'
    bpmn = (BPMN.read_text().replace('id="pycamunda-order"', f'id="{key}"')
            .replace('camunda:topic="charge-card"', f'camunda:topic="{topic}"'))
    with deployed(engine_url, ('order.bpmn', bpmn)):
        yield {'key': key, 'topic': topic}
# [/fixtures]
