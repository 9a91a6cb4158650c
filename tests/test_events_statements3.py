"""Statements typed by their content's shape (issue 8, statements3): a said future of an unnamed body the speaker
speaks for (own_bodies.py), conduct denied (denied_conduct.py), hostilities halted (halted_hostilities.py).
Sentences written for these tests (Andean and Balkan arenas)."""
import pytest

from event_fixtures import extract_events
from foothold.errors import DataFileError
from foothold.extract.events.halted_hostilities import halt_words
from foothold.extract.events.own_bodies import body_words
from foothold.model import Relation

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Shining Path": ("sp", "organization"),
          "Pedro Ruiz": ("ruiz", "person"), "Ana Soto": ("soto", "person"), "Serbia": ("serbia", "country"),
          "Kosovo": ("kosovo", "country")}
HEADER = "source: https://example.org/andes.html\ntitle: Andes report (Reuters, 5 May 2011)\n\n"


def _member(person: str, state: str) -> Relation:
    return Relation(subject=person, predicate="member_of", object=state, evidence="x", start=0, end=1,
                    extractor="test")


def said_by(tmp_path, sentence: str, speaker: str, relations=()) -> list[str]:
    ctx = extract_events(tmp_path, HEADER + sentence, ACTORS, relations=list(relations))
    return [e.type for e in ctx.events if speaker in e.source]


# own_bodies.py: an unnamed body noun as a said future's subject is the speaker's side
@pytest.mark.parametrize("sentence, expected", [
    ("Peru's army spokesman Pedro Ruiz said the army would not pay any ransom to the Shining Path.", "REJECT"),
    ("Pedro Ruiz of Peru affirmed that a joint committee will meet in Lima within a month.", "AGREE"),
    ("Pedro Ruiz of Peru said a delegation of engineers would visit the dam next week.", "AGREE"),
])
def test_an_unnamed_own_body_states_the_speakers_intention(tmp_path, sentence, expected):
    assert expected in said_by(tmp_path, sentence, "ruiz", [_member("ruiz", "peru")])


def test_a_state_body_is_no_party_of_an_armed_group(tmp_path):
    text = "The Shining Path said the army would pay for the raid on its camp."
    types = said_by(tmp_path, text, "sp")
    assert "AGREE" not in types and "REJECT" not in types


def test_a_named_other_party_is_still_a_prediction(tmp_path):
    sentence = "Pedro Ruiz said Chile would visit the dam next week."
    assert "AGREE" not in said_by(tmp_path, sentence, "ruiz", [_member("ruiz", "peru")])


# denied_conduct.py: the speaker's side denying a hostile act of its own
@pytest.mark.parametrize("sentence", [
    "Serbia said it does not target civilians and that the incident was under review.",
    "Serbia's interior ministry said its police did not fire on the protesters in Kosovo.",
    "Serbia said it had never shelled villages in Kosovo.",
])
def test_own_hostile_conduct_denied_is_a_rejection(tmp_path, sentence):
    ctx = extract_events(tmp_path, HEADER + sentence, ACTORS)
    assert "REJECT" in [e.type for e in ctx.events if "serbia" in e.source]


@pytest.mark.parametrize("sentence", [
    "Serbia said Kosovo's police did not fire on the protesters.",      # another party: a report
    "Serbia said it could not attack the rebels without approval.",     # a modal: no denial
    "Serbia said it will not attack Kosovo.",                           # a future: futures and refusals read it
])
def test_no_denial_of_own_conduct(tmp_path, sentence):
    ctx = extract_events(tmp_path, HEADER + sentence, ACTORS)
    assert "REJECT" not in [e.type for e in ctx.events if "serbia" in e.source]


# halted_hostilities.py: the speaker's side halting its own hostile acts declares a ceasefire
@pytest.mark.parametrize("sentence", [
    "The Shining Path said on Monday it was suspending its military operations against Peru.",
    "The Shining Path announced a suspension of attacks on army posts in Peru.",
    "The Shining Path said it would halt its raids on mining camps during the election.",
])
def test_own_hostilities_halted_is_a_concession(tmp_path, sentence):
    ctx = extract_events(tmp_path, HEADER + sentence, ACTORS)
    assert "CONCEDE" in [e.type for e in ctx.events if "sp" in e.source]


@pytest.mark.parametrize("sentence", [
    "Peru said the Shining Path had halted its raids on mining camps.",    # another party's halt: a report
    "Peru said it could not stop the raids on mining camps.",              # a modal: nothing declared
    "Peru said it was suspending its trade talks with Chile.",             # no hostile act halted
])
def test_no_ceasefire_declared(tmp_path, sentence):
    ctx = extract_events(tmp_path, HEADER + sentence, ACTORS)
    assert "CONCEDE" not in [e.type for e in ctx.events if "peru" in e.source]


