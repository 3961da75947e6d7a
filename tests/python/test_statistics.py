# SPDX-License-Identifier: Apache-2.0
"""planwerk.sources.import_statistics against the real exports in
../shared/data/genesis, cross-checked with pandas and the csv module (which
count and read the files independently of planwerk's readers), and the
sample's round trip into monitoring and the report."""

import csv
import io
import zipfile

import pandas as pd
import pytest

import planwerk
import planwerk.monitor as pm
import planwerk.report
import planwerk.sources
from conftest import ROOT, SHARED_DATA

GENESIS = SHARED_DATA / "genesis"
LDB_QUOTA = GENESIS / "nrw-ldb_22811-01i_mindestsicherungsquote_gemeinden_2023.csv"
LDB_FOREIGNERS = GENESIS / "nrw-ldb_12521-03i_auslaender-staatsangehoerigkeit_kreise_2024.csv"
FLAT_NEW = GENESIS / "regio_12211-Z-11_de_flat_quality-on_kreise.csv"
FLAT_OLD = GENESIS / "destatis_61111-0003_de_flat_ALT-ffcsv-bis-2024.csv"
SAMPLE_STATISTICS = ROOT / "examples" / "oberhausen" / "statistics"
NOTHING = {"indicators": [{"indicator": "ind-anerkennung", "value": {"statistic": "none"}}]}


