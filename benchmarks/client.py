"""Benchmark worker: one client in its own long-lived process, driven over stdin/stdout.

``python client.py KIND URL [--key KEY] [--record]`` with KIND one of

* ``floor``: the same HTTP requests on one reused ``requests.Session``, plain ``.json()``;
* ``pycamunda``: this project's pycamunda, default mode (no session set);
* ``pycamunda061``: the published PyCamunda 0.6.1 (run with its own virtualenv's python).

It prints one JSON line ``{"ready": KIND, "module": ..., "version": ...}`` and then answers
one JSON line per command line:

* ``{"op": "run", "scenario": S, "n": N}`` -> ``{"calls", "cpu", "wall", "items"}``: N calls
  (``n: -1`` completes every task this worker has locked), CPU seconds of this process
  (``time.process_time``) and wall seconds for all of them;
* ``{"op": "memory", "n": N}`` -> ``{"peak", "decoded", "body"}``: tracemalloc's peak for one
  process-instance list call of N items, and the traced size of ``json.loads`` of its body;
* ``{"op": "quit"}``.

The file imports nothing from the benchmark directory, so it runs isolated (``python -I``)
under PyCamunda 0.6.1's interpreter.
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from typing import Any, Callable, Dict, List, Optional

import requests

Call = Callable[[], int]

#: Scenarios against the loopback server (run.py): name -> what one call does.
SCENARIOS: Dict[str, str] = {
    'pi_list_1': 'processinst.GetList, 1 instance',
    'fetch_10': 'externaltask.FetchAndLock, 10 tasks x 5 variables',
    'complete': 'externaltask.Complete (204)',
    'start': 'processdef.StartInstance by key, 1 variable',
    'pi_list_1000': 'processinst.GetList, 1,000 instances',
    'task_list_500': 'task.GetList, 500 tasks',
}
#: Scenarios against a real engine (see engine.py).
ENGINE_SCENARIOS: Dict[str, str] = {
    'start': 'processdef.StartInstance by key, 1 variable',
    'fetch_10': 'externaltask.FetchAndLock, up to 10 tasks',
    'complete': 'externaltask.Complete, 1 variable',
    'pi_list_100': 'processinst.GetList by key, 100 instances',
    'task_list_100': 'task.GetList by key, 100 tasks',
}


class State:
    """What a worker needs besides the URL: the process key, its worker id, its locked tasks."""

    def __init__(self, url: str, key: str, record: bool, kind: str) -> None:
        self.url = url
        self.key = key
        #: Against the engine, lists are filtered by key and locked task ids are kept.
        self.record = record
        self.worker_id = f'bench-{kind}'
        self.topic = key
        self.locked: List[str] = []

    def next_task(self) -> str:
        """The id of a task to complete: one this worker locked, or a fixed one on loopback."""
        return self.locked.pop() if self.record else 'c1a8e2f4-eba3-11f1-9612-02fc00000001'


def floor_calls(state: State) -> Dict[str, Call]:
    """The floor: pycamunda's HTTP requests sent on one ``requests.Session``, decoded with ``.json()``."""
    session = requests.Session()
    url, key = state.url, state.key
    by_key: Dict[str, Any] = {'processDefinitionKey': key} if state.record else {}

    def pi_list(n: int) -> Call:
        return lambda: len(session.get(f'{url}/process-instance',
                                       params={**by_key, 'maxResults': n}).json())

    def task_list(n: int) -> Call:
        return lambda: len(session.get(f'{url}/task', params={**by_key, 'maxResults': n}).json())

    def fetch() -> int:
        tasks = session.post(f'{url}/external-task/fetchAndLock', json={
            'workerId': state.worker_id, 'maxTasks': 10,
            'topics': [{'topicName': state.topic, 'lockDuration': 600000}], 'sorting': []}).json()
        if state.record:
            state.locked.extend(task['id'] for task in tasks)
        return len(tasks)

    def complete() -> int:
        response = session.post(f'{url}/external-task/{state.next_task()}/complete', json={
            'variables': {'approved': {'value': True, 'type': 'Boolean'}}, 'localVariables': {},
            'workerId': state.worker_id})
        return 0 if response.status_code == 204 else -1

    def start() -> int:
        instance = session.post(f'{url}/process-definition/key/{key}/start', json={
            'variables': {'amount': {'value': 42, 'type': 'Integer'}}, 'startInstructions': [],
            'skipCustomListeners': False, 'skipIoMappings': False,
            'withVariablesInReturn': False}).json()
        return 1 if instance['id'] else 0

    return {'pi_list_1': pi_list(1), 'pi_list_100': pi_list(100), 'pi_list_1000': pi_list(1000),
            'task_list_100': task_list(100), 'task_list_500': task_list(500),
            'fetch_10': fetch, 'complete': complete, 'start': start}


