# SPDX-License-Identifier: Apache-2.0
"""The published report in a real browser: Debian's chromium, driven by
Playwright (launched by its path; nothing downloads a browser), axe-core
from the npm registry (tests/browser). The site is written by the planwerk
tool (PLANWERK_CLI) for the sample with its observations and, as the main
job does, the official statistics its mapping reads."""

import json
import os
import pathlib
import re
import subprocess
import urllib.parse

import numpy as np
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "oberhausen" / "concept.txtpb"
OBSERVATIONS = ROOT / "examples" / "oberhausen" / "observations.csv"
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "tests" / "browser" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = pathlib.Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "build" / "screenshots"

# scripts/test.sh sets PLANWERK_REQUIRE_BROWSER: there a missing tool fails
# the run instead of skipping these tests.
_missing = [what for what, there in (("chromium", CHROMIUM.exists()), ("axe-core", AXE.exists()),
                                     ("vnu-jar", VNU.exists())) if not there]
try:
    import playwright.sync_api as playwright_api
except ImportError:
    _missing.append("playwright")
if _missing:
    _why = f"{', '.join(_missing)} missing (scripts/setup.sh installs them)"
    if os.environ.get("PLANWERK_REQUIRE_BROWSER"):
        raise RuntimeError(_why)
    pytest.skip(_why, allow_module_level=True)

