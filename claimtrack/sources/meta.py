"""Which date an article speaks from (its reference date), and the other facts about it.

Relative dates ("last Tuesday", "two years ago") can only be resolved against the date the
article was published, so the source of that date matters and is recorded. Priority, best first:
the ``--published`` option, a ``NAME.meta.json`` sidecar, HTML metadata, a dateline at the top
of the text, and last the .docx "created" property (often a template's date, hence weakest).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from claimtrack.errors import ClaimtrackError, LoadError
from claimtrack.model import Source
from claimtrack.sources.dates import (
    DATE_PATTERN,
    MONTH_DAY_PATTERN,
    date_from_match,
    month_day_from_match,
    parse_date_text,
)
from claimtrack.sources.safety import one_line

#: how far into the text a dateline may start
DATELINE_WINDOW = 400
MAX_SIDECAR_BYTES = 1_000_000
SIDECAR_KEYS = ("published", "outlet", "author", "title")

_DASH = r"(?:--|[-\u2013\u2014])"
_TIME = r"(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}(?::\d{2})?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,4}\b)?)?"
# "Published: 2023-06-14", "Updated: June 19, 2023 10:31 AM", "Posted on Nov. 15, 2023"
_LABELLED = re.compile(
    rf"^[ \t]*(?P<label>published|posted|first published|updated|last updated|last modified|date)"
    rf"(?:[ \t]+on)?[ \t]*:?[ \t]*(?P<date>{DATE_PATTERN})",
    re.IGNORECASE | re.MULTILINE,
)
_OUTLET = r"(?:[ \t]*\([^)\n]{1,40}\))?"  # "(Reuters)" after the date
# a date at the start of a line, followed by a dash or the end of the line
_LINE_DATE = re.compile(rf"(?P<date>{DATE_PATTERN}){_TIME}{_OUTLET}[ \t]*(?:{_DASH}|$)", re.IGNORECASE | re.MULTILINE)
# a month and day without the year: only before a dash set apart, as an agency's dateline writes it
# ("June 12 (Reuters) - "; "June 26-27" is a range)
_LINE_MONTH_DAY = re.compile(rf"{MONTH_DAY_PATTERN}{_OUTLET}[ \t]*{_DASH}\s", re.IGNORECASE | re.MULTILINE)
# what may precede that date on its line: "WASHINGTON, ", "LONDON (Reuters) - ", "PARIS, Texas, "
_WORDS = r"[A-Z][\w.'\u2019&-]*(?:[ \t]+[A-Z][\w.'\u2019&-]*)*"
_PLACE_PREFIX = re.compile(
    rf"[ \t]*(?:{_WORDS}(?:,[ \t]*{_WORDS})?[ \t]*(?:\([^)\n]{{1,40}}\)[ \t]*)?(?:,|{_DASH})[ \t]*"
    rf"|{_WORDS}[ \t]*\([^)\n]{{1,40}}\)[ \t]*)?"
)


@dataclass
class Sidecar:
    """The optional ``NAME.meta.json`` next to a source; every field may be missing."""

    published: dt.date | None = None
    outlet: str | None = None
    author: str | None = None
    title: str | None = None


def parse_published_option(value: dt.date | str | None) -> dt.date | None:
    """The ``published`` argument as a date; a string must be ISO ``YYYY-MM-DD``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ClaimtrackError(f"--published: cannot read date {value!r}; use YYYY-MM-DD") from None


def sidecar_path(path: str | Path) -> Path:
    """``article.txt`` -> ``article.meta.json`` in the same directory."""
    p = Path(path)
    return p.with_name(p.stem + ".meta.json")


def read_sidecar(path: str | Path) -> Sidecar | None:
    """The sidecar of ``path`` if there is one; a broken sidecar is an error, not ignored."""
    side = sidecar_path(path)
    if not side.is_file():
        return None
    shown = str(side)
    try:
        if side.stat().st_size > MAX_SIDECAR_BYTES:
            raise LoadError(shown, "sidecar too large for a metadata file")
        raw = json.loads(side.read_bytes().decode("utf-8-sig"))
    except LoadError:
        raise
    except UnicodeDecodeError:
        raise LoadError(shown, "sidecar is not valid UTF-8") from None
    except (ValueError, RecursionError) as e:
        raise LoadError(shown, f"invalid JSON in sidecar ({one_line(e)})") from None
    except OSError as e:
        raise LoadError(shown, f"cannot read sidecar ({e.strerror or e})") from None
    if not isinstance(raw, dict):
        raise LoadError(shown, "sidecar must be a JSON object with keys " + ", ".join(SIDECAR_KEYS))
    fields: dict[str, str | None] = {}
    for key in SIDECAR_KEYS:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise LoadError(shown, f"sidecar key {key!r} must be a string")
        fields[key] = (value.strip() or None) if value is not None else None
    published = None
    if fields["published"] is not None:
        published = parse_date_text(fields["published"])
        if published is None:
            raise LoadError(shown, f"sidecar 'published' is not a date: {fields['published']!r} (use YYYY-MM-DD)")
    return Sidecar(published=published, outlet=fields["outlet"], author=fields["author"], title=fields["title"])


def find_dateline(text: str) -> dt.date | None:
    """The date of a dateline or a "Published:" label near the top of the text, else None.

    A "published"/"posted" label beats "updated"; a bare dateline counts only when what precedes
    the date on its line looks like a place ("WASHINGTON,", "LONDON (Reuters) -"), so a sentence
    that merely starts with a date is not taken for a dateline.
    """
    head = text[:DATELINE_WINDOW]
    labelled = [(m.group("label").lower(), m) for m in _LABELLED.finditer(head)]
    for wanted in (("published", "posted", "first published", "date"), ("updated", "last updated", "last modified")):
        for label, m in labelled:
            if label in wanted and (found := date_from_match(m)):
                return found
    for m in _LINE_DATE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if _PLACE_PREFIX.fullmatch(head, line_start, m.start()) and (found := date_from_match(m)):
            return found
    return None


@dataclass(frozen=True)
class MonthDay:
    """A dateline's date without its year ("PARIS, Monday, Sept. 15 (Agency) -"): the weekday,
    when given, or the dates of the other sources tell the year (see ``infer_reference_date``)."""

    month: int
    day: int
    weekday: int | None  # Monday is 0


def find_month_day_dateline(text: str) -> MonthDay | None:
    """The month and day of a dateline that gives no year, after a place as in ``find_dateline``."""
    head = text[:DATELINE_WINDOW]
    for m in _LINE_MONTH_DAY.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if _PLACE_PREFIX.fullmatch(head, line_start, m.start()) and (found := month_day_from_match(m)):
            return MonthDay(*found)
    return None


def apply_metadata(source: Source, *, option: dt.date | None, sidecar: Sidecar | None) -> Source:
    """Fill in the reference date by priority and let the sidecar override outlet/author/title."""
    if sidecar is not None:
        source.outlet = sidecar.outlet or source.outlet
        source.author = sidecar.author or source.author
        source.title = sidecar.title or source.title
    if option is not None:
        source.published, source.published_from = option, "option"
    elif sidecar is not None and sidecar.published is not None:
        source.published, source.published_from = sidecar.published, "sidecar"
    elif source.published is not None and source.published_from == "html":
        pass
    elif (found := find_dateline(source.text)) is not None:
        source.published, source.published_from = found, "dateline"
    elif source.published is None:
        source.published_from = None
    return source
