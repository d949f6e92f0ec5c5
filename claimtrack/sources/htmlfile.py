"""HTML articles: the article's own text, one block a line, with the page's furniture removed.

A news page is mostly navigation, promotions and links to other stories, and every date in
them would become a false claim. So the article element is preferred, known boilerplate is
dropped, and the publication date is read from the page's metadata before anything is removed.
The parser never touches the network and never expands declared entities (those are refused).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from lxml import etree

from claimtrack.errors import LoadError
from claimtrack.model import Source
from claimtrack.sources.dates import parse_date_text
from claimtrack.sources.encoding import decode_text
from claimtrack.sources.safety import one_line, refuse_entity_declarations

#: never article text, wherever they are (figcaption is kept on purpose: captions carry dates)
DROP_TAGS = frozenset({
    "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "template",
    "object", "embed", "canvas", "button", "select", "textarea", "dialog", "link", "meta",
})
DROP_ROLES = frozenset({"navigation", "complementary", "contentinfo", "search"})
#: class/id words that mark page furniture; whole words only, so "commentary" or "shadow" survive
BOILERPLATE_RE = re.compile(
    r"(?<![a-z0-9])(?:nav|navbar|navigation|menu|footer|share|sharing|social|related|newsletter|"
    r"subscribe|subscription|cookie|cookies|consent|advert|advertisement|ad|ads|comments?|sidebar|"
    r"breadcrumbs?)(?![a-z0-9])"
)
BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre",
    "section", "article", "main", "header", "address", "hr", "br", "body", "html", "details", "summary",
})
_PROTECTED = frozenset({"html", "body", "article", "main"})
_DATE_META_NAMES = ("date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date")
_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def load_html(data: bytes, *, path: str, source_id: str) -> Source:
    """An .html/.htm file as a Source with title, outlet, author and, if the page says, its date."""
    text = decode_text(data, path, declared=declared_charset(data))
    refuse_entity_declarations(text, path)
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError) as e:
        raise LoadError(path, f"cannot parse HTML ({one_line(e)})") from None
    metas = _meta_tags(tree)
    ld_items = list(_json_ld_items(tree))
    title = metas.get("og:title") or _text_of(tree.find(".//title")) or _text_of(tree.find(".//h1"))
    _drop_furniture(tree)
    root, in_article = _content_root(tree)
    _drop_boilerplate(root)
    published, published_from = _published(metas, ld_items, root if in_article else None)
    body = "\n".join(render_blocks(root))
    if not body.strip():
        raise LoadError(path, "no article text found in the HTML")
    return Source(
        id=source_id,
        path=path,
        text=body,
        format="html",
        title=title or None,
        outlet=metas.get("og:site_name") or _ld_name(ld_items, "publisher"),
        author=metas.get("author") or _ld_name(ld_items, "author"),
        published=published,
        published_from=published_from,
    )


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>`` or an XML declaration)."""
    m = _CHARSET_RE.search(data[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii")


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = " ".join((meta.get("content") or "").split())
        if key and content and key not in out:
            out[key] = content
    return out


def _json_ld_items(tree: etree._Element) -> Iterator[dict[str, Any]]:
    """JSON-LD objects on the page: top-level objects, lists of them, and ``@graph`` members."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common and is only ever a hint
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            yield item
            graph = item.get("@graph")
            for member in graph if isinstance(graph, list) else [graph]:
                if isinstance(member, dict):
                    yield member


def _ld_name(items: list[dict[str, Any]], key: str) -> str | None:
    """``author``/``publisher`` names from JSON-LD: a string, an object, or a list of them."""
    for item in items:
        value = item.get(key)
        people = value if isinstance(value, list) else [value]
        names = [p if isinstance(p, str) else p.get("name") for p in people if isinstance(p, (str, dict))]
        names = [" ".join(n.split()) for n in names if isinstance(n, str) and n.strip()]
        if names:
            return ", ".join(names)
    return None


def _published(
    metas: dict[str, str], ld_items: list[dict[str, Any]], article: etree._Element | None
) -> tuple[dt.date | None, str | None]:
    """Meta published_time, then a <time datetime> in the article, JSON-LD, then generic date metas."""
    candidates: list[Any] = [metas.get("article:published_time")]
    if article is not None:
        candidates += [t.get("datetime") for t in article.iter("time")]
    candidates += [item.get("datePublished") for item in ld_items]
    candidates += [metas.get(name) for name in _DATE_META_NAMES]
    for value in candidates:
        if isinstance(value, str) and (found := parse_date_text(value)):
            return found, "html"
    return None, None


def _drop_furniture(tree: etree._Element) -> None:
    """Remove elements that are never article text; a <header> survives only inside an <article>."""
    doomed = [
        el for el in tree.iter()
        if isinstance(el.tag, str) and (
            el.tag in DROP_TAGS
            or (el.get("role") or "").strip().lower() in DROP_ROLES
            or (el.tag == "header" and next(el.iterancestors("article"), None) is None)
        )
    ]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _content_root(tree: etree._Element) -> tuple[etree._Element, bool]:
    """The article element (the longest, if a page has several), articleBody, main, or the body."""
    articles = tree.findall(".//article")
    if articles:
        return max(articles, key=lambda a: len(a.text_content())), True
    for found in (tree.find(".//*[@itemprop='articleBody']"), tree.find(".//main")):
        if found is not None:
            return found, True
    body = tree.find(".//body")
    return (body if body is not None else tree), False


def _drop_boilerplate(root: etree._Element) -> None:
    """Remove elements whose class or id marks page furniture, unless they hold the article itself."""
    stack = list(root)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if el.tag not in _PROTECTED and BOILERPLATE_RE.search(marks) and not _holds_article(el):
            el.drop_tree()
            continue
        stack.extend(el)


def _holds_article(el: etree._Element) -> bool:
    return any(
        isinstance(d.tag, str) and (d.tag in ("article", "main", "h1") or d.get("itemprop") == "articleBody")
        for d in el.iterdescendants()
    )


def render_blocks(root: etree._Element) -> list[str]:
    """One line per block element, whitespace collapsed inside it; <pre> keeps its line breaks."""
    lines: list[str] = []
    buffer: list[str] = []
    pre_depth = 0

    def flush() -> None:
        line = " ".join("".join(buffer).split())
        buffer.clear()
        if line:
            lines.append(line)

    def add(text: str | None) -> None:
        if not text:
            return
        if not pre_depth:
            buffer.append(text)
            return
        first, *rest = text.split("\n")
        buffer.append(first)
        for part in rest:
            flush()
            buffer.append(part)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        block = el.tag in BLOCK_TAGS
        if event == "start":
            if block:
                flush()
            if el.tag == "pre":
                pre_depth += 1
            add(el.text)
        else:
            if el.tag == "pre":
                pre_depth -= 1
            if block:
                flush()
            if el is not root:
                add(el.tail)
    flush()
    return lines


def _text_of(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return " ".join(el.text_content().split()) or None
