# SPDX-License-Identifier: Apache-2.0
"""The Concept: a loaded integration concept, its entities, edits and checks."""

from __future__ import annotations

import datetime as _dt
import os
from typing import TYPE_CHECKING, Any, Dict, Generic, Iterator, List, Optional, Sequence, TypeVar, Union, overload

from google.protobuf import json_format
from google.protobuf.message import Message

from . import _core
from .diagnostics import Diagnostics
from .errors import InvalidArgumentError
from .kinds import Kind, format_number
from .v1 import concept_pb2 as pb

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .graph import Graph

M = TypeVar("M", bound=Message)
PathLike = Union[str, "os.PathLike[str]"]
DateLike = Union[_dt.date, str, None]


class Entities(Sequence[M], Generic[M]):
    """The entities of one kind, in document order.

    Items are copies of the schema messages (planwerk.v1.Goal, ...): reading
    them is free, changing them changes nothing in the concept. Use
    ``Concept.put`` to change an entity. Index by position or by id.
    """

    __slots__ = ("_concept", "_kind")

    def __init__(self, concept: "Concept", kind: Kind) -> None:
        self._concept = concept
        self._kind = kind

    def _list(self) -> Any:
        return getattr(self._concept._document(), self._kind.list_name)

    def __len__(self) -> int:
        return self._concept._core.count(int(self._kind))

    def to_frame(self) -> "pandas.DataFrame":
        """Every field of every entity of this kind as a DataFrame: one row
        per entity in document order, one column per field of the kind's
        schema message (references as ids, dates as datetime64, enums as
        categoricals such as "in_progress", lists and messages as JSON text,
        missing where a field has no value); docs/c-api.md, "Reading every
        field"."""
        from ._frame import to_dataframe

        return to_dataframe(_core.entity_table(self._concept._core, int(self._kind)))

    @overload
    def __getitem__(self, key: Union[int, str]) -> M: ...

    @overload
    def __getitem__(self, key: slice) -> List[M]: ...

    def __getitem__(self, key: Union[int, str, slice]) -> Union[M, List[M]]:
        if isinstance(key, str):
            key = self._concept._core.index_of(int(self._kind), key)
        if isinstance(key, slice):
            return [_copy(m) for m in self._list()[key]]
        try:
            return _copy(self._list()[key])
        except IndexError:
            from .errors import OutOfRangeError

            raise OutOfRangeError(
                f"{self._kind.name.lower()} index {key} is past the end ({len(self)})"
            ) from None

    def __iter__(self) -> Iterator[M]:
        return (_copy(m) for m in self._list())

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self.ids()
        return any(m == item for m in self._list())

    def ids(self) -> List[str]:
        """The ids, in document order."""
        return self._concept._core.ids(int(self._kind))

    def __repr__(self) -> str:
        return f"<{len(self)} {self._kind.list_name}>"


