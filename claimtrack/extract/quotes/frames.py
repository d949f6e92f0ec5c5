"""The attribution frame of a direct quote: "according to X", "as X put it", a cue right after the quote
or before it, a transcript label, a signature line, and a colon lead ("Blinken continued:").
"""

from __future__ import annotations

import re

from ..entities import NOT_NAMES
from .clause_subjects import (
    _CLAUSE_MARK,
    _NOT_VERBS,
    _WHEN_AFTER,
    _after_comma,
    _infinitive_head,
    _joined_subject_before,
    _short_phrase,
)
from .context import _ACCORDING, _CUE_RE, _OPENING_CHARS, _Context
from .cues import _DETERMINERS, _EXPLETIVES, LISTENER_CUES
from .records import Fragment, Frame
from .spans import (
    _DOC_NOUN_END,
    _DOC_NOUN_TAIL,
    _LEAD_PUNCT,
    _POSSESSIVE,
    _QUOTE_MARK,
    _SPACES,
    _STOP_PUNCT,
    _trim,
)
from .subjects import _AUX, _CLAUSE_WORDS, _LEAD_IN, _VERB_LEAD, _np_after, _sentence_subject, _subject_before

_NOT_SOURCES = re.compile(r"^(?:plan|schedule|the rules|rules|law|tradition|custom|reports?|some|many|him|her|them)$",
                          re.IGNORECASE)


_POLL_NOUNS = frozenset("poll polls survey surveys polling".split())


def _poll_words(words: list[str]) -> int:
    """How many of ``words`` (after "in" and an article) name a poll, up to its noun ("a CNN/ORC poll",
    "the polls", "New Hampshire surveys"); 0 when they name none within five words."""
    for i, w in enumerate(words[:6]):
        if w.lower() in _POLL_NOUNS:
            return i + 1
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _POLL_LEAD):
            return 0
    return 0


_POLL_LEAD = frozenset("latest recent new national state statewide early late same public opinion online "
                       "exit most weekly monthly daily".split())


def _according_frame(text: str, s: int, e: int, ctx: _Context | None = None,
                     quoted: tuple[Fragment, ...] = ()) -> Frame | None:
    """"According to a statement by X," / ", per a statement from X" anywhere in the sentence but in the
    ``quoted`` words themselves ("“It is according to income,” said X" is X's)."""
    if ctx is not None and ctx.no_according_frame(s, e):
        return None
    for m in (ctx.according.finditer(s, e) if ctx is not None else _ACCORDING.finditer(text, s, e)):
        if any(f.inner_start <= m.start() < f.inner_end for f in quoted):
            continue
        cue = m["cue"].lower()
        np_text = m["np"]
        np_start = m.start("np")
        words = np_text.split()
        if cue == "in" and not m["doc"]:
            poll = _poll_words(words) if m.start() - s < _OPENING_CHARS else 0  # "In a Gallup poll released Monday, ..."
            if not poll:
                continue
            words = words[:poll]
        elif cue in ("per", "citing") and not (m["doc"] or np_text[:1].isupper()):
            continue  # "in Beijing", "$38.50 per share"
        # the source ends where the clause does: "according to Feng he wants" is rare; cap at 8 words
        phrase = " ".join(words[:8])
        phrase = _DOC_NOUN_TAIL.sub("", phrase)
        phrase = _POSSESSIVE.sub("", phrase).strip()
        if not phrase or _NOT_SOURCES.match(phrase):
            continue
        cue_words = text[m.start():np_start].strip()
        return Frame(phrase, np_start, np_start + len(phrase), cue_words, m.start(), np_start)
    return None


# "As X put it, “...”", "“...,” as X phrased it": the words credited to X, with no verb of saying
# (not "put it aside", "put it to a vote": the verb of placing)
_PUT_IT = re.compile(r"\b(?:puts?|phrased?|summed)\s+it\b(?!\s+(?:out|on|off|aside|away|back|down|up|into|to|together|"
                     r"forward|behind|through|over|before|under|at)\b)")
_AS = re.compile(r"\b[Aa]s\s+")


