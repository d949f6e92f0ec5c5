"""Shared scoring helpers of the accuracy benchmarks (``tempeval.py``, ``polnear.py``, ``figures.py``).

Spans are half-open ``(start, end)`` character offsets. Nothing here knows about a data set: span
overlap, one-to-one matching, precision/recall/F1, edge trimming, ISO-8601 durations, a plain text
table, and the "data folder is missing" exit that every script shares.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]

REPO = Path(__file__).resolve().parents[1]
#: ``../shared/benchmarks`` next to the repository, as the project refers to it
SHARED_BENCHMARKS = REPO.parent / "shared" / "benchmarks"


def ensure_repo_on_path() -> None:
    """Let the scripts import claimtrack from a checkout that was not ``pip install``-ed."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))


def require_dir(path: Path, what: str) -> Path:
    """``path`` when it is a folder; otherwise one clear line on stderr and exit status 2."""
    if not path.is_dir():
        print(f"error: {what} data folder not found: {path} (pass DIR, or put the shared benchmarks "
              f"at {SHARED_BENCHMARKS})", file=sys.stderr)
        raise SystemExit(2)
    return path


def overlap(a: Span, b: Span) -> int:
    """Characters two spans share (0 when they are disjoint or touch)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_overlap(a: Span, b: Span) -> bool:
    """Whether two spans share at least one character; an empty span overlaps a span that contains it."""
    if a[0] == a[1] or b[0] == b[1]:
        return b[0] <= a[0] <= b[1] if a[0] == a[1] else a[0] <= b[0] <= a[1]
    return overlap(a, b) > 0


def covering(spans: Sequence[Span]) -> Span:
    """The smallest span that covers every fragment (the "union span" of a discontinuous one)."""
    return (min(s for s, _ in spans), max(e for _, e in spans))


def match_one_to_one(gold: Sequence[Span], pred: Sequence[Span],
                     score: Callable[[Span, Span], float] | None = None) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold to predicted spans by decreasing ``score`` (default: overlap).

    Pairs scoring 0 never match. Ties go to the pair that comes first in the text (gold start, then
    predicted start), so the result does not depend on the order of the inputs. Returns
    ``(gold index, pred index)`` pairs sorted by gold index.
    """
    score = score or overlap
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                pairs.append((-s, g[0], p[0], gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


@dataclass
class PRF:
    """Precision, recall and F1 from counts; each is 0.0 when its denominator is 0."""

    tp_pred: int = 0  # predictions that are correct
    n_pred: int = 0
    tp_gold: int = 0  # gold items that were found
    n_gold: int = 0

    def add(self, other: PRF) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """A PRF where one correct match counts once on each side (one-to-one matching)."""
    return PRF(tp, n_pred, tp, n_gold)


def trim_span(text: str, span: Span, both: str, end_only: str = "") -> Span:
    """``span`` without the characters of ``both`` at either edge and of ``end_only`` at its end,
    repeated until neither edge changes (never past each other)."""
    s, e = span
    while True:
        before = (s, e)
        while s < e and text[s] in both:
            s += 1
        while e > s and (text[e - 1] in both or text[e - 1] in end_only):
            e -= 1
        if (s, e) == before:
            return s, e


_ISO_DURATION = re.compile(
    r"^P(?:(?P<CE>\d+(?:\.\d+)?)CE)?(?:(?P<DE>\d+(?:\.\d+)?)DE)?(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<TM>\d+(?:\.\d+)?)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?)?$")
_SECONDS = {"CE": 36500 * 86400, "DE": 3650 * 86400, "Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400, "H": 3600, "TM": 60, "S": 1}


def duration_seconds(value: str) -> float | None:
    """Seconds of an ISO-8601 duration (a year is 365 days, a month 30; TimeML's DE decade and CE century
    are 10 and 100 years); None when not a plain duration
    (``PXY``, a range, an empty ``P``)."""
    m = _ISO_DURATION.match(value.strip().upper())
    if not m or not any(m.groupdict().values()):
        return None
    return sum(float(v) * _SECONDS[k] for k, v in m.groupdict().items() if v)


def same_duration(a: str, b: str) -> bool:
    """Equal ISO-8601 durations: the same string, or the same number of seconds (P2W == P14D)."""
    if a.strip().upper() == b.strip().upper():
        return True
    sa, sb = duration_seconds(a), duration_seconds(b)
    return sa is not None and sb is not None and abs(sa - sb) <= 1e-6 * max(1.0, abs(sa))


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table: first column left-aligned, the others right-aligned, a rule under the header."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def fmt(r: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()

    lines = [fmt(cells[0]), "-" * len(fmt(cells[0]))]
    lines += [fmt(r) for r in cells[1:]]
    return "\n".join(lines)


def f3(x: float) -> str:
    """A ratio with three decimals, as the machine lines print them."""
    return f"{x:.3f}"


def short(text: str, limit: int = 90) -> str:
    """One line of at most ``limit`` characters, for error examples."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def target_line(name: str, value: float, target: float) -> tuple[str, bool]:
    """``target NAME >= X: MET (v)`` and whether it was met."""
    met = value >= target
    return f"target {name} >= {target:.2f}: {'MET' if met else 'MISSED'} ({value:.3f})", met


@dataclass
class ErrorExample:
    """One scoring error, for the ``--errors`` listing."""

    category: str
    doc: str
    gold: str
    claim: str
    group: str  # what the error is counted under in its category's top-groups line
    context: str = ""  # the text around it, when the listing shows it


def error_report(errors: Sequence[ErrorExample], categories: Sequence[str], n: int, title: str) -> list[str]:
    """Counts per error category and its most frequent groups, with ``n`` examples of each category."""
    out = [title]
    for cat in categories:
        mine = [e for e in errors if e.category == cat]
        groups = Counter(e.group for e in mine).most_common(6)
        out.append(f"  {cat}: {len(mine)}   " + "; ".join(f"{g} x{k}" for g, k in groups))
        for e in mine[:n]:
            if e.context:
                out.append(f"    [{e.doc}] gold {e.gold} | claim {e.claim}")
                out.append(f"        …{e.context}…")
            else:
                out.append(f"    [{e.doc}] gold {e.gold}")
                out.append(f"        claim {e.claim}")
    return out
