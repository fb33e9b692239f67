"""Historic decision instances (evaluations of decisions): ``/history/decision-instance``."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Dict, Optional, Sequence, Tuple

from pycamunda.base import (
    CountMixin,
    Loads,
    LoadsAll,
    PagingMixin,
    RequestMethod,
    value_is_true,
)
from pycamunda.batch import Batch
from pycamunda.model import Model
from pycamunda.request import BodyParameter, PathParameter, QueryParameter
from pycamunda.variable import DecodedValue

__all__ = ['GetList', 'Count', 'Get', 'DeleteAsync', 'SetRemovalTimeAsync']

URL_SUFFIX = '/history/decision-instance'


@dataclasses.dataclass
class HistoricDecisionInput(DecodedValue):
    """The value an input clause of a decision was evaluated with."""

    id_: str
    decision_instance_id: str
    clause_id: str
    clause_name: str
    error_message: str
    type_: str
    root_process_instance_id: str
    value: Any
    value_info: Dict[str, Any]
    create_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None
    raw_value: Any = dataclasses.field(default=None, repr=False, compare=False)


@dataclasses.dataclass
class HistoricDecisionOutput(DecodedValue):
    """A value an output clause of a decision produced."""

    id_: str
    decision_instance_id: str
    clause_id: str
    clause_name: str
    rule_id: str
    rule_order: int
    error_message: str
    variable_name: str
    type_: str
    root_process_instance_id: str
    value: Any
    value_info: Dict[str, Any]
    create_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None
    raw_value: Any = dataclasses.field(default=None, repr=False, compare=False)


@dataclasses.dataclass
class HistoricDecisionInstance(Model):
    """One evaluation of a decision; ``inputs``/``outputs`` only when asked for."""

    id_: str
    decision_definition_id: str
    decision_definition_key: str
    decision_definition_name: str
    process_definition_id: str
    process_definition_key: str
    process_instance_id: str
    case_definition_id: str
    case_definition_key: str
    case_instance_id: str
    activity_id: str
    activity_instance_id: str
    tenant_id: str
    user_id: str
    inputs: Tuple[HistoricDecisionInput, ...]
    outputs: Tuple[HistoricDecisionOutput, ...]
    collect_result_value: float
    root_decision_instance_id: str
    root_process_instance_id: str
    decision_requirements_definition_id: str
    decision_requirements_definition_key: str
    evaluation_time: Optional[dt.datetime] = None
    removal_time: Optional[dt.datetime] = None


class GetList(PagingMixin, LoadsAll[HistoricDecisionInstance]):
    """Query historic decision instances."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX
    decision_instance_id = QueryParameter('decisionInstanceId')
    decision_instance_id_in = QueryParameter('decisionInstanceIdIn')
    decision_definition_id = QueryParameter('decisionDefinitionId')
    decision_definition_id_in = QueryParameter('decisionDefinitionIdIn')
    decision_definition_key = QueryParameter('decisionDefinitionKey')
    decision_definition_key_in = QueryParameter('decisionDefinitionKeyIn')
    decision_definition_name = QueryParameter('decisionDefinitionName')
    decision_definition_name_like = QueryParameter('decisionDefinitionNameLike')
    process_definition_id = QueryParameter('processDefinitionId')
    process_definition_key = QueryParameter('processDefinitionKey')
    process_instance_id = QueryParameter('processInstanceId')
    case_definition_id = QueryParameter('caseDefinitionId')
    case_definition_key = QueryParameter('caseDefinitionKey')
    case_instance_id = QueryParameter('caseInstanceId')
    activity_id_in = QueryParameter('activityIdIn')
    activity_instance_id_in = QueryParameter('activityInstanceIdIn')
    tenant_id_in = QueryParameter('tenantIdIn')
    without_tenant_id = QueryParameter('withoutTenantId', provide=value_is_true)
    evaluated_before = QueryParameter('evaluatedBefore')
    evaluated_after = QueryParameter('evaluatedAfter')
    user_id = QueryParameter('userId')
    root_decision_instance_id = QueryParameter('rootDecisionInstanceId')
    root_decision_instances_only = QueryParameter('rootDecisionInstancesOnly', provide=value_is_true)
    decision_requirements_definition_id = QueryParameter('decisionRequirementsDefinitionId')
    decision_requirements_definition_key = QueryParameter('decisionRequirementsDefinitionKey')
    include_inputs = QueryParameter('includeInputs', provide=value_is_true)
    include_outputs = QueryParameter('includeOutputs', provide=value_is_true)
    disable_binary_fetching = QueryParameter('disableBinaryFetching', provide=value_is_true)
    disable_custom_object_deserialization = QueryParameter('disableCustomObjectDeserialization',
                                                           provide=value_is_true)
    sort_by = QueryParameter('sortBy', mapping={'evaluation_time': 'evaluationTime',
                                                'tenant_id': 'tenantId'})

    def __init__(self, url: str, decision_instance_id: Optional[str] = None,
                 decision_instance_id_in: Optional[Sequence[str]] = None,
                 decision_definition_id: Optional[str] = None,
                 decision_definition_id_in: Optional[Sequence[str]] = None,
                 decision_definition_key: Optional[str] = None,
                 decision_definition_key_in: Optional[Sequence[str]] = None,
                 decision_definition_name: Optional[str] = None,
                 decision_definition_name_like: Optional[str] = None,
                 process_definition_id: Optional[str] = None,
                 process_definition_key: Optional[str] = None,
                 process_instance_id: Optional[str] = None,
                 case_definition_id: Optional[str] = None,
                 case_definition_key: Optional[str] = None, case_instance_id: Optional[str] = None,
                 activity_id_in: Optional[Sequence[str]] = None,
                 activity_instance_id_in: Optional[Sequence[str]] = None,
                 tenant_id_in: Optional[Sequence[str]] = None, without_tenant_id: bool = False,
                 evaluated_before: Optional[dt.datetime] = None,
                 evaluated_after: Optional[dt.datetime] = None, user_id: Optional[str] = None,
                 root_decision_instance_id: Optional[str] = None,
                 root_decision_instances_only: bool = False,
                 decision_requirements_definition_id: Optional[str] = None,
                 decision_requirements_definition_key: Optional[str] = None,
                 include_inputs: bool = False, include_outputs: bool = False,
                 disable_binary_fetching: bool = False,
                 disable_custom_object_deserialization: bool = False,
                 sort_by: Optional[str] = None, ascending: bool = True,
                 first_result: Optional[int] = None, max_results: Optional[int] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class Count(CountMixin, GetList):
    """Count the historic decision instances that match the filters of :class:`GetList`."""

    path = URL_SUFFIX + '/count'
    include_inputs = include_outputs = disable_binary_fetching = disable_custom_object_deserialization = None


class Get(Loads[HistoricDecisionInstance]):
    """Get a historic decision instance."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}'
    id_ = PathParameter('id')
    include_inputs = QueryParameter('includeInputs', provide=value_is_true)
    include_outputs = QueryParameter('includeOutputs', provide=value_is_true)
    disable_binary_fetching = QueryParameter('disableBinaryFetching', provide=value_is_true)
    disable_custom_object_deserialization = QueryParameter('disableCustomObjectDeserialization',
                                                           provide=value_is_true)

    def __init__(self, url: str, id_: str, include_inputs: bool = False,
                 include_outputs: bool = False, disable_binary_fetching: bool = False,
                 disable_custom_object_deserialization: bool = False) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class DeleteAsync(Loads[Batch]):
    """Delete historic decision instances in a batch, by ids or by a query."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/delete'
    historic_decision_instance_ids = BodyParameter('historicDecisionInstanceIds')
    historic_decision_instance_query = BodyParameter('historicDecisionInstanceQuery')
    delete_reason = BodyParameter('deleteReason')

    def __init__(self, url: str, historic_decision_instance_ids: Optional[Sequence[str]] = None,
                 historic_decision_instance_query: Optional[Dict[str, Any]] = None,
                 delete_reason: Optional[str] = None) -> None:
        super().__init__(url)
        self.set_parameters(locals())


class SetRemovalTimeAsync(Loads[Batch]):
    """Set or clear the removal time of historic decision instances in a batch."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/set-removal-time'
    historic_decision_instance_ids = BodyParameter('historicDecisionInstanceIds')
    historic_decision_instance_query = BodyParameter('historicDecisionInstanceQuery')
    absolute_removal_time = BodyParameter('absoluteRemovalTime')
    cleared_removal_time = BodyParameter('clearedRemovalTime', provide=value_is_true)
    calculated_removal_time = BodyParameter('calculatedRemovalTime', provide=value_is_true)
    hierarchical = BodyParameter('hierarchical', provide=value_is_true)

    def __init__(self, url: str, historic_decision_instance_ids: Optional[Sequence[str]] = None,
                 historic_decision_instance_query: Optional[Dict[str, Any]] = None,
                 absolute_removal_time: Optional[dt.datetime] = None,
                 cleared_removal_time: bool = False, calculated_removal_time: bool = False,
                 hierarchical: bool = False) -> None:
        """Give one of ``absolute_removal_time``, ``cleared_removal_time`` and ``calculated_removal_time``."""
        super().__init__(url)
        self.set_parameters(locals())
