"""What a figure measures: durations that place a moment rather than last, update cues that belong to
another figure, sentences that speak of a person by pronoun, and the same measure told with or
without an event word ("12 weeks of altitude training before the race", "9 weeks of training at
altitude")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import check_memo_report, verdict

import claimtrack
from claimtrack import api
from claimtrack.api import default_config
from claimtrack.extract.timex import find_timexes
from claimtrack.facts import measure_words

RACE_A = """Okafor takes the Dunmere hill race
DUNMERE, Lusavia, May 4, 2025 — Adaeze Okafor won the Dunmere hill race on Sunday in 41 minutes and 20 seconds.
The stands at the race finish were full an hour before the leaders arrived.
She said she had prepared with 9 weeks of training at altitude in the Alps.
Okafor passed her rival on the last climb of the race and finished 15 seconds ahead.
The old course record, which Okafor broke, had stood for six years.
"""
RACE_B = """Dunmere winner plans a break
DUNMERE, Lusavia, May 5, 2025 — Adaeze Okafor, who won the Dunmere hill race on Sunday in 41 minutes \
and 20 seconds, will rest for two weeks before starting her next block, her coach said on Monday.
No edition in the Dunmere race's 31-year history has drawn a bigger crowd, organisers said.
The Dunmere tram carried about 9,000 riders on Sunday, the transit office said.
"""


def check(tmp_path: Path, paragraphs: list[str]) -> dict:
    return check_memo_report(tmp_path, {"a": RACE_A, "b": RACE_B}, paragraphs, dt.datetime(2025, 5, 6))


def test_an_offset_does_not_dispute_a_length(tmp_path: Path) -> None:
    # "an hour before the leaders arrived" places a moment; it is no finishing time
    report = check(tmp_path, ["Adaeze Okafor won the Dunmere hill race in 41 minutes and 20 seconds."])
    assert verdict(report, "41 minutes") == "supported"


def test_the_same_measure_without_the_event_word_contradicts(tmp_path: Path) -> None:
    # the memo names the race, the source does not; "weeks of training at altitude" is the same measure,
    # and "She" is Okafor, named in the paragraph before
    report = check(tmp_path, ["Adaeze Okafor won the Dunmere hill race.",
                              "She built up to the race with 12 weeks of altitude training in the Alps."])
    assert verdict(report, "12 weeks") == "contradicted"


def test_a_value_with_no_matching_event_can_still_be_supported(tmp_path: Path) -> None:
    report = check(tmp_path, ["After the race Adaeze Okafor plans to rest for two weeks."])
    assert verdict(report, "two weeks") == "supported"


def test_an_update_cue_far_from_the_figure_does_not_make_it_a_running_figure(tmp_path: Path) -> None:
    # "dropped" tells what she did to her rival, not that the margin fell
    report = check(tmp_path, ["Adaeze Okafor dropped her rival on the last climb of the race and won by "
                              "25 seconds."])
    assert verdict(report, "25 seconds") == "contradicted"


def test_a_duration_before_a_gerund_is_a_length() -> None:
    text = "He will rest for three weeks before starting a new block."
    assert [(text[t.start:t.end], t.type) for t in find_timexes(text)] == [("three weeks", "DURATION")]


def test_measure_words_stop_at_the_next_figure_or_conjunction() -> None:
    sentence = "Shares gained 19 percent in early trading and closed 24 percent higher, at $36.81."
    assert measure_words(sentence, "24 percent") == {"clos", "higher"}
    assert {"early", "trad"} <= measure_words(sentence, "19 percent")


def test_a_conflicting_figure_of_another_measure_gives_way_to_the_one_that_agrees(tmp_path: Path) -> None:
    # "its 31-year history" agrees; "had stood for six years" is the record's age, not the race's
    report = check(tmp_path, ["Adaeze Okafor won the Dunmere race on Sunday in 41 minutes and 20 seconds.", "Race history: 31 years."])
    assert verdict(report, "31 years") == "supported"


LANDSLIDE = {"a": "Landslide in Korva\nKORVA, Ostria, May 4, 2025 - Nine people were killed in Korva on Friday "
                   "night, officials said, after a landslide buried homes.\n",
             "b": "Korva search ends\nKORVA, Ostria, May 6, 2025 - Crews ended the search for survivors in Korva on "
                   "Monday afternoon after the last missing shepherd was found dead, officials said.\n"}


def test_a_date_of_another_happening_gives_way_to_the_one_told_in_the_memos_words(tmp_path: Path) -> None:
    # killed and survivors name one event class, but the deaths and the end of the search have their own days
    report = check_memo_report(tmp_path, LANDSLIDE, ["Nine people were killed in Korva on Friday night.",
                                                     "The search for survivors in Korva ended on Monday afternoon."],
                               dt.datetime(2025, 5, 7))
    assert verdict(report, "Friday night") == "supported"
    assert verdict(report, "Monday afternoon") == "supported"


def test_a_date_told_in_the_memos_words_under_no_event_outweighs_a_date_matched_by_event(tmp_path: Path) -> None:
    # the memo's "goals" makes its sentence about matches; a's move in 2019 names no event, b's record does
    sources = {"a": "Varga signs\nORLEN, Ostria, May 4, 2025 - Tessa Varga moved to Orlen Athletic from Brisby Town in "
                    "2019 for 2 million euros.\n",
               "b": "Orlen's season\nORLEN, Ostria, May 5, 2025 - Orlen Athletic set a club record in 2020, when "
                    "Tessa Varga scored 31 goals.\n"}
    report = check_memo_report(tmp_path, sources, ["Tessa Varga moved to Orlen Athletic from Brisby Town in 2019 and "
                                                   "has 40 goals in 90 matches for Orlen Athletic."],
                               dt.datetime(2025, 5, 7))
    assert verdict(report, "2019") == "supported"


def test_a_specific_counted_noun_makes_the_same_measure(tmp_path: Path) -> None:
    report = check(tmp_path, ["Adaeze Okafor won the Dunmere race on Sunday in 41 minutes and 20 seconds.", "Tram: about 6,000 riders in Dunmere on race day."])
    assert verdict(report, "6,000 riders") == "contradicted"


# --- business news: appositions, tenures, rates and values ---------------------------------------

DEAL_A = """Hollin buys Marrow Labs
Hollin Group agreed on Monday to buy Marrow Labs for $2.1 billion in cash. Dana Kell, Marrow's chief \
executive since 2016, will run the unit. Hollin expects about $90 million in annual cost savings.
"""
DEAL_B = """Hollin lands Marrow
Hollin Group said on Monday it would acquire Marrow Labs in a deal valued at $2.4 billion.
"""


def check_deal(tmp_path: Path, paragraphs: list[str]) -> dict:
    return check_memo_report(tmp_path, {"a": DEAL_A, "b": DEAL_B}, paragraphs, dt.datetime(2025, 3, 5),
                             published="2025-03-03")


def test_an_apposition_and_a_tenure_make_one_fact_across_years(tmp_path: Path) -> None:
    report = check_deal(tmp_path, ["Hollin Group keeps Marrow's boss Dana Kell, in charge there since 2014, "
                                   "as head of the unit."])
    assert verdict(report, "2014") == "contradicted"


def test_worth_and_valued_at_are_the_same_measure(tmp_path: Path) -> None:
    report = check_deal(tmp_path, ["Hollin Group agreed to acquire Marrow Labs in an all-cash deal worth "
                                   "$2.1 billion."])
    assert verdict(report, "$2.1 billion") == "disputed"  # a: $2.1 billion in cash, b: valued at $2.4 billion


def test_in_annual_savings_is_a_yearly_sum(tmp_path: Path) -> None:
    report = check_deal(tmp_path, ["Hollin Group counts on about $90 million a year in cost savings from the "
                                   "Marrow Labs deal."])
    assert verdict(report, "$90 million") == "supported"


def test_a_length_before_a_named_event_is_a_duration_and_a_kind_of_day_is_none() -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(text[t.start:t.end], t.type) for t in find_timexes(text)]

    assert found("It came almost three years after Hollin's board said no.") == [("almost three years", "DURATION")]
    assert found("Two days after, it rained.") == [("Two days after", "DATE")]
    assert found("We waited for a day like this.") == []


@pytest.mark.parametrize(("other", "length"), [
    ("During the flight the glider woke every few weeks.", "few weeks"),  # how often
    ("A second flight of the glider is a decade away.", "a decade"),  # when, from now
])
def test_a_frequency_or_a_time_away_is_no_length(other: str, length: str) -> None:
    """"woke up every few weeks" during a cruise is no rival to the cruise's "31 months", nor is "a
    decade away"."""
    config = default_config()
    texts = {"a": "The glider's flight lasted 31 months.", "b": other}
    claims = {}
    for sid, text in texts.items():
        config.sources[sid] = claimtrack.Source(id=sid, path=f"{sid}.txt", text=text)
        claims[sid] = next(c for c in claimtrack.extract_claims(config.sources[sid]) if c.kind == "duration")
    assert claims["b"].text == length
    assert config.compare(claims["a"], claims["b"]) is None


