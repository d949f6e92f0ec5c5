"""How ``claimtrack.crosscheck`` scales with the number of articles, on synthetic news.

What it measures
    ``claimtrack.conflicts.crosscheck_claims(sources, claims, config)`` (the blocking index, the
    same-fact rule and the checker plugins) on corpora of 1,000, 2,000, 4,000, 8,000 and 16,000
    generated articles, plus 10,000 for the absolute target. Per size: articles, claims, same-fact
    pairs compared, conflicts found, wall seconds (``time.perf_counter`` around one call; the fastest
    of ``--repeat`` calls, 3 by default, each with a fresh configuration) and
    peak memory (``resource.getrusage(RUSAGE_SELF).ru_maxrss`` at the end of a fresh subprocess per
    size, and how much the cross-check raised it above the process's peak before the call).

    Generation and extraction are not what is timed. The articles are generated in memory as
    ``claimtrack.Source`` objects with a published date (as a sidecar would give), and each article's
    claims are extracted once with ``claimtrack.api.claims_of`` (the built-in extractor plus plugins)
    into a cache file; every size then reads the first N articles of that one stream in its own
    subprocess. Extraction time for the first N articles is reported separately. (The function lives in
    ``claimtrack.conflicts``; ``claimtrack.crosscheck(paths)`` is the API entry point that calls it.)

The corpus
    A seeded stream of news events (phone calls and meetings between officials, trade talks,
    earthquakes, company acquisitions, marathons), each with its own randomly generated people,
    places and companies, and each reported by 2-6 articles from different outlets (so N articles
    cover about N/4 events). Reports of one event phrase its dates, durations, counts, sums of money,
    percentages and quotes differently ("about 35 minutes", "35 minutes", "on Tuesday", "on March 4");
    in about 10% of events one report gets one value wrong, which is a real conflict. A few entities
    are in many articles, as in real news (the United States, China, the United Nations, the European
    Union, the International Monetary Fund, the Red Cross, a few race sponsors), so the blocking
    index has some large blocks. Events fall over two years (2023-2024), whatever the corpus size.

How to run
    python benchmarks/crosscheck.py                       # 1k..16k, and 10k for the target
    python benchmarks/crosscheck.py --quick               # 250..2k, still checks 10k (unless --no-check-10k)
    python benchmarks/crosscheck.py --sizes 1000,2000 --no-check-10k --seed 3
    python benchmarks/crosscheck.py --days 2920                # the same articles spread over eight years
    python benchmarks/crosscheck.py --cache /tmp/claims.pickle # keep the extracted claims for the next run
    python benchmarks/crosscheck.py --profile 4000        # cProfile of crosscheck_claims, top 30 by cumtime
    python benchmarks/crosscheck.py --repeat 1            # one timed call per size instead of the best of 3

Targets
    time per doubling of the corpus grows no worse than n log n (t(2n)/t(n) <= 2.3), and 10,000
    articles cross-check in under 60 s on one core. ``--check`` exits with status 1 when missed.

The last line of output is machine readable::

    crosscheck-bench: sizes=1000,2000,... seconds=a,b,... max_ratio=R t10k=S
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run from a checkout without ``pip install -e .``
    sys.path.insert(0, str(REPO))

import claimtrack  # noqa: E402

DEFAULT_SIZES = (1000, 2000, 4000, 8000, 16000)
QUICK_SIZES = (250, 500, 1000, 2000)
TARGET_RATIO = 2.3
TARGET_10K_SECONDS = 60.0
CACHE_VERSION = 2
FIRST_DAY = dt.date(2023, 1, 1)
DAYS = 730  # events fall over two years, whatever the corpus size (--days)
CONFLICT_RATE = 0.10

# ---------------------------------------------------------------------------------------------- word lists

FIRST_NAMES = """
Aaron Abena Adaeze Adrian Agnes Aiko Alejandro Alina Amara Ambrose Amira Anders Anika Anton Arjun Astrid
Aurelio Ayesha Baptiste Beatriz Bennett Bianca Bogdan Bruno Camila Cassius Celine Chidi Cillian Clara
Cosmin Dalia Damian Daria Declan Delphine Dmitri Dolores Eamon Edith Efua Elias Elif Emeka Enzo Esther
Evander Fatima Felix Fiona Florin Freya Gabriel Gemma Giorgos Greta Gustavo Hadley Hakim Halina Hamza
Hana Hiroshi Hugo Ibrahim Ilse Imani Ingrid Ioana Isidro Ivana Jalen Jamila Janek Jasper Javier Jelena
Joaquin Jonas Jovana Julian Kaito Kalinda Kamal Karin Kasimir Katya Kenji Kerstin Khalid Kofi Laila
Lars Leandro Leila Lennart Liesel Lorenzo Lucia Ludmila Luka Mahmoud Maiken Malik Marisol Mateo Matilde
Maxim Mei Mihail Milena Mirela Moritz Nadia Naveen Nerea Niamh Nikolai Nilufar Noor Oksana Olamide
Omar Orla Oskar Palesa Paolo Petra Pilar Quentin Radu Rafael Ramona Rania Rashid Renata Rhys Rosalind
Rustam Sabine Salma Samir Sanna Santiago Saoirse Selim Serena Sergei Siddharth Signe Silvia Simone Sipho
Soren Stellan Sunita Svetlana Tamsin Tariq Teodor Thandiwe Theo Tomasz Ulrike Umar Valentina Vasil
Veda Viktor Vilma Wanjiru Wendell Wilhelmina Xavier Ximena Yannick Yara Yasmin Yusuf Zainab Zarina
Zeynep Zoltan Adele Benedikt Corinna Dario Elodie Fabian Gisela Henrik Ines Jorge Kalani Leopold
""".split()

LAST_NAMES = """
Abernathy Achterberg Adeyemi Albescu Aldana Almeida Andersen Arkwright Asante Aurelius Bakshi Balogun
Barrientos Bartok Belanger Benedetti Berglund Bertrand Bianchi Birkeland Blackwood Bogdanov Bonnaire
Brandvold Brennan Caballero Calderon Castellano Chakraborty Chen-Ross Cienfuegos Cizmar Cornwell Dabrowski
Dalgaard Dasilva Delacroix Demir Desjardins Dobrescu Dragomir Dunmore Eberhardt Ekwueme Eldridge
Engstrom Esposito Faulkner Fenwick Ferreira Fitzgerald Florescu Fonseca Gallardo Garibaldi Gebremedhin
Golubev Grimaldi Gunawardena Haddad Halvorsen Hargreaves Haverkamp Hekmati Hollister Horvath Huxley
Ibarra Idowu Iglesias Ionescu Iversen Jablonski Jankovic Jaramillo Jovanovic Kaczmarek Kahananui
Kamara Karlsson Kasprzak Kavanagh Keane Kerimov Kiplagat Kowalczyk Kristiansen Kuznetsov Lachance
Lafleur Laramie Larsen-Holt Lindqvist Lombardi Lozano Lundgren Machado Madsen Malinowski Mancini
Marchetti Markovic Mbeki Medeiros Mendoza Mikkelsen Mirza Montague Morales Mwangi Nakagawa Navarro
Ndiaye Nieminen Novak Nowicki Nyberg Obradovic Ocampo Odhiambo Okafor Okonkwo Olabode Oliveira Ortega
Osei Ostrowski Palacios Papadakis Pellegrini Petrov Pienaar Popescu Quaresma Quintero Radcliffe
Rahimi Ramirez Rasmussen Ravindran Reinholt Riordan Rivas Rocha Rosenthal Rostova Saarinen Salazar
Sandoval Santangelo Schoeman Sebastiani Sekibo Serrano Shevchenko Sigurdsson Silveira Sokolov Solberg
Stavros Strand Suleiman Szabo Takahashi Tamura Tavares Tembo Thorvaldsen Toivonen Torvik Trinh
Uchenna Underhill Urbina Valdez Vanterpool Varga Vasquez Velasco Verhoeven Villanueva Vukovic
Wachowski Wainwright Waweru Weatherby Westergaard Wojcik Xiong Yamamoto Yilmaz Yoshida Zapata
Zawadzki Zelenko Zielinski Zubiri Amundsen Bjornsson Castaneda Dimitriou Escobar Fairbanks Gallagher
""".split()

PLACE_HEADS = """Kel Est Bra Mor Tal Vin Sar Dun Lor Ash Bel Cor Fen Gal Hal Ire Jor Kar Lam Mar Nor Ost Pel
Quin Ros Sel Tor Ul Val Wes Yar Zan Ard Brin Cal Dor Eld Fal Gor Hen""".split()
PLACE_TAILS = """don eva via ric ona stead mere gard holm ley port bury ton ora essa ino ara ium wick dale ford
mont ville burg heim ia os ar enne ovo""".split()

# Countries: the broad ones (in claimtrack's BROAD_ENTITIES) are drawn far more often, as in real news.
COUNTRIES = [("United States", 12), ("China", 10), ("Russia", 3), ("United Kingdom", 3), ("Japan", 2),
             ("Germany", 2), ("France", 2), ("India", 2), ("Brazil", 1), ("Canada", 1), ("Mexico", 1),
             ("Turkey", 1), ("Indonesia", 1), ("Nigeria", 1), ("Kenya", 1), ("Egypt", 1), ("Poland", 1),
             ("Vietnam", 1), ("Chile", 1), ("Peru", 1), ("Norway", 1), ("Italy", 1), ("Spain", 1),
             ("Australia", 1), ("Argentina", 1), ("Morocco", 1), ("Ghana", 1), ("Thailand", 1),
             ("Philippines", 1), ("Kazakhstan", 1), ("Colombia", 1), ("Ukraine", 1), ("Greece", 1)]
QUAKE_COUNTRIES = ["Tamaris", "Ostrava", "Velmora", "Kestria", "Nalvia", "Peru", "Chile", "Turkey", "Indonesia",
                   "Philippines", "Nepal", "Ecuador", "Greece", "Morocco", "Iran", "Mexico"]
RUNNER_COUNTRIES = ["Kenya", "Ethiopia", "Eritrea", "Uganda", "Japan", "Morocco", "Norway", "Tanzania", "Bahrain"]
OFFICIAL_ROLES = ["Foreign Minister", "Prime Minister", "President", "Defense Minister", "Trade Minister",
                  "Finance Minister", "Energy Minister", "Vice President"]
TOPICS = ["grain exports", "the border dispute", "energy prices", "a prisoner exchange", "fishing rights",
          "steel tariffs", "a new rail link", "visa rules", "refugee returns", "satellite launches",
          "the gas pipeline", "chip export controls", "river water sharing", "debt relief", "airline routes",
          "a stalled port project", "military drills near the coast", "cyber attacks on banks",
          "rare earth supplies", "a detained journalist", "climate finance", "fertiliser shipments"]
INDUSTRIES = ["software", "food", "shipping", "chemicals", "payments", "medical device", "logistics",
              "semiconductor", "insurance", "media", "battery", "hotel", "toy", "cement", "aerospace"]
COMPANY_TAILS = ["Analytics", "Systems", "Foods", "Logistics", "Biotech", "Networks", "Robotics", "Energy",
                 "Materials", "Labs", "Payments", "Therapeutics", "Instruments", "Brands", "Semiconductor"]
SPONSORS = ["Brightwater Inc.", "Northwind Bank", "Solstice Motors", "Halcyon Airways"]
OUTLETS = ["The Meridian Post", "Harbor Daily", "The Continental Times", "Northern Ledger", "Wire Service One",
           "The Evening Standard-Gazette", "Capital Chronicle", "The Lakeside Herald", "Global Dispatch",
           "The Morning Review", "Pacific Observer", "The Atlantic Courier", "Metro Tribune", "The Sentinel",
           "Daily Compass", "The Record", "Plains Journal", "The Correspondent", "Riverside News",
           "The Frontier Bulletin", "Summit Press", "The Weekly Beacon", "Eastern Monitor", "The Signal"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"]
ADJECTIVES = ["frank", "useful", "difficult", "constructive", "long", "candid", "serious", "practical", "honest",
              "detailed", "tense", "productive", "open", "careful", "direct", "cordial"]


# ---------------------------------------------------------------------------------------------- rendering


def the(country: str) -> str:
    """A country as a noun in running text: "the United States", "the Philippines", "China"."""
    return f"the {country}" if country.startswith("United") or country == "Philippines" else country


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def person(rng: random.Random) -> tuple[str, str]:
    """A full name and the surname an article uses on second mention."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return f"{first} {last}", last


