"""Modification of many process instances of one definition at once: ``/modification``."""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional

import pycamunda.batch
from pycamunda.base import CamundaRequest, Command, Loads, RequestMethod, value_is_true
from pycamunda.request import BodyParameter

__all__ = ['Execute', 'ExecuteAsync']

URL_SUFFIX = '/modification'


class _Modification(CamundaRequest):
    """The instances are ``process_instance_ids`` and those found by ``process_instance_query``
    (a :class:`pycamunda.processinst.Query` body) or ``historic_process_instance_query``.
    """

    http_method = RequestMethod.POST
    process_definition_id = BodyParameter('processDefinitionId')
    skip_custom_listeners = BodyParameter('skipCustomListeners', provide=value_is_true)
    skip_io_mappings = BodyParameter('skipIoMappings', provide=value_is_true)
    process_instance_ids = BodyParameter('processInstanceIds')
    process_instance_query = BodyParameter('processInstanceQuery')
    historic_process_instance_query = BodyParameter('historicProcessInstanceQuery')
    instructions = BodyParameter('instructions', factory=list)
    annotation = BodyParameter('annotation')

    def __init__(self, url: str, process_definition_id: str,
                 process_instance_ids: Optional[Iterable[str]] = None,
                 process_instance_query: Optional[Mapping[str, Any]] = None,
                 historic_process_instance_query: Optional[Mapping[str, Any]] = None,
                 skip_custom_listeners: bool = False, skip_io_mappings: bool = False,
                 annotation: Optional[str] = None) -> None:
        """
        :param annotation: A note kept in the user operation log.
        """
        super().__init__(url)
        self.set_parameters(locals())

    def add_before_activity_instruction(self, id_: str) -> None:
        """Start the activity ``id_``, before its start listeners and input mappings."""
        self.instructions.append({'type': 'startBeforeActivity', 'activityId': id_})

    def add_after_activity_instruction(self, id_: str) -> None:
        """Continue after the activity ``id_`` (take its single outgoing sequence flow)."""
        self.instructions.append({'type': 'startAfterActivity', 'activityId': id_})

    def add_transition_instruction(self, id_: str) -> None:
        """Start at the sequence flow ``id_``."""
        self.instructions.append({'type': 'startTransition', 'transitionId': id_})

    def add_cancel_activity_instruction(self, id_: str,
                                        cancel_current_active_activity_instances: bool = False
                                        ) -> None:
        """Cancel every instance of the activity ``id_``; with the flag only those active now."""
        self.instructions.append({'type': 'cancel', 'activityId': id_,
                   'cancelCurrentActiveActivityInstances': cancel_current_active_activity_instances})


class Execute(Command, _Modification):
    """Start and cancel activities in process instances of one definition, synchronously."""

    path = URL_SUFFIX + '/execute'


class ExecuteAsync(_Modification, Loads[pycamunda.batch.Batch]):
    """Start and cancel activities in process instances of one definition, as a batch."""

    path = URL_SUFFIX + '/executeAsync'

