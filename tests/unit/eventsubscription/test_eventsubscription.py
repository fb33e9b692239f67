"""What the event subscription classes send, and what they make of the engine's answers."""
import datetime as dt

import pycamunda.eventsubscription as es

from unit.fakehttp import URL

SUBSCRIPTION = {'id': 'e1', 'eventType': 'message', 'eventName': 'order', 'executionId': 'x1',
                'processInstanceId': 'p1', 'activityId': 'waitMessage',
                'createdDate': '2024-03-01T10:00:00.000+0100', 'tenantId': 't1'}


def test_get_list_sends_filters_sorting_and_paging(http):
    http.respond(json=[SUBSCRIPTION])
    found = es.GetList(URL, event_name='order', event_type='message', process_instance_id='p1',
                       tenant_id_in=['t1', 't2'], include_event_subscriptions_without_tenant_id=True,
                       sort_by='created', ascending=False, max_results=20)()
    assert (http.method, http.path) == ('GET', '/event-subscription')
    assert http.params == {'eventName': 'order', 'eventType': 'message', 'processInstanceId': 'p1',
                           'tenantIdIn': 't1,t2', 'includeEventSubscriptionsWithoutTenantId': 'true',
                           'sortBy': 'created', 'sortOrder': 'desc', 'maxResults': 20}
    zone = dt.timezone(dt.timedelta(hours=1))
    assert found == (es.EventSubscription('e1', 'message', 'order', 'x1', 'p1', 'waitMessage',
                                          dt.datetime(2024, 3, 1, 10, tzinfo=zone), 't1'),)


def test_a_start_event_subscription_lacks_instance_fields(http):
    http.respond(json=[{'id': 'e2', 'eventType': 'message', 'eventName': 'start'}])
    (found,) = es.GetList(URL, event_subscription_id='e2')()
    assert http.params == {'eventSubscriptionId': 'e2'}
    assert (found.process_instance_id, found.execution_id, found.created_date) == (None, None, None)


def test_count_sends_filters_only(http):
    http.respond(json={'count': 2})
    count = es.Count(URL, activity_id='waitMessage', without_tenant_id=True, execution_id='x1')
    assert count() == 2
    assert (http.method, http.path) == ('GET', '/event-subscription/count')
    assert http.params == {'activityId': 'waitMessage', 'withoutTenantId': 'true',
                           'executionId': 'x1'}