def place(rng: random.Random) -> str:
    return rng.choice(PLACE_HEADS) + rng.choice(PLACE_TAILS)


def date_phrase(rng: random.Random, day: dt.date, published: dt.date, allow_weekday: bool = True) -> str:
    """A date as news writes it: a weekday when it is within the last week, else month and day."""
    forms = ["md", "mdy", "wmd"]
    if allow_weekday and 0 <= (published - day).days < 6:
        forms += ["w", "w", "w"]
    form = rng.choice(forms)
    if form == "w":
        return f"on {WEEKDAYS[day.weekday()]}"
    if form == "md":
        return f"on {MONTHS[day.month - 1]} {day.day}"
    if form == "mdy":
        return f"on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"on {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"


def minutes_phrase(rng: random.Random, m: int, exact: bool = False) -> str:
    if exact:
        return f"{m} minutes"
    return rng.choice([f"{m} minutes", f"about {m} minutes", f"roughly {m} minutes", f"{m} minutes",
                       f"more than {m - 5} minutes" if m > 20 else f"{m} minutes"])


def hours_phrase(rng: random.Random, h: int) -> str:
    word = NUMBER_WORDS[h] if h < len(NUMBER_WORDS) else str(h)
    return rng.choice([f"{word} hours", f"about {word} hours", f"{h} hours", f"nearly {word} hours"])


def count_phrase(rng: random.Random, n: int) -> str:
    """212 -> "212", "about 210", "more than 200"; big numbers with thousands separators."""
    if n < 20:
        return rng.choice([str(n), NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)])
    step = 10 ** max(1, len(str(n)) - 2)
    rounded = round(n / step) * step
    floor = (n // step) * step
    forms = [f"{n:,}", f"{n:,}", f"about {rounded:,}"]
    if floor < n:
        forms.append(f"more than {floor:,}")
    return rng.choice(forms)


def money_phrase(rng: random.Random, amount: float, scale: str) -> str:
    """$4.2 billion style: the exact figure, a rounder one, or "about"."""
    forms = [f"${amount:.1f} {scale}", f"${amount:.1f} {scale}", f"about ${round(amount):,} {scale}"]
    if amount >= 10:
        forms.append(f"${round(amount):,} {scale}")
    return rng.choice(forms)


def percent_phrase(rng: random.Random, p: int) -> str:
    return rng.choice([f"{p} percent", f"{p} percent", f"{p}%", f"about {p} percent"])


def perturb(rng: random.Random, value: int, low: float = 0.2, high: float = 0.45) -> int:
    """A clearly different value: off by 20-45%, up or down."""
    factor = 1 + rng.uniform(low, high) * rng.choice((-1, 1))
    out = max(1, round(value * factor))
    return out if out != value else value + 1


# ---------------------------------------------------------------------------------------------- quotes


QUOTE_NOUNS = """harbour bridge budget hospital election pipeline factory airport harvest railway border
convoy treaty ceasefire reservoir refinery courthouse cabinet parliament stadium mine warehouse garrison
embassy clinic school highway dam market orchard vineyard shipyard quarry tunnel ferry lighthouse depot
archive museum cathedral barracks hangar pier canal granary mill foundry power-station aqueduct observatory
library tramline viaduct""".split()
QUOTE_STATES = ["closed", "in doubt", "half built", "under water", "on hold", "overcrowded", "unpaid",
                "in ruins", "behind schedule", "under review", "running out", "shut for repairs", "contested",
                "fully booked", "out of reach", "still standing"]
QUOTE_MIDDLES = ["with the {noun} still {state}", "while the {noun} and the {noun2} wait",
                 "now that the {noun} is {state}", "even with the {noun} {state}",
                 "after what happened to the {noun}", "whatever becomes of the {noun}",
                 "as long as the {noun} is {state}", "with the {noun} and the {noun2} on everyone's mind"]


def quote_text(rng: random.Random, parts: list[list[str]], slots: dict[str, str]) -> tuple[str, str]:
    """A quote: an opening of the event's kind, a middle with words of its own (so that quotes of two
    events rarely share most of their words, as in real news), and a closing, slots filled in. Returns
    the whole quote and its first part without the closing, which some outlets quote alone."""
    noun, noun2 = rng.sample(QUOTE_NOUNS, 2)
    slots = dict(slots, noun=noun, noun2=noun2, state=rng.choice(QUOTE_STATES))
    opening = rng.choice(parts[0]).format(**slots) + " " + rng.choice(QUOTE_MIDDLES).format(**slots)
    opening = opening[0].upper() + opening[1:]
    closing = " ".join(rng.choice(o).format(**slots) for o in parts[1:])
    return f"{opening} {closing}", opening


CALL_QUOTE = [
    ["we had a {adj} conversation about {topic}", "our position on {topic} has not changed",
     "there is no substitute for talking directly about {topic}", "{other} knows exactly where we stand on {topic}",
     "we agreed that the talks on {topic} must continue", "I told my counterpart that {topic} cannot wait",
     "the question of {topic} was at the centre of the call", "nobody in {capital} wants {topic} to become a crisis"],
    ["and we will keep working with {other_last} on it", "and I expect progress before {month}",
     "but the next step is up to {other_capital}", "and the people of {country} expect results",
     "so we will meet again soon", "even if the differences remain {adj2}", "and I said so {adv}",
     "but patience in {capital} is not unlimited"],
]
MEETING_QUOTE = [
    ["today we signed agreements that matter for {topic}", "this meeting in {city} was {adj} and overdue",
     "we came to {city} to settle {topic}", "the partnership between {country} and {other_country} is growing",
     "I thank {other_last} for a {adj} discussion", "we did not agree on everything, above all on {topic}"],
    ["and our ministers will follow up by {month}", "and the details will be public within days",
     "and I hope to welcome {other_last} in {capital} next", "but we left {city} with a plan",
     "which is more than many expected", "and {topic2} is next on the list"],
]
TALKS_QUOTE = [
    ["the gap on {topic} is narrower than it was in {month}", "nobody should expect a deal on {topic} this year",
     "we put a serious offer on {topic} on the table", "{other_country} moved, and so did we",
     "these talks in {city} were the hardest I have seen"],
    ["but the tariffs stay until there is a signed text", "and our negotiators will meet again in {city2}",
     "and we will not trade away {topic2}", "but farmers in {country} need answers", "so the work goes on"],
]
QUAKE_QUOTE = [
    ["people in {town} are digging with their hands", "we are still counting the dead in {town}",
     "every team we have is in {province} now", "the schools in {town} did not stand a chance",
     "we need cranes and generators in {town} today", "the villages above {town} are still cut off"],
    ["and we need machines, not promises", "and I am afraid the count is not finished",
     "and help from {capital} must come faster", "and the roads to {town2} are blocked by landslides",
     "but the people here are brave", "and the nights in {province} are freezing"],
]
DEAL_QUOTE = [
    ["bringing {target} into {buyer} gives us scale in {industry}", "{target} is the company we have wanted for years",
     "this deal makes {buyer} the leader in {industry}", "our customers in {industry} will see the benefit first",
     "the board of {target} looked at every alternative"],
    ["and we expect savings within two years", "and nobody at {target} should fear for their job",
     "and the price reflects what {target} has built", "so the shareholders of {target} are well served",
     "and regulators will see that competition in {industry} stays strong"],
]
RACE_QUOTE = [
    ["I felt the record in my legs at {km} kilometers", "the wind off the lake in {city} was brutal",
     "I came to {city} to win, not to run fast", "{runner_up_last} made me suffer all the way",
     "after {km} kilometers I only had to be brave"],
    ["and I will come back next year", "and this win is for my family in {country}",
     "but the crowd carried me home", "so the training at altitude paid off", "and I am very tired now"],
]


# ---------------------------------------------------------------------------------------------- events


@dataclass
class Event:
    """One news event and the facts every report of it draws on."""

    id: int
    kind: str
    day: dt.date
    facts: dict
    reports: int
    conflict_slot: str | None = None
    conflict_report: int = -1
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (whole quote, its opening alone)


def _slots_common(rng: random.Random) -> dict[str, str]:
    return {"adj": rng.choice(ADJECTIVES), "adj2": rng.choice(ADJECTIVES), "adv": rng.choice(["plainly", "twice",
            "directly", "clearly", "more than once"]), "month": rng.choice(MONTHS)}


def make_event(rng: random.Random, eid: int, days: int = DAYS) -> Event:
    kind = rng.choices(["call", "meeting", "talks", "quake", "deal", "race"], weights=[3, 2, 2, 2, 3, 2])[0]
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(days))
    reports = rng.randint(2, 6)
    f: dict = {}
    quotes: list[tuple[str, str]] = []
    common = _slots_common(rng)
    if kind in ("call", "meeting", "talks"):
        x = weighted(rng, COUNTRIES)
        y = weighted(rng, COUNTRIES)
        while y == x:
            y = weighted(rng, COUNTRIES)
        (a, a_last), (b, b_last) = person(rng), person(rng)
        f.update(a=a, a_last=a_last, b=b, b_last=b_last, x=x, y=y, xn=the(x), yn=the(y), role_a=rng.choice(OFFICIAL_ROLES),
                 role_b=rng.choice(OFFICIAL_ROLES), topic=rng.choice(TOPICS), topic2=rng.choice(TOPICS),
                 cap_x=place(rng), cap_y=place(rng), city=place(rng), city2=place(rng))
        slots = dict(common, topic=f["topic"], topic2=f["topic2"], country=x, other_country=y, capital=f["cap_x"],
                     other_capital=f["cap_y"], city=f["city"], city2=f["city2"])
        parts = {"call": CALL_QUOTE, "meeting": MEETING_QUOTE, "talks": TALKS_QUOTE}[kind]
        quotes.append(quote_text(rng, parts, dict(slots, other=y, other_last=b_last)))
        slots_b = dict(slots, country=y, other_country=x, capital=f["cap_y"], other_capital=f["cap_x"])
        quotes.append(quote_text(rng, parts, dict(slots_b, other=x, other_last=a_last)))
        if kind == "call":
            f.update(minutes=rng.randint(20, 95), weeks=rng.randint(2, 8), imf_growth=rng.randint(1, 6),
                     trade_drop=rng.randint(3, 40), last_met=rng.randrange(12), diplomats=rng.randint(12, 400))
            conflictable = ["day", "minutes", "trade_drop"]
        elif kind == "meeting":
            f.update(hours=rng.randint(2, 6), agreements=rng.randint(3, 14), un_plan=rng.randint(5, 400),
                     visit_days=rng.randint(2, 5), since_year=rng.randint(2009, 2021))
            conflictable = ["day", "hours", "agreements", "un_plan"]
        else:
            f.update(talk_days=rng.randint(2, 4), tariff=rng.randint(5, 60), purchases=round(rng.uniform(1, 90), 1),
                     eu_share=rng.randint(5, 45), prev_month=rng.randrange(12), prev_hours=rng.randint(5, 20))
            conflictable = ["tariff", "purchases", "eu_share"]
    elif kind == "quake":
        (g, g_last), (o, o_last) = person(rng), person(rng)
        deaths = int(rng.lognormvariate(4, 1.2)) + 3
        f.update(governor=g, gov_last=g_last, official=o, off_last=o_last, province=place(rng) + " Province",
                 town=place(rng), town2=place(rng), country=rng.choice(QUAKE_COUNTRIES), capital=place(rng),
                 magnitude=round(rng.uniform(5.4, 7.9), 1), hour=rng.randint(0, 23), minute=rng.randint(0, 59),
                 deaths=deaths, injured=deaths * rng.randint(3, 9), displaced=deaths * rng.randint(40, 250),
                 seconds=rng.randint(15, 90), damaged=rng.randint(5, 60), un_aid=rng.randint(2, 60),
                 red_cross=rng.randint(40, 3000), wb_damage=round(rng.uniform(0.2, 9.0), 1),
                 last_quake=rng.randint(1950, 2018), last_deaths=rng.randint(20, 9000))
        slots = dict(common, town=f["town"], town2=f["town2"], province=f["province"], capital=f["capital"])
        quotes.append(quote_text(rng, QUAKE_QUOTE, slots))
        quotes.append(quote_text(rng, QUAKE_QUOTE, slots))
        conflictable = ["day", "seconds", "damaged", "un_aid", "injured"]
    elif kind == "deal":
        (p1, p1_last), (p2, p2_last) = person(rng), person(rng)
        buyer = f"{place(rng)} {rng.choice(COMPANY_TAILS)}"
        target = f"{place(rng)} {rng.choice(COMPANY_TAILS)}"
        while target.split()[0] == buyer.split()[0]:
            target = f"{place(rng)} {rng.choice(COMPANY_TAILS)}"
        f.update(ceo_buyer=p1, ceo_buyer_last=p1_last, ceo_target=p2, ceo_target_last=p2_last, buyer=buyer,
                 target=target, industry=rng.choice(INDUSTRIES), price=round(rng.uniform(0.4, 40.0), 1),
                 per_share=round(rng.uniform(8, 240), 2), premium=rng.randint(8, 65),
                 employees=rng.randint(300, 60000), quarter=rng.randint(1, 4), jump=rng.randint(4, 40),
                 founded=rng.randint(1950, 2016))
        slots = dict(common, buyer=buyer, target=target, industry=f["industry"])
        quotes.append(quote_text(rng, DEAL_QUOTE, slots))
        quotes.append(quote_text(rng, DEAL_QUOTE, slots))
        conflictable = ["price", "premium", "employees", "per_share"]
    else:  # race
        (w, w_last), (r, r_last), (ww, ww_last) = person(rng), person(rng), person(rng)
        f.update(winner=w, winner_last=w_last, runner_up=r, runner_up_last=r_last, women_winner=ww,
                 women_last=ww_last, w_country=rng.choice(RUNNER_COUNTRIES), r_country=rng.choice(RUNNER_COUNTRIES),
                 ww_country=rng.choice(RUNNER_COUNTRIES), city=place(rng), sponsor=rng.choice(SPONSORS),
                 minutes=rng.randint(2, 14), seconds=rng.randint(0, 59), w_minutes=rng.randint(17, 29),
                 margin=rng.randint(3, 90), finishers=rng.randint(4000, 52000), prize=rng.choice([50, 75, 100, 150]),
                 women_share=rng.randint(28, 49), record_year=rng.randint(2005, 2021),
                 record_minutes=rng.randint(3, 15))
        slots = dict(common, city=f["city"], runner_up_last=r_last, country=f["w_country"],
                     km=str(rng.choice([25, 30, 35, 38])))
        quotes.append(quote_text(rng, RACE_QUOTE, slots))
        conflictable = ["minutes", "margin", "finishers", "women_share"]
        day = day - dt.timedelta(days=(day.weekday() + 1) % 7)  # marathons are run on Sundays
    ev = Event(eid, kind, day, f, reports, quotes=quotes)
    if rng.random() < CONFLICT_RATE:
        ev.conflict_slot = rng.choice(conflictable)
        ev.conflict_report = rng.randrange(reports)
    return ev


