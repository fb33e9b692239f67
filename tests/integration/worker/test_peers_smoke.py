"""The peer benchmark (benchmarks/peers) still runs: 20 instances, noop and cpu, each worker at
its defaults and at concurrency 8 (pycamunda's cpu driver then runs handlers in processes).

Timings are not asserted (they are the benchmark's business, printed side by side); what is
asserted is that every worker - pycamunda's, camunda-external-task-client-python3 and the
Java client - completed every task exactly once, as the engine's history shows.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[3] / 'benchmarks' / 'peers' / 'run.py'

pytestmark = pytest.mark.integration


def test_peer_benchmark_smoke_run(engine_url: str) -> None:
    done = subprocess.run([sys.executable, str(RUN), '--smoke', '--url', engine_url],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    rows = [line for line in done.stdout.splitlines()
            if line.startswith(('| noop', '| cpu')) and line.count('|') > 8]
    cells = {(row.split('|')[1].strip(), row.split('|')[2].strip(), row.split('|')[3].strip())
             for row in rows}
    assert cells == {(profile, setting, worker) for profile in ('noop', 'cpu')
                     for setting in ('default', '8')
                     for worker in ('pycamunda', 'ext-task-client-python3 4.5.0',
                                    'Java client 7.24.0')}
    assert all(row.rstrip(' |').endswith('yes') for row in rows)
