"""pycamunda's worker against its peers, one at a time on the same engine and the same work.

The peers: camunda-external-task-client-python3 (in a virtualenv of its own) and Camunda's
Java external task client (``java/``, built with Maven), each driven through its documented
API by a small driver of ours (``drivers/``). For every profile (``noop``, ``io``, ``cpu``,
``retry``; see ``drivers/profiles.py``) and setting (each worker's defaults, then the same
concurrency for all), every worker in turn gets a fresh deployment with ``--instances``
instances of one external task each, already started, and runs until all are completed. ::

    python benchmarks/peers/run.py                     # the full table (about 15 minutes)
    python benchmarks/peers/run.py --instances 500 --profiles io
    python benchmarks/peers/run.py --smoke --url URL   # 20 instances: does it still work?

Without ``--url`` the harness starts the test engine (``tests/engine``, H2) on port 18088 and
stops it at the end. Figures per worker: tasks/s from the first lock to the last completion
(the engine's own timestamps), latency from lock to completion (p50, p99), the worker
process's CPU per task after it locked its first task (start-up left out), the engine's CPU
per task over the run, and whether every task was completed exactly once (history).
"""
from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import datetime as dt
import importlib.util
import os
import signal
import statistics
import string
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import requests

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import harness  # noqa: E402 - benchmarks/harness.py


