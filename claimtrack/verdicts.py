"""Memo claims against source claims: one verdict each, with its evidence.

The sources are indexed once (the same blocking keys as the cross-check); each memo claim looks up
its candidates, keeps those that are the same fact (plugins first, then ``facts.same_fact``), and
lets the checker plugins compare values. The verdict then follows from two questions: do the
sources agree with the memo, and do the sources agree with each other?
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from . import facts, units
from .conflicts import crosscheck_claims
from .extract.numbers import NUMBER, parse_number
from .model import (
    DATELINE_EVENT,
    FIGURE_KINDS,
    Claim,
    Comparison,
    Evidence,
    Measurement,
    Quantity,
    QuoteValue,
    Source,
    TimeValue,
)
from .plugins import Config
from .values import DateMeaning, date_meaning, duration_span, quantity_span

SHORT_QUOTE_WORDS = 4


@dataclass
class Judgement:
    claim: Claim
    verdict: str
    evidence: list[Evidence]
    message: str
    suggestion: str | None = None


class SourceIndex:
    """The source claims, indexed for lookup by a memo claim.

    Wire copies (claims that read the same in the same sentence, of sources published the same day
    about the same names) are indexed and matched once, through the first of them; ``with_copies``
    turns the matches back into every source's claim, so all of them count as evidence.
    """

    def __init__(self, sources: Sequence[Source], claims: Sequence[Claim], memo_claims: Sequence[Claim],
                 config: Config) -> None:
        self.corpus = facts.Corpus.of(claims, {s.id: s.published for s in sources},
                                      facts.Aliases([*claims, *memo_claims]), config.sentence_of)
        self.claims = list(claims)
        self.views: dict[int, facts.FactView] = {}  # of the first of each set of copies
        self.copies: dict[int, list[int]] = {}
        self.index: dict[tuple, list[int]] = defaultdict(list)
        # figures by kind, unit and name whatever their event, for memo sentences that name none
        self.by_name: dict[tuple, list[int]] = defaultdict(list)
        # measurable figures and dates by kind, unit and the names their article is about, for memo
        # sentences that name nobody
        self.by_subject: dict[tuple, list[int]] = defaultdict(list)
        # figures that may be paired by what they measure alone, by source, kind and unit: see ``of_story``
        self.by_story: dict[tuple, list[int]] = defaultdict(list)
        self.story_sources: list[str] = []  # the sources that tell the memo's story (``judge_all`` sets them)
        # figures and dates by kind, unit and value, whatever their names, event and time: see ``told_verbatim``
        self.by_value: dict[tuple, list[int]] = defaultdict(list)
        self.by_unit: dict[tuple, list[int]] = defaultdict(list)  # and by kind and unit alone: see ``told_alike``
        self._story_measures = facts.Measures(clause=True)
        texts = {s.id: s.text for s in sources}
        first: dict[tuple, int] = {}
        for i, c in enumerate(self.claims):
            rep = first.setdefault(self._copy_key(c, texts.get(c.source, "")), i)
            self.copies.setdefault(rep, []).append(i)
            if rep != i:
                continue
            v = self.views[i] = self.corpus.view(c)
            for key in set(facts.block_keys(v)) | self._all_shingles(c):
                self.index[key].append(i)
            if c.kind != "quote":
                for key in facts.name_keys(v):
                    self.by_name[key].append(i)
            if facts.measurable(c) or c.kind == "date" and c.about.event != DATELINE_EVENT:
                for name in v.context:
                    self.by_subject[(c.kind, v.unit, name)].append(i)
            if facts.story_measurable(c):
                self.by_story[(c.source, c.kind, v.unit)].append(i)
            if c.kind != "quote" and c.about.event != DATELINE_EVENT:  # a dateline tells when a report was filed
                self.by_value[(v.unit, _stated(c))].append(i)
                self.by_unit[(c.kind, v.unit)].append(i)
        # the values each source sentence states: see ``told_beside``
        self.stated_in: dict[tuple, set[tuple]] = defaultdict(set)
        # the claims of each source sentence, and the sentences that state each value: see ``twin_sentences``
        self.sentence_claims: dict[tuple, list[Claim]] = defaultdict(list)
        self.said_in: dict[tuple, set[tuple]] = defaultdict(set)
        for c in self.claims:
            self.stated_in[(c.source, c.sentence)].add(_stated(c))
            self.sentence_claims[(c.source, c.sentence)].append(c)
            self.said_in[_stated(c)].add((c.source, c.sentence))
        self.memo_sentences: dict[tuple, list[Claim]] = {}  # the memo's claims by sentence (``judge_all`` sets them)
        self.quotes = [(i, " ".join(facts.content_words(v.claim.value.content)))
                       for i, v in self.views.items() if v.claim.kind == "quote"]
        self._measures = facts.Measures()
        self._position = {id(v): i for i, v in self.views.items()}

    def _all_shingles(self, c: Claim) -> set[tuple]:
        """Every shingle key of a source quote, not only the few smallest that index it in the
        cross-check: a memo quotes a short part of a long statement ("You get one chance at a flyby")
        whose few shingles need not be among the statement's smallest."""
        if not isinstance(c.value, QuoteValue):
            return set()
        stock = self.corpus.stock
        return {("quote", h) for h in facts.shingles(facts.content_words(c.value.content)) if h not in stock}

    def _copy_key(self, c: Claim, text: str) -> tuple:
        """Everything a claim's view and its comparisons depend on but its source's name."""
        speaker = (c.attribution.speaker, c.attribution.role) if c.attribution else None
        return (c.kind, c.text, text[c.sentence[0]:c.sentence[1]], _value_key(c), c.about.event,
                tuple(c.about.entities), tuple(c.about.participants), speaker, c.event_time,
                self.corpus.published.get(c.source), tuple(self.corpus.context.get(c.source, ())))

    def candidates(self, v: facts.FactView) -> list[facts.FactView]:
        found = {i for key in facts.block_keys(v) for i in self.index.get(key, ())}
        if v.claim.kind == "quote" and len(v.words) < SHORT_QUOTE_WORDS:
            # a short quoted phrase ("apology tour") has no shingles to index: look for it verbatim
            phrase = " ".join(facts.content_words(v.claim.value.content))
            for i, words in self.quotes:
                if phrase and phrase in words:
                    found.add(i)
        return [self.views[i] for i in sorted(found)]  # in source order, whatever the order of the keys

    def told_beside(self, memo_claim: Claim, cand: Claim) -> bool:
        """Whether the sentence of a source claim also states the memo claim's value: "cut its rate to 4.50
        percent from 4.75 percent" tells of a change to the memo's 4.50%, and its 4.75 is the value before."""
        return _stated(memo_claim) in self.stated_in.get((cand.source, cand.sentence), ())

    def measure(self, claim: Claim, config: Config) -> facts.Measure:
        return self._measures.of(claim, config.sentence_of)

    def share_words(self, a: Claim, b: Claim, config: Config) -> bool:
        """Whether two claims have a measure word in common (their ``measure``)."""
        return bool(self.measure(a, config).words & self.measure(b, config).words)

    def with_copies(self, views: list[facts.FactView]) -> list[Claim]:
        """The claims of ``views`` (as ``candidates`` and ``named`` return them) and of their copies."""
        return [self.claims[j] for v in views for j in self.copies[self._position[id(v)]]]

    def named(self, v: facts.FactView) -> list[facts.FactView]:
        """Source claims of the same kind and unit that share a specific name with the claim (its own or,
        when its sentence names nobody, its document's)."""
        found = {i for key in facts.name_keys(v) for i in self.by_name.get(key, ())}
        return [self.views[i] for i in sorted(found)]  # in source order, whatever the order of the names

    def of_story(self, v: facts.FactView, config: Config) -> list[facts.FactView]:
        """The figures of the sources that tell the memo's story which measure what the memo figure does (as
        ``conflicts`` pairs two reports' figures of one story): a memo sums up one story, and "the freight train
        of 31 wagons" is the train "made up of 21 wagons" of a report whose sentence names no one the memo knows.
        A figure without a counted noun says too little of what it measures to be contradicted so: only
        the same value is kept ("31% of patients" is not "7.1% of patients", which stopped treatment)."""
        c = v.claim
        if not facts.story_measurable(c):
            return []
        mine = self._story_measures.of(c, config.sentence_of)
        counted = c.kind == "count" and (v.unit or "").partition("/")[0] not in facts.GENERIC_COUNT_UNITS
        out = []
        for source in self.story_sources:
            for i in self.by_story.get((source, c.kind, v.unit), ()):
                cand = self.views[i]
                if cand.claim.about.event and c.about.event and cand.claim.about.event != c.about.event:
                    continue
                theirs = self._story_measures.of(cand.claim, config.sentence_of)
                if not (mine.words & theirs.words if counted else mine.near & theirs.near) or \
                        facts.told_otherwise(mine, theirs) or not facts.same_fact_time(v, cand):
                    continue
                if counted or _agrees(c, cand.claim, config):
                    out.append(cand)
        return out

    def told_verbatim(self, v: facts.FactView, config: Config) -> list[facts.FactView]:
        """Source figures and dates of the memo claim's very value and unit told with the same words beside
        them (``_said_alike``), whatever names, event or time their sentences give: "has promised to build
        4,000 affordable homes by 2030" is told by a report's "to build 4,000 affordable homes" though its
        sentence names the candidate only as "she"."""
        mine = self.measure(v.claim, config)
        return [cand for i in self.by_value.get((v.unit, _stated(v.claim)), ())
                if _said_alike(v, mine, self.measure((cand := self.views[i]).claim, config))]

    def told_alike(self, v: facts.FactView, config: Config) -> list[facts.FactView]:
        """Source figures and dates of the memo claim's kind and unit, whatever their value, told with
        ``facts.MEASURE_OVERLAP`` of the same words beside them, one of them right beside both, and no different
        words after both ("has been mayor since 2014" for "has been mayor since 2010"; "€12 million in emergency
        grants" is no "€30 million for schools"), whatever names, event or time their sentences give."""
        return self.told_like(self.measure(v.claim, config), v.claim.kind, v.unit, config)

    def told_alike_in_clause(self, v: facts.FactView, config: Config) -> list[facts.FactView]:
        """``told_alike`` with the words of each figure's own clause (``facts.Measures(clause=True)``): in
        "Kolby, who turned professional in 2017, will race on Oct. 11" what follows the clause is the
        sentence's, not the year's."""
        return self.told_like(self._story_measures.of(v.claim, config.sentence_of), v.claim.kind, v.unit, config,
                              self._story_measures)

    def told_like(self, mine: facts.Measure, kind: str, unit: str | None, config: Config,
                  measures: facts.Measures | None = None) -> list[facts.FactView]:
        """``told_alike`` for a figure or date of ``kind`` and ``unit`` told with the words ``mine`` (the source
        claims' words as ``measures`` reads them, by default as ``measure`` does)."""
        out = []
        for i in self.by_unit.get((kind, unit), ()):
            claim = self.views[i].claim
            theirs = measures.of(claim, config.sentence_of) if measures else self.measure(claim, config)
            if len(mine.words & theirs.words) >= facts.MEASURE_OVERLAP and mine.near & theirs.near \
                    and not facts.told_otherwise(mine, theirs):
                out.append(self.views[i])
        return out

    def about_subject(self, v: facts.FactView) -> list[facts.FactView]:
        """Measurable source figures and dates of the same kind and unit whose article is about one of the claim's
        specific names."""
        found = {i for key in facts.name_keys(v) for i in self.by_subject.get(key, ())}
        return [self.views[i] for i in sorted(found)]


