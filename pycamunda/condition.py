"""Conditional start events: ``/condition``."""
from __future__ import annotations

from typing import Optional

import pycamunda.processinst
from pycamunda.base import LoadsAll, RequestMethod, VariablesMixin, value_is_true
from pycamunda.request import BodyParameter

__all__ = ['Evaluate']

URL_SUFFIX = '/condition'


class Evaluate(VariablesMixin, LoadsAll[pycamunda.processinst.ProcessInstance]):
    """Evaluate conditional start events with ``variables``; start the processes whose hold."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX
    business_key = BodyParameter('businessKey')
    tenant_id = BodyParameter('tenantId')
    without_tenant_id = BodyParameter('withoutTenantId', provide=value_is_true)
    process_definition_id = BodyParameter('processDefinitionId')

    def __init__(self, url: str, business_key: Optional[str] = None, tenant_id: Optional[str] = None,
                 without_tenant_id: bool = False, process_definition_id: Optional[str] = None
                 ) -> None:
        """
        :param business_key: The business key of the started instances.
        :param process_definition_id: Evaluate only the start events of this definition.
        """
        super().__init__(url)
        self.set_parameters(locals())