class Report:
    """One article's view of an event: the shared facts, except the one value it gets wrong."""

    def __init__(self, ev: Event, index: int, rng: random.Random) -> None:
        self.rng = rng
        self.f = dict(ev.facts)
        self.day = ev.day
        wrong = ev.conflict_slot if index == ev.conflict_report else None
        if wrong == "day":
            self.day = ev.day + dt.timedelta(days=rng.choice((1, 2)))
        elif wrong == "purchases" or wrong == "per_share":
            self.f[wrong] = round(self.f[wrong] * rng.choice((0.6, 1.4)), 2)
        elif wrong == "minutes" and ev.kind == "race":
            self.f["minutes"] = (self.f["minutes"] + rng.randint(2, 5)) % 15
        elif wrong:
            self.f[wrong] = perturb(rng, self.f[wrong])
        self.published = ev.day + dt.timedelta(days=rng.choice((0, 1, 1, 1, 2)))

    def date(self, allow_weekday: bool = True) -> str:
        return date_phrase(self.rng, self.day, self.published, allow_weekday)


def _said(rng: random.Random, who: str, words: str, where: str = "") -> str:
    forms = [f"“{words},” {who} said{where}.", f"“{words},” said {who}{where}.",
             f"“{words},” {who} told reporters{where}."]
    return rng.choice(forms)


