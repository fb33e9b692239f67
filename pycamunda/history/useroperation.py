"""The user operation log: ``/history/user-operation``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Optional, Sequence

from pycamunda.base import (
    Command,
    CountMixin,
    LoadsAll,
    PagingMixin,
    RequestMethod,
)
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter

__all__ = ['GetList', 'Count', 'SetAnnotation', 'ClearAnnotation']

URL_SUFFIX = '/history/user-operation'


@dataclasses.dataclass
class UserOperationLogEntry(Model):
    """One property changed by an operation a user performed."""

    id_: str
    user_id: str
    operation_id: str
    operation_type: str
    entity_type: str
    category: str
    annotation: str
    property_: str
    org_value: str
    new_value: str
    deployment_id: str
    process_definition_id: str
    process_definition_key: str
    process_instance_id: str
    execution_id: str
    case_definition_id: str
    case_instance_id: str
    case_execution_id: str
    task_id: str
    external_task_id: str
    batch_id: str
    job_id: str
    job_definition_id: str
    root_process_instance_id: str
    timestamp: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[UserOperationLogEntry]):
    """Query the user operation log."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    deployment_id = QueryParameter('deploymentId')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_instance_id = QueryParameter('processInstanceId')
    execution_id = QueryParameter('executionId')
    case_definition_id = QueryParameter('caseDefinitionId')
    case_instance_id = QueryParameter('caseInstanceId')
    case_execution_id = QueryParameter('caseExecutionId')
    task_id = QueryParameter('taskId')
    external_task_id = QueryParameter('externalTaskId')
    batch_id = QueryParameter('batchId')
    job_id = QueryParameter('jobId')
    job_definition_id = QueryParameter('jobDefinitionId')
    user_id = QueryParameter('userId')
    operation_id = QueryParameter('operationId')
    operation_type = QueryParameter('operationType')
    entity_type = QueryParameter('entityType')
    entity_type_in = QueryParameter('entityTypeIn')
    category = QueryParameter('category')
    category_in = QueryParameter('categoryIn')
    property_ = QueryParameter('property')
    after_timestamp = QueryParameter('afterTimestamp')
    before_timestamp = QueryParameter('beforeTimestamp')
    sort_by = QueryParameter('sortBy', mapping={'timestamp': 'timestamp'})

    def __init__(self, url: str, deployment_id: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_instance_id: Optional[str] = None, execution_id: Optional[str] = None,
                 case_definition_id: Optional[str] = None, case_instance_id: Optional[str] = None,
                 case_execution_id: Optional[str] = None, task_id: Optional[str] = None,
                 external_task_id: Optional[str] = None, batch_id: Optional[str] = None,
                 job_id: Optional[str] = None, job_definition_id: Optional[str] = None,
                 user_id: Optional[str] = None, operation_id: Optional[str] = None,
                 operation_type: Optional[str] = None, entity_type: Optional[str] = None,
                 entity_type_in: Optional[Sequence[str]] = None, category: Optional[str] = None,
                 category_in: Optional[Sequence[str]] = None, property_: Optional[str] = None,
                 after_timestamp: Optional[dt.datetime] = None,
                 before_timestamp: Optional[dt.datetime] = None, sort_by: Optional[str] = None,
                 ascending: bool = True, first_result: Optional[int] = None,
                 max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the user operation log entries that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'


class SetAnnotation(Command):
    """Annotate all log entries of a user operation."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{operation_id}/set-annotation'
    operation_id = PathParameter('operationId')
    annotation = BodyParameter('annotation')

    def __init__(self, url: str, operation_id: str, annotation: str) -> None:
        super().__init__(url, operation_id=operation_id, annotation=annotation)


class ClearAnnotation(Command):
    """Remove the annotation of all log entries of a user operation."""

    http_method = RequestMethod.PUT
    path = URL_SUFFIX + '/{operation_id}/clear-annotation'
    operation_id = PathParameter('operationId')

    def __init__(self, url: str, operation_id: str) -> None:
        super().__init__(url, operation_id=operation_id)