def test_word_lists_are_validated(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("state_bodies: [army]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        body_words(str(bad))
    twice = tmp_path / "twice.yaml"
    twice.write_text("state_bodies: [army]\nany_bodies: [army]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        body_words(str(twice))
    with pytest.raises(DataFileError):
        halt_words(str(bad))


# plover.yaml: suspending, freezing or halting ties (visits, a process, talks) reduces relations (CAMEO 161/164)
@pytest.mark.parametrize("sentence", [
    "In June 2010 Serbia froze the accession process with Kosovo.",
    "In June 2010 Serbia suspended all high-level visits to Kosovo.",
    "In June 2010 Serbia halted talks with Kosovo over the border.",
])
def test_ties_halted_are_sanctions(tmp_path, sentence):
    ctx = extract_events(tmp_path, HEADER + sentence, ACTORS)
    assert [e.type for e in ctx.events if "serbia" in e.source] == ["SANCTION"]


def test_halting_a_building_is_no_sanction(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "In June 2010 Serbia halted the construction of the dam in Kosovo.", ACTORS)
    assert [e.type for e in ctx.events if "serbia" in e.source] == []


# ordered_acts.py: an act the speaker says its own side ordered is typed by that act
@pytest.mark.parametrize("sentence, speaker, expected", [
    ("Pedro Ruiz said he had ordered his battalions to return to their barracks to avoid bloodshed.", "ruiz", "RETREAT"),
    ("Ana Soto of Chile said in Santiago she had directed the navy's commander to begin air strikes on the Shining "
     "Path.", "soto", "ASSAULT"),
])
def test_an_order_the_speaker_gave_is_the_ordered_act(tmp_path, sentence, speaker, expected):
    assert expected in said_by(tmp_path, sentence, speaker)


@pytest.mark.parametrize("sentence", [
    "Pedro Ruiz said Ana Soto had ordered the battalions to return to their barracks.",   # another's order: a report
    "Pedro Ruiz said he would order the battalions to return to their barracks.",         # an order to come
])
def test_no_order_of_the_speakers_own_done(tmp_path, sentence):
    assert "RETREAT" not in said_by(tmp_path, sentence, "ruiz")


# own_bodies.py group_bodies; speech.past_report: "had said" backshifts "would"; a future refusal verb is REJECT
def test_what_a_group_calls_itself_is_its_own_side(tmp_path):
    sentence = "The Shining Path's leader, Pedro Ruiz, had said on 14 August that the party would ignore the ruling."
    rel = Relation(subject="ruiz", predicate="leads", object="sp", evidence="x", start=0, end=1, extractor="test")
    assert said_by(tmp_path, sentence, "ruiz", [rel]) == ["REJECT"]


def test_a_states_spokesman_speaks_not_for_the_group(tmp_path):
    sentence = "Chile's army spokesman Pedro Ruiz said the group would ignore the ruling."
    assert "REJECT" not in said_by(tmp_path, sentence, "ruiz", [_member("ruiz", "chile")])


def test_the_leader_of_the_speakers_body_is_its_side(tmp_path):
    sentence = "The Shining Path's spokesman, Pedro Ruiz, said Ana Soto's fighters would respect the truce."
    rels = [Relation(subject="ruiz", predicate="member_of", object="sp", evidence="x", start=0, end=1, extractor="t"),
            Relation(subject="soto", predicate="leads", object="sp", evidence="x", start=0, end=1, extractor="t")]
    assert "AGREE" in said_by(tmp_path, sentence, "ruiz", rels)
    assert "AGREE" not in said_by(tmp_path, sentence, "ruiz", rels[:1])     # a stranger's fighters: a prediction


@pytest.mark.parametrize("sentence, halted", [
    ("The Shining Path said its mobilisation had ended.", True),
    ("The Shining Path said the offensive of Peru had ended.", False),     # another party's acts
    ("The Shining Path said the war had ended.", False),                  # no one's own acts
])
def test_own_hostile_acts_ended(tmp_path, sentence, halted):
    ctx = extract_events(tmp_path, HEADER + sentence, ACTORS)
    assert ("CONCEDE" in [e.type for e in ctx.events if "sp" in e.source]) == halted


# accords_in_force.py: a truce taking effect is its parties' RETREAT (ceasefire)
@pytest.mark.parametrize("sentence", [
    "A three-month ceasefire between Peru and the Shining Path took effect on 3 August 2010.",
    "The cessation of hostilities between Serbia and Kosovo entered into force at 06:00 on 4 June 2010.",
])
def test_a_truce_taking_effect_is_a_retreat(tmp_path, sentence):
    ctx = extract_events(tmp_path, HEADER + sentence, ACTORS)
    assert [(e.type, e.mode) for e in ctx.events] == [("RETREAT", "ceasefire")]
    assert len(ctx.events[0].source) == 2


def test_sanctions_taking_effect_are_no_retreat(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "The sanctions of Chile on Peru took effect on 3 August 2010.", ACTORS)
    assert "RETREAT" not in [e.type for e in ctx.events]


# triggers.admitted_party: "gave the diplomats 48 hours to leave" (the infinitive parsed as an advcl) expels them
def test_a_deadline_to_leave_expels(tmp_path):
    text = HEADER + "On 3 May 2010 Peru gave the Chilean diplomats 48 hours to leave the country."
    ctx = extract_events(tmp_path, text, {**ACTORS, "Chilean": ("chile", "country")})
    assert [(e.type, e.mode, e.source) for e in ctx.events] == [("SANCTION", "expel", ["peru"])]


def test_time_given_for_something_else_expels_no_one(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "On 3 May 2010 Peru gave the Chilean engineers 48 hours to finish the "
                                              "bridge.", {**ACTORS, "Chilean": ("chile", "country")})
    assert "SANCTION" not in [e.type for e in ctx.events]