def _put_it_frame(text: str, s: int, e: int, quoted: list[Fragment], ctx: _Context) -> Frame | None:
    """The frame "as X put it" anywhere in a quote's sentence ``text[s:e]`` but in the quoted words."""
    for m in _PUT_IT.finditer(text, s, e):
        if not any(f.inner_start <= m.start() < f.inner_end for f in quoted):
            np = _as_subject(text, max(s, m.start() - 200), m.start(), ctx)
            if np is not None:
                return Frame(text[np[0]:np[1]], np[0], np[1], m[0], m.start(), m.end())
    return None


def _as_subject(text: str, lo: int, pos: int, ctx: _Context) -> tuple[int, int] | None:
    """The subject of the verb at ``pos`` after the last "as" before it: "as [a council memo] put it"."""
    openings = list(_AS.finditer(text, lo, pos))
    if not openings:
        return None
    start = openings[-1].end()
    return _subject_before(text, start, pos, ctx) or _short_phrase(text, start, _trim(text, start, pos)[1],
                                                                   after=False)


def _cue_after(text: str, pos: int, limit: int, ctx: _Context | None = None) -> Frame | None:
    """`,” Blinken said` / `,” said Ned Price` / `,” he told reporters` right after a quote."""
    window = text[pos:limit]
    m = _LEAD_PUNCT.match(window)
    start = pos + (m.end() if m else 0)
    seg_end = min(limit, start + 160)
    cue = ctx.cues.search(start, seg_end) if ctx is not None else _CUE_RE.search(text, start, seg_end)
    if not cue:
        return _verb_after(text, pos, start, seg_end)
    if _QUOTE_MARK.search(text, start, cue.start()) or _opens_report(text, pos, start, cue.end(), limit):
        return None
    if cue.start() == start:  # inverted: said Ned Price
        if cue["cue"].endswith("ing"):
            return None  # `,” telling reporters that`: a participle names its listener or topic after it
        np = _np_after(text, cue.end(), seg_end) or _described_after(text, cue.end(), seg_end)
        if not np:
            return None
        return Frame(text[np[0]:np[1]], np[0], np[1], cue["cue"], cue.start(), cue.end())
    np = subject = _subject_before(text, start, cue.start(), ctx)
    if np is not None and text[np[1]:cue.start()].strip() == "," and not _CLAUSE_MARK.search(text, start, np[0]) and cue[
            "cue"] not in LISTENER_CUES and not cue["cue"].endswith("ing") and not _WHEN_AFTER.match(text, cue.end()):
        # `” for the union, said Ana Ruiz.`: the words before the comma end the quote's clause; the
        # speaker follows the cue and ends the clause (but `,” Ana Ruiz, a lawyer, said Tuesday`)
        after = _np_after(text, cue.end(), seg_end) or _described_after(text, cue.end(), seg_end)
        if after is not None and _INVERTED_END.match(text, after[1]):
            return Frame(text[after[0]:after[1]], after[0], after[1], cue["cue"], cue.start(), cue.end())
    between = text[start:np[0]].split() if np else []
    if not np or len(between) > 3 or _STOP_PUNCT.search(text[start:np[0]]) or any(
            w.lower() in _CLAUSE_WORDS for w in between):
        # only the speaker phrase (and a few words of description) may stand between quote and cue,
        # or a name and its description between commas: `,” Ana Ruiz, head of the union, said`
        np = _apposed_speaker(text, start, cue.start()) or _described_before(text, start, cue.start())
        if np is None and _long_quote_before(text, pos) and not _STOP_PUNCT.search(text, start, cue.start()):
            np = _closing_speaker(text, start, cue, subject, seg_end, limit)
        if np is None:
            return None
    return Frame(text[np[0]:np[1]], np[0], np[1], cue["cue"], cue.start(), cue.end())


# a participle aside that opens on a comma before a quote: "Ms. Ruiz, citing “the risk of floods”, said",
# "Ana, calling the plan “reckless,” told ..."
_ASIDE_OPENING = re.compile(r",\s*(?P<cue>[a-z]{3,}ing|referring\s+to)(?:\s+[^\s,;:.!?“”\"]+){0,4}\s+$")
_ASIDE_CLOSE = re.compile(r"\s*,?\s*(?=[a-z])")


