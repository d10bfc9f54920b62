"""Command line: `python -m crossroads validate | pages --out DIR | zensical | new KIND ID | links`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crossroads.content.problems import annotations, report


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run a command; the exit code is 0 only when content is valid."""
    parser = argparse.ArgumentParser(prog="python -m crossroads", description="Crossroads content tools.")
    parser.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    parser.add_argument("--schema", type=Path, default=Path("schema"), help="schema folder (default: schema)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("validate", help="check content/ and list every problem")
    pages = sub.add_parser("pages", help="write the complete page tree (hand-written and generated pages, assets, data) to a folder")
    pages.add_argument("--out", type=Path, required=True, help="folder to write into (created if missing)")
    pages.add_argument("--docs", type=Path, default=None, help="hand-written pages and assets (default: docs beside content)")
    zen = sub.add_parser("zensical", help="build the same site with Zensical (from the complete page tree)")
    zen.add_argument("--out", type=Path, default=Path("site-zensical"), help="site folder (default: site-zensical)")
    zen.add_argument("--stage", type=Path, default=Path("build/zensical"), help="staged project (default: build/zensical)")
    new = sub.add_parser("new", help="write a starter file for a new role, path, skill or source")
    new.add_argument("kind", help="role, path, skill or source")
    new.add_argument("id", help="the new id, kebab-case (it is also the file name)")
    new.add_argument("--path", default=None, help="for a role: the path whose quiz profile it starts from")
    new.add_argument("--draft", action="store_true", help="a first draft: only what a first pull request needs")
    links = sub.add_parser("links", help="check that the source addresses still answer (reports, never fails)")
    links.add_argument("--timeout", type=float, default=20, help="seconds per request (default: 20)")
    args = parser.parse_args(argv)
    if args.command == "new":
        return _new(args)
    if args.command == "links":
        from crossroads.tools.linkcheck import main as check_links
        return check_links(args.content, args.timeout)

    from crossroads.content.check import load_content
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
    from crossroads import config as settings
    from crossroads.content.problems import ContentError
    from crossroads.model.dataset import build
    data = build(content)
    root = args.content.resolve().parent
    cfg = settings.from_project(root, args.content.resolve(), args.schema.resolve(), args.docs.resolve() if getattr(args, "docs", None) else None)
    cfg = settings.stamped(cfg, [x.last_reviewed for x in [*data.roles.values(), *data.paths.values()]])
    from crossroads.site import nav
    cfg, _ = nav.configured(cfg, data)
    try:
        if args.command == "zensical":
            return _zensical(data, cfg, args)
        written = _write(data, cfg, args.out)
    except ContentError as e:
        print(report(e.problems), file=sys.stderr)
        return 1
    print(f"Wrote {len(written)} files to {args.out}.")
    return 0


def _write(data, cfg, out: Path) -> list[Path]:
    """`pages --out DIR`: the complete tree (docs/ with markers filled, generated pages, assets)."""
    from crossroads.site.tree import write_pages
    return write_pages(data, cfg, out)


def _zensical(data, cfg, args) -> int:
    """`make zensical`: stage the complete tree with the overrides and build it with Zensical."""
    from crossroads.site import zensical
    result = zensical.build(zensical.stage(data, cfg, args.stage), args.out.resolve())
    print(result.stdout + result.stderr, end="", file=sys.stderr if result.returncode else sys.stdout)
    if result.returncode == 0:
        print(f"Built the site with Zensical into {args.out}.")
    return result.returncode


def _new(args) -> int:
    """`make new`: write the starter file, or say why not."""
    from crossroads.tools.scaffold import ScaffoldError, new
    root = args.content.resolve().parent
    try:
        target = new(args.kind, args.id, root, args.path or None, args.draft)
    except ScaffoldError as e:
        print(f"make new: {e}", file=sys.stderr)
        return 2
    shown = target.relative_to(root).as_posix()
    todo = sum('"TODO:' in line for line in target.read_text("utf-8").splitlines() if not line.lstrip().startswith("#"))
    print(f"Wrote {shown}: replace its {todo} \"TODO: …\" values (make validate lists each one with its line), "
          "then preview with make serve.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
