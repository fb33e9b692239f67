"""The cluster fault test: a worker fleet rides out the death of an engine node.

Two engine nodes share one PostgreSQL database (``tests/engine/cluster.py``). The test starts
``--instances`` process instances with one external task each, and three worker processes
through the CLI (``pycamunda-worker``), 4 threads each: one attached to node A, one to node B,
one given both URLs (A first). Node A, which two of them use, is killed with SIGKILL once a
quarter of the tasks ran, kept down ``--down`` seconds, and started again.

It passes when every instance ends; the history shows each external task completed exactly
once; every worker process is still running at the end, took work after node A came back, and
stops cleanly on SIGTERM; the worker with both URLs completed tasks while node A was down; and
the handler runs that happened more than once (a lock taken through the dead node expires and
the task is handed out again) are no more than the tasks that were locked when node A died.

Usage: ``python tests/cluster/fault.py`` (starts the cluster unless both nodes answer, and
then stops it again). Prints its figures; exit status 0 when it passes.
"""
from __future__ import annotations

import argparse
import collections
import os
import shutil
import signal
import string
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List

import dateutil.parser
import requests

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
sys.path[:0] = [str(TESTS), str(TESTS / 'engine')]

from cluster import Cluster  # noqa: E402

from integration.worker.helpers import count, start_many, success_logs  # noqa: E402


def deploy(url: str, key: str, topic: str) -> str:
    """Deploy the one-external-task process; its definition id."""
    text = string.Template((TESTS / 'engine' / 'fixtures' / 'worker_single.bpmn').read_text())
    bpmn = text.safe_substitute(key=key, topic=topic).encode()
    response = requests.post(f'{url}/deployment/create', data={'deployment-name': key},
                             files={'fault.bpmn': ('fault.bpmn', bpmn)}, timeout=60)
    response.raise_for_status()
    return next(iter(response.json()['deployedProcessDefinitions']))


def worker_command(urls: List[str], worker_id: str, lock_duration: int) -> List[str]:
    executable = Path(sys.executable).parent / 'pycamunda-worker'
    command = [str(executable) if executable.exists() else shutil.which('pycamunda-worker') or
               'pycamunda-worker', 'fault_handlers', '--worker-id', worker_id, '--threads', '4',
               '--lock-duration', str(lock_duration), '--async-response-timeout', '5000',
               '--max-error-backoff', '5', '--log-level', 'WARNING']
    for url in urls:
        command += ['--url', url]
    return command


def handler_runs(log: Path) -> List[tuple]:
    """(time, task id) of each handler run a worker process logged."""
    if not log.exists():
        return []
    runs = []
    for line in log.read_text().splitlines():
        stamp, _, task_id = line.partition(' ')
        if task_id:
            runs.append((float(stamp), task_id))
    return runs


