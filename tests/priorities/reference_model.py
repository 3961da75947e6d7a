# SPDX-License-Identifier: Apache-2.0
"""An independent model of planwerk's annual programme, in PuLP (issue 16).

The C++ model (planwerk/priorities) and this one read the same problem (a
dict, the JSON that `planwerk prioritize --dump-problem` writes) and must
reach the same optimal value. Written from docs/priorities.md, not from the
C++ code.

Problem:
  years: [y0, ..., yH]                    the planning horizon
  discount: r                             a start in year y is worth (1 + r)^-(y - y0)
  pools: [{id, amounts: [per year], funding_types: [...], start_only: bool}]
  candidates: [{id, value, costs: [per year from the start], funding_type,
                earliest, latest, started (a year or None), actor,
                predecessors: [{id, lag}]}]
  capacity: {actor: k}                    at most k measures of the actor under way per year

A candidate with `started` is under way: it continues, its costs in the
horizon are committed, it is not chosen. Every other candidate starts in one
year of [max(earliest, y0), min(latest, yH)] or not at all. A pool pays only
candidates of its funding types; a start_only pool pays only a candidate's
first year. A successor starts at least `lag` years after its predecessor
starts, and only if the predecessor is chosen or under way.
"""

from __future__ import annotations

import itertools
from typing import Any, Dict, List, Optional, Tuple

import pulp


def _start_years(problem: Dict[str, Any], c: Dict[str, Any]) -> List[int]:
    years = problem["years"]
    lo = max(c.get("earliest") or years[0], years[0])
    hi = min(c.get("latest") or years[-1], years[-1])
    return [y for y in years if lo <= y <= hi]


def _eligible(pool: Dict[str, Any], c: Dict[str, Any], offset: int) -> bool:
    return c["funding_type"] in pool["funding_types"] and (offset == 0 or not pool.get("start_only", False))


def _worth(problem: Dict[str, Any], c: Dict[str, Any], year: int) -> float:
    return c["value"] * (1.0 + problem.get("discount", 0.0)) ** -(year - problem["years"][0])


def solve(problem: Dict[str, Any], time_limit: Optional[float] = None) -> Tuple[str, float, Dict[str, int]]:
    """(status, optimal value, {candidate id: start year}) by PuLP's CBC."""
    years = problem["years"]
    pools = problem["pools"]
    cands = problem["candidates"]
    by_id = {c["id"]: c for c in cands}
    model = pulp.LpProblem("programme", pulp.LpMaximize)
    x = {}
    for i, c in enumerate(cands):
        if c.get("started") is None:
            for y in _start_years(problem, c):
                x[i, y] = pulp.LpVariable(f"x_{i}_{y}", cat="Binary")
    model += pulp.lpSum(_worth(problem, cands[i], y) * v for (i, y), v in x.items())
    for i, c in enumerate(cands):
        starts = [x[i, y] for y in years if (i, y) in x]
        if starts:
            model += pulp.lpSum(starts) <= 1, f"once_{i}"

    def started_by(i: int, year: int):
        """1 if candidate i has started in or before `year` (an expression)."""
        c = cands[i]
        if c.get("started") is not None:
            return 1 if c["started"] <= year else 0
        return pulp.lpSum(x[i, y] for y in years if y <= year and (i, y) in x)

    # Precedence: started_by(succ, y) <= started_by(pred, y - lag) for every y.
    index = {c["id"]: i for i, c in enumerate(cands)}
    for i, c in enumerate(cands):
        if c.get("started") is not None:
            continue
        for p in c.get("predecessors", []):
            j = index[p["id"]]
            for y in years:
                model += started_by(i, y) <= started_by(j, y - p["lag"]), f"pred_{i}_{j}_{y}"

    # Money: each candidate's cost in each year is paid by its eligible pools.
    flows = {}
    for i, c in enumerate(cands):
        for t in years:
            terms = []  # (offset, coefficient expression)
            if c.get("started") is not None:
                offset = t - c["started"]
                if 0 <= offset < len(c["costs"]) and c["costs"][offset] > 0:
                    need = c["costs"][offset]
                    eligible = [k for k, pool in enumerate(pools) if _eligible(pool, c, offset)]
                    fs = [pulp.LpVariable(f"f_{i}_{k}_{t}", lowBound=0) for k in eligible]
                    for k, f in zip(eligible, fs):
                        flows.setdefault((k, t), []).append(f)
                    model += pulp.lpSum(fs) == need, f"pay_{i}_{t}"
                continue
            for y in years:
                offset = t - y
                if (i, y) in x and 0 <= offset < len(c["costs"]) and c["costs"][offset] > 0:
                    terms.append((offset, c["costs"][offset] * x[i, y]))
            if not terms:
                continue
            # One flow per pool and start offset, so that a start_only pool
            # pays the first year's cost alone.
            for offset, cost in terms:
                eligible = [k for k, pool in enumerate(pools) if _eligible(pool, c, offset)]
                fs = [pulp.LpVariable(f"f_{i}_{k}_{t}_{offset}", lowBound=0) for k in eligible]
                for k, f in zip(eligible, fs):
                    flows.setdefault((k, t), []).append(f)
                model += pulp.lpSum(fs) == cost, f"pay_{i}_{t}_{offset}"
    for (k, t), fs in flows.items():
        model += pulp.lpSum(fs) <= pools[k]["amounts"][years.index(t)], f"pool_{k}_{t}"

    # Capacity: measures of an actor under way in a year.
    for actor, limit in problem.get("capacity", {}).items():
        for t in years:
            active = []
            for i, c in enumerate(cands):
                if c.get("actor") != actor:
                    continue
                length = len(c["costs"])
                if c.get("started") is not None:
                    if c["started"] <= t < c["started"] + length:
                        active.append(1)
                else:
                    active.extend(x[i, y] for y in years if (i, y) in x and y <= t < y + length)
            if active:
                model += pulp.lpSum(active) <= limit, f"cap_{actor}_{t}"

    solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit)
    model.solve(solver)
    status = pulp.LpStatus[model.status]
    if status != "Optimal":
        return status, float("nan"), {}
    chosen = {cands[i]["id"]: y for (i, y), v in x.items() if v.value() > 0.5}
    return status, pulp.value(model.objective) or 0.0, chosen


