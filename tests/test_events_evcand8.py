"""Events with no candidate, eighth pass (issue 8, evcand8): events/split_particles.py (plover.yaml's phrasal verbs
told with the object between verb and particle), events/inquiries.py (a bare case opened against a party),
plover.yaml "pushed back" a crowd, "brought together", `clear` a place or a crowd.

Sentences are our own, written for these tests about arenas outside the development texts (the Andes, the Baltic).
"""

import pytest
from event_fixtures import wire_events

from foothold.extract.events.lexicon import load_lexicon
from foothold.extract.events.split_particles import split_phrase
from foothold.extract.events.triggers import _phrases_from
from foothold.extract.nlp import load_nlp

ANDES = {"Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"), "Peru": ("peru", "country"),
         "Peruvian": ("peru", "country"), "Chile": ("chile", "country"), "Arce": ("arce", "person"),
         "Quispe": ("quispe", "person"), "Andean Front": ("front", "organization"), "La Paz": ("lapaz", "place")}
BALTIC = {"Estonia": ("estonia", "country"), "Estonian": ("estonia", "country"), "Latvia": ("latvia", "country"),
          "Tamm": ("tamm", "person"), "Kalnins": ("kalnins", "person"), "Riga": ("riga", "place")}


def typed(events, etype):
    return [e for e in events if e[0] == etype]


# ---- split_particles.py ----

def _split(sentence):
    lex = load_lexicon()
    doc = load_nlp()(sentence)
    verb = next(t for t in doc if t.pos_ == "VERB")
    hit = split_phrase(verb, _phrases_from(lex, verb.lower_))
    return (" ".join(hit[0].words), hit[1].text) if hit is not None else None


def test_a_phrase_split_by_its_object_is_read_as_the_phrase():
    assert _split("The minister turned the idea down.") == ("turned down", "down")
    assert _split("The office turned him down.") == ("turned down", "down")


def test_a_particle_with_an_object_of_its_own_or_far_from_the_verb_is_no_particle():
    assert _split("The minister turned the car in the square.") is None
    assert _split("The minister turned the long and very detailed draft of the new accord down.") is None
    assert _split("The minister turned down the idea.") is None       # joined: plover.yaml's phrase reads it


@pytest.mark.parametrize("sentence,expected", [
    ("Peru's finance minister Quispe turned the idea down on Monday, saying the reserves were in dollars.",
     ("REJECT", ["quispe"])),
    ("Peru asked to meet Arce in March, and Bolivia turned him down.", ("REJECT", ["bolivia"])),
    ("Fighters of the Andean Front blew the bridge up near La Paz on Tuesday.", ("ASSAULT", ["front"])),
])
def test_split_phrasal_verbs_make_their_event(tmp_path, sentence, expected):
    events = wire_events(tmp_path, sentence, ANDES)
    assert any(e[0] == expected[0] and e[1] == expected[1] for e in events), events


def test_a_sworn_in_person_after_the_verb_is_appointed(tmp_path):
    events = wire_events(tmp_path, "The president of Estonia swore Tamm in at the palace in Riga on Monday.", BALTIC)
    assert any(e[2] == ["tamm"] for e in typed(events, "SUPPORT")), events


def test_a_split_phrase_keeps_its_gates(tmp_path):
    # "turned back" is going back oneself (no_object): one's turned-back object is no withdrawal read here
    assert not typed(wire_events(tmp_path, "Bolivian border guards turned the lorries back at La Paz.", ANDES),
                     "RETREAT")
    assert not wire_events(tmp_path, "Quispe turned the page on the dispute with Chile.", ANDES)


# ---- inquiries.py: a bare case opened against a party ----

def test_a_case_opened_against_a_party_is_an_inquiry(tmp_path):
    events = wire_events(tmp_path, "Bolivia's prosecutors had opened the case against Quispe overnight.", ANDES)
    assert ("ACCUSE", ["bolivia"], ["quispe"]) in events, events
    events = wire_events(tmp_path, "Latvia opened cases on Monday against more than 30 people, including Kalnins.",
                         BALTIC)
    assert any(e[2] == ["kalnins"] for e in typed(events, "ACCUSE")), events


def test_a_case_won_or_a_case_file_opened_is_no_inquiry(tmp_path):
    assert not typed(wire_events(tmp_path, "Peru won the case against Chile at the court.", ANDES), "ACCUSE")
    assert not typed(wire_events(tmp_path, "Bolivia opened the case file on Monday.", ANDES), "ACCUSE")


# ---- plover.yaml: crowds pushed back, places cleared, parties brought together ----

@pytest.mark.parametrize("sentence", [
    "Bolivian police pushed the crowd back from the palace in La Paz on Monday.",
    "Bolivian police pushed back protesters near the palace on Monday.",
    "Bolivian security forces cleared the airport after several hours on Monday.",
    "On Sunday Bolivian police cleared the last lorries from the bridge outside La Paz.",
])
def test_a_force_pushing_back_or_clearing_restricts(tmp_path, sentence):
    assert ("COERCE", ["bolivia"]) in [(e[0], e[1]) for e in wire_events(tmp_path, sentence, ANDES)]


@pytest.mark.parametrize("sentence", [
    "Arce pushed back against the criticism from Peru.",
    "Bolivian engineers cleared the road after the landslide.",
    "The court in La Paz cleared Quispe of all charges on Monday.",
])
def test_pushing_back_criticism_or_clearing_a_road_or_a_name_is_no_coercion(tmp_path, sentence):
    assert not typed(wire_events(tmp_path, sentence, ANDES), "COERCE")


