#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Monitoring side by side (docs/benchmarks.md): the same observations as
bench_monitor.cpp (benchmarks/monitor_data.hpp's formulas), evaluated

  (a) by a vectorised pandas/NumPy implementation of the same computation:
      per-series least-squares slope, attainment and status from groupby
      sums, and the ratio totals across areas and across groups (sums of
      numerators and denominators), no Python loop per series;
  (b) by planwerk from Python: NumPy arrays in, DataFrames out; every
      series column (the default), and only the columns (a) computes
      (columns=["slope", "attainment", "status"]).

Usage: compare_monitor.py [AREAS] (default 400: 10^7 observations).
Prints the best of three runs of each.
"""
import sys
import time

import numpy as np
import pandas as pd

import planwerk
import planwerk.monitor as pm

AREAS = int(sys.argv[1]) if len(sys.argv) > 1 else 400
INDICATORS, GROUPS, YEARS = 50, 50, 10


def data():
    i, a, g, y = np.meshgrid(np.arange(INDICATORS), np.arange(AREAS), np.arange(GROUPS), np.arange(YEARS),
                             indexing="ij")
    i, a, g, y = (x.ravel().astype(np.int64) for x in (i, a, g, y))
    den = 1000 + (a * 7 + g * 13 + i * 3 + y) % 500
    permille = 150 + 8 * y + (a + 2 * g + 3 * i) % 97
    num = den * permille // 1000
    return {
        "indicator": i.astype(np.int32),
        "district": a.astype(np.int32),
        "group": g.astype(np.int32),
        "period": ((2015 + y) * 10000).astype(np.int32),
        "numerator": num.astype(np.float64),
        "denominator": den.astype(np.float64),
    }


def concept():
    from google.protobuf import text_format  # noqa: F401

    doc = planwerk.pb.Concept(id="bench")
    for a in range(AREAS):
        doc.districts.add(id=f"a{a}", name=f"a{a}")
    for k in range(INDICATORS):
        ind = doc.indicators.add(id=f"i{k}", title=f"i{k}", measure_type=planwerk.pb.MEASURE_TYPE_PERCENTAGE,
                                 polarity=planwerk.pb.POLARITY_HIGHER_IS_BETTER, numerator="n", denominator="d")
        ind.baselines.add(value=15 + k % 5, date="2015-01-01")
        ind.targets.add(value=35 + k % 7, date="2030-01-01")
    return planwerk.from_proto(doc)


def with_pandas(d, target):
    df = pd.DataFrame(d, copy=False)
    df["v"] = df["numerator"] / df["denominator"] * 100
    df["t"] = (df["period"] // 10000).astype(np.float64)
    df["tt"] = df["t"] * df["t"]
    df["tv"] = df["t"] * df["v"]
    keys = ["indicator", "district", "group"]
    s = df.groupby(keys, sort=False).agg(n=("t", "size"), st=("t", "sum"), sv=("v", "sum"), stt=("tt", "sum"),
                                         stv=("tv", "sum"), first=("v", "first"), last=("v", "last"))
    slope = (s["n"] * s["stv"] - s["st"] * s["sv"]) / (s["n"] * s["stt"] - s["st"] ** 2)
    ind = s.index.get_level_values("indicator").to_numpy()
    # A district's series has no baseline of its own: its first value serves.
    b, t = s["first"].to_numpy(), target[ind]
    attainment = (s["last"].to_numpy() - b) / (t - b)
    status = np.select([attainment >= 1, attainment >= 0.5, attainment > 0], [4, 3, 2], 1)
    series = pd.DataFrame({"slope": slope.to_numpy(), "attainment": attainment, "status": status}, index=s.index)
    city = df.groupby(["indicator", "group", "period"], sort=False)[["numerator", "denominator"]].sum()
    city["value"] = city["numerator"] / city["denominator"] * 100
    area = df.groupby(["indicator", "district", "period"], sort=False)[["numerator", "denominator"]].sum()
    area["value"] = area["numerator"] / area["denominator"] * 100
    return series, city, area


def best(f, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        out = f()
        times.append(time.perf_counter() - start)
    return min(times), out


def main():
    c = concept()
    d = data()
    print(f"{len(d['indicator']):,} observations ({AREAS} areas x {INDICATORS} indicators x {GROUPS} groups x {YEARS} years)")
    target = np.array([35 + k % 7 for k in range(INDICATORS)], dtype=np.float64)
    d_pw = dict(d)
    d_pw["group"] = pd.Categorical.from_codes(d["group"], categories=[f"g:{g}" for g in range(GROUPS)])
    t_pandas, (series, city, _) = best(lambda: with_pandas(d, target), runs=2)
    t_planwerk, result = best(lambda: pm.evaluate(c, d_pw))
    t_chosen, chosen = best(lambda: pm.evaluate(c, d_pw, columns=["slope", "attainment", "status"]))
    assert chosen.series["slope"].equals(result.series["slope"])
    # The two agree on what both compute.
    ours = result.series[(result.series["district"] != "") & (result.series["group"] != "")]
    np.testing.assert_allclose(np.sort(ours["slope"].to_numpy()), np.sort(series["slope"].to_numpy()), rtol=1e-9)
    np.testing.assert_allclose(np.sort(ours["attainment"].to_numpy()), np.sort(series["attainment"].to_numpy()),
                               rtol=1e-9)
    totals = result.totals[(result.totals["district"] == "") & (result.totals["group"] != "")]
    np.testing.assert_allclose(np.sort(totals["value"].to_numpy()), np.sort(city["value"].to_numpy()), rtol=1e-12)
    print(f"pandas/NumPy vectorised: {t_pandas * 1000:9.1f} ms")
    print(f"planwerk from Python:    {t_planwerk * 1000:9.1f} ms  ({t_pandas / t_planwerk:.1f}x faster than pandas)")
    print(f"  the same columns only: {t_chosen * 1000:9.1f} ms  ({t_pandas / t_chosen:.1f}x faster than pandas)")
    print(f"series: {len(result.series):,}, totals: {len(result.totals):,}")


if __name__ == "__main__":
    main()
