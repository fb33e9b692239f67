"""Event subscriptions: the messages, signals and other events executions wait for:
``/event-subscription``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import List, Optional

from pycamunda.base import CountMixin, LoadsAll, PagingMixin, RequestMethod, value_is_true
from pycamunda.model import Model
from pycamunda.request import QueryParameter

__all__ = ['GetList', 'Count']

URL_SUFFIX = '/event-subscription'


@dataclasses.dataclass
class EventSubscription(Model):
    """A subscription of an execution (or a process definition's start event) to an event."""

    id_: str
    event_type: str
    event_name: Optional[str]
    execution_id: Optional[str]
    process_instance_id: Optional[str]
    activity_id: Optional[str]
    created_date: Optional[dt.datetime] = None
    tenant_id: Optional[str] = None


class GetList(PagingMixin, LoadsAll[EventSubscription]):
    """Query event subscriptions."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    event_subscription_id = QueryParameter('eventSubscriptionId')
    event_name = QueryParameter('eventName')
    event_type = QueryParameter('eventType')
    execution_id = QueryParameter('executionId')
    process_instance_id = QueryParameter('processInstanceId')
    activity_id = QueryParameter('activityId')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    include_event_subscriptions_without_tenant_id = QueryParameter(
        'includeEventSubscriptionsWithoutTenantId', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'created': 'created', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, event_subscription_id: Optional[str] = None,
                 event_name: Optional[str] = None, event_type: Optional[str] = None,
                 execution_id: Optional[str] = None, process_instance_id: Optional[str] = None,
                 activity_id: Optional[str] = None, tenant_id_in: Optional[List[str]] = None,
                 without_tenant_id: bool = False,
                 include_event_subscriptions_without_tenant_id: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        """Query event subscriptions.

        :param event_type: ``message``, ``signal``, ``compensate`` or ``conditional``.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the event subscriptions that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'
