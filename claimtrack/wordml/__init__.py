"""WordprocessingML toolkit for annotating a memo: exact text maps, run splitting, comments,
highlights and tracked changes, and byte-stable saving.  See textmap.py and edit.py."""

from .edit import (
    IdAllocator,
    StaleMapError,
    accept_all,
    add_comment,
    ensure_comment_styles,
    highlight,
    highlight_color,
    iso_date,
    isolate,
    reject_all,
    save_deterministic,
    tracked_replace,
)
from .textmap import ParagraphMap, Piece, build_map, memo_paragraphs, paragraph_maps

__all__ = [
    "IdAllocator", "ParagraphMap", "Piece", "StaleMapError", "accept_all", "add_comment", "build_map",
    "ensure_comment_styles", "highlight", "highlight_color", "iso_date", "isolate", "memo_paragraphs",
    "paragraph_maps", "reject_all", "save_deterministic", "tracked_replace",
]
