"""The handler profiles every Python driver runs, and the record of the tasks it handled.

Each profile is the same work in every language (the Java driver has its twin):

- ``noop``: nothing;
- ``io``: sleep 20 ms (an I/O-bound call);
- ``cpu``: 5 ms of the thread's own CPU time;
- ``retry``: the first attempt fails (retries 1, retry timeout 0), the second completes.

Every handler run appends ``task-id lock-expiration-ms attempt`` to the output file, so the
harness can tell when each task was locked and how often its handler ran.
"""
from __future__ import annotations

import threading
import time
from typing import Optional, TextIO

IO_SECONDS = 0.020
CPU_SECONDS = 0.005


class Record:
    """A line per handler run, written as it happens (a killed driver loses nothing)."""

    def __init__(self, path: str) -> None:
        self._file: TextIO = open(path, 'a', buffering=1)  # noqa: SIM115 - open for the run
        self._lock = threading.Lock()

    def write(self, task_id: str, lock_expiration_ms: int, attempt: int) -> None:
        with self._lock:
            self._file.write(f'{task_id} {lock_expiration_ms} {attempt}\n')


def work(profile: str) -> None:
    """The profile's work (for ``retry``, the work of a successful attempt: none)."""
    if profile == 'io':
        time.sleep(IO_SECONDS)
    elif profile == 'cpu':
        end = time.thread_time() + CPU_SECONDS
        while time.thread_time() < end:
            pass


def fails(profile: str, retries: Optional[int]) -> bool:
    """Whether this attempt fails: the first one (no retries set yet) of the ``retry`` profile."""
    return profile == 'retry' and retries is None