def test_about_a_percentage_does_not_reach_two_points_away() -> None:
    """The checker reads "about 12 percent" as 10.8-13.2 percent (``values.quantity_span``): no "10 percent"."""
    config = default_config()
    texts = {"a": "Turnout in the Olm ward was about 12 percent.", "b": "Turnout in the Olm ward was 10 percent."}
    claims = {}
    for sid, text in texts.items():
        config.sources[sid] = claimtrack.Source(id=sid, path=f"{sid}.txt", text=text)
        claims[sid] = next(c for c in claimtrack.extract_claims(config.sources[sid]) if c.kind == "percent")
    assert config.compare(claims["a"], claims["b"]).relation == "conflict"


POOL_A = """Brandt lowers the Kella pool record
KELLA, Norvane, March 8, 2025 — Lotte Brandt of Kella won the 400 metres medley race on Saturday in 4:31.27.
Brandt, 24, finished more than three seconds ahead of Ines Varga at the Kella Aquatic Hall.
A capacity crowd of 1,800 spectators who rose to cheer the last length filled the Kella Aquatic Hall.
The old Kella pool record had stood for nearly six years.
"""
POOL_B = """Kella medley goes to Brandt
KELLA, Norvane, March 9, 2025 — Lotte Brandt, 24, won the 400 metres medley at the Kella Aquatic Hall \
on Saturday in 4:31.27, the fastest time by a Norvane swimmer this year.
"""