# As the machine's own probe found: without the background networking
# flags, chromium's own connections are refused by the closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("site")
    cli = os.environ.get("PLANWERK_CLI", str(ROOT / "build" / "release" / "src" / "cli" / "planwerk"))
    statistics = SAMPLE.parent / "statistics"
    imported = tmp_path_factory.mktemp("statistics") / "statistics.json"
    subprocess.run([cli, "import", "statistics", *map(str, statistics.glob("*.csv")), "--concept", str(SAMPLE),
                    "--mapping", str(statistics / "mapping.json"), "--out", str(imported)],
                   check=True, capture_output=True)
    subprocess.run([cli, "report", str(SAMPLE), "--data", str(OBSERVATIONS), "--data", str(imported), "--out", str(out),
                    "--previous", str(SAMPLE.parent / "concept-2020.txtpb"), "--rename", "ind-sgb2=ind-sgb2-quote",
                    "--contact", "Kommunales Integrationszentrum\nintegration@example.org",
                    "--horizon", "2026-2028", "--frontier"],
                   check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def large_concept(measures: int = 400, fields: int = 8, seed: int = 7):
    """A generated concept: `fields` action fields with two levels of goals
    (the strategic ones prioritised), `measures` planned measures with 1 to 3
    finish-to-start (some start-to-start) links to earlier ones, lags in
    working or calendar days, municipal budgets, and a household pool that
    holds about a third of what they would cost a year."""
    import random

    import planwerk

    rng = random.Random(seed)
    data = {
        "id": "large", "title": "Generiertes Konzept", "periodStart": "2026-01-05", "periodEnd": "2030-12-31",
        "actionFields": [{"id": f"af{k}", "title": f"Handlungsfeld {k} – Bildung & Teilhabe"} for k in range(fields)],
        "goals": [], "measures": [],
    }
    for k in range(fields):
        data["goals"].append({"id": f"g{k}", "title": f"Strategisches Ziel {k}", "kind": "GOAL_KIND_STRATEGIC",
                              "actionFieldId": f"af{k}", "priority": 1 + k % 3})
        for j in range(3):
            data["goals"].append({"id": f"g{k}.{j}", "title": f"Handlungsziel {k}.{j}",
                                  "kind": "GOAL_KIND_OPERATIONAL", "actionFieldId": f"af{k}",
                                  "parentGoalId": f"g{k}"})
    for m in range(measures):
        deps = []
        for p in sorted(rng.sample(range(m), min(m, rng.randint(1, 3)))) if m else []:
            deps.append({"predecessorId": f"m{p}", "type": rng.choice(["LINK_TYPE_FS", "LINK_TYPE_SS"]),
                         "lag": rng.choice([0, 0, 2, 5]),
                         "lagUnit": rng.choice(["LAG_UNIT_WORKING_DAYS", "LAG_UNIT_CALENDAR_DAYS"])})
        data["measures"].append({
            "id": f"m{m}", "title": f"Maßnahme {m} <{rng.randint(0, 99)}>", "actionFieldId": f"af{m % fields}",
            "status": "MEASURE_STATUS_PLANNED",
            "durationDays": 0 if m % 17 == 0 else rng.randint(5, 60), "dependencies": deps[:2],
            "budget": {"amountCents": rng.randint(1, 40) * 100000, "fundingType": "FUNDING_TYPE_MUNICIPAL"},
            "contributions": [{"goalId": f"g{m % fields}.{m % 3}", "weight": rng.choice([0.5, 1, 1, 2])},
                              {"goalId": f"g{m % fields}"}]})
    demand = sum(m["budget"]["amountCents"] for m in data["measures"])
    data["budgetPools"] = [{"id": "haushalt", "name": "Haushalt", "kind": "BUDGET_POOL_KIND_OTHER",
                            "totalCents": demand // 3}]
    return planwerk.from_dict(data)


def axe_violations(page) -> list:
    """axe-core's violations of the loaded page under the WCAG 2.1 A and AA
    tags, and how many rules passed."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    return violations, len(result["passes"])


#: The sample's adoption date: the report's status date.
ADOPTION = "2025-09-29"


def pages_of(site: pathlib.Path):
    return sorted(site.glob("*.html"))


def test_axe_finds_no_violation_on_any_page(site, browser):
    page = browser.new_page()
    for html in pages_of(site):
        page.goto(html.as_uri())
        violations, passes = axe_violations(page)
        assert violations == [], f"{html.name}: {violations}"
        # Each page was checked against rules, not skipped.
        assert passes > 10, html.name
    page.close()


def test_every_request_stays_in_the_folder(site, browser):
    requests = []
    page = browser.new_page()
    page.on("request", lambda r: requests.append(r.url))
    for html in pages_of(site):
        page.goto(html.as_uri())
        page.wait_for_load_state("load")
    page.close()
    folder = site.resolve().as_uri() + "/"
    outside = [u for u in requests if not u.startswith(folder)]
    assert outside == []
    # The stylesheet was requested (so the check saw the page's requests).
    assert any(u.endswith("/style.css") for u in requests)


def test_every_link_and_anchor_resolves_and_no_page_is_orphaned(site, browser):
    page = browser.new_page()
    linked = set()
    for html in pages_of(site):
        page.goto(html.as_uri())
        for href in page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))"):
            target, _, fragment = href.partition("#")
            target_path = (html.parent / urllib.parse.unquote(target)).resolve() if target else html.resolve()
            assert target_path.exists(), f"{html.name}: {href}"
            linked.add(target_path.name)
            if fragment:
                ids = re.findall(r'id="([^"]+)"', target_path.read_text(encoding="utf-8"))
                assert urllib.parse.unquote(fragment) in ids, f"{html.name}: {href}"
    page.close()
    assert {p.name for p in pages_of(site)} <= linked | {"index.html"}


def test_without_javascript_the_plan_has_its_chart_and_a_row_per_measure(site, browser):
    import planwerk

    plan = planwerk.load(SAMPLE)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "plan.html").as_uri())
    assert page.locator("svg.gantt title").count() >= 1
    assert page.locator("svg.gantt desc").count() >= 1
    rows = page.locator("table.plan tbody tr").count()
    measures = plan.entities(planwerk.Kind.MEASURE)
    assert rows == len(measures)
    # Every bar or diamond in the chart is one measure, none twice.
    drawn = page.eval_on_selector_all("svg.gantt [data-measure]", "es => es.map(e => e.dataset.measure)")
    assert sorted(drawn) == sorted(measures.ids())
    context.close()


def test_without_javascript_every_indicator_page_has_its_charts_and_tables(site, browser):
    """Each indicator page: the SVG with title and description, and the
    districts' table with a row per published series (the whole city and
    each district with cells) plus the target row."""
    import planwerk
    import planwerk.monitor

    plan = planwerk.load(SAMPLE)
    data = planwerk.monitor.read_observations(plan, OBSERVATIONS)
    cells = planwerk.monitor.evaluate(plan, data, cells=True).cells
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    checked = 0
    for indicator in plan.entities(planwerk.Kind.INDICATOR).ids():
        page.goto((site / f"indicator-{indicator}.html").as_uri())
        mine = cells[cells["indicator"] == indicator]
        if mine.empty:
            continue
        assert page.locator("svg.chart title").count() >= 1, indicator
        assert page.locator("svg.chart desc").count() >= 1, indicator
        series = mine[mine["group"] == ""]["district"].nunique()
        has_target = page.locator("section[aria-labelledby=by-district] tr.target-row").count()
        rows = page.locator("section[aria-labelledby=by-district] table tbody tr").count()
        assert rows == series + has_target, indicator
        lines = page.locator("section[aria-labelledby=by-district] svg g.series").count()
        assert lines == series, indicator
        checked += 1
    assert checked >= 10
    context.close()


def test_gantt_bars_arrows_and_critical_marks_follow_the_schedule(site, browser):
    """On the whole plan and on the month zoom: each bar's x and width from
    planwerk's dates (within half a pixel), the arrows exactly the
    dependencies, the critical measures marked by pattern and word."""
    import planwerk
    import planwerk.schedule

    plan = planwerk.load(SAMPLE)
    table = planwerk.schedule.schedule(plan, as_of=ADOPTION).table.set_index("measure")
    dependencies = sorted((dep["predecessor_id"], m["id"]) for m in plan.to_dict()["measures"]
                          for dep in m.get("dependencies", []))
    page = browser.new_page()
    for name in ("plan.html", "plan-month.html"):
        page.goto((site / name).as_uri())
        svg = page.locator("svg.gantt")
        first = np.datetime64(svg.get_attribute("data-first-day"))
        day_width = float(svg.get_attribute("data-day-width"))
        left = float(svg.get_attribute("data-left"))
        bars = page.eval_on_selector_all(
            "svg.gantt rect.bar", "es => es.map(e => [e.dataset.measure, e.x.baseVal.value, e.width.baseVal.value,"
            " e.classList.contains('critical'), e.querySelector('title').textContent])")
        assert len(bars) > 30
        for measure, x, width, critical, title in bars:
            row = table.loc[measure]
            start = (row["early_start"].to_datetime64() - first) / np.timedelta64(1, "D")
            finish = (row["early_finish"].to_datetime64() - first) / np.timedelta64(1, "D")
            assert abs(x - (left + start * day_width)) <= 0.5, (name, measure)
            assert abs(x + width - (left + (finish + 1) * day_width)) <= 0.5, (name, measure)
            assert critical == bool(row["critical"]), (name, measure)
            assert ("(kritisch)" in title) == bool(row["critical"]), (name, measure)
        arrows = page.eval_on_selector_all("svg.gantt path.link", "es => es.map(e => [e.dataset.from, e.dataset.to])")
        assert sorted(map(tuple, arrows)) == dependencies
    page.close()


def test_the_status_stays_readable_in_greyscale(site, browser):
    """Status is never colour alone: each goal's status cell carries a shape
    and a word, and a greyscale screenshot of the overview is kept."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((site / "index.html").as_uri())
    page.add_style_tag(content="html { filter: grayscale(1); }")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "index-greyscale-1280.png"), full_page=False)
    cells = page.eval_on_selector_all(
        "span.light", "es => es.map(e => [e.textContent.trim(), e.parentElement.textContent.trim()])")
    assert len(cells) > 10
    words = {"weit vom Ziel", "deutlich vom Ziel entfernt", "nahe am Ziel", "Ziel erreicht oder auf Kurs", "keine Daten"}
    for shape, text in cells:
        assert shape in {"\u2716", "\u25BC", "\u25B2", "\u2714", "\u2013"}
        assert text[len(shape):].strip() in words
    page.close()