def _trim(rng: random.Random, quote: tuple[str, str]) -> str:
    """Most outlets print the whole quote; some only its opening."""
    return quote[1] if rng.random() < 0.3 else quote[0]


def render_call(ev: Event, rep: Report) -> tuple[str, list[str]]:
    f, rng = rep.f, rep.rng
    headline = f"{f['a_last']} and {f['b_last']} Speak by Phone on {f['topic'].title()}"
    ledes = [
        f"{cap(f['xn'])}’s {f['role_a']} {f['a']} spoke by phone with {f['yn']}’s {f['role_b']} {f['b']} {rep.date()}, "
        f"the first contact between the two governments in months, officials said.",
        f"{f['role_a']} {f['a']} of {f['xn']} held a telephone call {rep.date()} with {f['b']}, "
        f"{f['yn']}’s {f['role_b'].lower()}, as both sides tried to calm a quarrel over {f['topic']}.",
        f"{f['a']}, {f['xn']}’s {f['role_a'].lower()}, and {f['b']}, {f['yn']}’s {f['role_b'].lower()}, "
        f"talked by phone {rep.date()} about {f['topic']}, according to both governments.",
    ]
    body = [
        rng.choice([f"A readout from the {f['xn']} foreign ministry put the length of the call at "
                    f"{minutes_phrase(rng, f['minutes'])}.",
                    f"The conversation, which lasted {minutes_phrase(rng, f['minutes'])}, also touched on "
                    f"{f['topic2']}.",
                    f"Officials said {f['a_last']} and {f['b_last']} spoke for {minutes_phrase(rng, f['minutes'])}."]),
        _said(rng, f["a_last"], _trim(rng, ev.quotes[0]), " after the call"),
        f"The two sides plan to speak again within {f['weeks']} weeks.",
        f"The call came days after the International Monetary Fund cut its growth forecast for {f['xn']} to "
        f"{percent_phrase(rng, f['imf_growth'])}.",
        rng.choice([f"Trade between {f['xn']} and {f['yn']} fell {percent_phrase(rng, f['trade_drop'])} last year, "
                    f"a decline {f['b_last']} blamed on {f['topic']} during the call.",
                    f"{cap(f['xn'])}’s exports to {f['yn']} dropped {percent_phrase(rng, f['trade_drop'])} last year, and "
                    f"{f['b_last']} raised {f['topic']} during the call.",
                    f"During the call, {f['b_last']} pointed to a {percent_phrase(rng, f['trade_drop'])} fall in "
                    f"trade between the two countries last year."]),
        _said(rng, f["b"], _trim(rng, ev.quotes[1])),
        f"The United States and China are watching the contacts between {f['cap_x']} and {f['cap_y']} closely.",
        f"{f['a_last']} and {f['b_last']} last met in person in {MONTHS[f['last_met']]}, at a summit in "
        f"{f['city']}, and {f['xn']} has kept {f['diplomats']} diplomats in {f['cap_y']} since then.",
    ]
    return headline, [rng.choice(ledes)] + body


