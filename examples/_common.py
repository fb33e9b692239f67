"""What the examples share: the engine URL and deploying the example process."""
import os
from pathlib import Path

import pycamunda.deployment

URL = os.environ.get('CAMUNDA_URL', 'http://127.0.0.1:18080/engine-rest')
PROCESS_KEY = 'pycamunda-order'
BPMN = Path(__file__).resolve().parent / 'order.bpmn'


def deploy_order_process() -> None:
    """Deploy examples/order.bpmn unless the same file is deployed already."""
    create = pycamunda.deployment.Create(url=URL, name='pycamunda-examples',
                                         enable_duplicate_filtering=True)
    with BPMN.open('rb') as bpmn:
        create.add_resource(bpmn)
        create()
