"""The corpus-level part of the same-fact rule: names and phrases that recur across a large corpus."""

from __future__ import annotations

import datetime as dt

import claimtrack
from claimtrack import facts
from claimtrack.model import About, Attribution, Claim, Quantity, QuoteValue

START = dt.date(2024, 1, 1)


def claim(source: str, entities: list[str], amount: int = 300, event: str = "rescue") -> Claim:
    text = f"{amount} volunteers"
    return Claim(f"{source}:c1", source, 0, len(text), text, "count", Quantity(amount, "volunteers"),
                 (0, len(text)), about=About(entities, event))


def quote(source: str, words: str) -> Claim:
    value = QuoteValue(words, True, 0, len(words))
    return Claim(f"{source}:q1", source, 0, len(words), words, "quote", value, (0, len(words)))


def spread(n: int, days_apart: int) -> dict[str, dt.date]:
    """Publication dates of ``n`` sources, ``days_apart`` days from one to the next."""
    return {f"s{i}": START + dt.timedelta(days=i * days_apart) for i in range(n)}


def test_a_name_in_many_sources_over_many_months_recurs() -> None:
    published = spread(facts.RECURRING_MIN_SOURCES, 30)
    claims = [claim(s, ["Red Cross", f"Town {i}"]) for i, s in enumerate(published)]
    recurring = facts.recurring_entities(claims, facts.Aliases(claims), published)
    assert recurring == {"Red Cross"}


def test_one_story_covered_by_many_outlets_in_a_week_keeps_its_names() -> None:
    published = {f"s{i}": START + dt.timedelta(days=i % 7) for i in range(40)}
    claims = [claim(s, ["Red Cross", "Port Ellis"]) for s in published]
    assert facts.recurring_entities(claims, facts.Aliases(claims), published) == frozenset()


def test_a_small_corpus_has_no_recurring_names() -> None:
    published = spread(facts.RECURRING_MIN_SOURCES - 1, 60)
    claims = [claim(s, ["Red Cross"]) for s in published]
    assert facts.recurring_entities(claims, facts.Aliases(claims), published) == frozenset()


def test_a_recurring_name_alone_does_not_tie_two_events() -> None:
    published = spread(facts.RECURRING_MIN_SOURCES, 30)
    claims = [claim(s, ["Red Cross", f"Town {i}"]) for i, s in enumerate(published)]
    # two reports, a week apart, of Red Cross volunteers in two different towns
    a, b = claim("a", ["Red Cross", "Port Ellis"], 300), claim("b", ["Red Cross", "Varna Bay"], 450)
    published.update(a=START, b=START + dt.timedelta(days=7))
    corpus = facts.Corpus.of([*claims, a, b], published)
    va, vb = corpus.view(a), corpus.view(b)
    assert not facts.same_fact(va, vb)
    assert not set(facts.block_keys(va)) & set(facts.block_keys(vb))
    # without the rest of the corpus the Red Cross is just a shared name, and the two look alike
    small = facts.Corpus.of([a, b], published)
    assert facts.same_fact(small.view(a), small.view(b))
    # the same town in both reports is the same event, recurring names or not
    c = claim("c", ["Red Cross", "Port Ellis"], 320)
    published["c"] = START + dt.timedelta(days=1)
    corpus = facts.Corpus.of([*claims, a, c], published)
    assert facts.same_fact(corpus.view(a), corpus.view(c))


def test_a_claim_naming_only_recurring_names_borrows_its_article_subject() -> None:
    published = spread(facts.RECURRING_MIN_SOURCES, 30)
    claims = [claim(s, ["Red Cross", f"Town {i}"]) for i, s in enumerate(published)]
    # article "a" is about Port Ellis; one of its sentences names only the Red Cross
    a = [claim("a", ["Port Ellis"], 12, "earthquake"), claim("a", ["Port Ellis"], 14, "earthquake"),
         claim("a", ["Red Cross"], 300)]
    published["a"] = START
    corpus = facts.Corpus.of([*claims, *a], published)
    assert corpus.view(a[2]).specific == {"Port Ellis"}