def render_meeting(ev: Event, rep: Report) -> tuple[str, list[str]]:
    f, rng = rep.f, rep.rng
    headline = f"{f['a_last']} Meets {f['b_last']} in {f['city']}"
    ledes = [
        f"{f['role_a']} {f['a']} of {f['xn']} met {f['role_b']} {f['b']} of {f['yn']} in {f['city']} {rep.date()}, "
        f"their first face-to-face meeting since the dispute over {f['topic']} began.",
        f"{f['a']}, {f['xn']}’s {f['role_a'].lower()}, met {f['b']} {rep.date()} in {f['city']}, where the two "
        f"discussed {f['topic']} and {f['topic2']}.",
    ]
    body = [
        f"The meeting lasted {hours_phrase(rng, f['hours'])}, longer than planned, and ended with the signing of "
        f"{count_phrase(rng, f['agreements'])} agreements.",
        _said(rng, f["a_last"], _trim(rng, ev.quotes[0]), " at a news conference after the meeting"),
        f"The two also discussed a United Nations plan to spend {money_phrase(rng, f['un_plan'], 'million')} on "
        f"{f['topic2']} during the meeting.",
        _said(rng, f["b_last"], _trim(rng, ev.quotes[1])),
        f"Neither the United States nor China sent observers to {f['city']}.",
        f"{f['b_last']} arrived in {f['city']} for a {NUMBER_WORDS[f['visit_days']]}-day visit, the first by a "
        f"{f['yn']} {f['role_b'].lower()} since {f['since_year']}.",
    ]
    return headline, [rng.choice(ledes)] + body


def render_talks(ev: Event, rep: Report) -> tuple[str, list[str]]:
    f, rng = rep.f, rep.rng
    end = rep.day + dt.timedelta(days=f["talk_days"] - 1)
    ends = date_phrase(rng, end, rep.published + dt.timedelta(days=f["talk_days"] - 1))
    headline = f"{f['x']} and {f['y']} Trade Talks End in {f['city']}"
    ledes = [
        f"Negotiators led by {f['a']} of {f['xn']} and {f['b']} of {f['yn']} ended "
        f"{NUMBER_WORDS[f['talk_days']]} days of trade talks in {f['city']} {ends}, with no deal on {f['topic']}.",
        f"Trade talks between {f['xn']} and {f['yn']} in {f['city']} closed {ends} after "
        f"{NUMBER_WORDS[f['talk_days']]} days, {f['a']}, who led the {f['xn']} side, said.",
    ]
    body = [
        f"{cap(f['yn'])} wants {f['xn']} to drop tariffs of {percent_phrase(rng, f['tariff'])} on its goods before "
        f"the talks go any further.",
        f"{f['b_last']} offered purchases worth {money_phrase(rng, f['purchases'], 'billion')} during the talks.",
        _said(rng, f["a_last"], _trim(rng, ev.quotes[0])),
        f"The European Union, which buys {percent_phrase(rng, f['eu_share'])} of the exports at stake, followed "
        f"the talks closely.",
        _said(rng, f["b"], _trim(rng, ev.quotes[1]), " in a statement"),
        f"The previous round of talks, held in {f['city2']} in {MONTHS[f['prev_month']]}, broke up after "
        f"{f['prev_hours']} hours without agreement.",
    ]
    return headline, [rng.choice(ledes)] + body


