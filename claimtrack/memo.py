"""Checking a draft memo (.docx) against sources: read it, extract its claims, judge each one.

The memo is read with the same safety checks as any .docx source, then mapped paragraph by
paragraph over every ``w:t`` (``wordml.textmap``), so that a claim's offsets lead back to the exact
runs to annotate. Its claims come from the same engine as the sources'; its reference date for
"on Tuesday" is ``--date``, else the document's creation date, else the date line of its header ("Date:
4 September 2026"), else today, and the report says which.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import docx
from docx.oxml.ns import qn

from .api import claims_of, claims_of_all, load_sources
from .conflicts import cyclic_gc_paused
from .errors import ClaimtrackError, LoadError
from .model import VERDICTS, Claim, Finding, Source
from .plugins import Config, PluginError
from .sources.meta import find_dateline
from .sources.safety import check_file, one_line, open_docx_archive, read_limited
from .verdicts import judge_all
from .wordml.textmap import ParagraphMap, paragraph_maps, revised_text, table_row

REPORT_SCHEMA = "claimtrack.report/1"
MEMO_ID = "memo"
MAX_MEMO_BYTES = 50_000_000
# python-docx's own template carries this creation date; it says nothing about the memo
_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15)
_W_P, _W_TC, _W_TR = qn("w:p"), qn("w:tc"), qn("w:tr")


@dataclass
class Memo:
    path: str
    document: docx.document.Document
    maps: list[ParagraphMap]
    source: Source  # the memo's text: its paragraphs joined by newlines
    starts: list[int]  # offset of each paragraph in source.text

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(paragraph position, start, end) of a memo-text span, offsets within the paragraph's map text."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i, start - self.starts[i], end - self.starts[i]


@dataclass
class MemoReport:
    memo: str
    reference_date: dt.date
    reference_date_from: str
    sources: list[Source]
    findings: list[Finding]
    plugin_errors: list[PluginError] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        c = Counter(f.verdict for f in self.findings)
        return {v: c.get(v, 0) for v in VERDICTS}

    @property
    def exit_code(self) -> int:
        """0 when every claim is supported, 1 otherwise: a publishing pipeline can gate on it."""
        return 0 if all(f.verdict == "supported" for f in self.findings) else 1

    def to_json(self) -> dict:
        return {
            "schema": REPORT_SCHEMA,
            "memo": self.memo,
            "reference_date": self.reference_date.isoformat(),
            "reference_date_from": self.reference_date_from,
            "sources": [{"id": s.id, "path": s.path, "title": s.title,
                         "published": s.published.isoformat() if s.published else None} for s in self.sources],
            "summary": self.counts(),
            "findings": [f.to_json() for f in self.findings],
            "plugin_errors": [str(e) for e in self.plugin_errors],
        }


def read_memo(path: str, date: dt.date | None = None) -> tuple[Memo, str]:
    """The memo and where its reference date came from ("option", "docx", "dateline" or "today")."""
    if not path.lower().endswith(".docx"):
        raise LoadError(path, "a memo must be a .docx file" + (" (save the .doc as .docx)"
                                                                 if path.lower().endswith(".doc") else ""))
    check_file(path, MAX_MEMO_BYTES)
    data = read_limited(path, MAX_MEMO_BYTES)
    open_docx_archive(data, path).close()
    try:
        document = docx.Document(io.BytesIO(data))
        maps = paragraph_maps(document)
        created = document.core_properties.created
    except Exception as e:  # python-docx raises many kinds of errors on damaged parts
        raise LoadError(path, f"cannot read .docx ({one_line(e)})") from None
    if not any(m.text.strip() for m in maps):
        raise LoadError(path, "empty document (no text in the .docx body)")
    # breaks inside a paragraph become spaces so that a memo paragraph is one line of the memo text;
    # the cells of one table row are joined by tabs, so that a row ("Blinken-Qin call | June 14")
    # reads as one statement
    texts = [m.text.replace("\n", " ").replace("\r", " ").replace("\t", " ") for m in maps]
    if date is not None:
        ref, origin = date, "option"
    elif created is not None and created.replace(tzinfo=None) != _TEMPLATE_CREATED:
        ref, origin = created.date(), "docx"
    elif (dated := find_dateline("\n".join(texts))) is not None:
        ref, origin = dated, "dateline"  # a memo header's "Date: 4 September 2026"
    else:
        ref, origin = dt.date.today(), "today"
    rows = [table_row(m.paragraph) for m in maps]
    starts, pos, parts = [], 0, []
    for i, t in enumerate(texts):
        if i:
            parts.append("\t" if rows[i] is not None and rows[i] is rows[i - 1] else "\n")
        starts.append(pos)
        parts.append(t)
        pos += len(t) + 1
    source = Source(id=MEMO_ID, path=path, text="".join(parts), format="docx", title=None,
                    published=ref, published_from=origin)
    return Memo(path, document, maps, source, starts), origin


def check_memo(memo_path: str, source_paths: Sequence[str], config: Config,
               date: dt.date | None = None, published: str | None = None) -> MemoReport:
    """Every claim of the memo, judged against the sources."""
    memo, origin = read_memo(memo_path, date)
    sources = load_sources(source_paths, config, published)
    return check_loaded(memo, origin, sources, config)


def check_loaded(memo: Memo, origin: str, sources: Sequence[Source], config: Config) -> MemoReport:
    """``check_memo`` once the memo and the sources are loaded (``read_memo``, ``load_sources``)."""
    if any(s.id == MEMO_ID for s in sources):
        raise ClaimtrackError(f"a source is named '{MEMO_ID}', which is the memo's id; rename it")
    with cyclic_gc_paused():  # many small acyclic objects: see conflicts.cyclic_gc_paused
        source_claims = claims_of_all(sources, config)
        memo_claims = with_table_cells(memo, claims_of(memo.source, config), config)
        config.sources[memo.source.id] = memo.source  # checkers read the memo's sentences too
        judgements = judge_all(memo_claims, memo.source.published, sources, source_claims, config)
    findings = []
    for j in judgements:
        pos, start, end = memo.locate(j.claim.start, j.claim.end)
        pmap = memo.maps[pos]
        native = pmap.native_span(start, end)
        n_start, n_end = native if native else (start, end)
        findings.append(Finding(j.claim, pmap.index, n_start, n_end, j.verdict, j.evidence, j.message,
                                j.suggestion, map_position=pos, map_start=start, map_end=end))
    return MemoReport(memo.path, memo.source.published, origin, list(sources), findings,
                      list(config.plugins.errors))


def with_table_cells(memo: Memo, claims: list[Claim], config: Config) -> list[Claim]:
    """``claims`` of the memo plus those of its table cells that hold a bare number.

    A cell "about 212,000" in the row "Eligible voters" says what "about 212,000 eligible voters"
    says in a sentence, but alone it is no figure: it is read with its row label after it, and the
    claim the engine finds there, when its number is the cell's and its unit comes from the label,
    becomes the cell's claim (its span the cell, its sentence the row).
    """
    taken = [(c.start, c.end) for c in claims]
    extra = [c for i in range(len(memo.maps)) if (c := _cell_claim(memo, i, taken, config)) is not None]
    if not extra:
        return claims
    merged = sorted(claims + extra, key=lambda c: (c.start, c.end))
    for n, c in enumerate(merged, 1):
        c.id = f"{MEMO_ID}:{n}"
    return merged


def _cell_claim(memo: Memo, i: int, taken: list[tuple[int, int]], config: Config) -> Claim | None:
    """The claim of paragraph ``i`` when it is the only paragraph of a cell after a row's first
    cell, ends with a digit and holds no claim yet: the figure it makes before its row label
    ("about 212,000 eligible voters"), else before its column header ("Green Left: 12 seats")."""
    tc = memo.maps[i].paragraph._p.getparent()
    if tc.tag != _W_TC or len(tc.findall(_W_P)) != 1:
        return None
    row = tc.getparent()
    cells = row.findall(_W_TC)
    raw = memo.maps[i].text
    value = raw.strip()
    col = cells.index(tc)
    if col == 0 or not value[-1:].isdigit():
        return None
    start = memo.starts[i] + raw.index(value)
    end = start + len(value)
    if any(a < end and start < b for a, b in taken):
        return None
    label = _cell_text(cells[0])
    found = _figure_before(value, label, "", memo.source, config) if label else None
    head_row = row.getparent().find(_W_TR)
    if found is None and label and head_row is not row and len(heads := head_row.findall(_W_TC)) > col:
        found = _figure_before(value, _cell_text(heads[col]), label + "\t", memo.source, config)
    if found is None:
        return None
    first, last = _row_span(memo, i)
    return Claim(f"{MEMO_ID}:0", MEMO_ID, start, end, memo.source.text[start:end], found.kind, found.value,
                 (first, last), about=found.about, event_time=found.event_time)


def _cell_text(tc) -> str:
    """A cell's text on one line."""
    return " ".join(" ".join(revised_text(p, "accept") for p in tc.iter(_W_P)).split())


def _figure_before(value: str, words: str, lead: str, memo: Source, config: Config) -> Claim | None:
    """The figure the engine finds in "{lead}{value} {words}" (the words' capital dropped) that
    starts with the value and takes its unit from the words, which must be common words there:
    a label that begins with a name ("Greyhaven Partners' stake") lends no unit."""
    if not words:
        return None
    text = f"{lead}{value} {words[0].lower()}{words[1:]}"
    phrase = Source(id=MEMO_ID, path=memo.path, text=text, format="txt", title=None,
                    published=memo.published, published_from=memo.published_from)
    after = len(lead) + len(value) + 1
    for c in claims_of(phrase, config):
        unit = text[after:c.end]
        if c.start == len(lead) and c.end > after and unit[1:] == unit[1:].lower():
            return c
    return None


def _row_span(memo: Memo, i: int) -> tuple[int, int]:
    """[start, end) in the memo text of the table row paragraph ``i`` belongs to: its line, as the
    loader joins the cells of a row by tabs and ends each row with a line break."""
    text, at = memo.source.text, memo.starts[i]
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end


def same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)
