"""Direct and indirect speech, with who said it: ``find_statements`` assembles the statements of a
text from the fragments (``fragments``), their frames (``frames``) and the indirect reports
(``indirect``).

A *statement* is what one speaker is reported to say at one point: the quoted fragments of one
sentence, plus a fragment that resumes right after an interrupting "he said" or after the sentence
that frames the quote before it ("“A,” said Ana Ruiz, who runs the depot. “B.”"), unless it has a cue
of its own. A report inside such a frame is a statement of its own. The speaker comes
from the nearest attribution frame, in this order: a sentence-level "According to X," / ", per a
statement from X"; a cue right after the quote (", Blinken said"); a cue before it ("Blinken
said:"); a transcript label ("SMITH: ..."); a paragraph ending "Blinken continued:" just before;
and, for a paragraph that is nothing but a quote, the speaker of the quote before it.
"""

from __future__ import annotations

import bisect
import re

from .._scan import TextScan
from .clause_subjects import _PREVIOUS_WORD, _after_comma, _coordinated
from .context import _CUE_RE, _Context
from .cues import INDIRECT_CUES
from .fragments import _OPENER_MARK, find_fragments
from .frames import (
    _according_frame,
    _aside_frame,
    _colon_lead,
    _colon_subject,
    _cue_after,
    _cue_before,
    _label_frame,
    _put_it_frame,
    _quote_label,
    _signature_frame,
)
from .indirect import _cue_statements, _indirect, _line_label, _reported_opening
from .records import Fragment, Frame, Statement
from .spans import _QUOTE_MARK, _SPACES, _STOP_PUNCT, _WORDS, _para_end, _sentence_lookup, _trim
from .subjects import _LEAD_IN, _VERB_LEAD

# up to four words (``\w+`` runs) in one regex call, a group each: the words found are the groups set
_FOUR_WORDS = re.compile(r"(?:\W*(\w+))?" * 4)


def _between(first: int | None, last: int | None) -> range:
    """The indices strictly between two sentence indices (none when either is unknown)."""
    return range(first + 1, last) if first is not None and last is not None else range(0)


def _joined_report(text: str, a: int, b: int, ctx: _Context) -> re.Match | None:
    """A verb of saying or stance joined to the one before it between two quotes of a sentence: "she
    lamented the “gloom” and criticized the “spite”" reports twice."""
    if ctx.none_in(ctx.icues, a, b):
        return None
    return next((cue for cue in ctx.icues.finditer(a, b) if _coordinated(text, a, cue.start()) or (
        cue["cue"].endswith("ing") and _after_comma(text, a, cue.start())) or _relative_before(
        text, a, cue.start()) is not None), None)


def _relative_before(text: str, a: int, pos: int) -> tuple[int, int] | None:
    """The relative pronoun after a comma that is the subject of the verb at ``pos``, perhaps with an
    adverb between (",” said Ana Beck, who also said “...”"), or None."""
    m = _PREVIOUS_WORD.search(text, max(a, pos - 24), pos)
    if m is not None and m[1] in _VERB_LEAD:
        m = _PREVIOUS_WORD.search(text, max(a, m.start() - 16), m.start())
    if m is None or m[1] != "who" or not text[max(a, m.start() - 2):m.start()].startswith(","):
        return None
    return m.start(1), m.end(1)


def _last_joined(text: str, frame: Frame, quote: int, ctx: _Context) -> Frame:
    """The frame of a quote whose cue has another verb of saying joined to it before the quote: the
    quote is that verb's ("Ana said the tax was fair, and called him “a fraud”" -> "called"), and the
    words before it are a report of their own."""
    verb = _joined_report(text, frame.cue_end, quote, ctx)
    if verb is None:
        return frame
    while True:  # the last of them: "said A, denied B and called him “...”"
        more = _joined_report(text, verb.end(), quote, ctx)
        if more is None:
            return Frame(frame.speaker_text, frame.speaker_start, frame.speaker_end, verb["cue"], verb.start(),
                         verb.end())
        verb = more


def _is_cue_only(text: str, a: int, b: int) -> bool:
    """Whether the text between two fragments is just an interrupting "he said"."""
    between = text[a:b]
    if len(between) > 140 or _QUOTE_MARK.search(between):
        return False
    return bool(_CUE_RE.search(between)) and len(_WORDS.findall(between)) <= 14


# words a title leaves in lower case: "Tales of the Night", "Orange is the New Black"
_TITLE_MINOR = frozenset("a an the and or nor but of in on at to for by with from as is are vs via".split())


