"""Renderings of extraction results: JSON (the documented schema), an aligned text table, markdown."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .model import Claim, Quantity, QuoteValue, Source, TimeValue

CLAIMS_SCHEMA = "claimtrack.claims/1"


def claims_json(sources: Sequence[Source], claims: Sequence[Claim]) -> dict:
    return {
        "schema": CLAIMS_SCHEMA,
        "sources": [s.to_json() for s in sources],
        "claims": [c.to_json() for c in claims],
    }


def value_text(claim: Claim) -> str:
    """A short human rendering of a claim's value: "PT35M (APPROX)", "42 companies", "“...” (direct)"."""
    v = claim.value
    if isinstance(v, TimeValue):
        return v.value + (f" to {v.high}" if v.high else "") + (f" ({v.mod})" if v.mod else "")
    if isinstance(v, Quantity):
        amount = f"{v.amount:,}" if isinstance(v.amount, int) else f"{v.amount:g}"
        unit = "" if v.unit == "%" else " "
        out = f"{amount}{unit}{v.unit}" + (f" per {v.per}" if v.per else "")
        return out + (f" ({v.mod})" if v.mod else "")
    if isinstance(v, QuoteValue):
        words = v.content if len(v.content) <= 60 else v.content[:57] + "..."
        return ("direct: " if v.direct else "indirect: ") + words
    return str(v)


def _speaker(claim: Claim) -> str:
    a = claim.attribution
    if a is None:
        return "(outlet)"
    return a.speaker or "?"


def _about(claim: Claim) -> str:
    parts = list(claim.about.entities[:3])
    if claim.about.event:
        parts.append(f"[{claim.about.event}]")
    return ", ".join(parts)


def _rows(claims: Sequence[Claim]) -> list[list[str]]:
    return [[c.source, f"{c.start}-{c.end}", c.kind, _clip(c.text, 40), value_text(c), _clip(_speaker(c), 28),
             _clip(_about(c), 40)] for c in claims]


_HEADER = ["source", "span", "kind", "text", "value", "asserted by", "about"]


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _anchor_line(s: Source) -> str:
    if s.published is None:
        return f"{s.id}: no reference date; relative dates are left unanchored"
    how = {"inferred": "inferred from the article's own dates"}.get(s.published_from or "", s.published_from)
    return f"{s.id}: reference date {s.published.isoformat()} ({how})"


def claims_text(sources: Sequence[Source], claims: Sequence[Claim]) -> str:
    rows = [_HEADER, *_rows(claims)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(_HEADER))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.extend(_anchor_line(s) for s in sources)
    lines.append(f"{len(claims)} claims from {len(sources)} source(s)")
    return "\n".join(lines) + "\n"


def claims_markdown(sources: Sequence[Source], claims: Sequence[Claim]) -> str:
    def cell(s: str) -> str:
        return s.replace("|", "\\|")

    lines = ["| " + " | ".join(_HEADER) + " |", "|" + "---|" * len(_HEADER)]
    lines += ["| " + " | ".join(cell(x) for x in r) + " |" for r in _rows(claims)]
    lines.append("")
    lines += [f"- {_anchor_line(s)}" for s in sources]
    return "\n".join(lines) + "\n"


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, so that a reader never
    sees half a file and a failure leaves any previous file intact."""
    import os
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".claimtrack-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def memo_text(report, *, markdown: bool = False) -> str:
    """A memo check, readable: one line per claim with its verdict and the reason."""
    lines = []
    if markdown:
        lines += ["| paragraph | claim | verdict | why |", "|---|---|---|---|"]
        for f in report.findings:
            lines.append(f"| {f.paragraph} | {_clip(f.claim.text, 50).replace('|', '/')} | {f.verdict} | "
                         f"{f.message.replace('|', '/')} |")
    else:
        for f in report.findings:
            lines.append(f"{f.verdict.upper():<14} ¶{f.paragraph:<3} “{_clip(f.claim.text, 50)}”  {f.message}")
    counts = ", ".join(f"{n} {v}" for v, n in report.counts().items() if n)
    lines.append("")
    lines.append(f"{len(report.findings)} claims checked against {len(report.sources)} sources: {counts or 'none'}; "
                 f"memo reference date {report.reference_date.isoformat()} ({report.reference_date_from})")
    return "\n".join(lines) + "\n"