def _aside_frame(text: str, sent_start: int, g: list[Fragment], ctx: _Context) -> Frame | None:
    """The frame of a quote in a participle aside between a subject and its verb: "Ms. Ruiz, citing “the
    risk of floods”, said the council could delay the vote" cites the words for Ms. Ruiz (not for the
    council after "said")."""
    lo = max(sent_start, g[0].start - 80)
    m = _ASIDE_OPENING.search(text, lo, g[0].start)
    if m is None or not (text.startswith(",", g[-1].end) or text[g[-1].inner_end - 1:g[-1].inner_end] == ","):
        return None
    close = _ASIDE_CLOSE.match(text, g[-1].end)
    verb = ctx.cues.search(close.end(), min(len(text), close.end() + 40)) if close else None
    if verb is None or verb.start() != close.end():
        return None  # the aside closes on the verb of its subject
    np = _sentence_subject(text, sent_start, m.start())
    if np is None or np[1] != m.start():
        return None
    return Frame(text[np[0]:np[1]], np[0], np[1], m["cue"], m.start("cue"), m.end("cue"))


# what ends an inverted subject after its cue: "said Ana Ruiz.", "said Ana Ruiz, a lawyer"
_INVERTED_END = re.compile(r"\s*(?:[,.;!?(]|$)")
# a subject and one verb that close the sentence after a quote: `,” an angry Vik retaliated.`, `,” Ek shot back.`
_CLOSING_VERB = re.compile(r"(?P<verb>[a-z]{3,}(?:ed|s)|[a-z]{3,}(?=\s+(?:back|out|on)\b))(?:\s+(?:back|out|up|on|in))?"
                           r"\s*[.!?]")


def _verb_after(text: str, pos: int, start: int, limit: int) -> Frame | None:
    """The frame of a quote whose own words end on a comma, ? or ! and that a short subject and a verb
    the cue list does not hold close (`,” an angry Vik retaliated.`, `?” Ek shot back.`, `,” Berg points
    out.`): the verb reports the quote, whatever it is."""
    if text[pos - 2:pos - 1] not in (",", "?", "!") or not text[start:start + 1].isalpha():
        return None
    stop = _SENTENCE_END.search(text, start, min(limit, start + 80))
    if stop is None:
        return None
    at = text.rfind(" ", start, stop.start())
    while at > start and text[at + 1:stop.start()].split()[0] in ("back", "out", "up", "on", "in"):
        at = text.rfind(" ", start, at)  # a particle after the verb: "shot back", "points out"
    m = _CLOSING_VERB.match(text, at + 1) if at > start else None
    if m is None or m.end() != stop.end():
        return None
    np = _subject_before(text, start, m.start())
    if np is None or np[0] != start:
        np = _described_before(text, start, m.start())  # "an angry Vik", "one longtime aide"
    if np is None or np[0] != start:
        return None
    return Frame(text[np[0]:np[1]], np[0], np[1], m["verb"], m.start("verb"), m.end("verb"))


def _long_quote_before(text: str, pos: int) -> bool:
    """Whether the quote that closes at ``pos`` holds a few words: a speaker's words, not a scare quote."""
    close = "''" if text.startswith("''", pos - 2) else text[pos - 1:pos]
    inner_end = pos - len(close)
    opening = text.rfind(_OPENING_OF.get(close, close), max(0, pos - 400), inner_end)
    return opening != -1 and len(text[opening:inner_end].split()) >= 4


_OPENING_OF = {"”": "“"}


def _closing_speaker(text: str, start: int, cue: re.Match, np: tuple[int, int] | None, seg_end: int,
                     limit: int) -> tuple[int, int] | None:
    """The speaker of a frame that closes the quote's sentence after a comma, when the quoted words run
    on past the closing mark: `,” since most cases were close, said Ana Ruiz.` / `” and more, Ruiz said.`"""
    before = text[start:cue.start()].rstrip()
    if before.endswith(","):  # inverted
        return _np_after(text, cue.end(), seg_end)
    if np is None or not text[start:np[0]].rstrip().endswith(","):
        return None
    end = _SENTENCE_END.search(text, cue.end(), limit)
    tail = text[cue.end():end.start() if end else limit]
    return np if len(tail.split()) <= 6 and not _QUOTE_MARK.search(tail) else None


