"""Names of people, organisations and places, with aliases merged within one article.

No statistical tagger is used (no model downloads): a name is a run of capitalised words, a
title in front of it is split off as a role, and an article's mentions are merged so that
"Antony J. Blinken", "Blinken" and "Secretary Blinken" share one canonical name. Role phrases
("China's top diplomat") become aliases when the article ties them to a name by apposition
("the regime's top diplomat, Wang Yi") or by a title in front of it ("Foreign Minister Wang Yi").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.segment import ABBREVIATIONS

# Words that describe a role. Capitalised or not, they belong to the role, never to a name.
ROLE_WORDS = frozenset("""
president vice secretary minister prime foreign defense defence finance interior home state deputy
assistant under spokesperson spokesman spokeswoman spokespeople adviser advisor advisers official officials
commentator professor associate expert analyst senator sen rep representative congressman congresswoman
chairman chairwoman chair ceo cfo coo cto chief executive director head leader diplomat ambassador governor gov
mayor general gen lt col colonel admiral adm captain capt commander sergeant sgt officer police inspector
judge justice attorney lawyer counsel founder co-founder cofounder partner economist researcher scientist
strategist lawmaker lawmakers aide aides envoy correspondent reporter editor columnist author writer
manager president-elect premier chancellor king queen prince princess pope sheikh emir mr mrs ms dr
doctor coach captain striker midfielder goalkeeper forward champion runner athlete spokesperson
national security senior top former current acting interim deputy-director member members chairperson
department ministry office commission committee council agency administration government figure person
people source sources investigator investigators rescuer rescuers seismologist geologist engineer engineers
principal superintendent commissioner chancellor provost dean fellow communist party leadership
astronomer astrophysicist physicist chemist biologist epidemiologist virologist immunologist geneticist
ecologist climatologist meteorologist physician surgeon oncologist cardiologist neurologist specialist
nominee candidate front-runner frontrunner presidential vice-presidential mayoral gubernatorial
""".split())
TITLE_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Maj Sgt Capt Adm Prof Rev Hon Pres Supt".split())
# Capitalised words that start sentences or headlines and are not names.
NOT_NAMES = frozenset("""
The A An In On At By For From With Without Into After Before During Since Until While When Where Why How What
Who Whom Which That This These Those There Here It Its He She They We I You Our Their His Her My Your
And Or But Nor So Yet If Although Though Because As Also Meanwhile However Instead Despite Unlike Among
Both Neither Either Each Every All Some Many Most Several Such Other Another More Less No Not Only Even
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Today Yesterday Tomorrow Updated Published Related Topics Sign Stay Photo Shortly Following Additionally
Moreover Furthermore Given Diplomacy Over Under About Around Just Then Now Later Earlier Last Next
According Asked Speaking Following Until Through Across Against Along Amid Amidst Between Beyond Toward Towards
Once Twice Still Yes Well Let Please Thank Thanks Sir Madam
Had Has Have Is Are Was Were Be Been Says Said Say Will Would Could Should Can May Might Must Do Does Did
Engages Holds Meets Visits Calls Warns Urges Wins Takes Makes Gets Sets Set Signs Agrees Plans Seeks
""".split())
COUNTRY_ALIASES = {
    "u.s.": "United States", "us": "United States", "u.s": "United States", "usa": "United States",
    "united states": "United States", "america": "United States", "washington": "United States",
    "prc": "China", "china": "China", "people's republic of china": "China", "beijing": "China",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "london": "United Kingdom", "moscow": "Russia", "russia": "Russia", "kremlin": "Russia",
    # demonyms: "Chinese companies" are about China as much as "China's companies"
    "chinese": "China", "american": "United States", "russian": "Russia", "british": "United Kingdom",
    "ukrainian": "Ukraine", "ukraine": "Ukraine", "japanese": "Japan", "french": "France", "german": "Germany",
    "indian": "India", "iranian": "Iran", "israeli": "Israel", "turkish": "Turkey", "canadian": "Canada",
    "mexican": "Mexico", "brazilian": "Brazil", "korean": "Korea", "taiwanese": "Taiwan", "european": "Europe",
}
ORG_WORDS = frozenset("""
Department Ministry Committee Commission Council University Institute Party House Bank Inc Corp Corporation
Company Co Ltd LLC Group Agency Service Office Times News Post Journal Reuters Press Association Foundation
Fund Court Congress Senate Parliament Assembly Army Navy Force Forces Guard Police Center Centre Hospital
School College Board Bureau Authority Administration Exchange Market Airlines Airways Motors Technologies
Holdings Partners Capital Securities Federation League Club Union Organization Organisation Network Channel
Times Daily Tribune Gazette Herald Observer Telegraph Guardian Chronicle Review Magazine Television Radio
Olympics Games Cup Championship Championships Marathon Summit Strait Sea Seas Ocean Island Islands River
Act Law Treaty Relations Policy Accord Agreement Convention Plan Strategy Initiative Program Programme Project
Street Avenue Road Square Bridge Airport Station Port Province State County City District Region Valley
Mountains Mountain Lake Bay Gulf Coast Peninsula Republic Kingdom Emirates Union Nations Class Specialist
Observatory Laboratory Laboratories Lab Labs Museum Academy Society Consortium Clinic Telescope Spaceport
""".split())
_COUNTRIES = frozenset(COUNTRY_ALIASES.values())
# The states of the US, by name and by the abbreviation news writes after a town ("Salem, N.H.,"): the second
# place of "Town, State," which goes with the first, never the subject after it
US_STATES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont
Virginia Washington Wisconsin Wyoming Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La.
Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D.
Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.""".split()) | {
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "South Carolina",
    "South Dakota", "Rhode Island", "West Virginia"}

