"""Edits that annotate a memo in place: split runs, highlight, comment, track a replacement.

Word anchors comments, highlights and revisions on whole runs, while a claim is a span of
characters that may start mid-run or spread over several runs, so ``isolate`` first splits runs at
the claim's edges.  Everything here is deterministic (ids are max-used + 1, dates and authors come
from the caller) so annotating the same memo twice gives the same bytes.

Contract for several edits on one paragraph: ``isolate`` re-reads the paragraph's XML each time
and refreshes the map it is given (its text is unchanged: splitting runs, highlighting and
commenting never change the text).  ``tracked_replace`` does change the map's (accepted-changes)
text after the replaced span, so apply the edits of one paragraph from right to left (highest
``start`` first), or rebuild the map with ``build_map`` after a replacement.  ``isolate`` raises
``StaleMapError`` when the map's text up to ``end`` no longer matches the XML.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import zipfile
from collections.abc import Sequence
from copy import deepcopy
from pathlib import Path

from docx.enum.text import WD_COLOR_INDEX
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from lxml import etree

from .textmap import DELETED, INSERTED, W_P, ParagraphMap, build_map, memo_paragraphs, revised_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REVISIONS = DELETED | INSERTED
_ALL_IDS = etree.XPath("//@w:id", namespaces={"w": W_NS})
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class StaleMapError(ValueError):
    """The ParagraphMap no longer describes its paragraph's XML at the requested offsets."""


# ----------------------------------------------------------------------------- splitting runs

def isolate(pmap: ParagraphMap, start: int, end: int) -> list[etree._Element]:
    """Split runs so that characters [start, end) are exactly whole w:r elements; return them.

    Each half of a split run keeps a copy of its w:rPr and stays in the original parent (hyperlink,
    w:ins, content control, ...).  Zero-width run content at an edge (a drawing, a page break) is
    left outside the span.  ``pmap`` is refreshed in place (its text does not change).
    """
    if not 0 <= start < end <= len(pmap.text):
        raise ValueError(f"bad span [{start}, {end}) for a paragraph of {len(pmap.text)} characters")
    fresh = build_map(pmap.paragraph, pmap.index)
    if fresh.text[:end] != pmap.text[:end]:
        raise StaleMapError(f"paragraph {pmap.index} changed before offset {end}: rebuild its map")
    _split_edge(fresh, end, leading=False)
    fresh = build_map(pmap.paragraph, pmap.index)
    _split_edge(fresh, start, leading=True)
    fresh = build_map(pmap.paragraph, pmap.index)
    pmap.text, pmap.pieces = fresh.text, fresh.pieces
    runs: list[etree._Element] = []
    for piece in fresh.pieces_in(start, end):
        if not runs or runs[-1] is not piece.run:
            runs.append(piece.run)
    return runs


def _split_edge(pmap: ParagraphMap, offset: int, leading: bool) -> None:
    """Make ``offset`` a run boundary; ``leading`` marks a span's start (else its end)."""
    inside = [p for p in pmap.pieces if p.start < offset < p.end]
    if inside:  # only w:t holds more than one character
        piece = inside[0]
        right = _split_t(piece.element, offset - piece.start)
        edge = right if leading else piece.element
    else:
        at = [p for p in pmap.pieces if (p.start if leading else p.end) == offset]
        if not at:
            return
        edge = at[0 if leading else -1].element
    run = edge.getparent()
    if leading:
        if any(c.tag != qn("w:rPr") for c in edge.itersiblings(preceding=True)):
            _split_run(run, edge)
    else:
        following = edge.getnext()
        if following is not None:
            _split_run(run, following)


def _set_text(t: etree._Element, text: str) -> None:
    t.text = text
    if text != text.strip():
        t.set(_XML_SPACE, "preserve")
    else:
        t.attrib.pop(_XML_SPACE, None)


def _split_t(t: etree._Element, at: int) -> etree._Element:
    """Split a w:t after ``at`` characters; return the new right-hand w:t."""
    text = t.text or ""
    right = OxmlElement("w:t")
    _set_text(right, text[at:])
    _set_text(t, text[:at])
    t.addnext(right)
    return right


def _split_run(run: etree._Element, first_right: etree._Element) -> etree._Element:
    """Move ``first_right`` and the children after it into a new run placed right after ``run``."""
    new = OxmlElement("w:r")
    for name, value in run.attrib.items():
        new.set(name, value)
    rpr = run.find(qn("w:rPr"))
    if rpr is not None:
        new.append(deepcopy(rpr))
    moving = [first_right, *first_right.itersiblings()]
    for child in moving:
        new.append(child)
    run.addnext(new)
    return new


# ----------------------------------------------------------------------------- formatting