def test_stock_phrases_are_no_quote_keys() -> None:
    published = spread(facts.RECURRING_MIN_SOURCES, 30)
    stock = "we will keep working together to help every family"
    claims = [quote(s, f"{stock} in district {i} tonight") for i, s in enumerate(published)]
    found = facts.stock_phrases(claims, published)
    stock_hashes = set(facts.shingles(facts.content_words(stock)))
    assert stock_hashes <= found
    own = quote("x", f"{stock} and we rebuild the old harbour bridge first")
    published["x"] = START
    keys = facts.Corpus.of([*claims, own], published).view(own).keys
    assert keys and not set(keys) & stock_hashes
    # a quote made only of stock phrases is still indexed, by its smallest hashes
    bare = quote("y", stock)
    published["y"] = START
    assert facts.Corpus.of([*claims, bare], published).view(bare).keys


def test_crosscheck_pauses_the_cycle_collector_and_restores_it() -> None:
    import gc

    from claimtrack.api import default_config
    from claimtrack.conflicts import crosscheck_claims

    seen: list[bool] = []

    class Spy:
        @claimtrack.hookimpl
        def claimtrack_compare(self, a: Claim, b: Claim) -> None:
            seen.append(gc.isenabled())

    config = default_config()
    config.plugins.register(Spy(), "spy", "test")
    a, b = claim("a", ["Port Ellis"], 300), claim("b", ["Port Ellis"], 320)
    assert gc.isenabled()
    crosscheck_claims([], [a, b], config)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        crosscheck_claims([], [a, b], config)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_a_place_in_dateline_capitals_is_the_place_spelled_ordinarily() -> None:
    claims = [claim("a", ["RIO SECO", "NATO"]), claim("b", ["Rio Seco"]), claim("c", ["PORT LUCAN"])]
    aliases = facts.Aliases(claims)
    assert aliases.canonical("RIO SECO") == "Rio Seco"
    assert aliases.canonical("PORT LUCAN") == "Port Lucan"  # no ordinary spelling: title case
    assert aliases.canonical("NATO") == "NATO"  # one word in capitals may be an acronym


def test_a_figure_that_names_only_its_speaker_is_also_about_the_article_subject() -> None:
    """"The board has until May 4 to rule, Ilse Varga said": Varga tells the date, the story is its subject.
    (A figure of a named event is tied by its event.)"""
    told = claim("a", ["Ilse Varga"], event="")
    told.attribution = Attribution("Ilse Varga", cue="said")
    aliases = facts.Aliases([told])
    assert facts.view(told, aliases, context=["Harrow Water Board"]).specific == {"Ilse Varga", "Harrow Water Board"}
    # a name of its own is what it is about
    named = claim("a", ["Ilse Varga", "Dunmore"], event="")
    named.attribution = Attribution("Ilse Varga", cue="said")
    assert facts.view(named, aliases, context=["Harrow Water Board"]).specific == {"Ilse Varga", "Dunmore"}


def test_a_town_alone_is_not_the_hospital_named_after_it() -> None:
    claims = [claim("a", ["Pellam General Hospital", "Kiri Osei", "Brask Biologics"])]
    aliases = facts.Aliases(claims)
    assert aliases.canonical("Pellam") == "Pellam"
    assert aliases.canonical("Osei") == "Kiri Osei"
    assert aliases.canonical("Brask") == "Brask Biologics"  # a company's short name is still the company


def test_fined_and_a_fine_share_their_measure_word() -> None:
    """"fined the owner $40,000" and "a $25,000 fine" speak of one measure: the fine."""
    near = facts.measure_words("The court fined the owner $40,000.", "$40,000")
    assert facts.measure_stem("fine") in near


def _count(text: str, sentence: str, kind: str = "count", unit: str = "", per: str | None = None) -> Claim:
    at = sentence.find(text)
    amount = int(text.split()[0].strip("$").replace(",", ""))
    return Claim("s:c1", "s", at, at + len(text), text, kind, Quantity(amount, unit or text.split()[-1], per=per),
                 (0, len(sentence)))