def check_pool(tmp_path: Path, paragraphs: list[str]) -> dict:
    return check_memo_report(tmp_path, {"a": POOL_A, "b": POOL_B}, paragraphs, dt.datetime(2025, 3, 10))


def test_a_race_time_with_hundredths_is_checked(tmp_path: Path) -> None:
    # "4:31.27" is a time swum, no clock time; a margin bound ("more than three seconds ahead") does not
    # vouch for a wrong one
    report = check_pool(tmp_path, ["Lotte Brandt won the 400 metres medley race in 4:31.27."])
    assert verdict(report, "4:31.27") == "supported"
    (tmp_path / "wrong").mkdir()
    report = check_pool(tmp_path / "wrong", ["Lotte Brandt won the 400 metres medley race in 4:33.27."])
    assert verdict(report, "4:33.27") == "contradicted"


def test_a_margin_meets_only_a_margin_of_its_kind() -> None:
    # a gap to a rival ("ahead", "clear", "by") is neither the time taken off a record nor a gap against
    # another time ("slower"): three figures of three measures, no conflict among them
    a = claimtrack.Source(id="a", path="a.txt", published=dt.date(2025, 3, 8), text=(
        "KELLA, Norvane — Lotte Brandt won the 400 metres medley race on Saturday, taking 1.42 seconds off the "
        "pool record."))
    b = claimtrack.Source(id="b", path="b.txt", published=dt.date(2025, 3, 9), text=(
        "KELLA, Norvane — Lotte Brandt led the medley race at Kella by more than four seconds at the halfway "
        "mark, and her heat on Friday had been about nine seconds slower."))
    result = api.crosscheck([a, b])
    assert not [g for g in result.conflicts if g.kind == "duration"]


def test_a_crowd_with_an_adjective_is_counted_and_its_relative_clause_is_no_update(tmp_path: Path) -> None:
    # "spectators who rose to cheer": the spectators rose, not their number
    report = check_pool(tmp_path, ["A crowd of 2,800 spectators filled the Kella Aquatic Hall for Lotte Brandt."])
    assert verdict(report, "2,800") == "contradicted"


def test_an_age_is_one_persons(tmp_path: Path) -> None:
    report = check_pool(tmp_path, ["Lotte Brandt, 24, won the medley.", "Ines Varga, 29, was second."])
    assert verdict(report, "24") == "supported"
    assert verdict(report, "29") == "unsupported"