def _titled(text: str, f: Fragment) -> bool:
    """Whether the quoted words are in title case, two to ten of them, every one capitalised but the
    small ones ("Meet the Press", "Let’s Get Loud"): the name of a show, book or slogan, not speech."""
    inner = text[f.inner_start:f.inner_end].rstrip(" ,")
    if not inner[:1].isupper() or inner.isupper() or inner[-1] in ".!?" or "!" in inner:
        return False  # "USA! USA!", "WE WILL WIN", "What a Night!": words shouted or written, not a name
    words = inner.split()
    return 2 <= len(words) <= 10 and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_MINOR for w in words)


def _frames_closely(text: str, frame: Frame | None, g: list[Fragment], sent_start: int) -> bool:
    """Whether ``frame`` sits right at the quote ``g``: its cue just after a quote that opens the
    sentence ("“We Will Win,” she said", but not "In an interview with “Meet the Press,” Ana admitted")
    or at most two words before it, none a preposition ("dubbed the tower “The Needle”", but not "said
    on “Meet the Press” that")."""
    if frame is None:
        return False
    if g[-1].end <= frame.cue_start and not text[g[-1].end:min(frame.speaker_start, frame.cue_start)].strip(" ,"):
        return not text[sent_start:g[0].start].strip()
    gap = text[frame.cue_end:g[0].start].split() if frame.cue_end <= g[0].start else None
    return gap is not None and len(gap) <= 2 and not (gap and gap[0].lower() in _LEAD_IN)


def _runs_on(text: str, last: Fragment, f: Fragment, frame_sentence: bool, para_end: int, ctx: _Context) -> bool:
    """Whether quote ``f``, which opens a sentence, goes on with quote ``last``: only the last quote's
    frame stands between them ("“A,” said Ana Ruiz, who runs the depot. “B.”"; ``frame_sentence``: the
    words between them end the sentence ``last`` closes in), and ``f`` has no cue of its own ("“A,” Ana
    said. “B,” she added" is two statements)."""
    if _QUOTE_MARK.search(text, last.end, f.start):
        return False
    if not (_is_cue_only(text, last.end, f.start) or frame_sentence and f.start - last.end <= 300 and
            _cue_after(text, last.end, f.start, ctx) is not None):
        return False
    return _cue_after(text, f.end, para_end, ctx) is None


