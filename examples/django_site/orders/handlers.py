"""The site's external-task handlers; ``manage.py camunda_worker`` runs them.

A handler that uses the ORM runs on a worker thread: call
``django.db.close_old_connections()`` at its start and end, as Django does for requests.
"""

import logging
from typing import Dict

from django.conf import settings

import pycamunda.worker

logger = logging.getLogger(__name__)


# [handlers]
def charge_card(task: pycamunda.worker.Task) -> Dict[str, object]:
    """Charge the order's amount; the returned variables complete the task."""
    amount = task.variables['amount']
    logger.info('charging %.2f for order %s', amount, task.business_key)
    return {'charged': amount, 'receipt': f'R-{task.business_key}'}


def register(worker: pycamunda.worker.Worker) -> None:
    """Subscribe the handlers; the topic is a setting (see shop/settings.py)."""
    worker.subscribe(settings.ORDER_CHARGE_TOPIC, charge_card, variables=['amount'],
                     lock_duration=20_000)
# [/handlers]
