"""extract_claims and load_source end to end: reference dates, ids, order, offsets, event times."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from conftest import FIXTURES, claim_at, claims_of

import claimtrack
from claimtrack import api
from claimtrack.model import CLAIM_KINDS

CAPTIONED = (
    "Landslide buries homes in hill village\n"
    "\n"
    "Rescue crews dig through mud above the village of Orven on June 19, 2023.\n"
    "\n"
    "The slope gave way on Sunday after three days of rain, burying four homes.\n"
)


# --- reference date inference -------------------------------------------------------------------


def test_caption_date_anchors_weekday(tmp_path: Path) -> None:
    path = tmp_path / "slide.txt"
    path.write_text(CAPTIONED, encoding="utf-8")
    source = claimtrack.load_source(path)
    assert source.published == dt.date(2023, 6, 19)
    assert source.published_from == "inferred"
    c = claim_at(source.text, "Sunday", "date", claims=claimtrack.extract_claims(source))
    assert c.value.value == "2023-06-18"


def test_inferred_reference_does_not_put_a_later_weekday_before_a_told_date(tmp_path: Path) -> None:
    """The inferred date is only a lower bound on when the piece was written: a weekday the story tells
    after a dated event, which the bound would place before that event, is a later week it does not date."""
    path = tmp_path / "mill.txt"
    path.write_text("The council voted on March 6, 2024, to close the old mill.\n"
                    "On Monday, the first crews began taking down the chimney.\n", encoding="utf-8")
    source = claimtrack.load_source(path)
    assert source.published == dt.date(2024, 3, 6)
    claims = claimtrack.extract_claims(source)
    assert claim_at(source.text, "Monday", "date", claims=claims).value.value == "XXXX-WXX-1"
    # a weekday that is the dated day itself, or told before any date, is still placed
    path.write_text("The council voted on Wednesday to close the old mill.\n"
                    "The vote of March 6, 2024, ended a long fight.\n", encoding="utf-8")
    source = claimtrack.load_source(path)
    assert claim_at(source.text, "Wednesday", "date",
                    claims=claimtrack.extract_claims(source)).value.value == "2024-03-06"


def test_dates_far_apart_infer_nothing(tmp_path: Path) -> None:
    path = tmp_path / "dam.txt"
    path.write_text("The dam was finished on March 2, 1998.\n"
                    "It failed on June 19, 2023, after heavy rain.\n"
                    "Repairs began on Sunday.\n", encoding="utf-8")
    source = claimtrack.load_source(path)
    assert source.published is None
    assert source.published_from is None
    c = claim_at(source.text, "Sunday", "date", claims=claimtrack.extract_claims(source))
    assert c.value.value == "XXXX-WXX-7"


@pytest.mark.parametrize("text, published", [
    # one date long past, and nothing that counts days from the article's own: no date to infer
    ("The observatory's dome, finished on May 4, 1987, was repainted for its anniversary.\n", None),
    # the same date with its weekday, or in a report of recent days, dates the report
    ("The dome was repainted on Monday, May 4, 1987, the observatory said.\n", dt.date(1987, 5, 4)),
    ("The dome was repainted on May 4, 1987.\nIts shutters were fixed on Friday.\n", dt.date(1987, 5, 4)),
])
def test_a_single_date_dates_only_a_report_of_recent_days(tmp_path: Path, text: str,
                                                            published: dt.date | None) -> None:
    path = tmp_path / "dome.txt"
    path.write_text(text, encoding="utf-8")
    assert claimtrack.load_source(path).published == published


@pytest.mark.parametrize("text, published", [
    # a date still ahead is no bound on when the piece was written
    ("The mayor lost the vote on April 2, 2024.\nShe will face the council again on May 20, 2024.\n"
     "On Friday she named a new deputy.\n", dt.date(2024, 4, 2)),
    ("The mayor lost the vote on April 2, 2024.\nThe two rivals now meet in a second round on May 20.\n"
     "On Friday she named a new deputy.\n", dt.date(2024, 4, 2)),
    # ... a later day told in the past is
    ("The mayor lost the vote on April 2, 2024.\nShe named a new deputy on April 5.\n"
     "On Friday she spoke to the council.\n", dt.date(2024, 4, 5)),
])
def test_only_dates_told_as_past_or_present_bound_the_reference_date(tmp_path: Path, text: str,
                                                                     published: dt.date) -> None:
    path = tmp_path / "vote.txt"
    path.write_text(text, encoding="utf-8")
    assert claimtrack.load_source(path).published == published


def test_published_option_beats_inference(tmp_path: Path) -> None:
    path = tmp_path / "slide.txt"
    path.write_text(CAPTIONED, encoding="utf-8")
    source = claimtrack.load_source(path, published="2023-07-05")
    assert source.published == dt.date(2023, 7, 5)
    assert source.published_from == "option"
    c = claim_at(source.text, "Sunday", "date", claims=claimtrack.extract_claims(source))
    assert c.value.value == "2023-07-02"


def test_sidecar_gives_reference_date(tmp_path: Path) -> None:
    path = tmp_path / "slide.txt"
    path.write_text("The slope gave way on Sunday after three days of rain.\n", encoding="utf-8")
    (tmp_path / "slide.meta.json").write_text(json.dumps({"published": "2023-06-14", "outlet": "Hill Times"}),
                                              encoding="utf-8")
    source = claimtrack.load_source(path)
    assert source.published == dt.date(2023, 6, 14)
    assert source.published_from == "sidecar"
    assert source.outlet == "Hill Times"
    c = claim_at(source.text, "Sunday", "date", claims=claimtrack.extract_claims(source))
    assert c.value.value == "2023-06-11"


def test_infer_reference_date_keeps_a_given_date() -> None:
    src = claimtrack.Source(id="t", path="t.txt", text="It happened on June 19, 2023.",
                            published=dt.date(2023, 7, 1), published_from="option")
    out = claimtrack.infer_reference_date(src)
    assert out.published == dt.date(2023, 7, 1)
    assert out.published_from == "option"


# a dateline without a year: "GRANVIK, Thursday, March 6 (Fjord Press) -"
def _datelined(tmp_path: Path, name: str, head: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(f"{head} - The ferry to Holm ran aground on Tuesday, the harbour master said.\n", encoding="utf-8")
    return path


def test_a_datelines_weekday_gives_its_year(tmp_path: Path) -> None:
    """March 6 was a Thursday in 2025 and in 2014: the year nearest the file's date before it."""
    path = _datelined(tmp_path, "ferry", "GRANVIK, Thursday, March 6 (Fjord Press)")
    os.utime(path, (dt.datetime(2026, 1, 10).timestamp(),) * 2)
    source = claimtrack.load_source(path)
    assert (source.published, source.published_from) == (dt.date(2025, 3, 6), "dateline, year from its weekday")
    assert claim_at(source.text, "Tuesday", "date", claims=claimtrack.extract_claims(source)).value.value == "2025-03-04"


