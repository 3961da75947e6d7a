"""Graph analyses of a concept's measures and goals.

``concept.graph`` gives a :class:`Graph`. Results are plain lists and dicts of
ids, or pandas DataFrames where a result is a table (pandas is imported only
then). ``Graph.table(name)`` gives any analysis as a dict of columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional

from . import _core
from .errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .concept import Concept

VIEWS = ("dependencies", "goals", "contributions", "relations")
ANALYSES = ("cycles", "order", "critical", "redundant", "coverage", "conflicts")


def _frame(columns: Dict[str, List[Any]]) -> "pandas.DataFrame":
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - pandas is installed with the tests
        raise ImportError("this result is a pandas DataFrame: pip install pandas") from e
    return pandas.DataFrame(columns)


class Graph:
    """The analyses of one concept (see docs/graph.md)."""

    __slots__ = ("_concept",)

    def __init__(self, concept: "Concept") -> None:
        self._concept = concept

    def table(self, analysis: str) -> Dict[str, List[Any]]:
        """One of ANALYSES as {column: values}, the shape the C API returns."""
        return _core.graph_table(self._concept._core, analysis)

    def cycles(self) -> List[List[str]]:
        """Each dependency cycle as its witness: measure ids in link order,
        starting at the member that comes first in the document."""
        t = self.table("cycles")
        out: List[List[str]] = []
        for cycle, measure in zip(t["cycle"], t["measure"]):
            if cycle == len(out):
                out.append([])
            out[cycle].append(measure)
        return out

    def order(self) -> List[str]:
        """Measure ids in dependency order; ConflictError if there is a cycle."""
        return self.table("order")["measure"]

    def critical_chains(self) -> Dict[str, Dict[str, Any]]:
        """{"links": {"measures": [...], "length": n}, "duration": {...}}:
        the longest chains by number of links and by working days."""
        t = self.table("critical")
        out: Dict[str, Dict[str, Any]] = {
            "links": {"measures": [], "length": 0},
            "duration": {"measures": [], "length": 0},
        }
        for chain, measure, length in zip(t["chain"], t["measure"], t["length"]):
            out[chain]["measures"].append(measure)
            out[chain]["length"] = length
        return out

    def redundant_links(self) -> "pandas.DataFrame":
        """Links implied by other paths: measure, predecessor, position."""
        return _frame(self.table("redundant"))

    def impact(self, measure_id: str, *, delay: Optional[int] = None, cancel: bool = False) -> Dict[str, Any]:
        """What delaying (``delay=`` working days) or cancelling a measure
        sets off: {"downstream": DataFrame(measure, shift), "goals": [...],
        "guiding_goals": [...], "goals_without_active_measure": [...]}."""
        if cancel == (delay is not None):
            raise InvalidArgumentError("impact needs either delay=N or cancel=True")
        if delay is not None and (isinstance(delay, bool) or not isinstance(delay, int)):
            raise InvalidArgumentError(f"delay must be a whole number of working days, not {delay!r}")
        t = _core.graph_impact(self._concept._core, measure_id, cancel, delay or 0)
        rows = list(zip(t["role"], t["id"], t["shift"]))
        downstream = [(i, s) for r, i, s in rows if r == "downstream"]
        return {
            "downstream": _frame({"measure": [i for i, _ in downstream], "shift": [s for _, s in downstream]}),
            "goals": [i for r, i, _ in rows if r == "goal"],
            "guiding_goals": [i for r, i, _ in rows if r == "guiding_goal"],
            "goals_without_active_measure": [i for r, i, _ in rows if r == "goal_without_active_measure"],
        }

    def coverage(self) -> Dict[str, List[str]]:
        """Ids per gap: goal_without_measures, goal_without_indicators,
        measure_without_goals, indicator_without_goals, actor_without_assignment."""
        gaps: Dict[str, List[str]] = {
            "goal_without_measures": [],
            "goal_without_indicators": [],
            "measure_without_goals": [],
            "indicator_without_goals": [],
            "actor_without_assignment": [],
        }
        t = self.table("coverage")
        for gap, entity in zip(t["gap"], t["id"]):
            gaps[gap].append(entity)
        return gaps

    def conflicts(self) -> "pandas.DataFrame":
        """Measures serving two goals marked as conflicting: first, second, measure."""
        return _frame(self.table("conflicts"))

    def cross_conflicts(self, *others: "Concept") -> "pandas.DataFrame":
        """Conflicts between this concept's goals and those of ``others``
        that are pursued on both sides: first, second (qualified ids
        "concept:goal"), side ("first" or "second"), measure."""
        cores = [self._concept._core] + [o._core for o in others]
        return _frame(_core.graph_cross_conflicts(cores))

    def to_dot(self, view: str = "dependencies", *others: "Concept") -> str:
        """Graphviz DOT of a view, action fields as clusters. With ``others``
        (relations view only), the relations across all the concepts."""
        return _core.graph_dot([self._concept._core] + [o._core for o in others], view)