def find_statements(text: str, sentences: list[tuple[int, int]], scan: TextScan | None = None) -> list[Statement]:
    """Direct-quote statements and indirect-speech statements, in text order.

    ``scan`` shares gate work with other recognisers over the same text."""
    frags = find_fragments(text)
    ctx = _Context(text, scan)
    sent_of = _sentence_lookup(sentences)
    statements: list[Statement] = []
    # the sentences each fragment opens and closes in
    opens_in = [sent_of(f.start) for f in frags]
    closes_in = [sent_of(f.end - 1) for f in frags]
    groups: list[list[int]] = []  # fragment indices
    joined: dict[int, re.Match] = {}  # group index -> the verb joined to the last group's ("and criticized")
    for k, f in enumerate(frags):
        if groups:
            j = groups[-1][-1]
            last = frags[j]
            same_para = "\n" not in text[last.end:f.start]
            here = opens_in[k]
            same_sentence = opens_in[j] == here
            # "“A.” She then added, “B.”": a sentence of its own with a cue before its quote is a new statement
            opens = here is not None and closes_in[j] != here and bool(text[sentences[here][0]:f.start].strip())
            verb = _joined_report(text, last.end, f.start, ctx) if same_para and same_sentence else None
            if verb is not None:
                joined[len(groups)] = verb
            elif same_para and (same_sentence or not opens and _runs_on(
                    text, last, f, here != closes_in[j] == sent_of(last.end + len(text[last.end:f.start].rstrip()) - 1),
                    _para_end(text, f.end), ctx)):
                groups[-1].append(k)
                continue
        groups.append([k])
    quoted_sentences = set(opens_in) | set(closes_in)
    quoted_sentences.discard(None)
    # the sentences wholly inside a long quote are the speaker's own words, not reports
    inside = {i for a, b in zip(opens_in, closes_in) for i in _between(a, b)}
    indirect = _indirect(text, sentences, [sentences[i] for i in quoted_sentences | inside], ctx)
    spoken: set[int] = set()  # sentences that hold a direct statement
    for gi, members in enumerate(groups):
        g = [frags[k] for k in members]
        first, last = opens_in[members[0]], closes_in[members[-1]]
        s_first = sentences[first] if first is not None else (g[0].start, g[-1].end)
        s_last = sentences[last] if last is not None else s_first
        sent = (min(s_first[0], g[0].start), max(s_last[1], g[-1].end))
        para_start = text.rfind("\n", 0, g[0].start) + 1
        para_end = _para_end(text, g[-1].end)
        content_start, content_end = g[0].inner_start, g[-1].inner_end
        frame = _label_frame(text, g[0])
        if frame is not None:
            content_start = _SPACES.match(text, frame.cue_end).end()
        elif para_start < g[0].start <= para_start + 60:
            frame = _quote_label(text, para_start, g[0].start)
        if frame is None and gi in joined and statements and statements[-1].frame is not None:
            # "... and criticized the “spite”": the same speaker
            last_frame, verb = statements[-1].frame, joined[gi]
            # "..., who said “...”": the relative pronoun is the mention of the same speaker
            who = _relative_before(text, statements[-1].end, verb.start()) or (
                last_frame.speaker_start, last_frame.speaker_end)
            frame = Frame(last_frame.speaker_text, who[0], who[1], verb["cue"], verb.start(), verb.end())
            content_start, content_end = _mixed_span(text, frame, g, sent, content_start, content_end)
        if frame is None:
            frame = _signature_frame(text, g[-1].end)
        if frame is None:
            frame = _according_frame(text, sent[0], sent[1], ctx, tuple(g))
        if frame is None:
            frame = _aside_frame(text, sent[0], g, ctx)
        if frame is None:
            for f in g:
                frame = _cue_after(text, f.end, para_end, ctx)
                if frame:
                    break
        if frame is None:
            frame = _cue_before(text, max(sent[0], para_start), g[0].start, ctx)
            if frame is not None:
                frame = _last_joined(text, frame, g[0].start, ctx)
                content_start, content_end = _mixed_span(text, frame, g, sent, content_start, content_end)
        if frame is None:
            frame = _put_it_frame(text, sent[0], sent[1], g, ctx)
        if frame is None:
            after_end = min(para_end, sent[1] + 200)
            frame = _cue_after(text, sent[1], after_end, ctx) if text[g[-1].end:sent[1]].strip() == "" else None
        if frame is None and para_start == g[0].start:
            frame = _colon_lead(text, para_start, ctx)
        if frame is None:
            frame = _colon_subject(text, g[0].start, sentences, sent_of)
        if all(_titled(text, f) for f in g) and not _frames_closely(text, frame, g, sent[0]):
            continue  # “Tales of the Night”, “Meet the Press”: a title, not words spoken
        words = 0  # up to 4: all that is asked of it
        for f in g:
            words += 4 - _FOUR_WORDS.match(text, f.inner_start, f.inner_end).groups().count(None)
            if words >= 4:
                words = 4
                break
        if frame is None and words >= 4:
            frame = _reporting_frame(text, sent, g, ctx)
        if frame is None and words >= 4:
            # a quote with no cue of its own continues the last attributed statement of this paragraph
            # or of the paragraph just before it: news convention for a speaker's quote run
            prev = _last_attributed(statements + indirect, g[0].start)
            prev_para_start = text.rfind("\n", 0, max(0, para_start - 1)) + 1 if para_start else 0
            while prev_para_start > 0 and not text[prev_para_start:para_start].strip():
                prev_para_start = text.rfind("\n", 0, prev_para_start - 1) + 1
            if prev is not None and prev.end >= prev_para_start:
                frame = prev.frame
        if frame is None and words < 4:
            continue  # scare quotes: “thaw”, “peace”
        statements.append(Statement(g[0].start, g[-1].end, content_start, content_end, True, list(g),
                                    frame, sent))
        spoken.update(i for i in (first, last) if i is not None)
        spoken.update(_between(first, last))  # "“A.” B said. “C.”": B's sentence is the statement's too
    # a sentence whose quotes are all scare quotes may still report speech: "X said the plan was “bold”"
    unspoken = sorted(quoted_sentences - spoken)
    if unspoken:
        rest = [sentences[i] for i in unspoken]
        indirect.extend(_indirect(text, rest, [], ctx))
    indirect.extend(_reports_beside_quotes(text, [sentences[i] for i in sorted(spoken)], frags, statements, ctx))
    statements.extend(indirect)
    statements.sort(key=lambda s: s.start)
    return statements


