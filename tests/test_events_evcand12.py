"""Events with no candidate, twelfth pass (issue 8, evcand12): goodwill conveyed (`goodwill.py`, data/goodwill.yaml; the
sympathy's own people no target: `conveyed_messages.behalf_targets`), a recovery wished (the second object the parser
hangs as an apposition, `second_objects.py`), suits filed (data/wire_vocab.yaml `lawsuit`, "filed a claim"), means placed at another's
disposal (plover.yaml `placing`, `disposals.py`), parties and missions authorised (`authorisations.py`), duties
expected of another (`expectations.py`; both read data/authorised_acts.yaml) joint bodies set up between parties
(`joint_bodies.py`, data/joint_bodies.yaml) and checkpoints or roadblocks set up (`checkpoints.py`,
data/checkpoints.yaml).

Sentences are our own, written for these tests about arenas outside the development texts (the Andes, East Africa).
"""

import pytest
from event_fixtures import wire_events

PARTIES = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Bolivia": ("bolivia", "country"),
           "Ecuador": ("ecuador", "country"), "Morales": ("morales", "person"), "Boric": ("boric", "person"),
           "Repsol": ("repsol", "organization"), "Security Council": ("unsc", "organization"),
           "Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"), "Ruto": ("ruto", "person"),
           "Museveni": ("museveni", "person"), "Chilean": ("chile", "country"), "Peruvian": ("peru", "country"),
           "Bolivian": ("bolivia", "country")}


def _typed(tmp_path, sentence, kind):
    return [e for e in wire_events(tmp_path, sentence, PARTIES) if e[0] == kind]


@pytest.mark.parametrize("sentence, kind, source, target", [
    # EXPLAIN_VERBAL "CONVEY * GREETINGS", EXPRESS "* SYMPATHY": goodwill conveyed supports (PLOVER SUPPORT)
    ("Boric telephoned Morales on Tuesday and conveyed the sympathy of the Chilean people to the Bolivian people "
     "for the victims of the floods.", "SUPPORT", "boric", "bolivia"),
    ("On Sunday the envoy of Peru was received by Morales and conveyed to him the greetings of the Peruvian "
     "government.", "SUPPORT", None, "morales"),
    # EXPRESS "* WISH" with a recovery: "recovery" hung as an apposition of the first object
    ("On Tuesday Ruto wished his old friend Museveni a speedy recovery.", "SUPPORT", "ruto", "museveni"),
    ('On Tuesday Ruto wished his "dear friend" a quick recovery.', "SUPPORT", "ruto", None),
    # FILE "* LAWSUIT", "* CLAIM (AGAINST)" [115]: PLOVER ACCUSE allege
    ("Ecuador filed a lawsuit against Peru at the court in The Hague on Tuesday.", "ACCUSE", "ecuador", "peru"),
    ("Bolivia filed a claim against Chile at the arbitration court on Tuesday.", "ACCUSE", "bolivia", "chile"),
    # means placed at another's disposal are aid (PLOVER AID), whose disposal it is the target
    ("On Tuesday Peru placed two field hospitals at the disposal of Bolivia.", "AID", "peru", "bolivia"),
    # authorising a named party to act, or a mission a party leads, approves it (PLOVER SUPPORT)
    ("Ecuador authorised Repsol to build a refinery in March 2019.", "SUPPORT", "ecuador", "repsol"),
    ("The Security Council on Tuesday authorised a security mission led by Kenya.", "SUPPORT", "unsc", "kenya"),
    # a party expected to do its duty is asked to (PLOVER REQUEST)
    ("On Tuesday Peru said it respects the laws of Bolivia, and expects Bolivia to prevent armed groups from "
     "using its soil.", "REQUEST", "peru", "bolivia"),
    ("Chile expects Bolivia not to allow its soil to be used against its neighbours, the minister said on Tuesday.",
     "REQUEST", "chile", "bolivia"),
    # a joint body set up between parties initiates cooperation (PLOVER SUPPORT); for the future, AGREE
    ("In October 2017 Chile and Peru set up a coordination council.", "SUPPORT", "chile", None),
    ("Bolivia formed a bilateral committee with Chile on Tuesday.", "SUPPORT", "bolivia", "chile"),
    # checkpoints set up by a force restrict movement (PLOVER COERCE restrict, "cordoning off areas"); by civilians,
    # a protest (PROTEST obstruct)
    ("Bolivia's police set up checkpoints around the airport on Tuesday.", "COERCE", "bolivia", None),
    ("On Tuesday Bolivian farmers set up roadblocks on the highway to Chile.", "PROTEST", None, None),
])
def test_events_that_had_no_candidate(tmp_path, sentence, kind, source, target):
    events = _typed(tmp_path, sentence, kind)
    assert events, wire_events(tmp_path, sentence, PARTIES)
    assert any((source is None or source in e[1]) and (target is None or target in e[2]) for e in events), events


