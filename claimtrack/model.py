"""The data model: what flows between loading, extraction, checking and reporting.

Everything here is a plain dataclass so that plugins can build and read these objects without
importing anything else, and so that JSON output is a mechanical translation (``to_json``).
Offsets are always character offsets into ``Source.text``; a claim never holds a copy of text
that could drift from its span.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

CLAIM_KINDS = ("date", "duration", "count", "money", "percent", "measurement", "quote")
# The kinds compared as amounts (ranges), not as dates or words.
FIGURE_KINDS = ("duration", "count", "money", "percent", "measurement")


@dataclass
class Source:
    """One article (or memo) as text, with what is known about it."""

    id: str
    path: str
    text: str
    format: str = "txt"
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.date | None = None
    #: where ``published`` came from: "option", "sidecar", "html", "docx", "dateline",
    #: "dateline, year from ..." (a dateline without a year: its weekday, the other sources, the
    #: file's date), "inferred" (from the article's own absolute dates) or None when unknown.
    published_from: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "format": self.format,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
        }


@dataclass
class TimeValue:
    """A TIMEX3 value: ``type`` is DATE or DURATION, ``value`` ISO-TimeML, ``mod`` a TimeML mod.
    A range of lengths ("two to three weeks") is its lower end with mod EQUAL_OR_MORE, as TimeML
    writes it (P2W), and keeps its upper end in ``high`` (P3W) so that comparisons see the range.
    Each date of a range of days ("April 24 and 25", "June 16 to 21") is a claim of its own, as TimeML
    gives each its TIMEX3 ("25" is 1999-04-25); ``range`` keeps the whole range ("1999-04-24/1999-04-25"),
    which is what comparisons read: "April 24" is not contradicted by the "25" of "April 24 and 25"."""

    type: str
    value: str
    mod: str | None = None
    high: str | None = None
    range: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "value": self.value}
        if self.mod:
            out["mod"] = self.mod
        if self.high:
            out["high"] = self.high
        if self.range:
            out["range"] = self.range
        return out


@dataclass
class Quantity:
    """A counted, monetary or percentage figure; ``unit`` is the thing counted, a currency code or %."""

    amount: float | int
    unit: str
    mod: str | None = None
    #: for a rate: "$38.50 a share" has per="share"
    per: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"amount": self.amount, "unit": self.unit}
        if self.mod:
            out["mod"] = self.mod
        if self.per:
            out["per"] = self.per
        return out


@dataclass
class Measurement(Quantity):
    """A physical quantity: ``amount`` and ``unit`` (a symbol of ``claimtrack.units``: "mi", "°F") as
    written, and the same amount in its ``dimension``'s canonical unit ("6.2 miles" is 9977.9 m), so
    that reports in other units compare. A range ("10 to 15 km") has its lower end in ``low``."""

    dimension: str = ""
    canonical: float = 0.0
    canonical_unit: str = ""
    low: float | int | None = None

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        if self.low is not None:
            out["low"] = self.low
        out.update(dimension=self.dimension, canonical=self.canonical, canonical_unit=self.canonical_unit)
        return out


@dataclass
class QuoteValue:
    """What was said; ``content_start``/``content_end`` cover every fragment of the reported words."""

    content: str
    direct: bool
    content_start: int
    content_end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "content": self.content,
            "direct": self.direct,
            "content_start": self.content_start,
            "content_end": self.content_end,
        }


Value = TimeValue | Quantity | QuoteValue


@dataclass
class Attribution:
    """Who asserts a claim. A claim in the outlet's own voice has no Attribution at all."""

    speaker: str | None
    role: str | None = None
    cue: str | None = None
    #: offsets of the mention that names the speaker in this source (may be a pronoun)
    speaker_start: int | None = None
    speaker_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "role": self.role,
            "cue": self.cue,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
        }


# The event of a dateline's date ("KASTO, May 7 —"): when the report was filed, not a fact it tells.
DATELINE_EVENT = "dateline"


@dataclass
class About:
    """What a claim is about: canonical entity names (aliases merged) and the event noun."""

    entities: list[str] = field(default_factory=list)
    event: str | None = None
    #: people the article ties to this event anywhere ("the call with Qin Gang"), speakers excluded
    participants: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"entities": list(self.entities), "event": self.event, "participants": list(self.participants)}


@dataclass
class Claim:
    """One checkable statement found in a source."""

    id: str
    source: str
    start: int
    end: int
    text: str
    kind: str
    value: Value
    sentence: tuple[int, int]
    attribution: Attribution | None = None
    about: About = field(default_factory=About)
    #: for a figure or duration, the TIMEX3 value of the time of the event it measures, when the
    #: sentence gives one; a date claim's own value plays that role for dates.
    event_time: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": list(self.sentence),
            "kind": self.kind,
            "value": self.value.to_json(),
            "attribution": self.attribution.to_json() if self.attribution else None,
            "about": self.about.to_json(),
            "event_time": self.event_time,
        }


RELATIONS = ("agree", "compatible", "conflict", "update")


@dataclass
class Comparison:
    """What a checker concluded about two claims of the same fact, and why, in one sentence."""

    relation: str  # one of RELATIONS
    message: str
    #: the plugin that decided (filled in by the core)
    checker: str | None = None
    #: what kind of disagreement, when a checker can say: "speaker" (same words, another speaker),
    #: "wording" (a direct quote altered), "value"
    code: str | None = None


VERDICTS = ("supported", "contradicted", "disputed", "unsupported", "misattributed")


@dataclass
class Evidence:
    """A source claim of the same fact as a memo claim, and whether it agrees."""

    claim: Claim
    agrees: bool
    comparison: Comparison

    def to_json(self) -> dict[str, Any]:
        return {"source": self.claim.source, "text": self.claim.text, "start": self.claim.start,
                "end": self.claim.end, "value": self.claim.value.to_json(), "agrees": self.agrees,
                "attribution": self.claim.attribution.to_json() if self.claim.attribution else None,
                "relation": self.comparison.relation, "message": self.comparison.message}


@dataclass
class Finding:
    """One memo claim with its verdict: where it is (paragraph and offsets in that paragraph's text),
    the evidence, a message a writer understands, and the suggested replacement when contradicted."""

    claim: Claim
    paragraph: int
    start: int
    end: int
    verdict: str
    evidence: list[Evidence]
    message: str
    suggestion: str | None = None
    #: where the claim is in the memo's text map (every w:t, tracked insertions included), for annotators
    map_position: int | None = None
    map_start: int | None = None
    map_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"paragraph": self.paragraph, "start": self.start, "end": self.end, "text": self.claim.text,
                "kind": self.claim.kind, "value": self.claim.value.to_json(),
                "attribution": self.claim.attribution.to_json() if self.claim.attribution else None,
                "verdict": self.verdict, "evidence": [e.to_json() for e in self.evidence],
                "message": self.message, "suggestion": self.suggestion}
