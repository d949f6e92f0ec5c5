"""Direct and indirect speech, with who said it.

A *statement* is what one speaker is reported to say at one point: the quoted fragments of one
sentence, plus a fragment that resumes right after an interrupting "he said". The speaker comes
from the nearest attribution frame, in this order: a sentence-level "According to X," / ", per a
statement from X"; a cue right after the quote (", Blinken said"); a cue before it ("Blinken
said:"); a transcript label ("SMITH: ..."); a paragraph ending "Blinken continued:" just before;
and, for a paragraph that is nothing but a quote, the speaker of the quote before it.

Indirect statements ("X said (that) ...", "According to X, ...", "..., X said", and stance or finding
verbs: "a poll shows ...", "she believes ...") are found in every sentence without a direct statement,
several per sentence when reported clauses are joined ("X said A, and Y noted B").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._scan import Gate, TextScan, WindowScanner
from .entities import NOT_NAMES, ROLE_WORDS, TITLE_ABBREVIATIONS, split_role

CUE_VERBS = """
said says say saying told tells tell added adds stated states wrote writes noted notes explained explains
asked asks argued argues insisted insists warned warns claimed claims declared declares announced announces
remarked replied replies responded responds continued continues emphasized emphasizes emphasised stressed
stresses urged urges acknowledged acknowledges admitted admits recalled recalls suggested suggests believes
believed predicted predicts tweeted posted confirmed confirms reported reports cautioned cautions vowed vows
pledged pledges promised promises conceded concedes complained complains lamented observed observes
concluded concludes contended contends maintained maintains asserted asserts countered counters agreed agrees
denied denies disclosed discloses revealed reveals testified testifies estimated estimates hoped hopes
indicated indicates affirmed affirms reiterated reiterates mentioned mentions described describes
called calls blamed blames accused accuses demanded demands pointed expressed expresses raised raises
hailed hails praised praises dismissed dismisses branded brands labelled labeled labels termed terms
characterized characterizes characterised characterises derided derides decried decries
""".split()
# verbs that introduce reported content even without quotation marks
INDIRECT_CUES = frozenset("""
said says told tells stated states added adds announced announces wrote writes noted notes claimed claims
argued argues warned warns insisted insists believes believed suggested suggests confirmed confirms
explained explains emphasized emphasizes emphasised stressed stresses asserted asserts acknowledged
acknowledges predicted predicts indicated indicates reported reports estimated estimates reiterated
reiterates revealed reveals disclosed discloses denied denies maintained maintains contended contends
""".split())
# verbs of belief, finding, intent and stance report content too, but never frame a direct quote
# ("police found a “suspicious” bag" quotes no one)
INDIRECT_ONLY = """
say tell shows show showed found finds find want wants wanted think thinks thought know knows knew feel feels
felt believe expects expect expected plans plan planned argue cited cites urged proposed
proposes demanded charges charged alleged alleges alleging questioned criticized criticizes attacked
acknowledged concluded insist recommended recommends predict predicted doubt doubts doubted fear fears feared
worry worries worried hope suspect suspects suspected assume assumes assumed suggest suggesting noting warning
insisting arguing claiming saying adding promising telling asking calling urging pledging vowing
""".split()
_CUE = r"(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")"
ALL_INDIRECT = frozenset(INDIRECT_CUES) | frozenset(INDIRECT_ONLY) | frozenset(
    "called calls urges urged pledged pledges vowed vows promised promises demands asked asks hoped hopes "
    "predicted mentioned declared cautioned responded replied countered conceded".split())
_ICUE = r"(?:" + "|".join(sorted(ALL_INDIRECT, key=len, reverse=True)) + r")"
# a participle cue hangs on the subject of its sentence: "Ana spoke Monday, saying the plan was sound"
_PARTICIPLE = frozenset(w for w in ALL_INDIRECT if w.endswith("ing"))
_PRONOUNS = {"he", "she", "they", "i", "we", "it"}
_DOC_NOUNS = r"(?:statement|readout|report|release|press release|filing|tweet|post|letter|memo|summary|notice|" \
             r"announcement|transcript|account|version|document|interview|survey|study|analysis)"

# Lower-case heads that can be the subject of a reporting verb ("the company said").
SPEAKER_NOUNS = frozenset("""
company firm group government ministry agency police military army court report statement study organizers
organisers team club league union board bank regulator regulators authorities officials analysts experts
witnesses residents survivors researchers scientists investigators prosecutors lawyers readout spokesperson
campaign administration office department committee commission council network newspaper outlet paper
""".split())

OPEN_CLOSE = {"“": "”", "\"": "\"", "«": "»", "„": "“", "''": "''"}
# two apostrophes stand for a double quote mark in some wire and archive texts
_OPENER = re.compile("''|[" + "".join(k for k in OPEN_CLOSE if len(k) == 1) + "]")
_LINE = re.compile(r"[^\n]+")


# regexes the helpers use (compiled once)
_TRIMMED = re.compile(r"\S(?:.*\S)?")
_LEAD_CONJUNCTION = re.compile(r"(?:(?:and|but|as|while|because|so)\s+)", re.IGNORECASE)
_NP_TOKEN_BEFORE = re.compile(r"[^\s,;:“”\"()]+(?:\s*\([^)]*\))?")
_NP_TOKEN_AFTER = re.compile(r"[^\s,;:“”\"]+(?:\s*\([^)]*\))?")
_POSSESSIVE = re.compile(r"[’']s$")
_SPACES = re.compile(r"\s*")
_PUNCT_END = re.compile(r"[,;:.]$")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_DOC_NOUN_TAIL = re.compile(rf"\s+{_DOC_NOUNS}(?:\s.*)?$")
_DOC_NOUN_END = re.compile(rf"\s+{_DOC_NOUNS}$")
_LEAD_PUNCT = re.compile(r"[\s,.;:—–-]*")
_QUOTE_MARK = re.compile(r"[“”\"]|''")
_STOP_PUNCT = re.compile(r"[.;:!?]")
_WORDS = re.compile(r"\w+")
_SPACE_DOTS = re.compile(r"[\s.]*")
# What may stand between a reporting verb and the reported words: the listener of "told" ("told
# reporters", "told The Epoch Times"), a short phrase of place or medium ("on social media", "in a
# statement"), and "that".
_LISTENER = re.compile(
    r"\s*(?:reporters|journalists|lawmakers|the \w+|an? \w+|him|her|them|us|me|[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*)"
    r"(?=\s)")
_MEDIUM = re.compile(r"\s*(?:(?:on|in|at|during|to|via|through)\s+(?:\w+\s+){0,3}?\w+)?\s*(?:,\s*)?that\b"
                     r"|\s*(?:on \w+|in an? (?:statement|interview|post|letter|tweet|email|filing|briefing))(?=\s)")
LISTENER_CUES = frozenset("told tells tell assured informed warned briefed".split())


def _reported_opening(text: str, pos: int, end: int, cue: str) -> int:
    """Where the reported words begin after a cue verb ending at ``pos``."""
    i = pos
    if cue.lower() in LISTENER_CUES:
        m = _LISTENER.match(text, i, end)
        if m:
            i = m.end()
    m = _MEDIUM.match(text, i, end)
    if m:
        i = m.end()
    return i


@dataclass
class Fragment:
    start: int  # offset of the opening quote mark
    end: int  # offset just past the closing quote mark
    inner_start: int
    inner_end: int


@dataclass
class Frame:
    """An attribution frame: the speaker phrase as written and the cue words."""

    speaker_text: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_start: int
    cue_end: int


@dataclass
class Statement:
    start: int
    end: int
    content_start: int
    content_end: int
    direct: bool
    fragments: list[Fragment] = field(default_factory=list)
    frame: Frame | None = None
    sentence: tuple[int, int] = (0, 0)


def find_fragments(text: str) -> list[Fragment]:
    """Quoted spans, paragraph by paragraph. An unclosed quote runs to the end of its paragraph."""
    frags: list[Fragment] = []
    for para in _LINE.finditer(text):
        ps, pe = para.span()
        i = ps
        while i < pe:
            m = _OPENER.search(text, i, pe)  # skip to the next character that may open a quote
            if m is None:
                break
            i = m.start()
            ch = m.group(0)
            w = len(ch)
            if ch in OPEN_CLOSE and (ch not in ('"', "''") or _opens_straight(text, i, ps)):
                close = OPEN_CLOSE[ch]
                j = text.find(close, i + w, pe)
                end = j + w if j != -1 else pe
                inner_end = j if j != -1 else pe
                if inner_end - (i + w) >= 1 and text[i + w:inner_end].strip():
                    frags.append(Fragment(i, end, i + w, inner_end))
                i = end
                continue
            i += 1
    return frags


def _opens_straight(text: str, i: int, para_start: int) -> bool:
    return i == para_start or not text[i - 1].isalnum()


def _clean_speaker(raw: str) -> tuple[str, int, int] | None:
    """Strip a speaker phrase down to the noun phrase: returns (phrase, offset_in_raw_start, offset_in_raw_end)."""
    m = _TRIMMED.search(raw)
    if not m:
        return None
    s, e = m.span()
    phrase = raw[s:e]
    lead = _LEAD_CONJUNCTION.match(phrase)
    if lead:
        s += lead.end()
        phrase = raw[s:e]
    return phrase, s, e


_AUX = re.compile(r"(?:\s+(?:had|has|have|was|were|is|also|then|later|again|repeatedly|previously|further|"
                  r"subsequently|publicly|privately|reportedly|once|earlier|recently|often|never|always|"
                  r"already|had\s+also|would|will|could|may|might|did|does|do|not|separately|directly))+\s*$")


_CLAUSE_WORDS = frozenset("and but or that which who whom as while because if when although though so".split())
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|is\s+widely|was\s+widely)\s*$", re.IGNORECASE)
# An inserted phrase between a subject and its verb: "X, who toured the town, said", "X, 33, said",
# "A senior official, speaking on condition of anonymity, said".
_INSERT = re.compile(r",\s*(?:who|which|whose|where|\d+|the|a|an|his|her|its|their|speaking|according|"
                     r"citing|now|also|then|once|formerly|aged|asked|writing)\b[^,“”\"]{0,120},\s*$")


def _subject_before(text: str, limit: int, pos: int, ctx: _Context | None = None) -> tuple[int, int] | None:
    """The subject of a cue verb at ``pos``, skipping auxiliaries and adverbs ("Qin also urged") and an
    inserted clause ("Gov. Ana Vireo, who toured the town, said")."""
    # _PASSIVE and _AUX match words and white space only, up to ``pos``: they cannot start before the
    # run of such characters that ends there
    words_from = ctx.word_run_start(limit, pos) if ctx is not None else limit
    if _PASSIVE.search(text, words_from, pos):
        return None  # "is reported to", "was said to": the subject is not the one speaking
    for pattern, lo in ((_INSERT, limit), (_AUX, words_from)):
        m = pattern.search(text, lo, pos)
        if m:
            np = _np_before(text, limit, m.start())
            if np is not None and np[1] >= m.start() - 1:
                return np
    np = _np_before(text, limit, pos)
    if np is not None and np[1] >= pos - 2:
        return np
    return None


def _np_before(text: str, limit: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase that ends just before ``pos`` (the subject of a cue verb)."""
    toks = list(_NP_TOKEN_BEFORE.finditer(text[limit:pos]))
    chosen: list[re.Match] = []
    for t in reversed(toks):
        w = t.group(0)
        if chosen and text[limit + t.end():limit + chosen[-1].start()].strip():
            break  # a comma or quote mark between words ends the phrase
        bare = _POSSESSIVE.sub("", w.rstrip(".")).lower()
        if (w[0].isupper() or bare in ROLE_WORDS or bare in SPEAKER_NOUNS or w.rstrip(".") in TITLE_ABBREVIATIONS
                or bare in ("of", "the", "a", "an", "u.s.", "us", "s", "and") and chosen):
            chosen.append(t)
            continue
        if not chosen and bare in _PRONOUNS:
            chosen.append(t)
        break
    while chosen and chosen[-1].group(0).lower() in ("of", "and"):
        chosen.pop()
    if not chosen:
        return None
    # a pronoun ends the phrase it starts ("he" never takes more words)
    if chosen[0].group(0).lower() in _PRONOUNS:
        chosen = chosen[:1]
    start = limit + chosen[-1].start()
    end = limit + chosen[0].end()
    return start, end


