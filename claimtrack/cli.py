"""The command line: a thin layer over the Python API. Exit codes: 0 ok, 2 error."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .api import claims_of, load_sources
from .conflicts import crosscheck_claims, result_json, result_text
from .errors import ClaimtrackError
from .hookspecs import __doc__ as HOOKS_DOC
from .plugins import Config, Plugins, get_plugins, hook_names
from .report import claims_json, claims_markdown, claims_text, dumps


def _cmd_extract(config: Config) -> int:
    args = config.options
    sources = load_sources(args.paths, config, args.published)
    claims = [c for s in sources for c in claims_of(s, config)]
    if args.format == "json":
        out = dumps(claims_json(sources, claims))
    elif args.format == "markdown":
        out = claims_markdown(sources, claims)
    else:
        out = claims_text(sources, claims)
    sys.stdout.write(out)
    return 0


def _cmd_crosscheck(config: Config) -> int:
    args = config.options
    sources = load_sources(args.paths, config, args.published)
    claims = [c for s in sources for c in claims_of(s, config)]
    result = crosscheck_claims(sources, claims, config)
    config.plugins.call("claimtrack_report", result=result, config=config)
    if args.format == "json":
        sys.stdout.write(dumps(result_json(result)))
    else:
        sys.stdout.write(result_text(result, markdown=args.format == "markdown"))
    return 0


def _cmd_plugins(config: Config) -> int:
    args = config.options
    if args.hooks:
        import inspect

        from . import hookspecs

        sys.stdout.write((HOOKS_DOC or "").strip() + "\n\n")
        for name in hook_names():
            fn = getattr(hookspecs, name)
            sys.stdout.write(f"{name}{inspect.signature(fn)}\n    {inspect.getdoc(fn).splitlines()[0]}\n")
        return 0
    described = config.plugins.describe()
    if args.format == "json":
        sys.stdout.write(json.dumps({"plugins": described}, indent=2) + "\n")
        return 0
    width = max(len(p["name"]) for p in described)
    for p in described:
        sys.stdout.write(f"{p['name']:<{width}}  {p['origin']}\n{'':<{width}}  hooks: {', '.join(p['hooks'])}\n")
    return 0


def _common(sub: argparse.ArgumentParser) -> None:
    g = sub.add_argument_group("plugins")
    g.add_argument("-p", dest="plugin_modules", action="append", default=[], metavar="NAME",
                   help="load a plugin module by name; -p no:NAME disables a plugin")
    g.add_argument("--plugin", dest="plugin_files", action="append", default=[], metavar="FILE",
                   help="load a plugin from a Python file")
    g.add_argument("--strict", action="store_true", help="make a failing plugin an error instead of a warning")


def build_parser(plugins: Plugins) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimtrack", description="Attributed, normalised claims from news "
                                     "articles, cross-checked between sources.")
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="list the attributed, normalised claims of articles")
    ex.add_argument("paths", nargs="+", help="article files (.txt, .md, .docx, .html) or folders")
    ex.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    ex.add_argument("--published", metavar="YYYY-MM-DD", help="reference date for relative dates")
    ex.set_defaults(func=_cmd_extract)

    cc = sub.add_parser("crosscheck", help="find conflicts and agreements between sources")
    cc.add_argument("paths", nargs="+", help="article files or folders")
    cc.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    cc.add_argument("--published", metavar="YYYY-MM-DD", help="reference date for all sources")
    cc.set_defaults(func=_cmd_crosscheck)

    pl = sub.add_parser("plugins", help="list the loaded plugins, where they come from and their hooks")
    pl.add_argument("--hooks", action="store_true", help="list the hooks a plugin can implement")
    pl.add_argument("--format", choices=("text", "json"), default="text")
    pl.set_defaults(func=_cmd_plugins)

    for p in (ex, cc, pl):
        _common(p)
        plugins.call("claimtrack_addoption", parser=p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        plugins = get_plugins(argv)
        args = build_parser(plugins).parse_args(argv)
        plugins.strict = args.strict
        config = Config(plugins, args)
        plugins.call("claimtrack_configure", config=config)
        code = args.func(config)
    except ClaimtrackError as e:
        print(f"claimtrack: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    for err in plugins.errors:
        print(f"claimtrack: warning: {err}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
