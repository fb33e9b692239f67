"""Shared test setup: ``tests`` and ``tests/engine`` are importable (``unit.fakehttp``, ``engine``)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / 'engine')]
