# SPDX-License-Identifier: Apache-2.0
"""Monitoring from Python: NumPy/pandas in, DataFrames out, cross-checked with
independent NumPy and pandas computations; the suppression attacked with
linear algebra."""

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import planwerk
import planwerk.monitor as pm

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "oberhausen"


@pytest.fixture(scope="module")
def concept():
    return planwerk.load(SAMPLE / "concept.txtpb")


@pytest.fixture(scope="module")
def data(concept):
    return pm.read_observations(concept, SAMPLE / "observations.csv")


def test_sample_reads_with_categoricals(data):
    assert len(data) == 752
    assert data["indicator"].dtype == "category"
    assert set(data["group"].cat.categories) >= {"", "migration:yes", "sex:f"}


def test_totals_equal_pandas_groupby_sums(concept, data):
    result = pm.evaluate(concept, data, min_cases=0)
    u3 = data[data["indicator"] == "ind-betreuung-u3"]
    # The municipality's rate per year and group: sums of numerators over sums of denominators.
    sums = u3.groupby(["group", "period"], observed=True)[["numerator", "denominator"]].sum()
    expected = (sums["numerator"] / sums["denominator"] * 100).rename("expected")
    totals = result.totals[
        (result.totals["indicator"] == "ind-betreuung-u3") & (result.totals["district"] == "")
        & (result.totals["group"] != "")
    ].set_index(["group", "period"])["value"]
    joined = pd.concat([totals.rename("ours"), expected], axis=1, join="inner")
    assert len(joined) == 22  # 2 groups x 11 years
    np.testing.assert_allclose(joined["ours"], joined["expected"], rtol=1e-12)


