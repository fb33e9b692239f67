"""The differential tests import ``benchmarks.harness`` (the 0.6.1 virtualenv) and print their
summary line at the end of the run."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from differential import compare  # noqa: E402


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in compare.SUMMARY:
        terminalreporter.write_line(line)