def test_a_dateline_without_weekday_takes_the_year_of_the_other_sources(tmp_path: Path) -> None:
    paths = [_datelined(tmp_path, "a", "GRANVIK, March 5, 2024 (Coast Daily)"),
             _datelined(tmp_path, "b", "GRANVIK, March 7 (Fjord Press)"),
             _datelined(tmp_path, "c", "GRANVIK, Jan. 2 (Fjord Press)")]
    a, b, c = api.load_sources(paths, api.default_config())
    assert (a.published, a.published_from) == (dt.date(2024, 3, 5), "dateline")
    assert (b.published, b.published_from) == (dt.date(2024, 3, 7), "dateline, year from the other sources")
    assert c.published == dt.date(2024, 1, 2)  # the nearer January 2, not the next year's


def test_a_dateline_without_weekday_alone_takes_the_year_of_its_file(tmp_path: Path) -> None:
    path = _datelined(tmp_path, "ferry", "GRANVIK, Dec. 30 (Fjord Press)")
    os.utime(path, (dt.datetime(2026, 1, 4).timestamp(),) * 2)
    source = claimtrack.load_source(path)
    assert (source.published, source.published_from) == (dt.date(2025, 12, 30), "dateline, year from the file's date")


def test_extract_claims_without_reference_keeps_relative_unanchored() -> None:
    c = claim_at("Prices rose last year.", "last year", "date", published=None)
    assert "X" in c.value.value


# --- claim records ------------------------------------------------------------------------------

