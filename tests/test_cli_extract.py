"""The `claimtrack extract` command: text, JSON and markdown output, --published, and errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run

import claimtrack

ARTICLE = (
    "Harbor crane collapse halts port traffic\n"
    "\n"
    "A crane collapsed at the Wexmoor container port on Wednesday, injuring 14 workers.\n"
    "\n"
    '"We will reopen the western berths within 48 hours," port director Elena Marsh said.\n'
    "\n"
    "The repairs are expected to cost $12.5 million, the port authority said in a statement.\n"
)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "crane.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def expected_claims(path: Path, published: str | None = None) -> list[claimtrack.Claim]:
    return claimtrack.extract_claims(claimtrack.load_source(path, published=published))


# --- output formats -----------------------------------------------------------------------------


def test_text_format_is_an_aligned_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "extract", str(article))
    assert rc == 0
    assert err == ""
    lines = out.splitlines()
    header, rule = lines[0], lines[1]
    for column in ("source", "kind", "text", "value"):
        assert column in header.split(), header
    assert re.fullmatch(r"-+(?:  -+)*", rule), rule
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    for s in starts:  # every column title starts where its rule starts
        assert header[s] != " " and (s == 0 or header[s - 2:s] == "  "), (header, s)
    claims = expected_claims(article)
    assert claims
    rows = lines[2:2 + len(claims)]
    assert len(rows) == len(claims)
    assert lines[2 + len(claims)].strip() == ""  # the table ends after the last claim
    kind_col = header.index("kind")
    assert kind_col in starts
    for row, claim in zip(rows, claims):
        assert row.startswith("crane")
        for s in starts[1:]:
            assert len(row) <= s or row[s - 2:s] == "  ", (row, s)
        assert row[kind_col:].split()[0] == claim.kind


def test_json_format(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "extract", str(article), "--format", "json")
    assert rc == 0
    assert err == ""
    data = json.loads(out)
    assert data["schema"] == "claimtrack.claims/1"
    assert len(data["sources"]) == 1
    src = data["sources"][0]
    assert src["id"] == "crane"
    assert src["path"] == str(article)
    assert "published_from" in src
    assert src["published_from"] is None  # no date anywhere in the article
    claims = expected_claims(article)
    assert [c["id"] for c in data["claims"]] == [c.id for c in claims]
    for c in data["claims"]:
        assert c["source"] == "crane"
        assert ARTICLE[c["start"]:c["end"]] == c["text"]
    kinds = {c["kind"] for c in data["claims"]}
    assert {"date", "count", "money", "quote", "duration"} <= kinds


def test_json_reports_inferred_reference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("Workers clear debris from the pier on June 19, 2023.\n"
                    "The pier was damaged on Sunday.\n", encoding="utf-8")
    rc, out, _ = run(capsys, "extract", str(path), "--format", "json")
    assert rc == 0
    data = json.loads(out)
    assert data["sources"][0]["published_from"] == "inferred"
    assert data["sources"][0]["published"] == "2023-06-19"
    sunday = [c for c in data["claims"] if c["text"] == "Sunday"]
    assert sunday and sunday[0]["value"]["value"] == "2023-06-18"


def test_markdown_format(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "extract", str(article), "--format", "markdown")
    assert rc == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0].startswith("| ") and lines[0].endswith(" |")
    assert "kind" in lines[0]
    ncols = lines[0].count("|") - 1
    assert re.fullmatch(r"\|(?:\s*:?-{3,}:?\s*\|)+", lines[1])
    assert lines[1].count("|") - 1 == ncols
    claims = expected_claims(article)
    rows = [line for line in lines[2:] if line.startswith("|")]
    assert len(rows) == len(claims)
    for row, claim in zip(rows, claims):
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == ncols, row
        assert claim.kind in cells


def test_published_option_changes_weekday(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def wednesday(*extra: str) -> str:
        rc, out, _ = run(capsys, "extract", str(article), "--format", "json", *extra)
        assert rc == 0
        data = json.loads(out)
        [c] = [c for c in data["claims"] if c["text"] == "Wednesday"]
        return c["value"]["value"]

    assert wednesday() == "XXXX-WXX-3"
    assert wednesday("--published", "2023-06-14") == "2023-06-14"
    assert wednesday("--published", "2023-06-16") == "2023-06-14"
    rc, out, _ = run(capsys, "extract", str(article), "--format", "json", "--published", "2023-06-14")
    assert json.loads(out)["sources"][0]["published_from"] == "option"


def test_folder_argument(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "extract", str(article.parent), "--format", "json")
    assert rc == 0
    assert [s["id"] for s in json.loads(out)["sources"]] == ["crane"]


# --- errors -------------------------------------------------------------------------------------


def assert_one_error_line(rc: int, err: str, *fragments: str) -> None:
    assert rc == 2
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimtrack: error:"), err
    for fragment in fragments:
        assert fragment in lines[0], err


@pytest.mark.parametrize("value", ["2023-13-45", "yesterday", "14/06/2023"])
def test_bad_published_value(value: str, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "extract", str(article), "--published", value)
    assert_one_error_line(rc, err, "--published", value)
    assert out == ""


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.txt"
    rc, out, err = run(capsys, "extract", str(path))
    assert_one_error_line(rc, err, str(path))
    assert out == ""


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    rc, out, err = run(capsys, "extract", str(path))
    assert_one_error_line(rc, err, str(path), "empty")
    assert out == ""


def test_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00")
    rc, out, err = run(capsys, "extract", str(path))
    assert_one_error_line(rc, err, str(path))
    assert out == ""


def test_error_in_second_file_names_that_file(article: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "blank.txt"
    bad.write_bytes(b"")
    rc, _, err = run(capsys, "extract", str(article), str(bad))
    assert_one_error_line(rc, err, str(bad))
    assert str(article) not in err