def _in_source_order(evidence: list[Evidence]) -> list[Evidence]:
    """``evidence`` by source, then by place in it: the order a report lists it in."""
    return sorted(evidence, key=lambda e: (e.claim.source, e.claim.start))


def _short_paraphrase(v: facts.FactView) -> bool:
    """A paraphrase (no quotation marks) of fewer than ``SHORT_QUOTE_WORDS`` content words."""
    value = v.claim.value
    return isinstance(value, QuoteValue) and not value.direct and len(v.words) < SHORT_QUOTE_WORDS


# Significant digits that make an amount unlikely to recur by chance in one story: "350,000 dollars" (35),
# not "4,000 homes" (4) nor "three months"
DISTINCTIVE_DIGITS = 2


def _said_alike(memo: facts.FactView, mine: facts.Measure, theirs: facts.Measure) -> bool:
    """Whether two figures of one value are told with the same words beside them: ``facts.MEASURE_OVERLAP``
    measure words in common (a specific counted noun, "homes", or a price's unit, "a year", counts as one),
    or one beside an amount of ``DISTINCTIVE_DIGITS`` ("a then-record fee of 350,000 dollars")."""
    shared = len(mine.words & theirs.words) + facts.names_its_measure(memo)
    if shared >= facts.MEASURE_OVERLAP:
        return True
    return _distinctive(memo.claim.value) and bool(mine.words & theirs.words)


