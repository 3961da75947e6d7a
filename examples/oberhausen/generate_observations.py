#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes observations.csv: ILLUSTRATIVE observation series for the sample
concept's indicators, 2015 to 2025. The figures are invented: sizes follow a
city of about 210,000 inhabitants in six districts, directions follow the
concept's narrative (some indicators improve, some stall, one worsens). They
are not Oberhausen's statistics.

Ratios are written as numerator and denominator per district and group; the
library computes the municipality's totals by summing them. Small cells (the
city administration's trainees by sex) show the small-cell suppression.

Deterministic: run it again and the file is byte for byte the same.
"""
import csv
import random
from pathlib import Path

YEARS = range(2015, 2026)
DISTRICTS = ["sr-alstaden-lirich", "sr-mitte-styrum", "sr-ost", "sr-osterfeld", "sr-sterkrade-mitte",
             "sr-sterkrade-nord"]
# Relative size of each district's population, and how far its rates sit
# from the city's (inner-city districts with more newcomers first).
SIZE = [0.15, 0.24, 0.17, 0.14, 0.17, 0.13]
OFFSET = [0.02, 0.06, 0.01, 0.03, -0.04, -0.05]

rng = random.Random(2025)
rows = []


def add(indicator, period, district="", group="", value=None, numerator=None, denominator=None, cases=None,
        series_break=False, provisional=False):
    rows.append({
        "indicator": indicator, "district": district, "group": group, "period": str(period),
        "value": "" if value is None else f"{value:.1f}",
        "numerator": "" if numerator is None else str(numerator),
        "denominator": "" if denominator is None else str(denominator),
        "cases": "" if cases is None else str(cases),
        "series_break": "1" if series_break else "", "provisional": "1" if provisional else "",
    })


def ratio_series(indicator, groups, base, change, population, by_district=True, years=YEARS, breaks=(),
                 provisional_last=True, noise=0.006):
    """Rates as numerator/denominator: base rate in 2015 for the first group,
    `change` per year, the other groups at their offsets."""
    for k, year in enumerate(years):
        for g, (group, offset) in enumerate(groups):
            areas = list(zip(DISTRICTS, SIZE, OFFSET)) if by_district else [("", 1.0, 0.0)]
            for district, size, district_offset in areas:
                rate = base + offset + change * (year - 2015) + (district_offset if by_district else 0)
                rate = min(max(rate + rng.gauss(0, noise), 0.005), 0.99)
                den = max(int(population * size * (1 + 0.01 * k) * rng.uniform(0.95, 1.05)), 1)
                add(indicator, year, district, group, numerator=round(rate * den), denominator=den,
                    series_break=year in breaks, provisional=provisional_last and year == years[-1])


def count_series(indicator, start, change, years=YEARS, noise=5):
    for year in years:
        add(indicator, year, value=max(start + change * (year - 2015) + rng.gauss(0, noise), 0),
            provisional=year == years[-1])


# B1: U3 childcare among children with a migration background, rising.
ratio_series("ind-betreuung-u3", [("migration:yes", 0.0), ("migration:no", 0.14)], 0.14, 0.0075, 2600)
# B2: foreign school leavers without a certificate, by sex; slow decline.
ratio_series("ind-ohne-hsa", [("sex:f", 0.0), ("sex:m", 0.04)], 0.14, -0.002, 220, by_district=False)
# A1: unemployment of foreigners, by sex; a break in 2020 (new definition).
ratio_series("ind-alo-quote", [("sex:f", 0.0), ("sex:m", -0.02)], 0.235, -0.0025, 9000, by_district=False,
             breaks=(2020,))
# A2: SGB II rate of foreigners by district and nationality group; stalling.
ratio_series("ind-sgb2-quote", [("nationality:foreign", 0.0), ("nationality:german", -0.19)], 0.32, -0.0008, 5200)
# A3: apprenticeship starts of young foreigners, city only; improving.
ratio_series("ind-ausbildung", [("", 0.0)], 0.19, 0.004, 3100, by_district=False)
# A4, G2: counts.
count_series("ind-anerkennung", 140, 9)
count_series("ind-pflegeberatung", 60, 10)
# T1: naturalisation rate, city, by nationality group of the potential.
ratio_series("ind-einbuergerung", [("", 0.0)], 0.018, 0.0004, 21000, by_district=False, noise=0.001)
# T2: integration council turnout, elections only (2020, 2025).
ratio_series("ind-ir-wahl", [("", 0.0)], 0.105, -0.0016, 38000, by_district=False, years=[2020, 2025],
             provisional_last=False, noise=0.002)
# T3: children in sports clubs, by district and sex; flat.
ratio_series("ind-sportverein", [("sex:f", -0.05), ("sex:m", 0.05)], 0.30, 0.001, 1500)
# G1: measles vaccination at school entry, by district and migration background.
ratio_series("ind-impfung", [("migration:yes", 0.0), ("migration:no", 0.05)], 0.86, 0.002, 900)
# W1: segregation index (no aggregation: an index), worsening slightly.
for year in YEARS:
    add("ind-segregation", year, value=30.2 + 0.15 * (year - 2015) + rng.gauss(0, 0.2))
# W2: neighbourhood satisfaction, survey every two years, by district and migration background.
ratio_series("ind-zusammenleben", [("migration:yes", -0.04), ("migration:no", 0.0)], 0.62, 0.002, 160,
             years=range(2015, 2026, 2), noise=0.02)
# U1: participation satisfaction, yearly opinion poll, by migration background.
ratio_series("ind-teilhabezufriedenheit", [("migration:yes", -0.06), ("migration:no", 0.0)], 0.57, 0.002, 600,
             by_district=False, noise=0.01)
# U2: trainees of the city administration by sex: small cells (suppressed).
for year in YEARS:
    for group, share in (("sex:f", 0.55), ("sex:m", 0.45)):
        den = max(int(40 * share + rng.gauss(0, 3)), 2)
        num = max(round(den * (0.12 + 0.01 * (year - 2015) + rng.gauss(0, 0.03))), 0)
        add("ind-azubi-verwaltung", year, group=group, numerator=num, denominator=den, cases=num)
# P1 (process): participants across the year's formats.
count_series("ind-teilnehmende", 120, 8, years=range(2019, 2026))

out = Path(__file__).with_name("observations.csv")
with out.open("w", newline="", encoding="utf-8") as f:
    f.write("# ILLUSTRATIVE DATA, invented for the sample concept; not official statistics.\n")
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
print(f"{out}: {len(rows)} observations")