def render_quake(ev: Event, rep: Report) -> tuple[str, list[str]]:
    f, rng = rep.f, rep.rng
    headline = f"Earthquake in {f['province']} Kills {f['deaths']}"
    ampm = "a.m." if f["hour"] < 12 else "p.m."
    clock = f"{(f['hour'] - 1) % 12 + 1}:{f['minute']:02d} {ampm}"
    ledes = [
        f"A magnitude {f['magnitude']} earthquake struck {f['province']} in {f['country']} {rep.date()}, killing "
        f"at least {f['deaths']:,} people and injuring {count_phrase(rng, f['injured'])}, "
        f"officials said.",
        f"At least {f['deaths']:,} people were killed when a powerful earthquake hit "
        f"{f['province']} {rep.date()}.",
    ]
    body = [
        f"The quake hit at {clock} local time, and the shaking lasted {rng.choice(['about ', 'some ', ''])}"
        f"{f['seconds']} seconds in {f['town']}.",
        f"{f['official']}, who heads the national disaster office, put the number of injured at "
        f"{count_phrase(rng, f['injured'])}, and more than {f['displaced']:,} people were forced from their homes "
        f"by the earthquake.",
        f"About {f['damaged']} percent of the buildings in {f['town']} were damaged or destroyed by the quake.",
        _said(rng, f"Gov. {f['governor']}", _trim(rng, ev.quotes[0]), f" in {f['town']}"),
        f"The United Nations released {money_phrase(rng, f['un_aid'], 'million')} in emergency aid for survivors "
        f"of the earthquake.",
        f"{count_phrase(rng, f['red_cross']).capitalize()} Red Cross volunteers were helping rescuers search "
        f"the rubble in {f['town']}.",
        f"The World Bank put the damage from the earthquake at {money_phrase(rng, f['wb_damage'], 'billion')}.",
        _said(rng, f["off_last"], _trim(rng, ev.quotes[1])),
        f"It was the deadliest earthquake in {f['province']} since {f['last_quake']}, when "
        f"{count_phrase(rng, f['last_deaths'])} people died.",
    ]
    return headline, [rng.choice(ledes)] + body


def render_deal(ev: Event, rep: Report) -> tuple[str, list[str]]:
    f, rng = rep.f, rep.rng
    year = ev.day.year + (1 if f["quarter"] <= 2 and ev.day.month > 6 else 0)
    ordinal = ["first", "second", "third", "fourth"][f["quarter"] - 1]
    headline = f"{f['buyer']} to Buy {f['target']}"
    ledes = [
        f"{f['buyer']} agreed {rep.date()} to acquire {f['target']} for {money_phrase(rng, f['price'], 'billion')} "
        f"in cash, one of the biggest deals in the {f['industry']} industry this year.",
        f"{f['buyer']} said {rep.date()} that it would buy {f['target']} in a deal worth "
        f"{money_phrase(rng, f['price'], 'billion')}, including debt.",
    ]
    body = [
        f"The offer of ${f['per_share']:.2f} a share is a {f['premium']} percent premium to "
        f"{f['target']}’s last closing price.",
        f"{f['target']} has about {f['employees']:,} employees, and the deal would nearly double the size of "
        f"{f['buyer']}.",
        f"The deal is expected to close in the {ordinal} quarter of {year}, pending approval by regulators in "
        f"the United States and the European Union.",
        _said(rng, f"{f['ceo_buyer']}, chief executive of {f['buyer']},",
              _trim(rng, ev.quotes[0]), " on a call with analysts"),
        _said(rng, f["ceo_target_last"], _trim(rng, ev.quotes[1])),
        rng.choice([f"Shares of {f['target']}, which was founded in {f['founded']}, jumped "
                    f"{percent_phrase(rng, f['jump'])} after the deal was announced.",
                    f"{f['target']}, founded in {f['founded']}, saw its shares jump {percent_phrase(rng, f['jump'])} "
                    f"on news of the deal."]),
    ]
    return headline, [rng.choice(ledes)] + body


def render_race(ev: Event, rep: Report) -> tuple[str, list[str]]:
    f, rng = rep.f, rep.rng
    clock = f"2 hours, {f['minutes']} minutes and {f['seconds']} seconds"
    headline = f"{f['winner_last']} Wins {f['city']} Marathon"
    ledes = [
        f"{f['winner']} of {f['w_country']} won the {f['city']} Marathon {rep.date()}, running {clock}.",
        f"{f['winner']} of {f['w_country']} took the {f['city']} Marathon {rep.date()} in {clock}, pulling "
        f"away over the final two miles.",
    ]
    body = [
        f"{f['winner_last']} finished {f['margin']} seconds ahead of {f['runner_up']} of {f['r_country']} in the "
        f"race.",
        f"{count_phrase(rng, f['finishers']).capitalize()} runners finished the race.",
        _said(rng, f["winner_last"], _trim(rng, ev.quotes[0]), " through an interpreter"),
        f"{f['winner_last']} collects ${f['prize']},000 from the race’s title sponsor, {f['sponsor'].rstrip('.')}.",
        f"On the women’s side, {f['women_winner']} of {f['ww_country']} won the race in 2 hours, "
        f"{f['w_minutes']} minutes.",
        rng.choice([f"Women made up {percent_phrase(rng, f['women_share'])} of the starters in the marathon, a "
                    f"record for the race.",
                    f"A record {percent_phrase(rng, f['women_share'])} of the starters in the {f['city']} race were "
                    f"women.",
                    f"The share of women in the field rose to {percent_phrase(rng, f['women_share'])} this year."]),
        f"The previous course record, 2 hours, {f['record_minutes']} minutes, had stood since "
        f"{f['record_year']}.",
    ]
    return headline, [rng.choice(ledes)] + body


RENDERERS = {"call": render_call, "meeting": render_meeting, "talks": render_talks, "quake": render_quake,
             "deal": render_deal, "race": render_race}


def articles(seed: int, days: int = DAYS) -> Iterator[tuple[claimtrack.Source, int, bool]]:
    """An endless, reproducible stream of (source, event id, carries a planted conflict) by event.

    Each report keeps the lede first, then a random selection of the body paragraphs in random order,
    as different outlets do with the same facts.
    """
    rng = random.Random(seed)
    eid = 0
    n = 0
    while True:
        ev = make_event(rng, eid, days)
        outlets = rng.sample(OUTLETS, ev.reports)
        for i in range(ev.reports):
            rep = Report(ev, i, rng)
            headline, paragraphs = RENDERERS[ev.kind](ev, rep)
            body = paragraphs[1:]
            keep = rng.sample(body, k=max(2, round(len(body) * rng.uniform(0.6, 1.0))))
            text = "\n\n".join([headline, paragraphs[0], *keep]) + "\n"
            source = claimtrack.Source(id=f"a{n:05d}", path=f"synthetic/a{n:05d}.txt", text=text,
                                       title=headline, outlet=outlets[i], published=rep.published,
                                       published_from="sidecar")
            n += 1
            yield source, eid, ev.conflict_slot is not None and ev.reports > 1
        eid += 1


# ---------------------------------------------------------------------------------------------- cache


def cache_header(seed: int, days: int, count: int) -> dict:
    return {"version": CACHE_VERSION, "seed": seed, "days": days, "count": count}