# Words that make a name a region ("Middle East", "South Sudan"), not a person.
PLACE_WORDS = frozenset("""North South East West Middle Central Northern Southern Eastern Western Upper Lower
New Saint San Santa Los Las""".split())

_TOKEN = re.compile(r"[A-Z][A-Za-z'’\-]*(?:\.(?=[\s,)]))?|[A-Z]\.(?:[A-Z]\.)*|(?:of|the|de|da|van|von|bin|al|la|le|du|del|and|for|on)\b")


@dataclass(slots=True)  # dozens per article: slots make them cheaper to build and read
class Mention:
    start: int
    end: int
    text: str  # the words as written, titles included
    name: str  # the name without titles, initials or possessive
    role: str | None
    canonical: str = ""
    person: bool = False
    headline: bool = False  # in a title-case line, where capitals say nothing about names


_POSSESSIVE_ENDS = ("'s", "’s", "'s\n", "’s\n")
_INITIAL = re.compile(r"[A-Z]\.?")
_INITIAL_DOT = re.compile(r"[A-Z]\.")
_PARENTHESIS_END = re.compile(r"\s*\([^)]*\)\s*$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def strip_possessive(s: str) -> str:
    """``s`` without the possessive "'s" at its end or before its final line break (what a regex
    ``[’']s$`` removes), cut without a regex call."""
    if not s.endswith(_POSSESSIVE_ENDS):
        return s
    return s[:-2] if s[-1] == "s" else s[:-3] + "\n"


@lru_cache(maxsize=8192)
def _name_key(name: str) -> tuple[str, ...]:
    """Tokens that identify a name: no middle initials, no punctuation, lower case."""
    toks = name.split()  # the same whitespace as \s
    if len(toks) > 2:
        toks = [toks[0]] + [t for t in toks[1:-1] if not _INITIAL.fullmatch(t)] + [toks[-1]]
    return tuple(t.strip(".,").lower() for t in toks)


# Role words that only qualify a title ("National Security Adviser", "Senior Fellow"): alone before a
# capitalised word they open a proper name ("National Renewal", "State Farm"), not a title
_TITLE_MODIFIERS = frozenset("""national security senior top former current acting interim foreign home state
interior finance defense defence prime vice""".split())


def _names_not_titles(role: list[str], name: list[str]) -> bool:
    """Whether capitalised role words before a name belong to it: they hold no title noun and one word
    follows, not a person's names ("Secretary of State Antony Blinken"), or the name ends on an
    organisation word ("General Motors")."""
    if not all(w[:1].isupper() for w in role) or any(w.rstrip(".") in TITLE_ABBREVIATIONS for w in role):
        return False
    return len(name) == 1 and all(w.lower() in _TITLE_MODIFIERS for w in role) \
        or strip_possessive(name[-1]) in ORG_WORDS


# "Ex-mayor Haskins", "then-President Ruiz": a role held before is a role
_PAST_ROLE_PREFIXES = ("ex-", "then-")


def _role_word(bare: str) -> bool:
    """Whether a lower-case word is a role word, with or without an "ex-" or "then-" before it."""
    return bare in ROLE_WORDS or bare.startswith(_PAST_ROLE_PREFIXES) and bare.partition("-")[2] in ROLE_WORDS


@lru_cache(maxsize=8192)
def split_role(words: str) -> tuple[str | None, str | None]:
    """("State Department spokesperson Matthew Miller") -> ("State Department spokesperson", "Matthew Miller")."""
    words = _PARENTHESIS_END.sub("", words.strip())
    toks = words.split()
    i = len(toks)
    while i > 0:
        t = toks[i - 1]
        bare = strip_possessive(t.rstrip(".,")).lower()
        if not (t[0].isupper() or _INITIAL_DOT.fullmatch(t)) or _role_word(bare) or t.rstrip(".") in TITLE_ABBREVIATIONS:
            break
        if t.rstrip(".") in NOT_NAMES:
            break
        i -= 1
    if 0 < i < len(toks) and _names_not_titles(toks[:i], toks[i:]):
        i = 0  # "National Renewal", "General Motors": the capitalised words name one thing
    name = " ".join(toks[i:]) or None
    role = " ".join(toks[:i]) or None
    if role:
        role = _LEADING_ARTICLE.sub("", role)
    if name and role and (role.split()[-1].lower() in ("of", "the", "and")):
        return None, words
    if name:
        name = strip_possessive(name)
    return role or None, name


# A run of capitalised words after whitespace, a line start or an opening mark. Written to start with
# the capital (the look-behind checks the character before it) so that the regex engine can skip to
# capitals; it matches exactly what
#   (?:(?<=\s)|(?<=^)|(?<=[(“"‘'—-]))(?:[A-Z][\w'’.\-]*[,;:]?(?:[^\S\n]+|(?=\n)|$))+
# matches. A name never runs over a line break ("Northwind Bank" / "Horvath said").
_NAME_RUN = re.compile(r"[A-Z](?:(?<=\s.)|(?<=^.)|(?<=[(“\"‘'—-].))[\w'’.\-]*[,;:]?(?:[^\S\n]+|(?=\n)|$)"
                       r"(?:[A-Z][\w'’.\-]*[,;:]?(?:[^\S\n]+|(?=\n)|$))*", re.MULTILINE)
_GROUP_ENDS = tuple(",;:!?)”\"")


# A word ending in a period that does not end a name: an initial, an acronym, a known abbreviation
# ("Gen.", "Calif."); "Seas." in "the East China Seas. Blinken" ends a sentence.
_ABBREVIATED = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]*\.[A-Z]\.?")


