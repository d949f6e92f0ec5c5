"""The accuracy benchmarks' scoring code (benchmarks/_accuracy.py, tempeval.py, polnear.py, figures.py).

Every example here is hand-written; none comes from the benchmark corpora, which stay outside the
project. The end-to-end tests build tiny data folders in tmp_path, so they run without ../shared.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from claimtrack.model import Attribution, Claim, Quantity, QuoteValue, TimeValue

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str) -> ModuleType:
    key = f"_bench_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, BENCH / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


acc = _load("_accuracy")
tempeval = _load("tempeval")
polnear = _load("polnear")
figures = _load("figures")


def _claim(text: str, start: int, end: int, kind: str, value, attribution=None) -> Claim:
    return Claim(id=f"t:{start}", source="t", start=start, end=end, text=text[start:end], kind=kind, value=value,
                 sentence=(0, len(text)), attribution=attribution)


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return starts[nth], starts[nth] + len(needle)


# --- shared helpers -------------------------------------------------------------------------------------


def test_overlap_and_covering():
    assert acc.overlap((0, 5), (3, 9)) == 2
    assert acc.overlap((0, 5), (5, 9)) == 0  # touching spans share nothing
    assert acc.spans_overlap((2, 4), (0, 10)) and not acc.spans_overlap((0, 3), (3, 6))
    assert acc.covering([(10, 15), (2, 4), (20, 22)]) == (2, 22)


def test_one_to_one_matching_is_greedy_by_overlap_and_order_free():
    gold = [(0, 10), (8, 20)]
    pred = [(5, 18), (0, 6)]
    # (5,18) shares 10 characters with (8,20) and 5 with (0,10): the larger overlap wins, and the
    # leftover prediction takes the first gold span
    assert acc.match_one_to_one(gold, pred) == [(0, 1), (1, 0)]
    assert acc.match_one_to_one(gold[::-1], pred[::-1]) == [(0, 1), (1, 0)]
    # one prediction covering two gold spans counts once
    assert acc.match_one_to_one([(0, 4), (6, 9)], [(0, 9)]) == [(0, 0)]
    exact = acc.match_one_to_one([(0, 4), (6, 9)], [(0, 4), (6, 8)], lambda a, b: 1 if a == b else 0)
    assert exact == [(0, 0)]


def test_prf_edge_cases():
    none_found = acc.prf(0, 0, 5)
    assert (none_found.precision, none_found.recall, none_found.f1) == (0.0, 0.0, 0.0)
    empty = acc.prf(0, 0, 0)
    assert empty.f1 == 0.0
    m = acc.prf(3, 4, 6)
    assert m.precision == 0.75 and m.recall == 0.5 and m.f1 == pytest.approx(0.6)
    total = acc.PRF()
    total.add(m)
    total.add(acc.prf(1, 1, 2))
    assert (total.tp_pred, total.n_pred, total.n_gold) == (4, 5, 8)


def test_trim_span_and_durations():
    text = ' "We will wait." '
    assert acc.trim_span(text, (0, len(text)), ' "', ".") == (2, 14)
    assert text[2:14] == "We will wait"
    assert acc.duration_seconds("P2W") == acc.duration_seconds("P14D")
    assert acc.same_duration("P2DE", "P20Y") and acc.same_duration("PT90M", "PT1.5H")
    assert not acc.same_duration("P1M", "P1Y")
    assert acc.duration_seconds("PXY") is None and acc.duration_seconds("P") is None


# --- tempeval.py ----------------------------------------------------------------------------------------

TIMEML = b"""<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-10" functionInDocument="CREATION_TIME">2021-03-10</TIMEX3></DCT>
<TEXT>
The ferry <EVENT eid="e1">sailed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-03-08">Monday</TIMEX3> &amp; \
<EVENT eid="e2">docked</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3> \
later, at <TIMEX3 tid="t3" type="TIME" value="2021-03-11T09:00">9 a.m.</TIMEX3> <TIMEX3 tid="t4" type="DATE" \
value="2021-W10">this week</TIMEX3>.
</TEXT>
<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
</TimeML>
"""


def test_tml_tag_stripping_keeps_timex_offsets():
    doc = tempeval.parse_tml(TIMEML, "demo")
    assert doc.dct == dt.date(2021, 3, 10)
    assert "<" not in doc.text and "&amp;" not in doc.text and " & " in doc.text
    assert [(t.tid, doc.text[t.start:t.end]) for t in doc.timexes] == [
        ("t1", "Monday"), ("t2", "about three days"), ("t3", "9 a.m."), ("t4", "this week")]
    assert [t.text for t in doc.timexes] == ["Monday", "about three days", "9 a.m.", "this week"]
    assert doc.timexes[1].mod == "APPROX"


def test_tempeval_relaxed_strict_value_and_time_set_aside():
    doc = tempeval.parse_tml(TIMEML, "demo")
    t = doc.text
    claims = [
        _claim(t, *_at(t, "Monday"), "date", TimeValue("DATE", "2021-03-08")),  # exact span, right value
        _claim(t, *_at(t, "three days"), "duration", TimeValue("DURATION", "P3D")),  # shorter, mod missing
        _claim(t, *_at(t, "9 a.m."), "date", TimeValue("DATE", "2021-03-11T09:00")),  # on TIME gold: set aside
        _claim(t, *_at(t, "this week"), "date", TimeValue("DATE", "2021-W09")),  # exact span, wrong value
        _claim(t, *_at(t, "ferry"), "count", Quantity(1, "ferry")),  # other kinds are not scored
        _claim(t, *_at(t, "later"), "date", TimeValue("DATE", "FUTURE_REF")),  # spurious
    ]
    errors: list = []
    n = tempeval.score_doc(doc, claims, errors)
    assert (n.gold, n.claims, n.set_aside, n.other_gold, n.other_found) == (3, 4, 1, 1, 1)
    assert (n.relaxed, n.strict, n.value, n.type) == (3, 2, 2, 3)
    assert n.mod == 2  # "about three days" lost its APPROX: value still right, mod wrong
    assert n.metric("relaxed").precision == 0.75 and n.metric("relaxed").recall == 1.0
    assert n.metric("value").f1 == pytest.approx(2 * (0.5 * 2 / 3) / (0.5 + 2 / 3))
    cats = sorted(e.category for e in errors)
    assert cats == ["span mismatch", "spurious claim", "wrong value"]


@pytest.mark.parametrize(("claim", "gold", "same"), [
    ("2000-W07", "2000-W7", True),  # an ISO week with or without its zero is one week
    ("2000-W07-WE", "2000-W7-WE", True),
    ("2000-W17", "2000-W7", False),
    ("2000-w07", "2000-W07", True),
])
def test_tempeval_values_compare_iso_weeks_unpadded(claim: str, gold: str, same: bool) -> None:
    g = tempeval.GoldTimex(0, 4, "DATE", gold, None, "t1", "week")
    assert tempeval._same_value(TimeValue("DATE", claim), g) is same


def _write_tml(path: Path, body: str, dct: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n<TEXT>{body}</TEXT></TimeML>\n', encoding="utf-8")


def test_tempeval_script_on_a_tiny_corpus(tmp_path, capsys):
    _write_tml(tmp_path / "TimeBank" / "a.tml", 'The council voted on <TIMEX3 tid="t1" type="DATE" '
               'value="2019-05-14">May 14, 2019</TIMEX3>, after a <TIMEX3 tid="t2" type="DURATION" value="P2Y">'
               'two-year</TIMEX3> debate.', "2019-06-01")
    _write_tml(tmp_path / "AQUAINT" / "b.tml", 'Rain fell for <TIMEX3 tid="t1" type="DURATION" value="P3D">'
               'three days</TIMEX3> and stopped <TIMEX3 tid="t2" type="SET" value="P1W">every week</TIMEX3>.',
               "2020-02-02")
    assert tempeval.main([str(tmp_path), "--errors", "2"]) == 0
    out = capsys.readouterr().out
    last = out.strip().splitlines()[-1]
    assert re.fullmatch(r"tempeval-bench: relaxed_f1=\d\.\d{3} strict_f1=\d\.\d{3} value_f1=\d\.\d{3} .*"
                        r"docs=2 gold=3 claims=\d+", last)
    assert "AQUAINT" in out and "TimeBank" in out and "HeidelTime" in out


def test_tempeval_missing_data_exits_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        tempeval.main([str(tmp_path / "nowhere")])
    assert exc.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


# --- polnear.py -----------------------------------------------------------------------------------------

ARTICLE = ('The mayor, Ana Ruiz, spoke on Friday. "Our buses will run late," she said. '
           'Critics said that the plan was rushed. The agency announced the fares would rise.')


def _ann_for(text: str) -> str:
    def sp(needle: str) -> str:
        s, e = _at(text, needle)
        return f"{s} {e}"
    q1, q2 = _at(text, '"Our buses'), _at(text, 'late,"')
    return "\n".join([
        f"T1\tSource {sp('she')}\tshe",
        f"T2\tCue {sp('said')}\tsaid",
        f"T3\tContent {q1[0]} {q1[0] + 10};{q2[0]} {q2[1]}\t\"Our buses late,\"",
        f"T4\tAttribution {sp('said')}\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "#1\tAnnotatorNotes T3\ta note that the parser skips",
        f"T5\tSource {sp('Critics')}\tCritics",
        f"T6\tContent {sp('that the plan was rushed')}\tthat the plan was",
        "rushed",  # a covered-text field that continues on the next line
        f"T7\tAttribution {_at(text, 'said', 1)[0]} {_at(text, 'said', 1)[1]}\tsaid",
        "E2\tAttribution:T7 Content:T6 Source:T5",
        f"T8\tContent {sp('the fares would rise')}\tthe fares would rise",
        f"T9\tAttribution-no-source {sp('announced')}\tannounced",
        "E3\tAttribution-no-source:T9 Content:T8",
        f"T10\tDiscard {sp('spoke on Friday')}\tspoke on Friday",
    ]) + "\n"


def test_brat_parsing_with_fragments_notes_and_continuations():
    ann = polnear.parse_ann(_ann_for(ARTICLE))
    assert ann.bounds["T3"].type == "Content" and len(ann.bounds["T3"].spans) == 2
    assert ann.bounds["T6"].text == "that the plan was"  # the continuation line is not an annotation
    assert len(ann.events) == 3 and ann.events[1] == {"Attribution": "T7", "Content": "T6", "Source": "T5"}
    gold, discards = polnear.gold_attributions(ann)
    assert len(gold) == 3 and len(discards) == 1
    direct = gold[0]
    assert ARTICLE[direct.content[0]:direct.content[1]] == '"Our buses will run late,"'  # the union span
    assert direct.pronoun_source and direct.source_text == "she"
    assert gold[2].source is None


def test_exact_normalisation_strips_quotes_space_and_final_punctuation():
    text = ' "Our buses will run late," '
    s, e = polnear.normalised(text, (0, len(text)))
    assert text[s:e] == "Our buses will run late"
    assert polnear.surname("Ana Ruiz, the mayor") == "Ruiz"
    assert polnear.surname("Mr. Ruiz’s") == "Ruiz" and polnear.surname("the agency") is None


def test_polnear_scoring_overlap_exact_and_speaker_rules():
    t = ARTICLE
    gold, discards = polnear.gold_attributions(polnear.parse_ann(_ann_for(t)))
    qs, qe = _at(t, "Our buses will run late")
    ruiz = _at(t, "Ana Ruiz")
    claims = [
        # direct quote, exact after normalisation; speaker resolved to the name (antecedent rule)
        _claim(t, qs - 1, qe + 2, "quote", QuoteValue("Our buses will run late", True, qs, qe),
               Attribution("Ana Ruiz", cue="said", speaker_start=ruiz[0], speaker_end=ruiz[1])),
        # indirect: overlaps (without "that"), speaker span on the gold source
        _claim(t, *_at(t, "Critics said that the plan was rushed"), "quote",
               QuoteValue("the plan was rushed", False, *_at(t, "the plan was rushed")),
               Attribution("Critics", cue="said", speaker_start=_at(t, "Critics")[0],
                           speaker_end=_at(t, "Critics")[1])),
        # inside a Discard span: ignored
        _claim(t, *_at(t, "spoke on Friday"), "quote", QuoteValue("on Friday", False, *_at(t, "on Friday")),
               Attribution("Ana Ruiz")),
        _claim(t, *_at(t, "Friday"), "date", TimeValue("DATE", "2024-01-05")),  # not a quote: not scored
    ]
    errors: list = []
    n = polnear.score_doc("demo", t, gold, discards, claims, errors)
    assert (n.gold, n.claims, n.set_aside, n.overlap, n.exact) == (3, 2, 1, 2, 1)
    assert (n.speaker_n, n.speaker_span, n.speaker_antecedent) == (2, 1, 1)
    assert sorted(e.category for e in errors) == ["boundary (overlap, not exact)", "missed"]
    # the antecedent rule fails when another named source comes between the name and the pronoun
    other = polnear.GoldAttribution((0, 1), [_at(t, "she")], "she", "said")
    late_name = [(ruiz[1] + 2, ruiz[1] + 8)]  # someone else named after "Ana Ruiz", before "she"
    assert polnear.speaker_correct(t, claims[0], other, late_name) is None
    assert polnear.speaker_correct(t, claims[0], other, []) == "antecedent"


def test_polnear_script_on_a_tiny_corpus(tmp_path, capsys):
    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "demo_2024-01-06_buses.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "attributions" / "demo_2024-01-06_buses_ab12.ann").write_text(_ann_for(ARTICLE), encoding="utf-8")
    (root / "attributions" / "demo_2024-01-06_buses_cd34.ann").write_text("", encoding="utf-8")  # 2nd annotator
    (tmp_path / "metadata.tsv").write_text("compartment\tfilename\tpublication_date\n"
                                           "dev\tdemo_2024-01-06_buses\t2024-01-06\n", encoding="utf-8")
    assert polnear.read_published(tmp_path / "metadata.tsv") == {"demo_2024-01-06_buses": dt.date(2024, 1, 6)}
    assert polnear.main([str(root), "--errors", "1"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"polnear-bench: overlap_f1=\d\.\d{3} exact_f1=\d\.\d{3} speaker_acc=\d\.\d{3} .* "
                        r"docs=1 gold=3 claims=\d+", last)


# --- figures.py -----------------------------------------------------------------------------------------


def test_counted_noun_rule():
    t = "We saw 40 herons, 2 of them young, and 1987 was a year; Gate 11 Opens."
    s, e = _at(t, "40")
    assert figures.counted_noun_end(t, e, 40, "40") == _at(t, "herons")[1]
    assert figures.counted_noun_end(t, _at(t, "2")[1], 2, "2") is None  # "of"
    assert figures.counted_noun_end(t, _at(t, "1987")[1], 1987, "1987") is None  # a year
    assert figures.counted_noun_end(t, _at(t, "11")[1], 11, "11") is None  # a capitalised name follows
    assert figures.counted_noun_end("one third of it", 3, 0.33, "one third") is None  # not whole


def test_figure_matching_allows_edges_modifiers_and_rates():
    t = "Tickets cost about $12.50 a seat (up 5%), for three hours."
    item = figures.Item("s", "money", "c1", t, dt.date(2024, 1, 1), kind="money", span=_at(t, "$12.50"),
                        amount=12.5, currencies={"USD"})
    good = _claim(t, *_at(t, "about $12.50 a seat"), "money", Quantity(12.5, "USD", per="seat"))
    assert figures.check_figure(item, [good]).passed
    wrong_cur = _claim(t, *_at(t, "$12.50"), "money", Quantity(12.5, "CAD"))
    assert figures.check_figure(item, [wrong_cur]).error == "wrong value"
    as_count = _claim(t, *_at(t, "$12.50"), "count", Quantity(12.5, "dollars"))
    assert figures.check_figure(item, [as_count]).error == "wrong kind"
    assert figures.check_figure(item, []).error == "missed"
    dur = figures.Item("s", "duration", "c2", t, dt.date(2024, 1, 1), kind="duration",
                       span=_at(t, "three hours"), duration="PT3H")
    assert figures.check_figure(dur, [_claim(t, *_at(t, "three hours"), "duration", TimeValue("DURATION",
                                                                                              "PT180M"))]).passed
    short = _claim(t, *_at(t, "hours"), "duration", TimeValue("DURATION", "PT3H"))
    assert figures.check_figure(dur, [short]).error == "span mismatch"
    pct = figures.Item("s", "percent", "c3", t, dt.date(2024, 1, 1), kind="percent", span=_at(t, "5%"), amount=5)
    assert figures.check_figure(pct, [_claim(t, *_at(t, "5%"), "percent", Quantity(5, "%"))]).passed
    neg = figures.Item("s", "negative", "c4", t, dt.date(2024, 1, 1), negative_kinds=("percent",))
    assert figures.check_negative(neg, [_claim(t, *_at(t, "5%"), "percent", Quantity(5, "%"))]).error == "spurious"


def test_a_compound_duration_is_a_failure_counted_apart():
    t = "The crossing took 2 days and 5 hours, then 9 minutes more."
    whole = _claim(t, *_at(t, "2 days and 5 hours"), "duration", TimeValue("DURATION", "P2DT5H"))
    for part, value, kind in (("2 days", "P2D", "compound duration"), ("5 hours", "PT5H", "compound duration"),
                              ("9 minutes", "PT9M", "missed")):
        item = figures.Item("s", "duration", "c5", t, dt.date(2024, 1, 1), kind="duration", span=_at(t, part),
                            duration=value)
        outcome = figures.check_figure(item, [whole])
        assert not outcome.passed and outcome.error == kind
    # 5 minutes is not the 5 hours of the compound, even though the amounts are equal
    minutes = figures.Item("s", "duration", "c6", t, dt.date(2024, 1, 1), kind="duration",
                           span=_at(t, "5 hours"), duration="PT5M")
    assert figures.check_figure(minutes, [whole]).error == "span mismatch"


def test_datefinder_dates_merge_times_and_compare_years():
    t = "Filed March 2, 2020 at 4 p.m. and heard in 2021."
    claims = [_claim(t, *_at(t, "March 2, 2020"), "date", TimeValue("DATE", "2020-03-02")),
              _claim(t, *_at(t, "4 p.m."), "date", TimeValue("DATE", "2020-03-02T16:00")),
              _claim(t, *_at(t, "2021"), "date", TimeValue("DATE", "2021"))]
    assert figures.claimed_dates(claims) == ["2020-03-02", "2021"]
    item = figures.Item("datefinder", "x", "d1", t, dt.date(2024, 1, 1), kind="dates",
                        dates=[[("date", "2020-03-02"), ("date", "2021")]])
    assert figures.check_dates(item, claims).passed
    item.dates = [[("no date", "")]]
    assert figures.check_dates(item, claims).error == "spurious date"


def _figure_data(root: Path) -> None:
    q = root / "quantulum3" / "en_US" / "tests"
    q.mkdir(parents=True)
    (q / "quantities.json").write_text(json.dumps([
        {"req": "The club sold 300 scarves for $4,500.", "res": [
            {"value": 300, "unit": "dimensionless", "surface": "300"},
            {"value": 4500, "unit": "dollar", "surface": "$4,500"}]},
        {"req": "The pier is 40 metres long.", "res": [{"value": 40, "unit": "metre", "surface": "40 metres"}]},
        {"req": "The gap is 1.1 eV.", "res": [{"value": 1.1, "unit": "electronvolt", "surface": "1.1 eV"}]},
        {"req": "Nothing to measure here.", "res": []}]), encoding="utf-8")
    (q / "quantities.ambiguity.json").write_text("[]", encoding="utf-8")
    r = root / "recognizers-text"
    specs = {
        "Number/English/NumberModel.json": [{"Input": "seven", "Results": [
            {"Text": "seven", "TypeName": "number", "Resolution": {"subtype": "integer", "value": "7"},
             "Start": 0, "End": 4}]}],
        "Number/English/PercentModel.json": [{"Input": "turnout hit 61%", "Results": [
            {"Text": "61%", "TypeName": "percentage", "Resolution": {"value": "61%"}, "Start": 12, "End": 14}]}],
        "NumberWithUnit/English/CurrencyModel.json": [{"Input": "a fine of $ 900 .", "Results": [
            {"Text": "$ 900", "TypeName": "currency", "Resolution": {"value": "900", "unit": "Dollar"},
             "Start": 10, "End": 14}]}],
        "DateTime/English/DateTimeModel.json": [{"Input": "the hearing lasted 2 hours",
                                                 "Context": {"ReferenceDateTime": "2016-11-07T00:00:00"},
                                                 "Results": [{"Text": "2 hours", "Start": 19, "End": 25,
                                                              "TypeName": "datetimeV2.duration", "Resolution": {
                                                                  "values": [{"timex": "PT2H"}]}}]}],
        "DateTime/English/DurationParser.json": [],
    }
    for rel, cases in specs.items():
        (r / rel).parent.mkdir(parents=True, exist_ok=True)
        (r / rel).write_text("\ufeff" + json.dumps(cases), encoding="utf-8")
    d = root / "datefinder" / "conformance"
    d.mkdir(parents=True)
    (d / "legacy_parity_cases.jsonl").write_text(
        json.dumps({"id": "legacy_find_900", "text": "Signed on July 4, 2019.", "first": "month", "strict": False,
                    "base_date": None, "expected_iso": ["2019-07-04T00:00:00"]}) + "\n"
        + json.dumps({"id": "legacy_find_901", "text": "03/04/2019", "first": "day", "strict": False,
                      "base_date": None, "expected_iso": ["2019-04-03T00:00:00"]}) + "\n", encoding="utf-8")
    (d / "ambiguity_multilingual_cases.jsonl").write_text(
        json.dumps({"id": "amb_999", "text": "mañana", "first": "day", "strict": False,
                    "reference_dt": "2026-03-18T12:00:00+00:00"}) + "\n", encoding="utf-8")


def test_figures_loaders_apply_the_rules(tmp_path):
    _figure_data(tmp_path)
    q = figures.quantulum_items(tmp_path / "quantulum3")
    assert [(i.category, i.kind, i.skip is None) for i in q] == [
        ("count", "count", True), ("money", "money", True), ("measurement", "measurement", True),
        ("other unit", "none", False), ("negative", "none", True)]
    assert q[0].noun_end == _at(q[0].text, "scarves")[1]
    assert q[2].amount == 40  # metres, the canonical unit of length
    r = figures.recognizers_items(tmp_path / "recognizers-text")
    assert [(i.category, i.skip is None) for i in r] == [("count", False), ("percent", True), ("money", True),
                                                         ("duration", True)]
    assert r[2].currencies == {"USD"} and r[3].duration == "PT2H" and r[1].amount == 61
    d = figures.datefinder_items(tmp_path / "datefinder")
    assert [i.skip for i in d] == [None, "needs the caller's day-first preference", "not English"]


def test_figures_script_on_tiny_suites(tmp_path, capsys):
    _figure_data(tmp_path)
    assert figures.main([str(tmp_path), "--errors", "1"]) == 0
    out = capsys.readouterr().out
    assert "quantulum3: 4 applicable, 1 skipped, pass rate 1.000" in out and "recognizers: 3 applicable, 1 skipped" in out
    assert "datefinder: 1 applicable, 2 skipped" in out
    assert re.fullmatch(r"figures-bench: quantulum3=\d\.\d\d recognizers=\d\.\d\d datefinder=\d\.\d\d pooled=\d\.\d\d",
                        out.strip().splitlines()[-1])


def test_figures_missing_data_exits_2(tmp_path, capsys):
    assert figures.main([str(tmp_path)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