TEXT = ('On June 19, 2023, Mayor Lena Ortiz said that 300 homes had been flooded.\n'
        '"We need 2.5 percent more in the budget," Ortiz said.\n'
        'The repairs will take about 35 minutes per house and cost $4 million.\n'
        'The water stood 4 feet deep in the streets.\n')


def test_claims_are_in_text_order_with_sequential_ids() -> None:
    claims = claims_of(TEXT)
    assert claims
    assert [c.id for c in claims] == [f"t:{i}" for i in range(1, len(claims) + 1)]
    assert [(c.start, c.end) for c in claims] == sorted((c.start, c.end) for c in claims)
    assert all(c.source == "t" for c in claims)


def test_every_kind_is_found_and_valid() -> None:
    claims = claims_of(TEXT)
    kinds = {c.kind for c in claims}
    assert kinds == set(CLAIM_KINDS)


def test_offsets_and_sentences_match_text() -> None:
    for c in claims_of(TEXT):
        assert TEXT[c.start:c.end] == c.text
        s, e = c.sentence
        assert s <= c.start < e <= len(TEXT)


def test_event_time_of_figure_and_duration() -> None:
    claims = claims_of(TEXT)
    assert claim_at(TEXT, "300 homes", "count", claims=claims).event_time == "2023-06-19"
    assert claim_at(TEXT, "35 minutes", "duration", claims=claims).event_time is None
    assert claim_at(TEXT, "June 19", "date", claims=claims).event_time is None


def test_the_colon_of_a_race_time_opens_no_clause() -> None:
    # the year the old mark was set dates the mark only, not the new winning time before it
    text = ("Mira Tveit won the 5,000 metres in 14:41.25, beating the meet record of 14:44.10 that Jana Holm "
            "set in 2019.")
    claims = claims_of(text, published=dt.date(2025, 6, 15))
    assert claim_at(text, "14:41.25", "duration", claims=claims).event_time is None
    assert claim_at(text, "14:44.10", "duration", claims=claims).event_time == "2019"



def test_a_figure_told_in_the_present_after_a_dated_act_is_not_of_its_date() -> None:
    """"She moved to Brisby in 2019 and has 40 goals in 88 games": the goals are counted now, while "moved to
    Brisby in 2019 for 3 million euros" is the move's sum, of 2019."""
    text = "Lena Holt moved to Brisby in 2019 for 3 million euros and has 40 goals in 88 games for Ostria."
    claims = claims_of(text)
    assert claim_at(text, "40 goals", "count", claims=claims).event_time is None
    assert claim_at(text, "88 games", "count", claims=claims).event_time is None
    assert claim_at(text, "3 million euros", "money", claims=claims).event_time == "2019"

def test_a_date_in_a_later_persons_relative_clause_is_not_the_figures() -> None:
    """"The fever has sickened 31 people, among them a nurse who fell ill on Monday": Monday is when the nurse fell ill,
    not when the count stood at 31; "31 people, who were asleep when it struck on Monday," are Monday's, and so is a
    figure the clause points back to ("who set it on ...")."""
    text = "The fever has sickened 31 people, among them a nurse who fell ill on Monday."
    assert claim_at(text, "31 people", "count", published=dt.date(2025, 6, 18)).event_time is None
    text = "The quake killed 31 people, who were asleep when it struck on Monday."
    assert claim_at(text, "31 people", "count", published=dt.date(2025, 6, 18)).event_time == "2025-06-16"
    text = "The mark he broke, 14:30.19, belonged to Kaito Brenner, who set it in Sandoval on July 28, 2021."
    assert claim_at(text, "14:30.19", "duration", published=dt.date(2025, 6, 18)).event_time == "2021-07-28"


def test_a_figure_before_a_superlatives_since_is_not_of_its_date() -> None:
    """"Attendance was 84 percent, the lowest in a league season since 2003": the attendance is this season's,
    2003 only where the comparison starts; a record crowd that "has stood since 2011" still dates from 2011."""
    text = "Attendance was 84 percent, the lowest in a league season since 2003, the club said."
    assert claim_at(text, "84 percent", "percent", published=dt.date(2025, 6, 15)).event_time is None
    text = "The club's record crowd, 61,000 fans, has stood since 2011."
    assert claim_at(text, "61,000 fans", "count", published=dt.date(2025, 6, 15)).event_time == "2011"


