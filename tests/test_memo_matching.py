"""How memo claims find the source statements they speak of: table rows, running tallies, figures
in sentences that name no event, evaluative quote cues, and the memo's own sentence context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import check_memo_report, verdict

from claimtrack import verdicts
from claimtrack.model import Claim, Comparison, Evidence, Quantity, TimeValue
from claimtrack.plugins import row_sentence

FLOOD_A = """River Tesk floods Varnholm
VARNHOLM, Ostria, April 9, 2025 — By Tuesday evening the death toll from the Varnholm floods had risen \
to 41, up from 17 in the morning, the Ostrian civil protection agency said.
In Varnholm more than 600 people were injured and about 9,000 were evacuated from low-lying streets.
A 45-member rescue team from Denmark reached Varnholm on Tuesday.
The Varnholm regional council said its emergency fund held €12 million.
Mayor Oskar Lind called the flooding “a disaster we were warned about for a decade”.
"""
FLOOD_B = """Varnholm counts the cost
VARNHOLM, Ostria, April 10, 2025 — The number of people killed in the Varnholm floods rose to 58 on \
Wednesday, officials said.
More than 600 people in Varnholm were hurt when the river burst its banks on Monday night.
Shopkeepers, the Varnholm regional council said, will share €12 million in emergency grants.
"""


def check(tmp_path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> dict:
    return check_memo_report(tmp_path, {"a": FLOOD_A, "b": FLOOD_B}, paragraphs, dt.datetime(2025, 4, 11),
                             table=table)


def test_a_tally_of_the_same_day_that_differs_is_contradicted(tmp_path: Path) -> None:
    # b: "rose to 58 on Wednesday" (its dateline, April 10, dates the report, not the toll)
    report = check(tmp_path, ["On Wednesday the Varnholm flood death toll stood at 49."])
    assert verdict(report, "49") == "contradicted"


def test_a_running_figure_at_another_time_is_neither_support_nor_contradiction(tmp_path: Path) -> None:
    # a gives 41 for Tuesday evening, b 58 for Wednesday: a memo's 41 is right for Tuesday
    report = check(tmp_path, ["By Tuesday evening the Varnholm flood death toll had reached 41.",
                              "In the Varnholm floods the death toll reached 17 by Tuesday morning."])
    assert verdict(report, "41") == "supported"
    assert verdict(report, "17") == "supported"  # "up from 17 in the morning"


def test_an_undated_running_figure_no_report_gives_is_contradicted_by_the_latest_report(tmp_path: Path) -> None:
    # a gives 41 (and 17) on April 9, b 58 on April 10: a memo figure its words do not date tells the
    # story as the latest report does; one dated after the reports may be news they do not have yet
    report = check(tmp_path, ["The Varnholm flood death toll stands at 63.",
                              "By Thursday the Varnholm flood death toll had reached 63."])
    undated, dated = [f for f in report["findings"] if f["text"] == "63"]
    assert (undated["verdict"], undated["suggestion"]) == ("contradicted", "58")
    assert dated["verdict"] == "unsupported"


FLOOD_C = """Varnholm toll rises again
VARNHOLM, Ostria, April 11, 2025 — Officials said on Friday the death toll from the Varnholm floods had risen to 66, \
from 58 on Wednesday.
"""


def test_a_running_figure_told_as_now_meets_the_latest_report_s_own_value(tmp_path: Path) -> None:
    # c, the latest report, recalls b's 58: its own value is 66
    report = check_memo_report(tmp_path, {"a": FLOOD_A, "b": FLOOD_B, "c": FLOOD_C},
                               ["The Varnholm flood death toll now stands at 63."], dt.datetime(2025, 4, 12))
    finding = [f for f in report["findings"] if f["text"] == "63"][0]
    assert (finding["verdict"], finding["suggestion"]) == ("contradicted", "66")


DAM_A = """Dam inquiry opens
TARNVIK, May 6, 2025 — The independent inquiry into the Tarn dam breach will hold its first public hearing on May 20 \
in Tarnvik, the Environment Minister Ruth Okonjo said on Monday.
"""
DAM_B = """Okonjo to face committee
TARNVIK, May 8, 2025 — The regional assembly's water committee will question Environment Minister Ruth Okonjo and \
the dam operator's chief engineer, Pavel Strom, on May 14.
"""


def test_a_date_the_memo_sentence_gives_to_another_event_does_not_contradict(tmp_path: Path) -> None:
    # a's May 20 is the hearing's, which the memo gives too: told with none of the words beside the
    # committee's May 14, it is not that day's rival
    report = check_memo_report(tmp_path, {"a": DAM_A, "b": DAM_B},
                               ["The inquiry's first public hearing is set for May 20 in Tarnvik, while the assembly's "
                                "water committee will question Okonjo on May 14."], dt.datetime(2025, 5, 9))
    assert verdict(report, "May 20") == "supported"
    assert verdict(report, "May 14") != "contradicted"


MAIDEN_A = """Ferry service to Holm resumes
HOLMVIK, June 20, 2025 — The new ferry Solvei reached Holm on her maiden voyage on Thursday, June 19. Two \
earlier sailings had been cancelled: on Monday, June 16, because of fog, and on Wednesday, June 18, when a ramp \
jammed.
"""
MAIDEN_B = """Third time lucky for the Solvei
HOLMVIK, June 20, 2025 — The Solvei finally reached Holm on Thursday. Her sailings were cancelled on June 16 \
because of fog and again on June 18 after a ramp jammed at the pier, the operator said.
"""


def test_each_day_of_a_list_of_days_meets_its_own_source_day(tmp_path: Path) -> None:
    # "on June 16 and June 18" is two days, not the three from the 16th to the 18th: each is supported by
    # the source day it names, and the other day of the memo's list is not its rival
    report = check_memo_report(tmp_path, {"a": MAIDEN_A, "b": MAIDEN_B},
                               ["The Solvei's sailings were cancelled on June 16 and June 18 because of fog and a "
                                "jammed ramp."], dt.datetime(2025, 6, 21))
    assert verdict(report, "June 16") == "supported"
    assert verdict(report, "June 18") == "supported"


def test_a_wrong_day_in_a_list_of_days_is_caught(tmp_path: Path) -> None:
    # the memo's "June 18" would fall inside a range from the 16th to the 18th, but no source gives it (the
    # sources' "June 17" shares no word with the memo's sentence: told apart, it is no contradiction either)
    sources = {name: text.replace("Wednesday, June 18", "Tuesday, June 17").replace("June 18", "June 17")
               for name, text in (("a", MAIDEN_A), ("b", MAIDEN_B))}
    report = check_memo_report(tmp_path, sources, ["The Solvei's sailings were cancelled on June 16 and June 18 "
                                                   "because of fog and a jammed ramp."], dt.datetime(2025, 6, 21))
    assert verdict(report, "June 16") == "supported"
    assert verdict(report, "June 18") == "unsupported"


def test_injured_and_killed_are_different_tallies(tmp_path: Path) -> None:
    report = check(tmp_path, ["In the Varnholm floods the injured number more than 600."])
    assert verdict(report, "600") == "supported"


def test_a_table_row_reads_as_one_statement(tmp_path: Path) -> None:
    report = check(tmp_path, ["Varnholm floods: response"],
                   table=[["Item", "Figure"], ["Rescue team from Denmark in Varnholm", "a 45-member team"]])
    assert verdict(report, "45-member") == "supported"
    row = [f for f in report["findings"] if "45-member" in f["text"]][0]
    assert row["text"] == "45-member"  # offsets stay within the cell


def test_a_bare_number_cell_takes_its_unit_from_the_row_label(tmp_path: Path) -> None:
    report = check(tmp_path, ["Varnholm floods: toll"],
                   table=[["Item", "Figure"], ["People hurt in Varnholm", "more than 600"]])
    assert verdict(report, "more than 600") == "supported"
    cell = [f for f in report["findings"] if "600" in f["text"]][0]
    assert cell["text"] == "more than 600"  # the cell, not the label


def test_a_bare_number_cell_takes_its_unit_from_the_column_header(tmp_path: Path) -> None:
    report = check(tmp_path, ["Varnholm floods: toll"],
                   table=[["Town", "People injured"], ["Varnholm, Ostria", "more than 600"]])
    assert verdict(report, "more than 600") == "supported"


def test_a_row_label_that_begins_with_a_name_lends_no_unit(tmp_path: Path) -> None:
    report = check(tmp_path, ["Varnholm floods: council"],
                   table=[["Item", "Figure"], ["Varnholm Council members", "600"]])
    assert not [f for f in report["findings"] if "600" in f["text"]]


TAKEOVER = """Harwick Foods agrees takeover
LEEDS, April 7, 2025 — Harwick Foods agreed on Monday to buy the baker Penrose Mills, and said the takeover \
would bring €80 million of annual cost savings by 2029.
"""


def test_a_row_label_says_what_its_figure_measures_though_it_ends_with_a_year(tmp_path: Path) -> None:
    # "Annual cost savings by 2029 | €120 million" reads as "annual cost savings by €120 million"
    table = [["Item", "Figure"], ["Annual cost savings by 2029", "€120 million"]]
    report = check_memo_report(tmp_path, {"a": TAKEOVER}, ["Harwick takeover"], dt.datetime(2025, 4, 8), table=table)
    assert verdict(report, "€120 million") == "contradicted"


def test_a_row_is_read_with_its_label_as_the_words_before_a_later_cell() -> None:
    row = "Annual cost savings by 2029\t€120 million"
    assert row_sentence(row, row.index("€")) == "annual cost savings by     \t€120 million"  # same offsets
    assert row_sentence(row, row.index("2029")) == row  # the label's own claims see the row as it is
    assert row_sentence("Dana Whitfield\t64 runs", 15) == "Dana Whitfield\t64 runs"  # a name keeps its capital


def test_figure_in_a_sentence_without_an_event_can_be_supported_but_not_contradicted(tmp_path: Path) -> None:
    report = check(tmp_path, ["The Varnholm regional council holds €12 million for shopkeepers.",
                              "The Varnholm regional council holds €30 million for schools."])
    assert verdict(report, "€12 million") == "supported"
    assert verdict(report, "€30 million") == "unsupported"


def test_evaluative_cue_attributes_a_short_quote(tmp_path: Path) -> None:
    report = check(tmp_path, ["Governor Ada Brill called the flooding “a disaster we were warned about "
                              "for a decade”."])
    assert verdict(report, "warned about") == "misattributed"


def test_hailed_as_is_a_quote_cue(tmp_path: Path) -> None:
    report = check(tmp_path, ["Governor Ada Brill hailed the rescue team from Denmark as “a disaster we were "
                              "warned about for a decade”."])
    assert verdict(report, "warned about") == "misattributed"


SHELTER_SOURCES = {
    "a": "Varnholm flood update\nVolunteers from Ostria's Red Cross reached Varnholm on Thursday with blankets "
         "for the evacuated families.\n",
    "b": "Varnholm flood relief\nEngineers from Ostria's army were expected to reopen the Varnholm bridge by "
         "Thursday.\n",
    "c": "Varnholm shelters fill\nOstria's Red Cross said the Varnholm sports hall would take in flood victims by "
         "Thursday.\n",
}


def test_each_piece_of_evidence_is_judged_and_described_on_its_own(tmp_path: Path) -> None:
    # The memo's "by Thursday" is a deadline: b's and c's "by Thursday" support it, a's "on Thursday"
    # (another role) does not, in whatever order the sources come; each message names its own source.
    for order in ("abc", "cba"):
        folder = tmp_path / order
        folder.mkdir()
        report = check_memo_report(folder, {k: SHELTER_SOURCES[k] for k in order},
                                   ["By Thursday about 900 families from Varnholm were in Ostria's Red Cross "
                                    "shelters."], dt.datetime(2025, 4, 12), published="2025-04-09")
        finding = [f for f in report["findings"] if f["text"] == "Thursday"][0]
        assert finding["verdict"] == "supported"
        assert sorted(e["source"] for e in finding["evidence"]) == ["b", "c"]
        for e in finding["evidence"]:
            assert f"{e['source']} says “Thursday”" in e["message"]


def test_a_dateline_is_not_evidence_about_an_event(tmp_path: Path) -> None:
    report = check_memo_report(
        tmp_path, {"a": "Orlen mill deal\nKASTO, Veldra, May 7, 2025 — Veldra's trade ministry told Orlen Steel "
                        "to hand in its merger papers.\n"},
        ["Orlen Steel and the trade ministry of Veldra: May 9."], dt.datetime(2025, 5, 12))
    assert verdict(report, "May 9") == "unsupported"


DEPOT_SOURCES = {
    "a": "Tram depot to close\nThe Kessling transit authority will close the Orla Street depot and move its "
         "48 trams to Hanley by May, the authority announced on Monday.\n",
    "b": "Depot plan\nMayor Ilse Varga said the city would build 300 homes on the depot site once the trams "
         "had gone.\n",
}


def check_depot(tmp_path: Path, paragraphs: list[str]) -> dict:
    return check_memo_report(tmp_path, DEPOT_SOURCES, paragraphs, dt.datetime(2025, 3, 5))


def test_a_paraphrase_of_a_source_statement_by_the_same_speaker_is_supported(tmp_path: Path) -> None:
    # the source's speaker is a description ("the authority"): it cannot contradict the memo's name
    report = check_depot(tmp_path, ["The Kessling transit authority said it would close the Orla Street depot "
                                    "and move its 48 trams to Hanley by May.",
                                    "Mayor Ilse Varga said the city would build 300 homes on the depot site."])
    assert verdict(report, "would close the Orla Street depot") == "supported"
    assert verdict(report, "would build 300 homes") == "supported"


def test_a_paraphrase_is_not_supported_by_another_speaker_or_other_numbers(tmp_path: Path) -> None:
    report = check_depot(tmp_path, ["Councillor Tomas Brandt said the city would build 300 homes on the depot "
                                    "site once the trams had gone.",
                                    "Mayor Ilse Varga said the city would build 800 homes on the depot site "
                                    "once the trams had gone."])
    assert not [f for f in report["findings"] if "Brandt said" in f["text"] and f["verdict"] == "supported"]
    assert not [f for f in report["findings"] if "Varga said the city" in f["text"] and f["verdict"] == "supported"]
    assert verdict(report, "800 homes") == "contradicted"


def test_an_unmatched_paraphrase_gets_no_quote_finding_but_its_figures_are_checked(tmp_path: Path) -> None:
    """Reported speech in a memo is rarely worded as in any article: "no source mentions this quote" on it
    would flag most memo sentences with a verb of saying (or a colon) for nothing."""
    report = check_depot(tmp_path, ["Depot plan: notes for the council", "Planners expect the depot to close "
                                    "soon.", "Officials say the 48 trams will move to Hanley by May."])
    assert [f["verdict"] for f in report["findings"] if f["kind"] == "quote"] == []
    assert verdict(report, "48 trams") == "supported"


GALLERY = {
    "a": "Orla Gallery reopens after repairs\n"
         "The Orla Gallery in Pennick reopened on Tuesday after a two-year repair, director Ines Volk said.\n"
         "About 30 percent of the paintings on show are on loan from other museums, the Orla Gallery said.\n"
         "The city council trimmed the gallery's arts budget by 6 percent this year, and Volk said a new wing "
         "was a decade away.\n",
}


def check_gallery(tmp_path: Path, paragraphs: list[str]) -> dict:
    return check_memo_report(tmp_path, GALLERY, ["The Orla Gallery in Pennick reopened on Tuesday, "
                                                 "director Ines Volk said.", *paragraphs],
                             dt.datetime(2025, 3, 7), published="2025-03-06")


def test_a_percentage_of_something_else_does_not_support_the_memo(tmp_path: Path) -> None:
    """"28 percent of visitors" is not told by "about 30 percent of the paintings"."""
    report = check_gallery(tmp_path, ["Some 28 percent of visitors come from abroad."])
    assert verdict(report, "28 percent") == "unsupported"


def test_a_sentence_naming_nobody_meets_the_same_measure_in_an_article_about_its_subject(tmp_path: Path) -> None:
    """"The council cut the arts budget by 9 percent" names nobody: the article about the memo's gallery
    that gives the same measure ("trimmed the gallery's arts budget by 6 percent") contradicts it."""
    report = check_gallery(tmp_path, ["The council had cut the gallery's arts budget by 9 percent this year."])
    assert verdict(report, "9 percent") == "contradicted"


CLIMB = {
    "a": "Climbers wait out the storm on Mount Harl\n"
         "\"We have one shot at the summit before the weather turns,\" said guide Mara Lind. \"After that the "
         "window closes for a year, the ropes come down and the sponsors start asking hard questions about "
         "money.\"\n",
}


def test_a_short_part_of_a_long_quote_is_found(tmp_path: Path) -> None:
    """The memo quotes the first sentence of a long statement: found, and put in the wrong mouth."""
    report = check_memo_report(tmp_path, CLIMB, ["\u201cWe have one shot at the summit before the weather "
                                                 "turns,\u201d expedition doctor Piet Brandt said."],
                               dt.datetime(2025, 3, 7), published="2025-03-06")
    assert verdict(report, "one shot at the summit") == "misattributed"


def test_a_short_paraphrase_is_not_misattributed_by_another_speakers_quote(tmp_path: Path) -> None:
    """"Inspectors are focusing on steel beams removed" shares its two content words with the prosecutor's
    quote: too few to say the inspectors were given her words (a group's focus is no statement anyway)."""
    sources = {"a": "Korva hotel\nKORVA, Ostria, May 4, 2025 - \"We have reason to think steel beams were removed "
                    "without any permit,\" prosecutor Lena Hart said of the Korva hotel.\n"}
    report = check_memo_report(tmp_path, sources, ["Inspectors are focusing on steel beams removed in a basement "
                                                   "garage, where repairs had gone on since February."],
                               dt.datetime(2025, 5, 7))
    assert all(f["kind"] != "quote" for f in report["findings"])


def test_a_season_found_by_names_alone_does_not_support_a_day(tmp_path: Path) -> None:
    """"the summer" of a report naming the memo's people may be any happening of their story: it says
    nothing of the deadline the memo dates to a day."""
    sources = {"a": "Varga deal done\nORLEN, Ostria, Aug. 20, 2025 - Tessa Varga has agreed to join Orlen Athletic "
                    "after a tug of war that ran most of the summer, both clubs said on Wednesday.\n"}
    report = check_memo_report(tmp_path, sources, ["Orlen Athletic must register Tessa Varga with the league on "
                                                   "Aug. 29."], dt.datetime(2025, 8, 22))
    assert verdict(report, "Aug. 29") == "unsupported"


REGATTA = {
    "a": "Kessel Sailing Club wraps up its centenary regatta\n"
         "About 4,000 people lined the harbour wall in Port Alen, and the Kessel Sailing Club's online "
         "broadcast was watched by 900,000 people, a record for the club.\n",
}


def test_people_who_watched_are_viewers(tmp_path: Path) -> None:
    """"watched by 900,000 people" counts what "1.2 million viewers" counts: not a running tally of people
    (an update), and not the people on the harbour wall."""
    report = check_memo_report(tmp_path, REGATTA, ["The Kessel Sailing Club's online broadcast drew 1.2 million "
                                                    "viewers.", "About 4,000 people lined the harbour wall in "
                                                                "Port Alen."],
                               dt.datetime(2025, 3, 7), published="2025-03-06")
    assert verdict(report, "1.2 million viewers") == "contradicted"
    assert verdict(report, "4,000 people") == "supported"


TALLY = {
    "a": "Orla starts counting\n"
         "ORLA, May 6, 2025 — By Monday evening more than 300 ballots had been counted in Orla, the "
         "election office said.\n",
}


def test_a_bound_for_another_day_does_not_support_a_total(tmp_path: Path) -> None:
    """"more than 300 ballots by Monday evening" neither supports nor refutes Tuesday's total of 910."""
    report = check_memo_report(tmp_path, TALLY, ["More than 300 ballots had been counted in Orla by Monday "
                                                 "evening; by Tuesday the total stood at 910."],
                               dt.datetime(2025, 5, 8))
    assert verdict(report, "More than 300 ballots") == "supported"
    assert verdict(report, "910") == "unsupported"


CHOLERA = {
    "b": "Brisk cholera toll climbs\n\nCholera has killed 30 people in Brisk Province, a fatality rate of roughly 6%, "
         "officials said on Friday.\n\nTwelve doctors from Yarrow Province arrived on Thursday to help. Yarrow "
         "Province fought its own outbreak in 2018.\n",
}


def test_a_past_years_figure_is_not_disputed_by_an_undated_reports_current_one(tmp_path: Path) -> None:
    """The undated report's "roughly 6%" is the present outbreak's rate, not the rate of 2018 in Yarrow."""
    report = check_memo_report(tmp_path, CHOLERA, ["Brisk Province confirmed 60 cholera cases on May 6. Hospitals in "
                                                   "Brisk Province are full.",
                                                   "Cholera last struck in 2018, when an outbreak in Yarrow Province "
                                                   "killed 40 people, a fatality rate of 11 percent."],
                               dt.datetime(2024, 5, 10))
    assert verdict(report, "11 percent") == "unsupported"
    assert verdict(report, "40 people") == "unsupported"


FEVER = {
    "a": "Pelt fever spreads in Kessa Province\n"
         "The Kessa Province health board has confirmed 60 cases of Pelt fever in Kessa Province.\n"
         "Kessa Province has opened 12 isolation wards for Pelt fever patients.\n"
         "The outbreak will be declared over only after 30 days without a new case, Ilka Moor said.\n",
}


def test_a_figure_told_by_a_speaker_the_memo_names_elsewhere_is_found(tmp_path: Path) -> None:
    """The source's sentence names only who told the figure, and the memo names her in another paragraph:
    she is no other subject, and the figure of an article about the memo's outbreak is found."""
    report = check_memo_report(tmp_path, FEVER, ["Pelt fever in Kessa Province: 60 cases confirmed.",
                                                 "Kessa Province has opened 12 isolation wards.",
                                                 "The outbreak will be declared over after 30 days with no new "
                                                 "case.", "Regional director Ilka Moor visited Kessa Province."],
                               dt.datetime(2025, 3, 7), published="2025-03-06")
    assert verdict(report, "30 days") == "supported"


TRIAL = {
    "a": "Jury convicts Orla Brant of fraud\n"
         "A jury in Penmore convicted Orla Brant of fraud on Monday after a trial of Orla Brant that lasted "
         "four weeks.\n"
         "Prosecutors called 22 witnesses, among them Orla Brant's former partner, Ivo Stahl.\n",
}


def test_a_memo_written_months_later_speaks_of_its_sources_time(tmp_path: Path) -> None:
    """A note written in October on a June trial: its figures with no time of their own are the June
    reports' figures, not figures of the weeks before October."""
    report = check_memo_report(tmp_path, TRIAL, ["Orla Brant was convicted in Penmore after a trial that ran "
                                                 "four weeks.", "Prosecutors called 22 witnesses."],
                               dt.datetime(2025, 10, 20), published="2025-06-10")
    assert verdict(report, "four weeks") == "supported"
    assert verdict(report, "22 witnesses") == "supported"


def test_a_length_after_a_verb_of_change_is_no_running_figure(tmp_path: Path) -> None:
    """"reached their decision after three days" tells how long, not a figure that changed between
    reports: against "deliberated for three days" and "for five days" the sources disagree."""
    sources = {"a": TRIAL["a"] + "The jurors deliberated for three days before the verdict.\n",
               "b": "Orla Brant verdict\nWhen the jury in the Orla Brant trial returned in Penmore, it had "
                    "deliberated for five days.\n"}
    report = check_memo_report(tmp_path, sources, ["Orla Brant was convicted in Penmore on June 9 after a "
                                                   "trial that ran four weeks.",
                                                   "The jurors reached their decision after three days of "
                                                   "deliberations."],
                               dt.datetime(2025, 10, 20), published="2025-06-10")
    assert verdict(report, "three days") == "disputed"


def test_a_date_in_a_sentence_naming_nobody_is_found_in_an_article_about_the_subject(tmp_path: Path) -> None:
    """"Vaccination began on Tuesday, March 4" names nobody: the article about the memo's outbreak that
    says vaccination "began on Tuesday" (naming only the maker, whom the memo names too) supports it; a
    date of something else the article tells does not."""
    sources = {"a": FEVER["a"] + "Vaccination of nurses and close contacts began on Tuesday with 5,000 doses "
                                 "from Harl Pharma.\nMarkets in the villages of Kessa Province shut on Monday.\n"}
    report = check_memo_report(tmp_path, sources, ["Pelt fever in Kessa Province: 60 cases confirmed.",
                                                   "Kessa Province has opened 12 isolation wards.",
                                                   "Kessa Province bought its vaccine from Harl Pharma. "
                                                   "Vaccination began on Tuesday, March 4.",
                                                   "The schools closed on Wednesday, March 5."],
                               dt.datetime(2025, 3, 7), published="2025-03-06")
    assert verdict(report, "Tuesday, March 4") == "supported"
    assert verdict(report, "Wednesday, March 5") == "unsupported"


def test_a_date_only_coarsely_compatible_does_not_hide_the_same_sources_other_day(tmp_path: Path) -> None:
    """"this year" fits any day of the year: it gives no day, and a report that names the event's day
    as another than the memo's still disputes it."""
    sources = {"a": "Quake\nTARVO, Ostria, March 9, 2025 - The earthquake struck Tarvo on Saturday, March 8, "
                    "seismologists said.\n",
               "b": "Quake\nTARVO, Ostria, March 10, 2025 - The earthquake struck Tarvo on March 7, seismologists "
                    "said. The earthquake is the strongest in Tarvo this year.\n"}
    report = check_memo_report(tmp_path, sources, ["The earthquake struck Tarvo on Saturday, March 8."],
                               dt.datetime(2025, 3, 11))
    assert verdict(report, "March 8") == "disputed"


PELLWORTH_A = """Pellworth Robotics shares jump on debut
OSTRAND, March 6, 2025 — Shares of Pellworth Robotics rose 14% in their first day of trading on Thursday.
Pellworth, founded in 2012 by engineer Dana Rusk, makes inspection drones for wind farms.
"""
PELLWORTH_B = """Pellworth Robotics raises $300 million in listing
OSTRAND, March 6, 2025 — Pellworth Robotics raised $300 million in its listing on Thursday.
Pellworth was founded in 2012 by Dana Rusk, who still runs the company.
"""
PELLWORTH_C = """Five things to know about Pellworth Robotics
OSTRAND, March 7, 2025 — Pellworth Robotics, founded in 2010, sells drones that inspect wind turbines.
Its shares rose 14% on Thursday. Dana Rusk, its chief executive, owns 18% of the company.
"""


def test_a_figure_two_sources_support_is_disputed_by_a_third_the_cross_check_pairs_with_them(
        tmp_path: Path) -> None:
    # the memo's sentence pairs with a and b only; the cross-check finds c's 2010 at odds with their 2012
    report = check_memo_report(tmp_path, {"a": PELLWORTH_A, "b": PELLWORTH_B, "c": PELLWORTH_C},
                               ["Founded in 2012 by Dana Rusk, Pellworth makes inspection drones for wind farms."],
                               dt.datetime(2025, 3, 10))
    assert verdict(report, "2012") == "disputed"
    finding = next(f for f in report["findings"] if f["text"] == "2012")
    assert {e["source"] for e in finding["evidence"] if not e["agrees"]} == {"c"}


def _figure(source: str, amount: float, kind: str = "percent") -> Claim:
    text = f"{amount}%"
    return Claim(f"{source}:{amount}", source, 0, len(text), text, kind, Quantity(amount, "%"), (0, len(text)))


def _weekday(source: str, value: str) -> Claim:
    return Claim(f"{source}:{value}", source, 0, 7, "Tuesday", "date", TimeValue("DATE", value), (0, 7))


class _Values:
    """A stand-in for the checker plugins: equal values agree, and so does any Tuesday with a Tuesday of
    no known week; others conflict."""

    def compare(self, a: Claim, b: Claim) -> Comparison:
        same = a.value == b.value or b.value == TimeValue("DATE", "XXXX-WXX-2")
        return Comparison("agree" if same else "conflict", "", code=None if same else "value")


class _NoChange:
    """A stand-in for the source index: no source sentence tells of a change."""

    def told_beside(self, memo: Claim, cand: Claim) -> bool:
        return False


def _supported(memo: Claim, source: Claim) -> verdicts.Judgement:
    return verdicts.Judgement(memo, "supported", [Evidence(source, True, Comparison("agree", ""))], "")


def test_a_rival_value_the_memo_states_itself_is_its_other_figure_not_a_dispute() -> None:
    # the cross-check paired "2.4% on placebo" (weight lost) with "2.9% on placebo" (stopped treatment);
    # the memo gives both, each for its own measure
    memo, source, rival = _figure("memo", 2.4), _figure("a", 2.4), _figure("b", 2.9)
    judged = _supported(memo, source)
    rivals = {source.id: [rival]}
    assert verdicts._disputed_elsewhere(judged, rivals, set(), _NoChange(), _Values()).verdict == "disputed"
    stated = {verdicts._stated(_figure("memo", 2.9))}
    assert verdicts._disputed_elsewhere(judged, rivals, stated, _NoChange(), _Values()).verdict == "supported"


def test_a_weekday_of_no_known_week_does_not_tie_the_memo_to_its_rivals() -> None:
    # an undated report's "Tuesday" agrees with any Tuesday: its quarrel with another report's
    # "Wednesday" may be about another day
    memo, rival = _weekday("memo", "2025-06-17"), _weekday("b", "2025-06-18")
    for source, expected in ((_weekday("a", "XXXX-WXX-2"), "supported"), (_weekday("a", "2025-06-17"), "disputed")):
        judged = verdicts._disputed_elsewhere(_supported(memo, source), {source.id: [rival]}, set(), _NoChange(),
                                              _Values())
        assert judged.verdict == expected


FERRY_A = """Ferry hits pier in Morrow harbour
MORROW, Velmark, Aug. 5, 2025 — A passenger ferry struck a pier in Morrow harbour on Monday, injuring 14 people.
Radar data show the ferry was travelling at 24 km/h, the Velmark coast guard said.
The speed limit on that stretch of the harbour is 10 km/h.
"""
FERRY_B = """Morrow ferry was speeding, coast guard says
MORROW, Velmark, Aug. 6, 2025 — The ferry that struck a pier in Morrow harbour on Monday was moving at 24 km/h, \
the Velmark coast guard said, more than twice the limit.
"""


def test_a_source_figure_the_memo_states_for_another_measure_does_not_contradict(tmp_path: Path) -> None:
    # the limit's words ("stretch", "limit") stand beside the memo's speed too; the memo gives the 10 km/h itself
    report = check_memo_report(tmp_path, {"a": FERRY_A, "b": FERRY_B},
                               ["A ferry struck a pier in Morrow harbour on Monday, Aug. 4, injuring 14 people, "
                                "the Velmark coast guard said.",
                                "Coast guard data show the ferry running at 24 km/h on a stretch limited to 10 km/h."],
                               dt.datetime(2025, 8, 8))
    assert verdict(report, "24 km/h") == "supported"
    assert verdict(report, "10 km/h") == "supported"


# a report on the ship's owner: it is about other names than the memo, and its sentence on the cargo
# names a place the memo never mentions
CARGO_A = """Halvik Shipping shares slide after collision
OSTBY, Estmark, Oct. 7, 2025 — Shares of Halvik Shipping fell 9% on Monday after one of its cargo ships \
collided with a passenger ferry on Sunday.
The ferry was bound for Sarnby when it was struck off Tavel Point.
The cargo ship, carrying 38 containers of fertiliser, was heading south toward Halm.
Halvik Shipping said 3 of its crew were hurt. Estmark's maritime agency said Halvik Shipping had passed \
2 safety inspections this year, and Estmark's transport minister said 5 inquiries would follow.
"""
CARGO_B = """Ferry and cargo ship collide off Corlin
CORLIN, Oct. 6, 2025 — A ferry from Corlin collided with a cargo ship off Tavel Point on Sunday, \
killing 4 people near Corlin.
The ferry, bound for Sarnby, had 212 passengers on board, Corlin officials said on Monday.
Divers from Corlin and Sarnby searched the waters off Tavel Point on Monday.
"""


def test_a_counted_figure_is_matched_in_a_report_of_the_memos_story_whose_sentence_names_no_one_it_knows(
        tmp_path: Path) -> None:
    report = check_memo_report(tmp_path, {"a": CARGO_A, "b": CARGO_B},
                               ["A ferry bound for Sarnby collided with a cargo ship off Tavel Point on Sunday, "
                                "Oct. 5, killing 4 people.",
                                "The ferry had 212 passengers on board; the cargo ship of 58 containers was loaded "
                                "with fertiliser.",
                                "Divers from Sarnby searched the waters off Tavel Point on Monday. Estmark has opened "
                                "an inquiry into Halvik Shipping."],
                               dt.datetime(2025, 10, 9))
    assert verdict(report, "58 containers") == "contradicted"


BELMOR = """Lund's upset in Belmor
BELMOR, Ostria, May 5, 2025 — Challenger Petra Lund won the Belmor mayoral race on Sunday, officials said.
She has pledged to plant 12,500 street trees before 2031 and to reopen the Kessel ferry.
Turnout in Belmor was 58.2 percent.
Lund has led the Harbour Party since 2016.
Lund won 47.5 percent of the vote. Candidates who won at least 12 percent of the vote keep their deposits.
"""


def test_a_value_told_in_the_same_words_is_supported_whatever_names_and_times(tmp_path: Path) -> None:
    # the source names the candidate only as "she" and dates the pledge "before 2031"; the memo's
    # "by 2030" is another year, yet its figure is the one the source gives, in the same words
    report = check_memo_report(tmp_path, {"belmor": BELMOR},
                               ["Petra Lund, a former ferry pilot, promised to plant 12,500 street trees by 2030.",
                                "Petra Lund's office has counted 12,500 complaints about the Kessel ferry."],
                               dt.datetime(2025, 5, 7))
    assert verdict(report, "12,500 street trees") == "supported"
    assert verdict(report, "12,500 complaints") == "unsupported"  # the same number, other words


def test_a_value_told_otherwise_in_the_same_words_contradicts_unless_one_such_source_allows_it(tmp_path: Path) -> None:
    report = check_memo_report(tmp_path, {"belmor": BELMOR},
                               ["Petra Lund has led the Harbour Party since 2012.",
                                "Candidates who won 12 percent of the vote keep their deposits."],
                               dt.datetime(2025, 5, 7))
    # "Lund has led the Harbour Party since 2016" tells the memo's fact in its words, naming her only by surname
    assert verdict(report, "2012") == "contradicted"
    # "at least 12 percent" allows the memo's figure: Lund's 47.5 percent of the vote does not contradict it
    assert verdict(report, "12 percent") != "contradicted"


ORVIK_A = """Mudslide hits Orvik valley
ORVIK, Ostria, Oct. 3, 2025 — A mudslide buried six houses in the village of Orvik on Wednesday, the regional \
police said.
Rescuers pulled the last survivor, a baker named Lena Voss, out 31 hours after the slide, the police said.
"""
ORVIK_B = """Orvik mourns
ORVIK, Ostria, Oct. 4, 2025 — Villagers in Orvik held a vigil on Thursday for the four people killed in \
Wednesday's mudslide.
The baker Lena Voss was rescued after {hours} hours beneath the mud, her family said.
"""


def _orvik_verdict(tmp_path: Path, name: str, b_text: str) -> str:
    folder = tmp_path / name
    folder.mkdir()
    report = check_memo_report(folder, {"a": ORVIK_A, "b": b_text},
                               ["The baker Lena Voss was pulled out 31 hours after the slide in Orvik."],
                               dt.datetime(2025, 10, 6))
    return verdict(report, "31 hours")


def test_a_supported_figure_is_disputed_by_a_close_value_told_in_the_same_words(tmp_path: Path) -> None:
    # b tells the rescue in the same words ("after", "baker") with another value: the sources disagree
    assert _orvik_verdict(tmp_path, "close", ORVIK_B.format(hours=37)) == "disputed"
    # a value this far off is another length, not the same one told two ways
    assert _orvik_verdict(tmp_path, "far", ORVIK_B.format(hours=80)) == "supported"
    # a report that also gives the memo's value in those words tells of two lengths, not against it
    also = ORVIK_B.format(hours=37) + "Lena Voss was pulled out after 31 hours, rescuers said.\n"
    assert _orvik_verdict(tmp_path, "also", also) == "supported"


DORNE_A = """Dorne elects new council
DORNE, Ostria, Sept. 14, 2025 — Voters in Dorne elected a new town council on Sunday.
Turnout was 47.2 percent in the election, the highest for a municipal vote in Dorne since 1998, the election \
office said.
"""
DORNE_B = """Dorne recount requested
DORNE, Ostria, Sept. 16, 2025 — The Green List asked for a recount in Dorne on Tuesday. Turnout was 47.2%, up \
from the last vote.
"""
DORNE_C = """Dorne council sworn in
DORNE, Ostria, Sept. 17, 2025 — The new Dorne town council was sworn in on Wednesday.
Turnout in the election was 44.9 percent of the roughly 80,000 eligible voters, the election office said.
"""


def test_a_supported_figure_is_disputed_by_a_value_told_in_the_words_of_a_report_giving_the_memos(
        tmp_path: Path) -> None:
    # c shares one word with the memo's sentence ("turnout") but two with a's, which gives the memo's value
    report = check_memo_report(tmp_path, {"a": DORNE_A, "b": DORNE_B, "c": DORNE_C},
                               ["Turnout was 47.2 percent, a high for a municipal vote in the town."],
                               dt.datetime(2025, 9, 20))
    assert verdict(report, "47.2 percent") == "disputed"


PELLAN_A = """Pellan sell Varga to Ostbury
PELLAN, July 2, 2025 — Pellan have sold striker Iko Varga to Ostbury. Varga scored 31 goals in all \
competitions last season and helped Pellan win the cup.
"""
PELLAN_B = """Varga leaves Pellan
PELLAN, July 2, 2025 — Iko Varga scored 24 league goals last season, the most in the division, and has \
joined Ostbury.
"""
PELLAN_C = """Ostbury's gamble on Varga
OSTBURY, July 3, 2025 — Ostbury paid a club record for Iko Varga. "If Varga scores 30 goals, it is a \
bargain," an analyst said.
"""


def test_a_total_is_not_disputed_by_a_part_or_a_condition(tmp_path: Path) -> None:
    report = check_memo_report(tmp_path, {"a": PELLAN_A, "b": PELLAN_B, "c": PELLAN_C},
                               ["Iko Varga scored 31 goals in all competitions last season."], dt.datetime(2025, 7, 4))
    assert verdict(report, "31 goals") == "supported"


BANK_A = """Ostrian central bank cuts rate
VELDA, March 6, 2025 — The Ostrian National Bank cut its key rate by 25 basis points to 3.25% on Thursday, \
its first cut in two years, as inflation eased.
"""
BANK_B = """Ostria lowers borrowing costs
VELDA, March 6, 2025 — The Ostrian National Bank lowered its benchmark rate on Thursday to 3.25 percent from \
3.50 percent, a quarter-point cut that markets had expected, and launched a 2 billion crown loan scheme for farmers.
"""


def test_the_value_before_a_change_does_not_dispute_the_value_after(tmp_path: Path) -> None:
    # b's 3.50 percent is told like a's 3.25%, but beside b's own 3.25 percent: the rate before the cut
    report = check_memo_report(tmp_path, {"a": BANK_A, "b": BANK_B},
                               ["On Thursday, March 6, the Ostrian National Bank cut its key rate by 25 basis points "
                                "to 3.25%, its first cut in two years."], dt.datetime(2025, 3, 10))
    assert verdict(report, "3.25%") == "supported"


KILN = {
    "a": "Kiln workshop owner held after fire\n"
         "GRENMOOR, May 4, 2025 — Police questioned the workshop owner on Saturday. Ottilie Varga, 48, whose "
         "pottery had been storing solvents in a back room, was released on bail, officers said.\n",
}


def test_an_age_told_of_the_same_full_name_is_one_fact(tmp_path: Path) -> None:
    """"Ottilie Varga, 53," in the memo and "Ottilie Varga, 48," in a report give one person's age though
    their sentences share no other word."""
    report = check_memo_report(tmp_path, KILN, ["Firefighters met the owner, Ottilie Varga, 53, at the scene on "
                                                "Saturday."], dt.datetime(2025, 5, 6), published="2025-05-04")
    assert verdict(report, "53") == "contradicted"


SLEEP_TRIAL = {
    "a": "Regulator clears sleep drug\n"
         "TALLVIK, June 3, 2025 — Regulators approved Dormelin on Monday. Headaches led 6.4% of patients on "
         "Dormelin to stop treatment in the trial, compared with 2.2% on placebo.\n",
}


def test_stopped_and_stop_are_the_same_measure_word(tmp_path: Path) -> None:
    """The memo's "8.4% stopped treatment" is told in the report's words "6.4% of patients ... to stop
    treatment": contradicted."""
    report = check_memo_report(tmp_path, SLEEP_TRIAL, ["Dormelin was approved; 8.4% stopped treatment."],
                               dt.datetime(2025, 6, 5), published="2025-06-03")
    assert verdict(report, "8.4%") == "contradicted"


MINE = {
    "a": "Colliery blast kills nine in Dravik\n"
         "DRAVIK, Oct. 3, 2025 — An explosion at the Dravik colliery killed nine miners on Thursday, officials said. "
         "It was the worst mining accident in the region since the Selmer pit flooded in 2011, in which 38 "
         "miners died.\n",
}


def test_a_toll_of_an_old_disaster_is_one_fact_of_its_year(tmp_path: Path) -> None:
    """"since the Selmer pit flooded in 2011, killing 29 miners" gives the toll of the report's "the Selmer
    pit flooded in 2011, in which 38 miners died": an old disaster's toll no longer runs, so it is contradicted."""
    report = check_memo_report(tmp_path, MINE, ["Dravik's blast is the region's worst since the Selmer pit "
                                                "flooded in 2011, killing 29 miners."],
                               dt.datetime(2025, 10, 6), published="2025-10-03")
    assert verdict(report, "29 miners") == "contradicted"


PILOT = {
    "a": "Ferrin pilot results\n"
         "OSLANE, Feb. 2, 2026 — Ferrin's earlier pilot, run in 2022, enrolled 318 pupils and raised reading "
         "scores by 7.4% after 20 weeks, the ministry said.\n",
}


def test_a_figure_left_over_in_a_retold_sentence_is_its_counterpart(tmp_path: Path) -> None:
    """The memo retells the report's sentence (same 318 pupils, same 7.4%): its one other length, 30 weeks,
    is the report's 20 weeks, though the report dates the pilot to 2022 and the memo does not."""
    report = check_memo_report(tmp_path, PILOT, ["Ferrin's earlier pilot of 318 pupils raised reading scores by "
                                                 "7.4% after 30 weeks; the ministry then widened it."],
                               dt.datetime(2026, 2, 5), published="2026-02-02")
    assert verdict(report, "30 weeks") == "contradicted"
    assert verdict(report, "7.4%") == "supported"


def test_a_sentence_is_not_retold_by_a_figure_as_common_as_three(tmp_path: Path) -> None:
    """Three schools may be any sentence's: the report's 20 weeks are no counterpart of the memo's 30."""
    sources = {"a": "Ferrin pilot results\nOSLANE, Feb. 2, 2026 — The pilot ran in 3 schools for 20 weeks, the "
                    "ministry said.\n"}
    report = check_memo_report(tmp_path, sources, ["Tutors visited 3 schools during 30 weeks of spring."],
                               dt.datetime(2026, 2, 5), published="2026-02-02")
    assert verdict(report, "30 weeks") == "unsupported"


def test_a_date_in_a_relative_clause_is_told_by_the_clause_s_own_words(tmp_path: Path) -> None:
    """"Lenz, who joined the orchestra in 2014, will conduct ..." and "Lenz, who joined the orchestra in 2011,
    had played ...": what follows each clause is its sentence's, and the clauses tell one date."""
    sources = {"a": "Lenz to lead Harlow Philharmonic\nHARLOW, Sept. 3, 2025 — Marta Lenz will become principal "
                    "conductor of the Harlow Philharmonic, the orchestra said. Lenz, who joined the orchestra in "
                    "2011, had played viola in its string section for a decade.\n"}
    report = check_memo_report(tmp_path, sources, ["Marta Lenz, who joined the orchestra in 2014, will conduct "
                                                   "the season opener in October."],
                               dt.datetime(2025, 9, 5), published="2025-09-03")
    assert verdict(report, "2014") == "contradicted"


BID = {
    "a": "Harrow bids for Orvane\nLEDMOUTH, March 4, 2025 — Harrow Foods agreed on Monday to pay $26 a share for "
         "Orvane Dairies. Orvane's stock jumped 30% to close at $24.15 on Monday, below the offer price.\n",
    "b": "Orvane board backs Harrow bid\nLEDMOUTH, March 6, 2025 — Orvane's shares closed at $18.60 on the "
         "Friday before the announcement, Orvane Dairies said.\n",
}


def test_a_running_figure_told_at_the_memo_s_time_supports_it(tmp_path: Path) -> None:
    """"Orvane share close, Monday: $24.15" is told by "to close at $24.15 on Monday", though the close of the Friday
    before is the figure its words pair it with."""
    report = check_memo_report(tmp_path, BID, ["Harrow Foods bids for Orvane Dairies."],
                               dt.datetime(2025, 3, 7), published="2025-03-04",
                               table=[["Orvane share close, Monday", "$24.15"]])
    assert verdict(report, "$24.15") == "supported"