def test_suppressed_cells_of_the_sample_show_the_symbol_everywhere(site):
    """Every cell suppressed in the sample (cases under 3, or recoverable
    from the totals) reads "." in its page's table and in the CSV download,
    null in the JSON, and its true value (from an evaluation without
    suppression) appears at full precision in no file."""
    import json

    import planwerk
    import planwerk.monitor

    plan = planwerk.load(SAMPLE)
    data = planwerk.monitor.read_observations(plan, OBSERVATIONS)
    published = planwerk.monitor.evaluate(plan, data, cells=True).cells
    true = planwerk.monitor.evaluate(plan, data, cells=True, min_cases=0).cells
    keys = ["indicator", "district", "group", "period"]
    merged = published.merge(true, on=keys, suffixes=("", "_true"))
    hidden = merged[merged["suppressed"] != "published"]
    assert len(hidden) >= 5
    files = {p: p.read_text("utf-8") for p in site.rglob("*") if p.is_file() and p.suffix in {".html", ".csv", ".json", ".ics"}}
    for _, cell in hidden.iterrows():
        stem = f"indicator-{cell['indicator']}"
        period = str(cell["period"])[:4]
        csv_line = f"{cell['indicator']};{cell['district']};{cell['group']};{period};.;"
        assert csv_line in files[site / "data" / f"{stem}.csv"], csv_line
        columns = json.loads(files[site / "data" / f"{stem}.json"])["cells"]
        at = [k for k, key in enumerate(zip(columns["district"], columns["group"], columns["period"]))
              if key == (cell["district"], cell["group"], period)]
        assert len(at) == 1 and columns["value"][at[0]] is None and columns["status"][at[0]] == "suppressed"
        value = cell["value_true"]
        full = repr(float(value))
        if len(full.split(".")[-1]) >= 3:  # a figure precise enough to be told apart
            for path, text in files.items():
                assert full not in text and full.replace(".", ",") not in text, (full, path)


