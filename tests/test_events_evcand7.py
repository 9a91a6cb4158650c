"""Events with no candidate and statements without a cue, seventh pass (issue 8, evcand7):
events/claimed_munitions.py, events/statement_cues.py (data/statement_cues.yaml), events/commitments.py
(data/commitments.yaml).

Sentences are our own, written for these tests about arenas outside the development texts (the Andes, Central Asia).
"""

import pytest
from event_fixtures import wire_events

from foothold.extract.events.statement_cues import with_statement_cues

ANDES = {"Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"), "Peru": ("peru", "country"),
         "Chile": ("chile", "country"), "Brazil": ("brazil", "country"), "Arce": ("arce", "person"),
         "Quispe": ("quispe", "person"), "Morales": ("morales", "person"),
         "Andean Community": ("can", "organization"), "Andean Front": ("front", "organization")}
STEPPE = {"Mountain Front": ("mf", "organization"), "Free Brigade": ("fb", "organization"),
          "Kandahar": ("kandahar", "place"), "Herat": ("herat", "place"), "Russia": ("russia", "country")}


def typed(events, etype):
    return [e for e in events if e[0] == etype]


# ---- claimed_munitions.py ----

def test_a_claim_of_munitions_is_the_claimants_attack(tmp_path):
    events = wire_events(tmp_path, "The Mountain Front claimed the rockets that hit the airport at Kandahar on 3 May, and "
                                   "the Free Brigade claimed bombs against army convoys from June onward.", STEPPE)
    doers = sorted(e[1][0] for e in typed(events, "ASSAULT"))
    assert doers == ["fb", "mf"], events


def test_a_claim_of_both_points_back_to_the_attacks_told(tmp_path):
    events = wire_events(tmp_path, "Two rockets hit the base at Kandahar on Monday and a roadside bomb struck a convoy "
                                   "near Herat on Tuesday. The Mountain Front claimed both.", STEPPE)
    assert any(e[1] == ["mf"] for e in typed(events, "ASSAULT")), events


def test_a_claim_of_land_of_no_attack_or_with_a_clause_is_not_read(tmp_path):
    assert not typed(wire_events(tmp_path, "Russia claimed the village.", STEPPE), "ASSAULT")
    assert not typed(wire_events(tmp_path, "The Mountain Front held a rally in Herat. The Mountain Front claimed both.",
                                 STEPPE), "ASSAULT")
    assert not typed(wire_events(tmp_path, "The Mountain Front claimed the rockets were made in Russia.", STEPPE),
                     "ASSAULT")


# ---- statement_cues.py, data/statement_cues.yaml ----

@pytest.mark.parametrize("sentence,etype", [
    ('Bolivia called the vote an "unfriendly step".', "ACCUSE"),
    ('Arce said the protesters were "the enemy of the nation".', "ACCUSE"),
    ("Quispe said Morales was being held against his will.", "ACCUSE"),
    ("Morales said the ruling was a setback for Bolivia.", "ACCUSE"),
    ("Quispe said she had not been consulted on the final text.", "ACCUSE"),
    ('In a radio interview Quispe said that "there are acts that have consequences".', "THREATEN"),
    ("Arce affirmed that Bolivia would not be a launching pad for any aggression against Peru.", "AGREE"),
    ("Arce said Bolivia would take every legal step in response.", "THREATEN"),
    ("Quispe said the Andean Front would take legal action against the newspaper.", "THREATEN"),
    ("Peru reaffirms that it values its partnership with Chile, its principal trading partner.", "SUPPORT"),
    ("Quispe, the head of the Andean Front, issued a statement saying that the remarks did not represent the official "
     "position of the group.", "REJECT"),
])
def test_a_statement_cue_of_the_supplement_types_what_was_said(tmp_path, sentence, etype):
    events = wire_events(tmp_path, sentence, ANDES)
    assert [e[0] for e in events] == [etype], events


def test_a_negated_or_past_future_cue_holds_no_cue(tmp_path):
    assert wire_events(tmp_path, "Arce said the border crossing had reopened.", ANDES) == []


def test_a_said_future_of_the_own_side_keeping_an_accord_is_agree(tmp_path):
    from foothold.model import Relation
    member = [Relation(subject="quispe", predicate="member_of", object="front", evidence="x", start=0, end=1,
                       extractor="t")]
    from event_fixtures import extract_events
    for sentence in ("Quispe, the spokesman of the Andean Front, said the Andean Front would respect the truce.",
                     "Quispe, the spokesman of the Andean Front, said the Andean Front would abide by the agreement."):
        ctx = extract_events(tmp_path, sentence, ANDES, relations=member)
        assert [e.type for e in ctx.events] == ["AGREE"], (sentence, ctx.events)
    ctx = extract_events(tmp_path, "Quispe, the spokesman of the Andean Front, said the Andean Front would not respect "
                                   "the truce.", ANDES, relations=member)
    assert "AGREE" not in [e.type for e in ctx.events]
    ctx = extract_events(tmp_path, "Quispe said Bolivia would respect the truce.", ANDES)     # a stranger: a prediction
    assert "AGREE" not in [e.type for e in ctx.events]