_SENTENCE_END = re.compile(r"[.!?](?=[\s”\"’']|$)")


def _opens_report(text: str, pos: int, start: int, cue_end: int, limit: int) -> bool:
    """Whether a cue after a quote that ended its sentence starts a report of its own, which is then no
    frame of the quote: `.” He said the agency had not commented` / `.” He added, “...` (but `.” Ana
    said on Tuesday.` still closes the quote)."""
    j = pos
    while j > 0 and text[j - 1] in "”\"'’ ":
        j -= 1
    if not (text[j - 1:j] in (".", "!", "?") or "." in text[pos:start]) or not text[start:start + 1].isupper():
        return False
    end = _SENTENCE_END.search(text, cue_end, limit)
    rest = text[cue_end:end.start() if end else limit]
    if _FRAME_GOES_ON.match(rest) and not _QUOTE_MARK.search(rest):
        return False  # `?” Ana asked, repeating her charge ...`, `?” Ana said of the firm ...`: the quote's own frame
    return _QUOTE_MARK.search(rest) is not None or len(rest.split()) > 6


# what goes on after the cue of a quote's own frame, never a report of its own: a participle after a comma,
# or "said of" (whom the words were about)
_FRAME_GOES_ON = re.compile(r",\s*[a-z]+ing\b|\s+of\s")


# A speaker described rather than named, in a cue right after a quote: `,” said one commenter.`,
# `,” said retired surgeon Ben Carver.`, `,” his oldest friend told reporters`
_DESCRIBED = re.compile(r"\s*[^\s,.;:!?“”\"()]+(?:\s+[^\s,.;:!?“”\"()]+){0,7}")


def _described(words: list[str]) -> bool:
    """Whether ``words`` read as a speaker: a determiner and a noun ("one commenter"), or a name with a
    description before it ("retired surgeon Ben Carver")."""
    first = words[0].lower()
    if first in _DETERMINERS:
        return len(words) > 1
    return words[-1][:1].isupper() and first not in _LEAD_IN and words[0] not in NOT_NAMES and not any(
        w.lower() in _CLAUSE_WORDS or w.lower() in _VERB_LEAD for w in words)


def _described_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The described speaker that starts at ``pos``, up to the first punctuation (at most eight words)."""
    m = _DESCRIBED.match(text, pos, limit)
    if m is None or not _described(m.group().split()):
        return None
    return _SPACES.match(text, pos).end(), m.end()


def _described_before(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The described speaker that fills the words between a quote and its cue: `,” a close friend said`
    (auxiliaries and a time before the cue left out: `,” the 43-year-old later said`)."""
    m = _AUX.search(text, start, cue)
    end = m.start() if m else cue
    words = text[start:end].split()
    if not 2 <= len(words) <= 6 or words[0].lower() not in _DETERMINERS or any(
            c in text[start:end] for c in ",;:.!?()“”\"") or any(w.lower() in _CLAUSE_WORDS for w in words):
        return None
    return start, start + len(text[start:end].rstrip())


