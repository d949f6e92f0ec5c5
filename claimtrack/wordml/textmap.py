"""Character-exact maps from a memo paragraph's text to the WordprocessingML that holds it.

A claim is found in plain text but must be annotated in XML, so every character of the text we
check has to point back at the element (w:t, w:tab, ...) and run (w:r) it came from.  The map's
text is the text a reader sees with all tracked changes accepted: the paragraph's own runs plus
those inside hyperlinks, tracked insertions, content controls, smart tags, simple fields and custom
XML, never deleted text, field codes, or the paragraphs of text boxes (those are paragraphs of
their own).  Pieces also record whether python-docx's ``Paragraph.text`` (the report's coordinate
system, see score.py) sees them, so offsets can be translated (``ParagraphMap.native_span``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

W_P, W_R = qn("w:p"), qn("w:r")
W_HYPERLINK = qn("w:hyperlink")
#: Wrappers whose runs a reader does not see once the changes are accepted.
DELETED = frozenset({qn("w:del"), qn("w:moveFrom")})
#: Wrappers whose runs a reader does not see once the changes are rejected.
INSERTED = frozenset({qn("w:ins"), qn("w:moveTo")})

_TAB_LIKE = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_W_T, _W_DELTEXT, _W_BR, _W_TYPE = qn("w:t"), qn("w:delText"), qn("w:br"), qn("w:type")


@dataclass
class Piece:
    """Characters ``text[start:end]`` come from ``element`` (w:t, w:tab, w:br, ...) in ``run``.

    ``native`` is True when python-docx's ``Paragraph.text`` includes them (a run directly in the
    paragraph or in a hyperlink), False for runs inside w:ins, w:sdt, w:smartTag, w:fldSimple, ...
    """

    start: int
    end: int
    element: etree._Element
    run: etree._Element
    native: bool = True


@dataclass
class ParagraphMap:
    """The text of one memo paragraph and the pieces of XML it is made of, in document order."""

    index: int
    paragraph: Paragraph
    text: str
    pieces: list[Piece] = field(default_factory=list)

    @property
    def native_text(self) -> str:
        """The paragraph's text as python-docx (and score.py) sees it."""
        return "".join(self.text[p.start:p.end] for p in self.pieces if p.native)

    def native_span(self, start: int, end: int) -> tuple[int, int] | None:
        """[start, end) of this map translated into ``native_text`` offsets.

        The result covers the native characters inside the span; None when it has none (a claim
        entirely inside a content control or a tracked insertion has no place in python-docx's text).
        """
        offset, lo, hi = 0, None, None
        for p in self.pieces:
            if p.native:
                a, b = max(start, p.start), min(end, p.end)
                if a < b:
                    lo = offset + a - p.start if lo is None else lo
                    hi = offset + b - p.start
                offset += p.end - p.start
        return None if lo is None else (lo, hi)

    def pieces_in(self, start: int, end: int) -> list[Piece]:
        """Pieces overlapping [start, end), in order."""
        return [p for p in self.pieces if p.start < end and start < p.end]


def element_text(element: etree._Element, deleted: bool = False) -> str:
    """The characters one run child stands for (as python-docx's Run.text maps them).

    With ``deleted`` the w:delText of tracked deletions counts as text too (rejecting changes).
    """
    tag = element.tag
    if tag == _W_T or (deleted and tag == _W_DELTEXT):
        return element.text or ""
    if tag == _W_BR:
        return "\n" if element.get(_W_TYPE, "textWrapping") == "textWrapping" else ""
    return _TAB_LIKE.get(tag, "")


def paragraph_runs(p: etree._Element, mode: str = "accept") -> Iterator[tuple[etree._Element, bool]]:
    """Yield (w:r, native) for the runs of paragraph element ``p`` that show in ``mode``.

    ``mode`` is "accept" (deleted runs hidden) or "reject" (inserted runs hidden). Runs of nested
    paragraphs (text boxes) are skipped; ``native`` tells whether python-docx's Paragraph.text sees
    the run.
    """
    hidden = DELETED if mode == "accept" else INSERTED
    for r in p.iter(W_R):
        chain = []
        node = r.getparent()
        while node is not None and node is not p and node.tag != W_P:
            chain.append(node.tag)
            node = node.getparent()
        if node is not p or hidden.intersection(chain):
            continue
        yield r, (not chain or chain == [W_HYPERLINK])


def build_map(paragraph: Paragraph, index: int) -> ParagraphMap:
    """The map of one paragraph: its accepted-changes text and the pieces that make it."""
    pieces, parts, pos = [], [], 0
    for r, native in paragraph_runs(paragraph._p):
        for child in r:
            s = element_text(child)
            if s:
                pieces.append(Piece(pos, pos + len(s), child, r, native))
                parts.append(s)
                pos += len(s)
    return ParagraphMap(index, paragraph, "".join(parts), pieces)


def _cell_paragraphs(cell) -> list[Paragraph]:
    """A cell's paragraphs in document order, descending into nested tables where they stand."""
    out: list[Paragraph] = []
    for child in cell._tc.iterchildren():
        if child.tag == W_P:
            out.append(Paragraph(child, cell))
        elif child.tag == qn("w:tbl"):
            out.extend(_table_paragraphs(Table(child, cell)))
    return out


def _table_paragraphs(table: Table) -> list[Paragraph]:
    """Rows top to bottom, cells left to right, each merged w:tc once."""
    out: list[Paragraph] = []
    seen: set[etree._Element] = set()  # holding the proxies keeps lxml identity stable
    for row in table.rows:
        for cell in row.cells:
            if cell._tc not in seen:
                seen.add(cell._tc)
                out.extend(_cell_paragraphs(cell))
    return out


def table_row(paragraph: Paragraph) -> etree._Element | None:
    """The ``w:tr`` element a paragraph sits in, or None outside tables."""
    return next(paragraph._p.iterancestors(qn("w:tr")), None)


def memo_paragraphs(document) -> list[Paragraph]:
    """The memo's paragraphs in report order (score.py's): body paragraphs, then table cells.

    Paragraphs of block-level content controls, headers, footers, comments and text boxes are not
    memo paragraphs (python-docx's Document.paragraphs does not list them either).
    """
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs.extend(_table_paragraphs(table))
    return paragraphs


def paragraph_maps(document) -> list[ParagraphMap]:
    """``build_map`` of every memo paragraph, indexed in report order."""
    return [build_map(p, i) for i, p in enumerate(memo_paragraphs(document))]


def revised_text(p: etree._Element, mode: str) -> str:
    """Plain text of paragraph element ``p`` with every tracked change accepted or rejected."""
    deleted = mode == "reject"
    return "".join(element_text(c, deleted) for r, _ in paragraph_runs(p, mode) for c in r)
