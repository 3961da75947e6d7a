# SPDX-License-Identifier: Apache-2.0
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
    PROPOSAL = 16

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


def _from_schema() -> "tuple[Dict[Kind, Type[Message]], Dict[Kind, str]]":
    """Each kind's message and list, read from the schema: the Concept
    message's list of each entity message (GuidingGoal in guiding_goals is
    ENTITY_KIND_GUIDING_GOAL). tests/python/test_kinds.py checks that Kind
    has exactly the schema's EntityKind values."""
    messages: Dict[Kind, Type[Message]] = {}
    lists: Dict[Kind, str] = {}
    for field in pb.Concept.DESCRIPTOR.fields:
        if field.message_type is None:
            continue
        name = "".join("_" + c if c.isupper() else c for c in field.message_type.name).lstrip("_").upper()
        if name in Kind.__members__:
            messages[Kind[name]] = getattr(pb, field.message_type.name)
            lists[Kind[name]] = field.name
    return messages, lists


_MESSAGES, _LIST_NAMES = _from_schema()

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
