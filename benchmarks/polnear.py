"""Accuracy of claimtrack's quote claims and their speakers on PolNeAR (political news attribution relations).

Evaluation only: PolNeAR's articles belong to their publishers and the corpus has no licence, so this
script reads them from the shared data folder at run time and nothing from them is stored in the project
(no fixtures, no test strings). Report aggregate figures only.

What it measures
    DIR (default ``../shared/benchmarks/polnear/dev``) holds ``text/*.txt`` and ``attributions/*.ann``
    (BRAT standoff). Gold: every event line ``E<n>`` with an ``Attribution`` or ``Attribution-no-source``
    anchor; its content is the ``Content`` span plus ``Content2`` when present, every fragment of a
    discontinuous span included, taken as one covering span (first character of the first fragment to the
    last of the last); its source is the ``Source`` span (absent for ``Attribution-no-source``). An article
    annotated by several people is scored against the first annotator in file-name order (the README's
    "one annotator per article" count). Claims overlapping a ``Discard`` span (boilerplate) are ignored.

    claimtrack runs through ``claimtrack.api.claims_of(source, default_config())`` with the reference
    date from ``metadata.tsv`` (``publication_date``; none when the file or the row is missing). Only
    claims of kind ``quote`` are scored; a claim's content span is ``value.content_start..content_end``,
    which covers every fragment of an interrupted quote.

Metrics
    content overlap   a claim matches a gold attribution when their content spans overlap; one-to-one,
                      greedy by overlap size. P = matched claims / claims, R = matched gold / gold.
    content exact     the same, but the spans must be identical after normalising both: whitespace and
                      quote marks (" ' “ ” ‘ ’ « » „) stripped at both edges, and final punctuation
                      (. , ; : ! ?) at the end, repeated until nothing changes.
    speaker accuracy  over overlap-matched pairs whose gold has a Source span: right when the claim's
                      ``attribution.speaker_start..speaker_end`` overlaps a fragment of the gold Source; or,
                      when the gold Source is a pronoun (he, she, they, I, we, ...), by the antecedent rule:
                      the claim speaker's surname (its last capitalised word before any comma, possessive
                      dropped) occurs capitalised in the text before the pronoun, and that nearest preceding
                      mention is no earlier than the last gold Source before the pronoun that names someone
                      (a non-pronoun Source with a capitalised word). In words: the claim names the person
                      the reader last saw named before the pronoun. A claim with no attribution, or no
                      speaker span and no usable name, is wrong. Gold attributions without a source are left
                      out of the denominator (counted on their own line).

How to run
    python benchmarks/polnear.py                      # dev split from the shared folder
    python benchmarks/polnear.py DIR --errors 5       # 5 examples of each error category
    python benchmarks/polnear.py --check              # exit 1 when a target is missed

Targets: content overlap F1 >= 0.85, speaker accuracy >= 0.90. References (other corpora, guide only):
BBC Citron content overlap F1 0.83 on PARC 3.0; SFU Gender Gap Tracker quote F1 0.84.

The last line is for machines::

    polnear-bench: overlap_f1=0.xxx exact_f1=0.xxx speaker_acc=0.xxx overlap_p=... overlap_r=... \
exact_p=... exact_r=... docs=N gold=N claims=N
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _accuracy import (  # noqa: E402
    SHARED_BENCHMARKS,
    ErrorExample,
    Span,
    covering,
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
    trim_span,
)

ensure_repo_on_path()
from claimtrack.api import claims_of, default_config  # noqa: E402
from claimtrack.model import Claim, QuoteValue, Source  # noqa: E402

DEFAULT_DIR = SHARED_BENCHMARKS / "polnear" / "dev"
TARGETS = {"overlap_f1": 0.85, "speaker_acc": 0.90}
REFERENCES = "BBC Citron content overlap F1 0.83 (PARC 3.0); SFU Gender Gap Tracker quote F1 0.84"
QUOTE_MARKS = "\"'“”‘’«»„‟‹›"
EDGE_SPACE_QUOTES = " \t\r\n\u00a0" + QUOTE_MARKS
FINAL_PUNCT = ".,;:!?"
PRONOUNS = frozenset("he she they i we it you him her them us me his its their".split())
ERROR_CATEGORIES = ("missed", "spurious", "speaker wrong", "boundary (overlap, not exact)")
_ANN_LINE = re.compile(r"^([TE#ARMN*]\d*)\t")
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")


@dataclass
class TextBound:
    type: str
    spans: list[Span]
    text: str


@dataclass
class Ann:
    """A parsed BRAT .ann file: text-bound annotations by id and event lines as role -> id."""

    bounds: dict[str, TextBound] = field(default_factory=dict)
    events: list[dict[str, str]] = field(default_factory=list)


def parse_ann(data: str) -> Ann:
    """Parse BRAT standoff: ``T`` and ``E`` lines; notes (``#``) and continuation lines are skipped."""
    ann = Ann()
    for line in data.splitlines():
        if not _ANN_LINE.match(line):
            continue  # a covered-text field that went on to the next line
        parts = line.split("\t")
        key = parts[0]
        if key.startswith("T") and len(parts) >= 2:
            typ, _, offsets = parts[1].partition(" ")
            spans = []
            for frag in offsets.split(";"):
                s, e = frag.split()
                spans.append((int(s), int(e)))
            ann.bounds[key] = TextBound(typ, spans, parts[2] if len(parts) > 2 else "")
        elif key.startswith("E") and len(parts) >= 2:
            roles: dict[str, str] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            ann.events.append(roles)
    return ann


@dataclass
class GoldAttribution:
    content: Span
    source: list[Span] | None
    source_text: str
    cue_text: str

    @property
    def pronoun_source(self) -> bool:
        return self.source is not None and self.source_text.strip().lower() in PRONOUNS


def gold_attributions(ann: Ann) -> tuple[list[GoldAttribution], list[Span]]:
    """Gold attributions (those with a content span) and the Discard spans of one .ann."""
    out = []
    for ev in ann.events:
        if "Attribution" not in ev and "Attribution-no-source" not in ev:
            continue
        frags = [s for role in ("Content", "Content2") if ev.get(role) in ann.bounds
                 for s in ann.bounds[ev[role]].spans]
        if not frags:
            continue
        src = ann.bounds.get(ev.get("Source", ""))
        cue = ann.bounds.get(ev.get("Cue", ""))
        out.append(GoldAttribution(covering(frags), src.spans if src else None, src.text if src else "",
                                   cue.text if cue else ""))
    discards = [s for b in ann.bounds.values() if b.type == "Discard" for s in b.spans]
    return sorted(out, key=lambda g: g.content), discards


def normalised(text: str, span: Span) -> Span:
    """The span used for exact matching: see the module docstring."""
    return trim_span(text, span, EDGE_SPACE_QUOTES, FINAL_PUNCT)


def surname(speaker: str | None) -> str | None:
    """The last capitalised word of a speaker name before any comma ("Jane Roe, the mayor" -> "Roe")."""
    if not speaker:
        return None
    words = _CAPITALISED.findall(speaker.split(",")[0])
    if not words:
        return None
    word = re.sub(r"(['’]s|['’])$", "", words[-1]).rstrip(".")
    return word or None


def speaker_correct(text: str, claim: Claim, gold: GoldAttribution, named_sources: list[Span]) -> str | None:
    """How the claim's speaker agrees with the gold source ("span" or "antecedent"), or None when wrong.

    ``named_sources`` are the document's gold Source spans that name someone (not pronouns)."""
    att = claim.attribution
    if att is None or gold.source is None:
        return None
    if att.speaker_start is not None and att.speaker_end is not None:
        mine = (att.speaker_start, att.speaker_end)
        if any(spans_overlap(mine, g) for g in gold.source):
            return "span"
    if not gold.pronoun_source:
        return None
    name = surname(att.speaker)
    if not name:
        return None
    p = gold.source[0][0]
    mentions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text[:p])]
    if not mentions:
        return None
    last_named = max((s for s, e in named_sources if e <= p), default=None)
    return "antecedent" if last_named is None or mentions[-1] >= last_named else None


