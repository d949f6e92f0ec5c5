"""A loader for ``.news`` files: a ``Published: YYYY-MM-DD`` header line, a blank line, then the article.

The Source text is the whole file, so that offsets stay offsets into the file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import claimtrack
from claimtrack import LoadError, Source


@claimtrack.hookimpl
def claimtrack_load_source(path, published):
    p = Path(path)
    if p.suffix != ".news":
        return None  # not ours: the built-in loaders take it
    text = p.read_text(encoding="utf-8")
    m = re.match(r"Published: (\d{4}-\d{2}-\d{2})\n", text)
    if m is None:
        raise LoadError(path, "a .news file starts with a 'Published: YYYY-MM-DD' line")
    when = dt.date.fromisoformat(published or m[1])
    return Source(id=p.stem, path=str(path), text=text, format="news", title=p.stem, published=when,
                  published_from="option" if published else "news header")