class Concept:
    """One municipal integration concept.

    Create one with :func:`planwerk.load`, :func:`planwerk.loads`,
    :func:`planwerk.from_dict` or ``Concept(id)`` for an empty one. Header
    fields are attributes (``title``, ``municipality``, ...); each kind of
    entity is a sequence attribute (``goals``, ``measures``, ...). Edits go
    through ``put``, ``remove`` and the ``set_*`` methods and apply whole or
    raise and change nothing.
    """

    __slots__ = ("_core", "_doc")

    def __init__(self, id: str) -> None:
        self._core = _core.Concept(id)
        self._doc: Optional[pb.Concept] = None

    @classmethod
    def _wrap(cls, core: "_core.Concept") -> "Concept":
        self = cls.__new__(cls)
        self._core = core
        self._doc = None
        return self

    # -- the document view -------------------------------------------------

    def _document(self) -> pb.Concept:
        if self._doc is None:
            doc = pb.Concept()
            doc.ParseFromString(self._core.to_bytes(format_number("binary")))
            self._doc = doc
        return self._doc

    def _changed(self) -> None:
        self._doc = None

    # -- header ------------------------------------------------------------

    @property
    def id(self) -> str:
        """The concept's id (unique among the concepts a host keeps)."""
        return self._document().id

    @property
    def title(self) -> str:
        """The title as adopted, e.g. "Integrationskonzept 2025"."""
        return self._document().title

    @property
    def municipality(self) -> str:
        """The municipality the concept belongs to."""
        return self._document().municipality

    @property
    def version_label(self) -> str:
        """The authors' label of this version ("Entwurf 2", "2025")."""
        return self._document().version_label

    @property
    def status(self) -> int:
        """A planwerk.v1.ConceptStatus number (pb.CONCEPT_STATUS_ADOPTED, ...)."""
        return self._document().status

    @property
    def adoption_date(self) -> Optional[_dt.date]:
        """The date the council adopted it; None while it is a draft."""
        return _date_or_none(self._document().adoption_date)

    @property
    def vision(self) -> str:
        """The guiding vision, the text above the guiding goals."""
        return self._document().vision

    @property
    def period(self) -> "tuple[Optional[_dt.date], Optional[_dt.date]]":
        """The plan period as (start, end)."""
        doc = self._document()
        return _date_or_none(doc.period_start), _date_or_none(doc.period_end)

    @property
    def predecessors(self) -> List[pb.PredecessorConcept]:
        """The concepts this one continues (copies: changing them changes nothing)."""
        return [_copy(p) for p in self._document().predecessors]

    # -- entities ----------------------------------------------------------

    def entities(self, kind: Union[Kind, int, str]) -> Entities[Message]:
        """The entities of one kind, as a live sequence (see :class:`Entities`)."""
        return Entities(self, Kind.of(kind))

    @property
    def guiding_goals(self) -> Entities[pb.GuidingGoal]:
        """The concept's guiding goals (planwerk.v1.GuidingGoal messages), in document order."""
        return Entities(self, Kind.GUIDING_GOAL)

    @property
    def action_fields(self) -> Entities[pb.ActionField]:
        """The concept's action fields (planwerk.v1.ActionField messages), in document order."""
        return Entities(self, Kind.ACTION_FIELD)

    @property
    def needs(self) -> Entities[pb.Need]:
        """The concept's needs (planwerk.v1.Need messages), in document order."""
        return Entities(self, Kind.NEED)

    @property
    def goals(self) -> Entities[pb.Goal]:
        """The concept's goals (planwerk.v1.Goal messages), in document order."""
        return Entities(self, Kind.GOAL)

    @property
    def measures(self) -> Entities[pb.Measure]:
        """The concept's measures (planwerk.v1.Measure messages), in document order."""
        return Entities(self, Kind.MEASURE)

    @property
    def milestones(self) -> Entities[pb.Milestone]:
        """The concept's milestones (planwerk.v1.Milestone messages), in document order."""
        return Entities(self, Kind.MILESTONE)

    @property
    def actors(self) -> Entities[pb.Actor]:
        """The concept's actors (planwerk.v1.Actor messages), in document order."""
        return Entities(self, Kind.ACTOR)

    @property
    def committees(self) -> Entities[pb.Committee]:
        """The concept's committees (planwerk.v1.Committee messages), in document order."""
        return Entities(self, Kind.COMMITTEE)

    @property
    def districts(self) -> Entities[pb.District]:
        """The concept's districts (planwerk.v1.District messages), in document order."""
        return Entities(self, Kind.DISTRICT)

    @property
    def target_groups(self) -> Entities[pb.TargetGroup]:
        """The concept's target groups (planwerk.v1.TargetGroup messages), in document order."""
        return Entities(self, Kind.TARGET_GROUP)

    @property
    def indicators(self) -> Entities[pb.Indicator]:
        """The concept's indicators (planwerk.v1.Indicator messages), in document order."""
        return Entities(self, Kind.INDICATOR)

    @property
    def participation_formats(self) -> Entities[pb.ParticipationFormat]:
        """The concept's participation formats (planwerk.v1.ParticipationFormat messages), in document order."""
        return Entities(self, Kind.PARTICIPATION_FORMAT)

    @property
    def participation_events(self) -> Entities[pb.ParticipationEvent]:
        """The concept's participation events (planwerk.v1.ParticipationEvent messages), in document order."""
        return Entities(self, Kind.PARTICIPATION_EVENT)

    @property
    def stakeholders(self) -> Entities[pb.Stakeholder]:
        """The concept's stakeholders (planwerk.v1.Stakeholder messages), in document order."""
        return Entities(self, Kind.STAKEHOLDER)

    @property
    def budget_pools(self) -> Entities[pb.BudgetPool]:
        """The concept's budget pools (planwerk.v1.BudgetPool messages), in document order."""
        return Entities(self, Kind.BUDGET_POOL)

    @property
    def proposals(self) -> Entities[pb.Proposal]:
        """The concept's proposals (planwerk.v1.Proposal messages), in document order."""
        return Entities(self, Kind.PROPOSAL)

    @property
    def graph(self) -> "Graph":
        """The graph analyses: cycles, order, critical chains, impact, coverage,
        conflicts, redundant links, DOT."""
        from .graph import Graph

        return Graph(self)

    def counts(self) -> Dict[str, int]:
        """Entities per kind, by list name."""
        return {kind.list_name: self._core.count(int(kind)) for kind in Kind}

    # -- conversion --------------------------------------------------------

    def to_bytes(self, format: str = "binary") -> bytes:
        """The whole concept as "binary" protobuf, "json" or "text"."""
        if format == "auto":
            raise InvalidArgumentError("to_bytes needs a format: binary, json or text")
        return self._core.to_bytes(format_number(format))

    def to_proto(self) -> pb.Concept:
        """A new planwerk.v1.Concept message; yours to change."""
        return _copy(self._document())

    def to_dict(self) -> Dict[str, Any]:
        """The proto3 JSON mapping as a dict, with the schema's field names."""
        return json_format.MessageToDict(self._document(), preserving_proto_field_name=True)

    def save(self, path: PathLike, format: str = "auto") -> None:
        """Saves atomically; "auto" takes the format from the extension."""
        self._core.save(os.fspath(path), format_number(format))

    # -- validation --------------------------------------------------------

    def header_frame(self) -> "pandas.DataFrame":
        """The concept's own fields (id, title, version label, status,
        adoption date, vision, plan period, calendar, predecessors, ...) as
        a one-row DataFrame, typed as ``Entities.to_frame`` types them."""
        from ._frame import to_dataframe

        return to_dataframe(_core.header_table(self._core))

    def validate(self) -> Diagnostics:
        """Every rule's findings (the model's and the calendar's), in a
        stable order."""
        return Diagnostics._from_tuples(self._core.validate())

    # -- edits -------------------------------------------------------------

    def put(self, entity: Union[Message, Dict[str, Any]], kind: Union[Kind, int, str, None] = None) -> None:
        """Adds the entity, or replaces the one of its kind with the same id.

        ``entity`` is a schema message (``pb.Measure(...)``) or a dict in the
        JSON mapping, which needs ``kind``. References are ids that must exist
        (or name the entity itself); otherwise ModelError, and nothing changes.
        """
        if isinstance(entity, Message):
            resolved = Kind.of(entity) if kind is None else Kind.of(kind)
            if not isinstance(entity, resolved.message_type):
                raise InvalidArgumentError(
                    f"a {resolved.name.lower()} needs a {resolved.message_type.__name__}, "
                    f"not a {type(entity).__name__}"
                )
            message = entity
        elif isinstance(entity, dict):
            if kind is None:
                raise InvalidArgumentError("put(dict) needs kind=, e.g. kind='measure'")
            resolved = Kind.of(kind)
            message = resolved.message_type()
            try:
                json_format.ParseDict(entity, message)
            except json_format.ParseError as e:
                from .errors import ParseError

                raise ParseError(f"{resolved.name.lower()}: {e}") from None
        else:
            raise InvalidArgumentError(f"put takes a schema message or a dict, not {type(entity).__name__}")
        self._core.put(int(resolved), message.SerializeToString())
        self._changed()

    def set_header(self, **fields: Any) -> None:
        """Changes header fields, named as in the schema (title, municipality,
        version_label, status, adoption_date, vision, description, period_start,
        period_end, calendar, predecessors, id); the others stay. Dates may be
        datetime.date. Malformed values raise ModelError and change nothing."""
        header = pb.Concept()
        header.CopyFrom(self._document())
        for kind in Kind:
            header.ClearField(kind.list_name)
        for name, value in fields.items():
            if name not in pb.Concept.DESCRIPTOR.fields_by_name or name in {k.list_name for k in Kind} or name == "schema_version":
                raise InvalidArgumentError(f"{name!r} is not a header field")
            if isinstance(value, _dt.date):
                value = value.isoformat()
            try:
                if isinstance(value, Message):
                    getattr(header, name).CopyFrom(value)
                elif isinstance(value, (list, tuple)):
                    field = getattr(header, name)
                    del field[:]
                    field.extend(value)
                else:
                    setattr(header, name, value)
            except (TypeError, ValueError) as e:
                raise InvalidArgumentError(f"{name}: {e}") from None
        self._core.set_header(header.SerializeToString())
        self._changed()

    def remove(self, kind: Union[Kind, int, str], id: str) -> None:
        """Removes an entity; ConflictError while others still refer to it."""
        self._core.remove(int(Kind.of(kind)), id)
        self._changed()

    def set_measure_status(self, measure_id: str, status: Union[int, str]) -> None:
        """``status``: a planwerk.v1.MeasureStatus number or name
        ("in_progress" or "MEASURE_STATUS_IN_PROGRESS")."""
        if isinstance(status, str):
            name = status.upper()
            if not name.startswith("MEASURE_STATUS_"):
                name = "MEASURE_STATUS_" + name
            try:
                status = pb.MeasureStatus.Value(name)
            except ValueError:
                raise InvalidArgumentError(f"unknown measure status {status!r}") from None
        self._core.set_measure_status(measure_id, int(status))
        self._changed()

    def set_measure_dates(self, measure_id: str, start: DateLike, end: DateLike) -> None:
        """Either may be None (unset); an end before the start is refused."""
        self._core.set_measure_dates(measure_id, _date_text(start, "start"), _date_text(end, "end"))
        self._changed()

    def set_goal_responsible(self, goal_id: str, actor_id: Optional[str]) -> None:
        """``actor_id`` None clears the responsibility."""
        self._core.set_goal_responsible(goal_id, actor_id or "")
        self._changed()

    def __repr__(self) -> str:
        return f"<planwerk.Concept {self.id!r}: {len(self.goals)} goals, {len(self.measures)} measures>"


def _copy(message: M) -> M:
    out = type(message)()
    out.CopyFrom(message)
    return out


def _date_or_none(text: str) -> Optional[_dt.date]:
    return _dt.date.fromisoformat(text) if text else None


def _date_text(value: DateLike, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        raise InvalidArgumentError(f"{name} must be a date, not a datetime")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise InvalidArgumentError(f"{name} must be a date, an ISO string or None, not {type(value).__name__}")