def test_homes_and_houses_crashes_and_accidents_count_one_thing() -> None:
    assert facts.unit_key(_count("900 homes", "900 homes")) == facts.unit_key(_count("700 houses", "700 houses"))
    assert facts.unit_key(_count("4 crashes", "4 crashes")) == facts.unit_key(_count("6 accidents", "6 accidents"))
    # a crown or a championship won is a title
    titles = facts.unit_key(_count("3 titles", "3 titles"))
    assert facts.unit_key(_count("4 crowns", "4 crowns")) == facts.unit_key(_count("2 championships", "2 championships")) \
        == titles


def test_the_workers_of_a_trade_are_workers() -> None:
    """"1,200 dock workers" and "1,500 dockers" count the same people; so do "steelworkers" and "workers"."""
    workers = facts.unit_key(_count("1,200 workers", "1,200 dock workers"))
    assert facts.unit_key(_count("1,500 dockers", "1,500 dockers")) == workers
    assert facts.unit_key(_count("800 steelworkers", "800 steelworkers")) == workers
    assert facts.unit_key(_count("800 nurses", "800 nurses")) != workers


def test_a_year_before_a_verb_counts_nothing() -> None:
    """"The Ledge fire of 2017 burned 9,000 hectares": burning is what the hectares measure, not a noun of 2017."""
    assert "burn" in facts.measure_words("The Ledge fire of 2017 burned 9,000 hectares.", "9,000 hectares")


def test_a_figure_a_comma_closes_counts_nothing_after_the_comma() -> None:
    """"The mill, opened in 1961, employed 300 workers": employing is what the 300 measure, and 1961 counts
    nothing; nor does "rose 4%, lifting" make "lifting" a counted noun of the 4%."""
    assert "employ" in facts.measure_words("The mill, opened in 1961, employed 300 workers.", "300 workers")
    assert "lift" in facts.measure_words("Sales rose 4%, lifting output to 900 tonnes.", "900 tonnes")


def test_a_hedge_before_the_next_figure_is_that_figures() -> None:
    """"44 percent of the roughly 9,000 members": "roughly" is the 9,000's, and says nothing of the 44."""
    assert "roughly" not in facts.measure_words("Support was 44 percent of the roughly 9,000 members.",
                                                "44 percent", sides="after")


def test_an_annual_sum_is_a_sum_a_year() -> None:
    yearly = facts.unit_key(_count("$40 million", "it saves $40 million", "money", "USD", per="year"))
    for sentence in ("The firm expects annual cost savings of $40 million.",
                     "The firm will save $40 million annually."):
        assert facts.unit_key(_count("$40 million", sentence, "money", "USD"), sentence) == yearly
    once = "The firm paid $40 million in 2020."
    assert facts.unit_key(_count("$40 million", once, "money", "USD"), once) == "USD/"


def test_savings_and_saving_are_one_measure() -> None:
    assert facts.measure_stem("savings") == facts.measure_stem("save") == facts.measure_stem("saved")


def test_a_name_the_other_article_mentions_in_passing_is_no_other_subject() -> None:
    """The first report's talks name nobody (its union and leader stand in); the second's name the operator,
    whom the first report mentions once, so not among what it is about: with ``mentioned`` saying so, one fact."""
    a, b = claim("a", [], 14, "talks"), claim("b", ["Coast Freight"], 11, "talks")
    corpus = facts.Corpus.of([a, b], {"a": START, "b": START})
    va = corpus.view(a, context=["Dock Union", "Ada Nell"])
    vb = corpus.view(b, context=["Ada Nell", "Coast Freight"])
    assert not facts.same_fact(va, vb)
    assert facts.same_fact(va, vb, mentioned=lambda v, names: v is va and names == {"Coast Freight"})
    assert not facts.same_fact(va, vb, mentioned=lambda v, names: False)


def test_a_crowd_and_fans_in_front_of_whom_a_game_is_played_tell_one_attendance() -> None:
    crowd = facts.measure_words("A crowd of 31,400 watched at Quill Park.", "31,400")
    front = facts.measure_words("Brandt scored early in front of 28,000 fans.", "28,000 fans")
    assert crowd & front == {facts.measure_stem("watch")}