def _abbreviated(word: str) -> bool:
    return bool(_ABBREVIATED.fullmatch(word)) or word[:-1].lower() in ABBREVIATIONS


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t“\"‘'(":
        i -= 1
    return i < 0 or text[i] in "\n.!?:"


def _drop_sentence_initial_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """A single capitalised word opening a sentence ("Two", "Nearly", "Revenue", "Witnesses") is a name
    only if the article also capitalises it elsewhere, mid-sentence or inside a longer name."""
    confirmed: set[str] = set()
    alone: list[bool] = []  # per mention: a single word opening a sentence
    for m in mentions:
        words = m.name.split()
        lone = len(words) < 2 and _sentence_initial(text, m.start)
        alone.append(lone)
        if not lone:
            confirmed.update(words)
    return [m for m, lone in zip(mentions, alone) if not lone or m.name in confirmed]


@lru_cache(maxsize=8192)
def _single_word_name(tok: str) -> tuple[str, str | None, str] | None:
    """(words as written, role, name) of a one-word capitalised chunk, or None when it names no one."""
    if tok.rstrip(",.;:") in NOT_NAMES or tok.rstrip(".") in TITLE_ABBREVIATIONS:
        return None
    raw = strip_possessive(tok.rstrip(",.;:!?)”\"’'"))
    if not raw or raw in NOT_NAMES or len(raw) < 2:
        return None
    role, name = split_role(raw)
    return (raw, role, name) if name else None


