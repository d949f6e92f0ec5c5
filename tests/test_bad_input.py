"""Broken, hostile or unsupported files: each fails with one LoadError line naming file and problem."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import docx
import pytest

from claimtrack.errors import LoadError
from claimtrack.sources import load_source, safety

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MINIMAL_DOCUMENT = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>Short note.</w:t></w:r></w:p></w:body></w:document>"
)
BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (i, b"".join(b"&lol%s;" % (str(i - 1).encode() if i > 1 else b"") for _ in range(10)))
        for i in range(1, 10)
    )
    + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


def expect_load_error(path: Path, *fragments: str, **kwargs: object) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_source(path, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    return info.value


def real_docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Water main burst floods high street", level=1)
    for i in range(30):
        document.add_paragraph(f"Paragraph {i}: crews worked through the night to restore supply to homes.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- text --------------------------------------------------------------------------------------


def test_empty_text_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    expect_load_error(path, "empty file")


def test_whitespace_only_text_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t\r\n   \n")
    expect_load_error(path, "empty file")


def test_binary_text_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    expect_load_error(path, "binary file, not text")


def test_control_characters_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(bytes(range(1, 9)) * 20 + b"some words")
    expect_load_error(path, "binary file, not text")


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Council minutes for March".encode("utf-16-le"))
    expect_load_error(path, "binary file, not text", "UTF-16 without a byte-order mark")


def test_latin1_text_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le caf\u00e9 ferme ses portes.".encode("latin-1"))
    expect_load_error(path, "not valid UTF-8 (byte 0xe9 at offset 6); re-save the file as UTF-8")


def test_latin1_offset_counts_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "latin1bom.txt"
    path.write_bytes(b"\xef\xbb\xbfabc\xe9")
    expect_load_error(path, "byte 0xe9 at offset 6")


# --- .docx -------------------------------------------------------------------------------------


def test_truncated_docx(tmp_path: Path) -> None:
    data = real_docx_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    expect_load_error(path, "corrupt .docx (not a readable zip archive)")


def test_random_bytes_docx(tmp_path: Path) -> None:
    path = tmp_path / "noise.docx"
    path.write_bytes(random.Random(20240101).randbytes(4096))
    expect_load_error(path, "corrupt .docx (not a readable zip archive)")


def test_ole2_file_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(OLE2_MAGIC + bytes(504))
    expect_load_error(path, "OLE2 compound file", "password-protected", "Word 97-2003 .doc")


def test_doc_file(tmp_path: Path) -> None:
    path = tmp_path / "legacy.doc"
    path.write_bytes(OLE2_MAGIC + bytes(504))
    expect_load_error(path, "Word 97-2003 .doc is not supported", "save it as .docx")


def test_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "zero.docx"
    path.write_bytes(b"")
    expect_load_error(path, "empty file (0 bytes)")


def test_docx_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    path.write_bytes(zip_bytes({"xl/workbook.xml": b"<workbook/>"}))
    expect_load_error(path, "no word/document.xml")


def test_docx_python_docx_cannot_open(tmp_path: Path) -> None:
    path = tmp_path / "bare.docx"
    path.write_bytes(zip_bytes({"word/document.xml": MINIMAL_DOCUMENT}))
    expect_load_error(path, "cannot read .docx (")


def test_xml_bomb_docx(tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(real_docx_bytes()))
    members = {name: source.read(name) for name in source.namelist()}
    members["word/document.xml"] = BILLION_LAUGHS
    path = tmp_path / "laughs.docx"
    path.write_bytes(zip_bytes(members))
    expect_load_error(path, "word/document.xml declares a DOCTYPE/ENTITY", "bomb")


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(zip_bytes({"word/document.xml": MINIMAL_DOCUMENT, "word/media/pad.bin": bytes(20_000_000)}))
    assert path.stat().st_size < 100_000
    expect_load_error(path, "word/media/pad.bin", "possible zip bomb")


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 1_000_000)
    path = tmp_path / "big.docx"
    path.write_bytes(zip_bytes({"word/document.xml": MINIMAL_DOCUMENT,
                                "word/media/noise.bin": random.Random(7).randbytes(1_200_000)}))
    expect_load_error(path, "unpacks to 1.2 MB", "possible zip bomb")


# --- HTML --------------------------------------------------------------------------------------


def test_html_entity_bomb(tmp_path: Path) -> None:
    path = tmp_path / "laughs.html"
    path.write_bytes(BILLION_LAUGHS.replace(b"w:", b"").replace(b"<?xml version=\"1.0\"?>", b""))
    expect_load_error(path, "<!ENTITY declaration", "bomb")


def test_html_latin1_without_charset(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    path.write_bytes("<html><body><p>Na\u00efve plan</p></body></html>".encode("latin-1"))
    expect_load_error(path, "not valid UTF-8 (byte 0xef at offset 17)")


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_bytes(b"<html><body><nav>Home</nav><script>x()</script></body></html>")
    expect_load_error(path, "no article text found")


# --- the file itself ---------------------------------------------------------------------------


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"All quiet on the harbour front.\n" * 100)
    expect_load_error(path, "file too large (3.2 kB; limit 1 kB)", max_bytes=1000)


def test_oversized_message_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    with path.open("wb") as f:
        f.truncate(123_400_000)  # sparse: nothing is written or read
    expect_load_error(path, "file too large (123.4 MB; limit 50 MB)")


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"whatever")
    expect_load_error(path, "unsupported file type '.pptx' (claimtrack reads .txt, .md, .docx, .html)")


def test_no_suffix(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_bytes(b"whatever")
    expect_load_error(path, "unsupported file type (no suffix")


def test_missing_file(tmp_path: Path) -> None:
    expect_load_error(tmp_path / "nowhere.txt", "no such file")


def test_directory(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()
    expect_load_error(path, "is a directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"Hidden text.\n")
    path.chmod(0)
    try:
        expect_load_error(path, "permission denied")
    finally:
        path.chmod(0o600)


def test_invalid_sidecar_json(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"Story text.\n")
    sidecar = tmp_path / "story.meta.json"
    sidecar.write_bytes(b'{"published": "2023-01-02",}')
    with pytest.raises(LoadError) as info:
        load_source(path)
    assert str(info.value).startswith(f"{sidecar}: invalid JSON in sidecar")


def test_sidecar_with_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"Story text.\n")
    sidecar = tmp_path / "story.meta.json"
    sidecar.write_bytes(b'{"published": "soon"}')
    with pytest.raises(LoadError, match=r"story\.meta\.json: sidecar 'published' is not a date: 'soon'"):
        load_source(path)
