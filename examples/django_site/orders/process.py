"""The order process (``order.bpmn``), with the process key and topic of settings."""

from pathlib import Path

from django.conf import settings

BPMN = Path(__file__).resolve().parent / 'order.bpmn'


def bpmn() -> str:
    """order.bpmn with the settings' process key and topic."""
    key, topic = settings.ORDER_PROCESS_KEY, settings.ORDER_CHARGE_TOPIC
    return (BPMN.read_text()
            .replace('id="django-order"', f'id="{key}"')
            .replace('camunda:topic="django-charge-card"',
                     f'camunda:topic="{topic}"'))