def test_parties_brought_together_meet(tmp_path):
    events = wire_events(tmp_path, "The envoy of Chile brought Bolivian and Peruvian commanders together at a hotel "
                                   "in La Paz on Monday.", ANDES)
    assert ("CONSULT", ["chile"], ["bolivia", "peru"]) in events, events


# ---- relation_levels.py, data/relation_levels.yaml ----

@pytest.mark.parametrize("sentence,expected", [
    ("In solidarity with Estonia, Latvia today decided to lower the level of diplomatic relations with Russia to "
     "that of charge d'affaires.", ("SANCTION", ["latvia"])),
    ("Latvia reduced its diplomatic representation in Russia on Monday.", ("SANCTION", ["latvia"])),
    ("Tamm met Kalnins in Riga on Monday, and the two leaders raised their ties to a strategic partnership.",
     ("SUPPORT", ["tamm", "kalnins"])),
])
def test_relations_raised_or_lowered(tmp_path, sentence, expected):
    events = wire_events(tmp_path, sentence, {**BALTIC, "Russia": ("russia", "country")})
    assert expected in [(e[0], e[1]) for e in events], events


@pytest.mark.parametrize("sentence", [
    "Latvia lowered the tariffs on imports from Estonia.",
    "Latvian troops reduced the level of violence in Riga.",
])
def test_lowering_no_relations_is_no_sanction(tmp_path, sentence):
    assert not typed(wire_events(tmp_path, sentence, {**BALTIC, "Latvian": ("latvia", "country")}), "SANCTION")


# ---- effect_dates.py: a "with effect from" date times no decided act ----

def _dated(tmp_path, text):
    from event_fixtures import extract_events
    ctx = extract_events(tmp_path, "source: https://example.org/a/statement.html\ntitle: Statement (23 January 2023)"
                                   "\n\n" + text, BALTIC | {"Russia": ("russia", "country")}, "statement.txt")
    return [(e.type, e.date.iso if e.date else None) for e in ctx.events]


def test_a_decision_with_effect_from_a_later_day_is_dated_by_its_story(tmp_path):
    assert ("SANCTION", "2023-01-23") in _dated(tmp_path, "Latvia today decided to sever diplomatic relations with "
                                                          "Russia with effect from 1 March 2023.")


def test_a_plain_date_still_times_the_act(tmp_path):
    # a day before the statement's (23 January): a past act told with a day after it is no date of that act (dates12)
    assert ("SANCTION", "2023-01-10") in _dated(tmp_path, "Latvia severed diplomatic relations with Russia on "
                                                          "10 January 2023.")


# ---- joined_protests.py, data/joined_protests.yaml ----

@pytest.mark.parametrize("sentence", [
    "Former President Arce, another candidate of the Andean Front, was among the marchers in La Paz on Monday.",
    "Arce joined the protesters in La Paz on Monday.",
    "Arce joined the march in La Paz on Monday.",
])
def test_a_named_party_joining_a_protest_protests(tmp_path, sentence):
    assert ("PROTEST", ["arce"]) in [(e[0], e[1]) for e in wire_events(tmp_path, sentence, ANDES)]


@pytest.mark.parametrize("sentence", [
    "Quispe was among the dead in La Paz.",
    "Arce joined the government of Bolivia on Monday.",
    "Quispe was among the protesters killed in La Paz on Monday.",
])
def test_being_among_the_dead_or_joining_a_government_is_no_protest(tmp_path, sentence):
    assert not typed(wire_events(tmp_path, sentence, ANDES), "PROTEST")


# ---- conjoined_verbs.py (in releases.repair_misread_verbs) ----

def test_a_conjoined_present_verb_read_as_a_noun_is_a_verb(tmp_path):
    events = wire_events(tmp_path, "Bolivia welcomes the statement of Chile, which supported these measures, and thanks "
                                   "Peru for protecting the offices of outlets.", ANDES)
    assert ("SUPPORT", ["bolivia"], ["peru"]) in events, events


def test_a_noun_conjunct_stays_a_noun(tmp_path):
    doc = load_nlp()("Bolivia welcomed the talks and the thanks of Peru.")
    from foothold.extract.events.conjoined_verbs import conjoined_present
    assert not any(conjoined_present(t) for t in doc)


# ---- plover.yaml "put forward" (AGREE, as `propose`) ----

def test_a_compromise_put_forward_is_proposed(tmp_path):
    for sentence in ("Chile, holding the presidency in 2022, put forward a compromise in June.",
                     "Chile put a compromise forward in June."):
        assert ("AGREE", ["chile"]) in [(e[0], e[1]) for e in wire_events(tmp_path, sentence, ANDES)], sentence
    assert not typed(wire_events(tmp_path, "Chile put forward a bill on taxes in June.", ANDES), "AGREE")


def test_ones_own_force_turned_back_withdraws(tmp_path):
    events = wire_events(tmp_path, "The commander of the Andean Front turned his fighters back from their march on "
                                   "La Paz late on Saturday.", ANDES)
    assert ("RETREAT", ["front"]) in [(e[0], e[1]) for e in events], events
    assert not typed(wire_events(tmp_path, "Arce turned their columns back near La Paz.", ANDES), "RETREAT")