def test_people_who_died_count_deaths() -> None:
    deaths = facts.unit_key(_count("19 deaths", "19 deaths"))
    for sentence in ("Cases rose to 90, and 17 people have died, the board said.",
                     "The storm killed 17 people in the valley.", "Floods swept the valley, killing 17 people.",
                     "17 people were killed on the road."):
        assert facts.unit_key(_count("17 people", sentence, unit="people"), sentence) == deaths, sentence
    hurt = "17 people were injured on the road."
    assert facts.unit_key(_count("17 people", hurt, unit="people"), hurt) != deaths


def test_sent_and_deployed_people_are_one_measure() -> None:
    """"the league sent 40 referees" and "deployed 45 referees" speak of one measure."""
    sent = facts.measure_words("The league sent 40 referees to the cup.", "40 referees")
    deployed = facts.measure_words("Organisers deployed 45 referees at the final.", "45 referees")
    assert sent & deployed
    assert facts.measure_stem("dispatched") == facts.measure_stem("sending") == facts.measure_stem("deployed")


def test_a_lending_facility_and_a_credit_programme_are_one_measure() -> None:
    """"a new 5 billion velt lending facility" and "a 6 billion velt credit programme" speak of one measure,
    as reconstruction and rebuilding do."""
    lending = facts.measure_words("The bank opened a new 5 billion velt lending facility for farms.", "5 billion velt")
    credit = facts.measure_words("The bank set up a 6 billion velt credit programme for farms.", "6 billion velt")
    assert {facts.measure_stem("credit"), facts.measure_stem("programme")} <= lending & credit
    assert facts.measure_stem("loans") == facts.measure_stem("lending") == facts.measure_stem("credit")
    assert facts.measure_stem("reconstruction") == facts.measure_stem("rebuilding")


def test_a_doubled_consonant_before_ed_or_ing_meets_its_stem() -> None:
    """"stopped" and "stop" are one word, "planning" and "plans" too; "called" keeps its own double l."""
    assert facts.measure_stem("stopped") == facts.measure_stem("stop") == facts.measure_stem("stopping")
    assert facts.measure_stem("planning") == facts.measure_stem("plans")
    assert facts.measure_stem("called") == facts.measure_stem("call")
    assert facts.measure_stem("passed") == facts.measure_stem("pass")


def test_irregular_past_forms_meet_their_verb() -> None:
    """"Cases rose to 29" and "cases have risen to 31" tell one measure; so do "grew" and "grown"."""
    assert facts.measure_stem("rose") == facts.measure_stem("risen") == facts.measure_stem("rise")
    assert facts.measure_stem("grew") == facts.measure_stem("grown") == facts.measure_stem("growing")
    assert facts.measure_stem("fell") == facts.measure_stem("fallen") == facts.measure_stem("falls")
    assert facts.measure_stem("rose") != facts.measure_stem("fell")


def test_the_words_leading_into_the_next_figure_are_that_figures() -> None:
    """Past a comma, the words right before the next sum are its own ("will pay" is the $61's), unless that
    figure is only a year, which the words before it do not lead into."""
    sentence = "Dunmore, which first bid $52 a share, will pay $61 a share for Ketterly."
    assert "pay" not in facts.measure_words(sentence, "$52 a share")
    assert "pay" in facts.measure_words(sentence, "$61 a share")
    assert "built" in facts.measure_words("The hall, 40 metres tall, was built by Orsk in 1911.", "40 metres")


def test_a_figure_told_twice_in_a_sentence_is_read_where_it_stands() -> None:
    text = "Ledra hired 40 staff in May and cut 40 staff in June."
    second = text.rindex("40 staff")
    c = Claim("s:c2", "s", second, second + 8, "40 staff", "count", Quantity(40, "staff"), (0, len(text)))
    assert facts.claim_at(c, text) == second
    assert "cut" in facts.measure_words(text, "40 staff", at=second)
    assert "cut" not in facts.measure_words(text, "40 staff")
