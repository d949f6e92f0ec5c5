"""Direct and indirect speech, with who said it.

A *statement* is what one speaker is reported to say at one point: the quoted fragments of one
sentence, plus a fragment that resumes right after an interrupting "he said" or after the sentence
that frames the quote before it ("“A,” said Ana Ruiz, who runs the depot. “B.”"), unless it has a cue
of its own. A report inside such a frame is a statement of its own. The speaker comes
from the nearest attribution frame, in this order: a sentence-level "According to X," / ", per a
statement from X"; a cue right after the quote (", Blinken said"); a cue before it ("Blinken
said:"); a transcript label ("SMITH: ..."); a paragraph ending "Blinken continued:" just before;
and, for a paragraph that is nothing but a quote, the speaker of the quote before it.

Indirect statements ("X said (that) ...", "According to X, ...", "..., X said", "..., said X", and
stance or finding verbs: "a poll shows ...", "she believes ...", "voters oppose ...") are found in every
sentence without a direct statement, and in the unquoted stretches of one that has one, several per
sentence when reported clauses or verbs are joined ("X said A, and Y noted B", "X denied A and said
B"). So are adjectives of attitude after "be" ("she is confident that ...", "is critical of ..."), nouns
of saying with their object ("her criticism of ...", "his support for ..."), a line opening on "Name:", a
title-case headline ("Mayor Says ..."), what someone was "Asked" about, and clauses that report
themselves with no one named ("the plan is expected to ...", "they reportedly met"): those have no
frame, so that nothing in them is lent to a speaker. A stance whose clause holds a figure or a date
makes no statement: the figure is not the subject's words. Sentences inside a long quote are the
speaker's own words and report nothing of their own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ._scan import Gate, TextScan, WindowScanner, is_word_char, letter_tree
from .entities import NOT_NAMES, ROLE_WORDS, TITLE_ABBREVIATIONS, US_STATES, split_role
from .numbers import FRACTIONS, SCALES, TENS, UNITS
from .timex import WEEKDAY_NAMES

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
wondered wonders answered answers interjected chanted shouted yelled quipped joked mused scoffed retorted
exclaimed recounted barked boomed thundered snapped charged echoed echoes assured assures sang sings pleaded
chided scolded mocked interjecting insisting telling declaring pledging questioning
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


_CUE = letter_tree(CUE_VERBS)
ALL_INDIRECT = frozenset(INDIRECT_CUES) | frozenset(INDIRECT_ONLY) | frozenset(
    "called calls urges urged pledged pledges vowed vows promised promises demands asked asks hoped hopes "
    "predicted mentioned declared cautioned responded replied countered conceded".split())


def _inflect(spec: str) -> set[str]:
    """Every form of each verb of ``spec``: ``base`` (regular), ``base+`` (final consonant doubled:
    slam, slammed) or ``base:past:participle`` (irregular)."""
    out: set[str] = set()
    for item in spec.split():
        base, *irregular = item.rstrip("+").split(":")
        if base.endswith("e"):
            ing, ed = (base if base.endswith("ee") else base[:-1]) + "ing", base + "d"
        elif base[-1] == "y" and base[-2] not in "aeiou":
            ing, ed = base + "ing", base[:-1] + "ied"
        elif item.endswith("+"):
            ing, ed = base + base[-1] + "ing", base + base[-1] + "ed"
        else:
            ing, ed = base + "ing", base + "ed"
        if base[-1] == "y" and base[-2] not in "aeiou":
            third = base[:-1] + "ies"
        elif base.endswith(("s", "sh", "ch", "x", "z", "o")):
            third = base + "es"
        else:
            third = base + "s"
        out.update((base, third, ing), irregular or (ed,))
    return out


# Forms that news uses far more often for a thing or an event than for a stance ("the vote", "a debate",
# "like", "support staff"): as cues they cost more than they find
_RARELY_REPORT = frozenset("""
address addressed agreement allegations anger announcement answer answers appeal arguments ask attack
attacking back backing brand case celebrating challenge challenges champion champions charge comment considering
contest contested contests debate decide decision decline defend defending detail details endorsements explain
fault favor favored feeling finding forecasting hate hear hearing intended learn like love offer offering
opinion opposing opposition planning pledge point position post propose reaction regard remarks remember
response seeing seek seeking showing signal slam sought speak speaking speaks statement support supporting
talking testimony thanks thinking threatening tweet tweeting tweets understand understanding vote votes voting
written
""".split())
# Verbs of stance, thought, judgement and intent: their object or clause is what the subject holds or
# conveys, as news reports it ("the senator opposes the bill", "voters see him as honest").
STANCE_VERBS = frozenset(_inflect("""
support oppose endorse criticize criticise praise accuse defend reject condemn denounce attack mock slam+
blast question challenge dismiss welcome favor favour prefer+ like love hate consider regard doubt wonder
wish seek:sought intend refuse decline decide propose recommend request offer discuss mention address
describe cite recall remember learn understand:understood recognize recognise acknowledge admit+ concede
deny insist argue claim suggest imply hint signal indicate reveal report predict forecast warn caution
threaten complain lament celebrate tout boast joke tweet retweet post explain echo highlight stress
emphasize emphasise note assert confirm announce declare pledge promise vow respond reply answer repeat
reiterate believe feel:felt see:saw:seen hear:heard accept embrace assail decry deride ridicule lambaste
rail fault thank applaud hail laud commend champion advocate promote encourage urge demand speculate back
assume suspect dispute contest contradict rebut counter downplay ignore approve label brand
portray characterize characterise depict compare liken detail unveil blame credit allege
expect hope fear worry want think:thought know:knew:known plan+ tell:told say:said write:wrote:written
show:showed:shown find:found agree vote refer+ point comment focus talk speak:spoke:spoken call ask
""")) - _RARELY_REPORT
# Stance verbs that are no reporting verb of old: their clause is a view or an act, whose figures and dates
# are not the subject's words ("the board rejected $31 a share"), and whose -s and bare forms are also
# nouns ("an earlier round of talks")
_STANCE_ONLY = STANCE_VERBS - ALL_INDIRECT
# -ing forms that news uses mostly as adjectives ("supporting documents", "the defending champion") report
# a stance only as the verb of a progressive: "the senator is backing the levy", "voters are considering a
# third party"
_PROGRESSIVE_ONLY = frozenset("backing supporting considering defending opposing offering planning forecasting "
                              "talking".split())
# Bare stance verbs that news uses mostly as nouns ("public support", "in favor of") report as a verb only
# between a subject and an object: "two-thirds support a ban", "young voters favor Ruiz"
_BARE_STANCES = frozenset("support favor favour".split())
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_STANCE_WORDS = _STANCE_ONLY | _PROGRESSIVE_ONLY | _BARE_STANCES
# Adjectives of belief, feeling and stance after "be" (or "remain", "feel", ...) report what their holder
# thinks, with the words each takes: "is confident that ...", "remains skeptical about ...", "is critical of
# ...", "is willing to ..."; "clause" is a clause with no "that" ("is sure she will win"). "clear" reports only
# after "make" ("made it clear that ...": not "it is clear that", which names no one).
_ATTITUDES = {adjective: frozenset(takes.split()) for adjectives, takes in (
    ("confident", "that about in whether clause"), ("convinced", "that of clause"),
    ("sure certain", "that about of whether if how clause"), ("unsure uncertain", "about of whether if how"),
    ("worried", "that about over clause"), ("concerned", "that about over"), ("hopeful", "that about of clause"),
    ("optimistic pessimistic", "that about on"), ("upbeat", "about on"),
    ("skeptical sceptical doubtful", "that about of whether"), ("aware", "that of"), ("adamant insistent", "that"),
    ("afraid fearful", "that of"), ("proud", "that of"), ("critical supportive", "of"), ("wary leery", "of about"),
    ("opposed", "to"), ("angry furious", "that about over at"), ("upset unhappy frustrated", "that about over with"),
    ("happy pleased", "that about with"), ("satisfied dissatisfied comfortable uncomfortable", "with"),
    ("disappointed", "that in with"), ("grateful thankful", "for that"), ("nervous anxious", "that about"),
    ("surprised shocked", "that"), ("willing unwilling eager determined reluctant keen loath", "to"),
    ("clear", "that")) for adjective in adjectives.split()}
# the verbs an attitude adjective follows, and the words that may stand between them ("is not yet sure")
_ATTITUDE_VERBS = frozenset("""is are was were am be been being remain remains remained stay stays stayed seem
seems seemed appear appears appeared feel feels felt grew grow grows growing become becomes became sounded""".split())
_MAKE_FORMS = frozenset("make makes made making".split())
_ATTITUDE_ADVERBS = frozenset("""not n't n’t also still now very so too more less most all both quite fairly
pretty yet already ever even just well it""".split())
_ATTITUDE_OPENING = re.compile(r"\s+(?:(?P<object>about|of|over|on|in|with|at|for)|(?P<to>to)|(?P<that>that)"
                               r"|(?P<clause>whether|if|how|he|she|they|we|I))\s")
# Verbs of striving that report only an aim ("sought to calm the markets"), not an object ("sought a loan")
_AIM_VERBS = frozenset(_inflect("seek:sought strive:strove:striven aim")) - STANCE_VERBS
# words that end a noun's lead-in, never a subject: "the", "his", "round of"
_NOUN_LEAD = frozenset("the a an this that these those his her their its our my your of in on for with to by "
                       "from at any some no every each".split())
_RELATIVE_SUBJECT = frozenset(("who", "which"))
# verbs whose content is only what follows their preposition: "talked about the budget", not "talked on Monday"
# ("spoke to the minister": a listener; "spoke on Tuesday": a time)
_PREPOSITIONAL = {w: re.compile(rf"\s*(?:{preps})\s") for verbs, preps in (
    ("talk speak:spoke:spoken", "about|of"), ("comment", "on|about"), ("focus", "on"), ("refer+", "to"),
    ("point", "to|out")) for w in _inflect(verbs)}
# a figure or a date in a stance's clause is not the subject's to vouch for
_DATED = re.compile(r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
                    r"Aug|Sept?|Oct|Nov|Dec)\b")
_DIGIT = re.compile(r"\d")
# a particle after a stance verb makes another verb of it: "backed down", "wrote off"
_PARTICLE = re.compile(r"\s+(?:down|away|off|out|up|by)\b")
# the particles that make another verb of any cue ("added up", "called off", "wrote down"); "out" and "by"
# do not after a reporting verb ("pointed out that", "said by")
_PHRASAL = re.compile(r"\s+(?:down|away|off|up)\b(?!-)")
_STANCE_PREPOSITION = re.compile(r"\s*(?:about|of|for|on|against|over)\s+")
# what every match of _DATED starts with, found at C speed
_DATED_HINT = re.compile(r"[0-9]|[JFMASONDTW][a-z]{2,8}\b")


def _dated(text: str, a: int, b: int) -> bool:
    """Whether a figure or a date may stand in ``text[a:b]``."""
    return any(_DATED.match(text, m.start(), b) for m in _DATED_HINT.finditer(text, a, b))


_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | frozenset(FRACTIONS) | {"halves", "thirds"}


def _counted(text: str, a: int, b: int) -> bool:
    """Whether a figure or a date may stand in ``text[a:b]``, a number word ("two weeks", "a dozen") included."""
    return _dated(text, a, b) or not _NUMBER_WORDS.isdisjoint(_WORDS.findall(text[a:b].lower()))


# Nouns of saying and stance: with the words they take ("criticism of", "questions about", "his view that")
# they report as a verb does
NOUN_CUES = frozenset("""
criticism criticisms endorsement praise attacks comments statements claim claims allegation accusation
accusations assertion assertions argument view views belief beliefs opinions positions stance concern concerns
doubt doubts question questions message warning warnings promise promises pledges vow call calls demand
demands proposal proposals idea suggestion suggestions prediction predictions fears hopes insistence complaint
complaints charges rhetoric talk discussion speculation rumors rumours denial admission explanation defense
defence request recommendation embrace rejection condemnation denunciation assurances insinuation suspicion
suspicions skepticism scepticism confidence outrage frustration
""".split())
_NOUN_OPENING = re.compile(r"\s*(?:about|of|on|for|against|over|that|toward|towards|regarding)\s")
# Nouns of stance that news uses as often for aid or for a group ("support for farmers", "the opposition")
# report a view only with their own holder, a possessive or a name just before them or a subject that voiced
# them: "her support for the levy", "Republican opposition to the bill", "voiced support for"
_HELD_NOUNS = {"support": ("for", "of"), "backing": ("for", "of"), "opposition": ("to",)}
_HELD_OPENING = re.compile(r"\s*(for|of|to)\s")
# a participle cue hangs on the subject of its sentence: "Ana spoke Monday, saying the plan was sound"
_PARTICIPLE = frozenset(w for w in ALL_INDIRECT | STANCE_VERBS | _AIM_VERBS if w.endswith("ing"))
_PRONOUNS = {"he", "she", "they", "i", "we", "it"}
_DOC_NOUNS = r"(?:statement|readout|report|release|press release|filing|tweet|post|letter|memo|summary|notice|" \
             r"announcement|transcript|account|version|document|interview|survey|study|analysis)"

# Lower-case heads that can be the subject of a reporting verb ("the company said").
SPEAKER_NOUNS = frozenset("""
company firm group government ministry agency police military army court report statement study organizers
organisers team club league union board bank regulator regulators authorities officials analysts experts
witnesses residents survivors researchers scientists investigators prosecutors lawyers readout spokesperson
campaign administration office department committee commission council network newspaper outlet paper
poll survey data research evidence candidate candidates nominee nominees front-runner frontrunner
panel jury tribunal
""".split())

OPEN_CLOSE = {"“": "”", "\"": "\"", "«": "»", "„": "“", "''": "''"}
# two apostrophes stand for a double quote mark in some wire and archive texts
_MIXED_CLOSE = {"“": "\"", "\"": "”"}
_OPENER_MARK = re.compile("[" + "".join(k for k in OPEN_CLOSE if len(k) == 1) + "]")


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
# reporters", "told The Epoch Times"), a short phrase of place, medium or time ("on social media", "in a
# statement", "Monday"), and "that".
_LISTENER = re.compile(
    r"\s*(?:reporters|journalists|lawmakers|the \w+|an? \w+|him|her|them|us|me|[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*)"
    r"(?=\s)")
_MEDIUM = re.compile(r"\s*(?:(?:on|in|at|during|to|via|through)\s+(?:\w+\s+){0,3}?\w+|"
                     rf"(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today|tonight|(?:last|this)\s+\w+))?\s*(?:,\s*)?that\b"
                     r"|\s*(?:on \w+|in an? (?:statement|interview|post|letter|tweet|email|filing|briefing))(?=\s)")
LISTENER_CUES = frozenset("told tells tell assured informed warned briefed".split())


def _reported_opening(text: str, pos: int, end: int, cue: str) -> int:
    """Where the reported words begin after a cue verb ending at ``pos``."""
    i = pos
    if cue.lower() in _ACTS and _TO_INFINITIVE.match(text, pos, end):
        return i  # "vowed to veto any bill that ...": what she vowed starts at "to"
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
    # every place a quote may open, found with str.find (a regex search tests every character): a quote
    # mark, or two apostrophes
    cands: list[int] = []
    for mark in OPEN_CLOSE:
        k = text.find(mark)
        while k != -1:
            cands.append(k)
            k = text.find(mark, k + 1)
    cands.sort()
    i = 0
    ps = pe = -1  # the paragraph of the last candidate
    for p in cands:
        if p < i:
            continue
        if p >= pe:
            ps = text.rfind("\n", 0, p) + 1
            pe = _para_end(text, p)
        ch = "''" if text.startswith("''", p) and p + 2 <= pe else text[p]
        if ch == "'":
            continue
        w = len(ch)
        if ch in OPEN_CLOSE and (ch not in ('"', "''") or _opens_straight(text, p, ps)):
            close = OPEN_CLOSE[ch]
            j = text.find(close, p + w, pe)
            if ch == "“" and j != -1:
                j = _early_close(text, p + w, j)
            elif ch == "''" and j != -1 and text.startswith("'", j + 2):
                j += 1  # `'old-school,'''`: the first apostrophe closes a quote inside the quote
            if j == -1 and ch in _MIXED_CLOSE:
                # a curly quote closed by a straight one or the reverse ("“Yes," she said)
                j = text.find(_MIXED_CLOSE[ch], p + w, pe)
            if j == -1 and ch == "“":
                j = _closing_opener(text, p + w, pe)
            end = j + w if j != -1 else pe
            inner_end = j if j != -1 else pe
            if inner_end - (p + w) >= 1 and text[p + w:inner_end].strip():
                frags.append(Fragment(p, end, p + w, inner_end))
            i = end
        else:
            i = p + 1
    return frags


def _early_close(text: str, i: int, j: int) -> int:
    """Where a curly quote opened before ``i`` closes when a closing ``”`` is at ``j``: earlier, at a straight
    mark or an opening mark typed as its closing one (`“Yes," she said. "No.”`, `“Yes,“ said Ana. “No.”`);
    a straight mark after a space opens a quote inside it (`“He said "no" twice.”`)."""
    k = text.find('"', i, j)
    if k != -1 and not text[k - 1].isspace() and not text[k + 1].isalnum():
        j = k
    k = _closing_opener(text, i, j)
    return k if k != -1 else j


def _closing_opener(text: str, i: int, end: int) -> int:
    """An opening mark typed where the closing one belongs (`here,“ said Ana`): one that follows a word or
    punctuation and comes before white space or punctuation; -1 when there is none."""
    j = text.find("“", i, end)
    while j != -1:
        if not text[j - 1].isspace() and (j + 1 >= end or not text[j + 1].isalnum()):
            return j
        j = text.find("“", j + 1, end)
    return -1


def _opens_straight(text: str, i: int, para_start: int) -> bool:
    """Whether a straight quote mark at ``i`` can open a quote: not inside a word, and not a markup
    attribute's value (``author="@ana"``)."""
    return i == para_start or not (text[i - 1].isalnum() or text[i - 1] == "=")


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


