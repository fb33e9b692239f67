"""``manage.py camunda_deploy``: deploy the order process to the settings' engine."""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

import pycamunda.deployment
from orders.camunda import service_auth
from orders.process import bpmn


class Command(BaseCommand):
    help = ('Deploy orders/order.bpmn with the process key and topic of the settings; '
            'an unchanged process is not deployed again.')

    def handle(self, *args: Any, **options: Any) -> None:
        create = pycamunda.deployment.Create(
            settings.CAMUNDA_URL, name=f'shop-{settings.ORDER_PROCESS_KEY}',
            enable_duplicate_filtering=True)
        create.auth = service_auth()
        create.add_resource(bpmn(), name='order.bpmn')
        deployed = create().deployed_process_definitions  # None: filtered as unchanged
        for definition in (deployed or {}).values():
            self.stdout.write(f'deployed {definition.key} version {definition.version}')
        if not deployed:
            self.stdout.write(f'{settings.ORDER_PROCESS_KEY} is deployed already')