def test_a_year_a_figure_is_measured_against_is_not_its_date() -> None:
    """"2.1C above the 1981-2010 average" and "9 percent below 2015 levels" measure against those years:
    the figures are of now; "in 2019" still dates its figure."""
    text = "Sea temperatures off Orvik were 2.1C above the 1981-2010 average, the weather office said."
    assert claim_at(text, "2.1C", "measurement", published=dt.date(2025, 6, 15)).event_time is None
    text = "Harbour emissions are 9 percent below 2015 levels."
    assert claim_at(text, "9 percent", "percent", published=dt.date(2025, 6, 15)).event_time is None
    text = "Harbour emissions fell 9 percent in 2019."
    assert claim_at(text, "9 percent", "percent", published=dt.date(2025, 6, 15)).event_time == "2019"


def test_a_length_running_until_a_date_is_not_told_at_that_date() -> None:
    """"A four-year deal running until May 2030" ends then: the length is told now, not in 2030."""
    text = "Pavlo Denk signed a four-year deal running until May 2030 on Friday."
    assert claim_at(text, "four-year", "duration", published=dt.date(2026, 6, 15)).event_time is None
    text = "The goalkeeper, Ivo Sander, will sign a four-year deal running until May 2030."
    assert claim_at(text, "four-year", "duration", published=dt.date(2026, 6, 15)).event_time is None


def test_a_past_clause_in_a_future_sentence_keeps_its_weekday_in_the_past() -> None:
    text = "Ayo Bello, who won the race on Sunday, will rest for a month. The next race is on Sunday."
    claims = claims_of(text, published=dt.date(2025, 5, 5))  # a Monday
    sundays = [c.value.value for c in claims if c.text == "Sunday"]
    assert sundays == ["2025-05-04", "2025-05-11"]


def test_a_figure_takes_the_nearest_date_of_its_clause() -> None:
    text = "The toll from the storm that hit on Monday rose to 31 on Wednesday, the coast guard said."
    claims = claims_of(text, published=dt.date(2023, 6, 15))  # a Thursday
    assert claim_at(text, "31", "count", claims=claims).event_time == "2023-06-14"


@pytest.mark.parametrize(
    "text,needle,value",
    [
        # 2023-06-14 is a Wednesday: a clock time falls on the day named right after it ...
        ("The ferry left at 6:40 a.m. on Monday.", "6:40 a.m.", "2023-06-12T06:40"),
        ("The fire broke out shortly before midnight on Sunday.", "midnight", "2023-06-11T00:00"),
        ("The blast came at 3 p.m. Tuesday.", "3 p.m.", "2023-06-13T15:00"),
        # ... or, with none, on the day named before it
        ("On Monday at noon the talks resumed.", "noon", "2023-06-12T12:00"),
        ("The storm reached the coast on Monday. It made landfall at 5 a.m.", "5 a.m.", "2023-06-12T05:00"),
        # ... but a day long past named in an earlier sentence is background: the news day it is
        ("The ferry was built at Kell on May 2, 2019. It sank at 3:10 a.m. local time.", "3:10 a.m.",
         "2023-06-14T03:10"),
        ("The ferry was launched on May 2, 2019, at 3:10 a.m.", "3:10 a.m.", "2019-05-02T03:10"),
        # the day a statement was made dates no event: the clock time is on the day of the event told
        ("The toll from Monday's ferry fire rose to 12, the coast guard said on Wednesday. "
         "The fire started at about 9:40 p.m.", "9:40 p.m.", "2023-06-12T21:40"),
        ("A bus overturned near Dorne on Monday night, police said Tuesday.\n\n"
         "Officials said the driver was unhurt. The crash happened shortly after 11 p.m.", "11 p.m.",
         "2023-06-12T23:00"),
        # ... though with no event day told, the statement's day is the best guess
        ("Police said on Tuesday that nobody was hurt. The blaze started at 10 p.m.", "10 p.m.",
         "2023-06-13T22:00"),
        # a clock time still to come is not on a day already past
        ("The ferry sank on Monday. A memorial will be held at 11 a.m.", "11 a.m.", "2023-06-14T11:00"),
        # ... but one in a clause of its own in the past is, whatever a later clause says
        ("The ferry sank on Monday. It left port at 11 a.m., and divers will search the wreck.", "11 a.m.",
         "2023-06-12T11:00"),
        # the time stamp of a live report's entry is when it was filed
        ("The ferry sank on Monday, the coast guard said.\n\n___\n\n2:40 p.m.\n\nDivers reached the wreck.",
         "2:40 p.m.", "2023-06-14T14:40"),
    ],
)
def test_a_clock_time_falls_on_its_day(text: str, needle: str, value: str) -> None:
    assert claim_at(text, needle, "date", claims=claims_of(text, "2023-06-14")).value.value == value