# When something was said, between the speaker and the verb: "Ana Ruiz on Tuesday said", "Ruiz earlier
# this week told", "the board late Monday rejected", "prosecutors in April charged", "a poll released in late
# August found", "who in 2010 said"
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_WHEN_ENDS = (*WEEKDAY_NAMES, "today", "yesterday", "week", "month", "year", "morning", "afternoon", "evening", "night",
              *_MONTH_NAMES, *"0123456789")
_WHEN = (r"(?:(?:(?:on|late|early|earlier|later|last|this|(?:earlier|later)\s+this)\s+)?"
         rf"(?:{'|'.join(WEEKDAY_NAMES)}|today|yesterday|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?"
         rf"|in\s+(?:(?:late|early|mid)[\s-]+)?(?:{'|'.join(_MONTH_NAMES)}|1[89]\d\d|20\d\d)(?:,?\s+(?:1[89]|20)\d\d)?)")
# a participle dated before the verb: "A poll published Thursday said", "a report released on Monday shows"
_DATED_PARTICIPLE = r"[a-z]{3,}ed\s+" + _WHEN
_NEGATED = r"[a-z]+n[’']t"  # "doesn't", "didn’t"
_AUX = re.compile(r"(?:\s+(?:had|has|have|was|were|is|also|then|later|again|repeatedly|previously|further|"
                  r"subsequently|publicly|privately|reportedly|once|earlier|recently|often|never|always|both|all|each|"
                  r"already|had\s+also|would|will|could|may|might|did|does|do|not|" + _NEGATED + "|separately|directly|"
                  r"are|yet\s+to|(?:more|less)\s+likely\s+to|"
                  r"(?:seem|seems|seemed|appear|appears|appeared)\s+to|" + _DATED_PARTICIPLE + "|" + _WHEN +
                  r"))+\s*$")


# the words of a time phrase ("on Monday", "later this week"), one by one
_WHEN_WORDS = frozenset(("on", "late", "early", "earlier", "later", "last", "this", *_WHEN_ENDS))
_AUX_ENDS = tuple(w for w in re.findall(r"[a-z]+", _AUX.pattern.replace(_DATED_PARTICIPLE, "").replace(_WHEN, "")
                                         .replace(_NEGATED, "")) if w not in ("s", "ss")) + _WHEN_ENDS + ("n't", "n’t")
_CLAUSE_WORDS = frozenset("and but or that which who whom as while because if when although though so".split())
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|is\s+widely|was\s+widely)\s*$", re.IGNORECASE)
_PASSIVE_ENDS = ("is", "are", "was", "were", "be", "been", "being", "widely")
_ING_AT = re.compile(r"[a-z]+ing\b")
# An inserted phrase between a subject and its verb: "X, who toured the town, said", "X, 33, said",
# "A senior official, speaking on condition of anonymity, said".
# Several may follow each other: "Ana Ruiz, 58, who lives in Leeds, says".
# A phrase of place or occasion may be one too ("X, in a statement, said"), and a place named after
# another insert goes with it ("X, 22, of Flint, Mich., said"; "X, who served in Peru, Chile and Spain, said").
# A participle in -ed opens one ("The poll, released Monday by Y, showed", "X, clad in red, said").
# One runs up to 200 characters without a comma: "Dr. X, who as a captain ran the clinic under ... and later
# retired as a rear admiral, said" is said by X, not by the admiral its clause ends on.
_INSERT_ONE = (r",\s*(?:who|which|whose|where|\d+|the|a|an|his|her|its|their|speaking|according|citing|now|also|"
               r"then|once|formerly|aged|asked|writing|in|at|during|of|from|on|after|before|with|however|too|only|just|"
               r"through|like|unlike|many|most|some|long|clad|sent|"
               r"(?:when|while|although|though|if)(?=\s+[a-z])|[a-z]+ing|[a-z]{2,}ed)\b"
               r"[^,“”\"]{0,200}")
_INSERT_PLACE = r",\s*[A-Z][\w.]*(?:\s(?:and\s)?[A-Z][\w.]*){0,2}"
_INSERT = re.compile(rf"{_INSERT_ONE}(?:{_INSERT_ONE}|{_INSERT_PLACE})*,\s*$")


def _passive_at(text: str, s: int, pos: int, ctx: _Context) -> bool:
    """Whether the verb at ``pos`` is passive ("was expected"): the last word first, then the run."""
    tail = text[max(s, pos - 40):pos].rstrip()
    return (not tail or tail.lower().endswith(_PASSIVE_ENDS)) and _PASSIVE.search(
        text, ctx.word_run_start(s, pos), pos) is not None


def _subject_before(text: str, limit: int, pos: int, ctx: _Context | None = None) -> tuple[int, int] | None:
    """The subject of a cue verb at ``pos``, skipping auxiliaries and adverbs ("Qin also urged") and an
    inserted clause ("Gov. Ana Vireo, who toured the town, said")."""
    # _PASSIVE and _AUX end on one of their words and _INSERT on a comma: a test of the last word spares
    # most searches (white space only: search, to be exact)
    tail = text[max(limit, pos - 40):pos].rstrip()
    aux = not tail or tail.endswith(_AUX_ENDS)
    insert = not tail or tail.endswith(",")
    # "is telling": a progressive, not a passive
    passive = (not tail or tail.lower().endswith(_PASSIVE_ENDS)) and not _ING_AT.match(text, pos)
    words_from = limit
    if aux or passive:
        # _PASSIVE and _AUX match words and white space only, up to ``pos``: they cannot start before
        # the run of such characters that ends there
        words_from = ctx.word_run_start(limit, pos) if ctx is not None else limit
        if passive and _PASSIVE.search(text, words_from, pos):
            return None  # "is reported to", "was said to": the subject is not the one speaking
    for pattern, lo in ((_INSERT, limit), (_AUX, words_from)):
        if not (aux if pattern is _AUX else insert):
            continue
        m = pattern.search(text, lo, pos)
        while m is not None and pattern is _INSERT and _opens_with_lead_in(text, limit, m.start()):
            m = pattern.search(text, m.start() + 1, pos)  # "At the club, where ..., Tom Vik, its head, said"
        if m:
            at = m.start()
            if pattern is _AUX and text[max(limit, at - 40):at].rstrip().endswith(","):
                # "Ana, asked about it, had said": the insert stands before the auxiliary
                m2 = _INSERT.search(text, limit, at)
                at = m2.start() if m2 else at
            np = _np_before(text, limit, at)
            if np is None and pattern is _AUX:
                np = _loose_subject(text, limit, at)  # "the mayor's allies on Monday predicted"
            if np is not None and np[1] >= at - 1:
                return np
    np = _np_before(text, limit, pos)
    if np is not None and np[1] >= pos - 2:
        return np
    return None


def _opens_with_lead_in(text: str, limit: int, pos: int) -> bool:
    """Whether the words before ``pos`` are a lead-in phrase ("At Elm Ridge"), not a subject."""
    np = _np_before(text, limit, pos)
    return np is not None and text[np[0]:np[1]].split(None, 1)[0].lower() in _LEAD_IN


def _relative_head(text: str, limit: int, np: tuple[int, int]) -> tuple[int, int]:
    """The subject whose relative clause ends on the noun phrase ``np`` ("Officials who spoke with the
    Daily Post said": the officials, not the newspaper), else ``np``."""
    lo = max(limit, np[0] - 100)
    who = text.rfind(" who ", lo, np[0])
    before = text[max(lo, np[0] - 12):np[0]].split()
    if who == -1 or _CLAUSE_BREAK.search(text, who, np[0]) or text[np[0]:np[1]].lower() in _PRONOUNS or (
            before and before[-1].lower() in _OPENS_CLAUSE):
        return np  # "Ruiz, who got less credit than aides say": the aides open a clause of their own
    head = _np_before(text, limit, who) or _loose_subject(text, limit, who) or _prefix_subject(text, limit, who)
    return head if head is not None and head[1] >= who - 1 and not _opens_with_lead_in(text, limit, who) else np


_OPENS_CLAUSE = frozenset(("than", *_CLAUSE_WORDS))
_CLAUSE_BREAK = re.compile(r"[,;:.!?“”\"()—–]")


