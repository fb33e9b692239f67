"""Migrating process instances to another process definition: ``/migration``."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, Iterable, List, Optional, Tuple

from pycamunda.base import CamundaRequest, Loads, RequestMethod, VariablesMixin, load_one, value_is_true
from pycamunda.batch import Batch
from pycamunda.model import Model
from pycamunda.request import BodyParameter, BodyParameterContainer

__all__ = ['Generate', 'Validate', 'Execute']

URL_SUFFIX = '/migration'


@dataclasses.dataclass
class MigrationInstruction(Model):
    """Maps activities of the source process definition to activities of the target."""

    _lists = ('source_activity_ids', 'target_activity_ids')  # as PyCamunda kept them
    source_activity_ids: Tuple[str, ...]
    target_activity_ids: Tuple[str, ...]
    update_event_trigger: bool


@dataclasses.dataclass
class MigrationPlan(Model):
    """How instances of the source process definition become instances of the target."""

    source_process_definition_id: str
    target_process_definition_id: str
    instructions: Tuple[MigrationInstruction, ...]
    variables: Optional[Dict[str, Any]] = None


@dataclasses.dataclass
class InstructionReport(Model):
    """An instruction of a migration plan and why it cannot be applied."""

    instruction: MigrationInstruction
    failures: Tuple[str, ...]


@dataclasses.dataclass
class PlanReport(Model):
    """The validation of a migration plan: per instruction and per variable."""

    instruction_reports: Tuple[InstructionReport, ...]
    variable_reports: Optional[Dict[str, Any]] = None


def _instruction(source_activity_ids: Iterable[str], target_activity_ids: Iterable[str],
                 update_event_trigger: bool) -> Dict[str, Any]:
    return {'sourceActivityIds': list(source_activity_ids),
            'targetActivityIds': list(target_activity_ids),
            'updateEventTrigger': update_event_trigger}


class _Plan(VariablesMixin, CamundaRequest):
    """A migration plan built by ``add_instruction`` (or taken from a generated plan)."""

    source_process_definition_id = BodyParameter('sourceProcessDefinitionId')
    target_process_definition_id = BodyParameter('targetProcessDefinitionId')
    instructions = BodyParameter('instructions', factory=list)
    variables = BodyParameter('variables', factory=dict, provide=value_is_true)  # sent when set

    def add_instruction(self, source_activity_ids: List[str], target_activity_ids: List[str],
                        update_event_trigger: bool = False) -> None:
        """Map the source activities to the target activities.

        :param update_event_trigger: Update the event trigger (e.g. a message name) of a mapped
            event to the target's.
        """
        self.instructions.append(_instruction(source_activity_ids, target_activity_ids,
                                              update_event_trigger))

    def _take_plan(self, migration_plan: MigrationPlan) -> None:
        self.instructions.extend(_instruction(i.source_activity_ids, i.target_activity_ids,
                                              bool(i.update_event_trigger))
                                 for i in migration_plan.instructions)
        self.variables.update(migration_plan.variables or {})


class Generate(VariablesMixin, Loads[MigrationPlan]):
    """Generate a migration plan that maps the activities equal in both process definitions."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/generate'
    source_process_definition_id = BodyParameter('sourceProcessDefinitionId')
    target_process_definition_id = BodyParameter('targetProcessDefinitionId')
    update_event_triggers = BodyParameter('updateEventTriggers')
    variables = _Plan.variables

    def __init__(self, url: str, source_process_definition_id: str,
                 target_process_definition_id: str, update_event_triggers: bool = False) -> None:
        """Generate a migration plan; ``add_variable`` sets variables the plan carries.

        :param update_event_triggers: Update the triggers of mapped events in every instruction.
        """
        super().__init__(url)
        self.set_parameters(locals())


class Validate(_Plan):
    """Validate a migration plan; the answer lists the failures of each instruction."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/validate'

    def __init__(self, url: str, source_process_definition_id: str,
                 target_process_definition_id: str) -> None:
        super().__init__(url)
        self.set_parameters(locals())

    @classmethod
    def from_migration_plan(cls, url: str, migration_plan: MigrationPlan) -> Validate:
        """Validate a plan, e.g. one from :class:`Generate`."""
        validate = cls(url, migration_plan.source_process_definition_id,
                       migration_plan.target_process_definition_id)
        validate._take_plan(migration_plan)
        return validate

    def __call__(self, *args: Any, **kwargs: Any) -> Tuple[InstructionReport, ...]:
        response = super().__call__(self.http_method, *args, **kwargs)
        return PlanReport.load(response.json()).instruction_reports


class Execute(_Plan):
    """Migrate process instances by a migration plan; with ``async_`` as a batch."""

    http_method = RequestMethod.POST
    path = URL_SUFFIX + '/execute'
    extra_endpoints = (('POST', URL_SUFFIX + '/executeAsync'),)
    migration_plan = BodyParameterContainer(
        'migrationPlan', _Plan.source_process_definition_id, _Plan.target_process_definition_id,
        _Plan.instructions, _Plan.variables)
    process_instance_ids = BodyParameter('processInstanceIds')
    process_instance_query = BodyParameter('processInstanceQuery')
    skip_custom_listeners = BodyParameter('skipCustomListeners')
    skip_io_mappings = BodyParameter('skipIoMappings')
    async_: bool = False

    def __init__(self, url: str, source_process_definition_id: str,
                 target_process_definition_id: str, process_instance_ids: Optional[List[str]],
                 skip_custom_listeners: bool = False, skip_io_mappings: bool = False,
                 async_: bool = False, process_instance_query: Optional[Dict[str, Any]] = None
                 ) -> None:
        """Migrate the given process instances (and those ``process_instance_query`` matches).

        :param process_instance_query: A process instance query, as the body of
            ``POST /process-instance``.
        :param skip_custom_listeners: Do not invoke execution listeners.
        :param skip_io_mappings: Do not run input/output mappings.
        """
        super().__init__(url)
        self.set_parameters(locals())

    @classmethod
    def from_migration_plan(cls, url: str, migration_plan: MigrationPlan,
                            process_instance_ids: Optional[List[str]],
                            skip_custom_listeners: bool = False, skip_io_mappings: bool = False,
                            async_: bool = False) -> Execute:
        """Migrate instances by a plan, e.g. one from :class:`Generate`."""
        execute = cls(url, migration_plan.source_process_definition_id,
                      migration_plan.target_process_definition_id, process_instance_ids,
                      skip_custom_listeners, skip_io_mappings, async_)
        execute._take_plan(migration_plan)
        return execute

    @property
    def url(self) -> str:
        return super().url + ('Async' if self.async_ else '')

    def __call__(self, *args: Any, **kwargs: Any) -> Optional[Batch]:
        response = super().__call__(self.http_method, *args, **kwargs)
        return load_one(Batch, response.json()) if self.async_ else None