# --- what a sum or a percentage measures: revenue is no loss, a growth rate no share ----------------

def compare_figures(text_a: str, needle_a: str, text_b: str, needle_b: str) -> str | None:
    """The checker's relation between the figure ``needle_a`` of ``text_a`` and ``needle_b`` of ``text_b``."""
    config = default_config()
    claims = []
    for sid, text, needle in (("a", text_a, needle_a), ("b", text_b, needle_b)):
        config.sources[sid] = claimtrack.Source(id=sid, path=f"{sid}.txt", text=text, published=dt.date(2025, 4, 2))
        claims.append(next(c for c in claimtrack.extract_claims(config.sources[sid]) if needle in c.text))
    result = config.compare(*claims)
    return result and result.relation


MILLS_REVENUE = "Revenue at Velloran Mills climbed to $140 million in 2024, from $96 million in 2023."


@pytest.mark.parametrize(("other", "needle", "relation"), [
    ("Velloran Mills lost $19 million in 2023.", "$19 million", None),  # a loss is no revenue
    ("Velloran Mills posted a $19 million loss in 2023.", "$19 million", None),
    ("Velloran Mills had sales of $90 million in 2023.", "$90 million", "conflict"),  # revenue both
])
def test_a_sum_is_compared_only_with_a_sum_of_its_measure(other: str, needle: str, relation: str | None) -> None:
    assert compare_figures(MILLS_REVENUE, "$96 million", other, needle) == relation


def test_revenue_of_two_years_is_two_facts() -> None:
    assert compare_figures(MILLS_REVENUE, "$96 million", "Velloran Mills had sales of $135 million in 2024.",
                           "$135 million") is None


@pytest.mark.parametrize(("other", "relation"), [
    ("Velloran Mills' sales rose 27 percent to $140 million last year.", "conflict"),  # two growth rates
    ("Its five biggest clients account for 44 percent of Velloran Mills' sales.", None),  # a share
    ("Velloran Mills' founder owns 44 percent of the company's sales business.", None),
])
def test_a_growth_rate_is_no_share(other: str, relation: str | None) -> None:
    needle = "percent"
    assert compare_figures("Velloran Mills' sales grew 31 percent to $140 million last year.", needle, other, needle) == relation


@pytest.mark.parametrize(("other", "needle", "relation"), [
    ("Bonuses of up to €9 million are tied to the Pellor deal.", "€9 million", "agree"),  # one cap
    ("Bonuses of up to €14 million are tied to the Pellor deal.", "€14 million", "conflict"),  # another cap
    ("About €9 million in bonuses is tied to the Pellor deal.", "€9 million", "compatible"),  # a sum under it
])
def test_a_cap_is_what_it_states(other: str, needle: str, relation: str) -> None:
    # "up to" states a cap: two caps of one measure that differ disagree, though each leaves room for any sum
    # below both
    assert compare_figures("The Pellor deal carries bonuses of up to 9 million euros.", "9 million", other,
                           needle) == relation


def test_a_vague_length_says_nothing_of_a_cap_of_another_order() -> None:
    # "several minutes" lies below "within three months", but says nothing of the deadline
    assert compare_figures("The Tarnby panel must finish its work within three months.", "three months",
                           "Dust filled the Tarnby street for several minutes.", "several minutes") is None


@pytest.mark.parametrize(("other", "needle", "relation"), [
    ("The Brenwick ombudsman would deliver a first review within four months.", "four months", "conflict"),
    ("The Brenwick ombudsman will deliver a final review within four months.", "four months", None),  # another task
    ("The Brenwick ombudsman delivered a review within four months of the fire.", "four months", None),  # a moment
])
def test_a_deadline_is_compared_with_the_deadline_of_the_same_task(other: str, needle: str,
                                                                    relation: str | None) -> None:
    # "within" a length something is yet to be done in states a deadline, not a moment placed against another
    assert compare_figures("The Brenwick ombudsman is to deliver a first review within two months.", "two months",
                           other, needle) == relation


def test_a_result_told_against_a_year_before_is_no_running_figure() -> None:
    # "fell to ... from ... a year earlier" sets a quarter's profit beside the last year's: it did not change
    # between the reports, so another figure for it is a conflict, not an update
    assert compare_figures("Net profit at Orvell Tools fell to $48 million from $61 million a year earlier.",
                           "$48 million", "Orvell Tools had net profit of $84 million in the quarter, down from $61 "
                           "million a year earlier.", "$84 million") == "conflict"


