"""Restated stances (issue 8, evcand14): a restating verb (renew, repeat, restate, reiterate, reaffirm, affirm) whose
direct object is a stance noun makes that statement again, typed by the noun (`restated_stances.py`,
data/restated_stances.yaml): "renewed its call to X to ..." REQUEST, "repeated the charge that X ..." ACCUSE,
"renewed its commitment to ..." AGREE, "renewed its threat to ..." THREATEN.

Sentences are our own, written for these tests about an arena outside the development texts (the Andes).
"""

import pytest
from event_fixtures import wire_events

from foothold.extract.events.restated_stances import restated_stance_words

PARTIES = {"The Council": ("council", "organization"), "Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
           "Bolivian": ("bolivia", "country"), "Juan Perez": ("juan_perez", "person"),
           "the Andean Brigade": ("andean_brigade", "organization")}


def _typed(tmp_path, sentence, kind):
    return [e for e in wire_events(tmp_path, sentence, PARTIES) if e[0] == kind]


@pytest.mark.parametrize("sentence, kind, source, target", [
    ("On Monday the government of Chile renewed its call to the Andean Brigade to return to its barracks.",
     "REQUEST", ["chile"], ["andean_brigade"]),
    ("On Monday Juan Perez repeated on the radio the party's charge that Peru had armed the rebels.",
     "ACCUSE", ["juan_perez"], ["peru"]),
    ("On Monday Chile renewed its commitment to protect the embassy of Peru.", "AGREE", ["chile"], ["peru"]),
    ("On Monday Chile renewed its threat to close the border with Peru.", "THREATEN", ["chile"], ["peru"]),
    ("On Monday Chile repeated its offer to mediate between Peru and Bolivia.", "AGREE", ["chile"],
     ["peru", "bolivia"]),
])
def test_a_restated_stance_is_the_nouns_statement(tmp_path, sentence, kind, source, target):
    found = _typed(tmp_path, sentence, kind)
    assert found and found[0][1] == source and sorted(found[0][2]) == sorted(target)


def test_the_calls_infinitive_hung_on_the_verb(tmp_path):
    # the parser makes "to return" the verb's xcomp, so what was said is that clause: the stance still types it
    found = _typed(tmp_path, "The Council renews its call to the Andean Brigade to return to its command.", "REQUEST")
    assert found and found[0][1] == ["council"]


def test_a_reaffirmed_commitment_of_a_party_is_a_promise(tmp_path):
    # the parser hangs "to the defence" on the verb, so no pledge complement: the noun types it
    found = _typed(tmp_path, "On Monday the Bolivian ambassador reaffirmed the commitment of Bolivia to the defence "
                   "of Peru.", "AGREE")
    assert found and found[0][1] == ["bolivia"]


@pytest.mark.parametrize("sentence", [
    "On Monday Chile did not renew its offer to Peru.",           # negated
    "On Monday Chile renewed the fishing licence of Peru.",       # no stance: a permission (measures.py's)
    "On Monday Chile repeated the exercise with Peru.",           # no stance
])
def test_a_negated_verb_or_another_object_makes_no_statement(tmp_path, sentence):
    assert not [e for e in wire_events(tmp_path, sentence, PARTIES) if e[0] in ("REQUEST", "ACCUSE", "AGREE",
                                                                                 "THREATEN", "SUPPORT", "REJECT")]


def test_a_cue_read_first_keeps_its_reading(tmp_path):
    # "call for" is a REQUEST cue already: one REQUEST, not two
    found = _typed(tmp_path, "On Monday Chile repeated its call for Peru to lift the tariffs.", "REQUEST")
    assert len(found) == 1 and found[0][2] == ["peru"]


def test_the_word_lists_load():
    words = restated_stance_words()
    assert "renew" in words.restating_verbs and "call" in words.request_nouns and "charge" in words.accuse_nouns


def test_a_vow_to_fight_stays_declined(tmp_path):
    # pledges.py reads a commitment with its own complement, and declines a conflict act: no promise to anyone
    assert not _typed(tmp_path, "The Government of Chile reaffirms its commitment to eliminating the Andean Front and "
                      "to restoring services to every town.", "AGREE")


def test_on_a_tuning_document_the_renewed_call_is_a_request():
    # bench/owndocs43 (a tuning set, read half): "The Commission renews its call to the Abbas Combat Division, ...
    # to return to its command" (gold REQUEST)
    from pathlib import Path

    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = Path(__file__).resolve().parents[1] / "bench" / "owndocs43" / "04-iraq-pmc-appointments-shrine-units-statement.txt"
    if not path.exists():
        pytest.skip("bench/owndocs43 not present")
    document = read_document(path)
    start = document.text.index("renews its call")
    found = [e for e in run(document).events if e.type == "REQUEST" and e.start <= start < e.end]
    assert found


# A second said clause (said_conjuncts.py): "said that A and that B" says both; B's stated future is read.
@pytest.mark.parametrize("sentence, kind, target", [
    ("Chile said on Monday that the decision was final and that it would cut diplomatic ties with Peru.",
     "THREATEN", ["peru"]),
    ("Chile said on Monday that the talks had stalled and that it would attack Peru.", "THREATEN", ["peru"]),
])
def test_a_future_in_the_second_that_clause_is_read(tmp_path, sentence, kind, target):
    found = _typed(tmp_path, sentence, kind)
    assert found and found[0][1] == ["chile"] and found[0][2] == target


@pytest.mark.parametrize("sentence", [
    "Chile said on Monday that the vote was final and would stand.",              # one clause going on
    "Chile said on Monday that the talks had stalled and that Peru would attack.",  # another party's future
])
def test_no_second_that_or_another_partys_future_is_no_intention(tmp_path, sentence):
    assert not _typed(tmp_path, sentence, "THREATEN")


def test_a_stance_of_no_one_is_not_restated(tmp_path):
    # an act reviving a debate: no possessor, no of-phrase on the stance
    found = wire_events(tmp_path, "On Monday the shelling of Chile renewed calls for an inquiry.", PARTIES)
    assert not [e for e in found if e[0] == "REQUEST"]
