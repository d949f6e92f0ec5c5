"""Loading articles from text, Markdown, .docx and HTML, and settling their reference date."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import ClaimtrackError, LoadError
from claimtrack.sources import SUPPORTED_SUFFIXES, load_source
from claimtrack.sources.dates import parse_date_text
from claimtrack.sources.meta import MonthDay, find_dateline, find_month_day_dateline

# --- plain text and Markdown -------------------------------------------------------------------

HARBOUR_STORY = (
    "Harbour ferry fares to rise in spring\n"
    "\n"
    "The island ferry operator said on Tuesday that single tickets will cost 4.20 euros from April,\n"
    "up from 3.80 euros, the first increase since 2019.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def test_text_file_gives_text_title_and_stem_id(tmp_path: Path) -> None:
    path = write(tmp_path / "ferry-fares.txt", HARBOUR_STORY)
    source = load_source(path)
    assert source.id == "ferry-fares"
    assert source.path == str(path)
    assert source.format == "txt"
    assert source.text == HARBOUR_STORY
    assert source.title == "Harbour ferry fares to rise in spring"
    assert source.published is None and source.published_from is None


def test_path_is_kept_as_given_and_id_can_be_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "story.text", HARBOUR_STORY)
    monkeypatch.chdir(tmp_path)
    source = load_source("story.text", source_id="S1")
    assert source.path == "story.text"
    assert source.id == "S1"
    assert source.format == "txt"


def test_no_title_when_first_line_is_a_sentence(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "The council met on Monday.\nIt adjourned early.\n")
    assert load_source(path).title is None


def test_no_title_when_first_line_is_long(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "word " * 60 + "\nmore\n")
    assert load_source(path).title is None


def test_crlf_and_lone_cr_become_newlines(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Title line\r\n\r\nFirst paragraph.\rSecond paragraph.\r\n")
    source = load_source(path)
    assert source.text == "Title line\n\nFirst paragraph.\nSecond paragraph.\n"
    assert "\r" not in source.text


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfCaf\xc3\xa9 owners protest rent rise\nMore text.\n")
    source = load_source(path)
    assert source.text.startswith("Café owners")
    assert source.title == "Café owners protest rent rise"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_accepted(tmp_path: Path, codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    body = "Zoë Brennan won the regional chess final.\r\nShe is 14.\r\n"
    path = write(tmp_path / "a.txt", bom + body.encode(codec))
    assert load_source(path).text == "Zoë Brennan won the regional chess final.\nShe is 14.\n"


def test_markdown_is_kept_verbatim_with_heading_title(tmp_path: Path) -> None:
    text = "# Library extends opening hours\n\n*By staff*\n\nThe central library will open until 9 p.m.\n"
    path = write(tmp_path / "library.md", text)
    source = load_source(path)
    assert source.text == text
    assert source.format == "md"
    assert source.title == "Library extends opening hours"


def test_markdown_without_heading_falls_back_to_first_line(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.md", "Budget notes\n\nThe plan is due in May.\n")
    assert load_source(path).title == "Budget notes"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(
    lambda s: s.removeprefix("\ufeff").strip()
))
def test_any_utf8_text_round_trips(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "prop.txt"
        path.write_bytes(text.encode("utf-8"))
        assert load_source(path).text == text.removeprefix("\ufeff")


# --- .docx -------------------------------------------------------------------------------------


def add_hyperlink(paragraph, url: str, text: str) -> None:
    """python-docx has no public hyperlink API, so build the w:hyperlink element by hand."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def build_docx(path: Path, *, title: str = "", author: str = "", created: dt.datetime | None = None) -> Path:
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    if created is not None:
        document.core_properties.created = created
    document.add_heading("Rail strike called off", level=1)
    intro = document.add_paragraph("Union leaders accepted the offer, according to ")
    add_hyperlink(intro, "https://example.org/statement", "a statement")
    intro.add_run(" published overnight.")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Pay offer by year"
    table.cell(1, 0).text = "2024"
    table.cell(1, 1).text = "4.5%"
    table.cell(2, 0).text = "2025"
    table.cell(2, 1).text = "3%"
    document.add_paragraph("Services resume on Thursday.")
    document.save(str(path))
    return path


def test_docx_reads_heading_hyperlink_table_in_order(tmp_path: Path) -> None:
    source = load_source(build_docx(tmp_path / "strike.docx"))
    assert source.format == "docx"
    assert source.text.split("\n") == [
        "Rail strike called off",
        "Union leaders accepted the offer, according to a statement published overnight.",
        "Pay offer by year",
        "2024",
        "4.5%",
        "2025",
        "3%",
        "Services resume on Thursday.",
    ]
    assert source.title == "Rail strike called off"
    # python-docx's own template metadata is not taken for facts about the article
    assert source.author is None
    assert source.published is None and source.published_from is None


