"""`make preview`: serve the built site/ at http://127.0.0.1:PORT/crossroads/, as GitHub Pages serves it.

A Material site is not opened from disk (file:// gives folder listings, no search and no quiz);
this serves it under the same sub-path, on the loopback interface only, until Ctrl+C. As Pages does,
`/` and `/crossroads` (no slash) redirect to the site and a missing page gets its 404 page.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.browser import serve


def main(site: Path, port: int) -> None:
    """Serve `site` until interrupted."""
    if not (site / "index.html").exists():
        sys.exit(f"{site}/index.html not found: run `make build` first")
    with serve(site, port) as base:
        print(f"Serving {site}/ at {base} (Ctrl+C to stop)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"), int(sys.argv[2]) if len(sys.argv) > 2 else 8001)