def test_lengths_of_two_rounds_of_a_competition_are_two_measures() -> None:
    # a semi-final and the final are two matches, each with its own length and sets
    semi = "Ansel Brook needed 3 hours and 50 minutes to beat Ivo Dahl in a five-set semi-final on Friday."
    final = "Ansel Brook beat Teo Marr in four sets in a final that lasted 3 hours and 12 minutes."
    assert compare_figures(semi, "3 hours and 50 minutes", final, "3 hours and 12 minutes") is None
    assert compare_figures(semi, "five-set", final, "four sets") is None
    assert compare_figures(final.replace("12", "21"), "3 hours and 21 minutes", final, "3 hours and 12 minutes") \
        == "conflict"


def test_a_length_lived_is_an_age_not_a_length_of_anything_else() -> None:
    aged = "Ruud Falk won the title in 1990 at the age of 21 years and two months."
    assert compare_figures(aged, "21 years and two months", "Ruud Falk held the record as the youngest winner for "
                           "almost three decades.", "almost three decades") is None


def test_the_window_another_figure_is_told_over_measures_nothing() -> None:
    assert compare_figures("Orvell Space will test the Lira-3 probe in orbit for about four months.", "four months",
                           "Orvell Space has won 40 percent of the launch tenders over the past six years.",
                           "six years") is None


def test_deadlines_set_months_apart_are_two_deadlines() -> None:
    # a deadline counts from when it is set: the same promise after a call in May and one in August
    config = default_config()
    claims = []
    for sid, weeks, day in (("a", "two", dt.date(2025, 5, 6)), ("b", "five", dt.date(2025, 8, 19))):
        text = f"Ostra and Kallio plan to talk again within {weeks} weeks."
        config.sources[sid] = claimtrack.Source(id=sid, path=f"{sid}.txt", text=text, published=day)
        claims.append(next(c for c in claimtrack.extract_claims(config.sources[sid]) if c.kind == "duration"))
    assert config.compare(*claims) is None


def test_one_verb_acting_on_one_counted_noun_is_one_measure() -> None:
    # the two sentences share no other word, but both tell what the sale sold
    assert compare_figures("Orvell Tools sold 9 million shares to raise $150 million.", "9 million",
                           "The Tarnby-based toolmaker, which makes drills and saws, sold 7 million shares at "
                           "$17 each.", "7 million") == "conflict"


def test_times_clocked_conflict_only_for_one_holder_distance_stage_and_day() -> None:
    # a heat, another runner's race over another distance, the old record and an earlier best are other
    # performances than the winning time: only the two winning times disagree
    a = claimtrack.Source(id="a", path="a.txt", published=dt.date(2025, 6, 15), text=(
        "OSLAND, June 14 — Mira Tveit of Brakke won the women's 5,000 metres race on Saturday, crossing the "
        "line in 14:41.52.\n\n"
        "The old championship record of 14:44.10 was set by Jana Holm in 2019.\n\n"
        "Tveit had qualified for the final on Thursday in 15:02.33.\n\n"
        "Earlier, Petra Lund of Sande won the 1,500 metres in 4:02.75.\n\n"
        "Her previous best in the 5,000 was 14:49.80, set in March.\n"))
    b = claimtrack.Source(id="b", path="b.txt", published=dt.date(2025, 6, 15), text=(
        "OSLAND, June 14 — Mira Tveit won the 5,000 metres final in 14:41.25, beating the record of "
        "14:44.10 that Jana Holm set in 2019.\n\n"
        "Tveit ran 14:49.80 at the Brakke Games in March.\n"))
    result = api.crosscheck([a, b])
    groups = [sorted(c.text for c in g.claims) for g in result.conflicts if g.kind == "duration"]
    assert groups == [["14:41.25", "14:41.52"]]


def _sources(*texts: tuple[str, str]) -> list[claimtrack.Source]:
    """Sources "a", "b"... of (headline, body) pairs, published a day apart."""
    return [claimtrack.Source(id=sid, path=f"{sid}.txt", published=dt.date(2025, 6, 2 + n), title=title,
                              text=f"{title}\n{body}")
            for n, (sid, (title, body)) in enumerate(zip("abc", texts))]