_HIGHLIGHT_XML = {m.xml_value.lower(): m for m in WD_COLOR_INDEX if m.xml_value not in (None, "default")}
_HIGHLIGHT_NAMES = {m.name.lower().replace("_", ""): m for m in WD_COLOR_INDEX if m.xml_value}


def highlight_color(color: str | WD_COLOR_INDEX | None) -> WD_COLOR_INDEX | None:
    """Resolve a highlight colour: Word's XML value first ("green" is Word's bright green,
    "lightGray"), then a WD_COLOR_INDEX name ("turquoise", "gray25"); None or "none" clears."""
    if color is None or isinstance(color, WD_COLOR_INDEX):
        return color
    key = color.strip().lower().replace("_", "").replace(" ", "")
    if key == "none":
        return None
    found = _HIGHLIGHT_XML.get(key) or _HIGHLIGHT_NAMES.get(key)
    if found is None:
        raise ValueError(f"unknown highlight colour {color!r}")
    return found


def highlight(runs: Sequence, color: str | WD_COLOR_INDEX | None) -> None:
    """Set w:highlight on every run (python-docx places it in the schema order of w:rPr)."""
    value = highlight_color(color)
    for run in runs:
        _r(run).get_or_add_rPr().highlight_val = value


def _r(run) -> etree._Element:
    """Accept a python-docx Run or a w:r element."""
    return getattr(run, "_r", run)


# ----------------------------------------------------------------------------- ids and dates

class IdAllocator:
    """Hands out w:id values above every w:id already in the package (comments, w:ins, w:del,
    bookmarks, in the body, headers, footers, notes and comments part), so ids never clash and the
    same memo always gets the same ids.  Share one allocator across edits or let each edit scan;
    edits accept any callable returning a fresh int in its place."""

    def __init__(self, document) -> None:
        highest = -1
        for part in document.part.package.iter_parts():
            if isinstance(part, XmlPart):
                for value in _ALL_IDS(part.element):
                    if value.lstrip("-").isdigit():
                        highest = max(highest, int(value))
        self._next = highest + 1

    def __call__(self) -> int:
        value, self._next = self._next, self._next + 1
        return value


def iso_date(date: dt.datetime | dt.date | str) -> str:
    """The w:date form "2026-11-22T00:00:00Z" (naive datetimes are taken as UTC)."""
    if isinstance(date, str):
        date = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
    if not isinstance(date, dt.datetime):
        date = dt.datetime(date.year, date.month, date.day)
    if date.tzinfo is not None:
        date = date.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return date.strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------- comments

_COMMENT_STYLES = {  # styleId: (type, built-in name, font size in half-points)
    "CommentText": ("paragraph", "annotation text", 20),
    "CommentReference": ("character", "annotation reference", 16),
}


def ensure_comment_styles(document) -> dict[str, str]:
    """Add Word's comment styles to styles.xml when missing; return {standard id: id in use}.

    A memo from a localised Word may name them differently (styleId "Kommentartext" for
    "annotation text"), so an existing style is recognised by its built-in name too.
    """
    styles = document.styles.element
    found = {}
    for style_id, (kind, name, size) in _COMMENT_STYLES.items():
        hit = styles.xpath(f'w:style[@w:type="{kind}"][@w:styleId="{style_id}" or '
                           f'translate(w:name/@w:val, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
                           f'"abcdefghijklmnopqrstuvwxyz")="{name}"]/@w:styleId')
        if hit:
            found[style_id] = style_id if style_id in hit else hit[0]
            continue
        style = OxmlElement("w:style", attrs={qn("w:type"): kind, qn("w:styleId"): style_id})
        style.append(OxmlElement("w:name", attrs={qn("w:val"): name}))
        base = styles.xpath(f'w:style[@w:type="{kind}"][@w:default="1"]/@w:styleId')
        if base:
            style.append(OxmlElement("w:basedOn", attrs={qn("w:val"): base[0]}))
        style.append(OxmlElement("w:uiPriority", attrs={qn("w:val"): "99"}))
        style.append(OxmlElement("w:unhideWhenUsed"))
        rpr = OxmlElement("w:rPr")
        for tag in ("w:sz", "w:szCs"):
            rpr.append(OxmlElement(tag, attrs={qn("w:val"): str(size)}))
        style.append(rpr)
        styles.append(style)
        found[style_id] = style_id
    return found


