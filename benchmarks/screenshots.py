"""Screenshots of every page type, in English, French and Spanish, on a laptop (1366 px) and a phone (390 px).

    .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo
    .venv/bin/python manage.py runserver 127.0.0.1:8000 &
    .venv/bin/python benchmarks/screenshots.py [--url http://127.0.0.1:8000] [--only state,search]

Drives Debian's Chromium (/usr/bin/chromium) with Playwright against a running server with the demo data, signs in
as the demo focal point for the account and proposal pages, and writes ``artifacts/screenshots/<viewport>-
<language>-<page>.png`` (the first 2,400 px of each page, in 256 colours: what a reader judges a page by, at a size that
keeps the set small). docs/dashboards.md names them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image  # Pillow, installed with fpdf2 (requirements-dev.txt)
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
VIEWPORTS = {"laptop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
LANGUAGES = {"en": "", "fr": "/fr", "es": "/es"}
CLIP = 2400  # px of a page kept: a screenful or three is what a reader judges a page by
PUBLIC = {
    "overview": "/",
    "states": "/states/",
    "state": "/states/MEX/",
    "commitments": "/commitments/",
    "commitment": None,  # the demo's collective commitment, found on the list
    "documents": "/documents/",
    "document": None,  # the document of that commitment
    "plan": "/action-plans/oslo-2019/",
    "search": "/search/?q=mine",
}
SIGNED_IN = {"account": "/account/", "propose": None}
FOCAL_POINT = ("focal-mexico", "mine-free-world")


def discover(page, url: str) -> dict[str, str]:
    """Addresses that depend on the demo's ids: a collective commitment (owners by status), its document."""
    page.goto(url + "/commitments/?owner=MEX")
    first = page.locator("ul.commitment-list > li > a").first.get_attribute("href")
    page.goto(url + "/commitments/")
    for link in page.locator("ul.commitment-list > li > a").all():
        collective = link.get_attribute("href")
        if collective.startswith("/commitments/"):
            break
    for candidate in [link.get_attribute("href") for link in page.locator("ul.commitment-list > li > a").all()]:
        page.goto(url + candidate)
        if page.locator("ul.owner-counts").count():  # a collective commitment: its owners collapse into counts
            collective = candidate
            break
    page.goto(url + collective)
    document = page.locator("p.meta a").first.get_attribute("href").split("#")[0]
    return {"commitment": collective, "document": document, "propose": first.rstrip("/") + "/propose/"}


def shoot(page, url: str, path: str, name: str) -> None:
    page.goto(url + path)
    page.wait_for_load_state("networkidle")
    height = min(CLIP, page.evaluate("document.documentElement.scrollHeight"))
    width = page.viewport_size["width"]
    target = SHOTS / f"{name}.png"
    page.screenshot(path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height})
    # 256 colours are plenty for flat pages and charts, and a third of the bytes: the set stays small in git.
    Image.open(target).convert("RGB").quantize(256, method=Image.Quantize.FASTOCTREE).save(target, optimize=True)


def sign_in(page, url: str) -> None:
    page.goto(url + "/accounts/login/")
    page.fill("input[name=username]", FOCAL_POINT[0])
    page.fill("input[name=password]", FOCAL_POINT[1])
    page.locator("main form button[type=submit], main form input[type=submit]").first.click()
    page.wait_for_load_state("networkidle")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--only", default="", help="comma-separated page names")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for viewport, size in VIEWPORTS.items():
            context = browser.new_context(viewport=size)
            page = context.new_page()
            found = discover(page, args.url)
            for signed_in, pages in ((False, PUBLIC), (True, SIGNED_IN)):
                if signed_in:
                    sign_in(page, args.url)
                for name, path in pages.items():
                    if only and name not in only:
                        continue
                    for language, prefix in LANGUAGES.items():
                        shoot(page, args.url, prefix + (path or found[name]), f"{viewport}-{language}-{name}")
            context.close()
        browser.close()
    total = sum(path.stat().st_size for path in SHOTS.glob("*.png"))
    print(f"{len(list(SHOTS.glob('*.png')))} screenshots, {total / 1e6:.1f} MB in {SHOTS}")


if __name__ == "__main__":
    main()
