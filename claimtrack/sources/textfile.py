"""Plain-text and Markdown articles: decoded strictly, kept verbatim apart from line endings."""

from __future__ import annotations

import re

from claimtrack.model import Source
from claimtrack.sources.encoding import decode_text

MAX_TITLE_CHARS = 200
_MD_HEADING = re.compile(r"#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*")


def guess_title(text: str, *, markdown: bool = False) -> str | None:
    """The first non-empty line when it reads like a headline: short and without a final period.

    In Markdown a leading ``# heading`` (any level) is the title, without its marker.
    """
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if markdown and (m := _MD_HEADING.fullmatch(line)):
            return m.group(1).strip()
        if len(line) < MAX_TITLE_CHARS and not line.endswith("."):
            return line
        return None
    return None


def load_text(data: bytes, *, path: str, source_id: str, suffix: str) -> Source:
    """A .txt/.text/.md file as a Source; the text is left exactly as written (Markdown too)."""
    text = decode_text(data, path)
    markdown = suffix == ".md"
    return Source(
        id=source_id,
        path=path,
        text=text,
        format="md" if markdown else "txt",
        title=guess_title(text, markdown=markdown),
    )
