"""Event nouns: what a date or figure is about ("call", "meeting", "earthquake", "deal").

A claim's event is the trigger word nearest to it in its clause; triggers map to a small set of
event classes so that "phone call", "telephone conversation" and "spoke by phone" all say "call"
while "talks" and "meeting" stay distinguishable from a call.
"""

from __future__ import annotations

import re

EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "call": ("phone call", "telephone call", "telephone conversation", "phone conversation", "call", "calls",
             "spoke with", "spoke to", "spoke by phone", "talked by phone", "video call", "videoconference"),
    "meeting": ("meeting", "meetings", "met", "meet", "face-to-face", "sit-down", "encounter", "audience"),
    "talks": ("talks", "discussions", "negotiations", "dialogue", "consultations", "held talks"),
    "summit": ("summit",),
    "visit": ("visit", "visits", "visited", "trip", "tour", "travel", "travels", "trips", "stay"),
    "announcement": ("announcement", "announced", "announces", "statement", "readout", "press conference",
                     "briefing", "news conference"),
    "hearing": ("hearing", "testimony", "testified"),
    "election": ("election", "vote", "referendum", "primary", "ballot"),
    "earthquake": ("earthquake", "quake", "tremor", "aftershock", "aftershocks", "shaking", "temblor"),
    "disaster": ("flood", "floods", "flooding", "hurricane", "storm", "typhoon", "cyclone", "wildfire", "fire",
                 "tsunami", "landslide", "eruption", "explosion", "crash", "collapse", "attack", "bombing"),
    "casualties": ("death toll", "dead", "killed", "deaths", "died", "injured", "wounded", "missing",
                   "casualties", "fatalities", "victims", "displaced", "evacuated", "homeless", "survivors"),
    "rescue": ("rescue", "rescued", "rescuers", "search", "relief", "aid"),
    "deal": ("deal", "acquisition", "acquire", "acquired", "merger", "takeover", "buyout", "bid", "offer",
             "purchase", "agreement", "transaction", "sale"),
    "earnings": ("revenue", "profit", "earnings", "sales", "loss", "quarterly results"),
    "race": ("race", "marathon", "record", "final", "match", "game", "tournament", "championship", "season",
             "finish", "win", "victory", "lap"),
    "launch": ("launch", "launched", "mission", "spacewalk", "flight", "landing", "orbit", "docking"),
    "war": ("war", "invasion", "conflict", "offensive", "ceasefire", "fighting"),
    "sanctions": ("sanctions", "export control", "ban", "tariffs", "restrictions"),
    "study": ("study", "trial", "survey", "experiment", "report", "research"),
}
_TRIGGER_TO_CLASS = {t: cls for cls, triggers in EVENT_CLASSES.items() for t in triggers}
_TRIGGERS = re.compile(
    r"\b(" + "|".join(sorted((re.escape(t) for t in _TRIGGER_TO_CLASS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)


def find_triggers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, event class) of every trigger between ``start`` and ``end``."""
    out = []
    for m in _TRIGGERS.finditer(text, start, end):
        out.append((m.start(), m.end(), _TRIGGER_TO_CLASS[m.group(1).lower()]))
    return out


def nearest_event(text: str, start: int, end: int, window: tuple[int, int]) -> str | None:
    """The event class of the trigger closest to the span ``start:end`` inside ``window``."""
    best, best_gap = None, None
    for ts, te, cls in find_triggers(text, *window):
        if ts < end and start < te:
            continue  # the claim's own words ("a two-day trip" is not inside "trip")
        gap = start - te if te <= start else ts - end
        # a trigger before the claim binds a little tighter ("the call lasted 35 minutes")
        gap = gap if te <= start else gap + 3
        if best_gap is None or gap < best_gap:
            best, best_gap = cls, gap
    return best
