"""Accuracy of claimtrack's dates and durations on TempEval-3 TimeML data (TBAQ-cleaned: TimeBank + AQUAINT).

What it measures
    Every ``.tml`` file under DIR (default ``../shared/benchmarks/tempeval3/train/TBAQ-cleaned``, both the
    ``TimeBank`` and ``AQUAINT`` folders) is parsed as XML (lxml, no entity expansion, no network). The
    text claimtrack reads is the ``<TEXT>`` element's content with every tag removed (entities decoded,
    nothing else changed); each gold ``<TIMEX3>`` keeps its exact character offsets in that text. The
    document creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``) is the reference date
    (``Source.published``, ``published_from="option"``) and is never scored.

    claimtrack runs through ``claimtrack.api.claims_of(source, default_config())``. Only claims of kind
    ``date`` and ``duration`` are scored, against gold TIMEX3 of type DATE and DURATION. Gold TIME and SET
    timexes are reported on their own line; a claim overlapping one of them is set aside (neither right
    nor a false positive).

Metrics (the TempEval-3 way, on character spans instead of perl tokens)
    relaxed   a claim and a gold timex match when their spans overlap; one-to-one, greedy by overlap size
    strict    identical character span; one-to-one
    value     relaxed match AND ``claim.value.value == gold value`` (exact string, case-insensitive, an
              ISO week with or without its leading zero: "2000-W07" is "2000-W7"; the TimeML ``mod`` is
              not part of it: mod agreement is reported separately as mod accuracy)
    type      relaxed match AND the same TIMEX3 type (DATE / DURATION)
    P = correct claims / claims, R = correct gold / gold, F1 their harmonic mean. Accuracy figures
    (value, type, mod) are over relaxed matches.

How to run
    python benchmarks/tempeval.py                     # default data folder
    python benchmarks/tempeval.py DIR --errors 5      # 5 examples of each error category
    python benchmarks/tempeval.py --check             # exit 1 when a target is missed

Targets: value F1 >= 0.85 and strict F1 >= 0.85. Reference: HeidelTime on the TempEval-3 platinum test
set, value F1 0.776, strict F1 0.813, relaxed F1 0.903 (UzZaman et al. 2013, Table 3). These data are
the TempEval-3 *training* documents, so the reference is a guide, not a like-for-like comparison.

The last line is for machines::

    tempeval-bench: relaxed_f1=0.xxx strict_f1=0.xxx value_f1=0.xxx relaxed_p=... relaxed_r=... \
strict_p=... strict_r=... value_p=... value_r=... type_acc=... mod_acc=... docs=N gold=N claims=N
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _accuracy import (  # noqa: E402
    PRF,
    SHARED_BENCHMARKS,
    ErrorExample,
    Span,
    ensure_repo_on_path,
    error_report,
    f3,
    match_one_to_one,
    prf,
    require_dir,
    short,
    spans_overlap,
    table,
    target_line,
)

ensure_repo_on_path()
from lxml import etree  # noqa: E402

from claimtrack.api import claims_of, default_config  # noqa: E402
from claimtrack.model import Claim, Source, TimeValue  # noqa: E402

DEFAULT_DIR = SHARED_BENCHMARKS / "tempeval3" / "train" / "TBAQ-cleaned"
SCORED_TYPES = ("DATE", "DURATION")
OTHER_TYPES = ("TIME", "SET")
SCORED_KINDS = ("date", "duration")
TARGETS = {"value_f1": 0.85, "strict_f1": 0.85}
HEIDELTIME = {"value_f1": 0.776, "strict_f1": 0.813, "relaxed_f1": 0.903}
ERROR_CATEGORIES = ("missed gold", "spurious claim", "span mismatch", "wrong value")


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    mod: str | None
    tid: str
    text: str

    @property
    def span(self) -> Span:
        return self.start, self.end


@dataclass
class TmlDoc:
    name: str
    text: str
    dct: dt.date | None
    timexes: list[GoldTimex]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _collect(el: etree._Element, parts: list[str], pos: int, out: list[GoldTimex]) -> int:
    """Append ``el``'s tag-free content to ``parts`` and every TIMEX3 inside it to ``out``; returns the end offset."""
    if el.text:
        parts.append(el.text)
        pos += len(el.text)
    for child in el:
        if isinstance(child.tag, str):
            start = pos
            pos = _collect(child, parts, pos, out)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
                out.append(GoldTimex(start, pos, child.get("type", ""), child.get("value", ""), child.get("mod"),
                                     child.get("tid", ""), ""))
        if child.tail:  # comments and processing instructions contribute their tail only
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def parse_tml(data: bytes, name: str = "") -> TmlDoc:
    """The tag-free TEXT of a TimeML document, its creation date and its TIMEX3s with exact offsets."""
    root = etree.fromstring(data, _parser())
    text_el = root.find(".//TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    if text_el is not None:
        _collect(text_el, parts, 0, timexes)
    dct: dt.date | None = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", t.get("value", ""))
            if m:
                try:
                    dct = dt.date(int(m[1]), int(m[2]), int(m[3]))
                except ValueError:
                    dct = None
            break
    text = "".join(parts)
    for t in timexes:
        t.text = text[t.start:t.end]
    return TmlDoc(name, text, dct, sorted(timexes, key=lambda t: (t.start, t.end)))


@dataclass
class Counts:
    """What one corpus (or all) contributed to each metric."""

    gold: int = 0
    claims: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0
    mod: int = 0
    other_gold: int = 0
    other_found: int = 0
    set_aside: int = 0
    per_type: Counter = field(default_factory=Counter)

    def add(self, o: Counts) -> None:
        for k in ("gold", "claims", "relaxed", "strict", "value", "type", "mod", "other_gold", "other_found",
                  "set_aside"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.per_type.update(o.per_type)

    def metric(self, name: str) -> PRF:
        return prf(getattr(self, name), self.claims, self.gold)

    def accuracy(self, name: str) -> float:
        return getattr(self, name) / self.relaxed if self.relaxed else 0.0


def value_shape(value: str) -> str:
    """A coarse shape of a TIMEX3 value for grouping errors: digits become 9, letters of units stay."""
    if not value:
        return "(none)"
    return re.sub(r"\d+(?:\.\d+)?", "9", value)


_ISO_WEEK = re.compile(r"-W0(?=\d)")


def _normal_value(value: str) -> str:
    """A value as compared: upper case, an ISO week without its leading zero ("2000-W07" is "2000-W7",
    a spelling some gold annotations use for the same week)."""
    return _ISO_WEEK.sub("-W", value.strip().upper())


def _same_value(claim: TimeValue, gold: GoldTimex) -> bool:
    return _normal_value(claim.value) == _normal_value(gold.value)


def _context(text: str, span: Span, width: int = 40) -> str:
    return short(text[max(0, span[0] - width): span[1] + width], 2 * width + 40)


def _fmt_claim(c: Claim) -> str:
    v = c.value
    mod = f" mod={v.mod}" if isinstance(v, TimeValue) and v.mod else ""
    return f"{c.text!r} {v.type if isinstance(v, TimeValue) else c.kind} {getattr(v, 'value', '')}{mod}"


def _fmt_gold(g: GoldTimex) -> str:
    mod = f" mod={g.mod}" if g.mod else ""
    return f"{g.text!r} {g.type} {g.value}{mod}"


def score_doc(doc: TmlDoc, claims: list[Claim], errors: list[ErrorExample] | None = None) -> Counts:
    """Counts for one document; appends one ErrorExample per error to ``errors`` when given."""
    gold = [t for t in doc.timexes if t.type in SCORED_TYPES]
    other = [t for t in doc.timexes if t.type in OTHER_TYPES]
    timed = [c for c in claims if c.kind in SCORED_KINDS and isinstance(c.value, TimeValue)]
    kept = [c for c in timed if not any(spans_overlap((c.start, c.end), o.span) for o in other)]
    n = Counts(gold=len(gold), claims=len(kept), other_gold=len(other), set_aside=len(timed) - len(kept))
    n.other_found = sum(any(spans_overlap((c.start, c.end), o.span) for c in timed) for o in other)
    pred = [(c.start, c.end) for c in kept]
    relaxed = match_one_to_one([g.span for g in gold], pred)
    strict = match_one_to_one([g.span for g in gold], pred, lambda a, b: 1 if a == b else 0)
    n.relaxed, n.strict = len(relaxed), len(strict)
    for g in gold:
        n.per_type[(g.type, "gold")] += 1
    for gi, pi in relaxed:
        g, c = gold[gi], kept[pi]
        ok = _same_value(c.value, g)
        n.value += ok
        n.type += c.value.type == g.type
        n.mod += (c.value.mod or None) == (g.mod or None)
        n.per_type[(g.type, "found")] += 1
        n.per_type[(g.type, "value")] += ok
    if errors is None:
        return n
    matched_g = {gi: pi for gi, pi in relaxed}
    matched_p = {pi for _, pi in relaxed}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            errors.append(ErrorExample("missed gold", doc.name, _fmt_gold(g), "-", f"{g.type} {value_shape(g.value)}",
                                       _context(doc.text, g.span)))
            continue
        c = kept[matched_g[gi]]
        if (c.start, c.end) != g.span:
            which = ("claim longer" if c.start <= g.start and c.end >= g.end else
                     "claim shorter" if c.start >= g.start and c.end <= g.end else "shifted")
            errors.append(ErrorExample("span mismatch", doc.name, _fmt_gold(g), _fmt_claim(c), which,
                                       _context(doc.text, g.span)))
        if not _same_value(c.value, g):
            errors.append(ErrorExample("wrong value", doc.name, _fmt_gold(g), _fmt_claim(c),
                                       f"{g.type} {value_shape(g.value)} -> {value_shape(c.value.value)}",
                                       _context(doc.text, g.span)))
    for pi, c in enumerate(kept):
        if pi not in matched_p:
            errors.append(ErrorExample("spurious claim", doc.name, "-", _fmt_claim(c),
                                       f"{c.value.type} {value_shape(c.value.value)}",
                                       _context(doc.text, (c.start, c.end))))
    return n


def find_documents(root: Path) -> list[tuple[str, Path]]:
    """(corpus, path) of every .tml file; the corpus is the first folder under ``root`` (TimeBank, AQUAINT)."""
    out = []
    for p in sorted(root.rglob("*.tml")):
        rel = p.relative_to(root).parts
        out.append((rel[0] if len(rel) > 1 else root.name, p))
    return out


def run(root: Path, errors: list[ErrorExample] | None = None) -> tuple[dict[str, Counts], float]:
    """Per-corpus counts over every document under ``root`` and the seconds claimtrack took."""
    config = default_config()
    per: dict[str, Counts] = {}
    spent = 0.0
    for corpus, path in find_documents(root):
        doc = parse_tml(path.read_bytes(), path.stem)
        src = Source(id=path.stem, path=str(path), text=doc.text, format="txt", title=None,
                     published=doc.dct, published_from="option" if doc.dct else None)
        t0 = time.perf_counter()
        claims = claims_of(src, config)
        spent += time.perf_counter() - t0
        per.setdefault(corpus, Counts()).add(score_doc(doc, claims, errors))
    return per, spent


def _metric_rows(n: Counts) -> list[list[object]]:
    rows: list[list[object]] = []
    for name in ("relaxed", "strict", "value", "type"):
        m = n.metric(name)
        rows.append([name, f3(m.precision), f3(m.recall), f3(m.f1), getattr(n, name), n.claims, n.gold])
    return rows


def report(per: dict[str, Counts], errors: list[ErrorExample] | None, n_examples: int, docs: int,
           seconds: float) -> tuple[str, bool]:
    """The printed report and whether every target was met."""
    total = Counts()
    for n in per.values():
        total.add(n)
    out = [f"TempEval-3 TBAQ-cleaned: {docs} documents; gold DATE+DURATION {total.gold}; "
           f"claimtrack date+duration claims {total.claims} (+{total.set_aside} set aside on TIME/SET gold)", ""]
    out.append(table(["metric", "P", "R", "F1", "correct", "claims", "gold"], _metric_rows(total)))
    out.append("")
    out.append(f"accuracy on relaxed matches: value {f3(total.accuracy('value'))}, type "
               f"{f3(total.accuracy('type'))}, mod {f3(total.accuracy('mod'))} (n={total.relaxed})")
    rows = []
    for typ in SCORED_TYPES:
        g, f, v = (total.per_type[(typ, k)] for k in ("gold", "found", "value"))
        rows.append([typ, g, f, f3(f / g if g else 0), v, f3(v / f if f else 0)])
    out += ["", table(["gold type", "gold", "found", "recall", "value ok", "value acc"], rows)]
    out.append(f"TIME/SET gold (not scored): {total.other_gold}, overlapped by a claim: {total.other_found}")
    rows = []
    for corpus, n in sorted(per.items()):
        r, s, v = n.metric("relaxed"), n.metric("strict"), n.metric("value")
        rows.append([corpus, n.gold, n.claims, f3(r.precision), f3(r.recall), f3(r.f1), f3(s.f1), f3(v.f1)])
    out += ["", table(["corpus", "gold", "claims", "rel P", "rel R", "rel F1", "strict F1", "value F1"], rows)]
    if errors is not None:
        out += ["", *error_report(errors, ERROR_CATEGORIES, n_examples,
                                  "errors by category (top groups: gold/claim type and value shape, 9 = digits)")]
    out.append("")
    met_all = True
    for name, target in TARGETS.items():
        line, met = target_line(name.replace("_", " "), total.metric(name.split("_")[0]).f1, target)
        out.append(line)
        met_all &= met
    out.append("reference HeidelTime (TempEval-3 platinum test, UzZaman et al. 2013): value F1 "
               f"{HEIDELTIME['value_f1']:.3f}, strict F1 {HEIDELTIME['strict_f1']:.3f}, relaxed F1 "
               f"{HEIDELTIME['relaxed_f1']:.3f}")
    out.append(f"claimtrack time: {seconds:.1f} s")
    r, s, v = total.metric("relaxed"), total.metric("strict"), total.metric("value")
    out.append(f"tempeval-bench: relaxed_f1={f3(r.f1)} strict_f1={f3(s.f1)} value_f1={f3(v.f1)} "
               f"relaxed_p={f3(r.precision)} relaxed_r={f3(r.recall)} strict_p={f3(s.precision)} "
               f"strict_r={f3(s.recall)} value_p={f3(v.precision)} value_r={f3(v.recall)} "
               f"type_acc={f3(total.accuracy('type'))} mod_acc={f3(total.accuracy('mod'))} "
               f"docs={docs} gold={total.gold} claims={total.claims}")
    return "\n".join(out), met_all


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, metavar="DIR",
                    help=f"TBAQ-cleaned folder (default {DEFAULT_DIR})")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N examples of each error category")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    root = require_dir(args.dir, "TempEval-3")
    docs = len(find_documents(root))
    if not docs:
        print(f"error: no .tml files under {root}", file=sys.stderr)
        return 2
    errors: list[ErrorExample] | None = [] if args.errors else None
    per, seconds = run(root, errors)
    text, met = report(per, errors, args.errors, docs, seconds)
    print(text)
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())