def _apposed_speaker(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """A name that opens the words between a quote and its cue and is described between commas:
    `,” J. Ana Ruiz, a lawyer for the three families, said` -> "J. Ana Ruiz"."""
    comma = text.find(",", start, cue)
    if cue - start > 150 or comma == -1 or not text[start:cue].rstrip().endswith(","):
        return None
    name = text[start:comma].split()
    if name and name[0].lower() in _DETERMINERS and len(name) > 1:
        return _role_then_name(text, comma, cue)
    if not 1 <= len(name) <= 5 or not all(w[:1].isupper() for w in name) or name[0] in NOT_NAMES:
        return None
    rest = text[comma:cue]
    described = rest[1:].split()
    if not described or described[0] in _CLAUSE_WORDS or _STOP_PUNCT.search(rest.replace(".,", ",")):
        return None
    return start, comma


def _role_then_name(text: str, comma: int, cue: int) -> tuple[int, int] | None:
    """The name between commas after a role: `,” the agency's spokesman, Ali Sen, said` -> "Ali Sen"."""
    m = _SPACES.match(text, comma + 1)
    end = text.find(",", m.end(), cue)
    if end == -1 or text[end + 1:cue].strip():
        return None
    name = text[m.end():end].split()
    if not 1 <= len(name) <= 4 or not all(w[:1].isupper() for w in name) or name[0] in NOT_NAMES:
        return None
    return m.end(), end


# a verb of saying that opens its sentence, the subject after it: "Said Ana Ruiz, “...”", "But, said Ruiz, “...”"
_OPENING_CUE = re.compile(r"[\s“\"]*(?:(?:But|And|Yet|So),?\s+)?(?P<cue>[Ss]aid|[Ss]ays|[Aa]dded|[Ww]rote)\s+(?=[A-Z])")


def _cue_before(text: str, sent_start: int, pos: int, ctx: _Context | None = None) -> Frame | None:
    """`Blinken said: “...` / `Miller stated, “...` / `Qin told Blinken that Taiwan is “...`."""
    opening = _OPENING_CUE.match(text, sent_start, pos)
    if opening is not None:  # `Said Ana Ruiz, a nurse, “...`, `But, said Ruiz, “...`: the subject follows
        np = _np_after(text, opening.end(), pos)
        if np is not None and text[np[1]:pos].rstrip()[-1:] in (",", ":"):
            return Frame(text[np[0]:np[1]], np[0], np[1], opening["cue"], opening.start("cue"), opening.end())
    best = None
    for cue in (ctx.cues.finditer(sent_start, pos) if ctx is not None else _CUE_RE.finditer(text, sent_start, pos)):
        if cue["cue"].endswith("ing") and _after_comma(text, sent_start, cue.start()):
            # "Ana spoke on Monday, saying “...”": the participle hangs on the sentence's subject, or on the
            # subject of a clause joined to it ("..., as Ms. Vega echoed the charge, saying “...”")
            np = _joined_subject_before(text, sent_start, cue.start()) or _sentence_subject(text, sent_start, cue.start())
        else:
            # "Berg went on to say, “...”": the subject of the verb that governs the infinitive
            at = _infinitive_head(text, sent_start, cue.start(), cue["cue"].lower())
            np = _subject_before(text, sent_start, at, ctx)
            if np is not None and cue["cue"].endswith("ing") and _DOC_NOUN_END.search(text, np[0] - 1, np[1]) and (
                    text[np[0]:np[1]].split()[0].lower() in ("a", "an")):
                # "Ana issued a statement saying “...”": the statement is hers
                np = _sentence_subject(text, sent_start, np[0]) or np
        if np:
            best = Frame(text[np[0]:np[1]], np[0], np[1], cue["cue"], cue.start(), cue.end())
    return best


# A transcript line opens on its speaker's name in capitals: "SMITH: We will ..."
_LABEL = re.compile(r"(?P<np>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):\s")


def _label_frame(text: str, f: Fragment) -> Frame | None:
    """The speaker label of a quoted transcript line: ``"SMITH: We will ...``."""
    m = _LABEL.match(text, f.inner_start, f.inner_end)
    if m is None:
        return None
    return Frame(m["np"], m.start("np"), m.end("np"), ":", m.end("np"), m.end("np") + 1)


def _quote_label(text: str, para_start: int, quote: int) -> Frame | None:
    """The label of a line that gives a name, a colon and a quote: ``Clinton: “We will ...”``."""
    m = _LINE_LABEL.match(text, para_start, quote + 1)
    if m is None or text[m.end():quote].strip() or m["np"].split()[0].lower() in _NOT_LABELS:
        return None
    return Frame(m["np"], m.start("np"), m.end("np"), ":", m.end("np"), m.end("np") + 1)


# A name signed after a quote that ends its sentence, on its line or the next: `.” ― Ana Ruiz`, `?”\n- Ana Ruiz,
# a nurse.`; the line ends after the name, or a description or the time follows a comma or a parenthesis
_SIGNATURE = re.compile(r"[ \t\xa0]*(?:\n\s*)?(?P<cue>[―—–]|-{1,2})[ \t\xa0]*"
                        r"(?P<np>[A-Z][\w’'-]*\.?(?:[ \t\xa0]+[A-Z][\w’'-]*\.?){0,4})(?=[ \t\xa0]*(?:[,(\n]|$))")
_SENTENCE_CLOSE = re.compile(r"[.!?…][”\"’']{1,2}$")


def _signature_frame(text: str, end: int) -> Frame | None:
    """The frame of a quote closed at ``end`` and signed with a dash and a name after it."""
    if not _SENTENCE_CLOSE.search(text, max(0, end - 3), end):
        return None
    m = _SIGNATURE.match(text, end)
    if m is None or m["np"].split()[0] in NOT_NAMES or m["np"].split()[0].lower() in _DETERMINERS:
        return None
    np_end = m.end("np") - (m["np"].endswith(".") and len(m["np"].split()[-1]) > 2)  # "Ana Ruiz." but "Ana B."
    return Frame(text[m.start("np"):np_end], m.start("np"), np_end, m["cue"], m.start("cue"), m.end("cue"))


def _colon_lead(text: str, para_start: int, ctx: _Context) -> Frame | None:
    """A paragraph that introduces the next one: "Smith continued:" / "The Times reports:"."""
    prev_end = para_start - 1
    while prev_end > 0 and text[prev_end - 1] in " \t\n\r":
        prev_end -= 1
    if prev_end <= 0 or text[prev_end - 1] != ":":
        return None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    frame = _cue_before(text, max(prev_start, prev_end - 200), prev_end, ctx)
    if frame is None or text[frame.cue_end:prev_end - 1].strip(" ,") and len(text[frame.cue_end:prev_end].split()) > 4:
        return None  # the cue must close the paragraph, give or take a few words ("told reporters")
    return frame


# the verb of a clause that a colon closes, after its subject and perhaps a description between commas
# ("Kasich resisted:", "Tom Ek, a former mayor, shot back:")
_COLON_VERB = re.compile(r"(?:,[^:;“”\"()]{1,120}?,)?\s+(?P<verb>[a-z][a-z’']+)\b")


def _colon_subject(text: str, quote: int, sentences: list[tuple[int, int]], sent_of) -> Frame | None:
    """The subject of the clause that a colon closes right before a quote, in its paragraph or at the end
    of the one before, when no verb of saying frames it: "Kasich resisted: “...”", "Mr. Ek shot back:
    “...”", "The senator went even further: “...”"; or a comma after a document ("Ek issued a statement,
    “...”")."""
    colon = quote
    while colon > 0 and text[colon - 1].isspace():
        colon -= 1
    mark = text[colon - 1:colon]
    if mark == "," and _DOC_NOUN_END.search(text, max(0, colon - 24), colon - 1):
        mark = ":"  # "Holm issued a statement, “...”": the statement's words
    if mark != ":" or (k := sent_of(colon - 1)) is None:
        return None
    lo = max(sentences[k][0], text.rfind("\n", 0, colon) + 1)
    np = _sentence_subject(text, lo, colon - 1)
    if np is None or text[np[0]:np[1]].lower() in _EXPLETIVES:
        return None
    m = _COLON_VERB.match(text, np[1], colon)
    if m is None or m["verb"] in _NOT_VERBS or m["verb"] in _LEAD_IN:
        return None  # "Clinton in December 1992:", "Ruiz's statement:"
    return Frame(text[np[0]:np[1]], np[0], np[1], m["verb"], m.start("verb"), m.end("verb"))


# A line that opens on a name and a colon gives that name's words, quoted or not: a transcript line
# ("Matthews: Well, that is bad.") or a headline ("Lynch: No outside influence on the inquiry").
_LINE_LABEL = re.compile(r"(?P<np>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*):[ \t]+(?=\S)")
# labels that name a kind of note, not a speaker
_NOT_LABELS = frozenset("""note notes update updated editor correction corrections related source sources read watch
video photo photos image images warning disclosure see also summary background transcript advertisement
caption credit credits more subscribe follow contact tags topics filed posted published""".split())