def _reporting_frame(text: str, sent: tuple[int, int], g: list[Fragment], ctx: _Context) -> Frame | None:
    """The frame of a report in the quote's own sentence whose content holds the quote: "“Boots on the
    ground” would be right, Ana Ruiz said" is hers, whoever spoke in the paragraph before."""
    if ctx.none_in(ctx.icues, sent[0], sent[1]):
        return None
    best = None
    for st in _cue_statements(text, sent[0], sent[1], ctx):
        if st.frame is not None and st.content_start <= g[0].inner_start and g[-1].inner_end <= st.content_end and (
                best is None or st.content_end - st.content_start < best.content_end - best.content_start):
            best = st
    return best.frame if best is not None else None


def _reports_beside_quotes(text: str, sentences: list[tuple[int, int]], frags: list[Fragment],
                           direct: list[Statement], ctx: _Context) -> list[Statement]:
    """Reports in the unquoted stretches of sentences that hold a direct quote ("Ana said she had
    doubts, then added: “...”"). Only stretches with a cue word other than the quotes' own are read,
    and a report that overlaps a direct statement is part of it. ``direct`` is in text order."""
    out: list[Statement] = []
    frag_starts = [f.start for f in frags]
    direct_starts = [d.start for d in direct]
    for s, e in sentences:
        if ctx.none_in(ctx.icues, s, e):
            continue
        lo = max(0, bisect.bisect_left(direct_starts, s) - 1)
        near = [d for d in direct[lo:bisect.bisect_left(direct_starts, e)] if s < d.end]
        cues = {d.frame.cue_start for d in near if d.frame is not None}
        for a, b in _unquoted(frags, frag_starts, s, e):
            asked = _line_label(text, s, b, False) if a == s < b and text[s] in "AWO" else None
            if asked is not None:  # "Asked about the plan, she said: “...”"
                out.append(Statement(s, e, asked.content_start, asked.content_end, False, [], asked.frame, (s, e)))
            if b - a < _MIN_GAP or ctx.none_in(ctx.icues, a, b) or ctx.only_at(ctx.icues, a, b, cues):
                continue
            first, last = _trim(text, a, b)
            # the sentence's subject may stand in an earlier stretch: "He said the base “...” and said ..."
            opening = s if a > s and not _OPENER_MARK.match(text, s) else None
            before = [d.frame for d in near if d.frame is not None and d.end <= a]
            for st in _cue_statements(text, a, b, ctx, opening, before[-1] if before else None):
                st.content_end = _before_quote_frame(text, st, cues)
                if not _quotes_own(text, st, near, cues, (first, last), a > s, b < e):
                    out.append(Statement(s, e, st.content_start, st.content_end, False, [], st.frame, (s, e)))
    return out


def _before_quote_frame(text: str, st: Statement, cues: set[int]) -> int:
    """Where the words of report ``st`` end when the frame of a quote after them stands in a clause of its
    own at their end: before its comma ("X said A, which he called “B.”": A); else where they end."""
    for cue in cues:
        if st.content_start < cue < st.content_end:
            comma = text.rfind(",", st.content_start, cue)
            if comma != -1 and (ce := _trim(text, st.content_start, comma)[1]) - st.content_start >= 12:
                return ce
    return st.content_end


def _quotes_own(text: str, st: Statement, near: list[Statement], cues: set[int], stretch: tuple[int, int],
                after_quote: bool, before_quote: bool) -> bool:
    """Whether a report found in an unquoted stretch (trimmed to ``stretch``) belongs to a quote of its
    sentence rather than standing on its own."""
    first, last = stretch
    f = st.frame
    if f is not None and f.cue_start in cues or any(
            d.content_start < st.content_end and st.content_start < d.content_end and not _between_quotes(d, st)
            and not _in_tail(d, st) for d in near):
        return True  # the quote's own frame, or words the quote's statement holds
    if after_quote and st.content_start == first or before_quote and st.content_end == last and not _DASH_BEFORE.match(
            text, last):
        return True  # words that run into a quote belong to it: "“...” if she loses, he said"
    # the quote's own cue: "“...,” Ana said on Sunday as the crowd cheered"
    return after_quote and f is not None and not text[first:min(f.speaker_start, f.cue_start)].strip() and (
        f.cue_start < f.speaker_start or not text[f.speaker_end:f.cue_start].strip())


