"""Bytes to text, strictly: every character offset downstream refers to the text made here.

Guessing an encoding silently corrupts names and quotes, so only UTF-8 (with or without a BOM),
UTF-16 with a BOM, and a charset the file itself declares are accepted; anything else is
refused with the byte and offset to look at.
"""

from __future__ import annotations

import codecs

from claimtrack.errors import LoadError

#: share of control characters above which a file is treated as binary
MAX_CONTROL_SHARE = 0.10
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# what browsers actually mean by these labels
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                  "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252"}


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n, so offsets do not depend on the platform that wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, path: str, *, declared: str | None = None) -> str:
    """Decode a text file, refusing empty, binary and wrongly encoded content.

    ``declared`` is a charset the document names itself (HTML ``<meta charset>``); a BOM wins
    over it, and an unknown or UTF-8 declaration falls back to the strict UTF-8 rule.
    """
    if not data:
        raise LoadError(path, "empty file (0 bytes)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(data, "utf-16", path, "UTF-16", skipped=0)
    else:
        if b"\x00" in data:
            raise LoadError(path, _binary_problem(data))
        codec = _codec_for(declared)
        if codec is None:
            bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
            text = _decode(data[bom:], "utf-8", path, "UTF-8", skipped=bom)
        else:
            text = _decode(data, codec, path, f"{declared} (the charset the file declares)", skipped=0)
    text = text.removeprefix("\ufeff")
    if "\x00" in text or _control_share(text) > MAX_CONTROL_SHARE:
        raise LoadError(path, "binary file, not text")
    if not text.strip():
        raise LoadError(path, "empty file (only whitespace)")
    return normalise_newlines(text)


def _codec_for(declared: str | None) -> str | None:
    if not declared:
        return None
    label = declared.strip().lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name in ("utf-8", "utf-8-sig") else name


def _decode(data: bytes, codec: str, path: str, label: str, *, skipped: int) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        offset = e.start + skipped
        raise LoadError(
            path,
            f"not valid {label} (byte 0x{data[e.start]:02x} at offset {offset}); re-save the file as UTF-8",
        ) from None


def _binary_problem(data: bytes) -> str:
    """NULs usually mean binary, but NULs in every other byte mean UTF-16 without a BOM."""
    sample = data[:4096]
    if len(sample) >= 4 and (sample[1::2].count(0) > 0.9 * len(sample[1::2]) or
                             sample[0::2].count(0) > 0.9 * len(sample[0::2])):
        return "binary file, not text (it looks like UTF-16 without a byte-order mark; re-save it as UTF-8)"
    return "binary file, not text"


def _control_share(text: str) -> float:
    sample = text[:65536]
    controls = sum(1 for ch in sample if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch == "\x7f")
    return controls / len(sample) if sample else 0.0