@dataclass
class Counts:
    docs: int = 0
    gold: int = 0
    gold_direct: int = 0
    gold_no_source: int = 0
    claims: int = 0
    claims_direct: int = 0
    overlap: int = 0
    overlap_direct_gold: int = 0
    overlap_direct_claims: int = 0
    exact: int = 0
    speaker_n: int = 0
    speaker_span: int = 0
    speaker_antecedent: int = 0
    speaker_no_attribution: int = 0
    matched_no_source: int = 0
    set_aside: int = 0

    def add(self, o: Counts) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(o, k))

    @property
    def speaker_acc(self) -> float:
        return (self.speaker_span + self.speaker_antecedent) / self.speaker_n if self.speaker_n else 0.0


def _has_quote_mark(text: str, span: Span) -> bool:
    return any(ch in text[span[0]:span[1]] for ch in "\"“”")


def _fmt_gold(text: str, g: GoldAttribution) -> str:
    src = repr(g.source_text) if g.source is not None else "(no source)"
    return f"{src} {g.cue_text!r}: {short(text[g.content[0]:g.content[1]], 70)!r}"


def _fmt_claim(text: str, c: Claim) -> str:
    v = c.value
    assert isinstance(v, QuoteValue)
    who = c.attribution.speaker if c.attribution else None
    cue = c.attribution.cue if c.attribution else None
    span = (c.attribution.speaker_start, c.attribution.speaker_end) if c.attribution else None
    at = f"@{span[0]}" if span and span[0] is not None else ""
    return f"{who!r}{at} {cue!r}: {short(text[v.content_start:v.content_end], 70)!r}"


