"""The command line: a thin layer over the Python API. Exit codes: 0 ok, 2 error."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, extract_claims, load_source
from .errors import ClaimtrackError
from .report import claims_json, claims_markdown, claims_text, dumps
from .sources import SUPPORTED_SUFFIXES


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Files as given, and the supported files inside any directory, sorted for stable output."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += sorted(str(f) for f in path.iterdir() if f.suffix.lower() in SUPPORTED_SUFFIXES
                          and not f.name.endswith(".meta.json"))
        else:
            out.append(p)
    return out


def load_all(paths: Sequence[str], published: str | None = None) -> list:
    sources, seen = [], set()
    for p in expand_paths(paths):
        src = load_source(p, published=published)
        base, n = src.id, 2
        while src.id in seen:  # same stem in two folders
            src.id = f"{base}-{n}"
            n += 1
        seen.add(src.id)
        sources.append(src)
    if not sources:
        raise ClaimtrackError("no source files found (claimtrack reads .txt, .md, .docx, .html)")
    return sources


def _cmd_extract(args: argparse.Namespace) -> int:
    sources = load_all(args.paths, args.published)
    claims = [c for s in sources for c in extract_claims(s)]
    if args.format == "json":
        out = dumps(claims_json(sources, claims))
    elif args.format == "markdown":
        out = claims_markdown(sources, claims)
    else:
        out = claims_text(sources, claims)
    sys.stdout.write(out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimtrack", description=__doc__)
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="list the attributed, normalised claims of articles")
    ex.add_argument("paths", nargs="+", help="article files (.txt, .md, .docx, .html) or folders")
    ex.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    ex.add_argument("--published", metavar="YYYY-MM-DD", help="reference date for relative dates")
    ex.set_defaults(func=_cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ClaimtrackError as e:
        print(f"claimtrack: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