def _ends_name_run(word: str) -> bool:
    """A one-word possessor that is a name of its own: a country or a company, not a title ("Gov.")."""
    bare = strip_possessive(word)
    return bare not in NOT_NAMES and bare.rstrip(".") not in TITLE_ABBREVIATIONS and bare.lower() not in ROLE_WORDS


def find_mentions(text: str) -> list[Mention]:
    """Capitalised-name mentions in ``text`` with any title in front split off."""
    mentions: list[Mention] = []
    for m in _NAME_RUN.finditer(text):
        chunk_start = m.start()
        chunk = m.group(0)
        words = chunk.split()  # the same tokens as \S+ (white space: the same as \s)
        if len(words) == 1:  # most chunks: one capitalised word (what the general case below does)
            got = _single_word_name(words[0])
            if got is not None:
                raw, role, name = got
                mentions.append(Mention(chunk_start, chunk_start + len(raw), raw, name, role))
            continue
        # cut the chunk into names at tokens ending with punctuation other than initials/abbreviations;
        # a token is (start in the chunk, end, word)
        groups: list[list[tuple[int, int, str]]] = [[]]
        end = 0
        for word in words:
            start = chunk.find(word, end)  # only white space lies between ``end`` and the word
            end = start + len(word)
            groups[-1].append((start, end, word))
            if word.endswith(_GROUP_ENDS) or (word.endswith(".") and not _abbreviated(word)):
                groups.append([])  # "Beijing. Xi Jinping" is two names across a sentence end
            elif word.endswith(_POSSESSIVE_ENDS) and len(groups[-1]) == 1 and _ends_name_run(word):
                groups.append([])  # "Norway's Halvard Foods": the possessor, then the name it qualifies
        for g in groups:
            while g and (g[0][2].rstrip(",.;:") in NOT_NAMES or g[0][2].rstrip(".") in TITLE_ABBREVIATIONS
                         and len(g) == 1):
                g = g[1:]
            if not g:
                continue
            s = chunk_start + g[0][0]
            e = chunk_start + g[-1][1]
            raw = text[s:e].rstrip(",.;:!?)”\"’'")
            raw = strip_possessive(raw)
            if not raw or raw in NOT_NAMES or len(raw) < 2:
                continue
            e = s + len(raw)
            role, name = split_role(raw)
            if not name:
                continue
            # a sentence-initial capitalised word alone is too often not a name
            mentions.append(Mention(s, e, raw, name, role))
    return _drop_sentence_initial_words(text, mentions)


def canonical_entity(name: str) -> str:
    low = name.lower().strip(".")
    return COUNTRY_ALIASES.get(low, name)


