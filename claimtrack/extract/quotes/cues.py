"""The gazetteers of speech: cue verbs of direct and indirect speech, stance and finding verbs with their
inflections (``_inflect``), adjectives of attitude, nouns of saying, speaker nouns and the small word
lists the finders share. Word lists only, so that every other module of the package can read them.
"""

from __future__ import annotations

import re

from .._scan import letter_tree

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
stating remarking reminding
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
opinion opposing opposition order orders planning pledge point position post propose reaction regard remarks remember
response seeing seek seeking showing signal slam sought speak speaking speaks statement support supporting
talking testimony thanks thinking threatening tweet tweeting tweets understand understanding voice voices vote votes voting
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
express voice order remind bemoan rebuke
""")) - _RARELY_REPORT | {"ruled"}
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
    ("clear", "that clause")) for adjective in adjectives.split()}
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
# ("spoke to the minister": a listener; "spoke on Tuesday": a time); a court's "ruled that" gives its finding
# ("ruled on Monday", "ruled out a strike", "ruled the city" give none)
_PREPOSITIONAL = {w: re.compile(rf"\s*(?:{preps})(?=[\s,.;])") for verbs, preps in (
    ("talk speak:spoke:spoken", "about|of"), ("comment", "on|about"), ("focus", "on"), ("refer+", "to"),
    ("point", "to|out")) for w in _inflect(verbs)} | {"ruled": re.compile(r"\s*that\s")}
_DIGIT = re.compile(r"\d")
# a particle after a stance verb makes another verb of it: "backed down", "wrote off"
_PARTICLE = re.compile(r"\s+(?:down|away|off|out|up|by)\b")
# the particles that make another verb of any cue ("added up", "called off", "wrote down"); "out" and "by"
# do not after a reporting verb ("pointed out that", "said by")
_PHRASAL = re.compile(r"\s+(?:down|away|off|up)\b(?!-)")
_STANCE_PREPOSITION = re.compile(r"\s*(?:about|of|for|on|against|over)\s+")
# verbs that voice a view their object names: what they report is what the view is about ("expressed doubts
# about the plan": the plan; "voiced support for Ana Ruiz": Ana Ruiz), as the noun alone would
_VOICED = frozenset(_inflect("express voice")) & STANCE_VERBS
_VOICED_VIEW = re.compile(r"\s*(?:[a-z][\w’'-]*\s+){1,3}?(?:about|over|for|at|with|that|of|on|regarding|toward|towards|"
                          r"against)\s+")


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
panel jury tribunal authority utility airline federation association institute university bureau coalition
alliance foundation charity operator watchdog cabinet parliament legislature embassy consortium insurer lender
""".split())
LISTENER_CUES = frozenset("told tells tell assured informed warned briefed reminded reminds remind reminding".split())


# People named only by their tie to someone or something ("Those close to her", "people familiar with the
# talks", "critics of the plan", "some in the party", "analysts at Lloyds", "voters across the state": the
# analysts speak, not the bank): the heads and the ties, for the subject finder and the speaker's parts
_TIED_HEAD_WORDS = frozenset("""those people person persons source sources someone somebody official officials diplomat
diplomats aide aides insiders others critics supporters opponents allies friends backers detractors relatives associates
colleagues members residents neighbours neighbors employees staff some many most voters analysts economists experts
scientists researchers observers leaders lawmakers legislators activists advocates doctors nurses teachers farmers
workers parents students investors traders executives owners groups""".split())
_TIED_HEADS = "|".join(sorted(_TIED_HEAD_WORDS, key=len, reverse=True))
_TIES = (r"(?:close|closest|near)\s+to|familiar\s+with|(?:with|who\s+have)\s+(?:direct\s+)?knowledge\s+of|"
         r"briefed\s+on|knowledgeable\s+about|involved\s+in|of|in|within|inside|at|from|across|around|throughout")
# heads that take "of" only as group words ("critics of", "members of"); "officials of" and "people of" name
# a place or a body, which the name after them is part of
_OF_HEADS = frozenset("""critics supporters opponents allies friends backers detractors relatives associates
colleagues members residents neighbors neighbours employees staff""".split())
def _tie_fits(head: str, tie: str) -> bool:
    """Whether a head and a tie of a tied subject go together: "critics of", "some in", "those close to"."""
    return tie.lower() != "of" or head.lower() in _OF_HEADS


# Who speaks for someone else: "lawyers for Ana Ruiz", "a spokeswoman for Senator Vik", "an aide to Vik"
_AGENT_NOUNS = r"(?:lawyers?|attorneys?|counsel|spokes(?:man|men|woman|women|person|people)|representatives?|" \
               r"aides?|advis[eo]rs?|agents?|publicists?)"
# Words that mark their own clause as reported, with no one named: "he appeared to concede", "the plan was
# expected to pass", "the hackers reportedly stole"
SEEM_VERBS = frozenset("seem seems seemed appear appears appeared".split())
HEARSAY_ADVERBS = frozenset("reportedly allegedly apparently purportedly supposedly".split())
PASSIVE_REPORTS = frozenset("""expected reported said believed thought considered seen viewed known rumored
rumoured alleged asked required described criticized criticised accused urged told estimated projected
predicted""".split())

_DETERMINERS = frozenset("the a an one another some several many his her their its our my".split())
# subjects that name no one: "It was simple:", "There is one answer:"
_EXPLETIVES = frozenset("it this that there here what".split())


_IRREGULAR_PASTS = frozenset("said told wrote thought knew saw felt heard found sought spoke".split())
