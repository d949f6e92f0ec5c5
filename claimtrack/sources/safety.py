"""Checks that run before any parser sees a file, so hostile or broken input fails early and clearly.

Parsers (zipfile, lxml, python-docx) either fail with messages a user cannot act on or, for
crafted input, spend unbounded memory. Everything here works on sizes and raw bytes only.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import zipfile

from claimtrack.errors import LoadError

#: a zip whose members would unpack to more than this is refused as a likely zip bomb
MAX_UNPACKED_BYTES = 200_000_000
#: members at least this big (unpacked) may not compress better than MAX_RATIO
BIG_MEMBER_BYTES = 5_000_000
MAX_RATIO = 100
MAX_MEMBERS = 10_000

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_CHUNK = 1 << 20


def human_size(n: int) -> str:
    """A size for messages: "812 bytes", "3.4 kB", "123.4 MB", "50 MB"."""
    if n < 1000:
        return f"{n} bytes"
    value, unit = (n / 1e3, "kB") if n < 1_000_000 else (n / 1e6, "MB")
    text = f"{value:.1f}"
    return f"{text.removesuffix('.0')} {unit}"


def check_file(path: str, max_bytes: int) -> None:
    """Refuse missing files, directories and files over ``max_bytes``, from ``stat`` alone."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise LoadError(path, "no such file") from None
    except PermissionError:
        raise LoadError(path, "permission denied (cannot look up the file)") from None
    except OSError as e:
        raise LoadError(path, f"cannot read file ({e.strerror or e})") from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(path, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(path, "not a regular file (a device, pipe or socket)")
    if st.st_size > max_bytes:
        raise LoadError(path, f"file too large ({human_size(st.st_size)}; limit {human_size(max_bytes)})")


def read_limited(path: str, max_bytes: int) -> bytes:
    """The file's bytes, after :func:`check_file`; the read itself is capped as well, so a file
    that grows (or a device that never ends) cannot exhaust memory.
    """
    check_file(path, max_bytes)
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise LoadError(path, "permission denied (cannot read the file)") from None
    except IsADirectoryError:
        raise LoadError(path, "is a directory, not a file") from None
    except OSError as e:
        if e.errno == errno.ENOENT:
            raise LoadError(path, "no such file") from None
        raise LoadError(path, f"cannot read file ({e.strerror or e})") from None
    if len(data) > max_bytes:
        raise LoadError(path, f"file too large (it grew past the {human_size(max_bytes)} limit while being read)")
    return data


def refuse_entity_declarations(text: str, path: str) -> None:
    """Refuse markup that declares entities: the classic "billion laughs" expansion bomb."""
    if _ENTITY.search(text):
        raise LoadError(path, "refusing a file with an <!ENTITY declaration (possible entity-expansion bomb)")


def open_docx_archive(data: bytes, path: str) -> zipfile.ZipFile:
    """Open a .docx as a zip after checking that it is one and that unpacking it is safe.

    Also tells apart the usual impostors: an encrypted .docx and a legacy .doc both are OLE2
    compound files, and RTF files are often renamed to .docx.
    """
    if not data:
        raise LoadError(path, "empty file (0 bytes), not a Word document")
    if data.startswith(OLE2_MAGIC):
        raise LoadError(
            path,
            "not a .docx zip but an OLE2 compound file: either a password-protected (encrypted) "
            ".docx - remove the password and save again - or a legacy Word 97-2003 .doc - save it as .docx",
        )
    if data.startswith(b"{\\rtf"):
        raise LoadError(path, "this is an RTF file, not a .docx; save it as .docx")
    buffer = io.BytesIO(data)
    if not zipfile.is_zipfile(buffer):
        raise LoadError(path, "corrupt .docx (not a readable zip archive)")
    try:
        archive = zipfile.ZipFile(buffer)
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise LoadError(path, "corrupt .docx (not a readable zip archive)") from None
    _check_unpacked_sizes(members, path)
    names = {m.filename for m in members}
    if "word/document.xml" not in names:
        raise LoadError(path, "not a Word document: the archive has no word/document.xml")
    for member in members:
        if member.filename.endswith((".xml", ".rels")):
            _check_no_declarations(archive, member, path)
    return archive


def _check_unpacked_sizes(members: list[zipfile.ZipInfo], path: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise LoadError(path, f"refusing a .docx with {len(members)} files inside (possible zip bomb)")
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_BYTES:
        raise LoadError(
            path,
            f"refusing a .docx that unpacks to {human_size(total)} "
            f"(limit {human_size(MAX_UNPACKED_BYTES)}; possible zip bomb)",
        )
    for m in members:
        if m.file_size >= BIG_MEMBER_BYTES and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise LoadError(
                path,
                f"refusing a .docx whose member {m.filename} is compressed more than "
                f"{MAX_RATIO}:1 (possible zip bomb)",
            )


def _check_no_declarations(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: str) -> None:
    """Scan an XML part for DOCTYPE/ENTITY declarations, in UTF-8 or UTF-16, before any parsing."""
    tail = b""
    try:
        with archive.open(member) as f:
            while chunk := f.read(_CHUNK):
                window = tail + chunk
                # UTF-16 parts: dropping the NULs turns the markup back into ASCII
                if _DECLARATION.search(window) or _DECLARATION.search(window.replace(b"\x00", b"")):
                    raise LoadError(
                        path,
                        f"refusing a .docx whose {member.filename} declares a DOCTYPE/ENTITY "
                        "(possible XML entity-expansion bomb)",
                    )
                tail = window[-32:]
    except LoadError:
        raise
    except Exception as e:  # zlib.error, BadZipFile (bad CRC), NotImplementedError (compression)...
        raise LoadError(path, f"corrupt .docx (cannot unpack {member.filename}: {one_line(e)})") from None


def one_line(error: BaseException) -> str:
    """The first line of an exception message, for one-line error reports."""
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
