"""What run.py and engine.py share: interpreters, worker processes, interleaved blocks, tables."""
from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path
from typing import IO, Any, Dict, List, Mapping, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENV_061 = HERE / '.venv-pycamunda061'
CLIENT = HERE / 'client.py'
#: The clients, in table order: the floor first, every ratio is against it.
KINDS = ('floor', 'pycamunda', 'pycamunda061')
LABELS = {'floor': 'floor (requests)', 'pycamunda': 'pycamunda', 'pycamunda061': 'PyCamunda 0.6.1'}


def log(message: str) -> None:
    """Progress, on stderr so that stdout has only the results."""
    print(message, file=sys.stderr, flush=True)


def _bin(venv: Path, name: str) -> Path:
    return venv / ('Scripts' if os.name == 'nt' else 'bin') / name


def project_python() -> str:
    """The project's interpreter (``.venv``), else the one running this script."""
    python = _bin(ROOT / '.venv', 'python')
    return str(python) if python.exists() else sys.executable


def ensure_venv(venv: Path, requirement: str, *extras: str) -> str:
    """The python of ``venv`` with ``requirement`` (``name==version``) and ``extras`` installed,
    created when missing. Run it isolated (``python -I``) where it must not see this tree."""
    python = _bin(venv, 'python')
    name, version = requirement.split('==')
    check = [str(python), '-I', '-c',
             f'import importlib.metadata as m; print(m.version({name!r}))']
    if python.exists():
        found = subprocess.run(check, capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip() == version:
            return str(python)
    log(f'creating {venv} with {requirement} ...')
    base = getattr(sys, '_base_executable', None) or sys.executable
    subprocess.run([base, '-m', 'venv', str(venv)], check=True)
    subprocess.run([str(python), '-m', 'pip', 'install', '--quiet', '--disable-pip-version-check',
                    requirement, *extras], check=True)
    return str(python)


def ensure_venv_061() -> str:
    """The python of a virtualenv with the published ``pycamunda==0.6.1``, created when missing."""
    return ensure_venv(VENV_061, 'pycamunda==0.6.1')


def _env(kind: str) -> Dict[str, str]:
    env = dict(os.environ)
    loopback = '127.0.0.1,localhost'
    for name in ('NO_PROXY', 'no_proxy'):
        env[name] = f'{env[name]},{loopback}' if env.get(name) else loopback
    env.pop('PYTHONPATH', None)
    if kind == 'pycamunda':
        env['PYTHONPATH'] = str(ROOT)  # this tree's pycamunda, installed or not
    return env


class Worker:
    """One client in its own long-lived process (client.py), driven by JSON lines."""

    def __init__(self, kind: str, url: str, python_061: str, extra: Sequence[str] = ()) -> None:
        self.kind = kind
        if kind == 'pycamunda061':
            command = [python_061, '-I', str(CLIENT)]  # isolated: never sees this tree
        else:
            command = [project_python(), str(CLIENT)]
        self.process = subprocess.Popen(
            [*command, kind, url, *extra], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, env=_env(kind), cwd=str(HERE))
        self.identity = self._read()
        self._check_identity()

    def _check_identity(self) -> None:
        module = Path(self.identity.get('module', ''))
        if self.kind == 'pycamunda' and ROOT / 'pycamunda' not in module.parents:
            raise RuntimeError(f'the pycamunda worker imported {module}, not this tree')
        if self.kind == 'pycamunda061' and (VENV_061 not in module.parents
                                            or self.identity.get('version') != '0.6.1'):
            raise RuntimeError(f'the 0.6.1 worker imported {module} ({self.identity})')

    def _read(self) -> Dict[str, Any]:
        stdout: Optional[IO[str]] = self.process.stdout
        line = stdout.readline() if stdout else ''
        if not line:
            raise RuntimeError(f'worker {self.kind} exited (code {self.process.poll()})')
        answer: Dict[str, Any] = json.loads(line)
        if 'error' in answer:
            raise RuntimeError(f'worker {self.kind}: {answer["error"]}')
        return answer

    def send(self, op: str, **arguments: Any) -> Dict[str, Any]:
        """Send one command and return the answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({'op': op, **arguments}) + '\n')
        self.process.stdin.flush()
        return self._read()

    def run(self, scenario: str, n: int) -> Dict[str, Any]:
        """``n`` calls of ``scenario``: ``{calls, cpu, wall, items}``."""
        return self.send('run', scenario=scenario, n=n)

    def close(self) -> None:
        """Ask the worker to quit and wait for it."""
        if self.process.poll() is None:
            try:
                assert self.process.stdin is not None
                self.process.stdin.close()  # the worker stops at the end of its input
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()


def start_workers(url: str, extra: Sequence[str] = ()) -> Dict[str, Worker]:
    """A worker per client kind (the 0.6.1 virtualenv is created first when missing)."""
    python_061 = ensure_venv_061()
    workers: Dict[str, Worker] = {}
    try:
        for kind in KINDS:
            workers[kind] = Worker(kind, url, python_061, extra)
    except BaseException:
        stop_workers(workers)
        raise
    return workers


def stop_workers(workers: Mapping[str, Worker]) -> None:
    """Close every worker."""
    for worker in workers.values():
        worker.close()


Block = Dict[str, Any]


def _combine(first: Block, second: Block) -> Block:
    return {k: first[k] + second[k] for k in ('calls', 'cpu', 'wall', 'items')}


def interleave(workers: Mapping[str, Worker], plan: Sequence[tuple[str, int]], blocks: int,
               seed: int = 7) -> Dict[str, Dict[str, List[Block]]]:
    """Run ``blocks`` rounds; each runs every (scenario, calls) of ``plan`` on every worker.

    Within a round the workers take turns scenario by scenario in a shuffled order, then
    in the mirrored order (A B C C B A), each half making half the calls; a worker's two
    halves form its block. Linear drift in machine speed thus hits every worker alike.
    ``calls`` of -1 (complete every locked task) runs once, not mirrored.
    Returns ``{scenario: {kind: [block, ...]}}``.
    """
    rng = random.Random(seed)
    results: Dict[str, Dict[str, List[Block]]] = {s: {k: [] for k in workers} for s, _ in plan}
    for index in range(blocks):
        for scenario, calls in plan:
            order = list(workers)
            rng.shuffle(order)
            if calls < 0:
                done = {kind: workers[kind].run(scenario, calls) for kind in order}
            else:
                first = {kind: workers[kind].run(scenario, (calls + 1) // 2) for kind in order}
                done = {kind: _combine(first[kind], workers[kind].run(scenario, calls // 2))
                        for kind in reversed(order)}
            for kind, block in done.items():
                if block['calls']:
                    results[scenario][kind].append(block)
        log(f'  block {index + 1}/{blocks} done')
    return results


def per_call(blocks: Sequence[Block], field: str = 'cpu') -> List[float]:
    """Seconds per call of each block."""
    return [b[field] / b['calls'] for b in blocks]


def ratios(numerator: Sequence[Block], denominator: Sequence[Block], field: str = 'cpu'
           ) -> List[float]:
    """Per-block ratios of seconds per call (blocks paired by round)."""
    return [a / b for a, b in zip(per_call(numerator, field), per_call(denominator, field)) if b]


def summary(values: Sequence[float]) -> str:
    """``median (p25-p75)`` of ratios."""
    if not values:
        return 'n/a'
    if len(values) < 4:
        return f'{statistics.median(values):.2f}'
    q1, _, q3 = statistics.quantiles(values, n=4)
    return f'{statistics.median(values):.2f} ({q1:.2f}-{q3:.2f})'


def micros(values: Sequence[float]) -> str:
    """The median of seconds per call, in microseconds."""
    return f'{statistics.median(values) * 1e6:,.0f}' if values else 'n/a'


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table, columns padded."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return '| ' + ' | '.join(str(c).ljust(w) for c, w in zip(cells, widths)) + ' |'

    return '\n'.join([line(header), '|' + '|'.join('-' * (w + 2) for w in widths) + '|',
                      *(line(r) for r in rows)])