def _distinctive(value: object) -> bool:
    """Whether an amount has ``DISTINCTIVE_DIGITS`` significant digits (``_digits``)."""
    return isinstance(value, Quantity) and _digits(value.amount) >= DISTINCTIVE_DIGITS


def _same_fact(memo: facts.FactView, src: facts.FactView, config: Config, ask_plugins: bool = True) -> bool:
    """Plugins first (when ``ask_plugins``: some plugin implements the hook), then the default rule."""
    if ask_plugins:
        decided = config.plugins.first("claimtrack_same_fact", a=memo.claim, b=src.claim, config=config)
        if decided is not None:
            return bool(decided)
    if memo.claim.kind == "quote" and len(memo.words) < SHORT_QUOTE_WORDS:
        return src.claim.kind == "quote" and bool(memo.words)
    return facts.same_fact(memo, src, mentioned=facts.mentions_in(config.sources))


def _plugin_same_fact(memo: facts.FactView, src: facts.FactView, config: Config) -> bool:
    """Whether a plugin finds two claims one fact though no event ties them ("Arvid Lenk, 62," and "Arvid
    Lenk, 57,": one person's age)."""
    return src.claim.source != memo.claim.source and bool(
        config.plugins.first("claimtrack_same_fact", a=memo.claim, b=src.claim, config=config))


def _of_one_past_year(memo: facts.FactView, src: facts.FactView) -> bool:
    """Whether a source figure that shares a name with the memo figure (``SourceIndex.named``) is told of the
    same past year: "since the Aurora Bay sank in 2009, killing 46 people" and "the sinking of the Aurora Bay
    in 2009, in which 64 people died" give one old disaster's toll though they tell it with other words and
    events (the checkers still ask that both measure one thing)."""
    return memo.past and src.past and memo.time is not None and memo.time == src.time and memo.time.grain == "year"


def _value_key(claim: Claim) -> str:
    """Claims with equal keys state the same value: one of them stands for all in a comparison."""
    return repr(claim.value.to_json())


def _quoted(text: str) -> str:
    return "“" + " ".join(text.split()) + "”"


def _sources_disagree(evidence: list[Evidence], config: Config) -> list[tuple[Evidence, Evidence]]:
    """Pairs of evidence from different sources that conflict with each other.

    Many sources repeat the same value: one representative per (value, source set) is compared,
    so a fact reported by a thousand sources costs a handful of comparisons, not half a million.
    """
    distinct: dict[str, Evidence] = {}
    sources_of: dict[str, set[str]] = {}
    for e in evidence:
        key = _value_key(e.claim)
        distinct.setdefault(key, e)
        sources_of.setdefault(key, set()).add(e.claim.source)
    reps = list(distinct.items())
    out = []
    for i, (ka, a) in enumerate(reps):
        for kb, b in reps[i + 1:]:
            if sources_of[ka] == sources_of[kb] and len(sources_of[ka]) == 1:
                continue  # one source saying two things is not sources disagreeing
            cmp = config.plugins.first("claimtrack_compare", a=a.claim, b=b.claim, config=config)
            if cmp is not None and cmp.relation == "conflict" and cmp.code != "speaker":
                out.append((a, b))
    return out


def _judge_without_event(memo_claim: Claim, memo_view: facts.FactView, index: SourceIndex,
                         config: Config) -> Judgement:
    """A memo figure that no source matches by event or measure (its sentence may name no event:
    "urged Congress to delist them within 180 days") is matched by kind, unit, names and time alone. That is enough to find the source that says the
    same, not to say which event a different value belongs to: such a match can support the memo,
    never contradict it. A percentage says nothing of what it is a share of: one beside words that
    share none with the memo's does not support it either ("the budget was cut by 10 percent" is not
    told by "12 percent of the surface is ice")."""
    for find, how in ((_told_without_event, "naming the same people"),
                      (_told_in_so_many_words, "giving this value in the same words")):
        evidence = find(memo_claim, memo_view, index, config)
        if evidence:
            first = evidence[0]
            return Judgement(memo_claim, "supported", evidence,
                             f"Supported by {len({e.claim.source for e in evidence})} source(s) {how}: "
                             f"{first.claim.source} says {_quoted(first.claim.text)}.")
    evidence = _told_otherwise_in_same_words(memo_claim, memo_view, index, config) or \
        _told_otherwise_in_twin_sentence(memo_claim, index, config)
    if evidence:
        return _contradicted(memo_claim, evidence)
    return Judgement(memo_claim, "unsupported", [], f"No source mentions this {memo_claim.kind}.")


def _twin_sentences(memo_claim: Claim, index: SourceIndex) -> list[tuple]:
    """The source sentences that state a distinctive figure (``_ties_sentences``) of the memo claim's sentence
    other than the claim's own, in source order: sentences the memo's may retell."""
    mine = index.memo_sentences.get(memo_claim.sentence, [])
    anchors = {_stated(c) for c in mine if c is not memo_claim and _ties_sentences(c)} - {_stated(memo_claim)}
    return sorted({where for value in anchors for where in index.said_in.get(value, ())})


def _told_otherwise_in_twin_sentence(memo_claim: Claim, index: SourceIndex, config: Config) -> list[Evidence]:
    """For a memo figure that no source supports: the source figure of its kind and unit left over in a source
    sentence that states another figure of the memo's sentence (``_ties_sentences``), when it is the only one
    on each side that the other sentence does not state. "The earlier trial of 412 patients showed a weight
    loss of 9.5% after 36 weeks" retells "enrolled 412 patients and showed a weight loss of 9.5% after 24
    weeks", whatever year the report gives the trial: its 24 weeks are the memo's 36."""
    if memo_claim.kind not in (*FIGURE_KINDS, "duration"):
        return []
    mine = index.memo_sentences.get(memo_claim.sentence, [])
    stated = {_stated(c) for c in mine}
    evidence = []
    for where in _twin_sentences(memo_claim, index):
        theirs = index.stated_in[where]
        left = [c for c in mine if _measured_alike(c, memo_claim) and _stated(c) not in theirs]
        others = [c for c in index.sentence_claims[where] if _measured_alike(c, memo_claim) and _stated(c) not in stated]
        if left != [memo_claim] or len(others) != 1 or others[0].source == memo_claim.source:
            continue
        cand = others[0]
        cmp = config.compare(memo_claim, cand)
        if cmp is None and (_plainly_apart(memo_claim, cand) or _measurements_apart(memo_claim, cand)):
            cmp = Comparison("conflict", f"The figures differ: {_quoted(memo_claim.text)} ({memo_claim.source}), "
                                         f"{_quoted(cand.text)} ({cand.source}).", code="value")
        if cmp is None:
            continue
        if cmp.relation != "conflict" or cmp.code == "speaker":
            return []
        evidence.append(Evidence(cand, False, cmp))
    return _in_source_order(evidence)


