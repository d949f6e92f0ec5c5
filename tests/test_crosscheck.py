"""`claimtrack crosscheck`: the seed and fixture gold, the three output formats, and the same-fact and
checker rules on small articles written for these tests."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, run

import claimtrack
from claimtrack import api, cli
from claimtrack.conflicts import result_json
from claimtrack.extract.events import find_triggers

SCORER = Path("tools") / "score.py"
SCHEMA = "claimtrack.crosscheck/1"


@pytest.fixture()
def seeds(shared_dir: Path) -> list[str]:
    paths = sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))
    if not paths:
        pytest.skip(f"no seed articles in {shared_dir / 'seeds'}")
    return paths


def score(shared: Path, gold: Path, report: Path, sources: Path) -> list[str]:
    proc = subprocess.run([sys.executable, str(shared / SCORER), "crosscheck", str(gold), str(report),
                           "--sources", str(sources)], capture_output=True, text=True, timeout=300)
    lines = proc.stdout.strip().splitlines()
    assert proc.returncode == 0 and lines, proc.stderr
    return lines


def scores(last_line: str) -> dict[str, str]:
    assert last_line.startswith("crosscheck-score:"), last_line
    return dict(part.split("=") for part in last_line.split()[1:])


# ----------------------------------------------------------------------------- the seeds
def test_seed_gold(shared_dir: Path, seeds: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *seeds, "--format", "json")
    assert rc == 0, err
    report = tmp_path / "seeds-crosscheck.json"
    report.write_text(out, encoding="utf-8")
    lines = score(shared_dir, shared_dir / "gold" / "seeds-crosscheck.json", report, shared_dir / "seeds")
    result = scores(lines[-1])
    assert result["recall"] == "1.00", "\n".join(lines)
    assert result["traps_violated"] == "0", "\n".join(lines)


def test_seed_conflict_mentions_a_time_zone_difference(seeds: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *seeds, "--format", "json")
    assert rc == 0, err
    [conflict] = [g for g in json.loads(out)["conflicts"] if g["kind"] == "date"]
    assert re.search(r"time[- ]zone difference", conflict["message"]), conflict["message"]
    assert "one day apart" in conflict["message"]


def test_json_schema(seeds: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *seeds, "--format", "json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["schema"] == SCHEMA
    assert {"schema", "sources", "conflicts", "agreements", "stats", "plugin_errors"} <= set(data)
    assert [s["path"] for s in data["sources"]] == seeds
    for s in data["sources"]:
        assert {"id", "path", "title", "published", "published_from"} <= set(s)
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in data["sources"]}
    assert data["conflicts"], "the seeds have a conflict"
    for relation, groups in (("conflict", data["conflicts"]), (None, data["agreements"])):
        for g in groups:
            assert {"kind", "relation", "about", "claims", "message", "pairs"} <= set(g)
            assert g["relation"] == relation if relation else g["relation"] in ("agree", "compatible", "update")
            assert set(g["about"]) == {"entities", "event"} and isinstance(g["about"]["entities"], list)
            assert g["message"]
            assert len({c["source"] for c in g["claims"]}) >= 2
            for c in g["claims"]:
                assert {"source", "id", "start", "end", "text", "value", "attribution"} <= set(c)
                assert texts[c["source"]][c["start"]:c["end"]] == c["text"]
                assert c["attribution"] is None or "speaker" in c["attribution"]
            ids = {c["id"] for c in g["claims"]}
            for p in g["pairs"]:
                assert {"a", "b", "relation", "checker", "message"} <= set(p)
                assert {p["a"], p["b"]} <= ids
    stats = data["stats"]
    assert stats["sources"] == len(seeds)
    assert stats["conflicts"] == len(data["conflicts"]) and stats["agreements"] == len(data["agreements"])
    assert data["plugin_errors"] == []


def says(claim: dict) -> tuple[str, str]:
    return claim["source"], " ".join(claim["text"].split())


def test_text_format_puts_each_disputed_fact_in_one_block(seeds: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *seeds, "--format", "json")
    conflicts = json.loads(out)["conflicts"]
    rc, out, err = run(capsys, "crosscheck", *seeds)
    assert rc == 0, err
    assert f"CONFLICTS ({len(conflicts)})" in out
    blocks = re.split(r"\n\s*\d+\. ", out.split("AGREEMENTS")[0])[1:]
    assert len(blocks) == len(conflicts)
    for block, conflict in zip(blocks, conflicts):
        assert block.startswith(f"[{conflict['kind']}]")
        for source, text in map(says, conflict["claims"]):
            assert re.search(rf"^\s+{re.escape(source)}: “{re.escape(text)}” = ", block, re.MULTILINE), block
        assert f"why: {conflict['message']}" in block


def test_markdown_format_puts_each_disputed_fact_in_one_row(seeds: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "crosscheck", *seeds, "--format", "json")
    conflicts = json.loads(out)["conflicts"]
    rc, out, err = run(capsys, "crosscheck", *seeds, "--format", "markdown")
    assert rc == 0, err
    table = out.split("## Conflicts")[1].split("## Agreements")[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| fact |")]
    assert len(rows) == len(conflicts)
    for row, conflict in zip(rows, conflicts):
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]]
        assert len(cells) == 4, row
        assert cells[1] == conflict["kind"]
        said = cells[2].split("<br>")
        assert len(said) == len(conflict["claims"])
        for line, (source, text) in zip(said, map(says, conflict["claims"])):
            assert line.startswith(f"{source}: “{text}” = "), line


# ----------------------------------------------------------------------------- the fixture clusters
@functools.cache
def cluster_report(cluster: str) -> dict:
    articles = sorted(str(p) for p in (FIXTURES / "articles").glob(f"{cluster}-*.txt"))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = cli.main(["crosscheck", *articles, "--format", "json"])
    assert rc == 0, err.getvalue()
    return json.loads(out.getvalue())


def gold(cluster: str) -> dict:
    return json.loads((FIXTURES / "gold" / f"{cluster}-crosscheck.json").read_text(encoding="utf-8"))


# The scorer's one-to-one normalisation of quotes, dashes and spaces (offsets stay valid).
_NORM = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\t": " ", "\r": " ",
})


@functools.cache
def article(name: str) -> str:
    return (FIXTURES / "articles" / name).read_text(encoding="utf-8")


def side_span(side: dict) -> tuple[int, int]:
    at = article(side["file"]).translate(_NORM).find(side["contains"].translate(_NORM))
    assert at >= 0, f"gold substring {side['contains']!r} not in {side['file']}"
    return at, at + len(side["contains"])


def matches(claim: dict, side: dict, report: dict) -> bool:
    """The scorer's rule: the claim comes from the side's file and its span overlaps the side's span."""
    files = {s["id"]: os.path.basename(s["path"]) for s in report["sources"]}
    if files.get(claim["source"]) != side["file"]:
        return False
    start, end = side_span(side)
    c_end = claim["end"] if claim["end"] > claim["start"] else claim["start"] + 1
    return min(end, c_end) - max(start, claim["start"]) > 0


def links(conflict: dict, a: dict, b: dict, report: dict) -> bool:
    ia = [i for i, c in enumerate(conflict["claims"]) if matches(c, a, report)]
    ib = [i for i, c in enumerate(conflict["claims"]) if matches(c, b, report)]
    return any(i != j for i in ia for j in ib)


def linking(report: dict, pair: dict) -> list[dict]:
    return [c for c in report["conflicts"]
            if links(c, pair["a"], pair["b"], report) or links(c, pair["b"], pair["a"], report)]


def describe(pair: dict) -> str:
    return f"[{pair['kind']}] {pair['a']['file']} {pair['a']['contains']!r} <> {pair['b']['file']} {pair['b']['contains']!r}"


# Gold pairs the engine does not get right yet: (cluster, entry, index) -> why.
KNOWN_MISSES: dict[tuple[str, str, int], str] = {}


def gold_params(entry: str) -> list:
    return [pytest.param(cluster, n, id=f"{cluster}-{entry}-{n + 1}-{pair['kind']}",
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[cluster, entry, n])]
                         if (cluster, entry, n) in KNOWN_MISSES else [])
            for cluster in ("quake", "race", "science", "election", "court", "outbreak")
            for n, pair in enumerate(gold(cluster)[entry])]


@pytest.mark.parametrize(("cluster", "n"), gold_params("conflicts"))
def test_fixture_conflict_is_found(cluster: str, n: int) -> None:
    pair = gold(cluster)["conflicts"][n]
    report = cluster_report(cluster)
    assert linking(report, pair), (f"planted conflict not reported: {describe(pair)}\nreported: "
                                   + "; ".join(f"[{c['kind']}] " + ", ".join(f"{x['source']}:{x['text']!r}"
                                                                             for x in c["claims"])
                                               for c in report["conflicts"]))
    assert pair["kind"] in {c["kind"] for c in linking(report, pair)}


@pytest.mark.parametrize(("cluster", "n"), gold_params("traps"))
def test_fixture_trap_is_not_violated(cluster: str, n: int) -> None:
    pair = gold(cluster)["traps"][n]
    hits = linking(cluster_report(cluster), pair)
    assert not hits, (f"trap violated: {describe(pair)} ({pair.get('note', '')})\nby: "
                      + "; ".join(", ".join(f"{x['source']}:{x['text']!r}={x['value']}" for x in c["claims"])
                                  + f" -- {c['message']}" for c in hits))