def score_doc(name: str, text: str, gold: list[GoldAttribution], discards: list[Span], claims: list[Claim],
              errors: list[ErrorExample] | None = None) -> Counts:
    """Counts for one article; appends one ErrorExample per error to ``errors`` when given."""
    quotes = [c for c in claims if c.kind == "quote" and isinstance(c.value, QuoteValue)]
    kept = [c for c in quotes
            if not any(spans_overlap((c.value.content_start, c.value.content_end), d) for d in discards)]
    pred = [(c.value.content_start, c.value.content_end) for c in kept]
    n = Counts(docs=1, gold=len(gold), claims=len(kept), set_aside=len(quotes) - len(kept))
    n.gold_direct = sum(_has_quote_mark(text, g.content) for g in gold)
    n.gold_no_source = sum(g.source is None for g in gold)
    n.claims_direct = sum(c.value.direct for c in kept)
    matched = match_one_to_one([g.content for g in gold], pred)
    n.overlap = len(matched)
    n.overlap_direct_gold = sum(_has_quote_mark(text, gold[gi].content) for gi, _ in matched)
    n.overlap_direct_claims = sum(kept[pi].value.direct for _, pi in matched)
    norm_gold = [normalised(text, g.content) for g in gold]
    norm_pred = [normalised(text, p) for p in pred]
    n.exact = len(match_one_to_one(norm_gold, norm_pred, lambda a, b: 1 if a == b else 0))
    named = [g.source[0] for g in gold
             if g.source and not g.pronoun_source and _CAPITALISED.search(g.source_text)]
    speaker_wrong = []
    for gi, pi in matched:
        g, c = gold[gi], kept[pi]
        if g.source is None:
            n.matched_no_source += 1
            continue
        n.speaker_n += 1
        how = speaker_correct(text, c, g, named)
        if how == "span":
            n.speaker_span += 1
        elif how == "antecedent":
            n.speaker_antecedent += 1
        else:
            n.speaker_no_attribution += c.attribution is None
            speaker_wrong.append((g, c))
    if errors is not None:
        _collect_errors(name, text, gold, kept, matched, norm_gold, norm_pred, speaker_wrong, errors)
    return n


def _collect_errors(name: str, text: str, gold: list[GoldAttribution], kept: list[Claim],
                    matched: list[tuple[int, int]], norm_gold: list[Span], norm_pred: list[Span],
                    speaker_wrong: list[tuple[GoldAttribution, Claim]], errors: list[ErrorExample]) -> None:
    mg = {gi: pi for gi, pi in matched}
    mp = {pi for _, pi in matched}
    for gi, g in enumerate(gold):
        kind = "direct" if _has_quote_mark(text, g.content) else "indirect"
        if gi not in mg:
            errors.append(ErrorExample("missed", name, _fmt_gold(text, g), "-",
                                       f"{kind}, cue {g.cue_text.lower()!r}"))
        elif norm_gold[gi] != norm_pred[mg[gi]]:
            (gs, ge), (cs, ce) = norm_gold[gi], norm_pred[mg[gi]]
            if text[gs:ge].lower().startswith("that ") and cs > gs:
                group = "gold starts with 'that'"
            elif cs <= gs and ce >= ge:
                group = "claim longer"
            elif cs >= gs and ce <= ge:
                group = "claim shorter"
            else:
                group = "shifted"
            errors.append(ErrorExample("boundary (overlap, not exact)", name, _fmt_gold(text, g),
                                       _fmt_claim(text, kept[mg[gi]]), f"{kind}: {group}"))
    for pi, c in enumerate(kept):
        if pi not in mp:
            cue = c.attribution.cue if c.attribution else None
            errors.append(ErrorExample("spurious", name, "-", _fmt_claim(text, c),
                                       f"{'direct' if c.value.direct else 'indirect'}, cue {cue!r}"))
    for g, c in speaker_wrong:
        if c.attribution is None:
            group = "claim has no attribution"
        elif g.pronoun_source:
            group = "gold source is a pronoun"
        elif c.attribution.speaker_start is None:
            group = "claim speaker has no span"
        else:
            group = "claim speaker elsewhere"
        errors.append(ErrorExample("speaker wrong", name, _fmt_gold(text, g), _fmt_claim(text, c), group))


def read_published(metadata: Path) -> dict[str, dt.date]:
    """Article stem -> publication date from metadata.tsv (empty when the file is missing)."""
    if not metadata.is_file():
        return {}
    out = {}
    with metadata.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            try:
                out[row["filename"]] = dt.date.fromisoformat(row.get("publication_date", "") or "")
            except (ValueError, KeyError):
                continue
    return out


