"""Ties told inside what a thanks is for (spurious12: relations/thanked_reasons.py, the second try of spurious11). Own sentences, arenas outside
the development texts."""

from __future__ import annotations

from test_relations import extract

NAMES = {"okafor": ("person", ["Chidi Okafor"]), "mission": ("organization", ["African Union Mission"]),
         "front": ("organization", ["Liberation Front"]), "ghana": ("country", ["Ghana"]),
         "togo": ("country", ["Togo"])}


def test_the_thanked_partys_war_is_no_tie_of_the_one_who_thanks():
    _, rels = extract("Defence Minister Chidi Okafor thanked the African Union Mission for its help in the war "
                      "against the Liberation Front.", NAMES)
    assert ("okafor", "opposes", "front") not in rels


def test_the_thanked_partys_support_is_no_tie_of_the_one_who_thanks():
    _, rels = extract("Chidi Okafor praised Ghana for its support for Togo during the talks.", NAMES)
    assert ("okafor", "allied_with", "togo") not in rels


def test_a_war_the_speaker_wages_still_ties():
    _, rels = extract("Defence Minister Chidi Okafor thanked Ghana and vowed to continue the war against the "
                      "Liberation Front.", NAMES)
    assert ("okafor", "opposes", "front") in rels


def test_the_thanked_partys_own_tie_is_kept():
    names = {"okafor": ("person", ["Chidi Okafor"]), "ghana": ("country", ["Ghana"]),
             "front": ("organization", ["Liberation Front"])}
    _, rels = extract("President Chidi Okafor thanked Ghana for its support against the Liberation Front.", names)
    assert ("ghana", "opposes", "front") in rels and ("okafor", "opposes", "front") not in rels


def test_the_verb_list_loads_in_both_packages():
    from foothold.extract.events.skips import THANKING as events_list
    from foothold.extract.relations.thanked_reasons import THANKING as relations_list
    assert events_list is relations_list and "thank" in events_list


def test_a_title_subject_thanks_through_its_holder():
    # "The President thanked X for ...": the subject names no actor itself; the reader's holder of the title does
    from types import SimpleNamespace

    from foothold.extract.nlp import load_nlp
    from foothold.extract.relations.thanked_reasons import thanker_actors
    doc = load_nlp()("The President thanked Ghana for its help in the war against the Liberation Front.")
    president = next(t for t in doc if t.text == "President")
    refs = {t.i: SimpleNamespace(actor="ghana") for t in doc if t.text == "Ghana"}
    reader = SimpleNamespace(idx=SimpleNamespace(ref=refs.get),
                             ref_for_token=lambda t: SimpleNamespace(actor="okafor") if t.i == president.i else None)
    war = next(t for t in doc if t.text == "against")
    assert thanker_actors(reader, war) == {"okafor"}


def test_a_relative_who_thanks_through_its_antecedent():
    _, rels = extract("Zara Mensah met President Chidi Okafor, who thanked Ghana for its help in the war against the "
                      "Liberation Front.", {**NAMES, "mensah": ("person", ["Zara Mensah"])})
    assert ("okafor", "opposes", "front") not in rels