def _np_before(text: str, limit: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase that ends just before ``pos`` (the subject of a cue verb)."""
    # the phrase is read backwards from ``pos``: tokens of the last few words first, all of them only
    # when the phrase reaches that far
    # (a window that cuts into a parenthesis would read its words as tokens of their own)
    width = 24
    lo = max(limit, pos - width)
    while True:
        if lo > limit and text.find(")", lo, pos) != -1:
            lo = limit
        toks = list(_NP_TOKEN_BEFORE.finditer(text, lo, pos))
        chosen: list[re.Match] = []
        for t in reversed(toks):
            w = t.group(0)
            if chosen and text[t.end():chosen[-1].start()].strip():
                break  # a comma or quote mark between words ends the phrase
            if t is toks[0] and lo > limit:
                break  # perhaps cut by the window: read further back (below)
            bare = w.rstrip(".")
            bare = (bare[:-2] if bare.endswith(("’s", "'s")) else bare).lower()
            if (w[0].isupper() or bare in ROLE_WORDS or bare in SPEAKER_NOUNS or w.rstrip(".") in TITLE_ABBREVIATIONS
                    or bare in ("of", "the", "a", "an", "u.s.", "us", "s", "and") and chosen):
                chosen.append(t)
                continue
            if not chosen and bare in _PRONOUNS:
                chosen.append(t)
            break
        else:
            if lo > limit:
                width *= 4
                lo = max(limit, pos - width)
                continue
        if lo > limit and toks and t is toks[0]:  # the walk reached the first token, perhaps cut
            width *= 4
            lo = max(limit, pos - width)
            continue
        break
    while chosen and (chosen[-1].group(0).lower() in ("of", "and") or chosen[-1].group(
            0) in _SUBORDINATORS):
        chosen.pop()  # "As Politico reported", "While Ramos said": the conjunction opens the clause
    if not chosen:
        return None
    start = chosen[-1].start()
    if chosen[0].group(0).lower() in _PRONOUNS:
        start = chosen[0].start()  # a pronoun ends the phrase it starts ("he" never takes more words)
    elif text[start].islower() and chosen[-1].group(0).lower() not in _DESCRIBED_AFTER:
        start = _described_start(text, limit, start)  # "the cautious candidate", not "candidate"
    return _agent_for(text, limit, start), chosen[0].end()


_DESCRIBED_AFTER = frozenset("the a an this his her their its our".split())


def _described_start(text: str, limit: int, start: int) -> int:
    """Where a speaker phrase that opens on a lower-case noun starts when a determiner and words that
    describe the noun stand before it: "the Republican presidential candidate", not "candidate"."""
    words = list(_NP_TOKEN_BEFORE.finditer(text, max(limit, start - 40), start))[-3:]
    end = start
    for w in reversed(words):
        low = w.group(0).lower()
        if text[w.end():end].strip() or low in _CLAUSE_WORDS or low in _VERB_LEAD or low in ALL_INDIRECT or (
                low in _PRONOUNS):
            return start
        if low in _DESCRIBED_AFTER:
            return w.start()
        end = w.start()
    return start


# Who speaks for someone else: "lawyers for Ana Ruiz", "a spokeswoman for Senator Vik", "an aide to Vik"
_AGENT_NOUNS = r"(?:lawyers?|attorneys?|counsel|spokes(?:man|men|woman|women|person|people)|representatives?|" \
               r"aides?|advis[eo]rs?|agents?|publicists?)"
_AGENT_FOR = re.compile(rf"(?:\b(?:a|an|the|two|three|several)\s+)?\b{_AGENT_NOUNS}\s+(?:for|to)\s+$", re.IGNORECASE)


def _agent_for(text: str, limit: int, start: int) -> int:
    """Where a speaker phrase that ends on a name starts when the name is whom the speakers work for:
    "Lawyers for Ana Ruiz said" is said by her lawyers, not by her."""
    if not text.endswith(("for ", "to "), max(limit, start - 4), start):
        return start
    m = _AGENT_FOR.search(text, max(limit, start - 40), start)
    return m.start() if m else start


# conjunctions that open a sentence or a clause in it, capitalised there like a name
_SUBORDINATORS = frozenset("When As While Though Although Because If Since Once Until Unless Whether After Before And But "
                           "Yet Or".split())


def _np_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``pos`` (the subject after an inverted cue: "said Ned Price")."""
    m = _SPACES.match(text[pos:limit])
    i = pos + (m.end() if m else 0)
    toks = list(_NP_TOKEN_AFTER.finditer(text[i:limit]))
    chosen: list[re.Match] = []
    for t in toks:
        if chosen and "," in text[i + chosen[-1].end():i + t.start()]:
            break  # "said Anja Voss, the party's campaign manager": what follows the comma is her role
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
    if ctx is not None and ctx.none_in(ctx.according, s, e):
        return None
    for m in (ctx.according.finditer(s, e) if ctx is not None else _ACCORDING.finditer(text, s, e)):
        if any(f.inner_start <= m.start() < f.inner_end for f in quoted):
            continue
        cue = m["cue"].lower()
        np_text = m["np"]
        np_start = m.start("np")
        words = np_text.split()
        if cue == "in" and not m["doc"]:
            poll = _poll_words(words) if m.start() - s < 3 else 0  # "In a Gallup poll released Monday, ..."
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


_CUE_RE = re.compile(rf"\b(?P<cue>{_CUE})\b")
_REV_WORD_RUN = re.compile(r"[\s\w'’]*")  # apostrophes too: "doesn’t"


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

    @staticmethod
    def none_in(scanner: WindowScanner, lo: int, hi: int) -> bool:
        """Whether ``scanner`` surely finds nothing in ``text[lo:hi]``: no gate hit inside, and no word cut
        by ``hi`` that it would read (a cheap test before a sentence's scan)."""
        hits = scanner.hits
        if hits is None:
            return False
        i = bisect.bisect_left(hits, lo)
        if i < len(hits) and hits[i] < hi:
            return False
        text = scanner.text
        return not (0 < hi < len(text) and is_word_char(text[hi - 1]) and is_word_char(text[hi]))

    @staticmethod
    def only_at(scanner: WindowScanner, lo: int, hi: int, starts: set[int]) -> bool:
        """Whether every gate hit of ``scanner`` in ``text[lo:hi]`` is one of ``starts`` (a window that
        does not cut a word)."""
        hits = scanner.hits
        if hits is None:
            return False
        return all(h in starts for h in hits[bisect.bisect_left(hits, lo):bisect.bisect_left(hits, hi)])

    def word_run_start(self, limit: int, pos: int) -> int:
        """The start of the run of word characters, apostrophes and white space that ends at ``pos``, or ``limit``
        when the run reaches back beyond it."""
        n = len(self.text)
        if not 0 <= limit <= pos <= n:
            return limit
        r = n - pos
        return max(limit, pos - (_REV_WORD_RUN.match(self._rev, r).end() - r))


_CUE_GATE = Gate(CUE_VERBS, word_start=True, whole=True)
# The stance words are tested in the pattern as far as it can, so that most of them never reach Python:
# a noun needs the word that opens its content, a verb of talking its preposition, and no stance verb
# follows an article, a possessive or a preposition ("the call", "his attacks", "of talks").
_NOT_AFTER = "".join(rf"(?<!\b{w}\s)" for w in sorted(_NOUN_LEAD))
# Words that mark their own clause as reported, with no one named: "he appeared to concede", "the plan was
# expected to pass", "the hackers reportedly stole"
SEEM_VERBS = frozenset("seem seems seemed appear appears appeared".split())
HEARSAY_ADVERBS = frozenset("reportedly allegedly apparently purportedly supposedly".split())
PASSIVE_REPORTS = frozenset("""expected reported said believed thought considered seen viewed known rumored
rumoured alleged asked required described criticized criticised accused urged told estimated projected
predicted""".split())
_SEEM_TO_SAY = re.compile(rf"\s+to\s+(?:{letter_tree(ALL_INDIRECT | STANCE_VERBS)})\b")
_HOMOGRAPHS = NOUN_CUES & _STANCE_ONLY  # "support", "attacks": a noun after "the", else a verb
# the object after a bare stance verb: a determiner, a name, an -ing clause or a pronoun ("support the ban")
_BARE_OBJECT = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|this|these|those|him|them|it|us|more|less|no|some|"
                          r"any|all|both|each|either)\b|[A-Z]|[a-z]+ing\b)")
_ICUE_RE = re.compile(
    r"\b(?P<cue>"
    rf"(?:{letter_tree(ALL_INDIRECT)})\b"
    rf"|(?:{letter_tree(NOUN_CUES - STANCE_VERBS - ALL_INDIRECT)})\b(?={_NOUN_OPENING.pattern})"
    rf"|(?:{letter_tree(_HOMOGRAPHS)})\b(?={_NOUN_OPENING.pattern})"
    rf"|(?:{letter_tree(_HELD_NOUNS)})\b(?={_HELD_OPENING.pattern})"
    rf"|{_NOT_AFTER}(?:(?:{letter_tree(set(_PREPOSITIONAL) & _STANCE_WORDS)})\b(?=\s*(?:about|of|on|to|out)\s)"
    rf"|(?:{letter_tree(_STANCE_WORDS - set(_PREPOSITIONAL) - _BARE_STANCES)})\b"
    rf"|(?:{letter_tree(_BARE_STANCES)})\b(?={_BARE_OBJECT.pattern})"
    rf"|(?:{letter_tree(_AIM_VERBS)})\b(?=\s+to\s))"
    rf"|(?:{letter_tree(SEEM_VERBS)})\b(?=\s+(?!(?:on|at|in|before|with|alongside|together|onstage)\b))"
    rf"|(?:{letter_tree(HEARSAY_ADVERBS | PASSIVE_REPORTS - ALL_INDIRECT - STANCE_VERBS)})\b"
    rf"|(?:{letter_tree(_ATTITUDES)})(?={_ATTITUDE_OPENING.pattern})"
    r")")
_ICUE_GATE = Gate(sorted(ALL_INDIRECT | STANCE_VERBS | _PROGRESSIVE_ONLY | _BARE_STANCES | set(_ATTITUDES) | set(_HELD_NOUNS) | _AIM_VERBS | NOUN_CUES | SEEM_VERBS | HEARSAY_ADVERBS
                         | PASSIVE_REPORTS),
                  word_start=True, whole=True)
_ACCORDING_GATE = Gate(["according to", "per", "citing", "in"], lower=True, word_start=True, whole=True)


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
_DETERMINERS = frozenset("the a an one another some several many his her their its our my".split())


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
            for _ in _WORDS.finditer(text, f.inner_start, f.inner_end):
                words += 1
                if words == 4:
                    break
            if words == 4:
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
# subjects that name no one: "It was simple:", "There is one answer:"
_EXPLETIVES = frozenset("it this that there here what".split())


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
        line_start = s == 0 or text[s - 1] == "\n"
        if s < e and text[s] in _OPENING_CAPITALS:
            st = _line_label(text, s, e, line_start) or (
                _headline(text, s, e) if line_start and e - s <= _HEADLINE_CHARS else None)
            if st is not None:
                out.append(st)
                if st.frame is not None and st.frame.cue == ":":
                    continue
                # "Asked about X, she said Y": her answer is a statement of its own
                out.extend(t for t in _cue_statements(text, s, e, ctx or _Context(text))
                           if t.content_start >= st.content_end)
                continue
        frame = _according_frame(text, s, e, ctx)
        if frame is not None:
            cs, ce = _trim(text, *_according_span(text, s, e, frame))
            if ce - cs >= 12:
                out.append(Statement(s, e, cs, ce, False, [], frame, (s, e)))
            continue
        out.extend(_cue_statements(text, s, e, ctx or _Context(text)))
    return out


# what may open a sentence before "according to X," ("But according to ...", "However, according to ...")
_ACCORDING_LEAD = re.compile(r"\W{0,3}(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Now|Also|Indeed|Moreover|"
                             r"Then|Again)\b,?\s*)?")


# an "according to X" insert after a few words, then the rest of the clause: "Fares, according to X, will rise"
# (not an apposition of X or a clause of its own: "..., according to Ana Ruiz, a tax lawyer")
_ACCORDING_INSERT_WORDS = 6
_RESUMED_CLAUSE = re.compile(r"\s*(?!(?:who|which|whose|where|a|an|the|and|but|or|while|although)\b)[\w$]")


def _according_span(text: str, s: int, e: int, frame: Frame) -> tuple[int, int]:
    """The reported words of a sentence ``text[s:e]`` with an "according to X" frame: after its comma when
    the frame opens the sentence ("But according to X, CONTENT"); the whole sentence when the frame is
    an insert after a few words ("Fares, according to X, will rise"); else the words before it ("CONTENT,
    according to X")."""
    comma = text.find(",", frame.speaker_end, e)
    if frame.cue_start - s < 3 or _ACCORDING_LEAD.fullmatch(text, s, frame.cue_start):
        return (comma + 1 if comma != -1 else frame.speaker_end), e
    before = text[s:frame.cue_start].rstrip()
    if comma != -1 and before.endswith(",") and len(before.split()) <= _ACCORDING_INSERT_WORDS and (
            _RESUMED_CLAUSE.match(text, comma + 1, e)):
        return s, e
    return s, frame.cue_start


def _headline(text: str, s: int, e: int) -> Statement | None:
    """The report of a short title-case line: "Mayor Ruiz Says Harbour Will Stay Open", "Harbour Will
    Stay Open, Mayor Says". Its cue is a capitalised verb of saying or stance after a subject."""
    space = text.find(" ", s, e)
    if space == -1 or not text[space + 1:space + 2].isupper():
        return None  # a headline's second word is capitalised
    if text[e:_para_end(text, e)].strip():
        return None  # and it is a line of its own
    words = list(_HEADLINE_WORD.finditer(text, s, e))
    if not _HEADLINE_MIN <= len(words) <= _HEADLINE_MAX:
        return None
    long = [w.group() for w in words if len(w.group()) > 3]
    if sum(w[:1].isupper() for w in long) < len(long) * 0.8:
        return None  # most of its words are capitalised
    for k in range(1, len(words)):
        w = words[k]
        low = w.group().lower()
        if not w.group()[:1].isupper() or not _headline_verb(low) or words[k - 1].group().lower() in _NOUN_LEAD:
            continue
        comma = text.rfind(",", s, w.start())
        if comma != -1:  # "Harbour Will Stay Open, Mayor Says"
            np, (cs, ce) = (comma + 1, w.start()), _trim(text, s, comma)
        else:
            np, (cs, ce) = (s, w.start()), _trim(text, w.end(), e)
        np = _trim(text, *np)
        if ce - cs < 2 or np[1] <= np[0] or low in _STANCE_ONLY and _dated(text, cs, ce):
            return None
        frame = Frame(text[np[0]:np[1]], np[0], np[1], w.group(), w.start(), w.end())
        return Statement(s, e, cs, ce, False, [], frame, (s, e))
    return None


def _headline_verb(low: str) -> bool:
    """Whether a capitalised headline word is a finite verb of saying or stance ("Says", "Slammed"), not a
    noun that shares its letters ("Attacks", "Report", "States")."""
    return (low in INDIRECT_CUES or low in _STANCE_ONLY) and low not in NOUN_CUES and low not in _PLURAL_HOMOGRAPHS \
        and (low.endswith(("s", "ed")) or low in _IRREGULAR_PASTS)


_IRREGULAR_PASTS = frozenset("said told wrote thought knew saw felt heard found sought spoke".split())
_HEADLINE_WORD = re.compile(r"[\w’'‘-]+")
_HEADLINE_MIN, _HEADLINE_MAX, _HEADLINE_CHARS = 4, 20, 160


# A line that opens on a name and a colon gives that name's words, quoted or not: a transcript line
# ("Matthews: Well, that is bad.") or a headline ("Lynch: No outside influence on the inquiry").
_LINE_LABEL = re.compile(r"(?P<np>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*):[ \t]+(?=\S)")
# labels that name a kind of note, not a speaker
_NOT_LABELS = frozenset("""note notes update updated editor correction corrections related source sources read watch
video photo photos image images warning disclosure see also summary background transcript advertisement
caption credit credits more subscribe follow contact tags topics filed posted published""".split())
# "Asked whether the plan would pass, she said ...": what someone was asked, up to the comma
_ASKED = re.compile(r"(?:When\s+|After\s+being\s+|Once\s+)?[Aa]sked\s+"
                    r"(?:(?:at|in|on|during|later|again|earlier|recently|repeatedly|last|this)\b[^,]{0,60}?\s+)?"
                    r"(?:by\s+(?P<np>[^,]{1,60}?)\s+)?(?=(?:about|if|whether|what|how|why|who|when|where|to)\b)")
_OPENING_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _named_elsewhere(text: str, label: str, at: int) -> bool:
    """Whether the label's last word is written elsewhere in the text inside a line: a speaker the story
    names ("Okafor: ..." and "said Okafor"; "OKAFOR: ..." and "said Okafor"), not a field of a note
    ("Medical: a dozen treated"); or whether the label opens another line too, as a transcript's speakers do."""
    word = label.split()[-1]
    for name in {word, word.title()} if word == label and word.isupper() and len(word) > 1 else (word,):
        i = text.find(name)
        while i != -1:
            if i != at + len(label) - len(word) and i > 0 and text[i - 1] == " ":
                return True
            i = text.find(name, i + 1)
    return len(label) > 1 and (text.find(f"\n{label}: ", at + len(label)) != -1 or text.rfind(
        f"\n{label}: ", 0, at) != -1)


def _line_label(text: str, s: int, e: int, line_start: bool) -> Statement | None:
    """The statement of a sentence that opens its line on "Name:", or opens on "Asked about X," (what
    was asked, by whom when named)."""
    colon = text.find(":", s, min(e, s + 80)) if line_start else -1
    m = _LINE_LABEL.match(text, s, e) if colon != -1 else None
    if m is not None and m["np"].split()[0].lower() not in _NOT_LABELS and _named_elsewhere(text, m["np"], s):
        cs, ce = _trim(text, m.end(), e)
        # "Budget: $4 million" is a field and its value, not a speaker's words
        if ce - cs >= 2 and not _dated(text, cs, ce):
            frame = Frame(m["np"], m.start("np"), m.end("np"), ":", m.end("np"), m.end("np") + 1)
            return Statement(s, e, cs, ce, False, [], frame, (s, e))
    return _asked(text, s, s, e) if text.startswith(("Asked", "When", "After", "Once"), s) else None


def _asked(text: str, at: int, s: int, e: int) -> Statement | None:
    """What someone was asked, from "Asked (by X) about ..." at ``at`` up to the next comma."""
    m = _ASKED.match(text, at, e)
    if m is None:
        return None
    comma = text.find(",", m.end(), e)
    cs, ce = _trim(text, m.end(), comma if comma != -1 else e)
    frame = Frame(m["np"], m.start("np"), m.end("np"), "asked", m.start(), m.end()) if m["np"] else None
    return Statement(s, e, cs, ce, False, [], frame, (s, e)) if ce - cs >= 8 else None


