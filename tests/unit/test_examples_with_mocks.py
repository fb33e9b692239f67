"""examples/test_with_mocks.py (testing code that uses pycamunda, no engine) passes as it is."""
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / 'examples' / 'test_with_mocks.py'


def test_with_mocks():
    result = subprocess.run([sys.executable, '-m', 'pytest', '-q', '-p', 'no:cacheprovider',
                             str(EXAMPLE)], capture_output=True, text=True,
                            timeout=120, cwd=EXAMPLE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '4 passed' in result.stdout, result.stdout
