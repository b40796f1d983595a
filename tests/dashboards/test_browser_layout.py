"""Every page type in a real browser at 1366 and 390 px, in English, French and Spanish: nothing wider than the
screen outside a scroll container, chart text of at least 11 px, the map's legend in the colours of its fills,
no English UI string left on French and Spanish pages, ties shown as ties. One Chromium for the module."""

import io
import re
from pathlib import Path

import pytest

from tests.browser_support import browser_tests, module_browser  # noqa: F401 - a fixture
from tests.factories import CommitmentFactory, ParagraphFactory, with_owners

pytestmark = browser_tests
ROOT = Path(__file__).resolve().parents[2]
VIEWPORTS = {"laptop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
LANGUAGES = {"en": "", "fr": "/fr", "es": "/es"}
MIN_CHART_TEXT = 11  # px, as rendered
TIE = {"en": "joint 2nd of 3", "fr": "2e ex æquo sur 3", "es": "empatado en el 2º puesto de 3"}

# Elements wider than the screen that are not inside a scroll container (an ancestor that scrolls sideways).
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (element) => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (['auto', 'scroll', 'hidden'].includes(style.overflowX)) return true;
    }
    return false;
  };
  const offenders = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1 || element.closest('.skip')) continue;
    const name = `${element.tagName.toLowerCase()}.${element.className.baseVal ?? element.className}`;
    if (!scrolls(element)) offenders.push(`${name}: ${Math.round(box.right)}`);
  }
  if (document.documentElement.scrollWidth > width + 1) offenders.push(`page: ${document.documentElement.scrollWidth}`);
  return offenders.slice(0, 10);
}"""

# The rendered size of every visible text of the charts: its font size times the SVG's scale.
CHART_TEXT = """() => {
  const sizes = [];
  for (const svg of document.querySelectorAll('.chart svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0) continue;
    const scale = box.width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text')) {
      if (!text.textContent.trim() || text.getBoundingClientRect().width === 0) continue;
      sizes.push([text.textContent.trim(), parseFloat(getComputedStyle(text).fontSize) * scale]);
    }
  }
  return sizes;
}"""

# The texts a reader sees (and the labels a screen reader reads), outside quoted material marked with its language.
TEXTS = """() => {
  const page = document.documentElement.lang;
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    const quoted = parent.closest('[lang]');
    if (parent.closest('script, style') || (quoted && quoted.lang !== page)) continue;
    texts.push(walker.currentNode.textContent);
  }
  for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) {
      if (element.getAttribute(name)) texts.push(element.getAttribute(name));
    }
  }
  return texts.map((text) => text.replace(/\\s+/g, ' ').trim()).filter(Boolean);
}"""

# The map's legend (on the page) and the fills of the countries of each class (in the map's own document).
MAP_COLOURS = """() => {
  const legend = [...document.querySelectorAll('ul.map-legend rect')].map((rect) => getComputedStyle(rect).fill);
  const map = document.querySelector('object.map').contentDocument;
  const fills = legend.map((_, index) => {
    const area = map.querySelector(`.country.serie-${index}`);
    if (!area) return null;
    const style = getComputedStyle(area);
    return [style.fill, style.fillOpacity, getComputedStyle(area.querySelector('path') || area).fillOpacity];
  });
  return {legend, fills};
}"""


def english_messages() -> tuple[set[str], list[re.Pattern]]:
    """The English msgids of the project's catalogues that French or Spanish translate differently: whole texts,
    and patterns for those with placeholders."""
    whole, patterns = set(), []
    for path in [*ROOT.glob("locale/fr/LC_MESSAGES/django.po"), *ROOT.glob("*/locale/fr/LC_MESSAGES/django.po")]:
        for msgid, msgstr in _entries(path.read_text()):
            if not msgstr or msgstr == msgid or len(msgid) < 4:
                continue
            if "%(" in msgid or "{" in msgid:
                literal = re.sub(r"%\(\w+\)[sd]|\{\w*\}", "", msgid)
                if len(literal.strip()) >= 12:
                    escaped = re.escape(msgid.replace("%%", "%"))
                    patterns.append(re.compile("^" + re.sub(r"%\\\(\w+\\\)[sd]", ".+?", escaped) + "$"))
            else:
                whole.add(msgid)
    return whole, patterns


def _entries(text: str):
    for block in text.split("\n\n"):
        if "msgid_plural" in block or "#~" in block:
            continue
        msgid = "".join(re.findall(r'^(?:msgid )?"(.*)"$', block.split("msgstr")[0], re.M)) if "msgid" in block else ""
        msgstr = "".join(re.findall(r'"(.*)"', block.split("msgstr", 1)[1])) if "msgstr" in block else ""
        yield msgid.replace('\\"', '"'), msgstr.replace('\\"', '"')


@pytest.fixture
def reference(transactional_db, live_server):
    """Committed reference data (the live server reads it from its own connection)."""
    from django.core.management import call_command

    call_command("load_reference_data", stdout=io.StringIO())
    return live_server


@pytest.fixture
def site(reference, data):
    """The API's data set plus Peru, which stands where Colombia does: a tie for 2nd place."""
    from actors.models import Actor
    from dashboards import summary

    live_server = reference
    with_owners(CommitmentFactory(text="We will report.", paragraph=ParagraphFactory()), Actor.objects.get(iso3="PER"))
    summary.refresh()
    yield live_server.url, data
    summary.refresh()


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_pages_fit_read_and_speak_the_readers_language(module_browser, site, viewport):  # noqa: F811
    url, data = site
    paths = {
        "overview": "/",
        "states": "/states/",
        "state": "/states/MEX/",
        "tied state": "/states/PER/",
        "commitments": "/commitments/",
        "commitment": f"/commitments/{data['call'].pk}/",
        "documents": "/documents/",
        "document": f"/documents/{data['offer'].paragraph.document_id}/",
        "plans": "/action-plans/",
        "plan": "/action-plans/oslo-2019/",
        "search": "/search/?q=assistance",
    }
    whole, patterns = english_messages()
    context = module_browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    problems, measured, scanned = [], 0, 0
    for language, prefix in LANGUAGES.items():
        for name, path in paths.items():
            assert page.goto(url + prefix + path).status == 200
            page.wait_for_load_state("networkidle")
            where = f"{viewport} {language} {name}"
            if offenders := page.evaluate(OVERFLOW):
                problems.append(f"{where}: wider than the screen: {offenders}")
            sizes = page.evaluate(CHART_TEXT)
            measured += len(sizes)
            small = [(text, round(size, 1)) for text, size in sizes if size < MIN_CHART_TEXT]
            if small:
                problems.append(f"{where}: chart text under {MIN_CHART_TEXT} px: {small[:5]}")
            if language != "en":
                texts = page.evaluate(TEXTS)
                scanned += len(texts)
                english = [t for t in texts if t in whole or any(p.match(t) for p in patterns)]
                if english:
                    problems.append(f"{where}: English left: {english[:5]}")
        page.goto(url + prefix + "/states/PER/")
        assert TIE[language] in page.locator("dd.rank").inner_text()
        page.goto(url + prefix + "/")
        page.wait_for_load_state("networkidle")
        colours = page.evaluate(MAP_COLOURS)
        assert colours["legend"] and None not in colours["fills"]
        for swatch, (fill, opacity, path_opacity) in zip(colours["legend"], colours["fills"], strict=True):
            assert (swatch, opacity, path_opacity) == (fill, "1", "1"), language
        places = page.locator("ol.ranking .place").all_inner_texts()
        assert TIE[language] in places  # Colombia and Peru share 2nd place, and the page says so
    context.close()
    assert problems == []
    assert measured > 50 and scanned > 500 and len(whole) > 200  # the checks saw what they check