# a dash or a colon between reported words and a quote with a frame of its own after them sets the quote apart
# ("X suggested A - “B,” X said", "X asserted A: “B,” he said")
_DASH_BEFORE = re.compile(r"\s+(?:-{1,2}|—|–)\s|:\s")


def _between_quotes(d: Statement, st: Statement) -> bool:
    """Whether report ``st`` lies wholly between two quotes of statement ``d``: in the frame that
    interrupts them ("“A,” said Ana Ruiz, who noted that B. “C.”"), not in words the quote holds."""
    return any(a.end <= st.content_start and st.content_end <= b.start for a, b in zip(d.fragments, d.fragments[1:]))


def _in_tail(d: Statement, st: Statement) -> bool:
    """Whether report ``st`` stands in the words that run on after the last quote of statement ``d``
    ("X said the plan was “bold” and she feels she can win"): a report nested in d's, not d's own."""
    return d.fragments[-1].end <= st.content_start and st.content_end <= d.content_end


def _unquoted(frags: list[Fragment], frag_starts: list[int], s: int, e: int) -> list[tuple[int, int]]:
    """The stretches of ``text[s:e]`` outside its quoted fragments."""
    i = bisect.bisect_right(frag_starts, s) - 1
    if i < 0 or frags[i].end <= s:
        i += 1  # no quote runs into the sentence from before it
    gaps = []
    while i < len(frags) and frags[i].start < e:
        gaps.append((s, frags[i].start))
        s = max(s, frags[i].end)
        i += 1
    gaps.append((s, e))
    return [(a, b) for a, b in gaps if a < b]


# the shortest unquoted stretch of a quoting sentence that can hold a cue, its subject and a report
_MIN_GAP = 24


def _mixed_span(text: str, frame: Frame, g: list[Fragment], sent: tuple[int, int], cs: int,
                ce: int) -> tuple[int, int]:
    """A quote inside a reported clause ("Ana said the plan was “bold”") is reported from the words
    right after the cue: the clause is part of what she said."""
    if not sent[0] <= frame.cue_end <= g[0].start or frame.cue_end <= frame.speaker_start:
        return cs, ce  # an inverted frame ("Said Ana Ruiz, a nurse, “...”") holds no reported words
    start = _reported_opening(text, frame.cue_end, g[0].start, frame.cue)
    start, _ = _trim(text, start, g[0].start)
    if start < g[0].start and not _STOP_PUNCT.search(text, start, g[0].start):
        cs, ce = start, g[-1].end  # the closing mark too, as the clause holds the opening one
    if len(g) == 1 and frame.cue.lower() in _CLAUSE_CUES and "," not in text[frame.cue_end:g[0].start]:
        # the clause may run on past its quote; not a quote in a clause of its own ("..., who called it “...”")
        tail = _clause_tail(text, g[0], sent[1])
        if tail > g[0].end:
            cs, ce = min(cs, g[0].start), tail
    return cs, ce


# verbs whose reported words are a clause, which may run on past a quote in it; not those that name or judge
# an object ("called the plan “bold” on Monday while ...": the call ends with its object)
_CLAUSE_CUES = INDIRECT_CUES | frozenset("vowed vows pledged pledges promised promises".split())


def _clause_tail(text: str, last: Fragment, sent_end: int) -> int:
    """Where the reported clause ends when it runs on past its last quote ("X said the plan was “bold” and
    she feels ..."): the quote closes on a word, not on punctuation of its own, and words follow it."""
    if text[last.inner_end - 1:last.inner_end] in ".,;:!?…" or not _TAIL_WORD.match(text, last.end):
        return last.end
    m = _TAIL_STOP.search(text, last.end, sent_end)
    return _trim(text, last.end, m.start() if m else sent_end)[1]


_TAIL_WORD = re.compile(r"[ \t\xa0]+[a-z]")
# where a clause that runs on after a quote ends: a comma, a semicolon, a parenthesis, another quote, a dash, or
# a verb joined by "and"/"but" that has no subject of its own ("... “bold” and argued that ...": a second report)
_TAIL_STOP = re.compile(r"[,;(“\"]|\s[—–-]{1,2}\s|\s(?:and|but|or)\s+(?!(?:he|she|they|it|we|I|you|that|the|a|an|his|"
                        r"her|their|its|this|these|those|some|many|most|every|[A-Z0-9])\b)")


def _last_attributed(statements: list[Statement], before: int) -> Statement | None:
    best = None
    for st in statements:
        if st.frame is not None and st.end <= before and (best is None or st.end > best.end):
            best = st
    return best