def test_deal_cluster_gold(shared_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "deal-crosscheck.json"
    report.write_text(json.dumps(cluster_report("deal")), encoding="utf-8")
    lines = score(shared_dir, FIXTURES / "gold" / "deal-crosscheck.json", report, FIXTURES / "articles")
    result = scores(lines[-1])
    assert result["recall"] == "1.00", "\n".join(lines)
    assert result["traps_violated"] == "0", "\n".join(lines)


@pytest.mark.parametrize("cluster", ["quake", "deal", "race", "science", "election", "court", "outbreak"])
def test_fixture_cluster_reports_only_planted_conflicts(shared_dir: Path, tmp_path: Path, cluster: str) -> None:
    """Precision: every conflict reported on a fixture cluster is one its gold plants."""
    report = tmp_path / f"{cluster}-crosscheck.json"
    report.write_text(json.dumps(cluster_report(cluster)), encoding="utf-8")
    lines = score(shared_dir, FIXTURES / "gold" / f"{cluster}-crosscheck.json", report, FIXTURES / "articles")
    assert scores(lines[-1])["precision"] == "1.00", "\n".join(lines)


# Clusters written as unseen probes: the (recall, precision) they reach today, so that a change that loses
# ground fails here; their traps hold as on every cluster. Misses are listed in fixtures/README.md.
PROBE_FLOORS = {"storm": (0.75, 1.0), "ipo": (1.0, 0.8), "swim": (0.75, 0.75), "asteroid": (0.25, 0.33)}


@pytest.mark.parametrize("cluster", sorted(PROBE_FLOORS))
def test_probe_cluster_floors(shared_dir: Path, tmp_path: Path, cluster: str) -> None:
    report = tmp_path / f"{cluster}-crosscheck.json"
    report.write_text(json.dumps(cluster_report(cluster)), encoding="utf-8")
    lines = score(shared_dir, FIXTURES / "gold" / f"{cluster}-crosscheck.json", report, FIXTURES / "articles")
    result = scores(lines[-1])
    recall, precision = PROBE_FLOORS[cluster]
    assert float(result["recall"]) >= recall, "\n".join(lines)
    assert float(result["precision"]) >= precision, "\n".join(lines)
    assert result["traps_violated"] == "0", "\n".join(lines)


@pytest.mark.parametrize("cluster", ["quake", "deal", "race", "science", "election", "court", "outbreak",
                                     *sorted(PROBE_FLOORS)])
def test_fixture_report_offsets(cluster: str) -> None:
    report = cluster_report(cluster)
    assert report["schema"] == SCHEMA
    files = {s["id"]: os.path.basename(s["path"]) for s in report["sources"]}
    for g in report["conflicts"] + report["agreements"]:
        for c in g["claims"]:
            assert article(files[c["source"]])[c["start"]:c["end"]] == c["text"]


# ----------------------------------------------------------------------------- small articles
def source(sid: str, text: str, published: str | None = "2023-06-14") -> claimtrack.Source:
    return claimtrack.Source(id=sid, path=f"{sid}.txt", text=text,
                             published=dt.date.fromisoformat(published) if published else None)


def check(*sources: claimtrack.Source) -> dict:
    return result_json(api.crosscheck(list(sources)))


def groups_with(groups: list[dict], *texts: str) -> list[dict]:
    """The groups holding a claim for each of ``texts``."""
    return [g for g in groups if all(any(c["text"] == t for c in g["claims"]) for t in texts)]


def the_group(data: dict, *texts: str) -> dict:
    found = groups_with(data["conflicts"], *texts) + groups_with(data["agreements"], *texts)
    assert len(found) == 1, f"expected one group with {texts}, got {found}\n{json.dumps(data, indent=1)[:3000]}"
    return found[0]


H = "Talks\n\n"


M = "Cup final\n\n"


def test_the_minute_of_one_players_goal_is_compared_not_another_players() -> None:
    """Two reports of a match: the winner's minute differs (a conflict); another scorer's minute, told
    in the same words of the same team, is another fact, and so is a sending-off's."""
    final = "Ravel Town beat Oxley City 2-1 in the cup final on Saturday. "
    data = check(source("herald", M + final + "Tomas Brek scored for Ravel Town in the 97th minute. "
                                              "Jon Pike was sent off in the 60th minute.\n"),
                 source("ledger", M + final + "Tomas Brek's goal in the 93rd minute won it. "
                                              "Sam Hale scored for Ravel Town in the 41st minute.\n"))
    assert the_group(data, "97th minute", "93rd minute")["relation"] == "conflict"
    assert groups_with(data["conflicts"], "41st minute") == []
    assert groups_with(data["conflicts"], "60th minute") == []


def test_weekday_agrees_with_the_date_it_falls_on() -> None:
    # with a reference date (Wednesday June 14, 2023) "on Monday" is June 12
    data = check(source("herald", H + "Antony Blinken spoke with Qin Gang by phone on Monday.\n"),
                 source("ledger", H + "Antony Blinken spoke with Qin Gang by phone on June 12.\n"))
    group = the_group(data, "Monday", "June 12")
    assert (group["kind"], group["relation"]) == ("date", "agree")
    assert data["conflicts"] == []


def test_unanchored_weekday_agrees_with_a_full_date() -> None:
    data = check(source("herald", H + "Antony Blinken spoke with Qin Gang by phone on Monday.\n", published=None),
                 source("ledger", H + "Antony Blinken spoke with Qin Gang by phone on June 12, 2023.\n"))
    group = the_group(data, "Monday", "June 12, 2023")
    assert group["relation"] == "agree"
    assert data["conflicts"] == []


def test_weekday_a_day_off_is_a_conflict() -> None:
    data = check(source("herald", H + "Antony Blinken spoke with Qin Gang by phone on Tuesday.\n", published=None),
                 source("ledger", H + "Antony Blinken spoke with Qin Gang by phone on June 12, 2023.\n"))
    assert the_group(data, "Tuesday", "June 12, 2023")["relation"] == "conflict"


def test_month_is_compatible_with_a_day_in_it() -> None:
    data = check(source("herald", H + "Antony Blinken will meet Wang Yi in June, officials said.\n"),
                 source("ledger", H + "Antony Blinken will meet Wang Yi on June 19, officials said.\n"))
    group = the_group(data, "June", "June 19")
    assert (group["kind"], group["relation"]) == ("date", "compatible")
    assert data["conflicts"] == []


def test_range_contains_a_date() -> None:
    data = check(source("herald", H + "Antony Blinken will visit Beijing between June 16 and 21, the State "
                                      "Department said.\n"),
                 source("ledger", H + "Antony Blinken will visit Beijing on June 19, officials said.\n"))
    group = the_group(data, "June 19")
    assert group["kind"] == "date" and group["relation"] in ("agree", "compatible")
    assert data["conflicts"] == []


def test_each_date_of_a_range_stands_for_the_whole_range() -> None:
    """"from June 16 to 21" is two claims ("June 16", "21", one TIMEX3 each); each is compared as the
    range, so neither contradicts a report of a day inside it, and the "from" before the range does not
    make its first date a start that no date of another role could be compared with."""
    tour = source("herald", H + "Antony Blinken will tour Beijing and London from June 16 to 21, the State "
                                "Department said.\n")
    data = check(tour, source("ledger", H + "Antony Blinken will visit London on June 19, officials said.\n"))
    assert data["conflicts"] == []
    assert {c["text"] for c in the_group(data, "June 19")["claims"]} == {"June 16", "21", "June 19"}
    data = check(tour, source("courier", H + "Antony Blinken will visit Beijing on June 24, officials said.\n"))
    assert the_group(data, "June 24")["relation"] == "conflict"


def test_dates_one_day_apart_conflict_with_a_time_zone_note() -> None:
    data = check(source("herald", H + "Antony Blinken spoke with Qin Gang by phone on June 13.\n"),
                 source("ledger", H + "Antony Blinken spoke with Qin Gang by phone on June 14.\n"))
    [conflict] = data["conflicts"]
    assert conflict["kind"] == "date"
    assert sorted(c["text"] for c in conflict["claims"]) == ["June 13", "June 14"]
    assert "time-zone" in conflict["message"]
    assert [p["checker"] for p in conflict["pairs"]] == ["dates"]


def test_statements_of_different_speakers_on_different_days_do_not_conflict() -> None:
    """Who spoke when is no fact two reports share unless the speaker is the same."""
    data = check(source("herald", QUAKE + "A landslide buried the road to Orvel, regional officials said on Tuesday.\n",
                        published="2025-03-12"),
                 source("ledger", QUAKE + "A landslide buried the road to Orvel, the provincial health department "
                                          "said on Wednesday.\n", published="2025-03-13"))
    assert groups_with(data["conflicts"], "Tuesday", "Wednesday") == []


@pytest.mark.parametrize("other", [
    # a speaker in apposition
    "A landslide buried the road to Orvel, the head of the province's health service, a former surgeon, said on "
    "Wednesday.\n",
    # a reporting verb after an auxiliary
    "Maren Dahl would not say on Wednesday whether a landslide had buried the road to Orvel.\n",
])
def test_statement_days_of_other_speakers_in_other_forms_do_not_conflict(other: str) -> None:
    data = check(source("herald", QUAKE + "A landslide buried the road to Orvel, regional officials said on Tuesday.\n",
                        published="2025-03-12"),
                 source("ledger", QUAKE + other, published="2025-03-13"))
    assert groups_with(data["conflicts"], "Tuesday", "Wednesday") == []


def test_one_speakers_statement_on_two_days_still_conflicts() -> None:
    data = check(source("herald", QUAKE + "A landslide buried the road to Orvel, the provincial governor said on "
                                          "Tuesday.\n", published="2025-03-13"),
                 source("ledger", QUAKE + "A landslide buried the road to Orvel, the governor said on Wednesday.\n",
                        published="2025-03-13"))
    assert groups_with(data["conflicts"], "Tuesday", "Wednesday")


def test_one_speakers_two_statements_on_two_days_do_not_conflict() -> None:
    """Reports of different days each tell what was said on their own day: the days of two statements
    that say different things are no fact the reports disagree on, even from the same speaker."""
    data = check(source("herald", QUAKE + "The quake destroyed 40 homes in Orvel, district officials said on "
                                          "Monday.\n", published="2025-03-11"),
                 source("ledger", QUAKE + "District officials said on Wednesday that most schools in Orvel would "
                                          "reopen next week.\n", published="2025-03-13"))
    assert groups_with(data["conflicts"], "Monday", "Wednesday") == []


LISTING = "Listing\n\nPellin Labs, a maker of dyes, listed its shares in Corvo on Thursday. Rival Ostra Dyes watched.\n"


def test_two_founding_years_of_one_company_conflict_whatever_the_gap() -> None:
    data = check(source("herald", LISTING + "Founded in 2011 by two chemists, Pellin Labs sells dyes to 40 "
                                            "countries.\n"),
                 source("ledger", LISTING + "Pellin Labs, founded in 2009, employs 800 people.\n"))
    assert groups_with(data["conflicts"], "2011", "2009")


def test_founding_years_of_two_companies_do_not_conflict() -> None:
    data = check(source("herald", LISTING + "Ostra Dyes, founded in 2004, sells dyes to 40 countries.\n"),
                 source("ledger", LISTING + "Pellin Labs, founded in 2009, employs 800 people.\n"))
    assert groups_with(data["conflicts"], "2004", "2009") == []


def test_a_date_the_other_report_gives_the_same_event_too_is_no_conflict() -> None:
    """The heats on Friday and the final on Saturday are both races: a report of the heats' Friday
    does not disagree with the final's Saturday in a report that has the heats on Friday as well."""
    data = check(source("herald", "Swim\n\nMarta Kell qualified fastest for the final on Friday in Velo. Kell won "
                                  "the final in Velo on Saturday.\n", published="2025-05-11"),
                 source("ledger", "Swim\n\nMarta Kell qualified first for the final on Friday in Velo, about two "
                                  "seconds slower than her winning time.\n", published="2025-05-12"))
    assert [g for g in data["conflicts"] if g["kind"] == "date"] == []


QUAKE = "Quake\n\n"


def test_time_zone_note_names_no_places_the_sources_do_not_mention() -> None:
    """The note is about the reports' time zones; a quake in Esteva has nothing to do with Washington."""
    data = check(source("herald", QUAKE + "The earthquake struck Esteva late on March 11, officials said.\n",
                        published="2025-03-12"),
                 source("ledger", QUAKE + "The earthquake struck Esteva on March 12, officials said.\n",
                        published="2025-03-13"))
    [conflict] = data["conflicts"]
    assert "time-zone" in conflict["message"]
    assert "Washington" not in conflict["message"] and "Beijing" not in conflict["message"], conflict["message"]


def test_about_35_minutes_is_not_a_conflict_with_35_minutes() -> None:
    data = check(source("herald", H + "Antony Blinken's meeting with Xi Jinping lasted about 35 minutes.\n"),
                 source("ledger", H + "Antony Blinken's meeting with Xi Jinping lasted 35 minutes.\n"))
    assert data["conflicts"] == []
    assert the_group(data, "about 35 minutes", "35 minutes")["kind"] == "duration"


def test_about_35_minutes_agrees_with_35_minutes() -> None:
    """"about 35 minutes" is 30-40 minutes, which holds 35 minutes: an agreement, not a weaker one."""
    data = check(source("herald", H + "Antony Blinken's meeting with Xi Jinping lasted about 35 minutes.\n"),
                 source("ledger", H + "Antony Blinken's meeting with Xi Jinping lasted 35 minutes.\n"))
    group = the_group(data, "about 35 minutes", "35 minutes")
    assert group["relation"] == "agree", group["message"]


def test_two_estimates_that_reach_each_other_only_at_the_edges_conflict() -> None:
    """"about four hours" (3.4-4.6) and "about five hours" (4.25-5.75) overlap, yet neither holds the
    other's figure; "about 35" and "about 40" minutes each hold the other's."""
    data = check(source("herald", H + "Antony Blinken's talks with Wang Yi lasted about four hours.\n"),
                 source("ledger", H + "Antony Blinken's talks with Wang Yi lasted about five hours.\n"))
    assert the_group(data, "about four hours", "about five hours")["relation"] == "conflict"
    data = check(source("herald", H + "Antony Blinken's talks with Wang Yi lasted about 35 minutes.\n"),
                 source("ledger", H + "Antony Blinken's talks with Wang Yi lasted about 40 minutes.\n"))
    assert the_group(data, "about 35 minutes", "about 40 minutes")["relation"] == "agree"


def test_more_than_seven_hours_is_compatible_with_seven_hours() -> None:
    data = check(source("herald", H + "Antony Blinken held talks with Wang Yi for more than seven hours on June 18.\n"),
                 source("ledger", H + "Antony Blinken held talks with Wang Yi for seven hours on June 18.\n"))
    group = the_group(data, "more than seven hours", "seven hours")
    assert (group["kind"], group["relation"]) == ("duration", "compatible")
    assert "herald" in group["message"] and "bound" in group["message"], group["message"]
    assert data["conflicts"] == []


def test_a_range_of_lengths_agrees_with_a_length_inside_it_and_conflicts_with_one_outside() -> None:
    """"two to three days" is a range: "two days" lies in it (compatible, as with a bound: a weaker
    agreement, which supports a memo), "five days" does not."""
    talks = "Antony Blinken's talks with Wang Yi lasted "
    data = check(source("herald", H + talks + "two to three days.\n"), source("ledger", H + talks + "two days.\n"))
    group = the_group(data, "two to three days", "two days")
    assert group["relation"] == "compatible" and "range" in group["message"], group["message"]
    data = check(source("herald", H + talks + "two to three days.\n"), source("ledger", H + talks + "five days.\n"))
    assert the_group(data, "two to three days", "five days")["relation"] == "conflict"


def not_linked(data: dict, *texts: str) -> None:
    assert groups_with(data["conflicts"], *texts) == []
    assert groups_with(data["agreements"], *texts) == [], "different events were judged the same fact"


def test_meeting_in_march_and_talks_in_october_are_different_events() -> None:
    data = check(source("herald", "Rome\n\nAntony Blinken and Wang Yi held a seven-hour meeting in Rome in "
                                  "March 2022.\n", published="2022-03-15"),
                 source("ledger", "Washington\n\nAntony Blinken and Wang Yi held seven hours of talks in "
                                  "Washington in October 2023.\n", published="2023-10-28"))
    assert data["conflicts"] == []
    not_linked(data, "seven-hour", "seven hours")


def test_meetings_in_march_and_october_are_different_events() -> None:
    data = check(source("herald", "Rome\n\nAntony Blinken and Wang Yi held a five-hour meeting in Rome in March.\n",
                        published="2023-11-01"),
                 source("ledger", "Washington\n\nAntony Blinken and Wang Yi held a seven-hour meeting in Washington "
                                  "in October.\n", published="2023-11-01"))
    assert data["conflicts"] == []
    not_linked(data, "five-hour", "seven-hour")


def test_call_in_2022_and_talks_in_2023_are_different_events() -> None:
    data = check(source("herald", H + "Antony Blinken and Wang Yi last spoke in an Oct. 30 call.\n",
                        published="2022-11-02"),
                 source("ledger", H + "Antony Blinken and Wang Yi held talks in Washington on October 26-27.\n",
                        published="2023-10-28"))
    assert data["conflicts"] == []
    not_linked(data, "Oct. 30", "October 26-27")


def test_calls_a_year_apart_are_different_events() -> None:
    data = check(source("herald", H + "Antony Blinken spoke with Wang Yi in a phone call on Oct. 30, 2022.\n",
                        published="2023-11-01"),
                 source("ledger", H + "Antony Blinken spoke with Wang Yi in a phone call on Oct. 27, 2023.\n",
                        published="2023-11-01"))
    assert data["conflicts"] == []
    not_linked(data, "Oct. 30, 2022", "Oct. 27, 2023")


def test_a_rising_death_toll_is_an_update() -> None:
    data = check(source("herald", QUAKE + "The death toll from the earthquake in Esteva rose to 120 on Wednesday "
                                          "morning, officials said.\n", published="2025-03-12"),
                 source("ledger", QUAKE + "The death toll from the earthquake in Esteva rose to 212 by Wednesday "
                                          "afternoon, officials said.\n", published="2025-03-12"))
    assert [g for g in data["conflicts"] if g["kind"] == "count"] == []
    group = the_group(data, "120", "212")
    assert (group["kind"], group["relation"]) == ("count", "update")
    assert "update" in group["message"]


def test_round_number_does_not_swallow_a_different_count() -> None:
    """"100 homes" against "60 homes" of the same fire is a conflict, not an exact agreement."""
    fire = "Brenton fire\n\n"
    data = check(source("herald", fire + "The fire destroyed 100 homes in Brenton on Tuesday.\n"),
                 source("ledger", fire + "The fire destroyed 60 homes in Brenton on Tuesday.\n"))
    group = the_group(data, "100 homes", "60 homes")
    assert group["relation"] == "conflict", group["message"]


def test_crosscheck_is_callable_from_the_package() -> None:
    """``claimtrack.crosscheck`` (in ``__all__``) stays the function once ``claimtrack.crosscheck`` the module
    has been imported, as it is by the CLI and by the function's own first call."""
    import claimtrack.cli  # noqa: F401  (what any program using the CLI has done)

    sources = [source("herald", H + "Antony Blinken spoke with Qin Gang by phone on June 13.\n"),
               source("ledger", H + "Antony Blinken spoke with Qin Gang by phone on June 14.\n")]
    assert callable(claimtrack.crosscheck), f"claimtrack.crosscheck is {claimtrack.crosscheck!r}"
    result = claimtrack.crosscheck(sources)
    assert len(result.conflicts) == 1


def test_crosscheck_twice_in_a_fresh_interpreter(tmp_path: Path) -> None:
    script = ("import datetime as dt, claimtrack\n"
              "s = [claimtrack.Source(id=i, path=i + '.txt', text='Talks\\n\\nAntony Blinken spoke with Qin Gang by '\n"
              "     'phone on June ' + d + '.\\n', published=dt.date(2023, 6, 14)) for i, d in (('a', '13'), ('b', '14'))]\n"
              "print(len(claimtrack.crosscheck(s).conflicts))\n"
              "print(len(claimtrack.crosscheck(s).conflicts))\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "1"]


# ----------------------------------------------------------------------------- what is not a conflict
FLOOD = "Flood\n\n"


def test_a_deadline_and_the_day_something_happened_do_not_conflict() -> None:
    data = check(source("herald", FLOOD + "Rescue boats were expected in Varrow Bay by Friday, the army said.\n",
                        published="2024-05-07"),
                 source("ledger", FLOOD + "The rescue boats reached Varrow Bay on Wednesday.\n",
                        published="2024-05-07"))
    assert data["conflicts"] == []


def test_a_document_date_is_not_the_date_of_the_deal() -> None:
    data = check(source("herald", H + "Halvard Foods agreed to buy Minto Dairy on Thursday.\n", published="2024-02-10"),
                 source("ledger", H + "In a letter dated Feb. 5, Halvard Foods said the purchase of Minto Dairy was "
                                      "agreed.\n", published="2024-02-10"))
    assert groups_with(data["conflicts"], "Thursday", "Feb. 5") == []


def test_the_same_signal_still_compares_dates() -> None:
    data = check(source("herald", FLOOD + "The rescue boats reached Varrow Bay on Wednesday.\n",
                        published="2024-05-07"),
                 source("ledger", FLOOD + "The rescue boats reached Varrow Bay on Thursday.\n",
                        published="2024-05-07"))
    assert the_group(data, "Wednesday", "Thursday")["relation"] == "conflict"


def test_a_date_that_times_a_figure_is_not_the_event_date() -> None:
    """"rose to $2.1 million on Tuesday" dates the money raised, not the race the speaker's title names."""
    data = check(source("herald", H + "Mara Quist won the city half marathon on Saturday in record time.\n",
                        published="2024-09-10"),
                 source("ledger", H + "Mara Quist won the city half marathon in record time. Pledges for the "
                                      "children's ward rose to $2.1 million on Tuesday, marathon director Ines Holt "
                                      "said.\n", published="2024-09-10"))
    assert groups_with(data["conflicts"], "Saturday", "Tuesday") == []


def test_declaring_an_outbreak_is_not_the_day_of_a_case_count() -> None:
    """The day a region declared an outbreak and the day its case count rose are two events."""
    data = check(source("herald", H + "Health officials declared a measles outbreak in Brenlow County on Monday, "
                                      "after tests confirmed 30 cases and two deaths.\n", published="2024-04-09"),
                 source("ledger", H + "Confirmed cases of measles in Brenlow County rose to 96 on Thursday, and "
                                      "four people have died, health officials said.\n", published="2024-04-12"))
    assert groups_with(data["conflicts"], "Monday", "Thursday") == []


def test_the_day_a_patient_fell_ill_is_not_the_day_they_died() -> None:
    data = check(source("herald", H + "A ferry mechanic in Port Ilse fell ill on March 3 and died in hospital on "
                                      "March 9.\n", published="2024-03-20"),
                 source("ledger", H + "The ferry mechanic from Port Ilse died on March 9, a week after he fell "
                                      "ill.\n", published="2024-03-20"))
    assert groups_with(data["conflicts"], "March 3", "March 9") == []


def test_next_years_event_is_another_occurrence() -> None:
    data = check(source("herald", H + "Mara Quist won the city half marathon on Sept. 8.\n", published="2024-09-10"),
                 source("ledger", H + "Mara Quist won the city half marathon. Next year's marathon is set for "
                                      "Sept. 14, organisers said.\n", published="2024-09-10"))
    assert groups_with(data["conflicts"], "Sept. 8", "Sept. 14") == []


def test_a_length_after_after_places_a_moment() -> None:
    """"after the first few days" says when survival odds fall, not how long anything lasted."""
    data = check(source("herald", QUAKE + "Survivors in Tarn are rarely found alive after the first few days, "
                                          "rescuers said.\n", published="2025-03-14"),
                 source("ledger", QUAKE + "Survivors in Tarn described a night of panic.\n", published="2025-03-14"))
    assert groups_with(data["conflicts"], "the first few days", "a night") == []


def test_a_vague_length_can_still_conflict() -> None:
    data = check(source("herald", QUAKE + "The quake in Tarn lasted a few seconds, residents said.\n",
                        published="2025-03-14"),
                 source("ledger", QUAKE + "The quake in Tarn lasted 40 seconds, residents said.\n",
                        published="2025-03-14"))
    assert the_group(data, "a few seconds", "40 seconds")["relation"] == "conflict"


def test_a_length_that_qualifies_a_noun_measures_that_noun() -> None:
    data = check(source("herald", H + "Mara Quist won the city half marathon, breaking a course record that had "
                                      "stood for nine years.\n", published="2024-09-10"),
                 source("ledger", H + "Mara Quist won the city half marathon. A record 9,100 runners finished, the "
                                      "most in the race's 31-year history.\n", published="2024-09-10"))
    assert groups_with(data["conflicts"], "nine years", "31-year") == []


def test_who_reports_a_sum_is_not_what_it_measures() -> None:
    """Both sums come "per a filing": that names the source, not a shared measure."""
    data = check(source("herald", H + "Halvard Foods would owe a termination fee of $40 million, per a filing with "
                                      "regulators, if it walked away from the deal.\n", published="2024-02-10"),
                 source("ledger", H + "To fund the deal, Halvard Foods will borrow $600 million from lenders, per a "
                                      "filing.\n", published="2024-02-10"))
    assert groups_with(data["conflicts"], "$40 million", "$600 million") == []


def test_a_percentage_of_something_else_is_not_a_conflict() -> None:
    data = check(source("herald", H + "Halvard Foods will buy Minto Dairy for $2 billion, a premium of 31 percent "
                                      "over Minto Dairy's closing price.\n", published="2024-02-10"),
                 source("ledger", H + "Halvard Foods will buy Minto Dairy for $2 billion. \"We paid a fair price for "
                                      "a business growing 12 percent a year,\" Halvard Foods said.\n",
                        published="2024-02-10"))
    assert groups_with(data["conflicts"], "31 percent", "12 percent") == []


def test_datelines_of_reports_filed_on_different_days_do_not_conflict() -> None:
    a = source("a", "Orlen mill deal\nKASTO, Veldra, May 7, 2025 — Veldra's trade ministry asked Orlen Steel "
                    "for its merger papers.\n", None)
    b = source("b", "Orlen mill deal\nKASTO, Veldra, May 10, 2025 — Orlen Steel handed its merger papers to "
                    "Veldra's trade ministry.\n", None)
    data = check(a, b)
    assert not groups_with(data["conflicts"], "May 7, 2025") and not groups_with(data["agreements"], "May 7, 2025")


def test_reports_are_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    # sets of blocking keys and names iterate in an order that changes with PYTHONHASHSEED: the
    # pairs of a group, and a memo claim's evidence, must not
    articles = sorted(str(p) for p in (FIXTURES / "articles").glob("quake-*.txt"))
    memo = FIXTURES / "memos" / "quake-memo.docx"
    outputs = []
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cross = subprocess.run([sys.executable, "-m", "claimtrack", "crosscheck", *articles, "--format", "json"],
                               capture_output=True, text=True, env=env, timeout=300)
        report = tmp_path / f"memo-{seed}.json"
        subprocess.run([sys.executable, "-m", "claimtrack", "check", str(memo), "--sources", *articles,
                        "-o", str(tmp_path / f"memo-{seed}.docx"), "--report", str(report)],
                       capture_output=True, text=True, env=env, timeout=300)
        outputs.append((cross.stdout, report.read_text(encoding="utf-8")))
    assert outputs[0][0] and outputs[0] == outputs[1]


def test_claims_that_each_name_what_the_other_story_is_about_are_one_fact() -> None:
    # no name in common between the two sentences, but each names the subject of the other story
    a = source("a", "Fire in the Orna valley\nThe Orna valley fire spread on Monday, and Orna valley farms "
                    "were evacuated. The Orna valley fire was still burning on Tuesday.\nThree pilots died on "
                    "Monday when their plane crashed, said Ivo Brandt, the regional fire chief.\n")
    b = source("b", "Orna valley blaze\nFire chief Ivo Brandt said the Orna valley fire had reached the town "
                    "of Pelz. Ivo Brandt asked for more aircraft.\nThree pilots were killed on Sunday when their "
                    "plane went down near the Orna valley.\n")
    data = check(a, b)
    assert groups_with(data["conflicts"], "Monday", "Sunday")


@pytest.mark.parametrize(
    "other",
    [
        # the date a figure was measured at, right after it
        "The Orna valley fire, Ivo Brandt said, grew to 9,000 hectares on Tuesday.",
        # a state measured at a time
        "The Orna valley fire was 10 percent contained as of Tuesday, Ivo Brandt said.",
        # declaring an emergency is an act of its own
        "Ivo Brandt declared a state of emergency on Tuesday over the Orna valley fire.",
        # a happening of the fire's later days, not its outbreak
        "The Orna valley fire burned at its fiercest on Tuesday, Ivo Brandt said.",
    ],
)
def test_dates_of_other_moments_of_a_disaster_are_not_its_date(other: str) -> None:
    a = source("a", "Orna valley fire\nThe Orna valley fire broke out on Saturday, Ivo Brandt said.\n")
    b = source("b", f"Orna valley fire\n{other}\n")
    assert not check(a, b)["conflicts"]
    # while another day for the outbreak itself is a conflict
    b = source("b", "Orna valley fire\nThe Orna valley fire broke out on Sunday, Ivo Brandt said.\n")
    assert groups_with(check(a, b)["conflicts"], "Saturday", "Sunday")


def test_a_length_the_other_report_gives_elsewhere_is_that_one() -> None:
    """A report that tells "two weeks' pay" and a cap of 26 weeks does not disagree with another's "two weeks'
    pay": its own two weeks are the ones the other report means, and its 26 weeks are something else."""
    a = source("a", "Tarrow Foods closes plants\n\nThe bakers' union will meet Tarrow Foods on Thursday. It is "
                    "asking for two weeks' pay for every year worked, for up to 26 weeks, organiser Nina Ostby said.\n")
    b = source("b", "Tarrow Foods talks open\n\nThe bakers' union met Tarrow Foods on Thursday. The union wants two "
                    "weeks' pay per year of service, capped at 26 weeks. Tarrow Foods' current policy offers one week "
                    "per year, capped at 12 weeks, Nina Ostby said.\n")
    assert not [g for g in check(a, b)["conflicts"] if g["kind"] == "duration"]


def test_the_earliest_day_something_may_come_is_not_its_day() -> None:
    """"as early as Thursday" leaves room for Friday."""
    a = source("a", "Pelz council\nThe Pelz council will hold a hearing on the dam as early as Thursday, mayor Ivo "
                    "Brandt said.\n")
    b = source("b", "Pelz council\nThe Pelz council will hold a hearing on the dam on Friday, mayor Ivo Brandt "
                    "said.\n")
    assert not check(a, b)["conflicts"]
    assert check(source("a", a.text.replace("as early as", "on")), b)["conflicts"]


def test_the_outbreaks_of_two_disasters_of_one_story_are_two_dates() -> None:
    """A heatwave that began on Thursday and the fire it fed, which broke out on Saturday: two disasters."""
    a = source("a", "Orna valley fire\nThe heatwave that began on Thursday has dried out the Orna valley, Ivo "
                    "Brandt said.\n")
    b = source("b", "Orna valley fire\nThe Orna valley fire broke out on Saturday, Ivo Brandt said.\n")
    assert not check(a, b)["conflicts"]


def test_a_time_of_day_with_no_day_beside_it_does_not_date_its_happening() -> None:
    """"taken at 3:15 p.m." takes its day from the date told before it, here another happening's: the report
    that names Sunday elsewhere does not say the reading was taken on another day."""
    a = source("a", "Tarrow heat record\nThe Tarrow station recorded 44.1C on Sunday as a heatwave that began on "
                    "Wednesday went on. The reading, taken at 3:15 p.m., beat the record, forecaster Lena Brix "
                    "said.\n", published="2025-07-15")
    b = source("b", "Tarrow heat record\nThe Tarrow station beat the heat record on Sunday, forecaster Lena Brix "
                    "said.\n", published="2025-07-15")
    assert not [g for g in check(a, b)["conflicts"] if g["kind"] == "date"]


def test_the_day_a_toll_was_counted_is_not_the_day_of_the_deaths() -> None:
    """'at 14 on Tuesday, up from 9 on Monday': a number right before 'on' dates its count."""
    a = source("a", "Orna valley fire\nNine firefighters were killed in the Orna valley fire on Saturday, Ivo "
                    "Brandt said.\n", published="2025-06-10")
    b = source("b", "Orna valley fire\nFire chief Ivo Brandt put the death toll of the Orna valley fire at 14, up "
                    "from 9 on Monday.\n", published="2025-06-11")
    assert not [g for g in check(a, b)["conflicts"] if g["kind"] == "date"]
    b = source("b", "Orna valley fire\nNine firefighters were killed in the Orna valley fire on Sunday, Ivo "
                    "Brandt said.\n", published="2025-06-11")
    assert groups_with(check(a, b)["conflicts"], "Saturday", "Sunday")


def test_a_number_spelled_out_differently_in_a_direct_quote_is_a_misquote() -> None:
    a = source("a", "Harbour plan\n“The new cranes will serve the harbour for twenty years,” said Mayor Lina Okoro.\n")
    b = source("b", "Harbour plan\n“The new cranes will serve the harbour for thirty years,” said Mayor Lina Okoro.\n")
    conflicts = [g for g in check(a, b)["conflicts"] if g["kind"] == "quote"]
    assert conflicts and "worded differently" in conflicts[0]["message"]
    assert "'twenty'" in conflicts[0]["message"] or "'thirty'" in conflicts[0]["message"]


def test_months_a_month_apart_are_not_a_time_zone_difference() -> None:
    a = source("a", "Mill deal\nTalks between Ostra Timber and Kallio Paper began in October, Lena Dahl said.\n")
    b = source("b", "Mill deal\nTalks between Ostra Timber and Kallio Paper began in November, Lena Dahl said.\n")
    (group,) = groups_with(check(a, b)["conflicts"], "October", "November")
    assert "time-zone" not in group["message"] and "day apart" not in group["message"]


# figures whose sentences name no event are paired by what they measure (the memo check does the same)
_MILLS_A = ("Mills\n\nBrightwater Mills said on Monday it would close nine bakeries in Ontario and cut 840 jobs.\n\n"
            "The two sides plan to meet again within three weeks.\n")
_MILLS_B = ("Mills\n\nBrightwater Mills, which operates 31 bakeries in Ontario, will shut 11 bakeries and eliminate "
            "roughly 800 positions, the company announced Monday.\n\nThe two sides plan to meet again within five "
            "weeks.\n")


def test_figures_that_name_no_event_are_compared_by_what_they_measure() -> None:
    data = check(source("wire", _MILLS_A), source("gazette", _MILLS_B))
    # "close" and "shut" name one measure; the bakeries the company operates are another
    assert the_group(data, "nine bakeries", "11 bakeries")["relation"] == "conflict"
    assert not groups_with(data["conflicts"] + data["agreements"], "nine bakeries", "31 bakeries")
    # jobs and positions are one unit, cutting and eliminating one measure
    assert the_group(data, "840 jobs", "roughly 800 positions")["relation"] == "agree"


def test_a_figure_named_by_no_event_in_another_company_is_not_compared() -> None:
    other = _MILLS_B.replace("Brightwater Mills", "Harrow Bakeries")
    data = check(source("wire", _MILLS_A), source("gazette", other))
    assert not groups_with(data["conflicts"] + data["agreements"], "nine bakeries", "11 bakeries")


def test_prices_per_share_of_one_offer_are_one_fact() -> None:
    a = ("Takeover\n\nOrrin Biotech agreed to buy Calla Genomics. Orrin will pay $52.25 a share, a premium of "
         "31 percent over Calla's last close.\n")
    b = ("Takeover\n\nOrrin Biotech is buying Calla Genomics after Calla's board rejected a bid of $44 a share "
         "last year. This time Orrin offered $52.25 per share in cash.\n")
    data = check(source("wire", a), source("gazette", b))
    assert the_group(data, "$52.25 a share", "$52.25 per share")["relation"] == "agree"
    # the bid the board rejected is another price, told with other words
    assert not groups_with(data["conflicts"], "$52.25 a share", "$44 a share")


def test_two_prices_per_share_of_one_deal_conflict() -> None:
    """The only words beside both prices are the deal's own ("will pay", "pays"): the unit, a share,
    says they measure the same thing."""
    a = ("Takeover\n\nHaldane Foods agreed to buy Pim Dairy in a deal announced on Monday. Haldane will pay "
         "$41.25 a share in cash, the companies said.\n")
    b = ("Dairy deal\n\nHaldane Foods is buying Pim Dairy. Under the agreement Haldane pays $39 a share, Pim Dairy "
         "said on Monday.\n")
    data = check(source("wire", a, published="2024-05-07"), source("gazette", b, published="2024-05-07"))
    assert the_group(data, "$41.25 a share", "$39 a share")["relation"] == "conflict"


def test_a_lift_off_is_a_launch() -> None:
    """"lifted off on May 3" and "was launched on May 5" date one launch: the two reports disagree."""
    data = check(source("herald", H + "The Orla weather satellite lifted off on May 3, 2024, from Kettle Bay.\n",
                        published="2024-06-10"),
                 source("ledger", H + "The Orla weather satellite was launched on May 5, 2024, from Kettle Bay.\n",
                        published="2024-06-11"))
    (conflict,) = data["conflicts"]
    assert conflict["kind"] == "date"
    assert {c["text"] for c in conflict["claims"]} == {"May 3, 2024", "May 5, 2024"}


def test_how_long_a_jury_deliberated_is_one_fact() -> None:
    """"deliberated for three days" and "for five days" time the same deliberations: the verdict's."""
    trial = "A jury in Dunmore convicted Aldo Pryce of arson on March 3, 2025. "
    data = check(source("herald", H + trial + "The jurors deliberated for three days.\n", published="2025-03-04"),
                 source("ledger", H + trial + "The jurors had deliberated for five days.\n", published="2025-03-05"))
    assert the_group(data, "three days", "five days")["relation"] == "conflict"


def test_two_sums_of_one_fine_conflict_and_other_sums_stay_apart() -> None:
    """"fined the firm $40,000" and "a $75,000 fine" are one fine; the cleanup costs beside it are not."""
    data = check(source("herald", H + "Judge Mira Tolland fined Keswick Chemicals $40,000 for the river spill.\n",
                        published="2024-11-08"),
                 source("ledger", H + "Keswick Chemicals got a $75,000 fine and a bill for $2 million in cleanup "
                                      "costs for the river spill, Judge Mira Tolland ruled.\n", published="2024-11-08"))
    assert the_group(data, "$40,000", "$75,000")["relation"] == "conflict"
    assert groups_with(data["conflicts"], "$40,000", "$2 million") == []


def test_a_figure_of_a_past_year_is_not_an_undated_reports_current_figure() -> None:
    cholera = ("Cholera spreads in Brisk Province\n\nHealth officials in Brisk Province confirmed 60 cholera cases on "
               "Monday. Hospitals in Brisk Province are full.\n\nThe disease last struck in 2018, when an outbreak in "
               "Yarrow Province killed 40 people, a fatality rate of 11 percent.\n")
    a = source("a", cholera, published="2024-05-08")
    # undated: its figures, told with no year, are of the present outbreak
    b = source("b", "Brisk cholera toll climbs\n\nCholera has killed 30 people in Brisk Province, a fatality rate of "
                    "roughly 6%, officials said on Friday.\n\nTwelve doctors from Yarrow Province arrived on Thursday "
                    "to help. Yarrow Province fought its own outbreak in 2018.\n", published=None)
    data = check(a, b)
    not_linked(data, "11 percent", "roughly 6%")
    not_linked(data, "40 people", "30 people")
    # a figure that names only the past outbreak's place may still be of it
    b = source("b", "Brisk cholera toll climbs\n\nThe earlier outbreak in Yarrow Province killed 40 people.\n\nTwelve "
                    "doctors from Yarrow Province arrived on Thursday.\n", published=None)
    assert the_group(check(a, b), "40 people", "40 people")["relation"] == "agree"


def test_a_name_the_other_article_mentions_once_is_no_other_subject() -> None:
    """"Norland" is named once in the first article (its headline), "K-40" not at all in the second: the
    two orders of trams from Osker Rail are still one fact, and the counts conflict."""
    a = ("Norland buys new trams\n\nThe transport ministry has ordered 90 trams of the K-40 model from the maker "
         "Osker Rail, in a contract worth about $300 million. Osker Rail will deliver the first trams in "
         "spring.\n")
    b = ("Trams arrive in Vell\n\nThe first of the trams reached Vell on Monday, and the rest of Norland's order "
         "of 60 trams from Osker Rail will follow in batches. Osker Rail opened a depot in Vell last month.\n")
    data = check(source("wire", a, published="2024-09-02"), source("gazette", b, published="2024-09-03"))
    assert the_group(data, "90 trams", "60 trams")["relation"] == "conflict"


def test_counts_of_one_noun_held_by_the_same_party_are_one_fact() -> None:
    """The seats are the Harbor League's in both sentences, though they share no word; another party's
    seats and a change of seats are other facts."""
    a = ("Kesta votes\n\nIn the assembly election held on Sunday, the Harbor League won 33 of the 90 seats, short "
         "of a majority. The Farmers' Bloc took 21 seats.\n")
    b = ("Kesta result\n\nLed by Ana Roth, the Harbor League emerged from the election as the biggest party, with 36 "
         "seats, but it needs partners. The Farmers' Bloc lost 4 seats.\n")
    data = check(source("wire", a, published="2024-03-12"), source("gazette", b, published="2024-03-13"))
    assert the_group(data, "33 of the 90 seats", "36 seats")["relation"] == "conflict"
    assert not groups_with(data["conflicts"], "21 seats", "36 seats")
    assert not groups_with(data["conflicts"], "21 seats", "4 seats")


# two reports of one story: names no longer separate its figures, what they measure does
_DAM_A = ("Dam burst\n\nA dam burst above Hepra on Sunday, governor Ansel Moro said on Monday. Ansel Moro said 40 "
          "people were missing in Hepra.\n\nThe province released 8 million pesos in emergency aid.\n")
_DAM_B = ("Hepra flood\n\nThe dam above Hepra gave way on Sunday, Ansel Moro said. Some 38 people were missing in "
          "Hepra, Ansel Moro said on Monday.\n\nThe province will spend 12 million pesos on emergency aid, finance "
          "chief Dora Kell said.\n")


def test_two_sums_of_one_story_conflict_though_only_one_names_its_speaker() -> None:
    data = check(source("herald", _DAM_A, published="2024-09-03"), source("ledger", _DAM_B, published="2024-09-03"))
    assert the_group(data, "8 million pesos", "12 million pesos")["relation"] == "conflict"


def test_sums_of_two_stories_are_not_compared() -> None:
    other = _DAM_B.replace("Hepra", "Solvig").replace("Ansel Moro", "Ruta Benn")
    data = check(source("herald", _DAM_A, published="2024-09-03"), source("ledger", other, published="2024-09-03"))
    assert groups_with(data["conflicts"] + data["agreements"], "8 million pesos", "12 million pesos") == []


def test_a_figure_the_other_report_repeats_is_not_compared_with_its_other_figures() -> None:
    """Both reports give the union's demand, 12 percent: the other report's 5 percent is the offer."""
    a = ("Pay talks\n\nThe Linden Nurses Union wants a pay rise of 12 percent, its leader Tessa Vane said on Friday. "
         "Linden Health has offered a pay rise of 4 percent, Tessa Vane said.\n")
    b = ("Nurses\n\nThe Linden Nurses Union is asking for a pay rise of 12 percent, Tessa Vane told reporters. Linden "
         "Health offered a pay rise of 5 percent, the Linden Nurses Union said.\n")
    data = check(source("herald", a, published="2024-09-03"), source("ledger", b, published="2024-09-03"))
    (conflict,) = data["conflicts"]
    assert {c["text"] for c in conflict["claims"]} == {"4 percent", "5 percent"}
    assert the_group(data, "12 percent", "12 percent")["relation"] == "agree"


def test_a_transfer_fee_conflict_is_no_update_because_of_the_next_clauses_now() -> None:
    """"now" belongs to "has now scored 19 goals", not to the fee."""
    a = ("Derby striker\n\nTomas Reyl joined Carden Athletic from Port Ellis last summer for a transfer fee of £9 "
         "million and has now scored 19 goals this season.\n")
    b = ("Athletic through\n\nCarden Athletic, who paid Port Ellis a transfer fee of £7 million for Tomas Reyl last "
         "year, reached the semi-finals.\n")
    data = check(source("herald", a, published="2026-03-02"), source("ledger", b, published="2026-03-02"))
    assert the_group(data, "£9 million", "£7 million")["relation"] == "conflict"


def test_a_spokesman_telling_of_talks_is_no_party_to_them() -> None:
    """The spokesman named in one report is the speaker, not a counterpart the other report lacks."""
    a = ("Ministers meet\n\nOren Vasko met Lia Dorn in Brenna on Tuesday. The talks lasted about three hours, "
         "Vasko's spokesman, Emil Sarn, said in a statement.\n")
    b = ("Lake talks\n\nOren Vasko and Lia Dorn held talks for more than five hours at a hotel in Brenna, an "
         "official said.\n")
    data = check(source("herald", a, published="2026-03-04"), source("ledger", b, published="2026-03-04"))
    assert the_group(data, "about three hours", "more than five hours")["relation"] == "conflict"


def test_two_prison_terms_of_one_sentencing_conflict() -> None:
    """"sentenced to five years in prison" and "sentenced to eight years in prison" tell one sentence."""
    data = check(source("herald", H + "Tomas Rell, the former port director, was sentenced to five years in prison "
                                      "on Friday for fraud.\n", published="2024-09-14"),
                 source("ledger", H + "Tomas Rell, the former port director, was sentenced to eight years in "
                                      "prison on Friday for fraud.\n", published="2024-09-14"))
    assert the_group(data, "five years", "eight years")["relation"] == "conflict"


def test_a_length_spent_in_another_state_is_not_the_prison_term() -> None:
    """"two years of supervised release" after the term is no "90-month prison sentence"."""
    data = check(source("herald", H + "Judge Ana Pell sentenced Tomas Rell to 90 months in prison, to be followed "
                                      "by two years of supervised release.\n", published="2024-09-14"),
                 source("ledger", H + "Tomas Rell will appeal his 90-month prison sentence, his lawyers said on "
                                      "Saturday.\n", published="2024-09-15"))
    not_linked(data, "two years", "90-month")


def test_two_lengths_of_one_court_trial_conflict() -> None:
    """A trial's length in one report is not taken for the jury's deliberations in the other."""
    data = check(source("herald", H + "A jury convicted Tomas Rell in May after a trial that lasted three weeks "
                                      "and deliberations of two days.\n", published="2024-09-14"),
                 source("ledger", H + "Jurors found Tomas Rell guilty in May following a five-week trial.\n",
                        published="2024-09-14"))
    assert the_group(data, "three weeks", "five-week")["relation"] == "conflict"
    not_linked(data, "two days", "five-week")


def test_a_fires_containment_on_two_days_is_an_update() -> None:
    """"20 percent contained" on Monday and "35 percent contained" on Tuesday tell a fire brought under control."""
    data = check(source("herald", H + "The Esker Ridge wildfire was 20 percent contained on Monday, fire chief Ida "
                                      "Holm said.\n", published="2024-07-16"),
                 source("ledger", H + "The Esker Ridge wildfire was 35 percent contained on Tuesday, fire chief "
                                      "Ida Holm said.\n", published="2024-07-17"))
    assert the_group(data, "20 percent", "35 percent")["relation"] == "update"


@pytest.mark.parametrize(("first", "second", "relation"), [
    # more homes destroyed in the later report: the fire went on burning
    ("30 homes", "48 homes", "update"),
    # so does the land it burned
    ("about 3,000 hectares", "more than 4,500 hectares", "update"),
    # fewer in the later report: what burned does not come back
    ("48 homes", "30 homes", "conflict"),
])
def test_a_damage_count_that_grows_between_days_is_an_update(first: str, second: str, relation: str) -> None:
    data = check(source("herald", H + f"The Esker Ridge wildfire kept spreading on Monday, and {first} have been "
                                      "destroyed, fire chief Ida Holm said.\n", published="2024-07-16"),
                 source("ledger", H + f"The Esker Ridge wildfire kept spreading, and {second} had been destroyed, "
                                      "fire chief Ida Holm said.\n", published="2024-07-17"))
    assert the_group(data, first, second)["relation"] == relation


_BUS_A = ("Bus drivers walk out in Kelmora\n\nAbout 900 drivers at Kelmora Depot began a three-day strike on Monday, "
          "the Transit Drivers Guild said.\n\nThe Transit Drivers Guild wants a raise of 8 percent; the operator, "
          "Kelmora Coachlines, has offered 3 percent. Talks broke down on Friday after 12 hours of negotiations.\n\n"
          "Guild leader Rosa Venn said more stoppages could follow. Rosa Venn spoke outside Kelmora Depot.\n")
_BUS_B = ("Kelmora buses halted\n\nNo buses left Kelmora Depot on Monday as drivers began a three-day strike. The "
          "talks with Kelmora Coachlines had ended on Friday after nine hours without a deal.\n\nThe Guild's leader, "
          "Rosa Venn, said drivers wanted an 8 percent raise. Rosa Venn called the offer an insult.\n")


def test_talks_that_ended_after_a_length_lasted_that_long() -> None:
    """Talks that 'ended on Friday after nine hours' lasted nine hours: no moment placed after something."""
    data = check(source("wire", _BUS_A, published="2026-05-12"), source("gazette", _BUS_B, published="2026-05-12"))
    assert the_group(data, "12 hours", "nine hours")["relation"] == "conflict"


def test_a_previous_round_of_talks_is_not_this_round() -> None:
    """'The previous round ... broke up after 16 hours' tells of other talks than 'ended two days of talks'."""
    a = ("Trade talks\n\nNegotiators led by Mira Solt and Ivo Brann ended two days of trade talks in Ostra on "
         "Wednesday without a deal.\n")
    b = ("Trade talks end\n\nMira Solt and Ivo Brann ended their trade talks in Ostra on Wednesday. The previous "
         "round of talks between Mira Solt and Ivo Brann broke up after 16 hours without agreement.\n")
    data = check(source("wire", a, published="2026-05-14"), source("gazette", b, published="2026-05-14"))
    not_linked(data, "two days", "16 hours")


def test_a_crowd_and_the_fans_a_game_was_played_in_front_of_are_one_attendance() -> None:
    """Two reports of one game: 'a crowd of 31,400' and 'in front of 28,000 fans' both tell its attendance,
    though the second names only the scorer and the first only the ground."""
    a = ("Larks into final\n\nTeo Brandt scored twice as the Marsh Larks beat Delby Town 2-0 on Saturday. A crowd of "
         "31,400 watched at Quill Park.\n\nTeo Brandt joined the Marsh Larks from Delby Town in May.\n")
    b = ("Brandt double for Larks\n\nThe Marsh Larks beat Delby Town 2-0 on Saturday with two goals from Teo "
         "Brandt. Teo Brandt scored early in front of 28,000 fans and again late on.\n\nTeo Brandt, who left Delby "
         "Town for the Marsh Larks, now has 19 goals.\n")
    data = check(source("wire", a, published="2026-04-12"), source("gazette", b, published="2026-04-12"))
    assert the_group(data, "31,400", "28,000 fans")["relation"] == "conflict"


def test_a_length_a_fire_burned_for_before_it_was_put_out_is_its_length() -> None:
    """'burned for nearly five hours before crews brought it under control' is how long the fire burned, no
    moment placed before another: it meets 'took crews about seven hours to put out'."""
    a = ("Warehouse fire in Brenn\n\nA fire broke out at a Dorrel Freight warehouse in Brenn on Tuesday night. The "
         "blaze burned for nearly five hours before crews brought it under control, fire chief Otto Rask said.\n")
    b = ("Brenn warehouse blaze\n\nThe fire at the Dorrel Freight warehouse in Brenn started on Tuesday night and "
         "took crews about seven hours to put out, fire chief Otto Rask said.\n")
    data = check(source("wire", a, published="2026-02-11"), source("gazette", b, published="2026-02-11"))
    assert the_group(data, "nearly five hours", "about seven hours")["relation"] == "conflict"


def test_a_length_set_for_a_moment_after_an_event_is_still_an_offset() -> None:
    """'scheduled for two weeks after the vote' places the runoff; it is no length of the vote."""
    a = ("Vote in Ostra\n\nMira Solt won the first round of the Ostra election on Sunday. The runoff is scheduled "
         "for two weeks after the vote, the Ostra election board said.\n")
    b = ("Ostra runoff\n\nMira Solt led the Ostra election on Sunday. The Ostra election board said the runoff "
         "election would come three weeks after the vote.\n")
    data = check(source("wire", a, published="2026-03-02"), source("gazette", b, published="2026-03-02"))
    not_linked(data, "two weeks", "three weeks")


def test_a_former_mayor_in_a_headline_is_the_named_mayor() -> None:
    """'Ex-mayor Dunlow' of a headline is Pia Dunlow: her term told as eight years and as six is a conflict."""
    a = ("Ex-mayor Dunlow jailed\n\nPia Dunlow was sentenced to four years in prison on Friday. Dunlow, 58, served "
         "as mayor for eight years.\n")
    b = ("Former Varn mayor sentenced\n\nA court in Varn sentenced Pia Dunlow to four years on Friday. Dunlow, 58, "
         "served as mayor for six years.\n")
    data = check(source("wire", a, published="2026-06-06"), source("gazette", b, published="2026-06-06"))
    assert the_group(data, "eight years", "six years")["relation"] == "conflict"


def test_an_earlier_fire_told_with_its_year_is_compared_by_its_burned_area() -> None:
    """'the Ledge fire of 2017, which burned 9,000 hectares' and 'The Ledge fire of 2017 burned 7,500 hectares'
    tell one area burned."""
    a = ("Fire near Osk\n\nA wildfire near Osk has burned 2,000 hectares, ranger Lio Marsh said. It is the largest "
         "since the Ledge fire of 2017, which burned 9,000 hectares.\n")
    b = ("Osk wildfire grows\n\nThe Osk wildfire grew to 2,400 hectares, ranger Lio Marsh said. The Ledge fire of "
         "2017 burned 7,500 hectares in the same hills.\n")
    data = check(source("wire", a, published="2026-08-03"), source("gazette", b, published="2026-08-04"))
    assert the_group(data, "9,000 hectares", "7,500 hectares")["relation"] == "conflict"


def test_workers_who_began_a_strike_are_the_strikers_a_strike_by_counts() -> None:
    """'About 700 mine workers ... began a 72-hour strike' and 'A strike by some 900 laborers' count the
    strikers; a count told with words of its own ('1,100 employees work at the mine') is something else."""
    a = ("Miners walk out at Oskar Pit\n\nAbout 700 mine workers at Oskar Pit began a 72-hour strike on Tuesday, "
         "the Pit Workers Union said. Union leader Bo Lind spoke at the gate.\n")
    b = ("Oskar Pit idle\n\nA strike by some 900 laborers shut Oskar Pit on Tuesday, the Pit Workers Union said. "
         "Union leader Bo Lind said 1,100 employees work at the mine.\n")
    data = check(source("wire", a, published="2026-10-07"), source("gazette", b, published="2026-10-07"))
    assert the_group(data, "About 700 mine workers", "some 900 laborers")["relation"] == "conflict"
    not_linked(data, "About 700 mine workers", "1,100 employees")


def test_people_who_died_are_a_death_toll_that_cannot_fall() -> None:
    """"14 people have died" counts deaths: in a later report it contradicts an earlier "16 deaths" (the
    dead do not come back), unless it says the count was revised; more deaths later is an update."""
    earlier = source("herald", QUAKE + "The Orsk landslide had caused 16 deaths by Tuesday evening, rescuers "
                                       "in Orsk said.\n", published="2025-03-12")
    for later_text, figure, relation in (
            ("14 people have died in the Orsk landslide, rescuers said.", "14 people", "conflict"),
            ("Officials said 21 people have died in the Orsk landslide.", "21 people", "update"),
            ("The Orsk toll was revised down to 14 people dead, rescuers said.", "14 people", "update")):
        later = source("ledger", QUAKE + later_text + "\n", published="2025-03-14")
        group = the_group(check(earlier, later), "16 deaths", figure)
        assert group["relation"] == relation, (later_text, group["message"])


def test_a_toll_for_a_whole_day_is_not_one_for_part_of_it() -> None:
    """"212 by Wednesday afternoon" and "at least 280 people were killed when the quake struck on Wednesday"
    or "the quake that struck on Wednesday caused 280 deaths" are no conflict: the day's figure may be
    counted that night."""
    data = check(source("herald", QUAKE + "The death toll from the Esteva earthquake had risen to 212 by Wednesday "
                                          "afternoon, officials said.\n", published="2025-03-12"),
                 source("ledger", QUAKE + "At least 280 people were killed when the earthquake struck Esteva on "
                                          "Wednesday, officials said.\n", published="2025-03-13"),
                 source("post", QUAKE + "The earthquake that struck Esteva on Wednesday caused 280 deaths, "
                                        "officials said on Thursday.\n", published="2025-03-13"))
    assert [g for g in data["conflicts"] if g["kind"] == "count"] == []


# two reports of one concert whose articles are about partly different people: the length of the delay is
# told in a sentence that names nobody
_GIG_A = ("Concert\n\nThe Marwick Quartet played to a full house at Tessel Hall in Orlen on Friday, conductor Ivo "
          "Brandt said. Ivo Brandt praised the Marwick Quartet and the hall staff of Tessel Hall.\n\n"
          "The start of the concert was delayed by 15 minutes because a fuse had blown backstage.\n")
_GIG_B = ("Quartet\n\nThe Marwick Quartet closed its tour at Tessel Hall in Orlen on Friday, promoter Sela Virn "
          "said. Sela Virn thanked the Marwick Quartet and the fans at Tessel Hall.\n\n"
          "The start of the concert was delayed by 40 minutes, the hall said on Saturday.\n")


def test_lengths_that_name_no_event_are_compared_by_what_they_measure() -> None:
    """Each article's own people (the conductor, the promoter) stand in for a sentence that names nobody:
    they tell what the article is about, not that the delays are of different concerts."""
    data = check(source("wire", _GIG_A, published="2025-03-08"), source("gazette", _GIG_B, published="2025-03-08"))
    assert the_group(data, "15 minutes", "40 minutes")["relation"] == "conflict"


def test_lengths_of_a_state_that_stays_or_remains_are_one_measure() -> None:
    a = ("Floods\n\nThe Kaven Bridge in Dorrit will remain closed for three weeks while engineers check its "
         "piers, Mayor Lin Aster said.\n")
    b = ("Floods\n\nThe Kaven Bridge in Dorrit would stay shut for 12 days, Mayor Lin Aster "
         "told residents.\n")
    data = check(source("wire", a, published="2025-03-08"), source("gazette", b, published="2025-03-08"))
    assert the_group(data, "three weeks", "12 days")["relation"] == "conflict"


def test_lengths_of_one_story_are_not_paired_by_a_word_beside_both_alone() -> None:
    """A lap and a heat share the word "first", and no more: a length needs what ``same_measure`` asks."""
    a = ("Gala\n\nOda Renn won the 800m at the Pelham Pool gala in Corve. Oda Renn swam every lap in 31.2 "
         "seconds except for the first, coach Tam Ilse said.\n")
    b = ("Gala\n\nOda Renn took the 800m at the Pelham Pool gala in Corve. Oda Renn qualified first on Friday in "
         "8:41.5, coach Tam Ilse said.\n")
    data = check(source("wire", a, published="2025-03-08"), source("gazette", b, published="2025-03-08"))
    assert not groups_with(data["conflicts"] + data["agreements"], "31.2 seconds", "8:41.5")


def test_sums_whose_sentences_name_different_events_are_one_fact_when_the_same_words_follow() -> None:
    """"win" and "worth" file the two sums under different events; "in prize money" after both says
    they measure one thing."""
    a = ("Cup final\n\nRovan City beat Elm Park 3-1 in the Harbour Cup final in Tolle on Sunday. Rovan City will "
         "receive 8 million pounds in prize money for the win, the organisers said.\n")
    b = ("Cup parade\n\nRovan City paraded the Harbour Cup through Tolle on Monday. The trophy is worth 11 million "
         "pounds in prize money to Rovan City, a lift for a club whose revenue fell last season.\n")
    data = check(source("wire", a, published="2025-05-12"), source("gazette", b, published="2025-05-13"))
    assert the_group(data, "8 million pounds", "11 million pounds")["relation"] == "conflict"


def test_a_clause_telling_when_says_nothing_of_what_a_speed_measures() -> None:
    a = ("Ferry\n\nThe Corran ferry hit the pier at Vessby on Monday. Data from the recorder of the Corran ferry "
         "showed it was travelling at 14 knots when the captain ordered full astern, an inspector said.\n")
    b = ("Ferry\n\nThe Corran ferry struck the pier at Vessby on Monday. The recorder of the Corran ferry shows "
         "it was moving at 19 knots just before the impact, an inspector said.\n")
    data = check(source("wire", a, published="2025-05-12"), source("gazette", b, published="2025-05-13"))
    assert the_group(data, "14 knots", "19 knots")["relation"] == "conflict"


BOAT = "Ferry sinks\n\n"


def test_what_a_ferry_may_carry_is_not_what_it_carried() -> None:
    """"licensed to carry 300 passengers" is a capacity: the load of the night it sank is another figure."""
    data = check(source("herald", BOAT + "The Arden Queen, which sank off Morrow Point on Friday, was licensed to "
                                         "carry 300 passengers, the harbour office of Morrow Point said.\n",
                        published="2025-02-16"),
                 source("ledger", BOAT + "The Arden Queen was carrying 320 passengers when it sank off Morrow Point "
                                         "on Friday, the harbour office of Morrow Point said.\n",
                        published="2025-02-16"))
    assert groups_with(data["conflicts"], "300 passengers", "320 passengers") == []


def test_what_is_left_of_a_course_is_not_its_length() -> None:
    data = check(source("herald", H + "Ada Brink of Osterland won the road race at the Tollen championships on "
                                      "Sunday, attacking alone with 14 kilometres to go.\n", published="2025-06-09"),
                 source("ledger", H + "Ada Brink of Osterland won the road race at the Tollen championships over "
                                      "196 km on Sunday.\n", published="2025-06-09"))
    assert groups_with(data["conflicts"], "14 kilometres", "over 196 km") == []


def test_a_temperature_above_an_average_is_not_a_temperature() -> None:
    """"1.4C above the average" is how far a year stood from the norm, not its mean temperature."""
    data = check(source("herald", H + "The mean temperature in Osterland last year was 8.2 degrees Celsius, "
                                      "the Osterland weather service said in its yearly report.\n",
                        published="2025-01-15"),
                 source("ledger", H + "The mean temperature in Osterland last year was 1.4C above the long-term "
                                      "average, the Osterland weather service said in its yearly report.\n",
                        published="2025-01-15"))
    assert groups_with(data["conflicts"], "8.2 degrees Celsius", "1.4C") == []


DEAL = "Takeover\n\n"


def test_sums_orders_of_magnitude_apart_are_two_sums_unless_one_slipped_a_unit() -> None:
    """A break-up fee is no deal value; "$4.5 million" written for "$4.5 billion" is still one sum misreported."""
    deal = source("herald", DEAL + "Tellan Foods agreed on Monday to buy rival Orbel Dairy for $4.5 billion in "
                                   "cash.\n", published="2025-03-04")
    fee = source("ledger", DEAL + "Under the deal with Tellan Foods, Orbel Dairy would pay $120 million if it "
                                  "accepted a rival offer, according to a filing on Tuesday.\n", published="2025-03-05")
    assert groups_with(check(deal, fee)["conflicts"], "$4.5 billion", "$120 million") == []
    slipped = source("ledger", DEAL + "Tellan Foods agreed on Monday to buy rival Orbel Dairy for $4.5 million in "
                                      "cash.\n", published="2025-03-05")
    assert the_group(check(deal, slipped), "$4.5 billion", "$4.5 million")["relation"] == "conflict"


def test_a_value_including_debt_is_not_the_price_of_the_shares() -> None:
    data = check(source("herald", DEAL + "Tellan Foods agreed to buy Orbel Dairy for about $4.5 billion in cash, "
                                         "Tellan Foods said.\n", published="2025-03-04"),
                 source("ledger", DEAL + "Tellan Foods agreed to buy Orbel Dairy in a deal that values Orbel Dairy "
                                         "at about $5.6 billion including debt, Tellan Foods said.\n",
                        published="2025-03-04"))
    assert groups_with(data["conflicts"], "about $4.5 billion", "about $5.6 billion") == []


def test_a_premium_is_not_a_fall_in_the_share_price() -> None:
    data = check(source("herald", DEAL + "Tellan Foods will pay $30 for each Orbel Dairy share, a premium of 24% "
                                         "to the last close of Orbel Dairy, in the deal.\n", published="2025-03-04"),
                 source("ledger", DEAL + "Shares of Tellan Foods have fallen about 6% since the deal for Orbel Dairy "
                                         "was announced.\n", published="2025-03-06"))
    assert groups_with(data["conflicts"], "24%", "about 6%") == []


def test_the_year_a_figure_is_compared_with_is_not_the_year_of_the_event() -> None:
    data = check(source("herald", FLOOD + "The Varrow floods cut the barley harvest, which was 9% smaller than in "
                                          "2023, the farm ministry said.\n", published="2025-01-20"),
                 source("ledger", FLOOD + "The Varrow floods last year were the worst in a decade, the farm ministry "
                                          "said.\n", published="2025-01-20"))
    assert groups_with(data["conflicts"], "2023", "last year") == []


TOUR = "Cycling worlds\n\n"


def test_gold_medals_are_not_all_medals() -> None:
    data = check(source("herald", TOUR + "Varnia ended the Tollen championships having won four gold medals in "
                                         "the time trials.\n", published="2025-06-09"),
                 source("ledger", TOUR + "Varnia ended the Tollen championships with ten medals.\n",
                        published="2025-06-09"))
    assert groups_with(data["conflicts"], "four gold medals", "ten medals") == []


def test_a_winning_time_is_not_the_length_of_the_championships() -> None:
    data = check(source("herald", TOUR + "Varnia topped the table of the nine-day Tollen championships.\n",
                        published="2025-06-09"),
                 source("ledger", TOUR + "Ada Brink won the road race of the Tollen championships in 5 hours 48 "
                                         "minutes 10 seconds.\n", published="2025-06-09"))
    assert groups_with(data["conflicts"], "nine-day", "5 hours 48 minutes 10 seconds") == []


def test_the_day_a_report_came_out_is_not_the_day_it_is_debated() -> None:
    data = check(source("herald", H + "The Osterland weather service's yearly report will be debated by the farm "
                                      "committee of Osterland on Jan. 21.\n", published="2025-01-15"),
                 source("ledger", H + "Osterland had its wettest year, according to the yearly report of the "
                                      "Osterland weather service, published on Tuesday.\n", published="2025-01-16"))
    assert groups_with(data["conflicts"], "Jan. 21", "Tuesday") == []


def test_counts_held_by_two_named_teams_are_two_counts() -> None:
    """Each sentence opens on its holder: Team Norvik's medals are not Team Castellan's, though both names
    start with "Team"."""
    data = check(source("herald", H + "Team Norvik won five medals at the Tollen championships, Norvik officials "
                                      "said.\n", published="2025-06-09"),
                 source("ledger", H + "Team Castellan won eight medals at the Tollen championships, Castellan "
                                      "officials said.\n", published="2025-06-09"))
    assert groups_with(data["conflicts"], "five medals", "eight medals") == []


def test_the_day_a_filing_bears_is_not_the_day_of_what_it_reports() -> None:
    approved = source("herald", H + "The board of Orbel Dairy approved the merger with Tellan Foods on Sunday.\n",
                      published="2025-03-05")
    filed = source("ledger", H + "The board of Orbel Dairy approved the merger with Tellan Foods, according to a "
                                 "filing with regulators on Tuesday.\n", published="2025-03-05")
    assert check(approved, filed)["conflicts"] == []


def test_next_years_championships_are_another_occurrence_of_the_race() -> None:
    text = "Officials said next year's championships would be held in Tollen."
    assert [cls for _, _, cls in find_triggers(text, 0, len(text))] == ["race:next"]


def test_two_dates_of_a_first_hearing_are_one_fact_though_ten_days_apart() -> None:
    """An inquiry holds its first hearing once: two reports giving it dates ten days apart disagree, while a
    hearing that is not said to be the first may be another one."""
    data = check(source("herald", "Dam inquiry\n\nThe Halvik dam inquiry will hold its first public hearing on "
                                  "July 3 in Ostrova, the minister said.\n"),
                 source("ledger", "Dam inquiry\n\nThe Halvik dam inquiry, led by Mara Keln, will hold its first "
                                  "public hearing on July 13 in Ostrova.\n"))
    assert the_group(data, "July 3", "July 13")["relation"] == "conflict"
    data = check(source("herald", "Dam inquiry\n\nThe Halvik dam inquiry will hold a public hearing on "
                                  "July 3 in Ostrova, the minister said.\n"),
                 source("ledger", "Dam inquiry\n\nThe Halvik dam inquiry will hold a public hearing on "
                                  "July 13 in Ostrova.\n"))
    assert groups_with(data["conflicts"], "July 3", "July 13") == []


def test_a_board_that_meets_next_on_a_day_tells_the_date_of_its_next_meeting() -> None:
    assert [t[2] for t in find_triggers("The board meets next on Dec. 4.", 0, 30)] == ["meeting"]


def test_the_injured_and_the_missing_of_one_disaster_are_two_tallies() -> None:
    """"Five people died and 23 injured" counts the injured, though "died" stands nearer the 23 than in
    the other report's "the three missing hikers were found dead": the figure's own word says its state."""
    data = check(source("herald", "Dorne landslide\n\nFive people died and 23 injured when a landslide struck the "
                                  "village of Dorne on Saturday, officials said.\n", published="2025-11-09"),
                 source("ledger", "Dorne landslide\n\nThe search in Dorne ended on Monday after the three missing "
                                  "hikers were found dead, officials said.\n", published="2025-11-10"))
    assert groups_with(data["conflicts"], "23 injured") == []


def test_a_toll_a_headline_says_rises_is_an_update() -> None:
    """A headline tells a change in the present tense ("toll rises to 9"): a later report's higher toll
    dated to the disaster itself is no contradiction of it."""
    data = check(source("herald", "Dorne landslide toll rises to 9 as rescuers dig on\n\nThe death toll from the "
                                  "landslide in Dorne has risen to 9, officials said on Sunday.\n",
                        published="2025-11-09"),
                 source("ledger", "Dorne mourns\n\nPolice arrested a quarry owner as Dorne held a day of mourning "
                                  "for the 11 people killed when a landslide struck the village on Saturday "
                                  "night.\n", published="2025-11-11"))
    assert groups_with(data["conflicts"], "9") == []


def test_counts_of_last_year_and_of_the_year_before_are_two_totals() -> None:
    """In a 2026 report "last year" is 2025: its total is not the 2024 total another report gives, though the
    two years touch."""
    data = check(source("herald", "Food safety\n\nThe Orvik food agency carried out 820 audits of restaurants last "
                                  "year, according to its annual report.\n", published="2026-02-03"),
                 source("ledger", "Food safety\n\nThe Orvik food agency carried out about 950 audits of restaurants "
                                  "in 2024, according to its annual report.\n", published="2026-02-04"))
    assert groups_with(data["conflicts"], "820 audits") == []


def test_a_day_after_the_other_report_was_filed_is_another_days_news() -> None:
    """Monday's report tells of the blast on Sunday; Tuesday's of the wounded still in hospital on Tuesday and
    Wednesday's of a funeral on Wednesday: what happened after a report was filed is not what it told of."""
    data = check(source("herald", "Kelmar blast\n\nThree workers were killed when a boiler exploded at the Kelmar "
                                  "paper mill on Sunday.\n", published="2025-05-12"),
                 source("ledger", "Kelmar blast\n\nTwo workers injured in the Kelmar blast were killed by their "
                                  "burns on Tuesday.\n", published="2025-05-13"))
    assert groups_with(data["conflicts"], "Sunday") == []


def test_a_state_held_on_a_day_is_not_dated_as_the_event() -> None:
    """"remained in critical condition on Tuesday" dates a state, not the collapse the other report dates."""
    data = check(source("herald", "Orsa collapse\n\nSix people were injured when a footbridge collapsed in Orsa on "
                                  "Saturday.\n", published="2025-05-12"),
                 source("ledger", "Orsa collapse\n\nTwo of the injured remained in critical condition on Sunday, "
                                  "hospitals in Orsa said.\n", published="2025-05-11"))
    assert groups_with(data["conflicts"], "Saturday") == []


def test_a_meeting_held_before_the_day_planned_is_no_conflict() -> None:
    """One report gives the day a board plans to meet; a later one the earlier day it met on: the plan
    changed, the reports do not disagree. Two plans that differ still do."""
    planned = source("herald", "Port vote\n\nThe Dunmore port board will meet on Thursday, Oct. 9, to approve "
                               "the budget, its chairwoman Lea Fors said.\n", published="2025-10-06")
    held = source("ledger", "Port vote\n\nThe Dunmore port board approved the budget at a meeting on Wednesday, a "
                            "day earlier than planned, its chairwoman Lea Fors said.\n", published="2025-10-08")
    assert groups_with(check(planned, held)["conflicts"], "Thursday, Oct. 9") == []
    other_plan = source("ledger", "Port vote\n\nThe Dunmore port board will meet on Friday, Oct. 10, to approve "
                                  "the budget, its chairwoman Lea Fors said.\n", published="2025-10-07")
    assert the_group(check(planned, other_plan), "Thursday, Oct. 9", "Friday, Oct. 10")["relation"] == "conflict"


def test_a_headline_figure_its_story_tells_as_risen_is_an_update() -> None:
    """The headline's "3.8 million users affected" is the figure the story says "has climbed to 3.8 million":
    against an earlier report's 2.6 million it is an update, not a contradiction."""
    data = check(source("herald", "Data leak\n\nOrnis Bank said on Tuesday that a data leak affecting 2.6 million "
                                  "users had exposed their home addresses.\n", published="2025-09-02"),
                 source("ledger", "Ornis leak wider than feared: 3.8 million users affected\n\nThe number of Ornis "
                                  "Bank users whose addresses were exposed in the leak has climbed to 3.8 million, "
                                  "the bank said on Friday.\n", published="2025-09-05"))
    assert groups_with(data["conflicts"], "2.6 million users") == []


def test_days_of_a_ballot_count_told_by_reports_of_different_days_are_other_news() -> None:
    """Counting the ballots goes on for days: Monday's report of a recount asked for on Monday and
    Wednesday's of the count resuming on Wednesday tell two days of it, not one day told two ways."""
    data = check(source("herald", "Vellin vote\n\nThe Farmers' Party asked for a recount in Vellin on Monday "
                                  "morning.\n", published="2025-06-02"),
                 source("ledger", "Vellin vote\n\nThe recount in Vellin resumed on Wednesday with 80 staff.\n",
                        published="2025-06-04"))
    assert groups_with(data["conflicts"], "Monday morning") == []


def test_one_act_told_as_verb_and_as_noun_on_two_dates_is_one_disputed_fact() -> None:
    """"Its last safety inspection on May 9" and "was last inspected on May 19" date one act of one
    bridge though no event word ties them; two things that merely "take effect" on two days do not."""
    data = check(source("herald", "Orlen bridge\n\nEngineers said the Orlen bridge had passed its last safety "
                                  "inspection on May 9, 2022, with no faults found.\n"),
                 source("ledger", "Orlen bridge\n\nThe Orlen bridge was last inspected on May 19, 2022, city "
                                  "records show.\n"))
    assert the_group(data, "May 9, 2022", "May 19, 2022")["relation"] == "conflict"
    data = check(source("herald", "Pellin trade\n\nPellin's new quotas will take effect on March 1, 2024, the "
                                  "Pellin trade office said.\n"),
                 source("ledger", "Pellin trade\n\nThe Pellin levies, which take effect on March 12, 2024, were "
                                  "announced by the Pellin trade office.\n"))
    assert groups_with(data["conflicts"], "March 1, 2024", "March 12, 2024") == []


def test_a_dated_act_whose_sentence_names_the_other_reports_event_too_is_one_fact() -> None:
    """"Will hold a hearing on the flood on April 3" is labelled the flood's, yet it dates the hearing that the
    other report puts on April 10: its sentence names both events."""
    data = check(source("herald", "Pelz dam\n\nThe Pelz council will hold a public hearing on the flood on April 3, "
                                  "mayor Ivo Brandt said.\n"),
                 source("ledger", "Pelz dam\n\nMayor Ivo Brandt will answer questions on the broken dam at the "
                                  "Pelz council's public hearing on April 10.\n"))
    assert the_group(data, "April 3", "April 10")["relation"] == "conflict"


def test_flats_and_apartments_a_building_held_or_contained_are_one_count() -> None:
    """"Held 60 apartments" and "contained 52 flats" count the homes of one building: a flat is an apartment,
    and a building that "contained" them tells no change (a fire "40 percent contained" does)."""
    data = check(source("herald", "Dalby tower fire\n\nThe Dalby tower, on Wren Road in Esterby, held 60 "
                                  "apartments.\n"),
                 source("ledger", "Dalby tower fire\n\nThe Dalby tower contained 52 flats on nine floors, "
                                  "Esterby officials said.\n", published="2023-06-15"))
    assert the_group(data, "60 apartments", "52 flats")["relation"] == "conflict"


def test_postal_ballots_and_postal_votes_are_one_count() -> None:
    """A ballot counted is a vote counted: "4,100 postal ballots" and "3,700 postal votes" of one count disagree."""
    data = check(source("herald", "Tarnby recount\n\nElection officials in Tarnby counted 4,100 postal ballots on "
                                  "Monday.\n"),
                 source("ledger", "Tarnby recount\n\nElection officials in Tarnby counted 3,700 postal votes on "
                                  "Monday, the city said.\n", published="2023-06-15"))
    assert the_group(data, "4,100 postal ballots", "3,700 postal votes")["relation"] == "conflict"


def test_the_years_a_ship_was_built_in_are_one_fact_of_that_ship_only() -> None:
    """A ship is built once: "the Orla Star, built in 1991" and "the Orla Star was built in 1996" disagree,
    whatever the years between; a sister ship built in 1996, with a yard the other report never names, is
    another ship."""
    herald = source("herald", "Orla Star aground\n\nThe Orla Star, built in 1991 at a yard in Tessin, ran "
                              "aground off Mirn on Sunday.\n")
    data = check(herald, source("ledger", "Orla Star aground\n\nThe Orla Star was built in 1996 and was last "
                                          "refitted in 2019, Mirn port records show.\n"))
    assert the_group(data, "1991", "1996")["relation"] == "conflict"
    data = check(herald, source("ledger", "Orla Star aground\n\nHer sister ship, the Vessa Dawn, was built in "
                                          "1996, Mirn port records show.\n"))
    assert groups_with(data["conflicts"], "1991", "1996") == []


def test_how_long_intruders_went_unseen_is_one_length_told_with_other_verbs() -> None:
    """"Had access for about five weeks before they were discovered" and "roamed its payroll servers for nearly
    three months before they were detected" are how long one intrusion went on: a length a verb and its
    object go on "for" is no moment before the discovery, and discovering is detecting."""
    data = check(source("herald", "Brisa Bank breach\n\nBrisa Bank said the attackers had access for about five "
                                  "weeks before they were discovered.\n"),
                 source("ledger", "Brisa Bank breach\n\nAttackers roamed Brisa Bank's payroll servers for nearly "
                                  "three months before they were detected.\n", published="2023-06-15"))
    assert the_group(data, "about five weeks", "nearly three months")["relation"] == "conflict"


def test_a_bare_counted_noun_of_one_player_is_one_measure() -> None:
    """"Varma made 88 off 71 balls" and "Varma's 88 came from 77 balls" say nothing of the balls but the noun:
    one batter's balls faced in one innings."""
    data = check(source("herald", "Tidewater win\n\nAnil Varma made 88 off 71 balls, with nine fours.\n"),
                 source("ledger", "Tidewater win\n\nAnil Varma's 88 came from 77 balls, with nine fours.\n",
                        published="2023-06-15"))
    assert the_group(data, "71 balls", "77 balls")["relation"] == "conflict"


VOTE = "Harbourton mayoral vote\n\n"


def test_a_lead_is_not_a_count_of_votes() -> None:
    data = check(source("herald", VOTE + "Absentee ballots cut Rolf Engel's lead over Mira Sand to 612 votes, the "
                                         "Harbourton election office said.\n", published="2025-03-04"),
                 source("ledger", VOTE + "About 5,800 absentee ballots were counted in Harbourton, the election "
                                         "office said, and Rolf Engel kept his lead over Mira Sand.\n",
                        published="2025-03-04"))
    assert groups_with(data["conflicts"], "612 votes", "About 5,800 absentee ballots") == []


CUP = "Pellan transfer\n\n"


def test_a_part_is_no_rival_of_a_total_nor_a_condition_of_a_fact() -> None:
    data = check(source("herald", CUP + "Iko Varga scored 31 goals in all competitions for Pellan last season.\n",
                        published="2025-07-02"),
                 source("ledger", CUP + "Iko Varga scored 24 league goals for Pellan last season.\n",
                        published="2025-07-02"),
                 source("courier", CUP + "If Iko Varga scores 30 goals for Pellan, the fee is a bargain, an "
                                         "analyst said.\n", published="2025-07-02"))
    assert groups_with(data["conflicts"], "31 goals", "24 league goals") == []
    assert groups_with(data["conflicts"], "31 goals", "30 goals") == []
    assert groups_with(data["conflicts"], "24 league goals", "30 goals") == []


def test_a_percentage_told_before_or_after_its_noun_is_one_figure() -> None:
    """"a premium of 24 percent" and "the 29 percent premium" name one thing, the noun told on either side:
    what follows one figure stands beside the other."""
    a = ("Takeover\n\nOrrin Biotech will buy Calla Genomics for $3 billion, a premium of 24 percent over Calla's "
         "last close, Orrin Biotech said.\n")
    b = ("Takeover\n\nInvestors said the 29 percent premium Orrin Biotech is paying for Calla Genomics was "
         "generous.\n")
    data = check(source("wire", a), source("gazette", b))
    assert the_group(data, "24 percent", "29 percent")["relation"] == "conflict"


def test_figures_labelled_with_two_events_of_one_sentence_are_one_fact() -> None:
    """A figure is labelled with one event of its sentence: a payment "to every household left homeless" tells
    of the homeless as the aid "families made homeless will each receive" does."""
    a = ("Flood aid\n\nThe province of Marvel will pay 3,000 lira to every household left homeless by the Osk "
         "river flood, Governor Ilka Varga said on Monday.\n")
    b = ("Flood aid\n\nFamilies made homeless by the Osk river flood will each receive 5,000 lira from the province "
         "of Marvel, Governor Ilka Varga announced.\n")
    data = check(source("wire", a), source("gazette", b))
    assert the_group(data, "3,000 lira", "5,000 lira")["relation"] == "conflict"


def test_a_crew_of_n_and_n_crew_members_are_one_count() -> None:
    """"a crew of 14" counts the people "the trawler's 17 crew members" count."""
    a = ("Trawler lost\n\nThe trawler Sea Wren sank off Dunmore Head on Tuesday with a crew of 14 aboard, the "
         "Dunmore coastguard said.\n")
    b = ("Trawler lost\n\nThe trawler Sea Wren had 17 crew members aboard when it sank off Dunmore Head, the "
         "Dunmore coastguard said.\n")
    data = check(source("wire", a), source("gazette", b))
    assert the_group(data, "14", "17 crew")["relation"] == "conflict"


BID = "Takeover battle\n\n"


def test_the_steps_of_a_takeover_are_different_facts() -> None:
    """A first bid, a raised one and the price agreed are three sums of three steps, with their own days;
    one step told two ways still disagrees."""
    early = source("herald", BID + "Dunmore Mining first offered $52 a share for Ketterly Gold in March. It raised "
                                   "its bid to $57.50 a share in April, Dunmore Mining said.\n", published="2025-05-02")
    agreed = source("ledger", BID + "Dunmore Mining will pay $61 a share for Ketterly Gold, Ketterly Gold said.\n",
                    published="2025-05-09")
    assert check(early, agreed)["conflicts"] == []
    told = source("ledger", BID + "Dunmore Mining will pay $61 a share for Ketterly Gold, Ketterly Gold said. "
                                  "Dunmore's opening bid of $52 per share was made public in March.\n",
                  published="2025-05-09")
    data = check(early, told)
    assert not groups_with(data["conflicts"], "April", "March")
    assert the_group(data, "$52 a share", "$52 per share")["relation"] == "agree"
    wrong = source("gazette", BID + "Dunmore Mining first offered $49 a share for Ketterly Gold in March. It raised "
                                    "its bid to $57.50 a share in May, Ketterly Gold said.\n", published="2025-05-09")
    data = check(early, wrong)
    assert the_group(data, "$52 a share", "$49 a share")["relation"] == "conflict"
    assert the_group(data, "April", "May")["relation"] == "conflict"
    other = source("gazette", BID + "Dunmore Mining agreed to pay $63 a share for Ketterly Gold, Ketterly Gold "
                                    "said.\n", published="2025-05-09")
    assert the_group(check(agreed, other), "$61 a share", "$63 a share")["relation"] == "conflict"


def test_the_market_price_of_the_shares_is_not_the_offer() -> None:
    offer = source("herald", BID + "In the deal, Ketterly Gold shares were valued at $61 a share, Dunmore Mining "
                                   "said.\n", published="2025-05-09")
    market = source("ledger", BID + "Ketterly Gold shares traded at $47.80 a share on Thursday after the Dunmore "
                                    "Mining deal.\n", published="2025-05-09")
    assert not groups_with(check(offer, market)["conflicts"], "$61 a share", "$47.80 a share")
    # two closes of one day that differ still disagree
    close = source("gazette", BID + "In the deal, Ketterly Gold shares closed at $44.10 a share on Thursday, "
                                    "Dunmore Mining said.\n", published="2025-05-09")
    assert the_group(check(market, close), "$47.80 a share", "$44.10 a share")["relation"] == "conflict"


def test_a_value_told_with_debt_before_it_is_not_the_equity_value() -> None:
    data = check(source("herald", DEAL + "Tellan Foods agreed to buy Orbel Dairy in a deal that values Orbel Dairy "
                                         "at about $4.5 billion, Tellan Foods said.\n", published="2025-03-04"),
                 source("ledger", DEAL + "Including debt, the Tellan Foods deal for Orbel Dairy is worth $5.6 "
                                         "billion, Tellan Foods said.\n", published="2025-03-04"))
    assert groups_with(data["conflicts"], "about $4.5 billion", "$5.6 billion") == []


FERRY = "Ferry accident\n\n"


def test_a_weekday_counted_from_each_reports_own_date_is_no_conflict() -> None:
    """"last Tuesday" in a Wednesday report and "Tuesday" in one of the Wednesday before may be one day, and two
    reports' "Tuesday"s of two weeks are two days; another weekday of the same week still disagrees."""
    text = "The ferry Lumen struck a reef near Osk Island {} in a crash that injured nine passengers, the port said.\n"
    late = source("herald", FERRY + text.format("last Tuesday"), published="2025-05-14")
    early = source("ledger", FERRY + text.format("on Tuesday"), published="2025-05-07")
    assert check(late, early)["conflicts"] == []
    again = source("ledger", FERRY + text.format("on Tuesday"), published="2025-05-14")
    assert check(again, early)["conflicts"] == []
    wrong = source("gazette", FERRY + text.format("on Monday"), published="2025-05-14")
    assert the_group(check(late, wrong), "last Tuesday", "Monday")["relation"] == "conflict"


def test_today_in_a_quote_is_the_day_the_speaker_spoke() -> None:
    quoted = source("herald", FERRY + "“The last three passengers of the Lumen were rescued today,” harbour master "
                                      "Runa Falk told reporters at Osk.\n", published="2025-05-14")
    dated = source("ledger", FERRY + "The last three passengers of the Lumen were rescued on May 12 near Osk, "
                                     "harbour master Runa Falk said.\n", published="2025-05-14")
    assert check(quoted, dated)["conflicts"] == []
    # nobody spoke after the report was written
    later = source("ledger", FERRY + "The last three passengers of the Lumen were rescued on May 15 near Osk, "
                                     "harbour master Runa Falk said.\n", published="2025-05-14")
    assert the_group(check(quoted, later), "today", "May 15")["relation"] == "conflict"


def test_a_length_told_without_a_number_holds_shorter_stages() -> None:
    """"a day-long hearing" and three hours of questioning at it are no conflict; a hearing of three days is."""
    whole = source("herald", FERRY + "The inquiry into the Lumen crash held a day-long hearing on Monday, chaired by "
                                     "judge Tove Lind.\n", published="2025-05-14")
    stage = source("ledger", FERRY + "Judge Tove Lind questioned the Lumen's captain for three hours at the hearing "
                                     "into the crash.\n", published="2025-05-14")
    assert check(whole, stage)["conflicts"] == []
    longer = source("ledger", FERRY + "Judge Tove Lind questioned the Lumen's captain at the hearing, which lasted "
                                      "three days, into the crash.\n", published="2025-05-14")
    assert the_group(check(whole, longer), "day-long", "three days")["relation"] == "conflict"


def test_an_age_told_as_a_length_is_no_length_of_an_event() -> None:
    board = "Board change\n\n"
    age = source("herald", board + "At 23 years and four months old, Ivo Marsh took charge of the Selden Water board, "
                                   "the company said.\n", published="2025-05-14")
    tenure = source("ledger", board + "Ivo Marsh has led the Selden Water board for 17 years, the company said.\n",
                    published="2025-05-14")
    assert check(age, tenure)["conflicts"] == []
    other = source("gazette", board + "Ivo Marsh has led the Selden Water board for 15 years, the company said.\n",
                   published="2025-05-14")
    assert the_group(check(tenure, other), "17 years", "15 years")["relation"] == "conflict"
