"""The published report in a real browser: Debian's chromium, driven by
Playwright (launched by its path; nothing downloads a browser), axe-core
from the npm registry (tests/browser). The site is written by the planwerk
tool (PLANWERK_CLI) for the sample with its observations."""

import os
import pathlib
import re
import subprocess
import urllib.parse

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
    subprocess.run([cli, "report", str(SAMPLE), "--data", str(OBSERVATIONS), "--out", str(out),
                    "--previous", str(SAMPLE.parent / "concept-2020.txtpb"), "--rename", "ind-sgb2=ind-sgb2-quote",
                    "--contact", "Kommunales Integrationszentrum\nintegration@example.org"],
                   check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def large_concept(measures: int = 400, fields: int = 8, seed: int = 7):
    """A generated concept: `fields` action fields with two levels of goals,
    `measures` measures with 1 to 3 finish-to-start (some start-to-start)
    links to earlier ones, lags in working or calendar days, milestones."""
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
                              "actionFieldId": f"af{k}"})
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
            "durationDays": 0 if m % 17 == 0 else rng.randint(5, 60), "dependencies": deps[:2],
            "contributions": [{"goalId": f"g{m % fields}.{m % 3}"}]})
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
    focusable = page.eval_on_selector_all("a[href], [tabindex='0']", "es => es.length")
    seen = set()
    for _ in range(focusable + 2):
        page.keyboard.press("Tab")
        info = page.evaluate(
            "() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return [e.outerHTML.slice(0, 80), s.outlineStyle, s.outlineWidth]; }")
        seen.add(info[0])
        if info[0].startswith("<a") or "tabindex" in info[0]:
            assert info[1] != "none" and info[2] != "0px", info
    # The skip link comes first and every focusable element was reached.
    assert len(seen) >= focusable
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
    """400 measures in 8 action fields: axe finds nothing, the HTML
    validates, the page reflows, and without JavaScript there is a row and a
    bar per measure."""
    import planwerk.report

    plan = large_concept()
    site = tmp_path / "large"
    planwerk.report.write(plan, site)
    assert vnu_messages(*pages_of(site)) == []
    page = browser.new_page(viewport={"width": 320, "height": 900})
    for html in pages_of(site):
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
