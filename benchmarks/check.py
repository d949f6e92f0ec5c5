"""How fast ``claimtrack check`` is: a 200-paragraph memo against 1,000 sources.

Usage: python benchmarks/check.py [--paragraphs 200] [--sources 1000]

The sources are the fixture articles (and the seed articles when ../shared/seeds exists) copied
under new ids until there are --sources of them; the memo repeats the paragraphs of the fixture
memos until it has --paragraphs. Prints the time to check (loading and extracting the sources,
extracting the memo, judging every claim) and, separately, the time to write the annotated
document. Targets: checking under 5 s, writing under 1 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import glob
import os
import tempfile
import time
from pathlib import Path

import docx

from claimtrack.api import default_config
from claimtrack.extract.pipeline import infer_reference_date
from claimtrack.memo import check_loaded, read_memo
from claimtrack.sources import load_source

ROOT = Path(__file__).resolve().parents[1]


def build_memo(path: Path, paragraphs: int) -> None:
    texts = []
    for memo in sorted(glob.glob(str(ROOT / "fixtures" / "memos" / "*.docx"))):
        texts += [p.text for p in docx.Document(memo).paragraphs if p.text.strip()]
    d = docx.Document()
    for i in range(paragraphs):
        d.add_paragraph(texts[i % len(texts)])
    d.save(path)


def corpus(n: int) -> list:
    files = sorted(glob.glob(str(ROOT / "fixtures" / "articles" / "*.txt")))
    files += sorted(glob.glob(str(ROOT.parent / "shared" / "seeds" / "*.txt")))
    base = [load_source(f) for f in files]
    return [infer_reference_date(dataclasses.replace(base[i % len(base)], id=f"s{i:05d}")) for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=200)
    ap.add_argument("--sources", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=None,
                    help="processes extracting the sources (default: one per CPU, as claimtrack check)")
    args = ap.parse_args()
    config = default_config()
    config.options.workers = args.workers
    sources = corpus(args.sources)
    with tempfile.TemporaryDirectory() as tmp:
        memo_path = Path(tmp) / "memo.docx"
        build_memo(memo_path, args.paragraphs)
        t0 = time.perf_counter()
        memo, origin = read_memo(str(memo_path))
        report = check_loaded(memo, origin, sources, config)
        t_check = time.perf_counter() - t0
        config.options.now = "2026-01-01T00:00:00Z"
        config.options.summary = "comment"
        out = Path(tmp) / "memo.checked.docx"
        t1 = time.perf_counter()
        config.plugins.call("claimtrack_annotate", memo_path=str(memo_path), report=report,
                            output_path=str(out), config=config)
        t_write = time.perf_counter() - t1
    counts = report.counts()
    print(f"memo: {args.paragraphs} paragraphs, {len(report.findings)} findings; sources: {len(sources)} articles "
          f"(in memory, as load_sources returns them); extraction workers: "
          f"{args.workers or os.cpu_count()} (of {os.cpu_count()} CPUs)")
    print(f"  check (total):        {t_check:7.2f} s   target < 5 s: {'ok' if t_check < 5 else 'MISSED'}")
    print(f"  write annotated docx: {t_write:7.2f} s   target < 1 s: {'ok' if t_write < 1 else 'MISSED'}")
    print(f"  verdicts: {', '.join(f'{n} {v}' for v, n in counts.items() if n)}")
    print(f"check-bench: paragraphs={args.paragraphs} sources={len(sources)} check_s={t_check:.2f} "
          f"write_s={t_write:.2f} workers={args.workers or os.cpu_count()}")


if __name__ == "__main__":
    main()
