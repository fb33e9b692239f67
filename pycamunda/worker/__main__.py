"""``python -m pycamunda.worker``: runs :func:`pycamunda.worker.cli.main`."""
from __future__ import annotations

import sys

from pycamunda.worker.cli import main

if __name__ == '__main__':
    sys.exit(main())
