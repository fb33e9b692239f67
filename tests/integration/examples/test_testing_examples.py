"""examples/testing: a user's tests of code that uses pycamunda, run as a user runs them.

``pytest examples/testing`` in a subprocess, with that directory's pytest.ini: the unit tests
patch what pycamunda sends and answers, the others deploy for a test against the engine.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

TESTS = {
    'test_order_service.py': ['test_place_order_sends_the_amount_as_a_double',
                              'test_is_running[200-body0-True]',
                              'test_is_running[404-body1-False]',
                              'test_an_error_path', 'test_assignee_of'],
    'test_against_engine.py': ['test_an_order_is_charged_and_shipped',
                               'test_nothing_to_charge'],
}


def test_testing_examples(engine_url):
    result = subprocess.run(
        [sys.executable, '-m', 'pytest', 'examples/testing', '-v'],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, 'CAMUNDA_URL': engine_url})
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    passed = set(re.findall(r'^examples/testing/(\S+)::(\S+) PASSED', out, re.MULTILINE))
    assert passed == {(f, t) for f, tests in TESTS.items() for t in tests}, out
    assert re.search(r'rootdir: \S*examples/testing\s', out), out  # its own pytest.ini
