"""Counters of what a worker did: :class:`Metrics`."""
from __future__ import annotations

import threading
from typing import Dict


class Metrics:
    """Counters of what the worker did; read them with :meth:`snapshot`."""

    EVENTS = ('fetched', 'completed', 'failed', 'bpmn_errors', 'extended', 'unlocked',
              'fetch_errors', 'report_retries', 'report_errors', 'failovers')

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(self.EVENTS, 0)

    def add(self, event: str, count: int = 1) -> None:
        with self._lock:
            self._counts[event] = self._counts.get(event, 0) + count

    def __getattr__(self, name: str) -> int:
        counts = self.__dict__.get('_counts')
        if counts is None or name not in counts:
            raise AttributeError(name)
        return counts[name]

    def snapshot(self) -> Dict[str, int]:
        """The counters at this moment, by event name."""
        with self._lock:
            return dict(self._counts)

    def __repr__(self) -> str:
        return f'Metrics({", ".join(f"{k}={v}" for k, v in self.snapshot().items())})'