def test_condolences_conveyed_stay_one_act(tmp_path):
    """ "conveyed the condolences of the people of X": the noun's SUPPORT, once, by the one conveying them."""
    events = _typed(tmp_path, "On Tuesday Boric conveyed the condolences of the Chilean people to Morales.", "SUPPORT")
    assert len(events) == 1 and "boric" in events[0][1], events


@pytest.mark.parametrize("sentence, kind", [
    ("The ambassador of Peru conveyed the message to Bolivia on Tuesday.", "SUPPORT"),     # no goodwill object
    ("Chile conveyed its position on the border to Bolivia on Tuesday.", "SUPPORT"),
    ("Ruto wished to visit Uganda before the election.", "SUPPORT"),                       # no recovery wished
    ("Ruto wished Museveni success in the talks on Tuesday.", "SUPPORT"),
    ("Ecuador laid claim to the islands off Peru in 1950.", "ACCUSE"),                     # a claim to land, not a suit
    # the condolences noun carries its own act: the verb adds none
    ("Boric telephoned Morales on Tuesday and conveyed the condolences of the Chilean people.", "ACCUSE"),
    # greetings conveyed with an invitation: the invitation is the act
    ("On Tuesday the envoy of Peru conveyed the greetings of Morales and an invitation to visit Lima.", "SUPPORT"),
    ("On Tuesday Peru placed its troops near the border with Bolivia.", "AID"),             # no disposal
    ("Ecuador authorised the deployment of 2,000 soldiers to the border with Peru on Tuesday.", "SUPPORT"),
    ("Chile authorised district officials to impose curfews on Tuesday.", "SUPPORT"),       # no named party
    ("Ecuador did not authorise Repsol to build a refinery.", "SUPPORT"),                   # negated
    ("We expect Bolivia to keep importing Peruvian gas for five more years.", "REQUEST"),   # a forecast
    ("Chile expects the fighting in Bolivia to reach the capital within weeks.", "REQUEST"),
    ("Peru expects to sign the agreement with Chile in May.", "REQUEST"),                    # its own plan
    ("Bolivia is expected to prevent the march, the minister said.", "REQUEST"),
    ("The ministry of Peru formed a committee to review the law on Tuesday.", "SUPPORT"),    # a body of its own
    ("Chile and Peru set up a commission of inquiry into the shooting on Tuesday.", "SUPPORT"),  # an inquiry
    ("In 2019 Chile set up a national council for the arts.", "SUPPORT"),
    ("Together Chile and Peru form the Joint Border Commission.", "SUPPORT"),              # a description
    ("The joint commission of Chile and Peru, which was established in 2001, met on Tuesday.", "SUPPORT"),
    ("Bolivia's police set up a committee to review the law on Tuesday.", "COERCE"),       # no barrier
    ("On Tuesday Peru's army built a road to the border with Chile.", "COERCE"),
])
def test_other_senses_are_none(tmp_path, sentence, kind):
    assert not _typed(tmp_path, sentence, kind), wire_events(tmp_path, sentence, PARTIES)


def test_a_true_apposition_is_no_second_object(tmp_path):
    """ "struck Ayacucho, a village in the south": set off by a comma, the apposition describes the object."""
    from foothold.extract.events.second_objects import second_objects
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Ruto wished his old friend a speedy recovery. The army struck Ayacucho, a village in the south.")
    wished = next(t for t in doc if t.lower_ == "friend")
    struck = next(t for t in doc if t.text == "Ayacucho")
    assert [t.lower_ for t in second_objects([wished])] == ["recovery"]
    assert second_objects([struck]) == []
