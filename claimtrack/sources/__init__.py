"""Turning files into :class:`~claimtrack.model.Source` objects.

``load_source`` is the one entry point: it checks the file, picks a loader by suffix, and then
settles the reference date (see :mod:`claimtrack.sources.meta`). Every failure is a
:class:`~claimtrack.errors.LoadError` that names the file and says what to do.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from claimtrack.errors import LoadError
from claimtrack.model import Source
from claimtrack.sources.docxfile import load_docx
from claimtrack.sources.htmlfile import load_html
from claimtrack.sources.meta import apply_metadata, parse_published_option, read_sidecar
from claimtrack.sources.safety import check_file, read_limited
from claimtrack.sources.textfile import load_text

__all__ = ["SUPPORTED_SUFFIXES", "load_source"]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".text", ".docx", ".html", ".htm")


def _text(data: bytes, path: str, source_id: str, suffix: str) -> Source:
    return load_text(data, path=path, source_id=source_id, suffix=suffix)


def _docx(data: bytes, path: str, source_id: str, suffix: str) -> Source:
    return load_docx(data, path=path, source_id=source_id)


def _html(data: bytes, path: str, source_id: str, suffix: str) -> Source:
    return load_html(data, path=path, source_id=source_id)


_LOADERS: dict[str, Callable[[bytes, str, str, str], Source]] = {
    ".txt": _text, ".md": _text, ".text": _text, ".docx": _docx, ".html": _html, ".htm": _html,
}


def load_source(
    path: str | os.PathLike[str],
    *,
    published: dt.date | str | None = None,
    source_id: str | None = None,
    max_bytes: int = 50_000_000,
) -> Source:
    """Load one article; ``published`` (a date or "YYYY-MM-DD") overrides every other date source."""
    shown = os.fsdecode(path)
    option = parse_published_option(published)
    check_file(shown, max_bytes)
    p = Path(shown)
    suffix = p.suffix.lower()
    loader = _LOADERS.get(suffix)
    if loader is None:
        raise LoadError(shown, _unsupported(suffix))
    data = read_limited(shown, max_bytes)
    source = loader(data, shown, source_id or p.stem, suffix)
    return apply_metadata(source, option=option, sidecar=read_sidecar(p))


def _unsupported(suffix: str) -> str:
    if suffix == ".doc":
        return "Word 97-2003 .doc is not supported; open it in Word or LibreOffice and save it as .docx"
    if not suffix:
        return "unsupported file type (no suffix; claimtrack reads .txt, .md, .docx, .html)"
    return f"unsupported file type '{suffix}' (claimtrack reads .txt, .md, .docx, .html)"
