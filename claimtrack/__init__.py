"""claimtrack: attributed, normalised claims from news articles, cross-checked between sources.

The public API is small on purpose: ``load_source`` reads a file into a ``Source`` (with a
reference date, inferred from the article's own dates when nothing else gives one), and
``extract_claims`` turns a source into ``Claim`` objects.
"""

from __future__ import annotations

from .errors import ClaimtrackError, LoadError
from .extract.pipeline import extract_claims, infer_reference_date
from .model import About, Attribution, Claim, Comparison, Quantity, QuoteValue, Source, TimeValue
from .plugins import Config, PluginError, Plugins, get_plugins, hookimpl
from .sources import load_source as _load_file

__all__ = [
    "About", "Attribution", "Claim", "ClaimtrackError", "Comparison", "Config", "LoadError", "PluginError",
    "Plugins", "Quantity", "QuoteValue", "Source", "TimeValue", "crosscheck", "extract_claims", "get_plugins",
    "hookimpl", "load_source",
]
__version__ = "0.1.0"


def load_source(path, *, published=None, source_id: str | None = None) -> Source:
    """Read ``path`` (.txt, .md, .docx, .html) into a Source whose reference date is as well anchored as
    the file allows: ``published`` (date or ISO string), a sidecar NAME.meta.json, the format's own
    metadata, a dateline, or else the article's own absolute dates (``published_from == "inferred"``)."""
    return infer_reference_date(_load_file(path, published=published, source_id=source_id))


def crosscheck(paths, config=None, published=None):
    """Conflicts and agreements between sources (paths, folders or Sources); see ``claimtrack.api``."""
    from .api import crosscheck as _crosscheck

    return _crosscheck(paths, config, published)
