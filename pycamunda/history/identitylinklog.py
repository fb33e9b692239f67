"""The log of identity links added to and deleted from tasks: ``/history/identity-link-log``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional, Sequence

from pycamunda.base import (
    CountMixin,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.model import Model
from pycamunda.request import QueryParameter

__all__ = ['GetList', 'Count']

URL_SUFFIX = '/history/identity-link-log'


@dataclasses.dataclass
class HistoricIdentityLinkLog(Model):
    """An identity link (assignee, candidate, owner) added to or deleted from a task."""

    id_: str
    type_: str
    user_id: str
    group_id: str
    task_id: str
    process_definition_id: str
    process_definition_key: str
    operation_type: str
    assigner_id: str
    tenant_id: str
    root_process_instance_id: str
    time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[HistoricIdentityLinkLog]):
    """Query the identity link log."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    type_ = QueryParameter('type')
    user_id = QueryParameter('userId')
    group_id = QueryParameter('groupId')
    date_before = QueryParameter('dateBefore')
    date_after = QueryParameter('dateAfter')
    task_id = QueryParameter('taskId')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    operation_type = QueryParameter('operationType')
    assigner_id = QueryParameter('assignerId')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'time': 'time', 'type': 'type', 'user_id': 'userId',
                                                'group_id': 'groupId', 'task_id': 'taskId',
                                                'process_definition_id': 'processDefinitionId',
                                                'process_definition_key': 'processDefinitionKey',
                                                'operation_type': 'operationType',
                                                'assigner_id': 'assignerId', 'tenant_id': 'tenantId'})

    def __init__(self, url: str, type_: Optional[str] = None, user_id: Optional[str] = None,
                 group_id: Optional[str] = None, date_before: Optional[dt.datetime] = None,
                 date_after: Optional[dt.datetime] = None, task_id: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 operation_type: Optional[str] = None, assigner_id: Optional[str] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the identity link log entries that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'