@pytest.mark.parametrize("text, event", [
    ("The glider needed 19 months to match the balloon's altitude.", None),
    ("The sensors will record the heat for 19 months.", None),
    ("The match lasted 19 months, a record for the league.", "race"),
])
def test_an_event_noun_used_as_another_verb_names_no_event(text: str, event: str | None) -> None:
    """"to match the orbit" tells of no match, "will record the data" of no record."""
    claims = claims_of(text, published=dt.date(2024, 3, 1))
    assert claim_at(text, "19 months", "duration", claims=claims).about.event == event


@pytest.mark.parametrize("text, needle, event", [
    # a word of a body's name is no event: the date is when the board spoke
    ("The Federal Election Board on Friday warned two parties.", "Friday", None),
    ("The Tarn Election Commission certified the result on Friday.", "Friday", None),
    ("Voters went to the polls in the election on Friday.", "Friday", "election"),
    # a second round is a vote; counting the ballots is a step of its own
    ("The two leaders meet again in a runoff on May 20.", "May 20", "election"),
    ("Officials finished counting on Thursday after a slow night.", "Thursday", "count"),
    ("The recount ended after four days of work.", "four days", "count"),
])
def test_election_events(text: str, needle: str, event: str | None) -> None:
    claims = claims_of(text, published=dt.date(2024, 5, 1))
    assert claim_at(text, needle, claims=claims).about.event == event


@pytest.mark.parametrize("text, needle, event", [
    ("The festival drew 48,000 visitors, a record for the town.", "48,000 visitors", None),
    ("The crew radioed mission control 25 minutes later.", "25 minutes", None),
    ("The buoy sends a status report every 6 hours.", "6 hours", None),
    # the event nouns themselves still name their events
    ("The mission lasted 25 minutes.", "25 minutes", "launch"),
    ("The report took 6 hours to write.", "6 hours", "study"),
    ("She set a record of 48 minutes.", "48 minutes", "race"),
    # a mountain's summit is no meeting of leaders; a summit of leaders still is one
    ("The climbers turned back 80 minutes below the summit.", "80 minutes", None),
    ("The summit of Mount Arlo took them 9 hours.", "9 hours", None),
    ("The leaders' summit lasted 9 hours.", "9 hours", "summit"),
])
def test_an_event_noun_in_a_compound_that_names_something_else_names_no_event(text: str, needle: str,
                                                                                event: str | None) -> None:
    """"mission control" is a place, a "status report" no study, "a record for the town" no race."""
    claims = claims_of(text, published=dt.date(2024, 3, 1))
    kind = "count" if "visitors" in needle else "duration"
    assert claim_at(text, needle, kind, claims=claims).about.event == event


@pytest.mark.parametrize("text, needle, event", [
    # a punishment handed down is a sentence; a trial near a court's people is a trial in court
    ("Lina Ferro was sentenced to six years in prison on Monday.", "six years", "sentence"),
    ("The former treasurer was jailed for 30 months.", "30 months", "sentence"),
    ("Jurors found Ferro guilty after a three-week trial.", "three-week", "trial"),
    ("The drug cut relapses in a 12-week trial of 400 patients.", "12-week", "study"),
    # a trigger past a conjunction opens the next phrase: the trial's length is not the deliberations'
    ("A jury convicted her after a trial that lasted five weeks and deliberations of a day.", "five weeks",
     "trial"),
    # holding a post: "served as mayor for eight years"
    ("Ferro served as treasurer for eleven years.", "eleven years", "tenure"),
])
def test_court_and_tenure_events(text: str, needle: str, event: str) -> None:
    claims = claims_of(text, published=dt.date(2024, 3, 1))
    assert claim_at(text, needle, "duration", claims=claims).about.event == event


