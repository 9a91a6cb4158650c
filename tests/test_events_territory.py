"""Ground changing hands (events/territory.py; CAMEO 192 "occupy territory" is PLOVER COERCE seize).

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import extract_events

from foothold.extract.nlp import load_nlp

ACTORS = {"Taliban": ("taliban", "organization"), "Kunduz": ("kunduz", "place"), "Houthis": ("houthi", "organization"),
          "Marib": ("marib", "place"), "Azerbaijan": ("azerbaijan", "country"), "Shusha": ("shusha", "place"),
          "Ukraine": ("ukraine", "country"), "Russia": ("russia", "country"), "Iran": ("iran", "country"),
          "Iraq": ("iraq", "country"), "M23": ("m23", "organization")}


def seized(ctx) -> list[tuple]:
    return [(e.source, e.target) for e in ctx.events if (e.type, e.mode) == ("COERCE", "seize")]


def test_ground_that_fell_to_a_party_was_taken_by_it(tmp_path):
    ctx = extract_events(tmp_path, "Kunduz fell to the Taliban on Sunday.", ACTORS)
    assert seized(ctx) == [(["taliban"], ["kunduz"])]
    ctx = extract_events(tmp_path, "The provincial capital fell to the Taliban in August.", ACTORS)
    assert [s for s, _ in seized(ctx)] == [["taliban"]]


def test_what_falls_that_is_not_ground_or_not_to_a_party_is_no_seizure(tmp_path):
    for text in ("Oil exports from Iraq fell to a record low.", "The decision fell to the Taliban's council.",
                 "Support for the Houthis fell to 30 percent."):
        assert seized(extract_events(tmp_path, text, ACTORS)) == [], text


def test_taking_a_place_or_control_of_it_is_a_seizure_and_taking_part_is_not(tmp_path):
    for text, source in (("The Houthis took Marib after a long siege.", ["houthi"]),
                         ("Azerbaijan took Shusha in November 2020.", ["azerbaijan"]),
                         ("The Houthis took the town of Harib on Wednesday.", ["houthi"]),
                         ("M23 took control of the border post at Bunagana.", ["m23"]),
                         ("Ukraine took back the village from Russia in June.", ["ukraine"])):
        found = seized(extract_events(tmp_path, text, ACTORS))
        assert [s for s, _ in found] == [source], (text, found)
    for text in ("The Houthis took part in the talks.", "Iran took Iraq to court over the debt.",
                 "Azerbaijan took steps to reopen the road."):
        assert seized(extract_events(tmp_path, text, ACTORS)) == [], text


def test_a_prefixed_irregular_past_is_lemmatised_and_read_as_past():
    doc = load_nlp()("Ukrainian troops retook Kherson. Rebels overran a base. The army overtook the convoy.")
    verbs = {t.text: (t.lemma_, t.tag_) for t in doc if t.pos_ == "VERB"}
    assert verbs["retook"] == ("retake", "VBD")
    assert verbs["overran"][0] == "overrun"
    assert verbs["overtook"][0] == "overtake"
