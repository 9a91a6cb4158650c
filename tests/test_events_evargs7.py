"""A single officer a state body describes acts for the story's state (events/state_officers.py), and a state body
deployed in the passive is its state's deployment (events/deployed_bodies.py), and "his men" are the body he leads
(events/led_men.py), and "the delegation" is the body that sent it (events/sent_bodies.py) -- issue 8, evargs7.
Sentences of our own, about arenas outside the development texts (Georgia, Lesotho, Congo, Haiti)."""

from event_fixtures import WIRE_HEADER, extract_events

ACTORS = {"Georgia": ("georgia", "country"), "Tbilisi": ("tbilisi", "place"), "Giorgi Beridze": ("giorgi_beridze", "person")}


def events(tmp_path, text: str) -> list[tuple]:
    ctx = extract_events(tmp_path, WIRE_HEADER + text, ACTORS, "wire.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_a_police_officer_acts_for_the_storys_state(tmp_path):
    got = events(tmp_path, "Protests spread across Georgia on Sunday. A riot police officer shot a student in "
                           "the leg.\n")
    assert any(t == "ASSAULT" and s == ["georgia"] for t, s, _ in got), got


def test_security_officers_act_for_the_storys_state(tmp_path):
    got = events(tmp_path, "Protests spread across Georgia on Sunday. Security officers detained the opposition "
                           "leader Giorgi Beridze outside his home.\n")
    assert ("COERCE", ["georgia"], ["giorgi_beridze"]) in got, got


def test_the_officer_noun_alone_is_read_by_its_modifiers():
    from foothold.extract.events.state_officers import state_officer
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("A traffic police officer, customs agents and a party officer arrived.")
    assert [state_officer(t) for t in doc if t.lemma_ in ("officer", "agent")] == [True, True, False]


def test_bare_and_army_officers_are_not_the_states(tmp_path):
    got = events(tmp_path, "Protests spread across Georgia on Sunday. Army officers shot a student in the "
                           "leg.\n")
    assert not any(t == "ASSAULT" and s == ["georgia"] for t, s, _ in got), got


DEPLOY_ACTORS = {"Lesotho": ("lesotho", "country"), "Tom Thabane": ("tom_thabane", "person"),
                 "South Africa": ("south_africa", "country")}


def deploy_events(tmp_path, text: str) -> list[tuple]:
    ctx = extract_events(tmp_path, WIRE_HEADER + text, DEPLOY_ACTORS, "wire.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_a_state_body_deployed_in_the_passive_is_its_states_deployment(tmp_path):
    # events/deployed_bodies.py
    got = deploy_events(tmp_path, "Looting spread across Lesotho on Monday. The prime minister said the army had been "
                                  "deployed to protect property.\n")
    assert ("MOBILIZE", ["lesotho"], []) in got, got


def test_a_deployment_in_a_story_of_two_states_names_no_one(tmp_path):
    got = deploy_events(tmp_path, "Riots broke out in Lesotho and in South Africa on Monday. The army was deployed "
                                  "along the frontier.\n")
    assert not any(t == "MOBILIZE" and s for t, s, _ in got), got


def test_a_body_acted_on_in_the_passive_is_not_acting(tmp_path):
    got = deploy_events(tmp_path, "Looting spread across Lesotho on Monday. The army was attacked near the capital.\n")
    assert not any(s == ["lesotho"] for _, s, _ in got), got


MEN_ACTORS = {"Laurent Nkunda": ("laurent_nkunda", "person"), "CNDP": ("cndp", "organization"),
              "Congo": ("congo", "country"), "Goma": ("goma", "place"), "Bosco Ntaganda": ("bosco_ntaganda", "person")}


def men_events(tmp_path, text: str, ties) -> list[tuple]:
    from foothold.model import Relation
    relations = [Relation(s, p, o, "", 0, 0, "test") for s, p, o in ties]
    ctx = extract_events(tmp_path, WIRE_HEADER + text, MEN_ACTORS, "wire.txt", relations)
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_a_leaders_men_are_the_body_he_leads(tmp_path):
    # events/led_men.py
    got = men_events(tmp_path, "Laurent Nkunda, whose CNDP rebels hold the hills, told reporters on Friday that his men "
                               "had shot down a government helicopter near Goma.\n", [("laurent_nkunda", "leads", "cndp")])
    assert any(t == "ASSAULT" and s == ["cndp"] for t, s, _ in got), got


def test_a_leader_of_no_body_keeps_his_men(tmp_path):
    got = men_events(tmp_path, "Laurent Nkunda, whose CNDP rebels hold the hills, told reporters on Friday that his men "
                               "had shot down a government helicopter near Goma.\n", [])
    assert not any(t == "ASSAULT" and s == ["cndp"] for t, s, _ in got), got


def test_a_former_leaders_men_are_not_the_bodys(tmp_path):
    from foothold.model import Relation
    ctx = extract_events(tmp_path, WIRE_HEADER + "Laurent Nkunda, whose CNDP rebels hold the hills, told reporters on "
                         "Friday that his men had shot down a government helicopter near Goma.\n", MEN_ACTORS, "wire.txt",
                         [Relation("laurent_nkunda", "leads", "cndp", "", 0, 0, "test", time="former")])
    assert not any(e.type == "ASSAULT" and e.source == ["cndp"] for e in ctx.events), ctx.events


SENT_ACTORS = {"Organization of American States": ("oas", "organization"), "Haiti": ("haiti", "country"),
               "Port-au-Prince": ("port_au_prince", "place"), "Canada": ("canada", "country"),
               "Jovenel Moise": ("jovenel_moise", "person")}


def sent_events(tmp_path, text: str) -> list[tuple]:
    ctx = extract_events(tmp_path, WIRE_HEADER + text, SENT_ACTORS, "wire.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_the_delegation_is_the_body_that_sent_it(tmp_path):
    # events/sent_bodies.py
    got = sent_events(tmp_path, "A delegation of the Organization of American States arrived in Port-au-Prince on "
                                "Monday and met Jovenel Moise. The delegation urged the government to hold the vote "
                                "on time.\n")
    assert any(t == "REQUEST" and s == ["oas"] for t, s, _ in got), got


def test_a_delegation_of_two_senders_names_no_one(tmp_path):
    got = sent_events(tmp_path, "A delegation of Canada and the Organization of American States arrived in "
                                "Port-au-Prince on Monday. The delegation urged the government to hold the vote on "
                                "time.\n")
    assert not any(t == "REQUEST" and s in (["oas"], ["canada"]) for t, s, _ in got), got


def test_a_delegation_in_an_earlier_paragraph_is_not_read(tmp_path):
    got = sent_events(tmp_path, "A delegation of the Organization of American States arrived in Port-au-Prince on "
                                "Monday.\n\nThe delegation urged the government to hold the vote on time.\n")
    assert not any(t == "REQUEST" and s == ["oas"] for t, s, _ in got), got