def test_slopes_equal_numpy_polyfit(concept, data):
    result = pm.evaluate(concept, data, min_cases=0, cells=True)
    cells = result.cells
    head = cells[(cells["indicator"] == "ind-anerkennung") & (cells["district"] == "") & (cells["group"] == "")]
    years = (head["period"] // 10000).to_numpy(dtype=float)
    slope = np.polyfit(years, head["value"].to_numpy(), 1)[0]
    row = result.series[(result.series["indicator"] == "ind-anerkennung") & (result.series["district"] == "")]
    assert row["slope"].iloc[0] == pytest.approx(slope, rel=1e-10)


def test_numpy_codes_and_strings_agree(concept, data):
    from_frame = pm.evaluate(concept, data)
    arrays = {
        "indicator": data["indicator"].cat.codes.to_numpy(np.int32),
        "district": (data["district"].astype(str).map({d.id: i for i, d in enumerate(concept.districts)})
                     .fillna(-1).to_numpy(np.int32)),
        "group": data["group"].astype(str).to_numpy(object),
        "period": data["period"].to_numpy(),
        "numerator": data["numerator"].to_numpy(),
        "denominator": data["denominator"].to_numpy(),
        "value": data["value"].to_numpy(),
        "cases": data["cases"].to_numpy(),
        "flags": data["flags"].to_numpy(),
    }
    from_arrays = pm.evaluate(concept, arrays)

    def keyed(frame):  # group codes follow first appearance or sort order: compare by key
        key = ["indicator", "district", "group"]
        return frame.astype({k: str for k in key}).set_index(key).sort_index()["score"]

    pd.testing.assert_series_equal(keyed(from_frame.series), keyed(from_arrays.series))
    assert (from_frame.rollup["status"] == from_arrays.rollup["status"]).all()


def test_bad_input_names_row_and_column(concept, data):
    bad = data.copy()
    bad["indicator"] = bad["indicator"].astype(str)
    bad.loc[5, "indicator"] = "ind-unbekannt"
    with pytest.raises(planwerk.InvalidArgumentError, match=r"row 5, column indicator: no indicator \"ind-unbekannt\""):
        pm.evaluate(concept, bad)
    with pytest.raises(planwerk.InvalidArgumentError, match=r"line 3, column 5 \(value\): \"zwölf\" is not a number"):
        pm.read_csv_text(concept, "indicator,district,group,period,value\nind-anerkennung,,,2020,1\n"
                                  "ind-anerkennung,,,2021,zwölf\n", "x.csv")
    with pytest.raises(planwerk.InvalidArgumentError, match="denominator: must be above zero"):
        pm.read_csv_text(concept, "indicator,period,numerator,denominator\nind-ausbildung,2020,1,0\n")
    with pytest.raises(planwerk.InvalidArgumentError, match="a second observation"):
        pm.read_csv_text(concept, "indicator,period,value\nind-anerkennung,2020,1\nind-anerkennung,2020,2\n")
    with pytest.raises(planwerk.ParseError, match="unknown column"):
        pm.read_csv_text(concept, "indicator,period,wert2\n")


def test_group_gap_is_closing_in_the_sample(concept, data):
    result = pm.evaluate(concept, data, cells=True)
    found = result.group_gap("ind-betreuung-u3", "migration:yes", "migration:no")
    gap, slope, closing = found.table, found.slope, found.closing
    assert len(gap) == 11
    np.testing.assert_allclose(gap["difference"], gap["value_a"] - gap["value_b"])
    np.testing.assert_allclose(gap["parity"], np.maximum(gap["ratio"], 1 / gap["ratio"]))
    expected = np.polyfit((gap["period"] // 10000).to_numpy(float), gap["difference"].abs().to_numpy(), 1)[0]
    assert slope == pytest.approx(expected)
    assert closing == (1 if expected < 0 else -1)


# ---- Suppression under attack ---------------------------------------------------


def equations(cells):
    """The additive relations an outsider knows of one indicator-period
    slice: the whole municipality is the sum of all districts (per group), and
    everybody is the sum of one breakdown's groups (per district)."""
    key = {(d, g): i for i, (d, g) in enumerate(zip(cells["district"].astype(str), cells["group"].astype(str)))}
    districts = sorted({d for d, _ in key if d})
    dims = {}
    for _, g in key:
        if g:
            dims.setdefault(g.split(":")[0], set()).add(g)
    groups = [""] + sorted({g for _, g in key if g})
    out = []
    for g in groups:
        parts = [(d, g) for d in districts]
        if (("", g) in key) and districts and all(p in key for p in parts):
            out.append((key[("", g)], [key[p] for p in parts]))
    for d in [""] + districts:
        for members in dims.values():
            parts = [(d, g) for g in sorted(members)]
            if (d, "") in key and all(p in key for p in parts):
                out.append((key[(d, "")], [key[p] for p in parts]))
    return out


def recoverable(cells, column):
    """For each cell whose `column` is hidden (NaN): can the published values
    and the relations pin it down? It can iff its unit vector lies in the row
    space of the relations restricted to the hidden cells (NumPy ranks)."""
    hidden = np.flatnonzero(cells[column].isna().to_numpy())
    index = {c: k for k, c in enumerate(hidden)}
    rows = []
    for total, parts in equations(cells):
        row = np.zeros(len(hidden))
        for c, sign in [(total, -1.0)] + [(p, 1.0) for p in parts]:
            if c in index:
                row[index[c]] += sign
        if row.any():
            rows.append(row)
    if not rows:
        return {}
    a = np.array(rows)
    rank = np.linalg.matrix_rank(a)
    out = {}
    for k, c in enumerate(hidden):
        e = np.zeros(len(hidden))
        e[k] = 1
        out[c] = np.linalg.matrix_rank(np.vstack([a, e])) == rank
    return out


def attack(result, k):
    cells = result.cells
    tried = 0
    for (_, _), s in cells.groupby(["indicator", "period"], observed=True):
        s = s.reset_index(drop=True)
        suppressed = s["suppressed"] != "published"
        # Nothing published rests on fewer than k cases.
        published = s[~suppressed]
        assert not (published["cases"] < k).any()
        assert s.loc[suppressed, ["value", "numerator", "denominator", "cases"]].isna().all().all()
        for column in ("numerator", "denominator", "cases"):
            for c, pinned in recoverable(s, column).items():
                if suppressed[c]:
                    tried += 1
                    assert not pinned, f"{column} of {s.loc[c, ['district', 'group']].tolist()} is recoverable"
    return tried


def test_no_suppressed_value_can_be_recovered_in_the_sample(concept, data):
    result = pm.evaluate(concept, data, cells=True)
    assert (result.cells["suppressed"] == "primary").sum() > 0
    assert attack(result, 3) > 0


def test_no_suppressed_value_can_be_recovered_in_random_tables():
    # Three districts and two breakdowns (sex, age) that share the totals:
    # many small cells, several periods, several seeds.
    text = """
      id: "t" districts { id: "a" name: "A" } districts { id: "b" name: "B" } districts { id: "c" name: "C" }
      indicators { id: "rate" title: "Rate" measure_type: MEASURE_TYPE_PERCENTAGE polarity: POLARITY_HIGHER_IS_BETTER
                   numerator: "n" denominator: "d" }
    """
    from google.protobuf import text_format

    concept = planwerk.from_proto(text_format.Parse(text, planwerk.pb.Concept()))
    rng = np.random.default_rng(7)
    tried = 0
    for seed in range(25):
        rows = []
        for year in (2020, 2021, 2022):
            for d in ("a", "b", "c"):
                people = {g: int(rng.integers(1, 12)) for g in ("sex:f", "sex:m")}
                ages = {"age:young": int(rng.integers(0, 8)), "age:old": 0}
                ages["age:old"] = sum(people.values()) - ages["age:young"]
                dens = {g: n * 3 + int(rng.integers(0, 5)) for g, n in people.items()}
                for g, n in itertools.chain(people.items()):
                    rows.append(("rate", d, g, year, n, dens[g]))
                total_den = sum(dens.values())
                young_den = min(total_den - 1, ages["age:young"] * 3 + 1)
                if ages["age:old"] >= 0:
                    rows.append(("rate", d, "age:young", year, ages["age:young"], young_den))
                    rows.append(("rate", d, "age:old", year, ages["age:old"], total_den - young_den))
        frame = pd.DataFrame(rows, columns=["indicator", "district", "group", "period", "numerator", "denominator"])
        result = pm.evaluate(concept, frame, min_cases=3 + seed % 3, cells=True)
        tried += attack(result, 3 + seed % 3)
    assert tried > 100


def keyed(frame, value_columns):
    key = [c for c in ("indicator", "district", "group", "period") if c in frame.columns]
    return frame.astype({k: str for k in key if k != "period"}).set_index(key).sort_index()[value_columns]


@pytest.mark.parametrize("min_cases", [0, 3])
def test_streaming_and_cube_paths_agree(concept, data, min_cases):
    # Rows sorted by indicator, district, group, period take the streaming
    # path; asking for every cell takes the general one. Both must agree.
    ordered = data.assign(
        _i=data["indicator"].cat.codes, _d=data["district"].cat.codes, _g=data["group"].cat.codes
    ).sort_values(["_i", "_d", "_g", "period"]).drop(columns=["_i", "_d", "_g"]).reset_index(drop=True)
    fast = pm.evaluate(concept, ordered, min_cases=min_cases)
    general = pm.evaluate(concept, ordered, min_cases=min_cases, cells=True)
    columns = ["points", "latest_value", "baseline", "target", "attainment", "score", "status", "slope", "projected",
               "outlook", "progress", "progress_category", "trend"]
    pd.testing.assert_frame_equal(keyed(fast.series, columns), keyed(general.series, columns), check_categorical=False)
    pd.testing.assert_frame_equal(keyed(fast.totals, ["value", "numerator", "denominator", "cases", "suppressed"]),
                                  keyed(general.totals, ["value", "numerator", "denominator", "cases", "suppressed"]),
                                  check_categorical=False)
    pd.testing.assert_frame_equal(fast.rollup, general.rollup)


def test_threads_do_not_change_results_and_trends_can_be_left_out(concept, data):
    one = pm.evaluate(concept, data, threads=1)
    two = pm.evaluate(concept, data, threads=2)
    pd.testing.assert_frame_equal(one.series, two.series)
    pd.testing.assert_frame_equal(one.totals, two.totals)
    lean = pm.evaluate(concept, data, trends=False)
    assert "trend" not in lean.series.columns and "progress" not in lean.series.columns
    pd.testing.assert_series_equal(lean.series["slope"], one.series["slope"])


def test_chosen_columns_keep_their_values(concept, data):
    full = pm.evaluate(concept, data)
    chosen = pm.evaluate(concept, data, columns=["slope", "status"])
    assert list(chosen.series.columns) == ["indicator", "district", "group", "status", "slope"]
    pd.testing.assert_frame_equal(chosen.series, full.series[list(chosen.series.columns)])
    with pytest.raises(planwerk.InvalidArgumentError, match='"colour" is no series column'):
        pm.evaluate(concept, data, columns=["colour"])
    with pytest.raises(planwerk.InvalidArgumentError, match="not one string"):
        pm.evaluate(concept, data, columns="slope")
    with pytest.raises(planwerk.InvalidArgumentError, match='"trend" needs Options.trends'):
        pm.evaluate(concept, data, columns=["trend"], trends=False)


def test_bad_arguments_raise_with_the_reason(concept, data):
    with pytest.raises(planwerk.InvalidArgumentError, match="rule is mean or two-worst"):
        pm.evaluate(concept, data, rule="best")
    with pytest.raises(planwerk.InvalidArgumentError, match="no period column"):
        pm.evaluate(concept, {"indicator": ["ind-anerkennung"]})
    with pytest.raises(planwerk.InvalidArgumentError, match=r"row 0, column period: \"20x4\""):
        pm.evaluate(concept, {"indicator": ["ind-anerkennung"], "period": ["20x4"], "value": [1.0]})
    with pytest.raises(planwerk.InvalidArgumentError, match="dialect is auto, plain or official"):
        pm.read_csv_text(concept, "indicator,period,value\n", dialect="excel")
    with pytest.raises(planwerk.InvalidArgumentError, match="as_of is not a date"):
        pm.process_status(concept, "31.12.2025")
    result = pm.evaluate(concept, data)
    with pytest.raises(planwerk.InvalidArgumentError, match="needs evaluate"):
        result.group_gap("ind-betreuung-u3", "migration:yes", "migration:no")
    with_cells = pm.evaluate(concept, data, cells=True)
    with pytest.raises(planwerk.NotFoundError, match="no indicator \"nope\""):
        with_cells.district_comparison("nope")
    with pytest.raises(planwerk.FileError, match="missing.csv"):
        pm.read_observations(concept, "/nonexistent/missing.csv")


def test_groups_as_categoricals_with_or_without_an_empty_label(concept, data):
    # The sample's categories include "" (everybody); the same rows with
    # everybody as a missing value, and "" not among the categories, take
    # pandas' codes as they are; both give the same evaluation.
    without = data.copy()
    without["group"] = without["group"].cat.remove_categories([""])
    assert "" not in without["group"].cat.categories and without["group"].isna().any()
    a, b = pm.evaluate(concept, data), pm.evaluate(concept, without)

    # Series come in the order of the group codes, which differ: compare by key.
    def by_key(frame, keys):
        out = frame.astype({k: str for k in keys}).sort_values(keys).reset_index(drop=True)
        return out.astype({k: "category" for k in keys})

    keys = ["indicator", "district", "group"]
    pd.testing.assert_frame_equal(by_key(a.series, keys), by_key(b.series, keys), check_categorical=False)
    keys = ["indicator", "district", "group", "period"]
    pd.testing.assert_frame_equal(by_key(a.totals, keys), by_key(b.totals, keys), check_categorical=False)
