"""claimtrack check: verdicts, the JSON report, and the annotated Word document."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx2python import docx2python

from claimtrack.cli import main
from claimtrack.wordml.edit import accept_all, reject_all

SOURCE_A = """Harbour crane deal signed
Portmere Logistics agreed on Tuesday to buy 14 cranes from Keller Heavy Industries for $210 million, \
the company said.
The negotiations lasted about six weeks, according to Portmere chief executive Ines Calder.
“This fleet will carry the port for twenty years,” Calder said.
"""
SOURCE_B = """Portmere buys cranes
Portmere Logistics will pay $210 million for 14 cranes made by Keller Heavy Industries, the buyer said on \
Tuesday.
The negotiations lasted six weeks.
“This fleet will carry the port for twenty years,” Ines Calder, the chief executive, told reporters.
The cranes will arrive in 2027, Keller said.
"""
SOURCE_C = """Keller lands Portmere order
Keller Heavy Industries said it would deliver the cranes to Portmere Logistics in 2028.
"""
META = '{"published": "2025-05-14", "outlet": "%s"}'


def write_sources(folder: Path) -> Path:
    folder.mkdir()
    for name, text in (("a", SOURCE_A), ("b", SOURCE_B), ("c", SOURCE_C)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(META % name.upper(), encoding="utf-8")
    return folder


def build_memo(path: Path) -> Path:
    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2025, 5, 16)
    d.add_heading("Crane purchase: briefing", level=1)
    p = d.add_paragraph("Portmere Logistics agreed to buy 14 cranes from Keller Heavy Industries for ")
    p.add_run("$2").bold = True
    p.add_run("40 million")  # a figure split across runs of different formatting
    p.add_run(" on Tuesday.")
    d.add_paragraph("The negotiations lasted six weeks.")
    d.add_paragraph("The cranes will be delivered in 2027.")
    d.add_paragraph("Keller employs 5,400 welders.")
    d.add_paragraph("“This fleet will carry the port for twenty years,” said Keller's spokesman Piet Varga.")
    d.save(path)
    return path


@pytest.fixture()
def case(tmp_path: Path):
    sources = write_sources(tmp_path / "sources")
    memo = build_memo(tmp_path / "memo.docx")
    return tmp_path, sources, memo


def run_check(tmp_path: Path, memo: Path, sources: Path, *extra: str) -> tuple[int, dict, Path]:
    out = tmp_path / "memo.checked.docx"
    report = tmp_path / "report.json"
    code = main(["check", str(memo), "--sources", str(sources), "-o", str(out), "--report", str(report),
                 "--now", "2026-01-02T03:04:05Z", *extra])
    return code, json.loads(report.read_text(encoding="utf-8")), out


def finding(report: dict, text: str) -> dict:
    hits = [f for f in report["findings"] if text in f["text"] or f["text"] in text]
    assert hits, f"no finding for {text!r} in {[f['text'] for f in report['findings']]}"
    return hits[0]


def test_each_verdict(case, capsys) -> None:
    tmp_path, sources, memo = case
    code, report, _ = run_check(tmp_path, memo, sources)
    assert code == 1  # not everything is supported
    assert finding(report, "40 million")["verdict"] == "contradicted"
    assert finding(report, "six weeks")["verdict"] == "supported"
    assert finding(report, "2027")["verdict"] == "disputed"
    assert finding(report, "5,400 welders")["verdict"] == "unsupported"
    assert finding(report, "carry the port")["verdict"] == "misattributed"


def test_contradiction_suggests_the_sources_value_and_explains(case) -> None:
    tmp_path, sources, memo = case
    _, report, _ = run_check(tmp_path, memo, sources)
    f = finding(report, "40 million")
    assert f["suggestion"] == "$210 million"
    assert "$210 million" in f["message"]
    assert {e["source"] for e in f["evidence"]} >= {"a", "b"} and not any(e["agrees"] for e in f["evidence"])


def test_a_memo_with_no_creation_date_takes_the_date_line_of_its_header(tmp_path: Path) -> None:
    """python-docx's own template date says nothing; "Date: 16 May 2025" in the header does, so
    "on Tuesday" is the Tuesday before it, as the sources say."""
    sources = write_sources(tmp_path / "sources")
    d = docx.Document()
    d.add_paragraph("Date: 16 May 2025")
    d.add_paragraph("Portmere Logistics agreed on Tuesday to buy 14 cranes from Keller Heavy Industries.")
    memo = tmp_path / "memo.docx"
    d.save(memo)
    _, report, _ = run_check(tmp_path, memo, sources)
    assert (report["reference_date"], report["reference_date_from"]) == ("2025-05-16", "dateline")
    tuesday = finding(report, "Tuesday")
    assert tuesday["value"]["value"] == "2025-05-13" and tuesday["verdict"] == "supported", tuesday


def test_report_schema_and_offsets(case) -> None:
    tmp_path, sources, memo = case
    _, report, _ = run_check(tmp_path, memo, sources)
    assert report["schema"] == "claimtrack.report/1"
    assert report["reference_date"] == "2025-05-16" and report["reference_date_from"] == "docx"
    assert {s["id"] for s in report["sources"]} == {"a", "b", "c"}
    paragraphs = [p.text for p in docx.Document(memo).paragraphs]
    for f in report["findings"]:
        assert paragraphs[f["paragraph"]][f["start"]:f["end"]] == f["text"]
        assert set(f) >= {"paragraph", "start", "end", "text", "kind", "value", "attribution", "verdict",
                          "evidence", "message"}
        for e in f["evidence"]:
            assert set(e) >= {"source", "text", "start", "end", "value", "agrees"}


def test_split_figure_is_one_claim(case) -> None:
    tmp_path, sources, memo = case
    _, report, _ = run_check(tmp_path, memo, sources)
    money = [f for f in report["findings"] if f["kind"] == "money"]
    assert [f["text"] for f in money] == ["$240 million"]


def test_memo_is_never_modified_and_output_is_deterministic(case) -> None:
    tmp_path, sources, memo = case
    before = hashlib.sha256(memo.read_bytes()).hexdigest()
    _, _, out = run_check(tmp_path, memo, sources)
    first = out.read_bytes()
    _, _, out = run_check(tmp_path, memo, sources)
    assert out.read_bytes() == first
    assert hashlib.sha256(memo.read_bytes()).hexdigest() == before


def test_refuses_to_overwrite_the_memo(case, capsys) -> None:
    tmp_path, sources, memo = case
    code = main(["check", str(memo), "--sources", str(sources), "-o", str(memo)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "refusing to overwrite" in err[0]


def test_annotated_document_integrity(case) -> None:
    tmp_path, sources, memo = case
    _, report, out = run_check(tmp_path, memo, sources)
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
        comments = z.read("word/comments.xml").decode()
    starts = body.count("<w:commentRangeStart")
    assert starts == body.count("<w:commentRangeEnd") == body.count("<w:commentReference")
    assert starts == len(report["findings"]) + 1  # one per finding and the summary
    assert comments.count("<w:comment ") == starts
    # every tracked change has an author and a date
    for tag in ("<w:ins ", "<w:del "):
        for chunk in body.split(tag)[1:]:
            head = chunk.split(">", 1)[0]
            assert 'w:author="claimtrack"' in head and "w:date=" in head
    original = [p.text for p in docx.Document(memo).paragraphs]
    assert reject_all(str(out))[: len(original)] == original
    accepted = accept_all(str(out))
    assert "for $210 million on Tuesday." in accepted[1]


def test_independent_reader_sees_the_anchored_texts(case) -> None:
    tmp_path, sources, memo = case
    _, report, out = run_check(tmp_path, memo, sources, "--summary", "none")
    seen = {c[0] for c in docx2python(str(out)).comments}
    for f in report["findings"]:
        if f["verdict"] != "contradicted":  # a contradicted claim's anchor holds the tracked change too
            assert f["text"] in seen


def test_summary_section(case) -> None:
    tmp_path, sources, memo = case
    _, _, out = run_check(tmp_path, memo, sources, "--summary", "section")
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert texts[-2] == "claimtrack summary" and "1 contradicted" in texts[-1]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_annotated_memo(case) -> None:
    from lxml import etree

    tmp_path, sources, memo = case
    _, report, out = run_check(tmp_path, memo, sources)
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "fodt",
                    "--outdir", str(tmp_path / "lo"), str(out)], check=False, capture_output=True, timeout=180)
    fodt = tmp_path / "lo" / "memo.checked.fodt"
    assert fodt.exists(), "LibreOffice did not convert the annotated memo"
    tree = etree.parse(str(fodt))
    ns = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
    assert len(tree.findall(".//office:annotation", ns)) == len(report["findings"]) + 1
    assert len(tree.findall(".//text:changed-region", ns)) >= 2  # the deletion and the insertion


def test_bad_memo_is_one_clear_error(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "memo.docx"
    bad.write_bytes(b"not a zip at all")
    (tmp_path / "s.txt").write_text("The port opened on Monday.", encoding="utf-8")
    code = main(["check", str(bad), "--sources", str(tmp_path / "s.txt")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "memo.docx" in err[0] and "Traceback" not in err[0]


def test_a_figure_corrected_inside_a_commented_quote(tmp_path: Path) -> None:
    # the quote gets a comment and the figure inside it a tracked replacement: the replacement changes
    # the text under the quote's span, so it must come after the quote's comment
    sources = write_sources(tmp_path / "sources")
    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2025, 5, 16)
    d.add_paragraph("“This fleet will carry the port for thirty years,” Ines Calder said.")
    memo = tmp_path / "memo.docx"
    d.save(memo)
    code, report, out = run_check(tmp_path, memo, sources, "--summary", "none")
    assert code in (0, 1) and out.exists()
    assert [f["verdict"] for f in report["findings"] if f["text"] == "thirty years"] == ["contradicted"]
    assert any(f["kind"] == "quote" and "thirty years" in f["text"] for f in report["findings"])
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
    assert body.count("<w:commentRangeStart") == body.count("<w:commentRangeEnd") == len(report["findings"])
    assert "for twenty years" in accept_all(str(out))[0]


def test_a_failing_annotator_is_named(case, capsys, monkeypatch) -> None:
    import claimtrack_docx

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(claimtrack_docx, "annotate", broken)
    tmp_path, sources, memo = case
    code = main(["check", str(memo), "--sources", str(sources), "-o", str(tmp_path / "out.docx")])
    err = capsys.readouterr().err
    assert code == 2 and not (tmp_path / "out.docx").exists()
    assert err.count("\n") == 1 and "plugin 'docx' failed in claimtrack_annotate" in err and "disk on fire" in err
