"""An act told between commas in a relative clause on a later verb's subject is who the subject is, not news
(issue 8, docs25; `events/subject_relatives.py`).

Own sentences from arenas other than the wire stories that showed the need, each with its near miss.
"""

from event_fixtures import wire_events

ACTORS = {"Ghana": ("ghana", "country"), "Togo": ("togo", "country"), "Benin": ("benin", "country"),
          "Mali": ("mali", "country"), "ECOWAS": ("ecowas", "organization")}


def types_of(events) -> list[tuple]:
    return [(t, s) for t, s, _ in events]


def test_a_past_relative_on_the_subject_is_background(tmp_path):
    got = wire_events(tmp_path, "ACCRA, May 5 (Wire) - Ghana, which mediated the border talks, will send monitors "
                                "to the frontier.", ACTORS)
    assert ("CONSULT", ["ghana"]) not in types_of(got), got


def test_a_perfect_relative_on_the_subject_is_background_and_the_main_verb_stays(tmp_path):
    got = wire_events(tmp_path, "LOME, May 5 (Wire) - ECOWAS, which has sanctioned Mali twice, condemned the "
                                "attack on Benin on Thursday.", ACTORS)
    assert not any(t == "SANCTION" for t, _ in types_of(got)), got
    assert ("ACCUSE", ["ecowas"]) in types_of(got), got


def test_a_relative_on_an_object_can_be_the_partys_answer(tmp_path):
    # near miss: "blamed X, which denied it" is X's reply, told as news
    got = wire_events(tmp_path, "ACCRA, May 5 (Wire) - Ghana blamed Togo, which denied the charge.", ACTORS)
    assert ("REJECT", ["togo"]) in types_of(got), got


def test_an_act_told_in_the_main_clause_stays(tmp_path):
    # near miss: the same act as the sentence's own verb
    got = wire_events(tmp_path, "ACCRA, May 5 (Wire) - Ghana mediated the border talks between Togo and Benin.",
                      ACTORS)
    assert any(t == "CONSULT" for t, _ in types_of(got)), got


def test_an_act_joined_after_the_main_verb_is_the_subjects_own(tmp_path):
    # near miss: the parser may join "offered" to the clause; told after the main verb it is the subject's act
    got = wire_events(tmp_path, "ACCRA, May 5 (Wire) - Ghana, which expelled Togo's envoy this month, condemned the "
                                "raid and offered further help to Benin.", ACTORS)
    assert ("ACCUSE", ["ghana"]) in types_of(got), got
    assert any(t in ("AGREE", "AID") for t, _ in types_of(got)), got
