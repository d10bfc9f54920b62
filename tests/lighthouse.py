"""`make lighthouse` (optional): Lighthouse's four scores for each page type, on the built site served
gzipped under /crossroads/ (as GitHub Pages serves it), with the system Chromium. Prints; asserts nothing.

Usage: python -m tests.lighthouse SITE_DIR LIGHTHOUSE_BIN
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.browser import chromium_path
from tests.pageweight import PAGE_TYPES, serve_gzipped

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"


def scores(lighthouse: str, url: str) -> dict[str, float | None]:
    """One mobile Lighthouse run: the score of each category (None when Lighthouse gives none)."""
    result = subprocess.run([lighthouse, url, "--output=json", "--output-path=stdout", "--quiet",
                             f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={FLAGS}"],
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "CHROME_PATH": chromium_path() or ""})
    if result.returncode != 0:
        raise SystemExit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    return {c: report["categories"][c]["score"] for c in CATEGORIES}


def main(site: Path, lighthouse: str) -> int:
    print(f"{'page type':<18} " + " ".join(f"{c:>14}" for c in CATEGORIES))
    below = 0
    with serve_gzipped(site) as (base, _):
        for name, path in PAGE_TYPES.items():
            got = scores(lighthouse, base + path)
            below += sum(1 for v in got.values() if v is None or v < 1)
            print(f"{name:<18} " + " ".join(f"{'n/a' if v is None else f'{v:.2f}':>14}" for v in got.values()))
    print("Every score is 1.00." if not below else f"{below} score{'s' if below != 1 else ''} below 1.00 (target 1.00).")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
