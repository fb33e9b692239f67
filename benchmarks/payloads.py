"""Realistic Camunda 7.24 response bodies, generated deterministically and encoded once.

Field names, key order and value shapes are those the engine sends (checked against a
running 7.24 engine): compact JSON, dates as ``yyyy-MM-dd'T'HH:mm:ss.SSSZ``, Json
variables as strings, ``valueInfo`` always present.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any, Dict, List

__all__ = ['encode', 'external_tasks', 'process_instances', 'started_instance', 'tasks']

_DEFINITIONS = [('invoice', 3), ('order-fulfilment', 7), ('customer-onboarding', 2)]
_EPOCH = dt.datetime(2026, 11, 2, 8, 30, tzinfo=dt.timezone.utc)


def encode(data: Any) -> bytes:
    """JSON as the engine writes it: compact, UTF-8."""
    return json.dumps(data, separators=(',', ':'), ensure_ascii=False).encode('utf-8')


def _uuid(rng: random.Random) -> str:
    # The engine's ids are time-based UUIDs with a fixed node part.
    return f'{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-11f1-9612-02fc00000001'


def _date(when: dt.datetime) -> str:
    return f'{when:%Y-%m-%dT%H:%M:%S}.{when.microsecond // 1000:03d}+0000'


def _definition(rng: random.Random, index: int) -> tuple[str, str]:
    key, version = _DEFINITIONS[index % len(_DEFINITIONS)]
    return key, f'{key}:{version}:{_uuid(rng)}'


def process_instances(count: int, seed: int = 1) -> List[Dict[str, Any]]:
    """``GET /process-instance`` items (``ProcessInstanceDto``)."""
    rng = random.Random(seed)
    items: List[Dict[str, Any]] = []
    for i in range(count):
        key, definition_id = _definition(rng, i)
        items.append({
            'links': [], 'id': _uuid(rng), 'definitionId': definition_id,
            'businessKey': f'{key.upper()[:3]}-{100000 + i}' if i % 4 else None,
            'caseInstanceId': None, 'ended': False, 'suspended': i % 50 == 49,
            'tenantId': None, 'definitionKey': key,
        })
    return items


def started_instance(base_url: str, key: str = 'invoice', seed: int = 2) -> Dict[str, Any]:
    """The answer to ``POST /process-definition/key/{key}/start``: the instance with a self link."""
    rng = random.Random(seed)
    instance_id = _uuid(rng)
    return {
        'links': [{'method': 'GET', 'href': f'{base_url}/process-instance/{instance_id}',
                   'rel': 'self'}],
        'id': instance_id, 'definitionId': f'{key}:3:{_uuid(rng)}', 'businessKey': None,
        'caseInstanceId': None, 'ended': False, 'suspended': False, 'tenantId': None,
        'definitionKey': key,
    }


def _variables(rng: random.Random, i: int) -> Dict[str, Any]:
    """Five typed variables: String, Integer, Boolean, Double, and a Date or a Json."""
    variables: Dict[str, Any] = {
        'customer': {'type': 'String', 'value': f'Customer {rng.randrange(10000):04d} GmbH',
                     'valueInfo': {}},
        'amount': {'type': 'Integer', 'value': rng.randrange(1, 100000), 'valueInfo': {}},
        'approved': {'type': 'Boolean', 'value': bool(i % 2), 'valueInfo': {}},
        'rate': {'type': 'Double', 'value': round(rng.random() * 0.25, 4), 'valueInfo': {}},
    }
    if i % 2:
        order = {'lines': [{'sku': f'SKU-{rng.randrange(1000)}', 'qty': rng.randrange(1, 9)}
                           for _ in range(3)], 'currency': 'EUR'}
        variables['order'] = {'type': 'Json', 'value': json.dumps(order, separators=(',', ':')),
                              'valueInfo': {}}
    else:
        due = _EPOCH + dt.timedelta(days=rng.randrange(30), milliseconds=rng.randrange(86400000))
        variables['dueDate'] = {'type': 'Date', 'value': _date(due), 'valueInfo': {}}
    return variables


def external_tasks(count: int = 10, topic: str = 'invoice-check', worker_id: str = 'bench-worker',
                   seed: int = 3) -> List[Dict[str, Any]]:
    """``POST /external-task/fetchAndLock`` items (``LockedExternalTaskDto``)."""
    rng = random.Random(seed)
    items: List[Dict[str, Any]] = []
    for i in range(count):
        key, definition_id = _definition(rng, 0)
        created = _EPOCH + dt.timedelta(seconds=rng.randrange(3600 * 24))
        items.append({
            'activityId': 'checkInvoice', 'activityInstanceId': f'checkInvoice:{_uuid(rng)}',
            'errorMessage': None, 'errorDetails': None, 'executionId': _uuid(rng),
            'id': _uuid(rng), 'lockExpirationTime': _date(created + dt.timedelta(minutes=5)),
            'createTime': _date(created), 'processDefinitionId': definition_id,
            'processDefinitionKey': key, 'processDefinitionVersionTag': None,
            'processInstanceId': _uuid(rng), 'retries': None, 'suspended': False,
            'workerId': worker_id, 'topicName': topic, 'tenantId': None,
            'variables': _variables(rng, i), 'priority': 0,
            'businessKey': f'INV-{200000 + i}', 'extensionProperties': {},
        })
    return items


def tasks(count: int, seed: int = 4) -> List[Dict[str, Any]]:
    """``GET /task`` items (``TaskDto``) with ``created``, ``due`` and ``followUp`` set."""
    rng = random.Random(seed)
    items: List[Dict[str, Any]] = []
    for i in range(count):
        key, definition_id = _definition(rng, i)
        created = _EPOCH + dt.timedelta(seconds=rng.randrange(3600 * 24 * 20),
                                        milliseconds=rng.randrange(1000))
        instance_id = _uuid(rng)
        items.append({
            'id': _uuid(rng), 'name': 'Approve invoice' if key == 'invoice' else 'Review order',
            'assignee': 'demo' if i % 3 else None, 'created': _date(created),
            'due': _date(created + dt.timedelta(days=3)),
            'followUp': _date(created + dt.timedelta(days=1)), 'lastUpdated': None,
            'delegationState': None, 'description': None, 'executionId': instance_id,
            'owner': None, 'parentTaskId': None, 'priority': 50,
            'processDefinitionId': definition_id, 'processInstanceId': instance_id,
            'taskDefinitionKey': 'approveInvoice', 'caseExecutionId': None,
            'caseInstanceId': None, 'caseDefinitionId': None, 'suspended': False,
            'formKey': 'embedded:app:forms/approve-invoice.html', 'camundaFormRef': None,
            'tenantId': None, 'taskState': 'Created',
        })
    return items
