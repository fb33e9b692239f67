"""History statistics of decision requirements definitions: ``/history/decision-requirements-definition``."""
from __future__ import annotations

import dataclasses
from typing import Optional

from pycamunda.base import (
    LoadsAll,
    RequestMethod,
)
from pycamunda.model import Model
from pycamunda.request import PathParameter, QueryParameter

__all__ = ['GetStats']

URL_SUFFIX = '/history/decision-requirements-definition'


@dataclasses.dataclass
class DecisionStats(Model):
    """How often a decision of the requirements graph was evaluated."""

    decision_definition_key: str
    evaluations: int


class GetStats(LoadsAll[DecisionStats]):
    """Count the evaluations of each decision of a decision requirements definition."""

    http_method = RequestMethod.GET
    path = URL_SUFFIX + '/{id_}/statistics'
    id_ = PathParameter('id')
    decision_instance_id = QueryParameter('decisionInstanceId')

    def __init__(self, url: str, id_: str, decision_instance_id: Optional[str] = None) -> None:
        """:param decision_instance_id: Count only the evaluations within this root decision instance."""
        super().__init__(url, id_=id_, decision_instance_id=decision_instance_id)
