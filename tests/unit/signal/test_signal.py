"""What the signal classes send."""
import pycamunda.signal

from unit.fakehttp import URL


def test_event_all_sends_name_tenant_and_variables(http):
    event = pycamunda.signal.EventAll(URL, 'alarm', tenant_id='acme')
    event.add_variable('level', 3)
    assert event() is None
    assert (http.method, http.path) == ('POST', '/signal')
    assert http.json == {'name': 'alarm', 'tenantId': 'acme',
                         'variables': {'level': {'value': 3, 'type': 'Integer'}}}


def test_event_all_without_tenant(http):
    pycamunda.signal.EventAll(URL, 'alarm', without_tenant_id=True)()
    assert http.json == {'name': 'alarm', 'withoutTenantId': True, 'variables': {}}


def test_event_single_names_the_execution(http):
    pycamunda.signal.EventSingle(URL, 'alarm', 'e1')()
    assert (http.method, http.path, http.json) == ('POST', '/signal', {
        'name': 'alarm', 'executionId': 'e1', 'variables': {}})
