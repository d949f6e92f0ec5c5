"""The Word annotator: a checked memo as a .docx with comments, highlights and tracked changes.

Built only on the public hooks (``claimtrack_addoption`` for its options, ``claimtrack_annotate``
to write), so any other output can be added the same way. For each finding it highlights the
claim's exact characters in its verdict's colour and anchors a comment on them; a contradicted
value also gets a tracked change proposing the sources' value, which Word's Accept applies.
Edits run right to left within a paragraph so that earlier offsets stay valid.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from typing import Any

import docx

import claimtrack
from claimtrack.wordml.edit import (
    IdAllocator,
    add_comment,
    highlight,
    isolate,
    save_deterministic,
    tracked_replace,
)
from claimtrack.wordml.textmap import paragraph_maps

#: highlight colour of each verdict (Word's highlight palette)
VERDICT_COLORS = {
    "supported": "brightGreen",
    "contradicted": "red",
    "disputed": "yellow",
    "unsupported": "lightGray",
    "misattributed": "magenta",
}
AUTHOR = "claimtrack"
INITIALS = "CT"


@claimtrack.hookimpl
def claimtrack_addoption(parser) -> None:
    if not parser.prog.endswith(" check"):
        return
    g = parser.add_argument_group("Word output")
    g.add_argument("--summary", choices=("comment", "section", "none"), default="comment",
                   help="where to put the counts by verdict: a comment on the first paragraph (default), "
                        "a section appended to the memo, or nowhere")
    g.add_argument("--author", default=AUTHOR, help="author of the comments and tracked changes")
    g.add_argument("--now", metavar="ISO-DATETIME",
                   help="timestamp of the comments and changes (default: SOURCE_DATE_EPOCH, else now), "
                        "so the same inputs give the same bytes")


def annotation_time(config) -> dt.datetime:
    """The clock, injectable: ``--now``, else SOURCE_DATE_EPOCH (the reproducible-builds convention)."""
    now = config.getoption("now")
    if now:
        value = dt.datetime.fromisoformat(now.replace("Z", "+00:00"))
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def comment_text(finding) -> str:
    lines = [f"{finding.verdict.upper()}: {finding.message}"]
    for e in finding.evidence[:4]:
        mark = "agrees" if e.agrees else "differs"
        lines.append(f"{e.claim.source} ({mark}): “{' '.join(e.claim.text.split())}”")
    if finding.suggestion and finding.verdict == "contradicted":
        lines.append(f"Suggested: {finding.suggestion}")
    return "\n".join(lines)


def summary_text(report) -> str:
    counts = report.counts()
    parts = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
    sources = ", ".join(s.id for s in report.sources)
    return (f"claimtrack checked {len(report.findings)} claims against {len(report.sources)} sources "
            f"({sources}): {parts or 'nothing to check'}. Reference date {report.reference_date.isoformat()} "
            f"({report.reference_date_from}).")


def annotate(memo_path: str, report, output_path: str, config) -> str:
    """Write the annotated copy of ``memo_path`` to ``output_path`` (atomically) and return the path."""
    document = docx.Document(memo_path)
    maps = paragraph_maps(document)
    ids = IdAllocator(document)
    now = annotation_time(config)
    author = config.getoption("author", AUTHOR) or AUTHOR
    summary = config.getoption("summary", "comment")
    if summary == "comment" and maps:
        first = next((m for m in maps if m.text.strip()), maps[0])
        runs = isolate(first, 0, len(first.text))
        if runs:
            add_comment(document, runs, summary_text(report), author=author, initials=INITIALS, date=now, ids=ids)
    # the summary first: it spans a whole paragraph, which later edits may split further
    by_paragraph: dict[int, list] = defaultdict(list)
    for f in report.findings:
        if f.map_position is not None:
            by_paragraph[f.map_position].append(f)
    for pos, findings in by_paragraph.items():
        pmap = maps[pos]
        # comments and highlights leave the text as it is; a tracked replacement changes it after its
        # start, so the replacements go last, right to left: a figure corrected inside a quote that
        # also has a comment must not move the quote's offsets under it
        def corrected(f) -> bool:
            return f.verdict == "contradicted" and bool(f.suggestion)

        for f in sorted(findings, key=lambda f: (corrected(f), -f.map_start)):
            runs = isolate(pmap, f.map_start, f.map_end)
            if not runs:
                continue
            highlight(runs, VERDICT_COLORS[f.verdict])
            anchor: Any = runs
            if corrected(f):
                change = tracked_replace(document, runs, f.suggestion, author, now, ids)
                if change is not None:
                    anchor = [el for el in change if el is not None]
            add_comment(document, anchor, comment_text(f), author=author, initials=INITIALS, date=now, ids=ids)
    if summary == "section":
        document.add_heading("claimtrack summary", level=2)
        document.add_paragraph(summary_text(report))
    save_deterministic(document, output_path, original=memo_path)
    return output_path


@claimtrack.hookimpl
def claimtrack_annotate(memo_path: str, report, output_path: str | None, config) -> list[str] | None:
    if not output_path or not output_path.lower().endswith(".docx"):
        return None
    return [annotate(memo_path, report, output_path, config)]
