"""claimtrack's own hook implementations, registered ``trylast`` so that any plugin can override them."""

from __future__ import annotations

from typing import Any

from .plugins import Config, hookimpl
from .sources import load_source


@hookimpl(trylast=True)
def claimtrack_load_source(path: str, published: Any, config: Config):
    """The built-in loaders: .txt, .md, .docx, .html."""
    return load_source(path, published=published)