def find_articles(root: Path) -> list[tuple[Path, Path]]:
    """(text, first annotator's .ann) for every article of ``root`` that has both."""
    anns: dict[str, Path] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", p.stem)
        anns.setdefault(stem, p)
    return [(t, anns[t.stem]) for t in sorted((root / "text").glob("*.txt")) if t.stem in anns]


def run(root: Path, errors: list[ErrorExample] | None = None) -> tuple[Counts, float]:
    """Counts over every article under ``root`` and the seconds claimtrack took."""
    config = default_config()
    meta = root / "metadata.tsv"
    published = read_published(meta if meta.is_file() else root.parent / "metadata.tsv")
    total = Counts()
    spent = 0.0
    for txt, ann_path in find_articles(root):
        text = txt.read_bytes().decode("utf-8")
        gold, discards = gold_attributions(parse_ann(ann_path.read_text(encoding="utf-8")))
        day = published.get(txt.stem)
        src = Source(id=txt.stem, path=str(txt), text=text, format="txt", title=None, published=day,
                     published_from="option" if day else None)
        t0 = time.perf_counter()
        claims = claims_of(src, config)
        spent += time.perf_counter() - t0
        total.add(score_doc(txt.stem, text, gold, discards, claims, errors))
    return total, spent


def report(n: Counts, errors: list[ErrorExample] | None, n_examples: int, seconds: float) -> tuple[str, bool]:
    """The printed report and whether every target was met."""
    ov, ex = prf(n.overlap, n.claims, n.gold), prf(n.exact, n.claims, n.gold)
    out = [f"PolNeAR: {n.docs} articles; gold attributions {n.gold} ({n.gold_direct} with a quotation mark, "
           f"{n.gold_no_source} without a source); claimtrack quote claims {n.claims} ({n.claims_direct} direct; "
           f"{n.set_aside} more on Discard spans, ignored)", ""]
    rows = [["content overlap", f3(ov.precision), f3(ov.recall), f3(ov.f1), n.overlap],
            ["content exact", f3(ex.precision), f3(ex.recall), f3(ex.f1), n.exact]]
    out.append(table(["metric", "P", "R", "F1", "matched"], rows))
    gd, gi = n.gold_direct, n.gold - n.gold_direct
    cd, ci = n.claims_direct, n.claims - n.claims_direct
    out += ["", table(["overlap by kind", "gold", "recall", "claims", "precision"], [
        ["direct (gold has a quotation mark / claim direct)", gd, f3(n.overlap_direct_gold / gd if gd else 0),
         cd, f3(n.overlap_direct_claims / cd if cd else 0)],
        ["indirect", gi, f3((n.overlap - n.overlap_direct_gold) / gi if gi else 0), ci,
         f3((n.overlap - n.overlap_direct_claims) / ci if ci else 0)]])]
    out += ["", f"speaker accuracy {f3(n.speaker_acc)} on {n.speaker_n} matched attributions with a gold source: "
                f"{n.speaker_span} by span overlap, {n.speaker_antecedent} by the pronoun antecedent rule, "
                f"{n.speaker_n - n.speaker_span - n.speaker_antecedent} wrong "
                f"({n.speaker_no_attribution} of them with no attribution); "
                f"{n.matched_no_source} matched gold attributions have no source (not counted)"]
    if errors is not None:
        out += ["", *error_report(errors, ERROR_CATEGORIES, n_examples, "errors by category (top groups)")]
    out.append("")
    met_all = True
    for label, value, target in (("content overlap F1", ov.f1, TARGETS["overlap_f1"]),
                                 ("speaker accuracy", n.speaker_acc, TARGETS["speaker_acc"])):
        line, met = target_line(label, value, target)
        out.append(line)
        met_all &= met
    out.append(f"references (other corpora): {REFERENCES}")
    out.append(f"claimtrack time: {seconds:.1f} s")
    out.append(f"polnear-bench: overlap_f1={f3(ov.f1)} exact_f1={f3(ex.f1)} speaker_acc={f3(n.speaker_acc)} "
               f"overlap_p={f3(ov.precision)} overlap_r={f3(ov.recall)} exact_p={f3(ex.precision)} "
               f"exact_r={f3(ex.recall)} docs={n.docs} gold={n.gold} claims={n.claims}")
    return "\n".join(out), met_all


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR, metavar="DIR",
                    help=f"a PolNeAR split with text/ and attributions/ (default {DEFAULT_DIR})")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N examples of each error category")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    root = require_dir(args.dir, "PolNeAR")
    if not find_articles(root):
        print(f"error: no article with both text/NAME.txt and attributions/NAME_XXXX.ann under {root}",
              file=sys.stderr)
        return 2
    errors: list[ErrorExample] | None = [] if args.errors else None
    total, seconds = run(root, errors)
    text, met = report(total, errors, args.errors, seconds)
    print(text)
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())
