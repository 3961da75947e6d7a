# SPDX-License-Identifier: Apache-2.0
"""Graph analyses of a concept's measures and goals (docs/graph.md).

``concept.graph`` gives a :class:`Graph`. Every analysis returns a pandas
DataFrame, one row per item, with the columns the C API's frames have: ids
as text, fixed vocabularies ("links", "downstream", ...) as categoricals,
positions and counts as integers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from . import _core
from ._frame import to_dataframe
from .errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .concept import Concept

VIEWS = ("dependencies", "goals", "contributions", "relations")
ANALYSES = ("cycles", "order", "critical", "redundant", "coverage", "conflicts")


class Graph:
    """The analyses of one concept (see docs/graph.md)."""

    __slots__ = ("_concept",)

    def __init__(self, concept: "Concept") -> None:
        self._concept = concept

    def table(self, analysis: str) -> "pandas.DataFrame":
        """One of ANALYSES by name."""
        return to_dataframe(_core.graph_table(self._concept._core, analysis))

    def cycles(self) -> "pandas.DataFrame":
        """Each dependency cycle's witness: cycle (number), position, measure;
        in link order, starting at the member that comes first in the
        document."""
        return self.table("cycles")

    def order(self) -> "pandas.DataFrame":
        """The measures in dependency order: position, measure.
        ConflictError if there is a cycle."""
        return self.table("order")

    def critical_chains(self) -> "pandas.DataFrame":
        """The longest chains by number of links and by working days: chain
        ("links" or "duration"), position, measure, length (links, or
        working days)."""
        return self.table("critical")

    def redundant_links(self) -> "pandas.DataFrame":
        """Links implied by other paths: measure, predecessor, position."""
        return self.table("redundant")

    def impact(self, measure_id: str, *, delay: Optional[int] = None, cancel: bool = False) -> "pandas.DataFrame":
        """What delaying (``delay=`` working days) or cancelling a measure
        sets off: role ("downstream", "goal", "guiding_goal",
        "goal_without_active_measure"), id, shift (working days a downstream
        measure moves; else 0)."""
        if cancel == (delay is not None):
            raise InvalidArgumentError("impact needs either delay=N or cancel=True")
        if delay is not None and (isinstance(delay, bool) or not isinstance(delay, int)):
            raise InvalidArgumentError(f"delay must be a whole number of working days, not {delay!r}")
        return to_dataframe(_core.graph_impact(self._concept._core, measure_id, cancel, delay or 0))

    def coverage(self) -> "pandas.DataFrame":
        """Gaps: gap (goal_without_measures, goal_without_indicators,
        measure_without_goals, indicator_without_goals,
        actor_without_assignment), id."""
        return self.table("coverage")

    def conflicts(self) -> "pandas.DataFrame":
        """Measures serving two goals marked as conflicting: first, second, measure."""
        return self.table("conflicts")

    def cross_conflicts(self, *others: "Concept") -> "pandas.DataFrame":
        """Conflicts between this concept's goals and those of ``others``
        that are pursued on both sides: first, second (qualified ids
        "concept:goal"), side ("first" or "second"), measure."""
        cores = [self._concept._core] + [o._core for o in others]
        return to_dataframe(_core.graph_cross_conflicts(cores))

    def to_dot(self, view: str = "dependencies", *others: "Concept") -> str:
        """Graphviz DOT of a view, action fields as clusters. With ``others``
        (relations view only), the relations across all the concepts."""
        return _core.graph_dot([self._concept._core] + [o._core for o in others], view)