def build_cache(path: Path, seed: int, days: int, count: int) -> None:
    """Generate ``count`` articles, extract each one's claims once, and write them in order to ``path``."""
    from claimtrack.api import claims_of, default_config

    config = default_config()
    t0 = time.perf_counter()
    with path.open("wb") as out:
        pickle.dump(cache_header(seed, days, count), out)
        for i, (source, eid, planted) in enumerate(articles(seed, days)):
            if i == count:
                break
            start = time.perf_counter()
            claims = claims_of(source, config)
            took = time.perf_counter() - start
            pickle.dump((source, claims, took, eid, planted), out, protocol=pickle.HIGHEST_PROTOCOL)
            if (i + 1) % 2000 == 0:
                print(f"  extracted {i + 1:,}/{count:,} articles ({time.perf_counter() - t0:.0f} s)",
                      file=sys.stderr, flush=True)


def cache_usable(path: Path, seed: int, days: int, count: int) -> bool:
    try:
        with path.open("rb") as fh:
            head = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError):
        return False
    return (head.get("version") == CACHE_VERSION and head.get("seed") == seed and head.get("days") == days
            and head.get("count", 0) >= count)


def read_cache(path: Path, count: int) -> tuple[list, list, float, list[int], list[bool]]:
    sources, claims, eids, planted = [], [], [], []
    extract_seconds = 0.0
    with path.open("rb") as fh:
        pickle.load(fh)
        for _ in range(count):
            source, cs, took, eid, plant = pickle.load(fh)
            sources.append(source)
            claims.extend(cs)
            extract_seconds += took
            eids.append(eid)
            planted.append(plant)
    return sources, claims, extract_seconds, eids, planted


# ---------------------------------------------------------------------------------------------- one size


def max_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KB, macOS bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def block_stats(claims: list, sources: list) -> dict:
    """The blocking index's workload, computed after the timed call: the candidate pairs it yields, the
    pairs of claims inside its blocks (what comparing each block all against all would cost), and the
    largest blocks."""
    from claimtrack import facts

    sizes: dict[tuple, int] = {}
    corpus = facts.Corpus.of(claims, {s.id: s.published for s in sources})
    views = [corpus.view(c) for c in claims]
    for v in views:
        for key in set(facts.block_keys(v)):
            sizes[key] = sizes.get(key, 0) + 1
    top = sorted(sizes.items(), key=lambda kv: -kv[1])[:5]
    candidates = sum(1 for _ in facts.candidate_pairs(views))
    return {"blocks": len(sizes), "index_pairs": sum(m * (m - 1) // 2 for m in sizes.values()),
            "candidates": candidates,
            "largest": [[" / ".join(str(k) for k in key), m] for key, m in top]}


def code_fingerprint() -> str:
    """A hash of the claimtrack and plugin source files this process has imported: other people may edit
    the checkout while a long run is going, and sizes measured on different code are not comparable."""
    import hashlib

    digest = hashlib.sha1()
    for name in sorted(sys.modules):
        path = getattr(sys.modules[name], "__file__", None)
        if not path or not (name.startswith("claimtrack") or name in ("claimtrack_dates", "claimtrack_figures",
                                                                        "claimtrack_quotes")):
            continue
        try:
            digest.update(name.encode() + b"\0" + Path(path).read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:10]


def run_child(cache: Path, count: int, profile: bool, blocks: bool, repeat: int = 1) -> dict:
    """Runs in a fresh subprocess: load the first ``count`` articles, time ``repeat`` cross-checks (each
    with a fresh configuration) and keep the fastest, which is the least disturbed by other work."""
    import gc

    from claimtrack.api import default_config
    from claimtrack.conflicts import crosscheck_claims

    sources, claims, extract_seconds, eids, planted = read_cache(cache, count)
    config = default_config()
    gc.collect()
    rss_before = max_rss_mb()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        result = crosscheck_claims(sources, claims, config)
        profiler.disable()
        seconds = time.perf_counter() - start
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    else:
        seconds = float("inf")
        for run in range(max(1, repeat)):
            if run:
                config = default_config()
                result = None
                gc.collect()
            start = time.perf_counter()
            result = crosscheck_claims(sources, claims, config)
            seconds = min(seconds, time.perf_counter() - start)
    rss_peak = max_rss_mb()
    event_of = {s.id: e for s, e in zip(sources, eids)}
    cross_event = sum(1 for g in result.conflicts if len({event_of[c.source] for c in g.claims}) > 1)
    links = [link for g in (*result.conflicts, *result.agreements) for link in g.links]
    cross_links = sum(1 for link in links if event_of[link.a.source] != event_of[link.b.source])
    planted_events = {e for e, p in zip(eids, planted) if p}
    found_events = {event_of[g.claims[0].source] for g in result.conflicts
                    if len({event_of[c.source] for c in g.claims}) == 1}
    out = {"articles": len(sources), "events": len(set(eids)), "claims": len(claims),
           "pairs": result.pairs_compared, "conflicts": len(result.conflicts),
           "agreements": len(result.agreements), "cross_event_conflicts": cross_event,
           "links": len(links), "cross_event_links": cross_links,
           "planted_events": len(planted_events), "planted_found": len(planted_events & found_events),
           "plugin_errors": len(result.plugin_errors),
           "plugin_error_sample": [str(e) for e in result.plugin_errors[:3]],
           "seconds": seconds, "extract_seconds": extract_seconds, "rss_before_mb": rss_before,
           "rss_peak_mb": rss_peak, "plugins": sorted(config.plugins.origins), "code": code_fingerprint()}
    if blocks:
        out["block_stats"] = block_stats(claims, sources)
    return out


def measure(cache: Path, count: int, *, profile: bool = False, blocks: bool = True, repeat: int = 1) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(count), "--cache", str(cache),
           "--repeat", str(repeat)]
    if profile:
        cmd.append("--child-profile")
    if not blocks:
        cmd.append("--no-blocks")
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=None if profile else subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"size {count} failed (exit {proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------- report


