"""The published PyCamunda 0.6.1 as an oracle: runner.py in a subprocess of its own virtualenv
(the benchmarks' ``benchmarks/.venv-pycamunda061``, created when missing), never imported here."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import IO, Any, Dict, List

from benchmarks import harness

HERE = Path(__file__).resolve().parent
RUNNER = HERE / 'runner.py'


class Oracle:
    """One long-lived 0.6.1 process, answering JSON commands a line each."""

    def __init__(self) -> None:
        python = harness.ensure_venv_061()
        env = {key: value for key, value in os.environ.items() if key != 'PYTHONPATH'}
        # -I: isolated, so the process sees the venv's pycamunda and never this tree
        self.process = subprocess.Popen([python, '-I', str(RUNNER)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env, cwd=str(HERE))
        identity = self.send('identity')
        module = Path(identity['module'])
        if harness.VENV_061 not in module.parents or identity['version'] != '0.6.1':
            raise RuntimeError(f'the oracle imported {module} ({identity})')

    def submit(self, op: str, **arguments: Any) -> None:
        """Send a command; :meth:`answer` reads its answer (meanwhile this process can work)."""
        stdin: IO[str] | None = self.process.stdin
        assert stdin is not None
        stdin.write(json.dumps({'op': op, **arguments}) + '\n')
        stdin.flush()

    def answer(self) -> Any:
        stdout: IO[str] | None = self.process.stdout
        assert stdout is not None
        line = stdout.readline()
        if not line:
            raise RuntimeError(f'the oracle exited (code {self.process.poll()})')
        return json.loads(line)

    def send(self, op: str, **arguments: Any) -> Any:
        """Send a command and wait for its answer."""
        self.submit(op, **arguments)
        return self.answer()

    def describe(self, modules: List[str]) -> Dict[str, Any]:
        """Each request parameter's value mapping and each enum's values, as 0.6.1 has them."""
        answer: Dict[str, Any] = self.send('describe', modules=modules)
        return answer

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