class EntityIndex:
    """All names of one article, merged: ``canonical(name)`` gives the name it stands for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions = find_mentions(text)
        self._starts = [m.start for m in self.mentions]  # in text order
        self._canonical: dict[str, str] = {}  # canonical() once the full names are known
        self.roles: dict[str, str] = {}
        self.persons: set[str] = set()
        headlines = _title_case_lines(text)
        headline_starts = [s for s, _ in headlines]
        # (key, name) of the full names, each once, in text order: a name repeated teaches nothing new
        full: dict[tuple[tuple[str, ...], str], None] = {}
        for m in self.mentions:
            key = _name_key(m.name)
            i = bisect.bisect_right(headline_starts, m.start) - 1  # the last headline starting before it
            if i >= 0 and m.start < headlines[i][1]:
                m.headline = True
                continue  # "Blinken Had 'Robust Conversation'" would teach a name "Blinken Had"
            if 2 <= len(key) <= 4 and (key, m.name) not in full and self.looks_like_person(m.name):
                full[key, m.name] = None
        self._full: list[tuple[tuple[str, ...], str]] = list(full)
        # for ``_canonical_of``: the keys of the full names, and by each of their words (in text order)
        self._full_keys = {key for key, _ in self._full}
        self._full_by_word: dict[str, list[tuple[str, ...]]] = {}
        for key, _ in self._full:
            for w in dict.fromkeys(key):
                self._full_by_word.setdefault(w, []).append(key)
        for m in self.mentions:
            m.canonical = self.canonical(m.name, at=m.start)
            if m.role and _has_role_word(m.role):
                self.persons.add(m.canonical)
                self.roles.setdefault(_role_key(m.role), m.canonical)
            elif len(_name_key(m.name)) == 1 and len(_name_key(m.canonical)) >= 2 and self.looks_like_person(m.canonical):
                self.persons.add(m.canonical)  # referred to by surname alone: a person
        self._body_names = {m.canonical for m in self.mentions if not m.headline}
        # per mention, for ``entities_in``: (end, canonical name, or None for a headline-only name)
        self._listed = [(m.end, None if m.headline and m.canonical not in self._body_names else m.canonical)
                        for m in self.mentions]
        self._learn_appositions()

    def canonical(self, name: str, at: int | None = None) -> str:
        """The fullest name in the article that ``name`` abbreviates (surname or given name)."""
        got = self._canonical.get(name)
        if got is None:
            got = self._canonical[name] = self._canonical_of(name)
        return got

    def _canonical_of(self, name: str) -> str:
        name = strip_possessive(name.strip())
        low = name.lower().strip(".")
        if low in COUNTRY_ALIASES:
            return COUNTRY_ALIASES[low]
        key = _name_key(name)
        if not key:
            return name
        if key in self._full_keys:
            return self._display(key)
        # the longest full name it abbreviates (the first such): one word of it alone, or its first and last
        best: tuple[str, ...] | None = None
        for full_key in self._full_by_word.get(key[0], ()):
            if (len(key) == 1 or key[-1] == full_key[-1] and key[0] == full_key[0]) and (
                    best is None or len(full_key) > len(best)):
                best = full_key
        return self._display(best) if best else name

    def _display(self, key: tuple[str, ...]) -> str:
        for full_key, full in self._full:
            if full_key == key:
                toks = full.split()
                if len(toks) > 2:
                    toks = [toks[0]] + [t for t in toks[1:-1] if not _INITIAL.fullmatch(t)] + [toks[-1]]
                return " ".join(toks)
        return " ".join(key)

    def _learn_appositions(self) -> None:
        """"the regime's top diplomat, Wang Yi" makes "top diplomat" an alias of Wang Yi."""
        for m in _appositions(self.text):
            name = self.canonical(m.group(2))
            if len(_name_key(name)) >= 2:
                self.roles.setdefault(_role_key(m.group(1)), name)
                self.persons.add(name)

    def resolve_role(self, phrase: str) -> str | None:
        """The name a role phrase ("the top U.S. diplomat") stands for in this article, if known."""
        key = _role_key(phrase)
        if key in self.roles:
            return self.roles[key]
        for k, v in self.roles.items():
            if key and (k.endswith(key) or key.endswith(k)) and len(key.split()) >= 2:
                return v
        return None

    @staticmethod
    @lru_cache(maxsize=8192)
    def looks_like_person(name: str) -> bool:
        """No country, no organisation or place word, and no title modifier opening it: a name that opens
        on "National" or "Senior" without a title noun after it names a party or a firm ("National
        Renewal"), as ``split_role`` reads it."""
        words = name.split()
        return name not in _COUNTRIES and not any(w in ORG_WORDS or w in PLACE_WORDS for w in words) and not (
            words and words[0].lower() in _TITLE_MODIFIERS)

    def is_person(self, name: str) -> bool:
        """A person: a known speaker or titled name, or a two-to-three-word name with no organisation word
        that the article uses outside headlines."""
        if name in self.persons:
            return True
        return _person_shaped(name) and name in self._body_names

    def note_person(self, name: str) -> None:
        """Record that ``name`` is a person (a speaker), so pronouns may refer to it."""
        self.persons.add(name)

    def person_before(self, pos: int) -> str | None:
        """The person mentioned last before ``pos``: what "he" or "she" most likely refers to. (Only the
        mentions that start by ``pos`` are read: one that starts after it ends after it.)"""
        for m in reversed(self.mentions[:bisect.bisect_right(self._starts, pos)]):
            if m.end <= pos and (self.is_person(m.canonical) or m.role and self.looks_like_person(m.canonical)):
                return m.canonical
        return None

    def apposed_to(self, comma: int) -> str | None:
        """The person named right before the comma at ``comma`` ("Priya Raman, in charge since 2017"):
        what an appositive clause after it speaks of."""
        i = bisect.bisect_left(self._starts, comma) - 1
        if i < 0:
            return None
        m = self.mentions[i]
        if m.end == comma and not m.headline and self.is_person(m.canonical):
            return m.canonical
        return None

    def entities_in(self, start: int, end: int) -> list[str]:
        """Canonical names mentioned between ``start`` and ``end``, in order, without repeats."""
        out: list[str] = []
        i = bisect.bisect_left(self._starts, start)
        # "Keldon Earthquake Climbs" in a title-case headline is no name (None)
        for m_end, name in self._listed[i:bisect.bisect_left(self._starts, end, i)]:
            if name is not None and m_end <= end and name not in out:
                out.append(name)
        return out


@lru_cache(maxsize=8192)
def _has_role_word(role: str) -> bool:
    """Whether the words before a name hold a role word ("Foreign Minister", "Gen."): the name is a
    person's (the same few roles recur through an article)."""
    return any(w.lower().strip(".") in ROLE_WORDS for w in role.split())


@lru_cache(maxsize=8192)
def _person_shaped(name: str) -> bool:
    """Two or three capitalised words, not all capitals, that ``looks_like_person``: what
    ``is_person`` asks of the name alone (of the same few names, once per claim and trigger)."""
    words = name.split()
    return 2 <= len(words) <= 3 and EntityIndex.looks_like_person(name) and all(
        w[0].isupper() and not w.isupper() for w in words)


_APPOSITION = re.compile(r"(?:the\s+|[A-Z][\w.]*[’']s\s+)((?:[a-zA-Z.\-]+\s+){0,3}?(?:" +
                         "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) +
                         r")),\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})")
_APPOSITION_COMMA = re.compile(r",(?=\s+[A-Z])")
# from a comma back over its role word and four more runs of non-space characters (reversed text)
_FIVE_RUNS_BACK = re.compile(r"\S*(?:\s+\S+){0,4}")
_APPOSITION_FIRST = re.compile(r"[tA-Z]")


def _appositions(text: str) -> list[re.Match]:
    """``_APPOSITION.finditer(text)``, tried only where a match can start.

    Every match has a role word right before a comma that whitespace and a capital follow; the role
    word follows whitespace, so it is the whole run of non-space characters before the comma, and
    the rest of the match before it ("the"/"X's" and up to three words) lies in the four runs before
    that, starting (possibly inside the first of them) at a "t" or a capital.
    """
    cands: set[int] = set()
    rev = None
    n = len(text)
    for c in _APPOSITION_COMMA.finditer(text):
        comma = c.start()
        if rev is None:
            rev = text[::-1]
        lo = n - _FIVE_RUNS_BACK.match(rev, n - comma).end()
        cands.update(m.start() for m in _APPOSITION_FIRST.finditer(text, lo, comma))
    out: list[re.Match] = []
    pos = 0
    for p in sorted(cands):
        if p < pos:
            continue
        m = _APPOSITION.match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


_LINE = re.compile(r"[^\n]+")
_TITLE_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Headline-style lines, where capitals mark the style rather than names."""
    out = []
    for m in _LINE.finditer(text):
        if m.group(0).rstrip().endswith((".", "”", "\"")):
            continue  # (tested first: most lines are sentences)
        words = _TITLE_WORD.findall(m.group(0))
        if len(words) >= 4:
            caps = sum(w[0].isupper() for w in words if w.lower() not in ("a", "an", "the", "of", "in", "on", "to",
                                                                            "for", "and", "with", "at", "by"))
            if caps >= 0.7 * len(words):
                out.append(m.span())
    return out


def _role_key(role: str) -> str:
    """Role phrases compared without nationality, case or articles: "China's Foreign Minister" -> "foreign minister"."""
    words = [w.strip(".,").lower() for w in role.split()]  # the same tokens as \s+
    words = [strip_possessive(w) for w in words if w not in ("the", "a", "an")]
    words = [w for w in words if w in ROLE_WORDS]
    return " ".join(words)
