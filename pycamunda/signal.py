"""Signals: ``/signal``."""
from __future__ import annotations

from typing import Optional

from pycamunda.base import Command, RequestMethod, VariablesMixin, value_is_true
from pycamunda.request import BodyParameter

__all__ = ['EventAll', 'EventSingle']

URL_SUFFIX = '/signal'


class _Signal(VariablesMixin, Command):
    http_method = RequestMethod.POST
    path = URL_SUFFIX
    name = BodyParameter('name')
    execution_id = BodyParameter('executionId')
    tenant_id = BodyParameter('tenantId')
    without_tenant_id = BodyParameter('withoutTenantId', provide=value_is_true)


class EventAll(_Signal):
    """Throw a signal to every subscriber, passing ``variables`` to them."""

    def __init__(self, url: str, name: str, tenant_id: Optional[str] = None,
                 without_tenant_id: bool = False) -> None:
        """
        :param tenant_id: Deliver only to subscribers of this tenant.
        :param without_tenant_id: Deliver only to subscribers that belong to no tenant.
        """
        super().__init__(url)
        self.set_parameters(locals())


class EventSingle(_Signal):
    """Deliver a signal to the one execution ``execution_id`` subscribed to it."""

    def __init__(self, url: str, name: str, execution_id: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())
