"""order_service against a real engine (``CAMUNDA_URL``), with the conftest fixtures."""

import order_service
from pycamunda.testing import wait_for_activity, wait_for_end


# [engine-test]
def test_an_order_is_charged_and_shipped(engine_url, order_process):
    key, topic = order_process['key'], order_process['topic']
    instance = order_service.place_order(engine_url, 'E-1', 42.0, key=key)
    wait_for_activity(engine_url, instance, 'charge')

    assert order_service.charge_cards(engine_url, topic=topic) == 1
    wait_for_activity(engine_url, instance, 'ship')
    order_service.ship(engine_url, instance, user='demo')

    assert wait_for_end(engine_url, instance, timeout=10).state == 'COMPLETED'
    assert not order_service.is_running(engine_url, instance)
# [/engine-test]


def test_nothing_to_charge(engine_url, order_process):
    assert order_service.charge_cards(engine_url, topic=order_process['topic']) == 0