@pytest.mark.parametrize("text, needle, event", [
    ("Marrow Foods, founded in 1998, makes frozen pies for supermarkets.", "1998", "founding"),
    ("Established in 2011 by two chemists, Pellin Labs sells dyes.", "2011", "founding"),
    ("The striker, born in 2003 in Tarvo, scored twice in the final.", "2003", "birth"),
])
def test_a_word_of_origin_names_the_event_of_its_date(text: str, needle: str, event: str | None) -> None:
    claims = claims_of(text, published=dt.date(2024, 3, 1))
    assert claim_at(text, needle, "date", claims=claims).about.event == event


@pytest.mark.parametrize("text, needle, kind, event", [
    ("The blaze burned for six hours.", "six hours", "duration", "disaster"),
    ("The downpour lasted 12 hours.", "12 hours", "duration", "disaster"),
    ("Dock workers began a 48-hour strike.", "48-hour", "duration", "strike"),
    ("The walkout by 900 drivers ended.", "900 drivers", "count", "strike"),
    ("The company is recalling 12,000 heaters.", "12,000 heaters", "count", "recall"),
    # "will recall" with a count is a recall, not a memory
    ("The maker will recall some 8,400 scooters, it announced.", "8,400 scooters", "count", "recall"),
    ("The striker scored 21 goals.", "21 goals", "count", "race"),
    # an attack from the air is no labour dispute; receiving complaints is no audience
    ("The air strike lasted 20 minutes.", "20 minutes", "duration", None),
    ("The regulator had received 46 complaints.", "46 complaints", "count", None),
    # an event said not to have happened names no event
    ("The talks between the union and the port had ended on Friday after nine hours without a deal.",
     "nine hours", "duration", "talks"),
    # striking a deal is making one, no labour dispute
    ("Ostrel Foods strikes $900 million deal for Marra Bakeries.", "$900 million", "money", "deal"),
    ("Kinver Mines strikes a 10-year agreement with two unions.", "10-year", "duration", "deal"),
    # a storm's landfall is the storm; ordering an evacuation is an act of its own
    ("Irra killed two people in Tarvo after it came ashore on Sunday.", "Sunday", "date", "disaster"),
    ("Irra made landfall near Tarvo on Sunday and killed two people.", "Sunday", "date", "disaster"),
    ("Most of Tarvo had left before the cyclone arrived, following an evacuation order issued on Friday.",
     "Friday", "date", "emergency"),
])
def test_news_event_words(text: str, needle: str, kind: str, event: str | None) -> None:
    claims = claims_of(text, published=dt.date(2024, 3, 1))
    assert claim_at(text, needle, kind, claims=claims).about.event == event


def test_the_comma_of_a_number_ends_no_clause() -> None:
    text = "In 2017 a fire in the same hills burned 30,000 hectares in eight days."
    claims = claims_of(text, published=dt.date(2025, 8, 5))
    assert claim_at(text, "eight days", "duration", claims=claims).event_time == "2017"


@pytest.mark.parametrize("opening, carried", [("It then", "2021"), ("This time it", None),
                                              ("Since then it", None)])
def test_a_sentence_that_opens_on_another_time_carries_no_date_over(opening: str, carried: str | None) -> None:
    text = f"Pell Rail turned down an offer of 19 trains in 2021. {opening} ordered 23 trains from Osk Works."
    claims = claims_of(text, published=dt.date(2024, 3, 1))
    assert claim_at(text, "23 trains", "count", claims=claims).event_time == carried


@pytest.mark.parametrize("second, carried", [
    ("It lasted 9 seconds.", "2019"),  # points back
    ("The shaking lasted 9 seconds.", "2019"),  # the same event
    ("The Pella bridge took 9 years to build.", None),  # another story: no date from the sentence before
])
def test_a_length_takes_the_date_before_only_when_its_sentence_links_them(second: str, carried: str | None) -> None:
    text = f"A strong quake struck Olm in 2019. {second}"
    claims = claims_of(text, published=dt.date(2024, 3, 1))
    assert next(c for c in claims if c.kind == "duration").event_time == carried


@pytest.mark.parametrize("text, needle", [
    ("Officials said 900 homes were flooded and the dam at Brenn, built in 1961, gave way.", "900 homes"),
    ("Tovik, founded in 1994, sells boats in Norway. Its owners plan to hire 60 workers.", "60 workers"),
    ("The recall covers vans produced between 2019 and 2021. The firm knew of 12 fires.", "12 fires"),
])
def test_a_date_of_origin_dates_only_its_own_clause(text: str, needle: str) -> None:
    claims = claims_of(text, published=dt.date(2025, 5, 5))
    assert claim_at(text, needle, "count", claims=claims).event_time is None