def test_docx_vertically_merged_cell_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Region"
    table.cell(0, 1).text = "North"
    table.cell(1, 1).text = "South"
    document.save(str(tmp_path / "t.docx"))
    assert load_source(tmp_path / "t.docx").text.split("\n") == ["Region", "North", "South"]


def test_docx_core_properties(tmp_path: Path) -> None:
    created = dt.datetime(2023, 3, 8, 9, 0, tzinfo=dt.timezone.utc)
    path = build_docx(tmp_path / "s.docx", title="Strike ends", author="R. Okafor", created=created)
    source = load_source(path)
    assert source.title == "Strike ends"
    assert source.author == "R. Okafor"
    assert source.published == dt.date(2023, 3, 8)
    assert source.published_from == "docx"


def test_docx_dateline_beats_created_property(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    document.add_paragraph("LEEDS, Oct. 2, 2023 — The market hall reopened after repairs.")
    document.save(str(tmp_path / "d.docx"))
    source = load_source(tmp_path / "d.docx")
    assert (source.published, source.published_from) == (dt.date(2023, 10, 2), "dateline")


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Bridge repairs | The Valley Courier</title>
<meta property="og:title" content="Bridge repairs to close river crossing for six weeks">
<meta property="og:site_name" content="The Valley Courier">
<meta name="author" content="Priya Natarajan">
{extra_head}
<script>var tracking = "Published: 1999-01-01";</script>
<style>p {{ color: red }}</style>
</head><body>
<header class="site-header"><a href="/">Home</a> Jan. 1, 2001</header>
<nav><ul><li>News</li><li>Sport</li></ul></nav>
<div class="layout has-sidebar">
<article>
  <header><h1>Bridge repairs to close river crossing</h1>{time}</header>
  <p>The Mill Lane bridge will close   to traffic
     from Monday while engineers replace its deck.</p>
  <div class="share-tools">Share on social media</div>
  <figure><img src="bridge.jpg"><figcaption>The bridge in March 2022.</figcaption></figure>
  <p>Council officials said the work would cost <b>£1.2m</b>.</p>
  <ul><li>Buses will divert via Station Road.</li><li>Cyclists may dismount and walk.</li></ul>
  <blockquote>"We know this is disruptive," a spokesperson said.</blockquote>
  <div>A footbridge stays open.<span> Pedestrians are unaffected.</span></div>
  <section id="comments"><p>Reader comment: about time!</p></section>
  <div class="related-stories"><a href="/x">Road resurfacing starts next month</a></div>
</article>
<aside><p>Most read: Local bakery wins award</p></aside>
</div>
<footer>Copyright 2023 The Valley Courier</footer>
<noscript>Enable JavaScript</noscript>
</body></html>
"""

ARTICLE_LINES = [
    "Bridge repairs to close river crossing",
    "The Mill Lane bridge will close to traffic from Monday while engineers replace its deck.",
    "The bridge in March 2022.",
    "Council officials said the work would cost £1.2m.",
    "Buses will divert via Station Road.",
    "Cyclists may dismount and walk.",
    '"We know this is disruptive," a spokesperson said.',
    "A footbridge stays open. Pedestrians are unaffected.",
]


def page(extra_head: str = "", time: str = "") -> str:
    return PAGE.format(extra_head=extra_head, time=time)


def test_html_article_text_without_boilerplate(tmp_path: Path) -> None:
    source = load_source(write(tmp_path / "bridge.html", page()))
    assert source.text.split("\n") == ARTICLE_LINES
    assert source.format == "html"
    assert source.title == "Bridge repairs to close river crossing for six weeks"
    assert source.outlet == "The Valley Courier"
    assert source.author == "Priya Natarajan"
    assert source.published is None


def test_html_published_time_meta(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2023-05-09T06:45:00+01:00">'
    source = load_source(write(tmp_path / "b.htm", page(extra_head=head)))
    assert (source.published, source.published_from) == (dt.date(2023, 5, 9), "html")


def test_html_time_element_inside_article(tmp_path: Path) -> None:
    time = '<time datetime="2023-05-10T08:00Z">10 May 2023</time>'
    source = load_source(write(tmp_path / "b.html", page(time=time)))
    assert (source.published, source.published_from) == (dt.date(2023, 5, 10), "html")
    assert source.text.split("\n")[1] == "10 May 2023"


def test_html_json_ld(tmp_path: Path) -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2023-05-11",
          "author": {"@type": "Person", "name": "Tom Ashby"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    source = load_source(write(tmp_path / "b.html", page(extra_head=head).replace(
        '<meta name="author" content="Priya Natarajan">', "")))
    assert (source.published, source.published_from) == (dt.date(2023, 5, 11), "html")
    assert source.author == "Tom Ashby"


def test_html_json_ld_graph(tmp_path: Path) -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "The Valley Courier"},
        {"@type": "NewsArticle", "datePublished": "2023-05-12T17:30:00Z"},
    ]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    source = load_source(write(tmp_path / "b.html", page(extra_head=head)))
    assert (source.published, source.published_from) == (dt.date(2023, 5, 12), "html")


def test_html_broken_json_ld_is_ignored(tmp_path: Path) -> None:
    head = '<script type="application/ld+json">{"datePublished": </script><meta name="date" content="2023-05-13">'
    source = load_source(write(tmp_path / "b.html", page(extra_head=head)))
    assert source.published == dt.date(2023, 5, 13)


def test_html_published_meta_beats_json_ld(tmp_path: Path) -> None:
    head = ('<script type="application/ld+json">{"datePublished": "2020-02-02"}</script>'
            '<meta property="article:published_time" content="2023-05-09">')
    assert load_source(write(tmp_path / "b.html", page(extra_head=head))).published == dt.date(2023, 5, 9)


def test_html_title_fallbacks(tmp_path: Path) -> None:
    with_title = "<html><head><title> Snow closes schools </title></head><body><p>Text here.</p></body></html>"
    assert load_source(write(tmp_path / "a.html", with_title)).title == "Snow closes schools"
    with_h1 = "<html><body><main><h1>Snow  closes\nschools</h1><p>Text here.</p></main></body></html>"
    source = load_source(write(tmp_path / "b.html", with_h1))
    assert source.title == "Snow closes schools"
    assert source.text == "Snow closes schools\nText here."


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u201cLe Coin\u201d shuts</p></body></html>'
    source = load_source(write(tmp_path / "a.html", html.encode("cp1252")))
    assert source.text == "Caf\u00e9 \u201cLe Coin\u201d shuts"


def test_html_preformatted_text_keeps_lines(tmp_path: Path) -> None:
    html = "<html><body><article><p>Results:</p><pre>North  12\nSouth   9</pre></article></body></html>"
    assert load_source(write(tmp_path / "a.html", html)).text == "Results:\nNorth 12\nSouth 9"


def test_html_dateline_used_when_no_metadata(tmp_path: Path) -> None:
    html = "<html><body><article><p>CARDIFF, March 4, 2024 — The stadium roof was repaired.</p></article></body></html>"
    source = load_source(write(tmp_path / "a.html", html))
    assert (source.published, source.published_from) == (dt.date(2024, 3, 4), "dateline")


def test_html_metadata_beats_dateline(tmp_path: Path) -> None:
    html = ('<html><head><meta name="date" content="2024-03-05"></head><body>'
            "<p>CARDIFF, March 4, 2024 — The stadium roof was repaired.</p></body></html>")
    source = load_source(write(tmp_path / "a.html", html))
    assert (source.published, source.published_from) == (dt.date(2024, 3, 5), "html")


# --- reference date: option, sidecar, dateline --------------------------------------------------

DATELINED = "ABERDEEN, Nov. 15, 2023 — Fishing crews returned to port early as gales arrived.\n"


def test_dateline_sets_published(tmp_path: Path) -> None:
    source = load_source(write(tmp_path / "gale.txt", DATELINED))
    assert (source.published, source.published_from) == (dt.date(2023, 11, 15), "dateline")


def test_sidecar_beats_dateline_and_overrides_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "gale.txt", DATELINED)
    sidecar = {"published": "2023-11-16", "outlet": "North Sea Post", "author": "I. Reid", "title": "Gales"}
    write(tmp_path / "gale.meta.json", json.dumps(sidecar))
    source = load_source(path)
    assert (source.published, source.published_from) == (dt.date(2023, 11, 16), "sidecar")
    assert (source.outlet, source.author, source.title) == ("North Sea Post", "I. Reid", "Gales")


def test_sidecar_with_only_some_keys(tmp_path: Path) -> None:
    path = write(tmp_path / "gale.txt", "Gales hit the coast\n\n" + DATELINED)
    write(tmp_path / "gale.meta.json", '{"outlet": "North Sea Post"}')
    source = load_source(path)
    assert source.outlet == "North Sea Post"
    assert source.title == "Gales hit the coast"
    assert source.published_from == "dateline"


def test_sidecar_beats_html_metadata(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2023-05-09">'
    path = write(tmp_path / "b.html", page(extra_head=head))
    write(tmp_path / "b.meta.json", '{"published": "2023-05-01", "outlet": "Courier Online"}')
    source = load_source(path)
    assert (source.published, source.published_from, source.outlet) == (dt.date(2023, 5, 1), "sidecar", "Courier Online")


@pytest.mark.parametrize("option", [dt.date(2023, 11, 20), "2023-11-20", dt.datetime(2023, 11, 20, 12, 0)])
def test_option_beats_sidecar(tmp_path: Path, option: dt.date | str) -> None:
    path = write(tmp_path / "gale.txt", DATELINED)
    write(tmp_path / "gale.meta.json", '{"published": "2023-11-16"}')
    source = load_source(path, published=option)
    assert (source.published, source.published_from) == (dt.date(2023, 11, 20), "option")


def test_bad_option_is_a_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path / "gale.txt", DATELINED)
    with pytest.raises(ClaimtrackError, match=r"--published: cannot read date '15/11/2023'; use YYYY-MM-DD"):
        load_source(path, published="15/11/2023")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("WASHINGTON, Nov. 15, 2023 — Lawmakers agreed a stopgap budget.", dt.date(2023, 11, 15)),
        ("LONDON (Reuters) - June 3, 2021 - The pound edged higher.", dt.date(2021, 6, 3)),
        ("Nov. 15, 2023 — Lawmakers agreed a stopgap budget.", dt.date(2023, 11, 15)),
        ("Stopgap budget agreed\nPublished: 2023-06-14\n\nLawmakers agreed.", dt.date(2023, 6, 14)),
        ("Stopgap budget agreed\nUpdated: June 19, 2023 10:31 AM\n\nLawmakers agreed.", dt.date(2023, 6, 19)),
        ("Updated: June 19, 2023\nPublished: June 12, 2023\nLawmakers agreed.", dt.date(2023, 6, 12)),
        ("GENEVA, 15 November 2023 - Talks resumed.", dt.date(2023, 11, 15)),
        ("SAN DIEGO, Calif., Sept. 5, 2022 -- The port reopened.", dt.date(2022, 9, 5)),
        ("Headline here\nBy A. Writer\nNAIROBI (AP) — Feb. 1, 2024 — Rain fell.", dt.date(2024, 2, 1)),
    ],
)
def test_dateline_forms(tmp_path: Path, head: str, expected: dt.date) -> None:
    source = load_source(write(tmp_path / "d.txt", head + "\n"))
    assert (source.published, source.published_from) == (expected, "dateline")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("TALLINDA, Monday, Sept. 15 (Harbour Post) - Ferries stopped.", MonthDay(9, 15, 0)),
        ("VELMORE, Ostria, Sept. 16 - Ferries stopped.", MonthDay(9, 16, None)),
        ("LONDON, 15 September (Reuters) - The pound fell.", MonthDay(9, 15, None)),
        ("Ferries stopped\n\nNAIROBI (AP) — Feb. 29 — Rain fell.", MonthDay(2, 29, None)),
        ("On June 12 - the day of the vote - lawmakers met.", None),  # a sentence
        ("VELMORE, June 12, 2024 - Ferries stopped.", None),  # a full date: ``find_dateline``'s
        ("VELMORE, Feb. 30 - Ferries stopped.", None),
        ("June 26-27, 2019 ", None),  # a range
    ],
)
def test_month_day_dateline(head: str, expected: MonthDay | None) -> None:
    assert find_month_day_dateline(head) == expected


def test_dateline_date_before_the_outlet() -> None:
    assert find_dateline("TALLINDA, Sept. 14, 2025 (Harbour Post) - Ferries stopped.") == dt.date(2025, 9, 14)


@pytest.mark.parametrize(
    "text",
    [
        "On Nov. 15, 2023 — the day of the vote — lawmakers met.",  # a sentence, not a dateline
        "Lawmakers met.\n" + "x" * 420 + "\nWASHINGTON, Nov. 15, 2023 — late.",  # too far down
        "WASHINGTON, Feb. 30, 2023 — not a real day.",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan. 5, 2022", dt.date(2022, 1, 5)),
        ("Sept. 9, 2021", dt.date(2021, 9, 9)),
        ("Sep 9 2021", dt.date(2021, 9, 9)),
        ("September 9th, 2021", dt.date(2021, 9, 9)),
        ("9 September 2021", dt.date(2021, 9, 9)),
        ("Thursday, 9 Sept 2021", dt.date(2021, 9, 9)),
        ("2021-09-09T10:00:00+02:00", dt.date(2021, 9, 9)),
        ("2021-09-09", dt.date(2021, 9, 9)),
        ("MAY 1, 2020", dt.date(2020, 5, 1)),
        ("next Tuesday", None),
        ("2021-02-29", None),
    ],
)
def test_date_parser(text: str, expected: dt.date | None) -> None:
    assert parse_date_text(text) == expected


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".md", ".text", ".docx", ".html", ".htm"}


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    assert load_source(write(tmp_path / "LOUD.TXT", HARBOUR_STORY)).format == "txt"


def test_errors_are_load_errors_with_path(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load_source(tmp_path / "absent.txt")
    assert info.value.path == str(tmp_path / "absent.txt")