def _np_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``pos`` (the subject after an inverted cue: "said Ned Price")."""
    m = _SPACES.match(text[pos:limit])
    i = pos + (m.end() if m else 0)
    toks = list(_NP_TOKEN_AFTER.finditer(text[i:limit]))
    chosen: list[re.Match] = []
    for t in toks:
        w = t.group(0)
        bare = _POSSESSIVE.sub("", w.rstrip(".")).lower()
        if w[0].isupper() or bare in ROLE_WORDS or bare in ("of", "the", "a", "an") or w.rstrip(".") in TITLE_ABBREVIATIONS:
            chosen.append(t)
            if _PUNCT_END.search(w) and not _ABBREVIATION.fullmatch(w):
                break
            continue
        if not chosen and bare in _PRONOUNS:
            chosen.append(t)
        break
    while chosen and chosen[-1].group(0).lower() in ("of", "the", "a", "an"):
        chosen.pop()
    if not chosen:
        return None
    end = i + chosen[-1].end()
    while end > i and text[end - 1] in ",.;:":
        end -= 1
    return i + chosen[0].start(), end


_ACCORDING = re.compile(
    rf"\b(?P<cue>(?i:according to|per|citing|in))\s+(?P<det>(?:a|an|the)\s+)?"
    rf"(?P<doc>{_DOC_NOUNS}\s+(?:from|by|of)\s+)?(?P<np>[^,.;:“”\"()\n]{{1,90}})",
)
_NOT_SOURCES = re.compile(r"^(?:plan|schedule|the rules|rules|law|tradition|custom|reports?|some|many|him|her|them)$",
                          re.IGNORECASE)


def _according_frame(text: str, s: int, e: int, ctx: _Context | None = None) -> Frame | None:
    """"According to a statement by X," / ", per a statement from X" anywhere in the sentence."""
    for m in (ctx.according.finditer(s, e) if ctx is not None else _ACCORDING.finditer(text, s, e)):
        cue = m["cue"].lower()
        np_text = m["np"]
        if cue in ("in", "per", "citing") and not (m["doc"] or cue != "in" and np_text[:1].isupper()):
            continue  # "in Beijing", "$38.50 per share"
        np_start = m.start("np")
        words = np_text.split()
        # the source ends where the clause does: "according to Feng he wants" is rare; cap at 8 words
        phrase = " ".join(words[:8])
        phrase = _DOC_NOUN_TAIL.sub("", phrase)
        phrase = _POSSESSIVE.sub("", phrase).strip()
        if not phrase or _NOT_SOURCES.match(phrase):
            continue
        cue_words = text[m.start():np_start].strip()
        return Frame(phrase, np_start, np_start + len(phrase), cue_words, m.start(), np_start)
    return None


_CUE_RE = re.compile(rf"\b(?P<cue>{_CUE})\b")
_REV_WORD_RUN = re.compile(r"[\s\w]*")


class _Context:
    """What ``find_statements`` looks up many times in one text: the cue verbs and "according to"
    cues by window (see ``_scan``), and runs of words and white space."""

    def __init__(self, text: str, scan: TextScan | None = None) -> None:
        if scan is None or scan.text is not text:
            scan = TextScan(text)
        self.text = text
        self._rev = text[::-1]
        # a cue verb in a window starts at a whole cue word, or is the start of a word the window cuts
        self.cues = WindowScanner(_CUE_RE, _CUE_GATE, scan, cut=True)
        # an "according to" cue is followed by white space inside the window: a whole word
        self.according = WindowScanner(_ACCORDING, _ACCORDING_GATE, scan)
        self.icues = WindowScanner(_ICUE_RE, _ICUE_GATE, scan, cut=True)

    def word_run_start(self, limit: int, pos: int) -> int:
        """The start of the run of word characters and white space that ends at ``pos``, or ``limit``
        when the run reaches back beyond it."""
        n = len(self.text)
        if not 0 <= limit <= pos <= n:
            return limit
        r = n - pos
        return max(limit, pos - (_REV_WORD_RUN.match(self._rev, r).end() - r))


_CUE_GATE = Gate(CUE_VERBS, word_start=True, whole=True)
_ICUE_RE = re.compile(rf"\b(?P<cue>{_ICUE})\b")
_ICUE_GATE = Gate(sorted(ALL_INDIRECT), word_start=True, whole=True)
_ACCORDING_GATE = Gate(["according to", "per", "citing", "in"], lower=True, word_start=True, whole=True)


def _cue_after(text: str, pos: int, limit: int, ctx: _Context | None = None) -> Frame | None:
    """`,” Blinken said` / `,” said Ned Price` / `,” he told reporters` right after a quote."""
    window = text[pos:limit]
    m = _LEAD_PUNCT.match(window)
    start = pos + (m.end() if m else 0)
    seg_end = min(limit, start + 160)
    cue = ctx.cues.search(start, seg_end) if ctx is not None else _CUE_RE.search(text, start, seg_end)
    if not cue:
        return None
    if _QUOTE_MARK.search(text, start, cue.start()):
        return None
    if cue.start() == start:  # inverted: said Ned Price
        np = _np_after(text, cue.end(), seg_end)
        if not np:
            return None
        return Frame(text[np[0]:np[1]], np[0], np[1], cue["cue"], cue.start(), cue.end())
    np = _subject_before(text, start, cue.start(), ctx)
    between = text[start:np[0]].split() if np else []
    if not np or len(between) > 3 or _STOP_PUNCT.search(text[start:np[0]]) or any(
            w.lower() in _CLAUSE_WORDS for w in between):
        # only the speaker phrase (and a few words of description) may stand between quote and cue
        return None
    return Frame(text[np[0]:np[1]], np[0], np[1], cue["cue"], cue.start(), cue.end())


def _cue_before(text: str, sent_start: int, pos: int, ctx: _Context | None = None) -> Frame | None:
    """`Blinken said: “...` / `Miller stated, “...` / `Qin told Blinken that Taiwan is “...`."""
    best = None
    for cue in (ctx.cues.finditer(sent_start, pos) if ctx is not None else _CUE_RE.finditer(text, sent_start, pos)):
        np = _subject_before(text, sent_start, cue.start(), ctx)
        if np:
            best = Frame(text[np[0]:np[1]], np[0], np[1], cue["cue"], cue.start(), cue.end())
    return best


def _is_cue_only(text: str, a: int, b: int) -> bool:
    """Whether the text between two fragments is just an interrupting "he said"."""
    between = text[a:b]
    if len(between) > 140 or _QUOTE_MARK.search(between):
        return False
    return bool(_CUE_RE.search(between)) and len(_WORDS.findall(between)) <= 14


def find_statements(text: str, sentences: list[tuple[int, int]], scan: TextScan | None = None) -> list[Statement]:
    """Direct-quote statements and indirect-speech statements, in text order.

    ``scan`` shares gate work with other recognisers over the same text."""
    frags = find_fragments(text)
    ctx = _Context(text, scan)
    sent_of = _sentence_lookup(sentences)
    statements: list[Statement] = []
    groups: list[list[Fragment]] = []
    for f in frags:
        if groups:
            last = groups[-1][-1]
            same_para = "\n" not in text[last.end:f.start]
            same_sentence = sent_of(last.start) == sent_of(f.start)
            if same_para and (same_sentence or _is_cue_only(text, last.end, f.start)):
                groups[-1].append(f)
                continue
        groups.append([f])
    quoted_sentences = {sent_of(f.start) for f in frags} | {sent_of(f.end - 1) for f in frags}
    quoted_sentences.discard(None)
    indirect = _indirect(text, sentences, [sentences[i] for i in quoted_sentences], ctx)
    spoken: set[int] = set()  # sentences that hold a direct statement
    for g in groups:
        s_first = sentences[sent_of(g[0].start)] if sent_of(g[0].start) is not None else (g[0].start, g[-1].end)
        s_last = sentences[sent_of(g[-1].end - 1)] if sent_of(g[-1].end - 1) is not None else s_first
        sent = (min(s_first[0], g[0].start), max(s_last[1], g[-1].end))
        para_start = text.rfind("\n", 0, g[0].start) + 1
        para_end = text.find("\n", g[-1].end)
        para_end = len(text) if para_end == -1 else para_end
        content_start, content_end = g[0].inner_start, g[-1].inner_end
        frame = _label_frame(text, g[0])
        if frame is not None:
            content_start = _SPACES.match(text, frame.cue_end).end()
        if frame is None:
            frame = _according_frame(text, sent[0], sent[1], ctx)
        if frame is None:
            for f in g:
                frame = _cue_after(text, f.end, para_end, ctx)
                if frame:
                    break
        if frame is None:
            frame = _cue_before(text, max(sent[0], para_start), g[0].start, ctx)
            if frame is not None:
                content_start, content_end = _mixed_span(text, frame, g, sent, content_start, content_end)
        if frame is None:
            after_end = min(para_end, sent[1] + 200)
            frame = _cue_after(text, sent[1], after_end, ctx) if text[g[-1].end:sent[1]].strip() == "" else None
        if frame is None and para_start == g[0].start:
            frame = _colon_lead(text, para_start, ctx)
        words = len(_WORDS.findall(" ".join(text[f.inner_start:f.inner_end] for f in g)))
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
        spoken.update(i for i in (sent_of(g[0].start), sent_of(g[-1].end - 1)) if i is not None)
    # a sentence whose quotes are all scare quotes may still report speech: "X said the plan was “bold”"
    unspoken = sorted(quoted_sentences - spoken)
    if unspoken:
        rest = [sentences[i] for i in unspoken]
        indirect.extend(_indirect(text, rest, [], ctx))
    statements.extend(indirect)
    statements.sort(key=lambda s: s.start)
    return statements


# A transcript line opens on its speaker's name in capitals: "SMITH: We will ..."
_LABEL = re.compile(r"(?P<np>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):\s")


def _label_frame(text: str, f: Fragment) -> Frame | None:
    """The speaker label of a quoted transcript line: ``"SMITH: We will ...``."""
    m = _LABEL.match(text, f.inner_start, f.inner_end)
    if m is None:
        return None
    return Frame(m["np"], m.start("np"), m.end("np"), ":", m.end("np"), m.end("np") + 1)


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


