"""claimtrack.wordml: exact text maps, run isolation, comments, highlights, tracked changes, saving.

Every memo is built here with python-docx (plus lxml for what python-docx cannot write: tracked
changes, content controls, fields, text boxes) so each test knows exactly what the XML holds.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import struct
import zipfile
import zlib
from copy import deepcopy
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from docx2python import docx2python

from claimtrack.wordml import (
    IdAllocator,
    StaleMapError,
    accept_all,
    add_comment,
    build_map,
    highlight,
    highlight_color,
    isolate,
    memo_paragraphs,
    paragraph_maps,
    reject_all,
    save_deterministic,
    tracked_replace,
)
from claimtrack.wordml.textmap import element_text, revised_text

CLOCK = dt.datetime(2026, 11, 22, tzinfo=dt.timezone.utc)
STAMP = "2026-11-22T00:00:00Z"
SCORE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
W = nsdecls("w")


# ----------------------------------------------------------------------------- building memos

def tiny_png() -> bytes:
    """A valid 2x1 RGB PNG, made here so no binary fixture is needed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"\x00" + b"\xff\x00\x00" + b"\x00\x00\xff"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def append(paragraph, fragment: str) -> None:
    paragraph._p.append(parse_xml(fragment))


def build_memo(path: Path) -> Path:
    """A memo with every construct the text map has to handle (see the test names)."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "HEADER: internal draft, 12 pages"
    d.sections[0].footer.paragraphs[0].text = "FOOTER: page 1 of 3"
    d.add_heading("Briefing on the 2026 talks", level=1)

    p = d.add_paragraph("The call lasted ")  # a figure split across runs: "4" | "5 minutes"
    p.add_run("4").bold = True
    p.add_run("5 minutes").italic = True
    p.add_run(", officials said.")

    p = d.add_paragraph("Costs rose ")  # three differently formatted runs
    p.add_run("to $4").bold = True
    r = p.add_run(".2 bil")
    r.italic, r.font.size, r.font.color.rgb = True, Pt(14), RGBColor(0xC0, 0, 0)
    r = p.add_run("lion in 2023")
    r.underline, r.font.size = True, Pt(9)
    p.add_run(", up 12%.")

    p = d.add_paragraph("See ")  # hyperlink text
    rid = p.part.relate_to("https://example.org/report", RT.HYPERLINK, is_external=True)
    append(p, f'<w:hyperlink {W} {nsdecls("r")} r:id="{rid}"><w:r><w:rPr><w:u w:val="single"/></w:rPr>'
              '<w:t>the wire report of 3 June</w:t></w:r></w:hyperlink>')
    p.add_run(" for details.")

    p = d.add_paragraph("Talks began ")  # an existing tracked insertion
    append(p, f'<w:ins {W} w:id="90" w:author="Editor" w:date="2026-01-02T00:00:00Z">'
              '<w:r><w:t xml:space="preserve">on Monday </w:t></w:r></w:ins>')
    p.add_run("in Geneva.")

    p = d.add_paragraph("The delegation had ")  # an existing tracked deletion
    append(p, f'<w:del {W} w:id="91" w:author="Editor" w:date="2026-01-02T00:00:00Z">'
              '<w:r><w:delText xml:space="preserve">twelve </w:delText></w:r></w:del>')
    p.add_run("ten members.")

    p = d.add_paragraph("Budget: ")  # a content control, a smart tag, a simple field
    append(p, f'<w:sdt {W}><w:sdtPr><w:alias w:val="Amount"/><w:id w:val="424242"/></w:sdtPr>'
              '<w:sdtContent><w:r><w:t>$3 million</w:t></w:r></w:sdtContent></w:sdt>')
    p.add_run(" for ")
    append(p, f'<w:smartTag {W} w:uri="urn:x" w:element="place"><w:r><w:t>Geneva</w:t></w:r></w:smartTag>')
    p.add_run(", page ")
    append(p, f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>')
    p.add_run(".")

    p = d.add_paragraph("Dated ")  # a complex field: the code is not text, the result is
    for fragment in ('<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                     '<w:r {W}><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>',
                     '<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                     '<w:r {W}><w:t>22 November 2026</w:t></w:r>',
                     '<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        append(p, fragment.format(W=W))
    p.add_run("; a text box follows")
    append(p, f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
              '<w:t>Boxed: 99 people</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p.add_run(".")

    p = d.add_paragraph("Tabs\tand breaks")  # python-docx writes w:tab and w:br
    p.add_run().add_break()
    p.add_run("second line")

    d.add_paragraph("First point: turnout was 7 percent.", style="List Number")
    d.add_paragraph("Second point: 40 delegates.", style="List Number")

    p = d.add_paragraph("Chart: ")
    p.add_run().add_picture(str(_png_file(path.parent)), width=Pt(20))
    p.add_run(" turnout by region.")

    p = d.add_paragraph("Attendance was ")  # an existing comment
    existing = p.add_run("300 people")
    p.add_run(".")
    old = d.add_comment([existing], text="Check the count", author="Editor", initials="ED")
    old._comment_elm.set(qn("w:date"), "2026-01-02T00:00:00Z")

    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).paragraphs[0].text = "Merged A"
    table.cell(0, 2).paragraphs[0].text = "C: 18 hours"
    table.cell(1, 0).paragraphs[0].text = "D"
    table.cell(1, 1).paragraphs[0].text = "E"
    table.cell(1, 2).merge(table.cell(2, 2)).paragraphs[0].text = "Tall F"
    cell = table.cell(2, 0)
    cell.paragraphs[0].text = "G before nested"
    nested = cell.add_table(rows=1, cols=2)
    nested.cell(0, 0).paragraphs[0].text = "N1"
    nested.cell(0, 1).paragraphs[0].text = "N2"
    cell.add_paragraph("G after nested")
    table.cell(2, 1).paragraphs[0].text = "H"
    d.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].text = "Second table"
    d.add_paragraph("Closing line after the tables.")
    d.save(path)
    return path


def _png_file(folder: Path) -> Path:
    png = folder / "tiny.png"
    png.write_bytes(tiny_png())
    return png


@pytest.fixture
def memo(tmp_path: Path) -> Path:
    return build_memo(tmp_path / "memo.docx")


def map_with(maps, needle: str):
    hits = [m for m in maps if needle in m.text]
    assert hits, f"test bug: {needle!r} in no paragraph"
    return hits[0]


def run_text(r) -> str:
    return "".join(element_text(c) for c in r)


def load_score():
    if not SCORE.exists():
        pytest.skip(f"{SCORE} not present")
    spec = importlib.util.spec_from_file_location("score_tool", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ----------------------------------------------------------------------------- text maps

def test_map_equals_python_docx_text_where_it_sees_everything(memo):
    maps = paragraph_maps(docx.Document(memo))
    plain = [m for m in maps if all(p.native for p in m.pieces)]
    assert len(plain) >= 12
    for m in plain:
        assert m.text == m.paragraph.text
    for m in maps:  # native_text is python-docx's text for every paragraph
        assert m.native_text == m.paragraph.text


def test_map_includes_wrapped_text_and_excludes_deleted_codes_and_text_boxes(memo):
    maps = paragraph_maps(docx.Document(memo))
    texts = [m.text for m in maps]
    assert "The call lasted 45 minutes, officials said." in texts
    assert "See the wire report of 3 June for details." in texts
    assert "Talks began on Monday in Geneva." in texts
    assert "The delegation had ten members." in texts
    assert "Budget: $3 million for Geneva, page 7." in texts
    assert "Dated 22 November 2026; a text box follows." in texts
    assert "Tabs\tand breaks\nsecond line" in texts
    assert not any("twelve" in t or "DATE" in t or "Boxed" in t for t in texts)
    assert not any("HEADER" in t or "FOOTER" in t or "Check the count" in t for t in texts)
    budget = map_with(maps, "Budget")
    assert budget.native_text == "Budget:  for , page ."
    at = budget.text.index("$3 million")
    assert budget.native_span(at, at + 10) is None
    at = budget.text.index("page 7")
    assert budget.native_span(at, at + 6) == (budget.native_text.index("page"), budget.native_text.index("page") + 5)
    talks = map_with(maps, "Talks")
    at = talks.text.index("Geneva")
    span = talks.native_span(at, at + 6)
    assert talks.native_text[span[0]:span[1]] == "Geneva"


def test_offsets_are_exact(memo):
    for m in paragraph_maps(docx.Document(memo)):
        position = 0
        for piece in m.pieces:
            assert piece.start == position and piece.end > piece.start
            assert m.text[piece.start:piece.end] == element_text(piece.element)
            assert piece.element.getparent() is piece.run and piece.run.tag == qn("w:r")
            position = piece.end
        assert position == len(m.text)


def test_paragraph_order_matches_score_tool(memo):
    score = load_score()
    document = docx.Document(memo)
    ours = memo_paragraphs(document)
    theirs = score.memo_paragraphs(document)
    assert [p._p for p in ours] == [p._p for p in theirs]
    assert [m.native_text for m in paragraph_maps(document)] == [score.paragraph_text(p) for p in theirs]


def test_table_order_merged_cells_once_nested_tables_in_place(memo):
    maps = paragraph_maps(docx.Document(memo))
    body = len(docx.Document(memo).paragraphs)
    assert [m.index for m in maps] == list(range(len(maps)))
    assert [m.text for m in maps[body:]] == [
        "Merged A", "C: 18 hours", "D", "E", "Tall F",
        "G before nested", "N1", "N2", "", "G after nested", "H", "Second table"]  # "": python-docx
    # puts an empty paragraph after a nested table
    assert maps[body - 1].text == "Closing line after the tables."


# ----------------------------------------------------------------------------- isolate

def char_formats(m):
    out = []
    for piece in m.pieces:
        run = Run(piece.run, m.paragraph)
        fmt = (run.bold, run.italic, run.underline, run.font.size,
               run.font.color.rgb if run.font.color.type else None)
        out += [fmt] * (piece.end - piece.start)
    return out


def test_isolate_three_formatted_runs_keeps_every_character_and_format(memo):
    document = docx.Document(memo)
    m = map_with(paragraph_maps(document), "Costs rose")
    before_text, before_fmt = m.text, char_formats(m)
    start, end = m.text.index("$4.2 billion"), m.text.index("$4.2 billion") + len("$4.2 billion")
    runs = isolate(m, start, end)
    assert len(runs) == 3
    assert "".join(run_text(r) for r in runs) == "$4.2 billion"
    assert m.text == before_text == m.paragraph.text
    assert char_formats(m) == before_fmt
    fresh = build_map(m.paragraph, m.index)
    assert fresh.text == before_text and char_formats(fresh) == before_fmt
    assert [p.run for p in fresh.pieces_in(start, end)][0] is runs[0]
    assert len({id(r.getparent()) for r in runs}) == 1
    # isolating again is a no-op on the XML
    xml_before = m.paragraph._p.xml
    assert isolate(m, start, end) == runs and m.paragraph._p.xml == xml_before


def test_every_span_of_every_paragraph_isolates_and_replaces_exactly(memo):
    """Exhaustive over span starts (three lengths each), on copies of each paragraph."""
    counter = iter(range(10_000, 100_000)).__next__
    for m in paragraph_maps(docx.Document(memo)):
        n = len(m.text)
        for start in range(n):
            for end in sorted({start + 1, min(n, start + 7), n}):
                p = Paragraph(deepcopy(m.paragraph._p), None)
                copy = build_map(p, m.index)
                runs = isolate(copy, start, end)
                assert "".join(run_text(r) for r in runs) == m.text[start:end], (m.text, start, end)
                assert build_map(p, m.index).text == m.text
                before = revised_text(p._p, "reject")
                change = tracked_replace(None, runs, "X", "claimtrack", CLOCK, counter)
                if change is None:
                    assert any(r.getparent().tag == qn("w:ins") for r in runs)
                    continue
                assert revised_text(p._p, "accept") == m.text[:start] + "X" + m.text[end:]
                assert revised_text(p._p, "reject") == before


def test_isolate_keeps_runs_inside_their_wrappers(memo):
    document = docx.Document(memo)
    maps = paragraph_maps(document)
    cases = [("See", "wire report", qn("w:hyperlink")), ("Talks", "Monday", qn("w:ins")),
             ("Budget", "3 mill", qn("w:sdtContent")), ("Budget", "Gen", qn("w:smartTag")),
             ("Budget", "7", qn("w:fldSimple"))]
    for key, needle, parent in cases:
        m = map_with(maps, key)
        before = m.text
        at = m.text.index(needle)
        runs = isolate(m, at, at + len(needle))
        assert [r.getparent().tag for r in runs] == [parent], needle
        assert "".join(run_text(r) for r in runs) == needle
        assert build_map(m.paragraph, m.index).text == before


def test_split_text_keeps_spaces_after_a_save(memo, tmp_path):
    document = docx.Document(memo)
    m = map_with(paragraph_maps(document), "The call lasted")
    runs = isolate(m, m.text.index("call"), m.text.index("call") + 4)  # "The " | "call" | " lasted "
    assert run_text(runs[0]) == "call"
    document.save(tmp_path / "out.docx")
    again = map_with(paragraph_maps(docx.Document(tmp_path / "out.docx")), "The call")
    assert again.text == "The call lasted 45 minutes, officials said."


def test_isolate_leaves_zero_width_content_outside(tmp_path):
    document = docx.Document()
    p = document.add_paragraph()
    r = p.add_run("ab")
    r._r.append(parse_xml(f"<w:lastRenderedPageBreak {W}/>"))
    r._r.append(parse_xml(f'<w:t {W}>cd</w:t>'))
    m = build_map(p, 0)
    runs = isolate(m, 2, 4)
    assert run_text(runs[0]) == "cd"
    assert runs[0].find(qn("w:lastRenderedPageBreak")) is None


def test_isolate_rejects_bad_spans_and_stale_maps(memo):
    document = docx.Document(memo)
    m = map_with(paragraph_maps(document), "The call lasted")
    with pytest.raises(ValueError):
        isolate(m, 5, 5)
    with pytest.raises(ValueError):
        isolate(m, 0, len(m.text) + 1)
    stale = build_map(m.paragraph, m.index)
    at = m.text.index("The")
    tracked_replace(document, isolate(m, at, at + 3), "A", "claimtrack", CLOCK)
    with pytest.raises(StaleMapError):
        isolate(stale, stale.text.index("45"), stale.text.index("45") + 2)


def test_several_edits_on_one_paragraph_right_to_left(memo):
    document = docx.Document(memo)
    m = map_with(paragraph_maps(document), "Costs rose")
    original = m.text
    ids = IdAllocator(document)
    spans = [(original.index("12%"), original.index("12%") + 3, "15%"),
             (original.index("2023"), original.index("2023") + 4, None),
             (original.index("$4.2 billion"), original.index("$4.2 billion") + 12, "$4.5 billion")]
    for start, end, fix in sorted(spans, reverse=True):
        runs = isolate(m, start, end)
        assert "".join(run_text(r) for r in runs) == original[start:end]
        if fix:
            tracked_replace(document, runs, fix, "claimtrack", CLOCK, ids)
        else:
            add_comment(document, runs, "Which year?", date=CLOCK, ids=ids)
    index = m.index
    assert accept_all(document)[index] == "Costs rose to $4.5 billion in 2023, up 15%."
    assert reject_all(document)[index] == original


# ----------------------------------------------------------------------------- highlight

RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
             "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]


def test_highlight_goes_in_schema_order_and_names_resolve(memo):
    document = docx.Document(memo)
    m = map_with(paragraph_maps(document), "Costs rose")
    at = m.text.index("$4.2 billion")
    runs = isolate(m, at, at + 12)
    runs[-1].get_or_add_rPr().append(parse_xml(f'<w:vertAlign {W} w:val="superscript"/>'))
    highlight(runs, "turquoise")
    for r in runs:
        tags = [c.tag.split("}")[1] for c in r.find(qn("w:rPr"))]
        assert "highlight" in tags
        assert tags == sorted(tags, key=RPR_ORDER.index)
        assert r.find(qn("w:rPr")).find(qn("w:highlight")).get(qn("w:val")) == "cyan"
    highlight(runs[:1], "gray25")
    assert Run(runs[0], m.paragraph).font.highlight_color == WD_COLOR_INDEX.GRAY_25
    highlight(runs[:1], None)
    assert runs[0].find(qn("w:rPr")).find(qn("w:highlight")) is None
    assert highlight_color("green") == WD_COLOR_INDEX.BRIGHT_GREEN
    assert highlight_color("lightGray") == WD_COLOR_INDEX.GRAY_25
    assert highlight_color("red") == WD_COLOR_INDEX.RED
    assert highlight_color("yellow") == WD_COLOR_INDEX.YELLOW
    with pytest.raises(ValueError):
        highlight_color("chartreuse")


# ----------------------------------------------------------------------------- comments

def comment_markup_complete(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode()
        comments = z.read("word/comments.xml").decode()
    ids = set()
    for cid in parse_xml(comments.encode()).xpath("//w:comment/@w:id"):
        assert f'<w:commentRangeStart w:id="{cid}"/>' in body
        assert f'<w:commentRangeEnd w:id="{cid}"/>' in body
        assert f'<w:commentReference w:id="{cid}"/>' in body
        ids.add(cid)
    return ids


def test_comment_on_a_figure_split_across_runs(memo, tmp_path):
    document = docx.Document(memo)
    m = map_with(paragraph_maps(document), "The call lasted")
    at = m.text.index("45 minutes")
    runs = isolate(m, at, at + 10)
    assert len(runs) == 2
    cid = add_comment(document, runs, "Two sources say 35 minutes.", date=CLOCK)
    out = tmp_path / "annotated.docx"
    save_deterministic(document, out, original=memo)
    with docx2python(out) as extracted:
        comments = extracted.comments
    assert ("45 minutes", "claimtrack", STAMP, "Two sources say 35 minutes.") in comments
    assert ("300 people", "Editor", "2026-01-02T00:00:00Z", "Check the count") in comments
    assert comment_markup_complete(out) == {"0", str(cid)}
    reread = docx.Document(out)
    assert [c.text for c in reread.comments] == ["Check the count", "Two sources say 35 minutes."]
    assert reread.comments.get(cid).initials == "CT"
    assert map_with(paragraph_maps(reread), "The call").text == "The call lasted 45 minutes, officials said."


def test_comment_ids_come_from_existing_ids_and_styles_are_added(memo):
    document = docx.Document(memo)
    styles = document.styles.element
    assert not styles.xpath('w:style[@w:styleId="CommentText" or @w:styleId="CommentReference"]')
    m = map_with(paragraph_maps(document), "See")
    at = m.text.index("wire")
    first = add_comment(document, isolate(m, at, at + 4), "a", date=CLOCK)
    second = add_comment(document, isolate(m, 0, 3), "b")
    assert (first, second) == (92, 93)  # existing: comment 0, w:ins 90, w:del 91
    assert len(styles.xpath('w:style[@w:styleId="CommentText"][@w:type="paragraph"]')) == 1
    assert len(styles.xpath('w:style[@w:styleId="CommentReference"][@w:type="character"]')) == 1
    assert document.comments.get(second)._comment_elm.get(qn("w:date")) is None
    assert document.comments.get(first)._comment_elm.get(qn("w:date")) == STAMP


def test_comment_markers_climb_out_of_wrappers_they_span_whole(memo):
    document = docx.Document(memo)
    maps = paragraph_maps(document)
    see = map_with(maps, "See")
    at = see.text.index("the wire report of 3 June")
    add_comment(document, isolate(see, at, at + 25), "whole link", date=CLOCK)
    at = see.text.index("3 June")
    add_comment(document, isolate(see, at, at + 6), "part of the link", date=CLOCK)
    budget = map_with(maps, "Budget")
    at = budget.text.index("$3 million")
    add_comment(document, isolate(budget, at, at + 10), "whole control", date=CLOCK)
    p = see.paragraph._p
    whole, part = p.xpath("./w:commentRangeStart/@w:id"), p.xpath("./w:hyperlink/w:commentRangeStart/@w:id")
    assert len(whole) == len(part) == 1
    assert p.xpath(f"./w:commentRangeEnd[@w:id={whole[0]}]")
    assert p.xpath(f"./w:commentRangeEnd[@w:id={part[0]}]")  # "3 June" ends the link: its end climbs out
    assert len(budget.paragraph._p.xpath("./w:commentRangeStart | ./w:commentRangeEnd")) == 2
    assert see.paragraph.text == "See the wire report of 3 June for details."
    assert build_map(see.paragraph, see.index).text == see.text


def test_comment_uses_localised_comment_styles(tmp_path):
    document = docx.Document()
    document.styles.element.append(parse_xml(
        f'<w:style {W} w:type="paragraph" w:styleId="Kommentartext"><w:name w:val="annotation text"/></w:style>'))
    p = document.add_paragraph("Eine Zahl: 45.")
    m = build_map(p, 0)
    cid = add_comment(document, isolate(m, 11, 13), "Quelle?", date=CLOCK)
    body = document.comments.get(cid)._comment_elm
    assert body.xpath(".//w:pStyle/@w:val") == ["Kommentartext"]
    assert not document.styles.element.xpath('w:style[@w:styleId="CommentText"]')


# ----------------------------------------------------------------------------- tracked changes

def test_tracked_replace_accepts_to_the_correction_and_rejects_to_the_original(memo, tmp_path):
    document = docx.Document(memo)
    before_reject, before_accept = reject_all(document), accept_all(document)
    m = map_with(paragraph_maps(document), "The call lasted")
    at = m.text.index("45 minutes")
    ids = IdAllocator(document)
    runs = isolate(m, at, at + 10)
    highlight(runs, "red")
    deletion, insertion = tracked_replace(document, runs, "35 minutes", "claimtrack", CLOCK, ids)
    cid = add_comment(document, [deletion, insertion], "Sources: 35 minutes.", date=CLOCK, ids=ids)
    assert [r.getparent() for r in runs] == [deletion, deletion]
    assert deletion.getnext() is insertion
    assert insertion[0].find(qn("w:rPr")).find(qn("w:b")) is not None  # the first run's formatting
    out = tmp_path / "fixed.docx"
    save_deterministic(document, out, original=memo)
    reread = docx.Document(out)
    body = reread.element.body
    for change in body.xpath(".//w:ins | .//w:del"):
        assert change.get(qn("w:author")) and change.get(qn("w:date"))
    ours = body.xpath('.//w:ins[@w:author="claimtrack"] | .//w:del[@w:author="claimtrack"]')
    assert len(ours) == 2 and {c.get(qn("w:date")) for c in ours} == {STAMP}
    all_ids = body.xpath(".//w:ins/@w:id | .//w:del/@w:id") + [str(c.comment_id) for c in reread.comments]
    assert len(all_ids) == len(set(all_ids))
    assert str(cid) in all_ids
    index = m.index
    assert reject_all(reread) == before_reject
    expected = list(before_accept)
    expected[index] = "The call lasted 35 minutes, officials said."
    assert accept_all(reread) == expected
    with zipfile.ZipFile(out) as z:
        assert accept_all(z.read("word/document.xml")) == expected
        assert reject_all(z.read("word/document.xml").decode()) == before_reject
    assert accept_all(out) == expected
    # the comment covers the whole change and its reference run lies outside both wrappers
    p = reread.element.body.xpath(f'.//w:p[.//w:commentRangeStart[@w:id="{cid}"]]')[0]
    kids = [c.tag.split("}")[1] for c in p]
    assert kids[kids.index("commentRangeStart"):kids.index("commentRangeEnd") + 1] == [
        "commentRangeStart", "del", "ins", "commentRangeEnd"]


def test_tracked_replace_refuses_existing_revisions_and_handles_mixed_parents(memo):
    document = docx.Document(memo)
    maps = paragraph_maps(document)
    talks = map_with(maps, "Talks")
    at = talks.text.index("Monday")
    assert tracked_replace(document, isolate(talks, at, at + 6), "Tuesday", "claimtrack", CLOCK) is None
    see = map_with(maps, "See")
    at = see.text.index("See the wire")
    runs = isolate(see, at, at + len("See the wire"))
    deletion, insertion = tracked_replace(document, runs, "Read the", "claimtrack", CLOCK)
    assert deletion.getparent().tag == qn("w:p")
    assert insertion.getparent().tag == qn("w:hyperlink")  # after the last w:del, inside the link
    assert accept_all(document)[see.index] == "Read the report of 3 June for details."
    assert reject_all(document)[see.index] == "See the wire report of 3 June for details."
    ids = [int(i) for i in document.element.body.xpath(".//w:del/@w:id | .//w:ins/@w:id")]
    assert len(ids) == len(set(ids))


def test_pure_deletion_and_special_characters(tmp_path):
    document = docx.Document()
    p = document.add_paragraph("Keep this, drop that.")
    m = build_map(p, 0)
    at = m.text.index(" drop that")
    deletion, insertion = tracked_replace(document, isolate(m, at, at + 10), "", "claimtrack", CLOCK)
    assert insertion is None and deletion.find(f".//{qn('w:delText')}").get(
        "{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert accept_all(document) == ["Keep this,."]
    m = build_map(p, 0)
    deletion, insertion = tracked_replace(document, isolate(m, 0, 4), "Hold\tfast", "x", "2026-11-22")
    assert accept_all(document) == ["Hold\tfast this,."]
    assert insertion.get(qn("w:date")) == STAMP


# ----------------------------------------------------------------------------- saving

def annotate(source: Path, target: Path) -> None:
    """What the lead's annotator does, in miniature."""
    document = docx.Document(source)
    ids = IdAllocator(document)
    maps = paragraph_maps(document)
    m = map_with(maps, "The call lasted")
    at = m.text.index("45 minutes")
    runs = isolate(m, at, at + 10)
    highlight(runs, "red")
    deletion, insertion = tracked_replace(document, runs, "35 minutes", "claimtrack", CLOCK, ids)
    add_comment(document, [deletion, insertion], "Contradicted: 35 minutes.", date=CLOCK, ids=ids)
    for key, needle, colour in (("Costs", "$4.2 billion", "yellow"), ("Budget", "$3 million", "green"),
                                ("Merged", "Merged A", "lightGray"),
                                ("See", "the wire report of 3 June", "turquoise")):
        m = map_with(maps, key)
        at = m.text.index(needle)
        runs = isolate(m, at, at + len(needle))
        highlight(runs, colour)
        add_comment(document, runs, f"Checked: {needle}", date=CLOCK, ids=ids)
    save_deterministic(document, target, original=source)


