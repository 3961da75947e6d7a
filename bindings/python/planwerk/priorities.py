# SPDX-License-Identifier: Apache-2.0
"""Priorities: which proposed and planned measures start in which year of a
horizon, within the budget pools, dependencies, council decisions and
deadlines, for the most value (docs/priorities.md). ::

    import planwerk, planwerk.monitor, planwerk.priorities
    plan = planwerk.load("concept.txtpb")
    data = planwerk.monitor.read_observations(plan, "observations.csv")
    programme = planwerk.priorities.prioritize(plan, "2026-2028", data, frontier=True)
    programme.starts      # DataFrame: measure, year, value, first_cost, total_cost
    programme.left_out    # DataFrame: one row per constraint that keeps a measure out
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple, Union

from . import _core
from ._frame import to_dataframe
from .errors import InvalidArgumentError
from .monitor import _columns

if TYPE_CHECKING:
    import pandas

    from .concept import Concept

__all__ = ["PARTS", "SOLVERS", "Programme", "prioritize"]

#: The solvers prioritize can use; CBC is the default (docs/benchmarks.md).
SOLVERS = ("cbc", "glpk")
#: The parts of a programme, in the C API's order (pw_programme_part).
PARTS = ("summary", "starts", "pools", "left_out", "annual_goals", "frontier", "weights", "notes")


class Programme:
    """A computed programme. Its tables are DataFrames (columns as in
    planwerk/priorities/frames.hpp), made when first read."""

    def __init__(self, core: Any) -> None:
        self._core = core
        self._frames: Dict[str, "pandas.DataFrame"] = {}
        summary = self._frame("summary")
        #: "optimal", or "time_limit" when the time limit stopped the search (see ``gap``).
        self.status: str = str(summary["status"].iloc[0])
        #: The solver that decided ("cbc", "glpk").
        self.solver: str = str(summary["solver"].iloc[0])
        #: The programme's value (docs/priorities.md), discounted to the first year.
        self.value: float = float(summary["value"].iloc[0])
        #: The best bound the solver proved.
        self.bound: float = float(summary["bound"].iloc[0])
        #: The relative gap between value and bound; 0 when proven optimal.
        self.gap: float = float(summary["gap"].iloc[0])
        #: The main solve's wall time in seconds.
        self.seconds: float = float(summary["seconds"].iloc[0])
        #: The horizon's first and last year.
        self.horizon: Tuple[int, int] = (int(summary["first_year"].iloc[0]), int(summary["last_year"].iloc[0]))

    def _frame(self, part: str) -> "pandas.DataFrame":
        if part not in self._frames:
            self._frames[part] = to_dataframe(self._core.frame(PARTS.index(part)))
        return self._frames[part]

    @property
    def starts(self) -> "pandas.DataFrame":
        """The new starts by year: measure, year, value, first_cost, total_cost (euros)."""
        return self._frame("starts")

    @property
    def pools(self) -> "pandas.DataFrame":
        """Each pool in each year: pool, year, amount, committed, programme, left,
        marginal (the value of one more euro there; NaN when not measured)."""
        return self._frame("pools")

    @property
    def left_out(self) -> "pandas.DataFrame":
        """Why each measure left out is out, one row per constraint: measure,
        year (its best start), kind (window, predecessor, pool, capacity,
        value), what, blocking_year, shortfall (euros or measures), text."""
        return self._frame("left_out")

    @property
    def annual_goals(self) -> "pandas.DataFrame":
        """The goals the programme reaches in each year: year, goal, measures."""
        return self._frame("annual_goals")

    @property
    def frontier(self) -> "pandas.DataFrame":
        """Budget against value with every pool at 60 % to 140 %: scale,
        budget, value, status (empty unless asked for)."""
        return self._frame("frontier")

    @property
    def weights(self) -> "pandas.DataFrame":
        """Every goal's weight: goal, priority_factor, gap, off_track, urgency, weight, given."""
        return self._frame("weights")

    @property
    def notes(self) -> List[str]:
        """What the problem left aside: deadlines no start can meet, money from outside the pools."""
        return [str(n) for n in self._frame("notes")["note"]]

    def __repr__(self) -> str:
        return (f"<planwerk.priorities.Programme {self.horizon[0]}-{self.horizon[1]}: {self.status}, "
                f"value {self.value:.2f}, {len(self.starts)} starts>")


def prioritize(
    concept: "Concept",
    horizon: Union[str, int, Tuple[int, int]],
    observations: Union["pandas.DataFrame", Mapping[str, Any], None] = None,
    *,
    pools: Optional[Mapping[str, float]] = None,
    weights: Optional[Mapping[str, float]] = None,
    capacity: Optional[int] = None,
    discount: float = 0.05,
    solver: str = "cbc",
    time_limit: float = 60.0,
    gap: float = 0.0,
    explain: bool = True,
    marginals: bool = True,
    frontier: bool = False,
) -> Programme:
    """The annual programme of ``concept`` over ``horizon`` ("2026-2028", a
    year, or a pair of years). ``observations`` (the columns of
    monitor.read_observations) make goals that are behind weigh more;
    ``pools`` gives euros per year for pools by id, replacing the concept's;
    ``weights`` gives goals their weight by id, replacing the formula;
    ``capacity`` limits the measures under way per responsible actor;
    ``gap`` > 0 stops within that relative gap of the bound. ``marginals``
    measures what more money is worth (a solve per pool and year),
    ``frontier`` the value at 60 % to 140 % of the pools (nine solves).
    Raises ConflictError when the measures under way no longer fit (naming
    the pools and the year), NotFoundError for an unknown pool or goal id,
    InvalidArgumentError for a bad horizon or option. The GIL is released
    while it solves."""
    if isinstance(horizon, str):
        first, last = _core.parse_horizon(horizon)
    elif isinstance(horizon, int):
        first = last = horizon
    else:
        try:
            first, last = (int(y) for y in horizon)
        except (TypeError, ValueError):
            raise InvalidArgumentError(f"horizon is 'YEAR-YEAR', a year or a pair of years, not {horizon!r}") from None
    if solver not in SOLVERS:
        raise InvalidArgumentError(f"solver is one of {', '.join(SOLVERS)}, not {solver!r}")
    if capacity is not None and capacity < 1:
        raise InvalidArgumentError(f"capacity must be at least 1, not {capacity}")
    arrays: tuple = (None,) * 10 + ([],)
    if observations is not None:
        arrays = _columns(concept, observations)
    core = _core.prioritize(
        concept._core, *arrays, int(first), int(last), {str(k): float(v) for k, v in (pools or {}).items()},
        {str(k): float(v) for k, v in (weights or {}).items()}, int(capacity or 0), float(discount), solver,
        float(time_limit), float(gap), bool(explain), bool(marginals), bool(frontier),
    )
    return Programme(core)
