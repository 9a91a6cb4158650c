"""An act done "on the orders of X" / "under the directive of X": X had it done -- the act's doer where it names
none, never its target (issue 8, evargs12; events/orders_of.py read in arguments.verb_arguments). Sentences of our
own."""

from event_fixtures import extract_events
from foothold.extract.events.orders_of import ordering_phrases
from foothold.extract.nlp import load_nlp

ACTORS = {"John Mahama": ("john_mahama", "person"), "Ghana": ("ghana", "country")}


def _events(tmp_path, text):
    return [(e.type, e.source, e.target) for e in extract_events(tmp_path, text, ACTORS).events]


def test_troops_deployed_on_the_orders_of_a_president_are_his_deployment(tmp_path):
    got = _events(tmp_path, "Army units were deployed to the border on the orders of President John Mahama on "
                            "3 May 2021.\n")
    assert ("MOBILIZE", ["john_mahama"], []) in got, got


def test_the_one_ordering_is_never_the_target(tmp_path):
    got = _events(tmp_path, "On 3 May 2021 the army deployed troops to the border on the orders of President John "
                            "Mahama.\n")
    assert got and not any("john_mahama" in g for _, _, g in got), got


def test_the_phrase_names_who_ordered():
    doc = load_nlp()("Police were sent into the camp under the directive of the interior minister.")
    sent = next(t for t in doc if t.lower_ == "sent")
    assert [(p.text, o.text) for p, o in ordering_phrases(sent)] == [("under", "minister")]


def test_a_place_after_on_is_no_order():
    doc = load_nlp()("Police were sent on the road to the camp.")
    sent = next(t for t in doc if t.lower_ == "sent")
    assert ordering_phrases(sent) == []