def test_the_annual_programme_page_shows_what_prioritize_decides(site, browser):
    """The page "Jahresprogramm" beside the action plan lists the starts,
    the left-out measures and the frontier that planwerk prioritize
    computes for the same input (the command line as the independent
    reader)."""
    cli = os.environ.get("PLANWERK_CLI", str(ROOT / "build" / "release" / "src" / "cli" / "planwerk"))
    done = subprocess.run([cli, "prioritize", str(SAMPLE), "--data", str(OBSERVATIONS), "--horizon", "2026-2028",
                           "--frontier", "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    decided = json.loads(done.stdout)
    page = browser.new_page()
    page.goto((site / "programme.html").as_uri())
    nav = page.locator("nav a").all_inner_texts()
    assert nav.index("Jahresprogramm") == nav.index("Maßnahmenplan") + 1
    starts = page.locator("section:has(h2#starts) tbody tr")
    assert starts.count() == len(decided["starts"]) > 0
    first = starts.nth(0).locator("td").nth(0).inner_text()
    assert first == str(decided["starts"][0]["year"])
    assert page.locator("section:has(h2#left-out) tbody tr").count() == len(decided["left_out"])
    assert page.locator("section:has(h2#frontier) tbody tr").count() == 9
    page.close()


def test_reflow_at_320_px_and_screenshots(site, browser):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (1280, 320):
        page = browser.new_page(viewport={"width": width, "height": 900})
        for html in pages_of(site):
            page.goto(html.as_uri())
            # Reflow: the page itself never scrolls sideways; wide content
            # scrolls inside its own labelled region.
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{html.name} at {width} px overflows by {overflow} px"
            page.screenshot(path=str(SCREENSHOTS / f"{html.stem}-{width}.png"), full_page=False)
        page.close()


def test_keyboard_reaches_every_link_with_a_visible_focus(site, browser):
    page = browser.new_page()
    page.goto((site / "index.html").as_uri())
    # Each focusable element numbered, so that two links of the same text
    # count as two.
    focusable = page.eval_on_selector_all("a[href], [tabindex='0']",
                                          "es => { es.forEach((e, k) => e.dataset.k = k); return es.length; }")
    seen = set()
    for _ in range(focusable + 2):
        page.keyboard.press("Tab")
        info = page.evaluate(
            "() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return [e.dataset.k ?? e.tagName, s.outlineStyle, s.outlineWidth]; }")
        seen.add(info[0])
        if info[0] != "BODY":
            assert info[1] != "none" and info[2] != "0px", info
    # Every focusable element was reached.
    assert set(map(str, range(focusable))) <= seen
    page.close()


def vnu_messages(*paths) -> list:
    """The Nu HTML checker's errors for the files (HTML, or CSS with --css)."""
    import json

    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, paths)],
                         capture_output=True, text=True)
    return json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]