def _test_engine() -> Any:
    """tests/engine/engine.py (benchmarks/engine.py has the same module name)."""
    path = HERE.parents[1] / 'tests' / 'engine' / 'engine.py'
    spec = importlib.util.spec_from_file_location('pycamunda_test_engine', path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module

FIXTURE = HERE.parents[1] / 'tests' / 'engine' / 'fixtures' / 'worker_single.bpmn'
DRIVERS = HERE / 'drivers'
JAVA = HERE / 'java'
JAVA_JAR = JAVA / 'target' / 'peer-java-client.jar'
PYTHON_PEER_VENV = HERE / '.venv-python-peer'
PYTHON_PEER = 'camunda-external-task-client-python3==4.5.0'
#: What the peer imports without declaring it (its wheel requires only requests).
PYTHON_PEER_UNDECLARED = ('pydantic',)
JAVA_CLIENT = 'org.camunda.bpm:camunda-external-task-client:7.24.0'
ENGINE_PORT = 18088
LOCK_DURATION = 60_000  # every driver locks for this long (ms)
WORKERS = ('pycamunda', 'python-peer', 'java')
LABELS = {'pycamunda': 'pycamunda', 'python-peer': 'ext-task-client-python3 4.5.0',
          'java': 'Java client 7.24.0'}
PROFILES = ('noop', 'io', 'cpu', 'retry')
#: Concurrency settings: 0 is each worker's own default.
SETTINGS = (0, 8)


def ensure_python_peer() -> str:
    """The python of the peer's virtualenv, created when missing."""
    return harness.ensure_venv(PYTHON_PEER_VENV, PYTHON_PEER, *PYTHON_PEER_UNDECLARED)


def ensure_java_client() -> Path:
    """The Java driver's jar, built by Maven unless it is newer than its sources."""
    sources = [JAVA / 'pom.xml', *(JAVA / 'src').rglob('*.java')]
    if JAVA_JAR.exists() and all(p.stat().st_mtime <= JAVA_JAR.stat().st_mtime for p in sources):
        return JAVA_JAR
    harness.log('building the Java client driver with Maven ...')
    subprocess.run(['mvn', '-q', '-B', '-DskipTests', 'package'], cwd=JAVA, check=True)
    return JAVA_JAR


def _stat(pid: int) -> List[str]:
    """The fields of /proc/PID/stat after the command's name (field 3 on)."""
    return Path(f'/proc/{pid}/stat').read_text().rsplit(')', 1)[1].split()


def cpu_seconds(pid: Optional[int]) -> float:
    """User plus system CPU seconds so far of a process and its descendants, live or reaped
    (a worker's handler processes count as the worker's); 0 when unknown."""
    if pid is None:
        return 0.0
    parents: Dict[int, int] = {}
    for proc in Path('/proc').iterdir():
        if proc.name.isdigit():
            try:
                parents[int(proc.name)] = int(_stat(int(proc.name))[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, total = {pid}, 0.0
    while True:
        grown = tree | {child for child, parent in parents.items() if parent in tree}
        if grown == tree:
            break
        tree = grown
    for member in tree:
        try:
            fields = _stat(member)
        except OSError:
            continue
        total += sum(int(fields[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
    return total / os.sysconf('SC_CLK_TCK')


def listening_pid(port: int) -> Optional[int]:
    """The process listening on a loopback TCP ``port``, from /proc (None when not found)."""
    inodes = set()
    for table in ('/proc/net/tcp', '/proc/net/tcp6'):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            if parts[3] == '0A' and int(parts[1].rsplit(':', 1)[1], 16) == port:
                inodes.add(f'socket:[{parts[9]}]')
    for proc in Path('/proc').iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if any(os.readlink(fd) in inodes for fd in (proc / 'fd').iterdir()):
                return int(proc.name)
        except OSError:
            continue
    return None


def _ms(text: str) -> float:
    return dt.datetime.strptime(text, '%Y-%m-%dT%H:%M:%S.%f%z').timestamp() * 1000


@dataclasses.dataclass
class Result:
    worker: str
    profile: str
    concurrency: int
    instances: int
    completed: int = 0
    tasks_per_s: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    cpu_ms_per_task: float = 0.0
    engine_cpu_ms_per_task: float = 0.0
    handler_runs: int = 0
    extra_runs: int = 0
    correct: bool = False
    note: str = ''


class Bench:
    """One engine, the workers' commands, and one measured run at a time."""

    def __init__(self, url: str, engine_pid: Optional[int], python_peer: str) -> None:
        self.url = url.rstrip('/')
        self.engine_pid = engine_pid
        self.session = requests.Session()
        self.commands = {
            'pycamunda': [harness.project_python(), str(DRIVERS / 'pycamunda_driver.py')],
            'python-peer': [python_peer, str(DRIVERS / 'python_peer_driver.py')],
            'java': ['java', '-jar', str(JAVA_JAR)],
        }

    def _post(self, path: str, **kwargs: object) -> requests.Response:
        response = self.session.post(self.url + path, timeout=120, **kwargs)  # type: ignore[arg-type]
        response.raise_for_status()
        return response

    def prepare(self, key: str, instances: int) -> str:
        """Deploy a process with topic ``key`` and start ``instances``; the deployment id."""
        text = string.Template(FIXTURE.read_text()).safe_substitute(key=key, topic=key)
        deployment = self._post('/deployment/create', data={'deployment-name': key},
                                files={f'{key}.bpmn': (f'{key}.bpmn', text.encode())}).json()['id']
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: requests.post(
                f'{self.url}/process-definition/key/{key}/start', json={}, timeout=120
            ).raise_for_status(), range(instances)))
        return str(deployment)

    def _open(self, topic: str) -> int:
        """Tasks of ``topic`` not completed yet: a count of the runtime table, which shrinks as
        tasks complete (cheap to ask often, unlike the history, which grows)."""
        response = self.session.get(f'{self.url}/external-task/count', timeout=60,
                                    params={'topicName': topic})
        response.raise_for_status()
        return int(response.json()['count'])

    def _succeeded(self, topic: str) -> int:
        response = self.session.get(f'{self.url}/history/external-task-log/count', timeout=60,
                                    params={'topicName': topic, 'successLog': 'true'})
        response.raise_for_status()
        return int(response.json()['count'])

    def run(self, worker: str, profile: str, concurrency: int, instances: int,
            limit: float) -> Result:
        result = Result(worker, profile, concurrency, instances)
        key = 'peers' + uuid.uuid4().hex[:8]
        deployment = self.prepare(key, instances)
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / 'runs.txt'
            out.touch()
            log = open(Path(scratch) / 'worker.log', 'w')  # noqa: SIM115 - closed below
            env = dict(os.environ, PYTHONPATH=str(harness.ROOT), NO_PROXY='127.0.0.1,localhost')
            process = subprocess.Popen(
                [*self.commands[worker], self.url, key, profile, str(concurrency), str(out)],
                stdout=log, stderr=subprocess.STDOUT, cwd=str(DRIVERS), env=env,
                start_new_session=True)
            try:
                self._watch(process, out, key, result, limit)
            finally:
                _stop(process)
                log.close()
            if result.note:
                result.note += (Path(scratch) / 'worker.log').read_text()[-300:].strip()
            runs: Dict[str, List[float]] = {}
            for line in out.read_text().split('\n'):
                if line:
                    task_id, locked, _ = line.split()
                    runs.setdefault(task_id, []).append(float(locked) - LOCK_DURATION)
        self._judge(key, runs, result)
        self.session.delete(f'{self.url}/deployment/{deployment}', timeout=300,
                            params={'cascade': 'true', 'skipCustomListeners': 'true'})
        return result

    def _watch(self, process: subprocess.Popen, out: Path, topic: str, result: Result,
               limit: float) -> None:
        """Wait for every task to be completed; measure CPU from the first lock on."""
        started = time.monotonic()
        engine_before = cpu_seconds(self.engine_pid)
        worker_before = None
        while time.monotonic() - started < limit and process.poll() is None:
            if worker_before is None and out.stat().st_size:
                worker_before = cpu_seconds(process.pid)
                engine_before = cpu_seconds(self.engine_pid)
            if not self._open(topic):
                break
            time.sleep(0.05)
        else:
            result.note = ('the worker exited: ' if process.poll() is not None
                           else f'not done within {limit:.0f} s: ')
        tasks = max(self._succeeded(topic), 1)
        result.cpu_ms_per_task = (cpu_seconds(process.pid) - (worker_before or 0)) * 1000 / tasks
        result.engine_cpu_ms_per_task = (cpu_seconds(self.engine_pid) - engine_before) * 1000 / tasks

    def _judge(self, topic: str, runs: Dict[str, List[float]], result: Result) -> None:
        """Throughput, latency and correctness from the history of the run."""
        response = self.session.get(f'{self.url}/history/external-task-log', timeout=120, params={
            'topicName': topic, 'successLog': 'true', 'maxResults': result.instances * 2})
        response.raise_for_status()
        successes = response.json()
        done = {entry['externalTaskId']: _ms(entry['timestamp']) for entry in successes}
        result.completed = len(done)
        result.handler_runs = sum(len(locks) for locks in runs.values())
        expected = 2 if result.profile == 'retry' else 1
        result.extra_runs = sum(max(len(locks) - expected, 0) for locks in runs.values())
        finished = self.session.get(f'{self.url}/history/process-instance/count', timeout=60,
                                    params={'processDefinitionKey': topic, 'finished': 'true'})
        result.correct = (len(successes) == len(done) == result.instances
                          and finished.json()['count'] == result.instances)
        latencies = [done[t] - max(runs[t]) for t in done if t in runs]
        if done and runs:
            window = max(done.values()) - min(min(locks) for locks in runs.values())
            result.tasks_per_s = len(done) / max(window / 1000, 1e-3)
        if len(latencies) >= 2:
            result.p50_ms = statistics.median(latencies)
            result.p99_ms = statistics.quantiles(latencies, n=100)[98]


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def runs_by_cell(results: Sequence[Result]) -> Dict[Any, List[Result]]:
    """The runs of each (profile, concurrency, worker), in the order they ran."""
    runs: Dict[Any, List[Result]] = {}
    for r in results:
        runs.setdefault((r.profile, r.concurrency, r.worker), []).append(r)
    return runs


def _median(runs: Sequence[Result]) -> Result:
    """The run of median throughput (its other figures with it); the lower middle of an even
    number of runs."""
    return sorted(runs, key=lambda r: r.tasks_per_s)[(len(runs) - 1) // 2]


def report(results: Sequence[Result]) -> str:
    """The figures of every cell (the median run when repeated), then pycamunda's throughput
    and client CPU as multiples of each peer's, with the range over repetitions."""
    runs = runs_by_cell(results)
    repeated = max(len(v) for v in runs.values()) > 1
    medians = {key: _median(value) for key, value in runs.items()}
    rows = [[r.profile, 'default' if not r.concurrency else str(r.concurrency), LABELS[r.worker],
             f'{r.tasks_per_s:,.0f}', f'{r.p50_ms:,.0f}', f'{r.p99_ms:,.0f}',
             f'{r.cpu_ms_per_task:.2f}', f'{r.engine_cpu_ms_per_task:.2f}',
             f'{r.handler_runs}',
             'yes' if all(x.correct for x in runs[key]) else f'NO: {r.note[:60]}']
            + ([' '.join(f'{x.tasks_per_s:.0f}' for x in runs[key])] if repeated else [])
            for key, r in medians.items()]
    text = [harness.table(['profile', 'concurrency', 'worker', 'tasks/s', 'p50 ms', 'p99 ms',
                           'client CPU ms/task', 'engine CPU ms/task', 'handler runs',
                           'each once'] + (['tasks/s of each run'] if repeated else []), rows)]
    ratio_rows = []
    for profile in dict.fromkeys(r.profile for r in results):
        for concurrency in dict.fromkeys(r.concurrency for r in results):
            mine = medians.get((profile, concurrency, 'pycamunda'))
            if mine is None:
                continue
            ours = runs[profile, concurrency, 'pycamunda']
            cells = [profile, 'default' if not concurrency else str(concurrency)]
            for peer in WORKERS[1:]:
                other = medians.get((profile, concurrency, peer))
                if other is None or not other.tasks_per_s:
                    cells.append('n/a')
                    continue
                theirs = runs[profile, concurrency, peer]
                cell = (f'{mine.tasks_per_s / other.tasks_per_s:.2f}x tasks/s, '
                        f'{mine.cpu_ms_per_task / max(other.cpu_ms_per_task, 1e-9):.2f}x CPU')
                pairs = [a.tasks_per_s / b.tasks_per_s for a, b in zip(ours, theirs)
                         if b.tasks_per_s]
                if len(pairs) > 1:
                    cell += f' (runs {min(pairs):.2f}-{max(pairs):.2f}x)'
                cells.append(cell)
            ratio_rows.append(cells)
    text.append(harness.table(['profile', 'concurrency',
                               *(f'pycamunda ÷ {LABELS[p]}' for p in WORKERS[1:])], ratio_rows))
    return '\n\n'.join(text)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--url', help='an engine to use (default: start the test engine)')
    parser.add_argument('--instances', type=int, default=2000)
    parser.add_argument('--profiles', default=','.join(PROFILES))
    parser.add_argument('--concurrency', default=','.join(map(str, SETTINGS)),
                        help='settings to run, comma separated; 0 is each worker\'s default')
    parser.add_argument('--workers', default=','.join(WORKERS))
    parser.add_argument('--pycamunda-options', default='{}',
                        help='JSON: more options of pycamunda\'s Worker, e.g. {"prefetch": 0}')
    parser.add_argument('--smoke', action='store_true',
                        help='20 instances; noop and cpu, at the defaults and at 8')
    parser.add_argument('--repeat', type=int, default=1,
                        help='runs of each cell (workers in a rotating order); the table shows '
                             'the median run and the ratios\' range')
    args = parser.parse_args(argv)
    if args.smoke:
        args.instances, args.profiles, args.concurrency = 20, 'noop,cpu', '0,8'
    workers = args.workers.split(',')
    os.environ['PEERS_PYCAMUNDA_OPTIONS'] = args.pycamunda_options
    python_peer = ensure_python_peer() if 'python-peer' in workers else ''
    if 'java' in workers:
        ensure_java_client()
    engine = None
    url = args.url
    if url is None:
        engine = _test_engine().Engine(port=ENGINE_PORT)
        url = engine.start(fresh=True)
    port = int(url.split('://', 1)[1].split('/', 1)[0].rsplit(':', 1)[1])
    bench = Bench(url, listening_pid(port), python_peer)
    results = []
    try:
        for profile in args.profiles.split(','):
            for concurrency in map(int, args.concurrency.split(',')):
                for repetition in range(args.repeat):
                    shift = repetition % len(workers)
                    for worker in workers[shift:] + workers[:shift]:
                        harness.log(f'{profile}, concurrency {concurrency or "default"}: '
                                    f'{worker} ...')
                        limit = max(60.0, args.instances * 0.25)
                        results.append(bench.run(worker, profile, concurrency, args.instances,
                                                 limit))
    finally:
        if engine is not None:
            engine.stop()
    print(f'{args.instances} instances a run, {args.repeat} run(s) a cell; engine {url}; '
          f'engine CPU {"measured" if bench.engine_pid else "not measured (pid unknown)"}\n')
    print(report(results))
    return 0 if all(r.correct for r in results) else 1


if __name__ == '__main__':
    sys.exit(main())
