"""Word .docx articles: the body's paragraphs and tables in document order, one paragraph a line.

python-docx is used to open the package and read its properties, but the body is walked here
directly so that nothing is skipped or duplicated: hyperlinks, content controls and tracked
insertions are text; deleted text, text boxes and vertically merged cell continuations are not.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import docx
from docx.document import Document as DocxDocument
from lxml import etree

from claimtrack.errors import LoadError
from claimtrack.model import Source
from claimtrack.sources.encoding import normalise_newlines
from claimtrack.sources.safety import one_line, open_docx_archive

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# runs under deletions, moves-away and text boxes are not part of the paragraph's visible text
_VISIBLE_RUNS = etree.XPath(
    ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]",
    namespaces={"w": _W[1:-1]},
)
_RUN_TEXT = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
# python-docx's own template says it was created then, by "python-docx": not facts about the article
_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.timezone.utc)
_TEMPLATE_AUTHOR = "python-docx"


def load_docx(data: bytes, *, path: str, source_id: str) -> Source:
    """A .docx file as a Source, after the archive has passed the safety checks."""
    open_docx_archive(data, path).close()
    try:
        document = docx.Document(io.BytesIO(data))
        text = normalise_newlines("\n".join(_block_lines(document.element.body)))
        props = document.core_properties
        title = (props.title or "").strip() or _heading_title(document)
        author = (props.author or "").strip() or None
        created = props.created
    except LoadError:
        raise
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml errors... on broken parts
        raise LoadError(path, f"cannot read .docx ({one_line(e)})") from None
    if not text.strip():
        raise LoadError(path, "empty document (no text in the .docx body)")
    published = None
    if created is not None and created != _TEMPLATE_CREATED:
        published = created.date()
    return Source(
        id=source_id,
        path=path,
        text=text,
        format="docx",
        title=title,
        author=None if author == _TEMPLATE_AUTHOR else author,
        published=published,
        published_from="docx" if published else None,
    )


def _block_lines(container: etree._Element, *, in_table: bool = False) -> Iterator[str]:
    """Lines for the paragraphs and tables directly inside a body, cell or content control."""
    for child in container:
        tag = child.tag
        if tag == _W + "p":
            line = paragraph_text(child)
            if line.strip() or not in_table:
                yield line
        elif tag == _W + "tbl":
            yield from _table_lines(child)
        elif tag in (_W + "sdt", _W + "customXml", _W + "sdtContent"):
            yield from _block_lines(child, in_table=in_table)


def _table_lines(table: etree._Element) -> Iterator[str]:
    """Cells row by row; a merged cell is read once (gridSpan is one w:tc, vMerge continues are skipped)."""
    for row in table.iter(_W + "tr"):
        if _nearest_table(row) is not table:
            continue  # a row of a nested table: read with its cell
        for cell in row.iter(_W + "tc"):
            if _nearest_row(cell) is not row:
                continue
            merge = cell.find(f"{_W}tcPr/{_W}vMerge")
            if merge is not None and merge.get(_W + "val", "continue") == "continue":
                continue
            yield from _block_lines(cell, in_table=True)


def _nearest_table(el: etree._Element) -> etree._Element | None:
    return next(el.iterancestors(_W + "tbl"), None)


def _nearest_row(el: etree._Element) -> etree._Element | None:
    return next(el.iterancestors(_W + "tr"), None)


def paragraph_text(p: etree._Element) -> str:
    """A paragraph's visible text, including hyperlinks, fields and tracked insertions."""
    parts: list[str] = []
    for run in _VISIBLE_RUNS(p):
        for el in run:
            if el.tag == _W + "t":
                parts.append(el.text or "")
            else:
                parts.append(_RUN_TEXT.get(el.tag, ""))
    return "".join(parts)


def _heading_title(document: DocxDocument) -> str | None:
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name and (name.startswith("Heading") or name == "Title"):
            text = " ".join(paragraph.text.split())
            if text:
                return text
    return None
