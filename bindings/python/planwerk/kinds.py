"""Entity kinds and encodings, with the numbers the C API and the schema use."""

from __future__ import annotations

import enum
from typing import Dict, Type, Union

from google.protobuf.message import Message

from .v1 import concept_pb2 as pb


class Kind(enum.IntEnum):
    """Equal to planwerk.v1.EntityKind and the C API's pw_kind."""

    GUIDING_GOAL = 1
    ACTION_FIELD = 2
    NEED = 3
    GOAL = 4
    MEASURE = 5
    MILESTONE = 6
    ACTOR = 7
    COMMITTEE = 8
    DISTRICT = 9
    TARGET_GROUP = 10
    INDICATOR = 11
    PARTICIPATION_FORMAT = 12
    PARTICIPATION_EVENT = 13
    STAKEHOLDER = 14
    BUDGET_POOL = 15

    @property
    def list_name(self) -> str:
        """The field of the Concept message holding this kind: "guiding_goals", ..."""
        return _LIST_NAMES[self]

    @property
    def message_type(self) -> Type[Message]:
        """The schema message of this kind, e.g. planwerk.v1.Measure."""
        return _MESSAGES[self]

    @classmethod
    def of(cls, value: Union["Kind", int, str, Message]) -> "Kind":
        """A kind from itself, its number, its name ("measure", "measures",
        "MEASURE") or a message of its type."""
        if isinstance(value, Message):
            for kind, message_type in _MESSAGES.items():
                if isinstance(value, message_type):
                    return kind
            raise _invalid(f"{type(value).__name__} is not an entity message")
        if isinstance(value, str):
            key = value.strip().upper()
            for kind in cls:
                if key in (kind.name, kind.list_name.upper()):
                    return kind
            raise _invalid(f"unknown kind {value!r}")
        try:
            return cls(int(value))
        except ValueError:
            raise _invalid(f"unknown kind {value!r}") from None


_MESSAGES: Dict[Kind, Type[Message]] = {
    Kind.GUIDING_GOAL: pb.GuidingGoal,
    Kind.ACTION_FIELD: pb.ActionField,
    Kind.NEED: pb.Need,
    Kind.GOAL: pb.Goal,
    Kind.MEASURE: pb.Measure,
    Kind.MILESTONE: pb.Milestone,
    Kind.ACTOR: pb.Actor,
    Kind.COMMITTEE: pb.Committee,
    Kind.DISTRICT: pb.District,
    Kind.TARGET_GROUP: pb.TargetGroup,
    Kind.INDICATOR: pb.Indicator,
    Kind.PARTICIPATION_FORMAT: pb.ParticipationFormat,
    Kind.PARTICIPATION_EVENT: pb.ParticipationEvent,
    Kind.STAKEHOLDER: pb.Stakeholder,
    Kind.BUDGET_POOL: pb.BudgetPool,
}

_LIST_NAMES: Dict[Kind, str] = {
    Kind.GUIDING_GOAL: "guiding_goals",
    Kind.ACTION_FIELD: "action_fields",
    Kind.NEED: "needs",
    Kind.GOAL: "goals",
    Kind.MEASURE: "measures",
    Kind.MILESTONE: "milestones",
    Kind.ACTOR: "actors",
    Kind.COMMITTEE: "committees",
    Kind.DISTRICT: "districts",
    Kind.TARGET_GROUP: "target_groups",
    Kind.INDICATOR: "indicators",
    Kind.PARTICIPATION_FORMAT: "participation_formats",
    Kind.PARTICIPATION_EVENT: "participation_events",
    Kind.STAKEHOLDER: "stakeholders",
    Kind.BUDGET_POOL: "budget_pools",
}

#: Encodings, as the C API's pw_format numbers.
FORMATS: Dict[str, int] = {"auto": 0, "binary": 1, "json": 2, "text": 3}


def format_number(name: str) -> int:
    try:
        return FORMATS[name]
    except (KeyError, TypeError):
        raise _invalid(f"unknown format {name!r} (auto, binary, json or text)") from None


def _invalid(message: str) -> Exception:
    from .errors import InvalidArgumentError

    return InvalidArgumentError(message)