def feasible(problem: Dict[str, Any], chosen: Dict[str, int]) -> bool:
    """Whether a programme (candidate id -> start year) keeps every rule;
    the money check is a transport feasibility (max flow) per year."""
    years = problem["years"]
    cands = {c["id"]: c for c in problem["candidates"]}
    start = {cid: c["started"] for cid, c in cands.items() if c.get("started") is not None}
    for cid, y in chosen.items():
        if cid in start or y not in _start_years(problem, cands[cid]):
            return False
        start[cid] = y
    for cid, c in cands.items():
        if cid not in start or c.get("started") is not None:
            continue
        for p in c.get("predecessors", []):
            if p["id"] not in start or start[cid] < start[p["id"]] + p["lag"]:
                return False
    for actor, limit in problem.get("capacity", {}).items():
        for t in years:
            n = sum(1 for cid, s in start.items() if cands[cid].get("actor") == actor and s <= t < s + len(cands[cid]["costs"]))
            if n > limit:
                return False
    for t in years:
        # Demands: (candidate, offset) -> cost; supplies: pools' amounts.
        demands = []
        for cid, s in start.items():
            offset = t - s
            c = cands[cid]
            if 0 <= offset < len(c["costs"]) and c["costs"][offset] > 0:
                demands.append((c, offset, c["costs"][offset]))
        if not demands:
            continue
        if not _transport_feasible(problem["pools"], years.index(t), demands):
            return False
    return True


def _transport_feasible(pools, ti, demands) -> bool:
    # A small LP: pay every demand from its eligible pools within the amounts.
    lp = pulp.LpProblem("pay", pulp.LpMinimize)
    lp += 0
    use = {}
    for d, (c, offset, need) in enumerate(demands):
        fs = []
        for k, pool in enumerate(pools):
            if _eligible(pool, c, offset):
                f = pulp.LpVariable(f"u_{d}_{k}", lowBound=0)
                use.setdefault(k, []).append(f)
                fs.append(f)
        if not fs:
            return False
        lp += pulp.lpSum(fs) == need
    for k, fs in use.items():
        lp += pulp.lpSum(fs) <= pools[k]["amounts"][ti]
    lp.solve(pulp.PULP_CBC_CMD(msg=False))
    return pulp.LpStatus[lp.status] == "Optimal"


def brute_force(problem: Dict[str, Any]) -> Tuple[float, Dict[str, int]]:
    """The best programme by trying every assignment of a start year (or
    none) to every free candidate: for tests with a few candidates."""
    free = [c for c in problem["candidates"] if c.get("started") is None]
    options = [[None] + _start_years(problem, c) for c in free]
    best, best_chosen = 0.0, {}
    for combo in itertools.product(*options):
        chosen = {c["id"]: y for c, y in zip(free, combo) if y is not None}
        value = sum(_worth(problem, next(c for c in free if c["id"] == cid), y) for cid, y in chosen.items())
        if value <= best + 1e-9:
            continue
        if feasible(problem, chosen):
            best, best_chosen = value, chosen
    return best, best_chosen