def test_annotating_twice_gives_identical_bytes(memo, tmp_path):
    annotate(memo, tmp_path / "a.docx")
    annotate(memo, tmp_path / "b.docx")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.docx") as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert z.testzip() is None
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def word_like(source: Path, target: Path) -> Path:
    """Re-write every XML part the way Word does (double-quoted declaration, CRLF) so python-docx's
    re-serialisation differs byte-wise from the original."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if data.startswith(b"<?xml"):
                data = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                        + data.split(b"?>", 1)[1].lstrip())
            new.writestr(info, data)
    return target


ALLOWED_TO_CHANGE = {"word/document.xml", "word/styles.xml", "[Content_Types].xml",
                     "word/_rels/document.xml.rels"}


@pytest.mark.parametrize("word_made", [False, True])
def test_nothing_is_lost(memo, tmp_path, word_made):
    source = word_like(memo, tmp_path / "word.docx") if word_made else memo
    out = tmp_path / "annotated.docx"
    annotate(source, out)
    with zipfile.ZipFile(source) as a, zipfile.ZipFile(out) as b:
        old = {n: a.read(n) for n in a.namelist()}
        new = {n: b.read(n) for n in b.namelist()}
    assert set(old) <= set(new)
    assert set(new) - set(old) <= {"word/comments.xml"}
    changed = {n for n in old if old[n] != new[n]}
    assert changed <= ALLOWED_TO_CHANGE | {"word/comments.xml"}
    for part in ("word/header1.xml", "word/footer1.xml", "word/numbering.xml", "word/media/image1.png",
                 "docProps/core.xml", "word/settings.xml"):
        assert part in old and old[part] == new[part], part
    assert reject_all(new["word/document.xml"]) == reject_all(old["word/document.xml"])
    assert [r for r in accept_all(new["word/document.xml"]) if "call" in r] == [
        "The call lasted 35 minutes, officials said."]
    with docx2python(out) as extracted:
        anchored = {c[0] for c in extracted.comments}
    assert {"300 people", "$4.2 billion", "$3 million", "Merged A"} <= anchored
    assert '<a href="https://example.org/report">the wire report of 3 June</a>' in anchored
    assert docx.Document(out).inline_shapes[0].width == Pt(20)


def test_save_is_atomic_and_replaces(tmp_path):
    document = docx.Document()
    document.add_paragraph("one")
    target = tmp_path / "memo.docx"
    target.write_bytes(b"old")
    save_deterministic(document, target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir()] == ["memo.docx"]