def add_comment(document, runs: Sequence, text: str, author: str = "claimtrack", initials: str = "CT",
                date: dt.datetime | str | None = None, ids: IdAllocator | None = None) -> int:
    """Add a Word comment anchored on exactly ``runs`` (w:r elements, Runs, or the w:del/w:ins of
    a tracked change); return its id.

    commentRangeStart goes before the first element and commentRangeEnd after the last (outside a
    w:ins/w:del they begin or end), then a run with w:commentReference (after any revision wrapper,
    so that accepting or rejecting changes never drops it).  Without ``date`` the comment has no
    w:date, which keeps the output independent of the clock.
    """
    anchors = [_r(r) for r in runs]
    if not anchors:
        raise ValueError("a comment needs at least one run to anchor on")
    style_ids = ensure_comment_styles(document)
    comment_id = (ids or IdAllocator(document))()
    body = document.comments.add_comment(text=text, author=author, initials=initials)._comment_elm
    body.set(qn("w:id"), str(comment_id))
    if date is None:
        body.attrib.pop(qn("w:date"), None)
    else:
        body.set(qn("w:date"), iso_date(date))
    for tag in (qn("w:pStyle"), qn("w:rStyle")):
        for el in body.iter(tag):
            el.set(qn("w:val"), style_ids.get(el.get(qn("w:val")), el.get(qn("w:val"))))

    marker = {qn("w:id"): str(comment_id)}
    _hoist(anchors[0], leading=True).addprevious(OxmlElement("w:commentRangeStart", attrs=marker))
    end = OxmlElement("w:commentRangeEnd", attrs=marker)
    _hoist(anchors[-1], leading=False).addnext(end)
    ref = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:rStyle", attrs={qn("w:val"): style_ids["CommentReference"]}))
    ref.append(rpr)
    ref.append(OxmlElement("w:commentReference", attrs=marker))
    _outside_revisions(end).addnext(ref)
    return comment_id


#: Inline wrappers a comment marker may climb out of when the anchor begins or ends them.
_WRAPPERS = REVISIONS | {qn(t) for t in ("w:hyperlink", "w:smartTag", "w:customXml", "w:fldSimple",
                                         "w:sdtContent", "w:sdt")}
#: Property children that are not content: a marker may precede or follow them.
_PROPERTIES = {qn(t) for t in ("w:sdtPr", "w:sdtEndPr", "w:smartTagPr", "w:customXmlPr", "w:fldData")}


def _hoist(element: etree._Element, leading: bool) -> etree._Element:
    """Climb out of inline wrappers (tracked change, hyperlink, content control, ...) that
    ``element`` begins (leading) or ends, so markers sit where every consumer sees them: accepting
    or rejecting changes cannot drop them, and readers that do not descend into hyperlinks
    (docx2python) still find them."""
    while element.getparent() is not None and element.getparent().tag in _WRAPPERS:
        siblings = element.itersiblings(preceding=leading)
        if any(s.tag not in _PROPERTIES for s in siblings):
            break
        element = element.getparent()
    return element


def _outside_revisions(element: etree._Element) -> etree._Element:
    """The outermost w:ins/w:del/w:moveFrom/w:moveTo holding ``element`` (or itself)."""
    outer, node = element, element.getparent()
    while node is not None and node.tag != W_P:
        if node.tag in REVISIONS:
            outer = node
        node = node.getparent()
    return outer


# ----------------------------------------------------------------------------- tracked changes

def _in_revision(run: etree._Element) -> bool:
    return _outside_revisions(run) is not run


def tracked_replace(document, runs: Sequence, new_text: str, author: str,
                    date: dt.datetime | str, ids: IdAllocator | None = None):
    """Replace ``runs`` by ``new_text`` as a tracked change; return (w:del, w:ins) or None.

    The runs go into a w:del (their w:t become w:delText) followed by a w:ins holding one run
    with the first run's formatting and ``new_text``.  Runs that sit in different parents (part of
    the span in a hyperlink) get one w:del per stretch of sibling runs; the first is returned and
    the w:ins follows the last.  An empty ``new_text`` records a deletion only (w:ins is None).
    Runs already inside a tracked change are left alone: the result is None.
    """
    elements = [_r(r) for r in runs]
    if not elements:
        raise ValueError("nothing to replace")
    if any(_in_revision(r) for r in elements):
        return None
    ids = ids or IdAllocator(document)
    stamp = iso_date(date)
    groups: list[list[etree._Element]] = []
    for r in elements:
        if groups and r.getprevious() is groups[-1][-1]:
            groups[-1].append(r)
        else:
            groups.append([r])
    deletions = []
    for group in groups:
        wrapper = _revision("w:del", ids(), author, stamp)
        group[0].addprevious(wrapper)
        for r in group:
            wrapper.append(r)
            _mark_deleted(r)
        deletions.append(wrapper)
    insertion = None
    if new_text:
        insertion = _revision("w:ins", ids(), author, stamp)
        run = OxmlElement("w:r")
        rpr = elements[0].find(qn("w:rPr"))
        if rpr is not None:
            rpr = deepcopy(rpr)
            for change in rpr.findall(qn("w:rPrChange")):
                rpr.remove(change)
            run.append(rpr)
        run.text = new_text  # python-docx maps \t and \n to w:tab and w:br
        insertion.append(run)
        deletions[-1].addnext(insertion)
    return deletions[0], insertion


