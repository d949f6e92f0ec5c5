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
from .report import claims_json, claims_markdown, claims_text, dumps, memo_text, write_atomically


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


def _cmd_check(config: Config) -> int:
    from .memo import check_memo, same_file
    from .sources.meta import parse_published_option

    args = config.options
    outputs = [p for p in (args.output, args.report) if p]
    for out in outputs:
        if same_file(out, args.memo):
            raise ClaimtrackError(f"{out}: refusing to overwrite the input memo; choose another output path")
    date = parse_published_option(args.date) if args.date else None
    report = check_memo(args.memo, args.sources, config, date=date, published=args.published)
    written = [p for batch in config.plugins.call("claimtrack_annotate", memo_path=args.memo, report=report,
                                                  output_path=args.output, config=config) for p in batch]
    if args.output and args.output not in written:
        failed = [e for e in config.plugins.errors if e.hook == "claimtrack_annotate"]
        if failed:
            raise ClaimtrackError(f"{args.output}: not written: {failed[0]}")
        raise ClaimtrackError(f"{args.output}: no annotator plugin writes this kind of file (.docx is built in)")
    config.plugins.call("claimtrack_report", result=report, config=config)
    if args.report:
        write_atomically(args.report, dumps(report.to_json()))
    if args.format == "json":
        sys.stdout.write(dumps(report.to_json()))
    else:
        sys.stdout.write(memo_text(report, markdown=args.format == "markdown"))
    return report.exit_code


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
    cc.add_argument("--workers", type=int, metavar="N",
                    help="processes that extract claims from many sources (default: one per CPU; 1: none)")
    cc.set_defaults(func=_cmd_crosscheck)

    ck = sub.add_parser("check", help="check a draft memo (.docx) against sources; write an annotated copy")
    ck.add_argument("memo", help="the draft memo, a .docx file (never modified)")
    ck.add_argument("--sources", nargs="+", required=True, metavar="PATH", help="source files or folders")
    ck.add_argument("-o", "--output", metavar="OUT.docx", help="write the annotated memo here")
    ck.add_argument("--report", metavar="REPORT.json", help="write the JSON report here")
    ck.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="standard output")
    ck.add_argument("--date", metavar="YYYY-MM-DD", help="the memo's reference date (default: its creation date)")
    ck.add_argument("--published", metavar="YYYY-MM-DD", help="reference date for the sources")
    ck.add_argument("--workers", type=int, metavar="N",
                    help="processes that extract claims from many sources (default: one per CPU; 1: none)")
    ck.set_defaults(func=_cmd_check)

    pl = sub.add_parser("plugins", help="list the loaded plugins, where they come from and their hooks")
    pl.add_argument("--hooks", action="store_true", help="list the hooks a plugin can implement")
    pl.add_argument("--format", choices=("text", "json"), default="text")
    pl.set_defaults(func=_cmd_plugins)

    for p in (ex, cc, ck, pl):
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