def _measurements_apart(a: Claim, b: Claim) -> bool:
    """``_plainly_apart`` for two exact measurements of one dimension ("37.8C", "37.2C")."""
    va, vb = a.value, b.value
    if not isinstance(va, Measurement) or not isinstance(vb, Measurement) or va.dimension != vb.dimension \
            or va.mod or vb.mod or va.low is not None or vb.low is not None or va.canonical * vb.canonical <= 0:
        return False
    small, large = sorted((abs(va.canonical), abs(vb.canonical)))
    return small != large and large / small <= MAX_SLIP_RATIO


def _ties_sentences(c: Claim) -> bool:
    """Whether a figure's value is distinctive enough (``DISTINCTIVE_DIGITS``) to tie a memo sentence to a
    source sentence that states it too: "412 patients", "9.5%", not "two" nor "2024"."""
    return c.kind in FIGURE_KINDS and _distinctive(c.value)


def _measured_alike(a: Claim, b: Claim) -> bool:
    """Whether two claims are of one kind and unit (``_stated`` but for the value)."""
    if a.kind != b.kind:
        return False
    if isinstance(a.value, Quantity):
        return _stated(a)[:-1] == _stated(b)[:-1]
    return not isinstance(b.value, Quantity)


def _told_otherwise_in_same_words(memo_claim: Claim, memo_view: facts.FactView, index: SourceIndex,
                                  config: Config) -> list[Evidence]:
    """For a memo figure or date that no source supports: the source claims told in the same words
    (``SourceIndex.told_alike``) that give another value, when none of them gives a value the memo's may
    be ("has been mayor since 2014" against the memo's "mayor since 2010"; "had not lost at least 5% of
    their body weight" leaves the memo's "5%" alone though "lost 16.8% of their body weight" is told alike)."""
    # a figure of another time is another fact ("a fatality rate of 17 percent in 2019"); a date's time is its value
    alike = [c for c in index.told_alike(memo_view, config) or index.told_alike_in_clause(memo_view, config)
             if memo_claim.kind == "date" or facts.same_fact_time(memo_view, c)]
    evidence = []
    for cand in index.with_copies(alike):
        if cand.source == memo_claim.source:
            continue
        cmp = config.compare(memo_claim, cand)
        if cmp is None:
            continue
        if cmp.relation != "conflict" or cmp.code == "speaker":
            return []
        evidence.append(Evidence(cand, False, cmp))
    evidence = _in_source_order(evidence)
    return evidence


def _told_in_so_many_words(memo_claim: Claim, memo_view: facts.FactView, index: SourceIndex,
                           config: Config) -> list[Evidence]:
    """The source claims that give a memo figure's or date's very value with the same words beside it
    (``SourceIndex.told_verbatim``), in source order. Names and times are left aside: a report's sentence
    may name its subject only as "she", or date the figure by another of its words ("plans to spend 65
    million korin this year" in a sentence that opens "in 2024"). Such a match supports, it never
    contradicts."""
    evidence = []
    for cand in index.with_copies(index.told_verbatim(memo_view, config)):
        cmp = config.compare(memo_claim, cand)
        if cand.source != memo_claim.source and cmp is not None and cmp.relation == "agree":
            evidence.append(Evidence(cand, True, cmp))
    evidence = _in_source_order(evidence)
    return evidence


def _told_without_event(memo_claim: Claim, memo_view: facts.FactView, index: SourceIndex,
                        config: Config) -> list[Evidence]:
    """The source claims that agree with a memo figure or date matched by kind, unit, names and time alone
    (see ``_judge_without_event``), in source order."""
    evidence = []
    named = [c for c in index.named(memo_view) if facts.same_fact(memo_view, c, any_event=True)]
    words = index.measure(memo_claim, config).words if memo_claim.kind == "percent" else frozenset()
    told = {c.claim.id for c in named}
    for cand in index.with_copies([*named, *_about_subject(memo_claim, memo_view, told, index, config)]):
        if cand.source == memo_claim.source:
            continue
        if words and not _shares_measure(words, index.measure(cand, config).words):
            continue
        # each candidate is compared on its own: the outcome depends on more than the value (a date's
        # role, "by Thursday", is read from its sentence) and the message names the candidate
        cmp = config.compare(memo_claim, cand)
        if cmp is not None and (cmp.relation == "agree" or cmp.relation == "compatible"
                                and not _other_days(memo_claim, cand) and not _coarse_for_a_day(memo_claim, cand)):
            evidence.append(Evidence(cand, True, cmp))
    evidence = _in_source_order(evidence)
    return evidence


def _about_subject(memo_claim: Claim, memo_view: facts.FactView, told: set[str], index: SourceIndex,
                   config: Config) -> list[facts.FactView]:
    """For a memo sentence that names nobody ("Vaccination began on Wednesday, Nov. 5"): the source claims
    of an article about the memo's subject that are the same fact but for the event word and share a
    measure word with it ("Vaccination of health workers began on Wednesday"), beyond those in ``told``."""
    if memo_claim.about.entities:
        return []
    return [c for c in index.about_subject(memo_view) if c.claim.id not in told
            and index.share_words(memo_claim, c.claim, config)
            and facts.same_fact(memo_view, c, any_event=True, mentioned=facts.mentions_in(config.sources))]


def _other_days(a: Claim, b: Claim) -> bool:
    """Whether two figures are given for different days: a bound at another time ("more than 600 images
    by Thursday evening") says little of a total on Friday."""
    da, db = _DAY.match(a.event_time or ""), _DAY.match(b.event_time or "")
    return da is not None and db is not None and da.group() != db.group()


_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# date grains of a season or more that name no calendar unit of their own: matched by names alone, "the
# summer" may be any of the story's happenings and says nothing of the day of one (a year stays: "in 2026"
# dates one act of a story more often than not)
_COARSE_GRAINS = frozenset({"season", "decade"})