def _revision(tag: str, rev_id: int, author: str, stamp: str) -> etree._Element:
    return OxmlElement(tag, attrs={qn("w:id"): str(rev_id), qn("w:author"): author, qn("w:date"): stamp})


def _mark_deleted(run: etree._Element) -> None:
    """Turn a run's w:t/w:instrText into w:delText/w:delInstrText."""
    for old_tag, new_tag in (("w:t", "w:delText"), ("w:instrText", "w:delInstrText")):
        for old in run.findall(qn(old_tag)):
            new = OxmlElement(new_tag)
            new.text = old.text
            if old.get(_XML_SPACE) or (old.text or "") != (old.text or "").strip():
                new.set(_XML_SPACE, "preserve")
            old.addprevious(new)
            run.remove(old)


def _container(source):
    """Something with .paragraphs and .tables: a Document, a .docx path, or document.xml."""
    from docx import Document
    from docx.document import _Body

    if hasattr(source, "paragraphs"):
        return source
    if isinstance(source, Path) or (isinstance(source, str) and not source.lstrip().startswith("<")):
        return Document(str(source))
    if isinstance(source, etree._Element):
        source = etree.tostring(source)
    root = parse_xml(source.encode() if isinstance(source, str) else source)
    body = root if root.tag == qn("w:body") else root.find(qn("w:body"))
    return _Body(body, None)


def accept_all(source) -> list[str]:
    """Memo paragraphs' text (score.py order) with every tracked change accepted.

    ``source``: a Document, a .docx path, or document.xml (bytes, str or element).  Paragraph-mark
    revisions are not merged: each w:p stays one entry.
    """
    return [revised_text(p._p, "accept") for p in memo_paragraphs(_container(source))]


def reject_all(source) -> list[str]:
    """Memo paragraphs' text with every tracked change rejected (w:ins dropped, w:delText kept)."""
    return [revised_text(p._p, "reject") for p in memo_paragraphs(_container(source))]


# ----------------------------------------------------------------------------- saving

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def save_deterministic(document, path: str | os.PathLike, original: str | os.PathLike | bytes | None = None) -> None:
    """Save so that the same document gives the same bytes, atomically (temp file + os.replace).

    python-docx stamps zip entries with the current time; here every entry gets a fixed time.
    With ``original`` (the .docx that was opened), parts python-docx re-serialised without a change
    keep the original's exact bytes, entries keep the original's order, and parts python-docx
    dropped (unreachable through relationships, but with a content type) are carried over.
    """
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as new:
        order = new.namelist()
        entries = {name: new.read(name) for name in order}
    if original is not None:
        order, entries = _keep_original(order, entries, original)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            zf.writestr(info, entries[name])
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out.getvalue())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _canonical(blob: bytes) -> bytes | None:
    """How python-docx would re-serialise an XML part (None when it is not XML)."""
    try:
        root = etree.fromstring(blob, etree.XMLParser(remove_blank_text=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return None
    return etree.tostring(root, encoding="UTF-8", standalone=True)


def _keep_original(order: list[str], entries: dict[str, bytes], original) -> tuple[list[str], dict[str, bytes]]:
    source = io.BytesIO(original) if isinstance(original, bytes) else original
    with zipfile.ZipFile(source) as old:
        old_entries = {i.filename: old.read(i.filename) for i in old.infolist() if not i.is_dir()}
    typed = _content_typed(entries.get("[Content_Types].xml", b""))
    for name, blob in old_entries.items():
        if name in entries:
            if entries[name] != blob and _canonical(blob) == entries[name]:
                entries[name] = blob
        elif typed(name):
            entries[name] = blob
    names = [n for n in old_entries if n in entries] + [n for n in order if n not in old_entries]
    return names, entries


def _content_typed(types_xml: bytes):
    """A predicate: does [Content_Types].xml give this zip member a content type?"""
    root = etree.fromstring(types_xml) if types_xml else None
    ns = {"ct": "http://schemas.openxmlformats.org/package/2006/content-types"}
    defaults = set() if root is None else {e.lower() for e in root.xpath("ct:Default/@Extension", namespaces=ns)}
    overrides = set() if root is None else {p.lstrip("/") for p in root.xpath("ct:Override/@PartName", namespaces=ns)}
    return lambda name: name in overrides or name.rsplit(".", 1)[-1].lower() in defaults


__all__ = [
    "IdAllocator", "StaleMapError", "accept_all", "add_comment", "ensure_comment_styles", "highlight",
    "highlight_color", "isolate", "iso_date", "reject_all", "save_deterministic", "tracked_replace",
]