_SUBJECT_OPENER = re.compile(r"(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Now|Later|Earlier|Then|Also|Indeed|"
                             r"Moreover|Furthermore|Nevertheless|Nonetheless|Besides|Likewise|Similarly|Otherwise|"
                             r"Thus|Finally|Overall|Of\s+course)\b,?\s*)?")
_NOT_SUBJECT = frozenset("that which who whom whose what when where why how if because although though while "
                         "it this there to by in as not no".split())


def _prefix_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """A short sentence opening that can only be the subject: "Experts on tax policy said", also after a
    dateline ("OSLO, May 2, 2024 — Experts on tax policy said")."""
    d = _DATELINE.match(text, s, pos)
    if d is not None and text[s:d.end()].split(None, 1)[0].rstrip(",").isupper():
        s = d.end()  # a place in capitals: where the report was filed, not words of the subject
    m = _SUBJECT_OPENER.match(text, s, pos)
    i = m.end() if m else s
    lead_in = _opens_lead_in(text[i:min(pos, i + 40)].split(None, 2) or [""])
    if lead_in:
        i = _lead_in_end(text, i, pos)  # "After the debate, the candidate said": the subject follows the lead-in
        if i == -1:
            return None
        i = _SPACES.match(text, i).end()
    j = pos
    while j > i and text[j - 1].isspace():
        j -= 1
    words = text[i:j].split()
    if not 1 <= len(words) <= 7 or not (words[0][:1].isupper() or words[0][:1].isdigit() or lead_in and words[
            0] in _DETERMINERS):
        return None
    if any(w.lower().strip("’'") in _NOT_SUBJECT for w in words) or _STOP_PUNCT.search(text, i, j) or any(
            c in text[i:j] for c in ",“”\"()"):
        return None
    if any(w.lower() in _HOLDER_WORDS for w in words[1:]) or any(
            a.endswith("ed") and b.lower() in _DETERMINERS for a, b in zip(words, words[1:])):
        return None  # "Holm attacked the plan", "Vega stepped up her attacks on the plan": a clause, no subject
    # the subject ends before an auxiliary or adverb: "The survey also showed", "Biden was arranging calls"
    k = next((k for k in range(1, len(words)) if _adverb_or_auxiliary(words[k])), 0)
    if k:
        j = i + len(text[i:j]) - len(text[i:j].split(None, k)[k])
        while text[j - 1].isspace():
            j -= 1
    return i, j


def _adverb_or_auxiliary(word: str) -> bool:
    """Whether ``word`` stands between a subject and its verb ("has", "also", "barely"), not in the subject."""
    low = word.lower()
    return low in _VERB_LEAD or len(low) > 4 and low.endswith("ly") and low not in _LY_ADJECTIVES


# Words that may stand between a subject and its verb ("voters strongly oppose", "she has not said")
_VERB_LEAD = frozenset("""had has have was were is are be been would will could may might did does do should must
can not also still now just even never always already often once again then later recently publicly
privately repeatedly reportedly long first increasingly widely openly quickly strongly clearly n’t n't""".split())
# Lower-case words that can head a subject on their own: "most say", "about half oppose", "critics argue"
_SUBJECT_WORDS = frozenset("""percent majority minority most many some others both all few none one half
everyone everybody someone somebody nobody anyone people voters critics supporters opponents aides advisers
allies observers officials experts analysts residents members leaders lawmakers legislators democrats
republicans conservatives liberals activists advocates economists scholars historians pollsters viewers
readers users fans audiences crowd audience public""".split())
# Lower-case words ending in s that are no plural noun
_NOT_PLURAL = frozenset("""is was has does his its this thus us always perhaps whereas across unless less
plus yes as us afterwards towards besides sometimes""".split())
_VERB_LEAD_WORDS = "|".join(sorted(w for w in _VERB_LEAD if w.isalpha()))
# what may join two reported clauses of one sentence: "X said A, and Y said B" / "X said A — but he added B"
_CLAUSE_JOIN = re.compile(r"(?:[,;—–]\s*(?:(?:and|but|while|although|though|as|yet|whereas)\s+)?"
                          r"|\s+(?:and|but|while|although|though|yet|whereas)\s+)"
                          rf"(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?(?:(?:{_VERB_LEAD_WORDS})\s+)*$")
# how far a joined verb looks back: "and", then auxiliaries and adverbs ("but has also argued")
_COORDINATION_CHARS = 48


# words in -ly that are adjectives or nouns, not adverbs before a verb ("deadly attacks", "the rally")
_LY_ADJECTIVES = frozenset("""deadly early costly likely unlikely friendly unfriendly elderly only daily weekly monthly
yearly quarterly holy lovely ugly lonely silly family rally ally italy july bully belly jelly hourly nightly
orderly timely untimely kindly lively scholarly worldly""".split())


def _may_end_subject(raw: str, low: str) -> bool:
    """Whether the word before a stance verb (``raw`` as written, ``low`` bare and lower-cased) can end
    its subject or stand between subject and verb: "Ana", "voters", "he", "has", "strongly", "who", a
    comma closing an inserted phrase; not "the", "phone" ("the phone call")."""
    return bool(raw) and (raw[0].isupper() or raw[0].isdigit() or raw[-1] in ",)’'" or low in _VERB_LEAD
                          or low.endswith(("n't", "n’t"))
                          or low in _PRONOUNS or low in _RELATIVE_SUBJECT or low == "you"
                          or low.endswith("ly") and low not in _LY_ADJECTIVES
                          or low in ROLE_WORDS or low in SPEAKER_NOUNS or low in _SUBJECT_WORDS
                          or low in _NUMBER_WORDS or low in _POLLED
                          or low.endswith("s") and low not in _NOT_PLURAL and low not in _NOUN_LEAD)


