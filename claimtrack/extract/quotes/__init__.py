"""Direct and indirect speech, with who said it.

The modules, each importing only those above it:

- ``cues``: the gazetteers (cue, stance and finding verbs, nouns of saying, speaker nouns);
- ``spans``: span helpers (trimming, paragraph ends, dates and figures in a span);
- ``records``: ``Fragment``, ``Frame``, ``Statement`` and how a frame's speaker reads;
- ``fragments``: quotation marks paired into fragments;
- ``context``: the cue patterns and their lookup by window in one text;
- ``subjects``: the noun phrase before or after a cue;
- ``clause_subjects``: the subject of a reported clause in its other shapes;
- ``frames``: the attribution frame of a direct quote;
- ``indirect``: indirect statements, stances and nouns of saying;
- ``statements``: ``find_statements``, which puts them together.
"""

from .cues import (
    ALL_INDIRECT,
    CUE_VERBS,
    HEARSAY_ADVERBS,
    INDIRECT_CUES,
    INDIRECT_ONLY,
    LISTENER_CUES,
    NOUN_CUES,
    PASSIVE_REPORTS,
    SEEM_VERBS,
    SPEAKER_NOUNS,
    STANCE_VERBS,
)
from .fragments import OPEN_CLOSE, find_fragments
from .records import Fragment, Frame, Statement, speaker_parts, speaker_phrase, speaks_for
from .statements import find_statements

__all__ = [
    "ALL_INDIRECT", "CUE_VERBS", "HEARSAY_ADVERBS", "INDIRECT_CUES", "INDIRECT_ONLY", "LISTENER_CUES",
    "NOUN_CUES", "OPEN_CLOSE", "PASSIVE_REPORTS", "SEEM_VERBS", "SPEAKER_NOUNS", "STANCE_VERBS", "Fragment",
    "Frame", "Statement", "find_fragments", "find_statements", "speaker_parts", "speaker_phrase",
    "speaks_for",
]
