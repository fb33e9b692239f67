"""pycamunda against PyCamunda 0.6.1 on a real Camunda 7 engine: client CPU and wall time per call.

``python benchmarks/engine.py [--blocks N] [--quick]`` against ``$CAMUNDA_URL`` (default
http://127.0.0.1:18080/engine-rest). It deploys a process of its own (unique key: an
external task, then a user task) with plain requests, seeds it, interleaves blocks of
start / fetch-and-lock / complete / list calls across the clients, prints medians, and
deletes the deployment (cascade) at the end, also on errors.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from typing import Dict, List, Tuple

import harness
import requests
from client import ENGINE_SCENARIOS

DEFAULT_URL = 'http://127.0.0.1:18080/engine-rest'
SEED_INSTANCES = 200  # half become user tasks (for the task list), half stay fetchable


def bpmn(key: str) -> str:
    """A process: start, an external task (topic ``key``), a user task, end."""
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-{key}"
    targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="{key}" name="pycamunda benchmark" isExecutable="true"
      camunda:historyTimeToLive="1">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
    <bpmn:serviceTask id="check" name="Check" camunda:type="external" camunda:topic="{key}"/>
    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="review"/>
    <bpmn:userTask id="review" name="Review" camunda:assignee="demo"/>
    <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end"/>
    <bpmn:endEvent id="end"/>
  </bpmn:process>
</bpmn:definitions>
'''


def deploy(url: str, key: str) -> str:
    """Deploy the benchmark process; its deployment id."""
    response = requests.post(f'{url}/deployment/create',
                             files={'data': (f'{key}.bpmn', bpmn(key), 'text/xml')},
                             data={'deployment-name': key, 'deployment-source': 'pycamunda-bench'},
                             timeout=60)
    response.raise_for_status()
    return str(response.json()['id'])


def seed(url: str, key: str, count: int) -> None:
    """Start ``count`` instances, then move half of them on to the user task."""
    with requests.Session() as session:
        for _ in range(count):
            session.post(f'{url}/process-definition/key/{key}/start', timeout=60, json={
                'variables': {'amount': {'value': 42, 'type': 'Integer'}}}).raise_for_status()
        locked = session.post(f'{url}/external-task/fetchAndLock', timeout=60, json={
            'workerId': 'bench-seed', 'maxTasks': count // 2,
            'topics': [{'topicName': key, 'lockDuration': 600000}]})
        locked.raise_for_status()
        for task in locked.json():
            session.post(f'{url}/external-task/{task["id"]}/complete', timeout=60,
                         json={'workerId': 'bench-seed'}).raise_for_status()


def undeploy(url: str, deployment_id: str) -> None:
    """Delete the deployment with its instances and history."""
    response = requests.delete(f'{url}/deployment/{deployment_id}', timeout=120,
                               params={'cascade': 'true', 'skipCustomListeners': 'true'})
    if response.status_code not in (204, 404):
        harness.log(f'could not delete deployment {deployment_id}: {response.status_code} '
                    f'{response.text[:200]}')


def report(results: Dict[str, Dict[str, List[harness.Block]]], plan: List[Tuple[str, int]]) -> str:
    """CPU and wall time per call, medians; CPU ratios as medians of per-block ratios."""
    rows = []
    for scenario, calls in plan:
        by_kind = results[scenario]
        floor, ours, old = by_kind['floor'], by_kind['pycamunda'], by_kind['pycamunda061']
        items = [b['items'] / b['calls'] for b in ours]
        name = ENGINE_SCENARIOS[scenario]
        if scenario == 'fetch_10':
            name += f' (got {statistics.median(items):.0f})' if items else ''
        walls = ' / '.join(f'{statistics.median(harness.per_call(b, "wall")) * 1e3:.1f}'
                           if b else 'n/a' for b in (floor, ours, old))
        rows.append([name, 'all locked' if calls < 0 else str(calls),
                     harness.micros(harness.per_call(floor)),
                     f'{harness.micros(harness.per_call(ours))} '
                     f'({harness.summary(harness.ratios(ours, floor)).split()[0]}x)',
                     f'{harness.micros(harness.per_call(old))} '
                     f'({harness.summary(harness.ratios(old, floor)).split()[0]}x)',
                     harness.summary(harness.ratios(ours, old)),
                     harness.summary(harness.ratios(ours, old, 'wall')),
                     walls])
    header = ['scenario', 'calls/block', 'floor CPU µs', 'pycamunda CPU µs (×floor)',
              '0.6.1 CPU µs (×floor)', 'CPU pycamunda ÷ 0.6.1', 'wall pycamunda ÷ 0.6.1',
              'wall ms floor / pycamunda / 0.6.1']
    return harness.table(header, rows)


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--url', default=os.environ.get('CAMUNDA_URL', DEFAULT_URL),
                        help='engine-rest base URL (default: $CAMUNDA_URL or %(default)s)')
    parser.add_argument('--blocks', type=int, help='rounds (default 20; 4 with --quick)')
    parser.add_argument('--quick', action='store_true', help='fewer, shorter rounds')
    args = parser.parse_args()
    url = args.url.rstrip('/')
    blocks = args.blocks or (4 if args.quick else 20)
    starts = 10 if args.quick else 20
    lists = 3 if args.quick else 5
    plan = [('start', starts), ('fetch_10', starts // 10), ('complete', -1),
            ('pi_list_100', lists), ('task_list_100', lists)]

    try:
        version = requests.get(f'{url}/version', timeout=10).json()['version']
    except (requests.RequestException, ValueError, KeyError) as exc:
        raise SystemExit(f'no Camunda engine at {url} ({type(exc).__name__}); set CAMUNDA_URL') from None
    started = time.perf_counter()
    key = f'pycamunda_bench_{uuid.uuid4().hex[:10]}'
    deployment_id = deploy(url, key)
    workers: Dict[str, harness.Worker] = {}
    try:
        harness.log(f'deployed {key} on Camunda {version} at {url}; seeding {SEED_INSTANCES} '
                    f'instances ...')
        seed(url, key, SEED_INSTANCES)
        workers = harness.start_workers(url, ['--key', key, '--record'])
        harness.interleave(workers, [('start', 2), ('fetch_10', 1), ('complete', -1),
                                     ('pi_list_100', 1), ('task_list_100', 1)], 1)  # warm-up
        results = harness.interleave(workers, plan, blocks)
        print(f'Camunda {version} at {url}: client CPU (time.process_time in the client process) '
              f'and wall time per call,')
        print(f'medians of {blocks} interleaved rounds; ratios are medians of per-block ratios '
              f'(p25-p75). PyCamunda 0.6.1 runs in its default mode (a new connection per call).')
        print()
        print(report(results, plan))
        print()
        print(f'took {time.perf_counter() - started:.0f} s')
    finally:
        harness.stop_workers(workers)
        undeploy(url, deployment_id)
        harness.log(f'deleted deployment {deployment_id} (cascade)')


if __name__ == '__main__':
    main()