def _coarse_for_a_day(memo_claim: Claim, cand: Claim) -> bool:
    """Whether a season or a decade is set against a memo's day ("Aug. 31", "the summer")."""
    if not isinstance(memo_claim.value, TimeValue) or not isinstance(cand.value, TimeValue):
        return False
    mine, theirs = date_meaning(memo_claim.value), date_meaning(cand.value)
    return mine is not None and theirs is not None and mine.grain == "day" and theirs.grain in _COARSE_GRAINS


def _shares_measure(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two figures' measure words (``facts.measure_words``) can say the same: some in common,
    or none on one side."""
    return not other or bool(words & other)


def _matches(memo_claim: Claim, memo_view: facts.FactView, index: SourceIndex, config: Config) -> list[Claim]:
    """The source claims that state the memo claim's fact: same event (by the blocking index), or, for
    a figure, the same measure of the same people whatever event the sentences name."""
    found: dict[str, facts.FactView] = {}
    ask_plugins = config.plugins.implements("claimtrack_same_fact")
    if memo_claim.kind == "quote" or memo_claim.about.event:
        for cand in index.candidates(memo_view):
            if cand.claim.source != memo_claim.source and _same_fact(memo_view, cand, config, ask_plugins):
                found[cand.claim.id] = cand
    if memo_claim.kind != "quote":
        measure = index.measure(memo_claim, config)
        if measure.words:
            for cand in index.named(memo_view):
                if cand.claim.id not in found and (facts.same_measure(memo_view, cand, measure,
                                                                      index.measure(cand.claim, config))
                                                   or ask_plugins and _plugin_same_fact(memo_view, cand, config)
                                                   or _of_one_past_year(memo_view, cand)):
                    found[cand.claim.id] = cand
            if not memo_claim.about.entities and facts.measurable(memo_claim):
                # the sentence names nobody ("Parliament cut the budget by 10 percent"): a source figure
                # of the same measure in an article about the memo's subject is the same fact
                for cand in index.about_subject(memo_view):
                    if cand.claim.id not in found and facts.same_measure(
                            memo_view, cand, measure, index.measure(cand.claim, config), by_subject=True):
                        found[cand.claim.id] = cand
        if not memo_claim.about.entities:
            for cand in index.of_story(memo_view, config):
                found.setdefault(cand.claim.id, cand)
    return index.with_copies(list(found.values()))


def _same_measure_first(memo_view: facts.FactView, evidence: list[Evidence], index: SourceIndex,
                        config: Config) -> list[Evidence]:
    """Drop conflicting evidence that shares no measure word with the memo when agreeing evidence
    does: "Race history: 47 years" is told by "its 47-year history", not by "a record that had stood
    for six years", and the search that "ended on Monday afternoon" not by the deaths "on Friday night"."""
    def shares(e: Evidence) -> bool:
        return index.share_words(memo_view.claim, e.claim, config)

    if not any(e.agrees and shares(e) for e in evidence):
        return evidence
    return [e for e in evidence if e.agrees or shares(e)]


def _told_in_same_words(memo_claim: Claim, memo_view: facts.FactView, index: SourceIndex,
                        config: Config) -> list[Evidence]:
    """For a memo figure or date that the sources matched by event only contradict: the sources that give
    its very value for the same people beside a word of the memo's measure, though their sentence names
    another event or none. "She moved to Orlen from Brisby in 2019 and has 40 goals" is told by "moved to
    Orlen from Brisby in 2019", not contradicted by the "club record set in 2020" its goals pair it with;
    ``_same_measure_first`` then drops such conflicts."""
    return [e for e in _told_without_event(memo_claim, memo_view, index, config)
            if e.comparison.relation == "agree" and index.share_words(memo_claim, e.claim, config)]


def judge(memo_claim: Claim, memo_view: facts.FactView, index: SourceIndex, config: Config,
          stated: frozenset[tuple] = frozenset(), listed: frozenset[tuple] = frozenset()) -> Judgement:
    """The verdict on one memo claim. A source figure at odds with it that the memo's sentence states
    itself, in another of its claims (``stated``: ``_stated`` of each), is that claim's fact, not this
    one's: "running at 112 km/h on a stretch limited to 60 km/h" is not contradicted by the source's
    "the speed limit is 60 km/h". In another sentence the same value may be the memo's slip, and a date
    is left alone unless told with none of the words beside it (``_told_apart``): a report's other day may
    still be this event's ("early Wednesday" against "late on Tuesday"), unless the memo lists both days
    (``listed``: "scrubbed on May 9 and May 11" gives each day its own source date). A source figure told
    beside the memo's value is the value before or after a change (``SourceIndex.told_beside``)."""
    evidence: list[Evidence] = []
    figure = memo_claim.kind in FIGURE_KINDS
    for cand in _matches(memo_claim, memo_view, index, config):
        cmp = config.compare(memo_claim, cand)
        if cmp is None or cmp.relation == "conflict" and (_stated(cand) in stated and (
                figure or _stated(cand) in listed or _told_apart(memo_claim, cand, index, config))
                or figure and index.told_beside(memo_claim, cand)):
            continue
        evidence.append(Evidence(cand, cmp.relation in ("agree", "compatible"), cmp))
    if _short_paraphrase(memo_view):
        # its few words ("focusing on beams removed") say too little to put them in another speaker's mouth
        evidence = [e for e in evidence if e.agrees or e.comparison.code != "speaker"]
    evidence = _in_source_order(evidence)
    kind = memo_claim.kind
    if not evidence:
        if kind != "quote":
            # the sentences may tell the event differently ("before the race" / no event word): a
            # source giving the same value for the same people still supports the memo
            return _judge_without_event(memo_claim, memo_view, index, config)
        return Judgement(memo_claim, "unsupported", [], f"No source mentions this {kind}.")
    # a running figure reported at another time ("212 by Wednesday afternoon") neither confirms nor
    # refutes the memo's figure for its own time
    updates = [e for e in evidence if e.comparison.relation == "update"]
    evidence = [e for e in evidence if e.comparison.relation != "update"]
    if not evidence and (figure or kind == "date"):
        # a report that gives the memo's very value for its names, beside a word of its measure, tells the
        # running figure at the memo's time ("close, Monday: $41.21" is "to close at $41.21 on Monday")
        evidence = _told_in_same_words(memo_claim, memo_view, index, config)
    if not evidence:
        latest = _latest_value(memo_claim, updates, config)
        if latest:
            return _contradicted(memo_claim, latest)
        said = "; ".join(dict.fromkeys(f"{e.claim.source} says {_quoted(e.claim.text)}" for e in updates))
        return Judgement(memo_claim, "unsupported", updates,
                         f"No source gives this figure for the same time; the running figure changed between "
                         f"reports: {said}.")
    agreeing = [e for e in evidence if e.agrees]
    if (figure or kind == "date") and not agreeing:
        agreeing = _told_in_same_words(memo_claim, memo_view, index, config)
        evidence = _in_source_order([*evidence, *agreeing])
    if (figure or kind == "date") and agreeing:
        evidence = _same_measure_first(memo_view, evidence, index, config)
    # a source that gives the memo's value and another one ("41, up from 17 in the morning") tells of a
    # tells of a change, not against the memo; a date only coarsely compatible ("this year") gives no value
    agreeing_sources = {e.claim.source for e in agreeing if kind != "date" or e.comparison.relation == "agree"}
    evidence = [e for e in evidence if e.agrees or e.claim.source not in agreeing_sources]
    wrong_speaker = [e for e in evidence if not e.agrees and e.comparison.code == "speaker"]
    if wrong_speaker and not agreeing:
        speakers = sorted({e.claim.attribution.speaker for e in wrong_speaker
                           if e.claim.attribution and e.claim.attribution.speaker})
        memo_speaker = memo_claim.attribution.speaker if memo_claim.attribution else "the memo's speaker"
        return Judgement(memo_claim, "misattributed", evidence,
                         f"The sources attribute these words to {', '.join(speakers) or 'someone else'}, "
                         f"not {memo_speaker} ({wrong_speaker[0].claim.source}).",
                         suggestion=speakers[0] if speakers else None)
    disagreements = _sources_disagree(evidence, config)
    if disagreements or (agreeing and len(agreeing) < len(evidence)):
        sides = "; ".join(dict.fromkeys(f"{e.claim.source} says {_quoted(e.claim.text)}" for e in evidence))
        return Judgement(memo_claim, "disputed", evidence, f"The sources disagree: {sides}.")
    if agreeing:
        weak = [e for e in agreeing if e.comparison.relation != "agree"]
        first = agreeing[0]
        note = " (less precisely)" if weak and len(weak) == len(agreeing) else ""
        return Judgement(memo_claim, "supported", evidence,
                         f"Supported{note} by {len({e.claim.source for e in agreeing})} source(s): "
                         f"{first.claim.source} says {_quoted(first.claim.text)}.")
    return _contradicted(memo_claim, evidence)


def _latest_value(memo_claim: Claim, updates: list[Evidence], config: Config) -> list[Evidence]:
    """The evidence of a running figure's latest value that contradicts a memo figure no source gives: a
    memo figure its own words do not date ("48 injured miners were taken to hospitals") or date only as
    now ("Halberd now puts insured losses at $3.2 billion") tells the story as the latest report does, so that report's value is the one to give; values an earlier report gave
    too are ones it recalls ("raised its estimate to $2.3 billion, from $1.8 billion"). Empty when the
    memo dates its figure (it may be of another time) or the latest report's own value is not one."""
    if memo_claim.event_time not in (None, "PRESENT_REF") or not updates:
        return []
    dated = [(config.published_of(e.claim), e) for e in updates]
    if any(d is None for d, _ in dated):
        return []
    last = max(d for d, _ in dated)
    earlier = {_stated(e.claim) for d, e in dated if d < last}
    latest = [e for d, e in dated if d == last and _stated(e.claim) not in earlier]
    if len({_stated(e.claim) for e in latest}) != 1:
        return []
    return [Evidence(e.claim, False, e.comparison) for e in latest]


def _contradicted(memo_claim: Claim, evidence: list[Evidence]) -> Judgement:
    """The verdict on a memo claim that every piece of ``evidence`` contradicts, with the most told value as
    the suggested correction."""
    kind = memo_claim.kind
    texts = Counter(" ".join(e.claim.text.split()) for e in evidence)
    suggestion = texts.most_common(1)[0][0]
    if kind == "quote":
        suggestion = None  # a reworded quote is for the writer to fix, not for a tracked change
    elif kind == "measurement":  # "16 miles" against "10 km" becomes "6.2 miles", in the memo's unit
        said = next(e.claim for e in evidence if " ".join(e.claim.text.split()) == suggestion)
        suggestion = in_memo_unit(memo_claim, said) or suggestion
    sources = ", ".join(sorted({e.claim.source for e in evidence}))
    return Judgement(memo_claim, "contradicted", evidence,
                     f"The sources say {_quoted(texts.most_common(1)[0][0])} ({sources}), not "
                     f"{_quoted(memo_claim.text)}.", suggestion=_fit(suggestion, memo_claim.text))


_MEMO_NUMBER = re.compile(rf"(?P<sign>minus\s+|[-−])?(?P<num>{NUMBER})", re.IGNORECASE)


def in_memo_unit(memo_claim: Claim, source_claim: Claim) -> str | None:
    """The memo's measurement text with the source's amount in the memo's unit ("16 miles" with a source's
    "10 km": "6.2 miles"), to as many significant digits as the source gives (at least two); None when the
    memo's number cannot be rewritten in place (a range, a height in feet and inches)."""
    memo, said = memo_claim.value, source_claim.value
    if not isinstance(memo, Measurement) or not isinstance(said, Measurement) or said.low is not None \
            or memo.low is not None or memo.dimension != said.dimension:
        return None
    m = _MEMO_NUMBER.search(memo_claim.text)
    if m is None or parse_number(m["num"]) != abs(memo.amount):
        return None
    value = units.from_canonical(said.canonical, memo.unit)
    if memo.unit == said.unit:
        value = said.amount
    written = _significant(value, max(2, _digits(said.amount)), grouped="," in m["num"] or abs(value) >= 10_000)
    return memo_claim.text[:m.start()] + written + memo_claim.text[m.end():]


def _digits(amount: float) -> int:
    """Significant digits of a number as written: 820 has two, 9.98 three."""
    text = f"{abs(amount):.10g}"
    if "." in text:
        return len(text.replace(".", "").lstrip("0"))
    return max(1, len(text.rstrip("0")))


def _significant(value: float, digits: int, grouped: bool) -> str:
    """``value`` rounded to ``digits`` significant digits, written as news writes it ("6.2", "3,300")."""
    if value == 0:
        return "0"
    places = digits - 1 - math.floor(math.log10(abs(value)))
    rounded = round(value, places)
    decimals = max(0, places)
    return f"{rounded:,.{decimals}f}" if grouped else f"{rounded:.{decimals}f}"


def _fit(suggestion: str | None, original: str) -> str | None:
    """Keep the memo's capitalisation at the start of the replacement."""
    if not suggestion:
        return suggestion
    if original[:1].isupper() and suggestion[:1].islower():
        return suggestion[0].upper() + suggestion[1:]
    if original[:1].islower() and suggestion[:1].isupper() and not re.match(r"[A-Z][a-z]+day|[A-Z][a-z]{2}", suggestion):
        return suggestion[0].lower() + suggestion[1:]
    return suggestion


def judge_all(memo_claims: Sequence[Claim], memo_published, sources: Sequence[Source],
              source_claims: Sequence[Claim], config: Config) -> list[Judgement]:
    """Verdicts for every memo claim against the sources' claims."""
    config.sources.update({s.id: s for s in sources})
    index = SourceIndex(sources, source_claims, memo_claims, config)
    memo_context = facts.salient_entities(memo_claims, broad=index.corpus.recurring)
    recent = _news_span(memo_published, sources)
    rivals = _rivals(sources, source_claims, config)
    if memo_claims and memo_claims[0].source in config.sources:
        memo = config.sources[memo_claims[0].source]
        index.story_sources = _of_story(memo, memo_context.get(memo.id, ()), sources, index)
    stated = frozenset(_stated(c) for c in memo_claims)
    in_sentence: dict[tuple[int, int], set[tuple]] = defaultdict(set)
    for c in memo_claims:
        in_sentence[c.sentence].add(_stated(c))
        index.memo_sentences.setdefault(c.sentence, []).append(c)
    listed = _listed_dates(memo_claims, config)
    out = []
    for c in memo_claims:
        v = index.corpus.view(c, memo_published, memo_context.get(c.source, ()), clause_only=True)
        if recent is not None and v.time is not None and v.time.grain == "recent":
            v = dataclasses.replace(v, time=recent)
        if isinstance(c.value, QuoteValue) and not c.value.direct and not c.attribution:
            continue
        j = judge(c, v, index, config, frozenset(in_sentence[c.sentence]), listed.get((c.source, c.start), frozenset()))
        if isinstance(c.value, QuoteValue) and not c.value.direct and j.verdict == "unsupported":
            continue
        j = _disputed_elsewhere(j, rivals, stated, index, config)
        out.append(_disputed_in_same_words(j, v, index, config, stated))
    return out


# the words between two dates of one list: "May 9 and May 11", "June 2, June 5 or on June 9"
_LIST_JOIN = re.compile(r",?\s*(?:(?:and|or)\s+)?(?:on\s+)?", re.IGNORECASE)


def _listed_dates(memo_claims: Sequence[Claim], config: Config) -> dict[tuple[str, int], frozenset[tuple]]:
    """For each memo date told in a list of dates (by source and start), the other dates of its list (as
    ``_stated`` gives them)."""
    lists: list[list[Claim]] = []
    last: Claim | None = None
    for c in sorted((c for c in memo_claims if c.kind == "date"), key=lambda c: (c.source, c.start)):
        source = config.sources.get(c.source)
        joined = (last is not None and source is not None and last.source == c.source and last.end < c.start
                  and last.sentence == c.sentence and _LIST_JOIN.fullmatch(source.text, last.end, c.start))
        if joined:
            lists[-1].append(c)
        else:
            lists.append([c])
        last = c
    return {(c.source, c.start): frozenset(_stated(o) for o in group if o is not c)
            for group in lists if len(group) > 1 for c in group}


def _agrees(a: Claim, b: Claim, config: Config) -> bool:
    """Whether the checkers find two claims to give the same value."""
    cmp = config.compare(a, b)
    return cmp is not None and cmp.relation == "agree"


def _of_story(memo: Source, memo_context: Sequence[str], sources: Sequence[Source], index: SourceIndex) -> list[str]:
    """The sources that tell the memo's story: each mentions ``facts.STORY_NAMES`` of the names the other is
    most about (the memo is checked against them, but a folder of sources may hold other stories)."""
    out = []
    for s in sources:
        theirs = index.corpus.context.get(s.id, ())
        if sum(name in s.text for name in memo_context) >= facts.STORY_NAMES and \
                sum(name in memo.text for name in theirs) >= facts.STORY_NAMES:
            out.append(s.id)
    return out


def _rivals(sources: Sequence[Source], claims: Sequence[Claim], config: Config) -> dict[str, list[Claim]]:
    """For each source claim, the claims of other sources the cross-check finds in conflict with it."""
    out: dict[str, list[Claim]] = defaultdict(list)
    for group in crosscheck_claims(sources, claims, config).conflicts:
        for link in group.links:
            out[link.a.id].append(link.b)
            out[link.b.id].append(link.a)
    return out


def _told_apart(memo_claim: Claim, cand: Claim, index: SourceIndex, config: Config) -> bool:
    """Whether a source claim shares none of the words beside a memo claim: a date the memo's sentence also
    gives to another of its claims is then that claim's ("its first hearing is set for Nov. 24" is not the
    day a committee "will question the minister on Nov. 18")."""
    return not index.share_words(memo_claim, cand, config)


def _stated(c: Claim) -> tuple:
    """A claim's kind and value, whatever its wording: "2.9%" and "about 2.9 percent" state one."""
    v = c.value
    if isinstance(v, Measurement):
        return c.kind, v.dimension, v.canonical
    if isinstance(v, Quantity):
        return c.kind, v.unit, v.per, v.amount
    return c.kind, (v.value, v.high) if isinstance(v, TimeValue) else _value_key(c)


def _ties(e: Evidence) -> bool:
    """Whether a source claim gives the memo's very value, and so is the memo's fact: one merely
    compatible with it ("from June 16 to 21" against "Sunday, June 18"), or a weekday of no known
    week ("Tuesday" in an undated report), may be disputed about something else."""
    if e.comparison.relation != "agree":
        return False
    value = e.claim.value
    if e.claim.kind != "date" or not isinstance(value, TimeValue):
        return True
    meaning = date_meaning(value)
    return meaning is not None and meaning.anchored


def _disputed_elsewhere(j: Judgement, rivals: dict[str, list[Claim]], stated: frozenset[tuple],
                        index: SourceIndex, config: Config) -> Judgement:
    """A memo figure supported by one source is disputed when another source, which the cross-check
    finds at odds with that one, gives a value at odds with the memo's too: "founded in 2016" told by
    two reports is disputed by a third's "founded in 2014", though the memo's sentence and the third's
    share too little to be paired directly. A rival value the memo itself states (in ``stated``) is
    the memo's other figure, not a dispute of this one: the cross-check may have paired two measures
    ("2.4% on placebo" lost weight, "2.9% on placebo" stopped treatment), and so is one told beside the memo's
    value (``SourceIndex.told_beside``)."""
    if j.verdict != "supported":
        return j
    told = {e.claim.id for e in j.evidence}
    agreeing_sources = {e.claim.source for e in j.evidence if e.agrees}
    others: dict[str, Evidence] = {}
    for e in filter(_ties, j.evidence):
        for rival in rivals.get(e.claim.id, ()):
            if rival.id in told or rival.id in others or rival.source in agreeing_sources or _stated(rival) in stated \
                    or index.told_beside(j.claim, rival):
                continue
            cmp = config.compare(j.claim, rival)
            if cmp is not None and cmp.relation == "conflict" and cmp.code != "speaker":
                others[rival.id] = Evidence(rival, False, cmp)
    return _disputed(j, list(others.values()))


def _disputed(j: Judgement, others: list[Evidence]) -> Judgement:
    """``j`` disputed by the conflicting evidence ``others`` beside its own, or ``j`` when there is none."""
    if not others:
        return j
    evidence = _in_source_order([*j.evidence, *others])
    sides = "; ".join(dict.fromkeys(f"{e.claim.source} says {_quoted(e.claim.text)}" for e in evidence))
    return Judgement(j.claim, "disputed", evidence, f"The sources disagree: {sides}.")


def _disputed_in_same_words(j: Judgement, memo_view: facts.FactView, index: SourceIndex, config: Config,
                            stated: frozenset[tuple]) -> Judgement:
    """A supported memo figure is disputed by another source's figure told in the same words as the memo's or
    as a supporting claim's (``SourceIndex.told_alike``) that gives a value at odds with it: "pulled out 38
    hours after the collapse" is disputed by a third report's "rescued after 28 hours beneath the debris",
    which neither the memo's sentence nor the cross-check pairs with it. The mirror of
    ``_told_otherwise_in_same_words``. A value the memo itself states (``stated``) is another fact of the
    story, and a source that also gives the memo's value tells of two figures (in the same sentence, of a change:
    ``SourceIndex.told_beside``): neither disputes it. Dates are
    left alone: one story's dates told alike ("takes effect on June 1", "on June 15") are often two events."""
    if j.verdict != "supported" or j.claim.kind not in FIGURE_KINDS:
        return j
    told = {e.claim.id for e in j.evidence}
    # the claims that give the memo's very value: its evidence, and those told in its words whatever their time
    same = [e.claim for e in j.evidence if e.agrees and e.comparison.relation == "agree"]
    same += [v.claim for v in index.told_verbatim(memo_view, config)]
    agreeing_sources = {e.claim.source for e in j.evidence if e.agrees} | {c.source for c in same}
    compared = [(cand, config.compare(j.claim, cand)) for cand in _told_alike_either(same, memo_view, index, config)
                if cand.id not in told and cand.source != j.claim.source]
    # a source that also gives the memo's value in the same words tells of two figures, not against it
    agreeing_sources |= {cand.source for cand, cmp in compared if cmp is not None and cmp.relation == "agree"}
    others = []
    for cand, cmp in compared:
        if cand.source in agreeing_sources or _stated(cand) in stated or index.told_beside(j.claim, cand):
            continue
        if cmp is None and _plainly_apart(j.claim, cand) and not facts.counted_apart(j.claim, cand, config.sentence_of):
            cmp = Comparison("conflict", f"The figures differ: {_quoted(j.claim.text)} ({j.claim.source}), "
                                         f"{_quoted(cand.text)} ({cand.source}).", code="value")
        if cmp is not None and cmp.relation == "conflict" and cmp.code != "speaker":
            others.append(Evidence(cand, False, cmp))
    return _disputed(j, others)


def _told_alike_either(same: list[Claim], memo_view: facts.FactView, index: SourceIndex,
                       config: Config) -> list[Claim]:
    """The source figures of a memo figure's time told in the same words as the memo's or as one of the
    claims ``same`` that give its very value (reports word one fact more alike than a memo sums it up)."""
    alike = {c.claim.id: c for c in index.told_alike(memo_view, config)}
    for claim in same:
        mine = index.measure(claim, config)
        alike.update((c.claim.id, c) for c in index.told_like(mine, memo_view.claim.kind, memo_view.unit, config))
    return index.with_copies([c for c in alike.values() if facts.same_fact_time(memo_view, c)])


# How far apart two figures told in the same words may lie and still be one figure told two ways (a slip of
# a digit, "214" and "241"; "38 hours" and "28 hours"): further apart, they are two figures ("raised $432
# million at $24 a share"; "a 9.5% weight loss" in one trial, "a 17% weight loss" in another).
MAX_SLIP_RATIO = 1.5


def _plainly_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures of one kind and unit, stated alike (both exact, or bounds of one kind), give
    numbers close enough to be one figure (``MAX_SLIP_RATIO``) yet apart: what a checker may leave
    undecided for lack of words in common, two figures told in the same words already have."""
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity) and not isinstance(va, Measurement) \
            and (va.unit, va.per, va.mod) == (vb.unit, vb.per, vb.mod):
        sa, sb = quantity_span(va), quantity_span(vb)
    elif isinstance(va, TimeValue) and isinstance(vb, TimeValue) and a.kind == b.kind == "duration" \
            and va.mod == vb.mod:
        sa, sb = duration_span(va), duration_span(vb)
    else:
        return False
    if sa is None or sb is None or sa.how != sb.how or not sa.value or not sb.value or sa.value * sb.value <= 0:
        return False
    # two bounds of one kind ("up to 12 million", "up to 17 million") overlap whatever their numbers
    if sa.overlaps(sb) if sa.how in ("exact", "approx") else sa.how != "bound" or sa.value == sb.value:
        return False
    small, large = sorted((abs(sa.value), abs(sb.value)))
    return large / small <= MAX_SLIP_RATIO


def _news_span(memo_published: dt.date | None, sources: Sequence[Source]) -> DateMeaning | None:
    """When a memo figure with no time of its own may be true: a memo sums up the news it is checked
    against, so from the recent past of its earliest source to the memo's own date (a note written in
    October on a trial of June speaks of June)."""
    dates = [s.published for s in sources if s.published is not None]
    if memo_published is None or not dates:
        return None
    first = min(min(dates), memo_published) - dt.timedelta(days=facts.RECENT_DAYS)
    return DateMeaning(first, memo_published, grain="recent")
