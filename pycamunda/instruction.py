"""The kinds of instructions that start or cancel activities (process instance modification, restart)."""
from __future__ import annotations

import enum

__all__ = ['InstructionType', 'ModifyInstructionType']


class InstructionType(enum.Enum):
    """Where a start instruction starts: before or after an activity, or on a sequence flow."""

    start_before_activity = 'startBeforeActivity'
    start_after_activity = 'startAfterActivity'
    start_transition = 'startTransition'


class ModifyInstructionType(enum.Enum):
    """The instructions of a process instance modification: the start kinds and ``cancel``."""

    start_before_activity = 'startBeforeActivity'
    start_after_activity = 'startAfterActivity'
    start_transition = 'startTransition'
    cancel = 'cancel'
