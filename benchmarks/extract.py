"""Extraction throughput of claimtrack against two reference tools, on the same news text.

What it measures
    * claimtrack: ``claimtrack.extract_claims(source)`` per article, over a corpus of at least
      ``--min-mb`` MB (default 2) of UTF-8 article text: MB/s and claims/s. Articles are loaded
      once with ``claimtrack.load_source`` outside the timed region; only extraction is timed.
    * dateparser: ``dateparser.search.search_dates(text, languages=["en"],
      settings={"RELATIVE_BASE": datetime(2023, 6, 14)})`` per article: MB/s and dates found/s.
    * quantulum3: ``quantulum3.parser.parse(paragraph)`` per paragraph (blank-line separated):
      MB/s and quantities/s.

    The corpus is every ``fixtures/articles/*.txt`` plus, when present, ``../shared/seeds/*.txt``
    (relative to the repository root), repeated in order until it is large enough. The reference
    tools are far slower, so they run on a slice: the first ``--ref-kb`` KB (default 100) of the same
    article sequence; their MB/s is measured on that slice, and the output says so.

    Every tool runs in this one process on one core (no threads, no multiprocessing), timed with
    ``time.perf_counter``; each is warmed up once on every distinct article before timing (imports,
    regex compilation, model loading), and the best of ``--repeat`` runs is reported. Peak memory:
    the tracemalloc peak of one claimtrack pass over the reference slice, and the process's maximum
    RSS after the claimtrack runs (before any reference tool is imported).

How to run
    python benchmarks/extract.py                        # all tools, best of 3
    python benchmarks/extract.py --repeat 5 --tools claimtrack,dateparser
    python benchmarks/extract.py --min-mb 4 --ref-kb 200 --check

    The reference tools are the ``bench`` extra: ``pip install -e '.[bench]'``. A tool that is not
    installed is reported as such and skipped.

Targets
    claimtrack >= 1 MB/s on one core, and >= 10x faster (MB/s ratio) than each reference tool.
    ``--check`` makes the script exit with status 1 when a target is missed.

The last line of output is machine readable, e.g.::

    extract-bench: claimtrack_mb_s=1.23 claims_s=4567 dateparser_mb_s=0.01 quantulum3_mb_s=0.02 \
speedup_dateparser=123.4 speedup_quantulum3=56.7

(one line; a selected tool that is not installed gets ``na`` values, an unselected one is omitted).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import re
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run from a checkout without ``pip install -e .``
    sys.path.insert(0, str(REPO))

import claimtrack  # noqa: E402

TOOLS = ("claimtrack", "dateparser", "quantulum3")
TARGET_MB_S = 1.0
TARGET_SPEEDUP = 10.0
RELATIVE_BASE = dt.datetime(2023, 6, 14)
NOT_INSTALLED = "not installed (pip install -e '.[bench]')"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MB = 1_000_000
KB = 1_000


@dataclass
class Doc:
    """One article of the corpus: its loaded Source and the UTF-8 size of its text."""

    source: claimtrack.Source
    nbytes: int
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Result:
    """The best timed run of one tool."""

    tool: str
    nbytes: int
    seconds: float
    items: int
    item_name: str
    errors: int = 0
    note: str = ""

    @property
    def mb_s(self) -> float:
        return self.nbytes / MB / self.seconds if self.seconds > 0 else float("inf")

    @property
    def items_s(self) -> float:
        return self.items / self.seconds if self.seconds > 0 else float("inf")


# ---------------------------------------------------------------------------------------------- corpus


def article_paths() -> list[Path]:
    """The fixture articles and, when the shared checkout is there, the seed articles."""
    paths = sorted((REPO / "fixtures" / "articles").glob("*.txt"))
    seeds = REPO.parent / "shared" / "seeds"
    if seeds.is_dir():
        paths += sorted(seeds.glob("*.txt"))
    return paths


def load_docs(paths: Sequence[Path]) -> list[Doc]:
    """Load every article once (outside any timed region)."""
    docs: list[Doc] = []
    for path in paths:
        try:
            source = claimtrack.load_source(path)
        except claimtrack.ClaimtrackError as exc:
            print(f"skipping {path}: {exc}", file=sys.stderr)
            continue
        paragraphs = [p for p in PARAGRAPH_BREAK.split(source.text) if p.strip()]
        docs.append(Doc(source, len(source.text.encode("utf-8")), paragraphs))
    return docs


def repeat_to(docs: Sequence[Doc], min_bytes: int) -> list[Doc]:
    """The articles in order, cycled until they hold at least ``min_bytes`` of text.

    Each copy gets its own source id so that claim ids stay distinct, as across real articles.
    """
    out: list[Doc] = []
    total = 0
    rep = 0
    while total < min_bytes:
        for doc in docs:
            src = dataclasses.replace(doc.source, id=f"{doc.source.id}#{rep}")
            out.append(Doc(src, doc.nbytes, doc.paragraphs))
            total += doc.nbytes
            if total >= min_bytes:
                break
        rep += 1
    return out


# ---------------------------------------------------------------------------------------------- tools


def claimtrack_runner() -> Callable[[Sequence[Doc]], tuple[int, int]]:
    def run(docs: Sequence[Doc]) -> tuple[int, int]:
        extract = claimtrack.extract_claims
        items = 0
        for doc in docs:
            items += len(extract(doc.source))
        return items, 0

    return run


def dateparser_runner() -> tuple[Callable[[Sequence[Doc]], tuple[int, int]] | None, str]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from dateparser.search import search_dates
    except ImportError:
        return None, NOT_INSTALLED
    settings = {"RELATIVE_BASE": RELATIVE_BASE}

    def run(docs: Sequence[Doc]) -> tuple[int, int]:
        items = errors = 0
        for doc in docs:
            try:
                found = search_dates(doc.source.text, languages=["en"], settings=settings)
            except Exception:  # a reference tool's crash is counted, not fatal
                errors += 1
                continue
            items += len(found or ())
        return items, errors

    return run, "per article"


def quantulum3_runner() -> tuple[Callable[[Sequence[Doc]], tuple[int, int]] | None, str]:
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            from quantulum3 import parser
    except ImportError:
        return None, NOT_INSTALLED
    note = "per paragraph"
    if any("lassifier" in str(w.message) for w in caught):
        note += "; classifier extra not installed, no unit disambiguation"

    def run(docs: Sequence[Doc]) -> tuple[int, int]:
        items = errors = 0
        for doc in docs:
            for paragraph in doc.paragraphs:
                try:
                    items += len(parser.parse(paragraph))
                except Exception:  # a reference tool's crash is counted, not fatal
                    errors += 1
        return items, errors

    return run, note


def best_of(run: Callable[[Sequence[Doc]], tuple[int, int]], docs: Sequence[Doc],
            repeat: int) -> tuple[float, int, int]:
    """Best wall time of ``repeat`` runs over ``docs`` (with the item and error counts of that run)."""
    best: tuple[float, int, int] | None = None
    for _ in range(repeat):
        gc.collect()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            t0 = time.perf_counter()
            items, errors = run(docs)
            seconds = time.perf_counter() - t0
        if best is None or seconds < best[0]:
            best = (seconds, items, errors)
    assert best is not None
    return best


def warm_up(run: Callable[[Sequence[Doc]], tuple[int, int]], docs: Sequence[Doc]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run(docs)


def tracemalloc_peak(run: Callable[[Sequence[Doc]], tuple[int, int]], docs: Sequence[Doc]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        run(docs)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def max_rss_bytes() -> int | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


# ---------------------------------------------------------------------------------------------- output


def fmt_rate(x: float) -> str:
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def print_table(results: Sequence[Result], skipped: dict[str, str], footer: Sequence[str]) -> None:
    header = ("tool", "text (KB)", "seconds", "MB/s", "items", "items/s")
    rows = [
        (r.tool, f"{r.nbytes / KB:,.1f}", f"{r.seconds:.3f}", fmt_rate(r.mb_s),
         f"{r.items:,} {r.item_name}", f"{r.items_s:,.0f}")
        for r in results
    ]
    rows += [(tool, "-", "-", "-", why, "-") for tool, why in skipped.items()]
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) if i in (0, 4) else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) if i in (0, 4) else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    print("-" * len(line))
    for note in footer:
        print(note)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per tool; the best is kept (default 3)")
    ap.add_argument("--tools", default=",".join(TOOLS),
                    help=f"comma-separated subset of {','.join(TOOLS)} (default: all)")
    ap.add_argument("--min-mb", type=float, default=2.0,
                    help="claimtrack corpus size in MB (10^6 bytes of UTF-8 text, default 2)")
    ap.add_argument("--ref-kb", type=float, default=100.0,
                    help="size of the slice the reference tools run on, in KB (default 100)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    args.tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in args.tools if t not in TOOLS]
    if unknown or not args.tools:
        ap.error(f"--tools: unknown {', '.join(unknown) or '(empty)'}; choose from {', '.join(TOOLS)}")
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths = article_paths()
    docs = load_docs(paths)
    if not docs:
        print("extract-bench: no articles found", file=sys.stderr)
        return 2
    corpus = repeat_to(docs, int(args.min_mb * MB))
    ref_slice = repeat_to(docs, int(args.ref_kb * KB))
    distinct = sum(d.nbytes for d in docs)
    print(f"corpus: {len(docs)} distinct articles ({distinct / KB:.1f} KB) from {len(paths)} files, "
          f"repeated to {len(corpus)} articles / {sum(d.nbytes for d in corpus) / MB:.2f} MB for claimtrack; "
          f"reference tools on the first {len(ref_slice)} articles / {sum(d.nbytes for d in ref_slice) / KB:.1f} KB")
    print(f"best of {args.repeat} timed runs per tool after one warm-up pass; one process, one core; "
          f"Python {sys.version.split()[0]}, claimtrack {claimtrack.__version__}")
    print()

    results: dict[str, Result] = {}
    skipped: dict[str, str] = {}
    memory = ""

    if "claimtrack" in args.tools:
        run = claimtrack_runner()
        warm_up(run, docs)
        seconds, items, errors = best_of(run, corpus, args.repeat)
        results["claimtrack"] = Result("claimtrack", sum(d.nbytes for d in corpus), seconds, items, "claims",
                                       errors, "full corpus")
        peak = tracemalloc_peak(run, ref_slice)
        rss = max_rss_bytes()
        mem = f"claimtrack peak memory: tracemalloc peak {peak / MB:.1f} MB (one pass over the reference slice, claims dropped per article)"
        if rss is not None:
            mem += f"; process max RSS {rss / MB:.1f} MB (after the claimtrack runs, before reference tools load)"
        memory = mem

    factories = {"dateparser": (dateparser_runner, "dates"), "quantulum3": (quantulum3_runner, "quantities")}
    for tool in ("dateparser", "quantulum3"):
        if tool not in args.tools:
            continue
        factory, item_name = factories[tool]
        ref_run, note = factory()
        if ref_run is None:
            skipped[tool] = note
            continue
        warm_up(ref_run, docs)
        seconds, items, errors = best_of(ref_run, ref_slice, args.repeat)
        results[tool] = Result(tool, sum(d.nbytes for d in ref_slice), seconds, items, item_name, errors, note)

    footer: list[str] = []
    for r in results.values():
        if r.tool == "claimtrack":
            scope = f"timed on the full corpus ({r.nbytes / MB:.2f} MB), per article"
        else:
            scope = f"timed on the reference slice only ({r.nbytes / KB:.1f} KB), {r.note}"
        err = f"; {r.errors} call(s) raised and were counted as errors" if r.errors else ""
        footer.append(f"{r.tool}: {scope}{err}")
    if memory:
        footer.append(memory)
    print_table(list(results.values()), skipped, footer)
    print()

    misses: list[str] = []
    ct = results.get("claimtrack")
    if ct is not None:
        ok = ct.mb_s >= TARGET_MB_S
        print(f"target claimtrack >= {TARGET_MB_S:g} MB/s on one core: {'met' if ok else 'MISSED'} ({ct.mb_s:.3f} MB/s)")
        if not ok:
            misses.append("mb_s")
    speedups: dict[str, float | None] = {}
    for tool in ("dateparser", "quantulum3"):
        if tool not in args.tools:
            continue
        ref = results.get(tool)
        if ct is None or ref is None:
            speedups[tool] = None
            continue
        ratio = ct.mb_s / ref.mb_s
        speedups[tool] = ratio
        if ratio >= 1:
            print(f"claimtrack is {ratio:.1f}x faster than {tool} (MB/s ratio)")
        else:
            print(f"claimtrack is {1 / ratio:.1f}x slower than {tool} (MB/s ratio)")
        ok = ratio >= TARGET_SPEEDUP
        print(f"  target >= {TARGET_SPEEDUP:g}x faster than {tool}: {'met' if ok else 'MISSED'}")
        if not ok:
            misses.append(f"speedup_{tool}")

    fields: list[str] = []
    if "claimtrack" in args.tools:
        fields += [f"claimtrack_mb_s={ct.mb_s:.3f}" if ct else "claimtrack_mb_s=na",
                   f"claims_s={ct.items_s:.0f}" if ct else "claims_s=na"]
    for tool in ("dateparser", "quantulum3"):
        if tool in args.tools:
            ref = results.get(tool)
            fields.append(f"{tool}_mb_s={ref.mb_s:.4f}" if ref else f"{tool}_mb_s=na")
    for tool, ratio in speedups.items():
        fields.append(f"speedup_{tool}={ratio:.1f}" if ratio is not None else f"speedup_{tool}=na")
    print("extract-bench: " + " ".join(fields))
    return 1 if args.check and misses else 0


if __name__ == "__main__":
    sys.exit(main())