def test_the_html_and_css_validate(site, tmp_path):
    messages = vnu_messages(*pages_of(site))
    assert messages == [], messages[:5]
    css = vnu_messages("--css", site / "style.css")
    assert css == [], css[:5]
    # The checker does find errors where there are some.
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html lang=de><title>x</title><p><div></span>", encoding="utf-8")
    assert vnu_messages(broken) != []


def test_a_large_generated_concept_keeps_every_rule(tmp_path, browser):
    """400 measures in 8 action fields, with the annual programme of
    2026-2028 (within 0.5 % of the optimum: the household pool binds): axe
    finds nothing, the HTML validates, the pages reflow, and without
    JavaScript there is a row and a bar per measure."""
    import planwerk.priorities
    import planwerk.report

    plan = large_concept()
    programme = planwerk.priorities.prioritize(plan, "2026-2028", gap=0.005, marginals=False)
    assert programme.status == "optimal" and len(programme.starts) > 300 and len(programme.left_out) > 0
    site = tmp_path / "large"
    planwerk.report.write(plan, site, programme=programme)
    assert (site / "programme.html").is_file()
    # The 400 measure pages share one template: five of them stand for all.
    pages = [p for p in pages_of(site) if not p.name.startswith("measure-")] + sorted(site.glob("measure-*.html"))[:5]
    assert len(list(site.glob("measure-*.html"))) == 400
    assert vnu_messages(*pages) == []
    page = browser.new_page(viewport={"width": 320, "height": 900})
    for html in pages:
        page.goto(html.as_uri())
        violations, _ = axe_violations(page)
        assert violations == [], f"{html.name}: {violations}"
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    page.close()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "plan.html").as_uri())
    assert page.locator("table.plan tbody tr").count() == 400
    assert page.locator("svg.gantt [data-measure]").count() == 400
    assert page.locator("svg.gantt path.link").count() == sum(
        len(m.dependencies) for m in plan.entities(planwerk.Kind.MEASURE))
    context.close()


def test_right_to_left_names_start_on_their_own_side(tmp_path, browser):
    """A measure named in Arabic beside one named in German: in the plan's
    table each name starts on the side its script is written from (the
    cell's text ends at the right edge, the German one starts at the left),
    while the page stays German and left to right."""
    import planwerk
    import planwerk.report

    plan = planwerk.from_dict({
        "id": "rtl", "title": "Zweisprachig", "periodStart": "2026-03-02", "periodEnd": "2026-12-31",
        "actionFields": [{"id": "af", "title": "Sprache"}],
        "measures": [{"id": "ar", "title": "دورة اللغة للأمهات", "actionFieldId": "af", "durationDays": 5},
                     {"id": "de", "title": "Sprachkurs für Mütter mit Kinderbetreuung im Stadtteil", "actionFieldId": "af", "durationDays": 5}]})
    site = tmp_path / "rtl"
    planwerk.report.write(plan, site)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((site / "plan.html").as_uri())
    edges = page.evaluate("""() => Array.from(document.querySelectorAll('table.plan tbody th')).map(th => {
        const a = th.querySelector('a'); const range = document.createRange(); range.selectNodeContents(a);
        const text = range.getBoundingClientRect(), cell = th.getBoundingClientRect();
        const pad = parseFloat(getComputedStyle(th).paddingLeft);
        return [a.textContent, text.left - cell.left - pad, cell.right - pad - text.right]; })""")
    by_name = {name: (left, right) for name, left, right in edges}
    left, right = by_name["دورة اللغة للأمهات"]
    assert abs(right) < 1.5 and left > 5, by_name
    left, right = by_name["Sprachkurs für Mütter mit Kinderbetreuung im Stadtteil"]
    assert abs(left) < 1.5, by_name
    assert page.evaluate("document.documentElement.dir || getComputedStyle(document.documentElement).direction") == "ltr"
    page.close()