def _loose_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The subject of a cue verb at ``pos`` that ``_subject_before`` does not take: a relative pronoun
    ("an aide, who said"), a pronoun or a plain plural or quantity ("voters strongly oppose", "most
    say"), with up to four words before it and no clause mark between."""
    lo = max(s, pos - 64)
    toks = [(m.start(), m.end(), m.group().lower()) for m in _NP_TOKEN_BEFORE.finditer(text, lo, pos)]
    k = len(toks) - 1
    while k >= 0 and (toks[k][2] in _VERB_LEAD or toks[k][2].endswith("ly") and len(toks[k][2]) > 4):
        k -= 1
    if k < 0 or text[toks[k][1]:toks[k + 1][0] if k + 1 < len(toks) else pos].strip():
        return None  # a comma or quote mark between the subject and the verb
    start, end, head = toks[k]
    if head in _RELATIVE_SUBJECT or head in _PRONOUNS or head == "you":
        return start, end
    if _YEAR.fullmatch(head) and k > 0 and toks[k - 1][2] in _YEAR_PREPOSITIONS:
        # "a panel in 2001 found", "who in 2010 said": the year dates the verb; the subject stands before it
        at = toks[k - 1][0]
        np = _subject_before(text, s, at) or _loose_subject(text, s, at)
        if np is not None:
            return np
    if head in _CLAUSE_WORDS:
        return None  # "And both embrace": a conjunction is no subject
    raw = text[start:end]
    if head in _POLLED:  # "those surveyed said", "voters polled say": the people asked
        if k == 0 or text[toks[k - 1][1]:start].strip() or not (toks[k - 1][2] == "those" or _may_end_subject(
                text[toks[k - 1][0]:toks[k - 1][1]], toks[k - 1][2])):
            return None
    elif (head in _NUMBER_WORDS or raw[:1].isdigit()) and _participle_of_noun(text, pos):
        return None  # "grew to 87 confirmed cases": a participle before its noun, not what 87 confirmed
    elif head in _NUMBER_WORDS and head not in _SUBJECT_WORDS:
        if (verb := _WORDS.match(text, pos)) is not None and verb.group().endswith("s"):
            return None  # "in the four states that vote": a count of a noun, not "four said"
    elif not (head in _SUBJECT_WORDS or head in SPEAKER_NOUNS or head in ROLE_WORDS
              or raw[:1].isupper() or raw[:1].isdigit() or head.endswith("s") and len(head) > 3
              and head not in _NOT_PLURAL and not head.endswith(("ss", "us", "ous"))):
        return None
    first = k
    while first > 0 and k - first < 4:
        prev = toks[first - 1]
        if text[prev[1]:toks[first][0]].strip() or prev[2] in _CLAUSE_WORDS or prev[2] in _NOT_SUBJECT and not (
                prev[2] == "in" and _ratio_at(toks, first - 1)) or prev[2] in _VERB_LEAD:
            break
        first -= 1
    while first < k and toks[first][2] in ("of", "in", "and", "for"):
        first += 1
    return toks[first][0], end


_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_YEAR_PREPOSITIONS = frozenset("in since by during until".split())


def _participle_of_noun(text: str, pos: int) -> bool:
    """Whether the verb at ``pos`` is a participle in "-ed" that a plain lower-case word follows, as a
    noun it describes ("confirmed cases", "reported deaths") and not an object ("confirmed the toll")."""
    verb = _WORDS.match(text, pos)
    if verb is None or not verb.group().endswith("ed"):
        return False
    after = _WORD_AFTER.match(text, verb.end())
    word = after.group().strip() if after else ""
    return word.isalpha() and word.islower() and word not in _NOUN_LEAD and word not in _CLAUSE_WORDS \
        and word not in _PRONOUNS and word not in _NOT_SUBJECT and word != "whether"


def _ratio_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token ``k`` is the "in" of a ratio ("one in four", "2 in 3"), which stays in a subject."""
    return 0 < k < len(toks) - 1 and all(t[2] in _NUMBER_WORDS or t[2].isdigit() for t in (toks[k - 1], toks[k + 1]))


# participles that name the people a poll asked: "those surveyed", "voters polled"
_POLLED = frozenset("surveyed polled questioned interviewed sampled".split())


_HOLDER_WORDS = frozenset("his her their its my our your".split())
# verbs whose object noun is the subject's own view: "she voiced doubts about", "they raised concerns over"
_VOICING = frozenset("""voiced voice voices expressed express expresses raised raise raises aired airs shared
shares issued issues made make makes offered offers repeated repeats echoed echoes registered""".split())


def _holder(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """Whose view a noun cue at ``pos`` reports: a possessive just before it ("Ana’s criticism of",
    "their strong support for"), a name as its modifier ("Republican criticism of"), the subject of a verb
    of voicing ("the mayors, who voiced concerns about"), else the subject that opens the sentence."""
    lo = max(s, pos - 60)
    toks = [m for m in _NP_TOKEN_BEFORE.finditer(text, lo, pos)][-3:]
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        w = t.group()
        if w.lower() in _HOLDER_WORDS:
            return _possessor_subject(text, s, t) or t.span()
        possessive = _POSSESSIVE.search(w)
        if w[:1].isupper() and (possessive or k == len(toks) - 1 and w not in NOT_NAMES):
            first = k
            while first > 0 and toks[first - 1].group()[:1].isupper() and not text[
                    toks[first - 1].end():toks[first].start()].strip() and toks[first - 1].group() not in NOT_NAMES:
                first -= 1
            return toks[first].start(), t.end() - (2 if possessive else 0)
        if w.lower() in _VOICING:
            np = _subject_before(text, s, t.start()) or _loose_subject(text, s, t.start())
            if np is not None:
                return np
        if not w.islower() or text[t.end():toks[k + 1].start() if k + 1 < len(toks) else pos].strip():
            break  # only a few adjectives between: "their strong support for"
    return _sentence_subject(text, s, pos)


# particles and prepositions of a phrasal verb before its object: "doubled down on his", "toned down her"
_PHRASAL_PARTICLES = frozenset("down up back off out on".split())
_NOT_VERBS = _NOUN_LEAD | _CLAUSE_WORDS | frozenset("""about against among as at between by from including into
like over than through toward towards under with without""".split())
_PREVIOUS_WORD = re.compile(r"([a-z]+)\s+$")


def _possessor_subject(text: str, s: int, possessive: re.Match) -> tuple[int, int] | None:
    """The subject of the verb whose object a possessive opens, which the possessive names again: "Both
    parents stiffened their denunciation of", "Trump is doubling down on his support for"; None when no verb
    stands just before it ("in their criticism of", "including his support for")."""
    at = possessive.start()
    for _ in range(3):
        m = _PREVIOUS_WORD.search(text, max(s, at - 24), at)
        if m is None:
            return None
        at = m.start()
        if m[1] not in _PHRASAL_PARTICLES:
            break
    if m[1] == "in":
        np = _predicate_subject(text, s, at)  # "were unanimous in their condemnation of"
    elif m[1] in _NOT_VERBS or len(m[1]) < 3:
        return None
    else:
        np = _subject_before(text, s, at) or _loose_subject(text, s, at)
    if np is None:
        return None
    last = text[np[0]:np[1]].rsplit(None, 1)[-1]
    if possessive.group().lower() == "their" and last.lower() in ("he", "she", "it"):
        return None
    if possessive.group().lower() in ("his", "her") and last.islower() and (last.endswith("s") or last == "which"):
        return None  # "voters cite his support", "which shapes her view": his or hers is someone else's
    return np


def _predicate_subject(text: str, s: int, at: int) -> tuple[int, int] | None:
    """The subject of "be" and an adjective or a noun before "in" at ``at``, whose view a possessive after
    "in" names: "Latino leaders have been unsparing in their criticism of", "The paper is outspoken in its
    opposition to"."""
    word = _PREVIOUS_WORD.search(text, max(s, at - 24), at)
    if word is None or word[1] in _NOT_VERBS:
        return None
    be = _be_start(text, s, word.start())
    if be is None:
        return None
    return _subject_before(text, s, be) or _loose_subject(text, s, be) or _determined_subject(text, s, be)


def _own_holder(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The holder of a noun of stance at ``pos`` that names its own ("her support for", "Republican
    opposition to", "the mayors voiced support for"), not the subject of the sentence it stands in."""
    words = text[max(s, pos - 30):pos].split()[-3:]
    voiced = any(w.lower() in _VOICING or w.lower() in _HOLDER_WORDS for w in words)
    holder = _holder(text, s, pos)
    if holder is None or text[holder[0]:holder[1]].lower().endswith("ing"):
        return None  # "Building broad support for"
    between = text[holder[1]:pos].split()
    if not voiced and (holder[1] < pos - 30 or any(w.lower() in _NOUN_LEAD or w.endswith("ed") for w in between)):
        return None  # "the state increased support for farmers": aid, not a view
    return holder


# Words that open a lead-in phrase of a sentence, never its subject: "In an interview, Ana said"
_LEAD_IN = frozenset("""in on at for during after before since over early despite amid with without through
throughout following under by from within across like unlike as when while although though if once until
whether alongside beyond besides among speaking facing addressing responding asked writing""".split())


# "WASHINGTON (AP) — ", "PARIS, Aug. 31 (Reuters) - ": where and when a report was filed, before its first sentence
_DATELINE = re.compile(r"[A-Z][\w.]*(?:[ ,]+[A-Z0-9][\w.]*){0,4}\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s+")


def _sentence_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The subject that opens the sentence at ``s``, which a participle or a noun cue at ``pos`` hangs on
    ("Ana spoke Monday, saying"), after a lead-in phrase up to its comma ("In a speech, Ana said")."""
    d = _DATELINE.match(text, s, pos)
    m = _SUBJECT_OPENER.match(text, d.end() if d else s, pos)
    i = m.end() if m else s
    m = _OPENING_ADVERB.match(text, i, pos)  # "Essentially, her lawyers ... found": no subject
    i = m.end() if m else i
    words = text[i:min(pos, i + 40)].split(None, 2)
    if words and _opens_lead_in(words):
        end = _lead_in_end(text, i, pos)
        return _np_after(text, end, pos) if end != -1 else None  # a lead-in is never the subject
    return _np_after(text, i, pos)


# an adverb in -ly that opens a sentence before a comma ("Ultimately,", "Publicly,"); the endings leave out
# the names in -ly ("Kelly,", "Emily,", "Beverly,")
_OPENING_ADVERB = re.compile(r"[A-Z][a-z]+(?:al|at|en|an|ous|iv|ed|ic|ful|ib|ab|ss|nt)ly,\s*")


# "Days after the vote, ...", "Hours later, ...": a lead-in of time
_TIME_SPANS = frozenset("days hours weeks months years minutes moments".split())
_COUNT_WORDS = frozenset("a few several two three four five six seven eight nine ten".split())
_TIME_AFTER = frozenset("after before later earlier ago into".split())
_PARTICIPLE_OBJECT = frozenset("""to on in at of the a an his her their its my our your this that these those him
them it about with from for into through over back out up down off against""".split())
# "This year, ...", "Last week, ...", "Earlier this month, ...": a lead-in of time, no subject
_THIS_TIME = frozenset("this that last next earlier later each every".split())
_TIME_UNITS = frozenset("""year years week weeks month months day days night morning afternoon evening weekend
spring summer fall autumn winter season quarter decade century time""".split())
# "Back in 1999,", "Back home,": a lead-in of time or place
_BACK_TO = frozenset("in at on home then when during".split())
# what may go on a lead-in after one of its commas: "In Ames, Iowa, on Sunday,", "At the club, where ...,"
_LEAD_IN_MORE = _LEAD_IN | frozenset("where which who whose for".split())


def _opens_lead_in(words: list[str]) -> bool:
    """Whether a sentence whose first words are ``words`` opens on a lead-in phrase, not its subject:
    "In a speech, ...", "Walking to the car, ...", "Days after the vote, ..."."""
    first = words[0].strip(",").lower()
    if first in _LEAD_IN:
        return True
    nxt = words[1] if len(words) > 1 else ""
    if first == "back":  # "Back in 1999,", "Back home,"
        return nxt.strip(",").lower() in _BACK_TO
    if (first == "here" or len(first) > 4 and first.endswith("ly") and first not in _LY_ADJECTIVES) and nxt.lower(
            ) in _LEAD_IN:
        return True  # "Here in Ames,", "Shortly after the vote,", "Immediately after the attacks,"
    if first in _THIS_TIME:  # "This year,", "Last week,", "Earlier this month,"
        return nxt.strip(",").lower() in _TIME_UNITS or nxt.lower() == "this" and len(words) > 2 and words[
            2].split(None, 1)[0].strip(",").lower() in _TIME_UNITS
    if first in _TIME_SPANS:
        return nxt.strip(",").lower() in _TIME_AFTER
    if nxt.lower() in _TIME_SPANS and (first in _COUNT_WORDS or first.isdigit()) and len(words) > 2:
        return words[2].split(None, 1)[0].strip(",").lower() in _TIME_AFTER  # "Two weeks after the vote,"
    # a participle and its object or preposition ("Walking to the car", "Citing a poll"), not a name in -ing
    # ("Manning said") or a modifier ("Consulting firms say")
    return len(first) > 5 and first.endswith("ing") and nxt.lower() in _PARTICIPLE_OBJECT


def _lead_in_end(text: str, i: int, pos: int) -> int:
    """Where a lead-in phrase at ``i`` ends (after its comma), or -1: past a date's comma ("On June 4, 2016,"), a
    place's ("In Ames, Iowa, on Sunday,"), a phrase that goes on with the lead-in ("At the club, where fees
    are high, ...", "In Ohio, for example,") and a phrase between dashes."""
    m = _LEAD_SEP.search(text, i, pos)
    while m is not None:
        nxt = _LEAD_SEP.search(text, m.end(), pos)
        if nxt is None:
            return m.end()
        words = text[m.end():nxt.start()].split()
        if not words:
            return m.end()
        # "Ames, Iowa, on Sunday,", "in Salem, New Hampshire, Trump said": a place after a place, when it
        # names a state or the lead-in goes on after it
        place = len(words) <= 2 and all(w[:1].isupper() for w in words) and text[i:m.start()].split()[-1][
            :1].isupper() and (" ".join(words) in US_STATES or _goes_on(text[nxt.end():pos].split(None, 1)))
        dashes = m.group() != "," and nxt.group() != ","
        if not (_goes_on(words) or place or dashes):
            return m.end()
        m = nxt
    return -1


def _goes_on(words: list[str]) -> bool:
    """Whether a phrase after a lead-in's comma goes on with it: a number ("June 4, 2016,"), a lower-case
    preposition or relative word ("on Sunday", "where fees are high")."""
    return bool(words) and (words[0][:1].isdigit() or words[0] in _LEAD_IN_MORE)


_LEAD_SEP = re.compile(r"\s*[—–]\s*|,")


# "agreed to buy", "plans to sell": an intention or an act, which reports what the subject means to do; with a
# figure or a date in it ("agreed to buy the chain for $90 million") it is a deal, whose terms are no one's words
_INFINITIVE = re.compile(r"to\s")
_ACTS = frozenset("agreed pledged pledges promised promises vowed vows plans plan planned expected expects expect "
                  "asked asks urged urges called calls demanded demands proposed proposes".split()) | (
    _STANCE_ONLY & _inflect("agree pledge promise vow plan+ expect ask urge call demand propose intend seek:sought "
                            "offer decide threaten")) | _AIM_VERBS
_TO_INFINITIVE = re.compile(r"\s+to\s+[a-z]")


_ASKED_ABOUT = re.compile(r"\s+(?:about|on)\b", re.IGNORECASE)


_CONNECTIVE_SAID = re.compile(r"(?:\b[Hh]aving\s+|\b[Tt]hat\s+)$")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _connective_or_adjective(text: str, s: int, cue: re.Match, word: str) -> bool:
    """A cue word that reports nothing where it stands: "said" in the connectives "Having said that," and
    "That said,"; a verb form in -ing after an article, an adjective ("a telling chart") unless it is a
    noun cue ("the ruling that")."""
    before = text[max(s, cue.start() - 8):cue.start()]
    if word == "said":
        m = _CONNECTIVE_SAID.search(before)
        return m is not None and (m.group().lower().startswith("having") or text.startswith(",", cue.end()))
    return word.endswith("ing") and word not in NOUN_CUES and _ARTICLE_BEFORE.search(before) is not None


def _cue_statements(text: str, s: int, e: int, ctx: _Context, opening: int | None = None,
                    speaker: Frame | None = None) -> list[Statement]:
    """Every "X said CONTENT" / "CONTENT, X said" of one sentence, or of the stretch ``text[s:e]`` of
    one whose subject may stand before it, from ``opening``, or be the ``speaker`` of a quote before it
    ("“...,” added Ana, referring to ...")."""
    found: list[tuple[re.Match, tuple[int, int] | None]] = []
    nouns: set[int] = set()  # cue starts of noun cues
    clauses: set[int] = set()  # cue starts of words that report their own clause ("was expected to")
    inverted: set[int] = set()  # cue starts of cues before their subject ("..., said Ana")
    attitudes: set[int] = set()  # cue starts of attitude adjectives ("is confident that")
    asked: list[Statement] = []  # what someone was asked: "when asked about ..."
    # a table row ("Workforce<TAB>see note above") is cells, not a clause: only the reporting verbs
    # with a subject in the strict sense
    table = text.find("\t", s, e) != -1
    if ctx.none_in(ctx.icues, s, e):
        return []
    for cue in ctx.icues.finditer(s, e):
        word = cue["cue"].lower()
        if word in SEEM_VERBS and _SEEM_TO_SAY.match(text, cue.end(), e):
            continue  # "he appeared to suggest that": the verb after it reports, with his name
        if word in SEEM_VERBS or word in HEARSAY_ADVERBS or word in PASSIVE_REPORTS and _passive_at(
                text, s, cue.start(), ctx):
            if not table:
                clauses.add(cue.start())
                found.append((cue, None))
            continue
        if _connective_or_adjective(text, s, cue, word):
            continue  # "Having said that, ...", "That said, ...", "a telling chart": no report
        if word in _PLURAL_HOMOGRAPHS and not _CLAUSE_OPENING.match(text, cue.end(), e):
            continue  # "in 30 states", "those states that vote": a noun, unless a clause or a quote follows
        if word in _HELD_NOUNS and (m := _HELD_OPENING.match(text, cue.end())) and m[1] in _HELD_NOUNS[word] and not (
                word in _PROGRESSIVE_ONLY and _progressive(text, s, cue.start())):
            if not table and (holder := _own_holder(text, s, cue.start())) is not None and not _DIGIT.search(
                    text, cue.end(), e):
                nouns.add(cue.start())  # "her support for the levy"
                found.append((cue, holder))
            continue
        if word in _PROGRESSIVE_ONLY and not _progressive(text, s, cue.start()):
            continue  # "supporting documents", "the defending champion"
        if word in _BARE_STANCES and (found or text[e - 1:e] == "?" or _coordinated(text, s, cue.start()) or text[
                max(s, cue.start() - 4):cue.start()].rstrip().endswith(_POSSESSIVE_ENDS)):
            # "the governor's support the day after": a noun; "do you support ...?" asks; "said most
            # voters support ...", "... and support the bill": the report or the verb before it has the words
            continue
        if word in _ATTITUDES and not table and (held := _attitude(text, s, cue, ctx)):
            attitudes.add(cue.start())
            found.append(held)
            continue
        if word in _ATTITUDES and word not in ALL_INDIRECT and word not in STANCE_VERBS:
            continue  # "a confident smile"; but "voters worried that ...": a verb
        if word == "asked" and _WHEN.search(text, max(s, cue.start() - 16), cue.start()):
            st = _asked(text, cue.start(), s, e)  # "..., she said when asked about the plan"
            if st is not None:
                asked.append(st)
            continue
        if _PHRASAL.match(text, cue.end()):
            continue  # "the bill added up to", "the rally was called off": another verb, which reports nothing
        # "continued to say", "was quick to point out": the subject is the governing verb's
        at = _infinitive_head(text, s, cue.start(), word)
        coordinated = not table and _coordinated(text, s, at)
        if word not in ALL_INDIRECT:
            # the cheap tests first: most stance words in a text report nothing
            if table:
                continue
            lead = text[max(s, at - 24):at].rsplit(None, 1)
            raw = lead[-1] if lead else ""
            prev = raw.strip(",;:“”\"()").lower()
            if word in NOUN_CUES and (word not in STANCE_VERBS or prev in _NOUN_LEAD):
                if _NOUN_OPENING.match(text, cue.end()) and not _DIGIT.search(text, cue.end(), e):
                    nouns.add(cue.start())
                    found.append((cue, _holder(text, s, cue.start())))
                continue
            if not (coordinated or _may_end_subject(raw, prev)) or (not _PREPOSITIONAL[word].match(
                    text, cue.end()) if word in _PREPOSITIONAL else _PARTICLE.match(text, cue.end())) or _DIGIT.search(
                    text, cue.end(), e):
                continue  # "the phone call", "spoke on Monday", "backed the $2 billion plan", "backed down"
        if coordinated:
            found.append((cue, None))  # "Ana denied the report and said ...": the subject is the sentence's
            continue
        if word in _PARTICIPLE and not _progressive(text, s, cue.start()):
            lead = text[max(s, cue.start() - 48):cue.start()]
            last = lead.rsplit(None, 2)[-2:]
            if _after_comma(text, s, cue.start()) or _after_quoted_comma(text, cue.start()) or any(
                    w.lower() in _PARTICIPLE_PREPOSITIONS for w in last) and _PARTICIPLE_LEAD.search(lead):
                found.append((cue, None))  # the subject is the sentence's: "..., saying", "by saying"
            elif "with " in lead:
                m = _WITH_SUBJECT.search(lead)  # "with 47 percent of voters saying ..."
                if m is not None:
                    at = cue.start() - len(lead)
                    found.append((cue, (at + m.start(1), at + m.end(1))))
            continue
        if word in INDIRECT_CUES and (np := _relative_insert_subject(text, s, cue.start(), ctx)) is not None:
            found.append((cue, np))  # "A city official, who asked not to be named, said ..."
            continue
        if word in INDIRECT_CUES and _after_comma(text, s, cue.start()):
            # "told" names its listener after it, never its subject
            np = None if word in LISTENER_CUES else _inverted_subject(text, cue.end(), e)
            if np is not None:  # CONTENT, said Ana Ruiz, a spokeswoman.
                inverted.add(cue.start())
                found.append((cue, np))
                continue
            np = _apposed_before(text, s, cue.start())
            if np is not None:  # CONTENT, a spokeswoman, Ana Ruiz, said on Saturday.
                found.append((cue, np))
                continue
            np = _said_by(text, cue, e) if word in _SAY_FORMS else None
            if np is not None:  # CONTENT, said a former aide to the mayor.
                inverted.add(cue.start())
                found.append((cue, np))
                continue
        # a progressive's subject stands before its "be": "voters are considering", "they’re hoping"
        be = _be_start(text, s, cue.start()) if word.endswith("ing") else None
        np = _subject_before(text, s, be, ctx) if be is not None else None
        if np is None:
            np = _subject_before(text, s, at, ctx)
        if np is not None:
            np = _relative_head(text, s, np)
        if np is None and not _passive_at(text, s, at, ctx):
            np = _prefix_subject(text, s, at)
            if np is None and not table:
                lead = text[max(s, at - 24):at].rsplit(None, 1)
                if lead and _may_end_subject(lead[-1], lead[-1].strip(",;:“”\"()").lower()):
                    np = _loose_subject(text, s, at)
        if np is None and word in INDIRECT_CUES and not word.endswith("s") and not table:
            np = _tail_subject(text, s, cue.start(), cue.end(), e)
        if np is None and not table:
            np = _subject_across_insert(text, s, at, ctx)
            if np is None and word in _OPENING_CUES:
                np = _opening_across_insert(text, s, at)
            if np is None and (word in _PLAIN_CUES or word in _RELATIVE_VERBS and not _NOUN_LEAD.intersection(
                    text[max(s, at - 24):at].lower().rsplit(None, 1)[-1:])):
                np = _relative_clause_subject(text, s, at, ctx)  # not "who were granted a say"
        if np is None and not table and (word in _PLAIN_CUES or word in _PAST_STANCES or at < cue.start() or (
                be is not None)) and not (
                _AFTERWORD.match(text, cue.end(), e) and text[cue.end():e].lstrip()[:1].isalpha()
                or _PARTICLE.match(text, cue.end()) or be is None and _passive_at(text, s, at, ctx)):
            np = _determined_subject(text, s, at)  # not "the deal announced Friday", "first reported by
        if np is None and not table and word in _OPENING_CUES and _CLAUSE_AFTER.match(text, cue.end(), e):
            np = _long_opening_subject(text, s, at)
        if np is not None and word in _STANCE_WORDS and text[np[0]:np[1]].rsplit(None, 1)[-1].lower() in _NOUN_LEAD:
            continue  # "an earlier round of talks"
        if np is not None:
            found.append((cue, np))
    out: list[Statement] = []
    last_frame = speaker
    clause_start = report_start = s  # report_start: where the clause of the last statement began
    for k, (cue, np) in enumerate(found):
        word = cue["cue"]
        if out and out[-1].content_start <= cue.start() < out[-1].content_end:
            continue  # a cue inside reported words is part of them: "said that it expected ..."
        if word.lower() == "asked" and _ASKED_ABOUT.match(text, cue.end()):
            continue  # "Ben Carver, asked about the vote": a topic he was asked about, no words of his
        if cue.start() in clauses:
            continue  # after the others (below): a named speaker's report comes first
        if cue.start() in nouns:
            frame = Frame(text[np[0]:np[1]], np[0], np[1], word, cue.start(), cue.end()) if np else None
        elif np is None and word.endswith("ing") and (joined := _joined_subject_before(
                text, last_frame.cue_end if last_frame is not None and last_frame.cue_end > s else s, cue.start())):
            frame = Frame(text[joined[0]:joined[1]], joined[0], joined[1], word, cue.start(), cue.end())
        elif np is None:
            if last_frame is None:
                lo = s if opening is None else opening
                subj = _sentence_subject(text, lo, cue.start())
                if subj is None or _CLAUSE_WORDS & set(text[lo:subj[0]].lower().split()):
                    continue
                last_frame = Frame(text[subj[0]:subj[1]], subj[0], subj[1], word, cue.start(), cue.end())
            frame = Frame(last_frame.speaker_text, last_frame.speaker_start, last_frame.speaker_end, word,
                          cue.start(), cue.end())
        else:
            frame = Frame(text[np[0]:np[1]], np[0], np[1], word, cue.start(), cue.end())
        # the reported words end where the next reported clause begins
        end = e
        for nxt, nnp in found[k + 1:]:
            lead = nnp[0] if nnp is not None and nxt.start() not in inverted else nxt.start()
            if nxt.start() in clauses:
                continue  # its clause holds words before it
            if lead < cue.start() and (close := _insert_close(text, cue.end(), nxt.start())) != -1:
                end = close  # "Ana, who said A, said B": the next verb's subject stands before this cue
                break
            if lead < cue.start() and nxt["cue"].lower() in ALL_INDIRECT and _RELATIVE_BEFORE.search(
                    text, max(lead, cue.start() - 24), cue.start()):
                # "Officials who asked not to be named said B": this cue's clause qualifies the next one's subject
                end = _verb_group_start(text, cue.end(), nxt.start())
                break
            m = _CLAUSE_JOIN.search(text, cue.end(), lead)
            if m is not None and m.start() >= cue.end() and not _joined_subject(text, word, cue.end(), m):
                end = m.start()
                break
        if cue.start() in nouns:
            cs, ce = _trim(text, (_NOUN_OPENING.match(text, cue.end()) or _HELD_OPENING.match(text, cue.end())).end(), end)
        elif cue.start() in inverted:
            cs, ce = _trim(text, clause_start, cue.start())
        elif cue.start() in attitudes:  # "is confident that A", "is critical of B", "is willing to C"
            m = _ATTITUDE_OPENING.match(text, cue.end())
            cs, ce = _trim(text, m.end() if m["object"] or m["that"] else m.start() + 1, end)
        elif np is not None and (comma := _comma_before(text, clause_start, np[0])) != -1 and _reports_before(
                text, clause_start, comma, cue.end(), end, word):
            # CONTENT, X said.  /  CONTENT, X said Thursday.  /  CONTENT, X said, MORE.  A statement that
            # ends at the comma is inside CONTENT: "The agency met Y and cited Z, officials said" reports it all
            lo = clause_start
            if out and not text[clause_start:comma].strip():
                lo = report_start
                out = [o for o in out if o.content_start < lo]
            cs, ce = _trim(text, lo, _resumed_end(text, cue.end(), end, comma))
        elif np is not None and (as_end := _as_clause_end(text, clause_start, np[0], cue.end(), end)) != -1:
            cs, ce = _trim(text, as_end, end)  # As the Gazette reported on Monday, CONTENT.
        else:
            cs = _reported_opening(text, cue.end(), end, word)
            if word in _STANCE_WORDS:  # "talked about the budget", "referred to the budget": the budget
                m = (_PREPOSITIONAL.get(word) or _STANCE_PREPOSITION).match(text, cs, end)
                cs = m.end() if m else cs
            cs, ce = _trim(text, cs, end)
        stance = (word.lower() in _STANCE_WORDS or cue.start() in attitudes and _ATTITUDE_OPENING.match(
            text, cue.end())["object"] is not None) and cue.start() not in nouns
        if stance and _dated(text, cs, ce):
            cs, ce = _stance_object(text, cs, ce)  # "endorsed Ana Ruiz in early June": Ana Ruiz
        if (stance or cue.start() in nouns) and _dated(text, cs, ce):
            continue
        if (ce - cs >= 12 or (_SHORT_OBJECT.fullmatch(text, cs, ce) or stance and np is not None and _DETERMINED.fullmatch(
                text, cs, ce)) and not _dated(text, cs, ce)) and not (
                _INFINITIVE.match(text, cs, ce) and (word.lower() in _ACTS or cue.start() in attitudes) and _counted(
                    text, cs, ce)):
            out.append(Statement(s, e, cs, ce, False, [], frame, (s, e)))
            if frame is not None:
                last_frame = frame
            clause_start, report_start = end, clause_start
    if clauses:
        out.extend(_clause_statements(text, s, e, [c for c, _ in found if c.start() in clauses], out))
    out.extend(st for st in asked if not any(o.content_start < st.content_end and st.content_start < o.content_end
                                               for o in out))
    return out


_SUBJECT_PAIR_WORDS = frozenset(("both", "either", "neither", "that", *_PRONOUNS, *_DETERMINERS))


# where a clause with a subject of its own may join a sentence: "..., and the union has sued", "as Ms. Vega
# echoed", "After the vote, Ana said"
_JOINED_CLAUSE = re.compile(r",\s*(?:(?:and|but|while|whereas)\s+)?|\bas\s+")


def _joined_subject_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The subject of the last clause joined to the sentence between ``lo`` and a participle or joined
    verb at ``pos``, which it goes on with: "Farm groups say the rules are strict, and the union has sued
    the county, saying ..." (the union), "..., as Ms. Vega echoed the charge, saying ..." (Ms. Vega)."""
    if pos - lo < 12:
        return None
    for m in reversed(list(_JOINED_CLAUSE.finditer(text, lo, pos))):
        np = _np_after(text, m.end(), pos)
        if np is not None and not (text[np[0]:np[1]].split()[-1][:1].isupper() or text[
                np[0]:np[1]].lower() in _PRONOUNS):
            np = None  # "as the most qualified", "and the state union": no name
        if np is None and m.group().strip(", "):  # after "as" a common noun is its object: "as the nominee"
            np = _determined_after(text, m.end(), pos) if m.group()[0] == "," else None
        if np is None or text[np[0]:np[1]].lower() in _EXPLETIVES:
            continue
        verb = _WORD_AFTER.match(text, np[1], pos)
        low = verb.group().strip() if verb else ""
        if low in _VERB_LEAD or low in ALL_INDIRECT or low.endswith("ed") or low.endswith("s") and low.isalpha(
                ) and low.islower() and low not in _NOT_PLURAL:
            return np
    return None  # "and Vega, saying", "as the Democratic nominee, seeking": no clause of its own


def _determined_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """A common noun phrase opened by a determiner at ``pos`` that ends before an auxiliary or a verb in
    -ed: "the state union has sued", "the crowd cheered"."""
    words = list(_WORDS.finditer(text, pos, min(limit, pos + 60)))[:6]
    if len(words) < 3 or words[0].group().lower() not in _SUBJECT_DETERMINERS:
        return None
    for k in range(2, len(words)):
        low = words[k].group().lower()
        if low in _VERB_LEAD or len(low) > 4 and low.endswith("ed"):
            return words[0].start(), words[k - 1].end()
        if not low.isalpha() or low in _NOT_VERBS or low in _NOT_SUBJECT or _STOP_PUNCT.search(
                text, words[k - 1].end(), words[k].start()):
            return None
    return None


def _joined_subject(text: str, word: str, cue_end: int, join: re.Match) -> bool:
    """Whether an "and" after a verb of saying joins two subjects of the clause it reports, not two
    reports: "Cruz said both he and Rubio promised ...", "said the mayor and her deputy agreed ..."."""
    if word.lower() not in INDIRECT_CUES or not join.group()[:1].isspace():
        return False
    words = text[cue_end:join.start()].split()
    return 1 <= len(words) <= 3 and all(
        w.lower() in _SUBJECT_PAIR_WORDS or w[:1].isupper() or w.lower() in ROLE_WORDS or w.lower() in SPEAKER_NOUNS
        for w in words) and words[-1].lower() not in _DETERMINERS and words[-1].lower() != "that"


# What may follow the cue of "CONTENT, X said" when nothing is reported after it: a time, a place, a
# medium or an occasion ("said Thursday", "said in a statement", "told the court in a filing")
_AFTERWORD = re.compile(
    r"\s*(?:$|[,;:.!?—–(]|(?:on|in(?!\s+fact\b)|at(?!\s+(?:least|most)\b)|during|after|before|as|when|while|last|"
    r"this|next|yesterday|today|tonight|"
    r"earlier|later|recently|late|early|of|via|through|from|with|by|again|also|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)")
_WORD_AFTER = re.compile(r"\s*[\w.’'-]+")
# the words that may stand between a clause's comma and the subject after it: "..., border officials say"
_SUBJECT_LEAD_WORDS, _SUBJECT_LEAD_CHARS = 3, 48


def _inverted_subject(text: str, cue_end: int, end: int) -> tuple[int, int] | None:
    """The subject after a cue that follows its reported words ("..., said Ana Ruiz, the mayor"): a name
    or a role that ends its clause, or is followed by a time or place ("said Ana Ruiz on Monday"); or
    a short phrase up to a clause mark that ends on a name or a role ("says political scientist Ana Brito
    in Lisbon.", "said the firm's chief executive, Paul Roux")."""
    if _WHEN_AFTER.match(text, cue_end, end):
        return None  # "..., a spokeswoman, Ana Ruiz, said on Saturday": a time, the subject stands before
    np = _np_after(text, cue_end, end)
    if np is None:
        return _short_phrase(text, cue_end, end, after=True)
    if _CONTRACTED_PRONOUN.match(text, np[0], np[1]):
        return None  # "Ana, though, said he’s ...": a reported clause, no subject after the cue
    comma = text.find(",", np[0], np[1])  # "said Ana Ruiz, a spokeswoman": the name
    np = (np[0], comma) if comma != -1 else np
    if text[np[0]:np[1]].lower() in _PRONOUNS or not _AFTERWORD.match(text, np[1], end):
        return None
    return np


# "he’s", "they're": a pronoun and its verb, which open a clause
_CONTRACTED_PRONOUN = re.compile(r"(?:he|she|it|they|we|i|you)[’'](?:s|re|ve|d|ll|m)\b", re.IGNORECASE)
# "said" and "says" after a comma take their subject after them: a described speaker ("..., said several
# council members."); a few objects of "say" are no speaker ("..., said a short prayer")
_SAY_FORMS = frozenset(("said", "says"))
_SAID_OPENERS = _DETERMINERS | frozenset("two three four five six seven eight nine ten both most few other all "
                                         "dozens hundreds".split())
_SAID_OBJECTS = frozenset("""same nothing something anything everything goodbye grace prayer prayers words thing things
word yes no hello thanks""".split())
_SAID_PHRASE_END = re.compile(r"[,.;:!?—–()“”\"]|\s(?:who|which|that|whose)\s")
_SAID_PHRASE_WORDS = 10


def _said_by(text: str, cue: re.Match, end: int) -> tuple[int, int] | None:
    """The described subject after "said" in "CONTENT, said a former aide to the mayor.": a phrase opened
    by a determiner or a number, with no verb in it (nor a past form after its second word), that ends the
    sentence; a relative clause or a name in apposition may close it ("said two aides who ...", "said a
    former aide, Ana Ruiz")."""
    stop = _SAID_PHRASE_END.search(text, cue.end(), end)
    hi = stop.start() if stop is not None else end
    words = text[cue.end():hi].split()
    if not 2 <= len(words) <= _SAID_PHRASE_WORDS or words[0].lower() not in _SAID_OPENERS:
        return None
    low = [w.lower() for w in words]
    if low[-1] in _SAID_OBJECTS or any(w in _CLAUSE_WORDS or w in _VERB_LEAD or w in _PRONOUNS or w == "not" or (
            k > 1 and w.endswith("ed")) for k, w in enumerate(low[1:], 1)):
        return None  # "..., said the plan failed": a reported clause
    if stop is not None and stop.group() == ",":
        name = _np_after(text, stop.end(), end)  # "..., said a former aide, Ana Ruiz."
        if name is None or not text[name[0]].isupper() or not _SPACE_DOTS.fullmatch(text, name[1], end):
            return None
        hi = name[1]
    elif stop is not None and stop.group() not in ".!?":
        close = end - 1 if text[end - 1:end] in ".!?" else end
        if not stop.group()[:1].isspace() or _CLAUSE_MARK.search(text, stop.end(), close):
            return None  # a relative clause closes the sentence: "said the aide who, ..., should go" reports
    start = cue.end() + len(text[cue.end():hi]) - len(text[cue.end():hi].lstrip())
    return start, hi


# a time or an occasion right after a cue: "said on Saturday", "tweeted Sunday", "confirmed in a statement"
_WHEN_AFTER = re.compile(rf"\s*(?:(?:on|in|at|during|after|before|last|this|earlier|later)\s|(?:{'|'.join(WEEKDAY_NAMES)})\b)")


def _apposed_before(text: str, s: int, cue: int) -> tuple[int, int] | None:
    """The speaker of "CONTENT, a spokeswoman, Ana Ruiz, said": a description opened by a determiner and
    a name, each between commas, just before a cue after a comma (the name alone would be an insert)."""
    name_end = text.rfind(",", s, cue)
    mid = text.rfind(",", s, name_end)
    first = text.rfind(",", s, mid) if mid != -1 else -1
    if first == -1 or _QUOTE_MARK.search(text, first, name_end):
        return None
    name, described = text[mid + 1:name_end].split(), text[first + 1:mid].split()
    if not 1 <= len(name) <= 5 or not all(w[:1].isupper() for w in name) or name[0] in NOT_NAMES:
        return None
    if not 2 <= len(described) <= 8 or described[0].lower() not in _DETERMINERS or any(
            w.lower() in _CLAUSE_WORDS for w in described):
        return None
    return text.index(described[0], first), text.index(name[-1], mid) + len(name[-1])


_BE_FORMS = frozenset("is are was were am be been".split())


# adverbs between a form of "be" and its -ing verb: "is now backing", "are not considering"
_PROGRESSIVE_ADVERBS = frozenset("also still now not n't n’t already just even never again increasingly".split())
_NON_SPACE = re.compile(r"\S+")


def _be_start(text: str, s: int, pos: int) -> int | None:
    """Where the form of "be" before the -ing verb at ``pos`` starts ("is backing", "are now considering",
    "they’re hoping": at the apostrophe), or None when there is none."""
    words = list(_NON_SPACE.finditer(text, max(s, pos - 40), pos))[-3:]
    for m in reversed(words):
        low = m.group().lower()
        if low in _BE_FORMS or low[:-3] in _BE_FORMS and low.endswith(("n't", "n’t")):  # "is", "isn’t"
            return m.start()
        for ending in ("'s", "’s", "'re", "’re"):
            if low.endswith(ending) and low[:-len(ending)] in _PRONOUNS | {"you", "we", "they"}:
                return m.end() - len(ending)
        if low not in _PROGRESSIVE_ADVERBS and not (low.endswith("ly") and low not in _LY_ADJECTIVES):
            return None
    return None


def _progressive(text: str, s: int, pos: int) -> bool:
    """Whether the -ing cue at ``pos`` follows a form of "be" ("the union is seeking to ..."): a finite verb
    with a subject of its own, not a participle that hangs on the sentence's."""
    return _be_start(text, s, pos) is not None


_NO_HOLDERS = frozenset("it this that there what".split())


def _attitude(text: str, s: int, cue: re.Match, ctx: _Context) -> tuple[re.Match, tuple[int, int] | None] | None:
    """The cue of an attitude adjective and its holder, the subject before its "be" or "make" ("the mayor is
    confident that", "Ana has made it clear that"), or no holder when it follows a comma ("..., confident
    that": the sentence's subject); None when the adjective is attributive or does not take the words after it."""
    word = cue["cue"].lower()
    opening = _ATTITUDE_OPENING.match(text, cue.end())
    if opening is None:
        return None
    taken = opening[opening.lastgroup]
    if opening.lastgroup == "clause" and taken not in ("whether", "if", "how"):
        taken = "clause"  # "is sure she will win"
    if taken not in _ATTITUDES[word]:
        return None
    verbs = _MAKE_FORMS if word == "clear" else _ATTITUDE_VERBS
    for m in reversed(list(_NON_SPACE.finditer(text, max(s, cue.start() - 40), cue.start()))[-4:]):
        low = m.group().lower()
        apostrophe = max(low.rfind("'"), low.rfind("’"))
        contracted = word != "clear" and apostrophe > 0 and low[apostrophe + 1:] in ("re", "m", "s") and (
            low[:apostrophe] in _PRONOUNS or low[:apostrophe] in ("you", "we", "they"))
        if low in verbs or low[:-3] in verbs and low.endswith(("n't", "n’t")) or contracted:  # "is", "isn’t", "they’re"
            if _coordinated(text, s, m.start()):
                return cue, None  # "and remains confident that"
            at = m.start() + apostrophe if contracted else m.start()
            lead = text[max(s, at - 24):at].rsplit(None, 1)
            np = _subject_before(text, s, at, ctx) or _prefix_subject(text, s, at) or (_loose_subject(
                text, s, at) if lead and _may_end_subject(lead[-1], lead[-1].strip(",;:“”\"()").lower()) else None)
            if np is None or text[np[0]:np[1]].lower() in _NO_HOLDERS:
                return None
            return cue, _relative_head(text, s, np)
        if low not in _ATTITUDE_ADVERBS and not low.endswith("ly"):
            break
    return (cue, None) if word != "clear" and _after_comma(text, s, cue.start()) else None


def _after_comma(text: str, s: int, pos: int) -> bool:
    """Whether a comma, and only white space, stands before ``pos`` (not before ``s``)."""
    j = pos
    while j > s and text[j - 1].isspace():
        j -= 1
    return j > s and text[j - 1] == ","


def _after_quoted_comma(text: str, pos: int) -> bool:
    """Whether a comma inside closing quote marks stands before ``pos``: a few quoted words end a clause and
    a participle goes on with the subject ("blamed a “faulty microphone,” claiming ...")."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j >= 2 and text[j - 1] in "”\"" and text[j - 2] == ","


def _coordinated(text: str, s: int, pos: int) -> bool:
    """Whether the verb at ``pos`` is joined to one before it and shares its subject ("Ana denied the
    report and later said ..."): "and" or "but" and perhaps auxiliaries and adverbs just before it."""
    lo = max(s, pos - _COORDINATION_CHARS)
    words = text[lo:pos].split()
    k = len(words) - 1
    while k >= 0 and (words[k] in _VERB_LEAD or words[k] in _WHEN_WORDS):  # "and on Monday announced"
        k -= 1
    if k < 0 or words[k] not in ("and", "but"):
        return False
    if k == 0:  # "“...” and said": a closing quote mark just before the stretch
        return lo == s > 0 and text[s - 1] in "”\"" and text[s].isspace()
    before = words[k - 1].rstrip(",")
    return bool(before) and (before[-1].isalnum() or before[-1] in "_’'”\"")


def _insert_close(text: str, lo: int, pos: int) -> int:
    """The comma or dash that closes an inserted phrase just before the verb at ``pos`` (white space,
    auxiliaries and adverbs between), after ``lo``; else -1."""
    close = _verb_group_start(text, lo, pos)
    return close - 1 if close > lo and text[close - 1] in ",—–" else -1


def _verb_group_start(text: str, lo: int, pos: int) -> int:
    """Where the words before the verb at ``pos`` end, back over white space, auxiliaries and adverbs
    ("who asked not to be named have since said": after "named"), not before ``lo``."""
    close = pos
    while True:
        while close > lo and text[close - 1].isspace():
            close -= 1
        start = close
        while start > lo and (text[start - 1].isalnum() or text[start - 1] in "’'"):
            start -= 1
        word = text[start:close].lower()
        if not word or word not in _VERB_LEAD and not (word.endswith("ly") and word not in _LY_ADJECTIVES):
            return close
        close = start


def _subject_across_insert(text: str, s: int, pos: int, ctx: _Context) -> tuple[int, int] | None:
    """The subject before an inserted phrase that ends just before a cue at ``pos``, between commas,
    dashes or brackets: "Judge Ana Ruiz, in her dissent, said", "Tom Ek -- who chairs the board -- told"."""
    open_ = _insert_open(text, s, pos)
    return _subject_before(text, s, open_, ctx) if open_ != -1 else None


def _opening_across_insert(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The sentence opening before an inserted phrase that ends just before a cue at ``pos``, when the
    opening can only be the subject: "The teachers at the school, including two coaches, said"."""
    open_ = _insert_open(text, s, pos)
    if open_ == -1:
        return None
    end = len(text[:open_].rstrip())
    return _prefix_subject(text, s, end) or _determined_subject(text, s, end) or _long_opening_subject(text, s, end)


_RELATIVE_WORDS = 10
# bare verbs of saying and thinking after a subject that a relative clause qualifies ("Residents who oppose the
# levy say ...")
_RELATIVE_VERBS = frozenset("say think thinks believe believes know knows want wants fear fears".split())


def _relative_clause_subject(text: str, s: int, pos: int, ctx: _Context) -> tuple[int, int] | None:
    """The subject of a verb of saying at ``pos`` that a relative clause with no commas qualifies: "Council
    members who asked not to be named said", "Two officials who requested anonymity said"."""
    who = text.rfind(" who ", max(s, pos - 80), pos)
    if who == -1 or _CLAUSE_MARK.search(text, who, pos) or len(text[who:pos].split()) > _RELATIVE_WORDS:
        return None
    np = _prefix_subject(text, s, who) or _determined_subject(text, s, who) or _subject_before(
        text, s, who, ctx) or _long_opening_subject(text, s, who)
    return np if np is not None and not text[np[1]:who].strip() else None


def _insert_open(text: str, s: int, pos: int) -> int:
    """Where an inserted phrase that ends just before the cue at ``pos`` opens (its comma, dash or
    bracket), back over white space and auxiliaries ("Ana, for example, had previously said"); else -1."""
    close = _verb_group_start(text, s, pos)
    mark = text[close - 2:close] if text.startswith("--", close - 2) else text[close - 1:close]
    if close <= s or mark not in _INSERT_MARKS or mark == "-" and text[close - 2:close - 1] != " ":
        return -1
    if mark == "-":  # a hyphen between spaces for a dash: "Ana Ruiz - the head of the union - said"
        open_ = text.rfind(" - ", s, close - 2)
        open_ = open_ + 1 if open_ != -1 else -1
    else:
        open_ = text.rfind(_INSERT_MARKS[mark], s, close - len(mark))
    if open_ == -1 or len(text[open_:close].split()) > _INSERT_WORDS or _QUOTE_MARK.search(text, open_, close):
        return -1
    return open_


_RELATIVE_OPENERS = ("who ", "which ", "whose ")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that)\s+(?:[a-z]+\s+){0,2}$")
_JOINING = frozenset("and but yet so".split())


def _relative_insert_subject(text: str, s: int, pos: int, ctx: _Context) -> tuple[int, int] | None:
    """The subject of a cue at ``pos`` that a relative clause between commas separates from it: "A city
    official, who asked not to be named, said ...". The subject opens the sentence (perhaps after "But"),
    so the cue reports the words after it, not the words before a comma ("CONTENT, said X")."""
    close = pos
    while close > s and text[close - 1].isspace():
        close -= 1
    if close <= s or text[close - 1] != ",":
        return None
    open_ = text.rfind(",", s, close - 1)
    if open_ == -1 or not text.startswith(_RELATIVE_OPENERS, _SPACES.match(text, open_ + 1).end()) or len(
            text[open_:close].split()) > _INSERT_WORDS or (
            _CLAUSE_MARK.search(text, s, open_) or _QUOTE_MARK.search(text, open_, close)):
        return None
    np = _determined_subject(text, s, open_) or _subject_before(text, s, open_, ctx)
    lead = text[s:np[0]].split() if np is not None else []
    return np if np is not None and (not lead or len(lead) == 1 and lead[0].lower() in _JOINING) else None


# the verbs that govern an infinitive cue and lend it their subject: "continued to say", "went on to say", "has
# to show"; and any verb in -ed ("declined", "refused"). (After "be", an adjective's "to" is an attitude's:
# "is eager to")
_GOVERNING = frozenset("""continue continues went go goes began begin begins try tries want wants need needs
has have had seem seems appear appears refuse refuses decline declines fail fails hesitate""".split())
_GOVERNED = re.compile(r"(?:^|\s)([a-z]+)(?:\s+on)?\s+to\s+$")


def _infinitive_head(text: str, s: int, pos: int, word: str) -> int:
    """Where the subject of a cue at ``pos`` ends: before the verb that governs it when it is an
    infinitive ("Berg continued to say", "the union has to show"), else at the cue."""
    if word.endswith(("s", "ed", "ing")) or not text.startswith("to", pos - 3) or pos - 3 < s:
        return pos
    m = _GOVERNED.search(text[max(s, pos - 32):pos])
    if m is None or not (m[1] in _GOVERNING or m[1].endswith("ed") and m[1] not in _NOUN_LEAD):
        return pos
    return pos - len(m.string) + m.start(1)


# Reporting verbs whose forms are no noun ("the notes", "state reports" are): their subject may be any
# noun a determiner opens ("the task force announced")
_PLAIN_CUES = INDIRECT_CUES - frozenset("states notes claims reports estimates stresses".split())
# the words that open such a subject, and the prepositions that join a noun to it ("the head of the panel")
# past stances, which no noun shares ("the board rejected", "the bureau asked"): not a name given ("a site
# called", "once known for") nor an adjective of attitude ("voters, disappointed in")
_PAST_STANCES = frozenset(w for w in STANCE_VERBS if w.endswith("ed") or w in _IRREGULAR_PASTS) - frozenset(
    _ATTITUDES) - frozenset("called known labeled labelled dubbed termed named".split())
_SUBJECT_DETERMINERS = frozenset("the a an this these those his her their its our my your each every another no".split())
_SUBJECT_JOINS = frozenset("of for at on in with from".split())
_DETERMINED_WORDS = 8


def _determined_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """A common noun that the speaker finder does not know as a speaker, opened by a determiner and
    ending just before a reporting verb at ``pos``, past auxiliaries and adverbs: "the task force
    announced", "a field test indicated", "the head of the county's water board has said". The phrase
    opens its clause: a preposition before it makes it an object ("in the end said" is no subject)."""
    toks = [(m.start(), m.end(), m.group()) for m in _NP_TOKEN_BEFORE.finditer(text, max(s, pos - 96), pos)]
    k = len(toks) - 1
    while k >= 0 and _adverb_or_auxiliary(toks[k][2]):
        k -= 1
    if k < 1 or not _common_head(toks[k][2]) or any(
            text[a[1]:b[0]].strip() for a, b in zip(toks[k:], [*toks[k + 1:], (pos, pos, "")])):
        return None  # "as the sea level rises, argues": a clause mark between
    end = toks[k][1]
    for j in range(k - 1, max(-1, k - _DETERMINED_WORDS), -1):
        if text[toks[j][1]:toks[j + 1][0]].strip():
            return None  # a comma or quote mark inside: no plain noun phrase
        low = toks[j][2].lower()
        if low in _SUBJECT_DETERMINERS:
            before = toks[j - 1][2].lower() if j > 0 and not text[toks[j - 1][1]:toks[j][0]].strip() else ""
            if before in _SUBJECT_JOINS:
                continue  # "the head of the board": read on to the head's own determiner
            if before and before not in _CLAUSE_WORDS and before not in _NOT_SUBJECT:
                return None  # "in the end", "voted the bill": an object or a phrase of place, no subject
            return toks[j][0], end
        if low in _CLAUSE_WORDS or low in _NOT_SUBJECT or low in _VERB_LEAD or low.endswith("ing") or (
                low in _NOUN_LEAD and low not in _SUBJECT_JOINS):
            return None
    return None


# what opens a reported clause right after its verb: "that", a pronoun, a determiner or a number
_CLAUSE_AFTER = re.compile(r"\s+(?:(?i:that|he|she|they|it|we|i|there|the|a|an|this|these|his|her|their|its|most|"
                           r"many|some|no)\b|\d|[A-Z][a-z])")
_OPENING_WORDS = 12
_NON_WORD_END = re.compile(r"[’'].*$")
# the verbs whose forms are rarely a noun, which may follow such a subject (not "reports", "doubt", "plans")
_OPENING_CUES = _PLAIN_CUES | frozenset("say think thinks believe believes know knows show shows showed suggest "
                                        "suggests find finds found".split())
# words between a subject and its verb that the speaker finder leaves in the subject ("voters overall said")
_SUBJECT_TAIL = frozenset("overall however too also both all alone".split())


def _long_opening_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The subject of a verb of saying that opens its sentence and that no speaker rule reads, a plain
    phrase of up to twelve words with no verb or clause word in it: "Nearly eight in 10 voters overall
    said", "Polls there show", "But few on either side of the debate think"."""
    m = _SUBJECT_OPENER.match(text, s, pos)
    i = m.end() if m else s
    toks = list(_NON_SPACE.finditer(text, i, pos))
    if toks and _opens_lead_in([t.group() for t in toks]):
        return None  # "In the end said": a lead-in, which the speaker rules read past when they can
    while toks and (_adverb_or_auxiliary(toks[-1].group()) or toks[-1].group().lower() in _SUBJECT_TAIL):
        if toks.pop().group().lower() in _BE_FORMS:
            return None  # "Ana was declared the winner": a passive
    low = [t.group().lower() for t in toks]
    if not 2 <= len(toks) <= _OPENING_WORDS or not (m.end() > s or toks[0].group()[:1].isupper() or low[0][:1].isdigit()):
        return None
    if _NON_WORD_END.sub("", low[0]) in _NO_HOLDERS or low[-1] in _NOUN_LEAD or any(
            c in text[i:pos] for c in ",;:“”\"'()—–") or any(
            w in _CLAUSE_WORDS or w in _VERB_LEAD or w in _PRONOUNS for w in low):
        return None  # "It's fine to feel", "Ana left no doubt"
    return toks[0].start(), toks[-1].end()


def _common_head(word: str) -> bool:
    """Whether ``word`` may be the common noun that ends a subject ("force", "test", "work")."""
    low = word.lower()
    return word.isalpha() and word.islower() and len(word) > 2 and low not in _NOUN_LEAD and (
        low not in _NOT_SUBJECT and low not in _CLAUSE_WORDS and not low.endswith(("ly", "ed", "ing")))


# the mark that closes an inserted phrase -> the mark that opens it
_INSERT_MARKS = {",": ",", "—": "—", "–": "–", "--": "--", "-": "-", ")": "("}
# the longest inserted phrase between a subject and its cue: "Ana, in the wake of the vote on Monday, said"
_INSERT_WORDS = 14


def _tail_subject(text: str, s: int, cue_start: int, cue_end: int, e: int) -> tuple[int, int] | None:
    """The subject of "CONTENT, one longtime friend said." that no rule for names takes: the few words
    between the comma and a cue that closes the sentence (or is followed by a time or place only)."""
    comma = text.rfind(",", s, cue_start)
    if comma == -1 or not _AFTERWORD.match(text, cue_end, e) or not _SPACE_DOTS.fullmatch(
            text, cue_end, e) and text[cue_end:e].lstrip()[:1].isalpha() and len(text[s:comma].split()) < 5:
        return None
    return _short_phrase(text, comma + 1, cue_start, after=False)


def _short_phrase(text: str, lo: int, hi: int, *, after: bool) -> tuple[int, int] | None:
    """A speaker phrase of up to six words in ``text[lo:hi]`` that ends the span (``after``: up to the
    first clause mark) and holds no clause word or auxiliary: "one longtime friend", "political
    scientist Ana Brito in Lisbon". After a cue it must end on a name or a role."""
    if after:
        m = _CLAUSE_MARK.search(text, lo, hi)
        hi = m.start() if m else hi
    words = list(_WORD_AFTER.finditer(text, lo, hi))
    if not 1 <= len(words) <= 6 or text[words[-1].end():hi].strip():
        return None
    low = [w.group().strip().lower() for w in words]
    if any(w in _CLAUSE_WORDS or w in _VERB_LEAD or w in _PRONOUNS or w in ALL_INDIRECT or w in STANCE_VERBS
           or not after and w in _NOT_SUBJECT for w in low):
        return None
    last = words[-1].group().strip()
    if last in TITLE_ABBREVIATIONS:
        return None  # cut by the dot of "Mr."
    place = next((k for k in range(1, len(low)) if low[k] in _PLACE_WORDS), None)
    if after and place is not None:  # "political scientist Ana Brito in Lisbon": the speaker is Ana Brito
        words = words[:place]
        last = words[-1].group().strip()
    if after and not (last[:1].isupper() or (low[-1] in ROLE_WORDS or low[-1] in SPEAKER_NOUNS) and (
            any(w.group().strip()[:1].isupper() for w in words) or _NAME_AFTER.match(text, hi))):
        return None  # "noted testimony by a former aide" is what was noted
    return words[0].start() + len(words[0].group()) - len(words[0].group().lstrip()), words[-1].end()


_PLACE_WORDS = frozenset("in at on from during".split())
_NAME_AFTER = re.compile(r",\s+[A-Z]")
_CLAUSE_MARK = re.compile(r"[,.;:!?—–()“”\"]")


def _comma_before(text: str, lo: int, subject: int) -> int:
    """The comma that closes the words before a subject (",  airline spokesman Ana Ruiz said"), when only
    a few lower-case words stand between, the first of them perhaps "as" (", as the Gazette reported");
    else -1."""
    comma = text.rfind(",", max(lo, subject - _SUBJECT_LEAD_CHARS), subject)
    if comma == -1:
        return -1
    between = text[comma + 1:subject].split()
    if between and between[0] == "as":
        words = text[lo:comma].split()
        if len(words) < 4 or words[0].lower() in _LEAD_IN:
            return -1  # "However, as ...", "In the old town, as ...": no clause before it to report
        between = between[1:]
    if len(between) > _SUBJECT_LEAD_WORDS or any(
            w.lower() in _CLAUSE_WORDS or w.lower() in _NOT_SUBJECT or not w.isalpha() for w in between):
        return -1
    return comma


# a subordinate clause that ends just before the subject's comma: "..., as the parade rolled past", or that
# opens the sentence ("While the union pushed for talks, Ana told reporters ..."; a regex "^" never matches at
# a search position after the start of the text, so the opening clause is matched from the sentence's first word)
_SUBORDINATE_CLAUSE = (r"(?:as|when|while|after|before|if|because|although|though|since|until|once|whether|unless)"
                       r"\s[^,;—–]*$")
_SUBORDINATE = re.compile(rf"[,;—–]\s*{_SUBORDINATE_CLAUSE}", re.IGNORECASE)
_SUBORDINATE_OPENING = re.compile(_SUBORDINATE_CLAUSE, re.IGNORECASE)


def _reports_before(text: str, lo: int, comma: int, cue_end: int, end: int, cue: str) -> bool:
    """Whether "WORDS, X said ..." reports the WORDS: nothing is reported after the cue (only a time,
    a place, a listener: "told the court in a filing"), and the words make a clause of their own."""
    i = cue_end
    m = _MEDIUM.match(text, i, end)
    if m is not None and m.group().endswith("that"):
        return False
    # the listener of "told" is a few words ("told her closest aides as ...")
    for _ in range(4 if cue.lower() in LISTENER_CUES else 0):
        if _AFTERWORD.match(text, i, end):
            break
        m = _WORD_AFTER.match(text, i, end)
        if m is None:
            return False
        i = m.end()
    if not _AFTERWORD.match(text, i, end):
        return False
    if _SPACE_DOTS.fullmatch(text, i, end) or text[i:end].lstrip()[:1] in (",", ";", ":", "—", "–"):
        return True
    # "In Ohio, Ana said at a rally (that) ...", "..., as the parade passed, BBC said at least ...": the
    # words before the subject set the scene for the words after the cue
    return len(text[lo:comma].split()) >= 5 and not (_SUBORDINATE_OPENING.match(
        text, _LEAD_PUNCT.match(text, lo).end(), comma) or _SUBORDINATE.search(text, lo, comma))


# a clause "as X said" that opens its sentence, after a conjunction or a word and its comma ("However, as ...")
_AS_OPENING = re.compile(r"(?:(?:and|but|so|yet)\s+|[A-Z]?[a-z]+,\s+(?:(?:and|but|so|yet)\s+)?)?as\s+$", re.IGNORECASE)


def _as_clause_end(text: str, lo: int, subject: int, cue_end: int, end: int) -> int:
    """Where the reported words begin after a clause "As X said," that opens the sentence at ``lo``
    ("As the Gazette reported on Monday, the mill will close"): after its comma, when only a time, a
    place or a medium follows the cue; else -1."""
    if not _AS_OPENING.fullmatch(text, lo, subject) or not _AFTERWORD.match(text, cue_end, end):
        return -1
    comma = text.find(",", cue_end, end)
    if comma == -1 or _CLAUSE_MARK.search(text, cue_end, comma) or len(text[cue_end:comma].split()) > 6:
        return -1
    return comma + 1


def _resumed_end(text: str, cue_end: int, end: int, comma: int) -> int:
    """Where the words of "A, X said, B" end: B resumes A ("In the end, he said, the plan failed"),
    unless B is a clause of its own or an aside ("..., she said, who ...")."""
    m = _RESUMED.match(text, cue_end, end)
    return end if m is not None and m.end() < end else comma


# ", B" after a cue that resumes the reported words: not a relative clause, a conjunction or a listener
_RESUMED = re.compile(r"\s*,\s*(?!(?:who|which|whose|where|and|but|or|adding|citing|according|in|on|at|during|"
                      r"referring|noting|saying|though|although|while)\b)(?=\S)")


def _clause_statements(text: str, s: int, e: int, cues: list[re.Match], taken: list[Statement]) -> list[Statement]:
    """Statements of the words that report their own clause ("he appeared to concede", "the plan is
    expected to pass", "they reportedly met"), where no named report of the sentence has the words:
    the clause from after the last clause mark before the cue to the next one after it. The agent of a
    passive is its speaker ("she is seen by party leaders as credible")."""
    out: list[Statement] = []
    for cue in cues:
        if any(st.content_start <= cue.start() < st.content_end for st in taken + out):
            continue
        mark = max(text.rfind(c, s, cue.start()) for c in ",;:—(")
        stop = _CLAUSE_STOP.search(text, cue.end(), e)
        cs, ce = _trim(text, mark + 1 if mark >= 0 else s, stop.start() if stop else e)
        if ce - cs < 12 or any(st.content_start < ce and cs < st.content_end for st in taken):
            continue
        by = _BY.match(text, cue.end(), ce)
        np = _np_after(text, by.end(), ce) if by is not None else None
        frame = Frame(text[np[0]:np[1]], np[0], np[1], cue["cue"], cue.start(), cue.end()) if (
            np is not None and not _dated(text, cs, ce)) else None
        out.append(Statement(s, e, cs, ce, False, [], frame, (s, e)))
    return out


_BY = re.compile(r"\s+by\s+")
# a participle cue after a preposition reports for the sentence's subject: "picked up by saying ..."
_PARTICIPLE_PREPOSITIONS = frozenset("by after before while when without in since".split())
_PARTICIPLE_LEAD = re.compile(r"\b(?:by|after|before|while|when|without|in|since)\s+(?:(?:also|initially|first|"
                              r"again|repeatedly|publicly|later|then|even|not|just)\s+)?$", re.IGNORECASE)
# "with 22 percent saying ...": the absolute construction names its own subject
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w%’'.-]+\s+){0,5}?[\w%’'.-]+)\s+$")
# reporting verbs whose -s form is mostly a plural noun in news
_PLURAL_HOMOGRAPHS = frozenset(("states",))
_CLAUSE_OPENING = re.compile(r"\s*(?:that\b|:|“|\")")
# the short object of a stance that PolNeAR-style reports keep: a person ("endorsed her", "backs Mr. Ruiz"),
# or a short answer ("most said yes", "a third said the same")
_SHORT_OBJECT = re.compile(
    r"him|her|them|yes|no|so|the same|to [a-z]+|(?:[A-Z][\w’'-]*\.?)(?:\s+[A-Z][\w’'-]*\.?){0,3}")
# a short object with a determiner is what a stance of a named subject is about ("the mayor opposed the levy";
# not a participle's: "Ana, contradicting the mayor, said ...")
_DETERMINED = re.compile(r"(?:the|an?|this|that|these|those|his|her|their|its|our)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}")
# where a stance's object ends: a time, a place or an occasion, or a clause mark ("endorsed Ana on Friday, ...")
_OBJECT_END = re.compile(r"\s*[,;(—–]|\s+(?:on|in|at|during|last|this|next|earlier|later|since|after|before|when|"
                         r"while|because|as|until|by|from|with|over|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday|\d)")
_WHEN = re.compile(r"\b(?:when|if|after being|once|before being|while being)\s+$", re.IGNORECASE)


_CLAUSE_STOP = re.compile(r"[;:—(]|,\s+(?:but|and|while|although|though|yet|whereas|which|who)\b")


def _stance_object(text: str, cs: int, ce: int) -> tuple[int, int]:
    """The object that opens a stance's words ``text[cs:ce]``, up to a time, a place or a clause mark."""
    m = _OBJECT_END.search(text, cs, ce)
    return _trim(text, cs, m.start()) if m is not None and m.start() > cs else (cs, ce)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;:—–-":
        s += 1
    while e > s and text[e - 1] in " ,;:.—–-":
        e -= 1
    return s, e


def _para_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _sentence_lookup(sentences: list[tuple[int, int]]):
    starts = [s for s, _ in sentences]

    def find(pos: int) -> int | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i][1] + 1:
            return i
        return i if i >= 0 else None

    return find


def speaker_parts(frame: Frame) -> tuple[str | None, str | None]:
    """(role, name) of a frame's speaker phrase; a description without a name has name None, and so
    has one of people speaking for the name ("Lawyers for Ana Ruiz")."""
    phrase = speaker_phrase(frame)
    return (phrase, None) if speaks_for(phrase) else split_role(phrase)


_AGENT_OPENING = re.compile(rf"(?:(?:a|an|the|two|three|several)\s+)?{_AGENT_NOUNS}\s+(?:for|to)\s", re.IGNORECASE)


def speaks_for(phrase: str) -> bool:
    """Whether a speaker phrase names people who speak for someone ("Lawyers for Ana Ruiz", "an aide
    to the governor"): they are the speaker, and the name or role after "for" is not theirs."""
    return _AGENT_OPENING.match(phrase) is not None


def speaker_phrase(frame: Frame) -> str:
    """The speaker words without leading conjunctions or articles and without a document noun:
    "While the State Department’s readout" -> "State Department"."""
    words = frame.speaker_text.strip().split()
    # a pronoun alone stays ("He said"): it is resolved to a name later
    while words and (words[0] in NOT_NAMES or words[0].lower() in ("the", "a", "an")) and not (
            len(words) == 1 and words[0].lower() in _PRONOUNS):
        words = words[1:]
    phrase = " ".join(words)
    phrase = _DOC_NOUN_END.sub("", phrase)
    return _POSSESSIVE.sub("", phrase)
