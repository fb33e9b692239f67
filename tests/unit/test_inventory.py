"""Coverage of Camunda's REST API: every operation of the inventory has a request class.

The inventory (``tests/contract/camunda-rest-endpoints.tsv``) lists 474 operations of Camunda
7.24's REST API. Each request class declares its endpoints (``http_method`` and ``path``
templates, plus ``extra_endpoints``); placeholders are compared as ``{}``.
"""
import csv
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pycamunda
from pycamunda.base import CamundaRequest

INVENTORY = Path(__file__).resolve().parents[1] / 'contract' / 'camunda-rest-endpoints.tsv'


def inventory():
    with INVENTORY.open() as fh:
        rows = list(csv.DictReader(fh, delimiter='\t'))
    return {(r['method'], re.sub(r'{[^}]+}', '{}', r['path'])) for r in rows}


def request_classes():
    for info in pkgutil.walk_packages(pycamunda.__path__, 'pycamunda.'):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (issubclass(cls, CamundaRequest) and cls.__module__ == module.__name__
                    and not inspect.isabstract(cls) and cls.path):
                yield cls


def covered():
    return {endpoint: cls for cls in request_classes() for endpoint in cls.endpoints()}


def test_every_operation_of_the_inventory_has_a_request_class():
    missing = sorted(inventory() - set(covered()))
    assert not missing, f'{len(missing)} of {len(inventory())} operations have no class: {missing}'


def test_no_class_sends_to_an_endpoint_camunda_does_not_serve():
    unknown = {f'{m} {p}': f'{c.__module__}.{c.__qualname__}'
               for (m, p), c in covered().items() if (m, p) not in inventory()}
    assert not unknown, unknown
