"""The worker's retry policy for failing tasks and back-off delays, and its engine nodes (failover)."""
from __future__ import annotations

import dataclasses
import logging
import random
import threading
import time
from typing import Dict, List, Optional, Sequence, Tuple

import pycamunda

logger = logging.getLogger('pycamunda.worker')


#: Errors after which reporting or fetching is tried again: the engine may be back later.
UNREACHABLE = (pycamunda.ConnectionFailed, pycamunda.InternalServerError)


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How a failing task is retried.

    ``retries`` counts runs, as Camunda counts a task's retries: with ``retries=3`` the handler
    runs at most three times (the engine sees retries ``None``, 2, 1), and the third failure sets
    retries to 0, which creates an incident. The n-th failure asks the engine to wait
    ``timeouts[n-1]`` ms (the last timeout repeats) before the task can be fetched again.
    """

    retries: int = 3
    timeouts: Tuple[int, ...] = (1_000, 10_000, 60_000)

    def __post_init__(self) -> None:
        if self.retries < 1:
            raise pycamunda.InvalidInput(f'RetryPolicy: retries={self.retries!r} must be at least 1')
        if any(t < 0 for t in self.timeouts):
            raise pycamunda.InvalidInput(f'RetryPolicy: timeouts={self.timeouts!r} must not be negative')

    def next(self, retries_left: Optional[int]) -> Tuple[int, int]:
        """(retries to report, retry timeout in ms) for a task failing with ``retries_left``.

        ``retries_left`` is ``None`` for a task that never failed.
        """
        current = self.retries if retries_left is None else retries_left
        remaining = max(current - 1, 0)
        failures = max(self.retries - remaining, 1)
        timeouts = self.timeouts or (0,)
        return remaining, timeouts[min(failures, len(timeouts)) - 1]


@dataclasses.dataclass(frozen=True)
class Backoff:
    """Exponential back-off with jitter: ``initial * factor**attempt``, at most ``maximum`` s.

    ``jitter`` is the fraction of each delay drawn at random, so that workers spread out.
    """

    initial: float
    maximum: float
    factor: float = 2.0
    jitter: float = 0.5

    def delay(self, attempt: int) -> float:
        """The seconds to wait before try ``attempt + 1`` (``attempt`` counts from 0)."""
        base = min(self.maximum, self.initial * self.factor ** min(attempt, 64))
        return base * (1 - self.jitter * random.random())


class Nodes:
    """The engine URLs a worker talks to, first choice first, and which of them answer.

    Requests go to the nodes in order of preference, skipping a node that could not be
    reached (connection refused or timeout) until ``backoff`` says to try it again; a node
    that answers again is the first choice again. When every node is passed over, all are
    tried, in order.
    """

    def __init__(self, urls: Sequence[str], backoff: Backoff) -> None:
        self.urls = tuple(url.rstrip('/') for url in urls)
        if not self.urls:
            raise pycamunda.InvalidInput('Worker: url=[] needs at least one engine URL')
        self.backoff = backoff
        self._lock = threading.Lock()
        self._failures: Dict[str, int] = {}
        self._retry_at: Dict[str, float] = {}

    def __len__(self) -> int:
        return len(self.urls)

    def order(self) -> List[str]:
        """The URLs to try now: those not passed over, in order of preference."""
        now = time.monotonic()
        with self._lock:
            usable = [url for url in self.urls if self._retry_at.get(url, 0.0) <= now]
        return usable or list(self.urls)

    def failed(self, url: str, error: Exception) -> None:
        """``url`` could not be reached: pass it over for a while."""
        with self._lock:
            failures = self._failures.get(url, 0)
            self._failures[url] = failures + 1
            delay = self.backoff.delay(failures)
            self._retry_at[url] = time.monotonic() + delay
        if not failures:
            logger.warning('engine node %s does not answer (%s); trying the next, and it '
                           'again in %.1f s', url, error, delay)

    def answered(self, url: str) -> None:
        """``url`` answered: it takes its place in the order again."""
        if url not in self._failures:
            return
        with self._lock:
            failures = self._failures.pop(url, 0)
            self._retry_at.pop(url, None)
        if failures:
            logger.info('engine node %s answers again', url)