def pycamunda_calls(state: State) -> Dict[str, Call]:
    """The same calls through pycamunda's API (this project's or 0.6.1's: the API is the same)."""
    import pycamunda.externaltask
    import pycamunda.processdef
    import pycamunda.processinst
    import pycamunda.task

    url, key = state.url, state.key
    by_key: Dict[str, Any] = {'process_definition_key': key} if state.record else {}

    def pi_list(n: int) -> Call:
        return lambda: len(pycamunda.processinst.GetList(url, max_results=n, **by_key)())

    def task_list(n: int) -> Call:
        return lambda: len(pycamunda.task.GetList(url, max_results=n, **by_key)())

    def fetch() -> int:
        request = pycamunda.externaltask.FetchAndLock(url, worker_id=state.worker_id, max_tasks=10)
        request.add_topic(state.topic, lock_duration=600000)
        tasks = request()
        if state.record:
            state.locked.extend(task.id_ for task in tasks)
        return len(tasks)

    def complete() -> int:
        request = pycamunda.externaltask.Complete(url, id_=state.next_task(),
                                                  worker_id=state.worker_id)
        request.add_variable('approved', True, type_='Boolean')
        request()
        return 0

    def start() -> int:
        request = pycamunda.processdef.StartInstance(url, key=key)
        request.add_variable('amount', 42, type_='Integer')
        return 1 if request().id_ else 0

    return {'pi_list_1': pi_list(1), 'pi_list_100': pi_list(100), 'pi_list_1000': pi_list(1000),
            'task_list_100': task_list(100), 'task_list_500': task_list(500),
            'fetch_10': fetch, 'complete': complete, 'start': start}


def build(kind: str, state: State) -> Dict[str, Call]:
    """The scenario calls of ``kind``."""
    return floor_calls(state) if kind == 'floor' else pycamunda_calls(state)


def run(calls: Dict[str, Call], state: State, scenario: str, n: int) -> Dict[str, Any]:
    """Make ``n`` calls of ``scenario``; CPU and wall seconds for all of them."""
    call = calls[scenario]
    if scenario == 'complete' and state.record:
        n = len(state.locked) if n < 0 else min(n, len(state.locked))
    items = 0
    wall = time.perf_counter()
    cpu = time.process_time()
    for _ in range(n):
        items += call()
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    return {'calls': n, 'cpu': cpu, 'wall': wall, 'items': items}


def memory(kind: str, state: State, n: int) -> Dict[str, Any]:
    """Peak traced memory of one list call of ``n`` instances, and of ``json.loads`` of its body."""
    body = requests.get(f'{state.url}/process-instance', params={'maxResults': n}).content
    if kind == 'floor':
        session = requests.Session()

        def call() -> Any:
            return session.get(f'{state.url}/process-instance', params={'maxResults': n}).json()
    else:
        import pycamunda.processinst

        def call() -> Any:
            return pycamunda.processinst.GetList(state.url, max_results=n)()

    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    decoded: Optional[Any] = json.loads(body)
    decoded_size = tracemalloc.get_traced_memory()[0] - before
    del decoded
    tracemalloc.stop()

    result: Optional[Any] = call()  # warm: connection, lazily built loaders
    del result
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    result = call()
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    assert result is not None and len(result) == n, 'wrong number of instances'
    return {'peak': peak, 'decoded': decoded_size, 'body': len(body)}


def _identity(kind: str) -> Dict[str, Any]:
    if kind == 'floor':
        return {'module': requests.__file__, 'version': requests.__version__}
    import importlib.metadata

    import pycamunda
    try:
        version = importlib.metadata.version('pycamunda')
    except importlib.metadata.PackageNotFoundError:
        version = 'unknown'
    return {'module': pycamunda.__file__, 'version': version}


def main(argv: Optional[List[str]] = None) -> None:
    """Serve commands from stdin until ``quit`` or end of input."""
    parser = argparse.ArgumentParser(description='benchmark worker')
    parser.add_argument('kind', choices=('floor', 'pycamunda', 'pycamunda061'))
    parser.add_argument('url')
    parser.add_argument('--key', default='invoice', help='process definition key (and topic)')
    parser.add_argument('--record', action='store_true',
                        help='real engine: filter lists by key, complete the tasks locked here')
    args = parser.parse_args(argv)
    state = State(args.url, args.key, args.record, args.kind)
    calls = build(args.kind, state)
    out = sys.stdout
    out.write(json.dumps({'ready': args.kind, **_identity(args.kind)}) + '\n')
    out.flush()
    for line in sys.stdin:
        command = json.loads(line)
        op = command['op']
        try:
            if op == 'quit':
                break
            if op == 'run':
                answer = run(calls, state, command['scenario'], command['n'])
            elif op == 'memory':
                answer = memory(args.kind, state, command['n'])
            else:
                answer = {'error': f'unknown op {op!r}'}
        except Exception as exc:  # reported to the driver, which stops
            answer = {'error': f'{type(exc).__name__}: {exc}'}
        out.write(json.dumps(answer) + '\n')
        out.flush()


if __name__ == '__main__':
    main()