def wait_for(condition, timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


def kill(node) -> None:
    """SIGKILL an engine node by its PID, and wait until it is gone."""
    pid = int(node.pid_file.read_text())
    os.kill(pid, signal.SIGKILL)
    if node.process is not None:
        node.process.wait(30)
    else:
        wait_for(lambda: not _alive(pid), 30, 0.05)
    node.pid_file.unlink(missing_ok=True)
    node.process = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def run(cluster: Cluster, instances: int, down: float, delay: float, lock_duration: int,
        timeout: float, workdir: Path) -> bool:
    node_a, node_b = cluster.nodes
    a, b = node_a.url, node_b.url
    key = 'fault' + uuid.uuid4().hex[:8]
    topic = f'{key}-topic'
    definition = deploy(a, key, topic)
    began = time.monotonic()
    start_many(b, key, instances, threads=8)
    print(f'started {instances} instances in {time.monotonic() - began:.1f} s', flush=True)

    fleet = {'a': [a], 'b': [b], 'ab': [a, b]}
    env = dict(os.environ, FAULT_TOPIC=topic, FAULT_DELAY=str(delay))
    processes: Dict[str, subprocess.Popen] = {}
    logs = {name: workdir / f'{name}.runs' for name in fleet}
    worker_ids = {name: f'{key}-{name}' for name in fleet}
    for name, urls in fleet.items():
        with open(workdir / f'{name}.out', 'wb') as out:
            processes[name] = subprocess.Popen(
                worker_command(urls, worker_ids[name], lock_duration), cwd=HERE,
                env=dict(env, FAULT_LOG=str(logs[name])), stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True)
    workers_started = time.time()
    try:
        total_runs = lambda: sum(len(handler_runs(log)) for log in logs.values())  # noqa: E731
        if not wait_for(lambda: total_runs() >= instances // 4, timeout):
            print('FAILED: the workers did not get through a quarter of the tasks')
            return False
        killed_at = time.time()
        kill(node_a)
        locked_at_kill = count(b, '/external-task', processDefinitionId=definition,
                               locked='true')
        print(f'killed node A after {killed_at - workers_started:.1f} s of work; '
              f'{locked_at_kill} tasks were locked', flush=True)
        time.sleep(down)
        node_a.start()
        back_at = time.time()
        print(f'node A answers again {back_at - killed_at:.1f} s after the kill', flush=True)
        finished = lambda: count(b, '/history/process-instance',  # noqa: E731
                                 processDefinitionId=definition, finished='true') >= instances
        wait_for(finished, timeout, 1.0)
        done_at = time.time()
        alive = {name: process.poll() is None for name, process in processes.items()}
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        exits = {}
        for name, process in processes.items():
            try:
                exits[name] = process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                exits[name] = process.wait()
    return report(b, definition, instances, logs, worker_ids, alive, exits, locked_at_kill,
                  workers_started, killed_at, back_at, done_at, workdir)


def report(url: str, definition: str, instances: int, logs: Dict[str, Path],
           worker_ids: Dict[str, str], alive: Dict[str, bool], exits: Dict[str, int],
           locked_at_kill: int, started: float, killed: float, back: float,
           done: float, workdir: Path) -> bool:
    """Print the figures and check them; whether the test passes."""
    success = success_logs(url, definition)
    completed_ids = collections.Counter(log['externalTaskId'] for log in success)
    finished = count(url, '/history/process-instance', processDefinitionId=definition,
                     finished='true')
    left = count(url, '/external-task', processDefinitionId=definition)
    runs = {name: handler_runs(log) for name, log in logs.items()}
    per_task = collections.Counter(task_id for name in runs for _, task_id in runs[name])
    duplicates = sum(n - 1 for n in per_task.values() if n > 1)

    def when(log: dict) -> float:
        return dateutil.parser.isoparse(log['timestamp']).timestamp()

    by_worker = {name: [when(log) for log in success if log['workerId'] == worker_ids[name]]
                 for name in logs}
    before = sum(1 for stamps in by_worker.values() for t in stamps if t < killed)
    rate_before = before / max(killed - started, 1e-9)
    elapsed = done - started
    print(f'instances {instances}, finished {finished}; completions in history '
          f'{len(success)} ({len(completed_ids)} distinct tasks), tasks left {left}')
    print(f'handler runs {sum(per_task.values())}, duplicate runs {duplicates} '
          f'(tasks locked when node A died: {locked_at_kill})')
    print(f'run {elapsed:.1f} s; node A down {back - killed:.1f} s (kill to answering); '
          f'{rate_before:.1f} completions/s before the kill; the kill cost '
          f'{elapsed - instances / rate_before:.1f} s over that pace')
    for name in logs:
        stamps = by_worker[name]
        during = sum(1 for t in stamps if killed <= t < back)
        after = sum(1 for t in stamps if t >= back)
        output = (workdir / f'{name}.out').read_text(errors='replace')
        print(f'  worker {name:2}: {len(stamps)} completions ({during} while A was down, '
              f'{after} after), {len(runs[name])} handler runs, '
              f'{output.count("gave up reporting")} reports given up, '
              f'alive at the end {alive[name]}, exit {exits[name]}')
    checks = {
        'every instance ended': finished == instances and left == 0,
        'each task completed exactly once': (len(success) == instances
                                             and len(completed_ids) == instances),
        'no worker process crashed': all(alive.values()) and not any(exits.values()),
        'every worker took work after node A came back': all(
            any(t >= back for t in by_worker[name]) for name in logs),
        'the worker with both URLs completed while A was down': any(
            killed <= t < back for t in by_worker['ab']),
        'duplicate runs <= tasks locked at the kill': duplicates <= locked_at_kill,
    }
    for check, passed in checks.items():
        print(f'  {"ok  " if passed else "FAIL"} {check}')
    return all(checks.values())


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--instances', type=int, default=2000)
    parser.add_argument('--down', type=float, default=10.0, help='s node A stays down')
    parser.add_argument('--delay', type=float, default=0.5, help='s each handler run takes')
    parser.add_argument('--lock-duration', type=int, default=15_000, help='ms')
    parser.add_argument('--timeout', type=float, default=300.0, help='s for each phase')
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix='pycamunda-fault-'))
    with Cluster().running() as cluster:
        passed = run(cluster, args.instances, args.down, args.delay, args.lock_duration,
                     args.timeout, workdir)
    if passed:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print(f'worker output and handler runs kept in {workdir}')
    return 0 if passed else 1


if __name__ == '__main__':
    sys.exit(main())