def _mixed_span(text: str, frame: Frame, g: list[Fragment], sent: tuple[int, int], cs: int,
                ce: int) -> tuple[int, int]:
    """A quote inside a reported clause ("Ana said the plan was “bold”") is reported from the words
    right after the cue: the clause is part of what she said."""
    if not sent[0] <= frame.cue_end <= g[0].start:
        return cs, ce
    start = _reported_opening(text, frame.cue_end, g[0].start, frame.cue)
    start, _ = _trim(text, start, g[0].start)
    if start < g[0].start and not _STOP_PUNCT.search(text, start, g[0].start):
        cs, ce = start, g[-1].end  # the closing mark too, as the clause holds the opening one
    return cs, ce


def _last_attributed(statements: list[Statement], before: int) -> Statement | None:
    best = None
    for st in statements:
        if st.frame is not None and st.end <= before and (best is None or st.end > best.end):
            best = st
    return best


def _indirect(text: str, sentences: list[tuple[int, int]], covered: list[tuple[int, int]],
              ctx: _Context | None = None) -> list[Statement]:
    """Reported speech without quotation marks: "X said that ...", "According to X, ...", "..., X said"."""
    out: list[Statement] = []
    # ``covered`` holds some of ``sentences``: when those are ordered, disjoint and non-empty, a
    # sentence meets a covered one exactly when it is one
    disjoint = all(s < e for s, e in sentences) and all(
        a[1] <= b[0] for a, b in zip(sentences, sentences[1:]))
    covered_starts = {cs for cs, _ in covered} if disjoint and set(covered) <= set(sentences) else None
    for s, e in sentences:
        if (s in covered_starts) if covered_starts is not None else any(
                cs <= s < ce or s <= cs < e for cs, ce in covered):
            continue
        frame = _according_frame(text, s, e, ctx)
        if frame is not None:
            if frame.cue_start - s < 3:  # According to X, CONTENT.
                comma = text.find(",", frame.speaker_end, e)
                cs = comma + 1 if comma != -1 else frame.speaker_end
                ce = e
            else:  # CONTENT, according to X.
                cs, ce = s, frame.cue_start
            cs, ce = _trim(text, cs, ce)
            if ce - cs >= 12:
                out.append(Statement(s, e, cs, ce, False, [], frame, (s, e)))
            continue
        out.extend(_cue_statements(text, s, e, ctx or _Context(text)))
    return out


