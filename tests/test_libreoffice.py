"""An annotated memo opens in a second, independent word processor (LibreOffice) with every comment
on exactly its characters and every tracked change in place.

LibreOffice converts the .docx to flat ODF (.fodt), which is plain XML: comments are
office:annotation ... office:annotation-end pairs with the same office:name, tracked changes are
text:changed-region entries (text:insertion / text:deletion) referenced from the body by
text:change-start / text:change-end (or text:change for older deletions that keep their text in
the region itself).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from lxml import etree
from test_wordml import CLOCK, annotate, build_memo, map_with

from claimtrack.wordml import add_comment, isolate, paragraph_maps, save_deterministic

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
OFF, TXT = f"{{{NS['office']}}}", f"{{{NS['text']}}}"

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui",
)


def convert(docx_path: Path, tmp_path: Path) -> etree._Element:
    """soffice --convert-to fodt; it exits 0 even when it fails, so look for the file."""
    outdir = tmp_path / "fodt"
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "fodt", "--outdir", str(outdir), str(docx_path)],
        capture_output=True, text=True, timeout=120, check=False)
    out = outdir / (docx_path.stem + ".fodt")
    assert out.exists(), f"soffice produced no {out.name}: {result.stdout} {result.stderr}"
    return etree.parse(str(out), etree.XMLParser(huge_tree=True)).getroot()


def read_changes(root: etree._Element) -> dict[str, dict]:
    """text:id of every changed region -> kind, author, and the text held in the region."""
    changes = {}
    for region in root.iterfind(".//text:tracked-changes/text:changed-region", NS):
        kind = region[0]
        changes[region.get(f"{TXT}id")] = {
            "kind": etree.QName(kind).localname,
            "author": kind.findtext("office:change-info/dc:creator", namespaces=NS),
            "text": "".join("".join(p.itertext()) for p in kind.iterfind("text:p", NS)),
            "inline": "",
        }
    return changes


def read_comments(root: etree._Element, changes: dict[str, dict]) -> dict[str, dict]:
    """office:name -> author, body and anchored text (as shown, and with the changes accepted).

    Walks the body in document order: the comment's own paragraphs, the tracked-changes store and
    deleted stretches are kept apart from the anchored text."""
    comments: dict[str, dict] = {}
    open_comments: list[str] = []
    open_changes: list[str] = []

    def emit(text: str | None) -> None:
        if not text:
            return
        deleted = any(changes.get(c, {}).get("kind") == "deletion" for c in open_changes)
        for name in open_comments:
            comments[name]["shown"] += text
            if not deleted:
                comments[name]["accepted"] += text
        for c in open_changes:
            changes[c]["inline"] += text

    def walk(el: etree._Element) -> None:
        tag = el.tag
        if tag == f"{OFF}annotation":
            name = el.get(f"{OFF}name")
            comments[name] = {"author": el.findtext("dc:creator", namespaces=NS),
                              "body": "\n".join("".join(p.itertext()) for p in el.iterfind("text:p", NS)),
                              "shown": "", "accepted": ""}
            open_comments.append(name)
        elif tag == f"{OFF}annotation-end":
            open_comments.remove(el.get(f"{OFF}name"))
        elif tag == f"{TXT}change-start":
            open_changes.append(el.get(f"{TXT}change-id"))
        elif tag == f"{TXT}change-end":
            open_changes.remove(el.get(f"{TXT}change-id"))
        elif tag == f"{TXT}tracked-changes":
            pass
        else:
            if tag == f"{TXT}s":
                emit(" " * int(el.get(f"{TXT}c", "1")))
            elif tag == f"{TXT}tab":
                emit("\t")
            elif tag == f"{TXT}line-break":
                emit("\n")
            emit(el.text)
            for child in el:
                walk(child)
        emit(el.tail)

    walk(root.find("office:body/office:text", NS))
    return comments


def test_libreoffice_sees_every_comment_and_tracked_change(tmp_path):
    memo = build_memo(tmp_path / "memo.docx")
    annotated = tmp_path / "annotated.docx"
    annotate(memo, annotated)
    # and one comment that starts inside a hyperlink (its markers cannot all climb out)
    document = docx.Document(annotated)
    see = map_with(paragraph_maps(document), "See")
    at = see.text.index("report of")
    add_comment(document, isolate(see, at, at + 9), "Inside the link.", date=CLOCK)
    save_deterministic(document, annotated, original=memo)

    root = convert(annotated, tmp_path)
    changes = read_changes(root)
    comments = read_comments(root, changes)

    by_body = {c["body"]: c for c in comments.values()}
    assert by_body["Contradicted: 35 minutes."]["accepted"] == "35 minutes"
    assert by_body["Contradicted: 35 minutes."]["shown"] == "45 minutes35 minutes"
    for body, anchored in (("Checked: $4.2 billion", "$4.2 billion"), ("Checked: $3 million", "$3 million"),
                           ("Checked: Merged A", "Merged A"),
                           ("Checked: the wire report of 3 June", "the wire report of 3 June"),
                           ("Inside the link.", "report of"), ("Check the count", "300 people")):
        assert by_body[body]["shown"] == anchored, body
        assert by_body[body]["author"] == ("Editor" if body == "Check the count" else "claimtrack")
    assert len(comments) == 7

    ours = [c for c in changes.values() if c["author"] == "claimtrack"]
    assert sorted(c["kind"] for c in ours) == ["deletion", "insertion"]
    for change in ours:
        expected = "45 minutes" if change["kind"] == "deletion" else "35 minutes"
        assert expected in (change["text"], change["inline"])
    theirs = [c for c in changes.values() if c["author"] == "Editor"]
    assert sorted(c["kind"] for c in theirs) == ["deletion", "insertion"]
