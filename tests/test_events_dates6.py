"""Event dates, sixth pass (issue 8, dates6): a simple-past conjunct with its own subject shares no "had" or "has"
(tense.own_clause); a date fronted inside a later conjunct times that conjunct only (events/conjunct_dates.py).

Own sentences from arenas no development text uses; each with its near miss.
"""

from event_fixtures import extract_events

from foothold.extract.nlp import load_nlp
from foothold.extract.events.tense import past_perfect

ACTORS = {"Bolivia": ("bolivia", "country"), "Chile": ("chile", "country"), "Peru": ("peru", "country"),
          "La Paz": ("la-paz", "place"), "Santiago": ("santiago", "place"), "Evo Morales": ("morales", "person"),
          "Carlos Mesa": ("mesa", "person")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, analysis style\ntitle: Bolivia and Chile: the sea dispute\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "analysis.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def verb(sentence: str, word: str):
    doc = load_nlp()(sentence)
    return next(t for t in doc if t.text == word)


def test_a_simple_past_conjunct_with_its_own_subject_shares_no_had():
    sentence = "Mesa had accused Santiago of meddling in the vote, and Morales congratulated Chile within hours."
    assert past_perfect(verb(sentence, "accused"))
    assert not past_perfect(verb(sentence, "congratulated"))
    # near miss: a conjunct with no subject of its own shares the auxiliary
    assert past_perfect(verb("Bolivia had recalled its ambassador and expelled the Chilean consul.", "expelled"))


def test_a_date_fronted_in_a_later_conjunct_times_that_conjunct_only(tmp_path):
    text = ("Carlos Mesa won the election of October 20, 2019 in Bolivia. "
            "His government expelled the Chilean ambassador and in January 2020 closed the border with Peru.")
    got = dated(tmp_path, text)
    dates = sorted(d for t, s, d in got if t == "SANCTION" and d)
    # the expulsion keeps the story's time; January 2020 is the closure's alone
    assert len(dates) == 2 and dates[0].startswith("2019-10") and dates[1] == "2020-01", got


def test_a_date_after_both_conjuncts_still_times_the_first(tmp_path):
    # near miss: the date closes the second conjunct, so it may time both; the first keeps the nearest date
    text = ("Carlos Mesa won the election of October 20, 2019 in Bolivia. "
            "His government expelled the Chilean ambassador and suspended talks with Peru in January 2020.")
    got = dated(tmp_path, text)
    assert got and all(d is None or d.startswith("2020-01") for t, s, d in got if t == "SANCTION"), got