# what may join two reported clauses of one sentence: "X said A, and Y said B" / "X said A — but he added B"
_CLAUSE_JOIN = re.compile(r"(?:[,;—–]\s*(?:(?:and|but|while|although|though|as|yet|whereas)\s+)?"
                          r"|\s+(?:and|but|while|although|though|yet|whereas)\s+)$")
_SUBJECT_OPENER = re.compile(r"(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Now|Later|Earlier|Then|Also)\b,?\s*)?")
_NOT_SUBJECT = frozenset("that which who whom whose what when where why how if because although though while "
                         "it this there to by in as not no".split())


def _prefix_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """A short sentence opening that can only be the subject: "Experts on tax policy said"."""
    m = _SUBJECT_OPENER.match(text, s, pos)
    i = m.end() if m else s
    j = pos
    while j > i and text[j - 1].isspace():
        j -= 1
    words = text[i:j].split()
    if not 1 <= len(words) <= 7 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return None
    if any(w.lower().strip("’'") in _NOT_SUBJECT for w in words) or _STOP_PUNCT.search(text, i, j) or any(
            c in text[i:j] for c in ",“”\"()"):
        return None
    return i, j


# "agreed to buy", "plans to sell": an intention or an act, not words that a figure could be quoted in
_INFINITIVE = re.compile(r"to\s")
_ACTS = frozenset("agreed pledged pledges promised promises vowed vows plans plan planned expected expects expect "
                  "asked asks urged urges called calls demanded demands proposed proposes".split())


