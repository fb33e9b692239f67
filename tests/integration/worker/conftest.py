"""Fixtures of the worker's integration tests."""
from typing import Dict

import pytest


@pytest.fixture
def single(camunda, uid) -> Dict[str, str]:
    """A deployed ``worker_single`` process: start -> external task -> end."""
    deployment = camunda.deploy_fixture('worker_single.bpmn', key=uid, topic=f'{uid}-topic')
    definition = next(iter(deployment['deployedProcessDefinitions'].values()))
    return {'key': uid, 'topic': f'{uid}-topic', 'id': definition['id']}
