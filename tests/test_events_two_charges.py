"""Two accusations in one sentence, each with an accused and a charge of its own, are two ACCUSE events
(issue 8, evargs12; events/two_charges.py read in merge.merge_into). Sentences of our own."""

from event_fixtures import wire_events
from foothold.extract.events.finite_conjunct import repair_finite_conjuncts
from foothold.extract.events.two_charges import two_charges
from foothold.extract.nlp import load_nlp

ACTORS = {"John Mahama": ("john_mahama", "person"), "Togo": ("togo", "country"), "Benin": ("benin", "country")}


def test_blaming_one_party_and_accusing_another_are_two_accusations(tmp_path):
    got = wire_events(tmp_path, "The foreign minister, John Mahama, blamed Togo for failing to build trust and "
                                "accused aid groups of discouraging the herders.\n", ACTORS)
    accusations = [(s, g) for t, s, g in got if t == "ACCUSE"]
    assert (["john_mahama"], ["togo"]) in accusations and len(accusations) == 2, got


def test_two_named_parties_charged_with_two_things():
    doc = load_nlp()("John Mahama accused Togo of arming the rebels and blamed Benin for hosting their camps.")
    repair_finite_conjuncts(doc)      # the parser hangs "blamed" on the gerund "arming"
    first = next(t for t in doc if t.lower_ == "accused")
    second = next(t for t in doc if t.lower_ == "blamed")
    assert second.head.i == first.i and two_charges(first, second)


def test_one_object_condemned_twice_is_one_act():
    doc = load_nlp()("John Mahama condemned and denounced the attack on the herders.")
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert not any(two_charges(a, b) for a in verbs for b in verbs)


def test_a_pronoun_accused_is_the_first_party_again():
    doc = load_nlp()("John Mahama accused Togo of arming the rebels and blamed it for the floods.")
    repair_finite_conjuncts(doc)
    first = next(t for t in doc if t.lower_ == "accused")
    second = next(t for t in doc if t.lower_ == "blamed")
    assert not two_charges(first, second)


def test_two_named_parties_give_two_accusations(tmp_path):
    got = wire_events(tmp_path, "John Mahama accused Togo of arming the rebels and blamed Benin for hosting their "
                                "camps.\n", ACTORS)
    accusations = [(s, g) for t, s, g in got if t == "ACCUSE"]
    assert (["john_mahama"], ["togo"]) in accusations and (["john_mahama"], ["benin"]) in accusations, got