def test_a_date_of_origin_gives_way_to_the_sentence_s_own_date() -> None:
    text = "The mill, founded in 1902, laid off 80 workers on Friday."
    claims = claims_of(text, published=dt.date(2025, 5, 5))  # a Monday
    assert claim_at(text, "80 workers", "count", claims=claims).event_time == "2025-05-02"


def test_event_time_comes_from_the_figure_s_own_clause() -> None:
    text = "Bello ran 41 minutes on Sunday, breaking the mark of 42 minutes that Ann Oduya set in 2019."
    claims = claims_of(text, published=dt.date(2025, 5, 5))
    assert claim_at(text, "42 minutes", "duration", claims=claims).event_time == "2019"
    assert claim_at(text, "41 minutes", "duration", claims=claims).event_time == "2025-05-04"


def test_to_json_is_serialisable_and_complete() -> None:
    for c in claims_of(TEXT):
        d = json.loads(json.dumps(c.to_json()))
        assert {"id", "source", "start", "end", "text", "sentence", "kind", "value", "attribution",
                "about", "event_time"} <= set(d)
        assert d["text"] == TEXT[d["start"]:d["end"]]
        assert {"entities", "event"} <= set(d["about"])


def test_empty_and_claimless_text() -> None:
    assert claims_of("") == []
    assert claims_of("Nothing to see here.") == []


@pytest.mark.parametrize("name", ["quake-1.txt", "quake-2.txt", "deal-2.txt", "race-2.txt"])
def test_fixture_articles_extract_cleanly(name: str) -> None:
    source = claimtrack.load_source(FIXTURES / "articles" / name)
    assert source.published is not None
    claims = claimtrack.extract_claims(source)
    assert len(claims) >= 10
    for c in claims:
        assert source.text[c.start:c.end] == c.text
        assert c.kind in CLAIM_KINDS


def test_undated_fixture_stays_unanchored() -> None:
    source = claimtrack.load_source(FIXTURES / "articles" / "race-3.txt")
    assert source.published is None
    claims = claimtrack.extract_claims(source)
    assert claim_at(source.text, "Sunday", "date", claims=claims).value.value == "XXXX-WXX-7"


def test_claims_of_all_in_worker_processes_equals_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack import api

    texts = [TEXT, "Talks in Oslo lasted about 35 minutes on June 19, 2023, officials said."]
    sources = [claimtrack.Source(id=f"s{i}", path=f"s{i}.txt", text=texts[i % 2], published=dt.date(2023, 6, 20))
               for i in range(6)]
    config = api.default_config()
    serial = api.claims_of_all(sources, config, workers=1)
    monkeypatch.setattr(api, "PARALLEL_MIN_SOURCES", 2)
    parallel = api.claims_of_all(sources, config, workers=2)
    assert [c.to_json() for c in parallel] == [c.to_json() for c in serial]
    assert {c.source for c in parallel} == {s.id for s in sources}


@pytest.mark.parametrize(
    ("text", "after"),
    [("chair since 2016", True), ("Chair SINCE\n2016", True), ("ever since  2016", True),
     ("Vince 2016", False), ("sincere 2016", False), ("since then 2016", False), ("in 2016", False)],
)
def test_a_date_right_after_since(text: str, after: bool) -> None:
    # the regex only where the window holds "nce"
    from claimtrack.extract.pipeline import _after_since

    assert _after_since(text, text.index("2016")) is after


@pytest.mark.parametrize(
    ("text", "part"),
    [("Rain fell on Tuesday; the dam held.", "Rain fell on Tuesday"),
     ("Rain fell on Tuesday, and the dam held.", "Rain fell on Tuesday"),
     ("Rain fell on Tuesday, Wednesday and Friday.", "Rain fell on Tuesday, Wednesday and Friday."),
     ("Rain fell on Tuesday", "Rain fell on Tuesday")],
)
def test_the_independent_part_ends_at_a_semicolon_or_a_joined_clause(text: str, part: str) -> None:
    from claimtrack.extract.pipeline import _independent_part

    s, e = _independent_part(text, (0, len(text)), text.index("Tuesday"))
    assert text[s:e] == part