def test_the_script_sorts_and_filters_the_plan_and_only_enhances(site, browser):
    """With JavaScript: each column header of the plan's table is a button
    that sorts by that column (dates by their datetime, numbers as numbers,
    both ways, aria-sort says which), and a filter box shows only the rows
    holding the text, saying how many; axe still finds nothing. Without it
    the table is as written (the test above)."""
    import planwerk

    concept = planwerk.load(SAMPLE)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((site / "plan.html").as_uri())
    table = page.locator("table.plan")
    headers = table.locator("thead th button.sort")
    assert headers.count() == 8
    # Sort by the finish date (column 4), then by total float (column 6).
    headers.nth(3).click()
    finishes = table.locator("tbody tr td:nth-of-type(3) time").evaluate_all(
        "ts => ts.map(t => t.getAttribute('datetime'))")
    assert finishes == sorted(finishes) and len(finishes) == len(concept.measures)
    assert table.locator("thead th").nth(3).get_attribute("aria-sort") == "ascending"
    headers.nth(3).click()
    finishes = table.locator("tbody tr td:nth-of-type(3) time").evaluate_all(
        "ts => ts.map(t => t.getAttribute('datetime'))")
    assert finishes == sorted(finishes, reverse=True)
    headers.nth(5).click()
    floats = [int(t.replace("\u2212", "-")) for t in table.locator("tbody tr td:nth-of-type(5)").all_inner_texts()]
    assert floats == sorted(floats)
    # Filter: the rows whose text holds "Sprach" (case ignored), counted in
    # Python from the rows themselves.
    rows = table.locator("tbody tr").all_inner_texts()
    expected = sum("sprach" in r.lower() for r in rows)
    assert 0 < expected < len(rows)
    page.get_by_label("Maßnahmen filtern").fill("Sprach")
    assert table.locator("tbody tr:not([hidden])").count() == expected
    assert page.locator("p.filter-status").inner_text() == f"{expected} von {len(rows)} Maßnahmen"
    violations, _ = axe_violations(page)
    assert violations == []
    page.close()


def test_printed_on_a4_the_charts_fit_the_page_and_rows_stay_whole(site, browser, tmp_path):
    """Printed (A4 upright, 12 mm margins: 186 mm = 703 px wide at 96 dpi),
    every chart of the plan and of an indicator page fits the width, table
    rows do not break across pages, the navigation is not printed, and
    chromium writes the PDF."""
    page = browser.new_page(viewport={"width": 703, "height": 1000})
    page.emulate_media(media="print")
    for name in ("plan.html", "indicator-ind-betreuung-u3.html"):
        page.goto((site / name).as_uri())
        widths = page.evaluate("""() => Array.from(document.querySelectorAll('svg.gantt, svg.chart'))
            .map(s => s.getBoundingClientRect().right)""")
        assert widths and max(widths) <= 703.5, (name, max(widths))
        assert page.evaluate("getComputedStyle(document.querySelector('tbody tr')).breakInside") == "avoid"
        assert page.locator("header nav").is_hidden()
        pdf = page.pdf(format="A4", margin={"top": "12mm", "bottom": "12mm", "left": "12mm", "right": "12mm"})
        assert pdf.startswith(b"%PDF-") and len(pdf) > 10_000
    page.close()