def code_version() -> str:
    """The checkout's commit, and whether claimtrack or its plugins have uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "claimtrack", "plugins"], cwd=REPO,
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "at an unknown commit"
    if not head:
        return "at an unknown commit"
    return f"at {head}" + (" with uncommitted changes" if dirty else "")


def ratios(rows: list[dict]) -> list[float]:
    """Time growth per doubling between consecutive sizes: (t2/t1) ** (1 / log2(n2/n1))."""
    out = []
    for a, b in zip(rows, rows[1:]):
        doublings = math.log2(b["articles"] / a["articles"])
        out.append((b["seconds"] / a["seconds"]) ** (1 / doublings) if a["seconds"] > 0 and doublings > 0
                   else float("inf"))
    return out


def interpolate_10k(rows: list[dict]) -> float | None:
    """Seconds at 10,000 articles on the log-log line through the two nearest measured sizes."""
    pts = sorted((r["articles"], r["seconds"]) for r in rows if r["seconds"] > 0)
    if len(pts) < 2:
        return None
    lo = [p for p in pts if p[0] <= 10000]
    hi = [p for p in pts if p[0] >= 10000]
    a, b = (lo[-1], hi[0]) if lo and hi and lo[-1] != hi[0] else (pts[-2], pts[-1])
    if a[0] == 10000:
        return a[1]
    slope = math.log(b[1] / a[1]) / math.log(b[0] / a[0])
    return a[1] * (10000 / a[0]) ** slope


def print_table(rows: list[dict]) -> None:
    head = (f"{'articles':>8} {'events':>6} {'claims':>9} {'pairs':>10} {'conflicts':>9} {'x-event':>7} "
            f"{'agreements':>10} {'seconds':>9} {'extract s':>9} {'RSS MB':>7} {'+xcheck':>7}")
    print(head)
    print("-" * len(head))
    for r in rows:
        print(f"{r['articles']:>8,} {r['events']:>6,} {r['claims']:>9,} {r['pairs']:>10,} {r['conflicts']:>9,} "
              f"{r['cross_event_conflicts']:>7,} {r['agreements']:>10,} {r['seconds']:>9.2f} "
              f"{r['extract_seconds']:>9.1f} {r['rss_peak_mb']:>7.0f} "
              f"{r['rss_peak_mb'] - r['rss_before_mb']:>7.0f}")
    print("-" * len(head))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", help="comma-separated article counts (default 1000,2000,4000,8000,16000)")
    ap.add_argument("--quick", action="store_true", help="sizes 250,500,1000,2000")
    ap.add_argument("--check-10k", action=argparse.BooleanOptionalAction, default=True,
                    help="also run 10,000 articles for the 60 s target (default on; else interpolated)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=DAYS,
                    help=f"days the events are spread over, whatever the size (default {DAYS})")
    ap.add_argument("--cache", type=Path, help="file for the extracted claims; reused when it matches the seed "
                                                "and holds enough articles (default: a temporary file)")
    ap.add_argument("--profile", type=int, metavar="N",
                    help="only profile crosscheck_claims at N articles (cProfile, top 30 by cumtime)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="timed cross-checks per size; the fastest is reported (default 3)")
    ap.add_argument("--no-blocks", action="store_true", help="skip the (untimed) blocking-index statistics")
    ap.add_argument("--check", action="store_true", help="exit status 1 when a target is missed")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-profile", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child is not None:
        print(json.dumps(run_child(args.cache, args.child, args.child_profile, not args.no_blocks, args.repeat)))
        return 0

    if args.profile:
        sizes: list[int] = []
    elif args.sizes:
        sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip())
    else:
        sizes = list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    run_10k = args.check_10k and not args.profile and 10000 not in sizes
    need = max([*sizes, 10000 if run_10k else 0, args.profile or 0])

    tmpdir = None
    cache = args.cache
    if cache is None:
        tmpdir = tempfile.TemporaryDirectory(prefix="claimtrack-bench-")
        cache = Path(tmpdir.name) / "claims.pickle"
    try:
        if cache_usable(cache, args.seed, args.days, need):
            print(f"claims: reusing {cache} (seed {args.seed})", file=sys.stderr)
        else:
            print(f"generating and extracting {need:,} articles (seed {args.seed}) ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            build_cache(cache, args.seed, args.days, need)
            print(f"  done in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)

        if args.profile:
            r = measure(cache, args.profile, profile=True, blocks=not args.no_blocks)
            print(f"profiled crosscheck_claims at {r['articles']:,} articles: {r['seconds']:.2f} s under cProfile, "
                  f"{r['claims']:,} claims, {r['pairs']:,} pairs compared")
            if "block_stats" in r:
                print(f"largest blocks: {r['block_stats']['largest']}")
            return 0

        rows = []
        for n in sizes:
            print(f"cross-checking {n:,} articles ...", file=sys.stderr, flush=True)
            rows.append(measure(cache, n, blocks=not args.no_blocks, repeat=args.repeat))
        row10k = None
        if run_10k:
            print("cross-checking 10,000 articles ...", file=sys.stderr, flush=True)
            row10k = measure(cache, 10000, blocks=not args.no_blocks, repeat=args.repeat)
        elif 10000 in sizes:
            row10k = next(r for r in rows if r["articles"] == 10000)
    finally:
        if tmpdir is not None:
            tmpdir.cleanup()

    print(f"claimtrack.conflicts.crosscheck_claims on synthetic news (seed {args.seed}, events over {args.days} "
          f"days); claimtrack {code_version()}; "
          f"plugins: {', '.join(rows[0]['plugins']) if rows else '-'}")
    print()
    print_table(rows + ([row10k] if row10k is not None and row10k not in rows else []))
    print("pairs: same-fact pairs compared by the checkers; x-event: conflicts whose claims come from different "
          "generated events (false pairings); seconds: crosscheck_claims wall time, fastest of --repeat calls; extract s: extraction of "
          "the same articles (not part of seconds); RSS MB: peak RSS of the size's subprocess; +xcheck: how "
          "much the cross-check raised it above the peak before the call")
    for r in rows + ([row10k] if row10k is not None and row10k not in rows else []):
        extra = []
        if r["plugin_errors"]:
            extra.append(f"{r['plugin_errors']} plugin errors, e.g. {r['plugin_error_sample'][0]}")
        extra.append(f"planted conflicts found in {r['planted_found']}/{r['planted_events']} events")
        extra.append(f"{r['cross_event_links']:,} of {r['links']:,} reported pairs join different events")
        if "block_stats" in r:
            b = r["block_stats"]
            largest = ", ".join(f"{k} ({m:,})" for k, m in b["largest"][:3])
            extra.append(f"{b['candidates']:,} candidate pairs from {b['blocks']:,} blocks holding "
                         f"{b['index_pairs']:,} pairs; largest: {largest}")
        print(f"  {r['articles']:>6,}: " + "; ".join(extra))
    print()

    codes = {r["code"] for r in rows + ([row10k] if row10k is not None else [])}
    if len(codes) > 1:
        print("WARNING: claimtrack's code changed during the run (the sizes ran on different versions: "
              + ", ".join(f"{r['articles']:,}={r['code']}" for r in rows + ([row10k] if row10k else []))
              + "); rerun on a checkout nobody is editing")
        print()
    rs = ratios(rows)
    for a, b, q in zip(rows, rows[1:], rs):
        print(f"t({b['articles']:,}) / t({a['articles']:,}) = {b['seconds']:.2f} / {a['seconds']:.2f} s"
              f" = {q:.2f}x per doubling")
    max_ratio = max(rs) if rs else float("nan")
    if row10k is not None:
        t10k, how = row10k["seconds"], "measured"
    else:
        t10k, how = interpolate_10k(rows), "interpolated (log-log)"
    print()
    ok_ratio = bool(rs) and max_ratio <= TARGET_RATIO
    print(f"target time per doubling <= {TARGET_RATIO}x (n log n): "
          f"{'MET' if ok_ratio else 'MISSED'} (max {max_ratio:.2f}x)")
    ok_10k = t10k is not None and t10k < TARGET_10K_SECONDS
    print(f"target 10,000 articles < {TARGET_10K_SECONDS:.0f} s on one core: {'MET' if ok_10k else 'MISSED'} "
          f"({'n/a' if t10k is None else format(t10k, '.1f') + ' s'}, {how})")
    seconds = ",".join(f"{r['seconds']:.3f}" for r in rows)
    t10k_text = "na" if t10k is None else f"{t10k:.2f}"
    print(f"crosscheck-bench: sizes={','.join(str(r['articles']) for r in rows)} seconds={seconds} "
          f"max_ratio={max_ratio:.2f} t10k={t10k_text}")
    return 1 if args.check and not (ok_ratio and ok_10k) else 0


if __name__ == "__main__":
    sys.exit(main())