def table_cells(path, encoding):
    """Data rows x value columns of a classic table, by the csv module."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding=encoding)), delimiter=";"))
    headers = [i for i, r in enumerate(rows) if r and r[0] == "" and any(r)]
    end = next(i for i, r in enumerate(rows) if r and r[0].startswith("__________"))
    data = [r for r in rows[headers[-1] + 1 : end] if any(x.strip() for x in r)]
    keys = min(next(k for k, x in enumerate(rows[h]) if x) for h in headers)
    width = max(len(rows[h]) for h in headers)
    labelled = [k for k in range(keys, width) if any(k < len(rows[h]) and rows[h][k] for h in headers)]
    return len(data) * len(labelled)


@pytest.mark.parametrize(
    "path, expected",
    [
        (LDB_FOREIGNERS, lambda: table_cells(LDB_FOREIGNERS, "cp1252")),
        (LDB_QUOTA, lambda: table_cells(LDB_QUOTA, "cp1252")),
        (GENESIS / "destatis_12521-0004_auslaender-migrantengeneration_2022.csv",
         lambda: table_cells(GENESIS / "destatis_12521-0004_auslaender-migrantengeneration_2022.csv", "cp1252")),
        (GENESIS / "zensus2022_1000A-0000_de_gemeinden-mit-qualitaet.csv",
         lambda: table_cells(GENESIS / "zensus2022_1000A-0000_de_gemeinden-mit-qualitaet.csv", "utf-8-sig")),
        (FLAT_NEW, lambda: len(pd.read_csv(FLAT_NEW, sep=";", encoding="utf-8-sig", dtype=str))),
        # one value column (PREIS1__...__2020=100) beside its __q column
        (FLAT_OLD, lambda: len(pd.read_csv(FLAT_OLD, sep=";", encoding="utf-8-sig", dtype=str))),
        (GENESIS / "destatis_47414BJ002_cubefile-datenquader.csv",
         lambda: sum(1 for line in (GENESIS / "destatis_47414BJ002_cubefile-datenquader.csv").read_text()
                     .split("K;QEI", 1)[1].splitlines() if line.startswith("D;"))),
    ],
)
def test_every_export_every_cell(concept, path, expected):
    imported = planwerk.sources.import_statistics(concept, path, NOTHING)
    assert imported.sources.cells[0] == expected()
    assert imported.sources.unmatched[0] == expected()
    assert len(imported.observations) == 0
    # the mapping's selector found nothing: a warning, not an error
    assert imported.warnings.message.str.contains("matched no cell in any file").all()


def test_the_sample_mapping_into_monitoring_and_the_report(concept, tmp_path):
    imported = planwerk.sources.import_statistics(
        concept, SAMPLE_STATISTICS / "nrw-ldb_22811-01i_mindestsicherungsquote_gemeinden_2023.csv",
        SAMPLE_STATISTICS / "mapping.json")
    obs = imported.observations
    assert list(obs.columns) == ["indicator", "district", "group", "period", "value", "numerator", "denominator",
                                 "cases", "flags", "status"]
    assert obs.indicator.tolist() == ["ind-mindestsicherung"]
    assert obs.period.tolist() == [20230000]
    assert obs.value.tolist() == [14.9]  # line 16: "05119;    Oberhausen, krfr. Stadt;14,9"
    assert imported.sources.other_regions.tolist() == [433]
    sample = pm.read_observations(concept, ROOT / "examples" / "oberhausen" / "observations.csv")
    data = pd.concat([sample, obs], ignore_index=True)
    result = pm.evaluate(concept, data, as_of=2025)
    row = result.series[result.series.indicator == "ind-mindestsicherung"].iloc[0]
    assert row.latest_value == 14.9
    assert row.target == 13
    files = planwerk.report.write(concept, tmp_path, data)
    assert "data/indicator-ind-mindestsicherung.csv" in files.file.tolist()
    page = (tmp_path / "indicator-ind-mindestsicherung.html").read_text(encoding="utf-8")
    assert "14,9" in page


def test_flat_file_values_as_pandas_reads_them(concept):
    # Oberhausen's household types in 12211-Z-11 (unit 1000), by pandas.
    frame = pd.read_csv(FLAT_NEW, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    ours = frame[frame["1_variable_attribute_code"] == "05119"]
    expected = {code: float(v) * 1000 for code, v in zip(ours["2_variable_attribute_code"], ours["value"])}
    groups = {"LB-INS": "", "FAMILIEN": "form:family", "PAAROK": "form:couple", "ALLEINST": "form:single"}
    mapping = {"municipality": "05119", "indicators": [{"indicator": "ind-anerkennung", "value": {
        "factor": 1000, "groups": {"dimension": "LBFORM01", "codes": groups}}}]}
    obs = planwerk.sources.import_statistics(concept, FLAT_NEW, mapping).observations
    got = {code: obs[obs.group == label].value.iloc[0] for code, label in groups.items()}
    assert got == expected


def test_zip_and_bytes_give_the_same_observations(concept):
    mapping = {"municipality": "05119", "indicators": [{"indicator": "ind-anerkennung", "value": {
        "where": {"LBFORM01": "LB-INS"}}}]}
    from_file = planwerk.sources.import_statistics(concept, FLAT_NEW, mapping)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("12211-Z-11_flat.csv", FLAT_NEW.read_bytes())
    from_zip = planwerk.sources.import_statistics(concept, [buffer.getvalue()], mapping)
    pd.testing.assert_frame_equal(from_zip.observations, from_file.observations)
    assert from_zip.sources.encoding[0] == "UTF-8 (ZIP)"
    assert from_zip.sources.source[0] == "export 0"


def test_rounded_counts_and_their_flags(concept):
    mapping = {"municipality": "05119", "indicators": [{"indicator": "ind-anerkennung", "rounded_to": 5,
               "value": {"where": {"column 4": "123", "header 2": "Insgesamt"}}}]}  # Andorra: "-"
    obs = planwerk.sources.import_statistics(concept, LDB_FOREIGNERS, mapping).observations
    assert obs.value.tolist() == [0.0]
    assert obs["flags"].tolist() == [pm.Flag.ROUNDED]  # obs.flags is pandas' own attribute


def test_refusals_name_file_line_and_column(concept, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes("Tabelle: 22811-01i\n;;2023\n05119;Oberhausen;vierzehn\n".encode("cp1252"))
    mapping = SAMPLE_STATISTICS / "mapping.json"
    with pytest.raises(planwerk.ParseError, match=r"bad.csv line 3, column 3: \"vierzehn\" is not a number"):
        planwerk.sources.import_statistics(concept, bad, mapping)
    with pytest.raises(planwerk.InvalidArgumentError, match=r"no indicator \"nope\" in the concept"):
        planwerk.sources.import_statistics(concept, bad, {"indicators": [{"indicator": "nope", "value": {}}]})
    with pytest.raises(planwerk.ParseError, match=r"mapping: indicators\[0\]: unknown key \"valu\""):
        planwerk.sources.import_statistics(concept, bad, {"indicators": [{"indicator": "x", "valu": {}}]})
    with pytest.raises(FileNotFoundError):
        planwerk.sources.import_statistics(concept, tmp_path / "missing.csv", mapping)