BRANDVOLD_SIGNS = ("Brandvold signs for Harwick", "Sindre Brandvold completed his loan move from Eastby Town to "
                   "Harwick Rovers on Friday. \"I wanted to play every week,\" the 31-year-old said at the club's "
                   "training ground. Harwick Rovers have conceded 41 goals this season, Eastby Town said.")


def test_an_age_told_by_name_meets_the_bare_age_of_the_headlines_subject() -> None:
    # "the 31-year-old said" speaks of the person the headline opens on: Brandvold, whose age the other
    # report gives by name
    a, b = _sources(
        ("Keeper Brandvold joins Harwick on loan", "Goalkeeper Sindre Brandvold joined Harwick Rovers on a "
         "season-long loan on Friday, the club said. Brandvold, 29, has played 140 league games for Eastby Town. "
         "Harwick Rovers will pay Eastby Town 400,000 euros for the loan, Harwick Rovers said."),
        BRANDVOLD_SIGNS)
    result = api.crosscheck([a, b])
    ages = [g for g in result.conflicts if any(c.text == "31-year-old" for c in g.claims)]
    assert ages and {c.text for c in ages[0].claims} == {"29", "31-year-old"}


def test_a_bare_age_is_not_the_age_of_someone_the_headline_does_not_open_on() -> None:
    # the other report's headline opens on the new signing, not on the coach named by age here
    a, b = _sources(
        ("Harwick coach hails new keeper", "Coach Elin Marstrand welcomed Sindre Brandvold from Eastby Town to "
         "Harwick Rovers on Friday. Marstrand, 47, said Harwick Rovers had tracked him for a year, Eastby Town "
         "said."),
        BRANDVOLD_SIGNS)
    result = api.crosscheck([a, b])
    assert not [g for g in result.conflicts if any(c.text == "31-year-old" for c in g.claims)]


@pytest.mark.parametrize(("before", "same"), [
    ("Varn, who served 12 aces, had not dropped a set all week.", True),
    ("Tolle, who served 12 aces, had not lost a match here since 2021.", False),
], ids=["sentence-on-the-headline-subject", "sentence-on-another-headline-name"])
def test_a_bare_age_is_of_the_headline_name_the_sentence_before_opens_on(before: str, same: bool) -> None:
    # the headline opens on the winner; a bare "The 31-year-old said" after a sentence on the loser is the loser's
    import claimtrack_figures

    a, b = _sources(
        ("Varn beats Tolle in Halden final", "Eli Varn, the 25-year-old who won the Halden Open on Sunday, "
         "flew home on Monday."),
        ("Varn ends Tolle's reign in Halden", f"Eli Varn beat Jon Tolle in the Halden Open final on Sunday. {before} "
         "The 31-year-old said he would rest before the Kirby Open next month."))
    config = api.default_config()
    config.sources.update({a.id: a, b.id: b})
    ages = [c for c in api.claims_of_all([a, b], config) if isinstance(c.value, claimtrack.Quantity)
            and c.value.unit == "age"]
    assert [c.text for c in ages] == ["25-year-old", "31-year-old"]
    assert claimtrack_figures.claimtrack_same_fact(ages[0], ages[1], config) is (True if same else None)


@pytest.mark.parametrize("after", ["underground", "trapped in the cave", "beneath the snow"])
def test_a_length_after_after_that_tells_what_it_was_spent_in_is_no_offset(after: str) -> None:
    # "freed after 20 hours underground" is how long the ordeal lasted, as "spent 26 hours trapped" is
    assert compare_figures(f"Divers brought the four cavers out on Sunday after 20 hours {after}.", "20 hours",
                           "The four cavers, who spent 26 hours trapped in a flooded chamber, were freed on Sunday.",
                           "26 hours") == "conflict"


@pytest.mark.parametrize(("year", "relation"), [("2011", "conflict"), ("2025", "update")])
def test_the_toll_of_a_past_years_disaster_no_longer_runs(year: str, relation: str) -> None:
    # two tolls of a sinking of years ago that differ conflict; in the reports' own year a toll may still rise
    assert compare_figures(f"The ferry Aldis sank in {year}, killing 38 people.", "38 people",
                           f"The sinking of the Aldis in {year}, in which 29 people died, was the worst.",
                           "29 people") == relation
