"""The PyCamunda 0.6.1 interface, item by item (``tests/contract/api_check.py``)."""
import subprocess
import sys
from pathlib import Path

CHECK = Path(__file__).resolve().parents[1] / 'contract' / 'api_check.py'


def test_every_interface_item_of_pycamunda_0_6_1_matches(tmp_path):
    result = subprocess.run([sys.executable, str(CHECK)], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120)
    last = result.stdout.strip().splitlines()[-1]
    assert result.returncode == 0, result.stdout[-6000:]
    assert last == 'api: 264/264 interface items match'
