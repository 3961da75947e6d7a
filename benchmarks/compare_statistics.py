#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The new flat file side by side (docs/benchmarks.md): the rows of
bench_statistics.cpp (400 Kreise x 25 attribute codes x 100 years, 10^6
rows, about 190 MB), written to a file once, then read

  (a) by pandas.read_csv (C engine, sep=";", decimal=",", the codes as text
      so that leading zeros survive, as a data team would have to);
  (b) by planwerk.sources.import_statistics with the benchmark's mapping
      (a municipality and ten districts, one indicator with four groups),
      the file's bytes read in Python and handed over.

Usage: compare_statistics.py [FILE] (default /dev/shm/planwerk-flat.csv,
kept between runs). Prints the best of three runs of each in MB/s.
"""
import os
import sys
import time

import pandas as pd

import planwerk
import planwerk.sources

REGIONS, ATTRIBUTES, YEARS = 400, 25, 100
PATH = sys.argv[1] if len(sys.argv) > 1 else "/dev/shm/planwerk-flat.csv"


def region_key(r: int) -> str:
    return "0" + str(5100 + r)


def write(path: str) -> None:
    header = ("statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
              "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
              "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
              "value_variable_label;value_q\n")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(header)
        for y in range(YEARS):
            lines = []
            for r in range(REGIONS):
                for a in range(ATTRIBUTES):
                    v = (r * 7 + a * 13 + y) % 500
                    value = "-" if v % 17 == 0 else f"{v},{v % 10}"
                    lines.append(f"12211;Grundprogramm des Mikrozensus;JAHR;Jahr;{1925 + y};KREISE;"
                                 f"Kreise und kreisfreie Städte;{region_key(r)};Kreis {r}, kreisfreie Stadt;"
                                 f"LBFORM01;Art der Lebensform;LB{a};Lebensform {a};{value};1000;LBFMZ01;"
                                 f"Lebensformen;{'()' if v % 11 == 0 else 'e'}\n")
            f.write("".join(lines))


def concept():
    doc = planwerk.pb.Concept(id="bench")
    for d in range(10):
        doc.districts.add(id=f"d{d}", name=f"d{d}")
    doc.indicators.add(id="households", title="households", measure_type=planwerk.pb.MEASURE_TYPE_COUNT)
    return planwerk.from_proto(doc)


MAPPING = {
    "municipality": region_key(10),
    "districts": {region_key(20 + d): f"d{d}" for d in range(10)},
    "indicators": [{"indicator": "households", "value": {"statistic": "12211", "factor": 1000, "groups": {
        "dimension": "LBFORM01", "codes": {"LB0": "", "LB1": "form:a", "LB2": "form:b", "LB3": "form:c"}}}}],
}


def best(f, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> None:
    if not os.path.exists(PATH):
        write(PATH)
    size = os.path.getsize(PATH)
    plan = concept()
    codes = {c: str for c in ("statistics_code", "time", "1_variable_attribute_code", "2_variable_attribute_code")}
    t_pandas, frame = best(lambda: pd.read_csv(PATH, sep=";", decimal=",", encoding="utf-8-sig", dtype=codes,
                                               na_values=["-"], keep_default_na=False))
    t_planwerk, imported = best(lambda: planwerk.sources.import_statistics(plan, PATH, MAPPING))
    mb = size / 1e6
    print(f"file: {PATH}, {mb:.0f} MB, {len(frame):,} rows")
    print(f"pandas.read_csv (C engine)            {t_pandas:6.2f} s  {mb / t_pandas:7.0f} MB/s  (a DataFrame of every row)")
    print(f"planwerk.sources.import_statistics    {t_planwerk:6.2f} s  {mb / t_planwerk:7.0f} MB/s  "
          f"({len(imported.observations):,} observations; file read in Python included)")


if __name__ == "__main__":
    main()
