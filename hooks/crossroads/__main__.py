"""Command line: `python -m crossroads validate` and `python -m crossroads pages --out DIR`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .problems import annotations, report


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run a command; the exit code is 0 only when content is valid."""
    parser = argparse.ArgumentParser(prog="python -m crossroads", description="Crossroads content tools.")
    parser.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    parser.add_argument("--schema", type=Path, default=Path("schema"), help="schema folder (default: schema)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("validate", help="check content/ and list every problem")
    pages = sub.add_parser("pages", help="write the generated Markdown pages (and data files) to a folder")
    pages.add_argument("--out", type=Path, required=True, help="folder to write into (created if missing)")
    args = parser.parse_args(argv)

    from .content import load_content
    content = load_content(args.content, args.schema)
    if content.problems:
        print(report(content.problems), file=sys.stderr)
        if (notes := annotations(content.problems)):
            print(notes)
        if any(p.level == "error" for p in content.problems):
            return 1
    if args.command == "validate":
        counts = ", ".join(f"{len(v)} {k}" for k, v in content.collections.items())
        print(f"Content is valid: {counts}.")
        return 0
    from .site import write_pages
    written = write_pages(content, args.out)
    print(f"Wrote {len(written)} files to {args.out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