def _cue_statements(text: str, s: int, e: int, ctx: _Context) -> list[Statement]:
    """Every "X said CONTENT" / "CONTENT, X said" of one sentence."""
    found: list[tuple[re.Match, tuple[int, int] | None]] = []
    for cue in ctx.icues.finditer(s, e):
        word = cue["cue"].lower()
        if word in _PARTICIPLE:
            if text[s:cue.start()].rstrip().endswith(","):
                found.append((cue, None))  # the subject is the sentence's
            continue
        np = _subject_before(text, s, cue.start(), ctx)
        if np is None and not _PASSIVE.search(text, ctx.word_run_start(s, cue.start()), cue.start()):
            np = _prefix_subject(text, s, cue.start())
        if np is not None:
            found.append((cue, np))
    out: list[Statement] = []
    last_frame: Frame | None = None
    clause_start = s
    for k, (cue, np) in enumerate(found):
        word = cue["cue"]
        if out and out[-1].content_start <= cue.start() < out[-1].content_end:
            continue  # a cue inside reported words is part of them: "said that it expected ..."
        if np is None:
            if last_frame is None:
                subj = _np_after(text, s, cue.start())
                if subj is None or _CLAUSE_WORDS & set(text[s:subj[0]].lower().split()):
                    continue
                last_frame = Frame(text[subj[0]:subj[1]], subj[0], subj[1], word, cue.start(), cue.end())
            frame = Frame(last_frame.speaker_text, last_frame.speaker_start, last_frame.speaker_end, word,
                          cue.start(), cue.end())
        else:
            frame = Frame(text[np[0]:np[1]], np[0], np[1], word, cue.start(), cue.end())
        # the reported words end where the next reported clause begins
        end = e
        for nxt, nnp in found[k + 1:]:
            lead = nnp[0] if nnp is not None else nxt.start()
            m = _CLAUSE_JOIN.search(text, cue.end(), lead)
            if m is not None and m.start() > cue.end():
                end = m.start()
                break
        after = text[cue.end():end]
        if np is not None and text[clause_start:np[0]].rstrip().endswith(",") and (
                _SPACE_DOTS.fullmatch(after) or after.lstrip().startswith(",")):
            # CONTENT, X said.  /  CONTENT, X said, MORE.
            cs, ce = _trim(text, clause_start, text.rfind(",", clause_start, np[0]))
        else:
            cs = _reported_opening(text, cue.end(), end, word)
            cs, ce = _trim(text, cs, end)
        if ce - cs >= 12 and not (_INFINITIVE.match(text, cs, ce) and word.lower() in _ACTS):
            out.append(Statement(s, e, cs, ce, False, [], frame, (s, e)))
            last_frame = frame
            clause_start = end
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;:—–-":
        s += 1
    while e > s and text[e - 1] in " ,;:.—–-":
        e -= 1
    return s, e


def _sentence_lookup(sentences: list[tuple[int, int]]):
    starts = [s for s, _ in sentences]

    def find(pos: int) -> int | None:
        import bisect

        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i][1] + 1:
            return i
        return i if i >= 0 else None

    return find


def speaker_parts(frame: Frame) -> tuple[str | None, str | None]:
    """(role, name) of a frame's speaker phrase; a description without a name has name None."""
    return split_role(speaker_phrase(frame))


def speaker_phrase(frame: Frame) -> str:
    """The speaker words without leading conjunctions or articles and without a document noun:
    "While the State Department’s readout" -> "State Department"."""
    words = frame.speaker_text.strip().split()
    while words and (words[0] in NOT_NAMES or words[0].lower() in ("the", "a", "an")):
        words = words[1:]
    phrase = " ".join(words)
    phrase = _DOC_NOUN_END.sub("", phrase)
    return _POSSESSIVE.sub("", phrase)
