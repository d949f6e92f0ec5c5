"""Shared helpers for the extraction tests.

``claims_of`` runs the engine on a string with a given reference date; ``claim_at`` finds the claim
whose span overlaps the first occurrence of a substring; ``check_memo_report`` runs ``claimtrack check``
on sources and a memo built from strings, and ``verdict`` reads one finding's verdict from its report.
Test modules import them directly
(``from conftest import claims_of, claim_at``); they are also offered as fixtures.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import docx
import pytest

import claimtrack
from claimtrack import cli
from claimtrack.model import Claim

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "fixtures"


def make_source(text: str, published: str | dt.date | None = "2023-06-14") -> claimtrack.Source:
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return claimtrack.Source(id="t", path="t.txt", text=text, published=published)


def claims_of(text: str, published: str | dt.date | None = "2023-06-14") -> list[Claim]:
    """The claims of ``text`` with reference date ``published`` (None: no reference date)."""
    return claimtrack.extract_claims(make_source(text, published))


def claims_overlapping(claims: list[Claim], text: str, needle: str, kind: str | None = None) -> list[Claim]:
    at = text.find(needle)
    assert at >= 0, f"test bug: {needle!r} not in {text!r}"
    end = at + len(needle)
    return [c for c in claims if c.start < end and at < c.end and (kind is None or c.kind == kind)]


def claim_at(text: str, needle: str, kind: str | None = None, published: str | dt.date | None = "2023-06-14",
             claims: list[Claim] | None = None) -> Claim:
    """The one claim (of ``kind``, if given) overlapping the first occurrence of ``needle`` in ``text``."""
    if claims is None:
        claims = claims_of(text, published)
    found = claims_overlapping(claims, text, needle, kind)
    assert found, (f"no {kind or ''} claim overlaps {needle!r}; claims: "
                   f"{[(c.kind, c.text, c.value) for c in claims]}")
    if len(found) > 1:
        # prefer the claim that covers the needle best (a quote may contain a figure)
        at = text.find(needle)
        found.sort(key=lambda c: (-(min(c.end, at + len(needle)) - max(c.start, at)), c.kind == "quote"))
    return found[0]


def quotes_of(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "quote"]


_ISO_DURATION = re.compile(r"P(?:(?P<D>[\d.]+)D)?(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<M>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?")


def duration_seconds(value: str) -> float:
    """Seconds in an ISO 8601 duration made of days, hours, minutes and seconds."""
    m = _ISO_DURATION.fullmatch(value)
    assert m, f"not a day/time ISO duration: {value!r}"
    parts = {k: float(v) if v else 0.0 for k, v in m.groupdict().items()}
    return parts["D"] * 86400 + parts["H"] * 3600 + parts["M"] * 60 + parts["S"]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"the shared folder {SHARED} is absent (seeds, gold and scorer live there)")
    return SHARED


SAMPLES = Path(__file__).resolve().parent / "plugin_samples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    capsys.readouterr()
    rc = cli.main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def write_article(path: Path, text: str, published: str | None = "2023-06-14") -> Path:
    """An article file, with a sidecar giving its publication date unless ``published`` is None."""
    path.write_text(text, encoding="utf-8")
    if published:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps({"published": published}), encoding="utf-8")
    return path


def check_memo_report(tmp_path: Path, sources: dict[str, str], paragraphs: list[str], created: dt.datetime,
                      published: str | None = None, table: list[list[str]] | None = None) -> dict:
    """Write ``sources`` (name: text, with a ``published`` sidecar when given) and a memo of
    ``paragraphs`` (and ``table``) created at ``created``; run ``claimtrack check``; return its report."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, text in sources.items():
        write_article(folder / f"{name}.txt", text, published)
    d = docx.Document()
    d.core_properties.created = created
    for text in paragraphs:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    memo = tmp_path / "memo.docx"
    d.save(memo)
    report = tmp_path / "report.json"
    cli.main(["check", str(memo), "--sources", str(folder), "-o", str(tmp_path / "out.docx"), "--report", str(report),
              "--now", created.strftime("%Y-%m-%dT%H:%M:%SZ")])
    return json.loads(report.read_text(encoding="utf-8"))


def verdict(report: dict, text: str) -> str:
    """The verdict of the first finding whose text contains ``text``."""
    hits = [f for f in report["findings"] if text in f["text"]]
    assert hits, f"no finding for {text!r} in {[f['text'] for f in report['findings']]}"
    return hits[0]["verdict"]


@pytest.fixture()
def samples(monkeypatch: pytest.MonkeyPatch) -> Path:
    """tests/plugin_samples on sys.path, so that ``-p ct_...`` imports the sample plugins."""
    monkeypatch.syspath_prepend(str(SAMPLES))
    return SAMPLES
