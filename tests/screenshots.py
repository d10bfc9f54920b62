"""`make screenshots`: the main pages at 390 and 1280 px, light and dark, as PNGs for people to review
(not goldens), plus each page's height. Serves site/ under /crossroads/ with the system Chromium."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.browser import CHROME_ARGS, chromium_path, serve

PAGES = {"home": "", "role": "roles/seo-consultant/", "income": "income/", "skills": "skills/", "skill": "skills/keyword-research/",
         "compare-roles": "roles/compare/?a=prompt-engineer&b=seo-consultant",
         "path": "paths/generative-ai/", "earn": "roles/seo-consultant/?goal=1000&hours=10&rate=40&view=table",
         "compare": "compare/", "quiz": "quiz/", "business": "business/", "taxes": "business/taxes-and-registering/",
         "first-clients": "business/first-clients/", "pricing": "business/pricing/", "plans": "plans/",
         "plan": "plans/seo-consultant/?hours=6&goal=1000"}
WIDTHS = (390, 1280)


def main(site: Path, out: Path, only: list[str] | None = None) -> None:
    """Write OUT/<page>-<width>-<scheme>.png for every page, width and scheme; print the heights."""
    from playwright.sync_api import sync_playwright
    out.mkdir(parents=True, exist_ok=True)
    with serve(site) as base, sync_playwright() as p:
        exe = chromium_path()
        browser = p.chromium.launch(executable_path=exe, args=CHROME_ARGS) if exe else p.chromium.launch(args=CHROME_ARGS)
        for scheme in ("light", "dark"):
            for width in WIDTHS:
                context = browser.new_context(viewport={"width": width, "height": 844 if width == 390 else 900},
                                              color_scheme=scheme)
                page = context.new_page()
                for name, path in PAGES.items():
                    if only and name not in only:
                        continue
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    page.screenshot(path=str(out / f"{name}-{width}-{scheme}.png"), full_page=True)
                    if scheme == "light":
                        height = page.evaluate("document.documentElement.scrollHeight")
                        print(f"{name:8} {width:5} px wide: {height:6} px tall")
                context.close()
        browser.close()
    print(f"screenshots in {out}/")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"), Path(sys.argv[2] if len(sys.argv) > 2 else "screenshots"),
         sys.argv[3].split(",") if len(sys.argv) > 3 else None)