def test_the_supplement_refuses_a_cue_plover_lists_or_a_type_outside_the_order():
    raw = {"cue_order": ["ACCUSE", "AGREE"], "cues": {"ACCUSE": ["condemn"], "AGREE": ["welcome"]}}
    assert with_statement_cues(raw, {"ACCUSE": ["unfriendly"]})["cues"]["ACCUSE"] == ["condemn", "unfriendly"]
    with pytest.raises(ValueError, match="already listed"):
        with_statement_cues(raw, {"AGREE": ["Condemn"]})
    with pytest.raises(ValueError, match="cue_order"):
        with_statement_cues(raw, {"PROTEST": ["march"]})
    assert raw["cues"]["ACCUSE"] == ["condemn"]          # the raw mapping is left as it was


# ---- commitments.py, data/commitments.yaml ----

@pytest.mark.parametrize("sentence,target", [
    ("Bolivia will continue to honour its commitments on the supply of natural gas to Brazil.", "brazil"),
    ("Bolivia is determined to develop mutually beneficial ties with Peru in trade and education.", "peru"),
    ("Under the treaty, Bolivia commits to assist Peru in response to a natural disaster.", "peru"),
    ("Bolivia remains committed to the fight against drug trafficking and will continue to work with all its "
     "partners, including the Andean Community, to protect its population.", "can"),
    ("Chile also intends to continue to work with regional governments, including Peru.", "peru"),
])
def test_a_partys_own_commitment_to_help_or_work_with_another_is_agree(tmp_path, sentence, target):
    events = wire_events(tmp_path, sentence, ANDES)
    agreed = typed(events, "AGREE")
    assert agreed and target in agreed[0][2], events


@pytest.mark.parametrize("sentence", [
    "Bolivia will not help Peru.",
    "Bolivia may help Peru.",
    "Analysts expect that Bolivia will help Peru.",
    "Morales will help Peru.",
    "Bolivia continues to work with Peru.",
    "Bolivia will develop missiles with Peru.",
    "Bolivia will continue to work to settle the dispute.",
])
def test_a_negated_hedged_forecast_or_bondless_act_is_no_commitment(tmp_path, sentence):
    assert not typed(wire_events(tmp_path, sentence, ANDES), "AGREE")


# ---- ordered_forces.py (guarding tasks), plover.yaml placing "on standby" ----

def test_forces_ordered_to_a_guarding_task_are_put_out(tmp_path):
    parties = {"Joint Command": ("jc", "organization"), "Arce": ("arce", "person"), "La Paz": ("lapaz", "place")}
    events = wire_events(tmp_path, "On 13 July the Joint Command ordered army units to escort the fuel convoys on the "
                                   "main roads from La Paz.", parties)
    assert [(e[0], e[1]) for e in events] == [("MOBILIZE", ["jc"])], events
    assert typed(wire_events(tmp_path, "Arce ordered the police to guard the polling stations in La Paz.", parties),
                 "MOBILIZE")
    assert not typed(wire_events(tmp_path, "Arce did not order the troops to guard the stations.", parties), "MOBILIZE")
    assert not typed(wire_events(tmp_path, "Arce ordered the ministry to protect the forests.", parties), "MOBILIZE")
    assert not typed(wire_events(tmp_path, "Arce ordered troops to withdraw from La Paz.", parties), "MOBILIZE")


def test_soldiers_put_on_standby_are_mobilised(tmp_path):
    events = wire_events(tmp_path, "Arce declared a state of emergency in La Paz and put about 1,000 soldiers on "
                                   "standby.", {"Arce": ("arce", "person"), "La Paz": ("lapaz", "place")})
    assert typed(events, "MOBILIZE") and typed(events, "MOBILIZE")[0][1] == ["arce"], events


# ---- invoked_laws.py, data/invoked_laws.yaml ----

def test_an_exceptional_law_invoked_restricts(tmp_path):
    parties = {"Bolivia": ("bolivia", "country"), "Arce": ("arce", "person"), "La Paz": ("lapaz", "place")}
    events = wire_events(tmp_path, "Prime Minister Arce invoked the National Emergencies Act on Monday, giving his "
                                   "government powers to end the blockades that have paralysed La Paz.", parties)
    assert [(e[0], e[1]) for e in events] == [("COERCE", ["arce"])], events
    assert typed(wire_events(tmp_path, "Bolivia activated emergency powers.", parties), "COERCE")
    assert not typed(wire_events(tmp_path, "Arce invoked international law in his speech.", parties), "COERCE")
    assert not typed(wire_events(tmp_path, "Arce will invoke the Emergencies Act.", parties), "COERCE")
    assert not typed(wire_events(tmp_path, "Arce did not invoke the Emergencies Act.", parties), "COERCE")
