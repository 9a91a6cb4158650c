"""Arrests a state's officer or body reports in the passive are that state's (events/reported_arrests.py), and a
single officer a state body describes acts for the story's state (events/state_officers.py) -- issue 8, evargs7.
Sentences of our own, about arenas outside the development texts (Bolivia, Kazakhstan, Sri Lanka, Georgia)."""

from event_fixtures import WIRE_HEADER, extract_events
from foothold.model import Relation

ACTORS = {
    "Carlos Romero": ("carlos_romero", "person"), "Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"),
    "Kassym-Jomart Tokayev": ("tokayev", "person"), "Kazakhstan": ("kazakhstan", "country"),
    "Kazakh": ("kazakhstan", "country"),
    "Amnesty International": ("amnesty", "organization"), "Sri Lanka": ("sri_lanka", "country"),
    "Georgia": ("georgia", "country"), "Chile": ("chile", "country"), "Tbilisi": ("tbilisi", "place"),
    "Ministry of Internal Affairs": ("georgia_mia", "organization"),
}


def events(tmp_path, text: str, ties=()) -> list[tuple]:
    relations = [Relation(s, p, o, "", 0, 0, "test") for s, p, o in ties]
    ctx = extract_events(tmp_path, WIRE_HEADER + text, ACTORS, "wire.txt", relations)
    return [(e.type, e.source, e.target) for e in ctx.events]


def coerce_sources(got) -> list:
    return [s for t, s, _ in got if t == "COERCE"]


def test_a_ministers_passive_arrests_are_his_states(tmp_path):
    got = events(tmp_path, "Bolivian Government Minister Carlos Romero said 214 people had been arrested in La Paz since "
                           "Monday.\n", [("carlos_romero", "member_of", "bolivia")])
    assert ["bolivia"] in coerce_sources(got), got


def test_a_presidents_second_said_clause(tmp_path):
    got = events(tmp_path, "Kazakh President Kassym-Jomart Tokayev said on Friday that order had been restored and that "
                           "most of the organisers of the unrest had been detained.\n",
                 [("tokayev", "leads", "kazakhstan")])
    assert ["kazakhstan"] in coerce_sources(got), got


def test_a_state_bodys_report(tmp_path):
    got = events(tmp_path, "Georgia's Ministry of Internal Affairs said 37 protesters were detained outside parliament in "
                           "Tbilisi.\n", [("georgia_mia", "part_of", "georgia")])
    assert ["georgia"] in coerce_sources(got), got


def test_an_unnamed_ministry_in_a_one_state_story(tmp_path):
    got = events(tmp_path, "Protests spread across Sri Lanka on Tuesday. The defence ministry said 45 people had "
                           "been arrested for breaking the curfew.\n")
    assert ["sri_lanka"] in coerce_sources(got), got


def test_a_count_retelling_the_paragraphs_roundup_is_no_second_arrest(tmp_path):
    got = events(tmp_path, "Bolivian police said on Monday that 12 men who had attacked the election office were "
                           "arrested by Bolivian police. Bolivian Government Minister Carlos Romero said 214 people had "
                           "been arrested in La Paz since Sunday.\n", [("carlos_romero", "member_of", "bolivia")])
    assert coerce_sources(got).count(["bolivia"]) == 1, got


def test_nationals_detained_abroad_are_not_the_reporters_arrest(tmp_path):
    got = events(tmp_path, "Bolivian Government Minister Carlos Romero said two Bolivian lorry drivers had been "
                           "detained in Chile.\n", [("carlos_romero", "member_of", "bolivia")])
    assert not any(s == ["bolivia"] for s in coerce_sources(got)), got


def test_a_rights_groups_report_names_no_arrester(tmp_path):
    got = events(tmp_path, "Amnesty International said 30 activists had been detained.\n")
    assert not any("amnesty" in s for s in coerce_sources(got)), got


def test_a_killing_is_not_the_reporters(tmp_path):
    got = events(tmp_path, "Bolivian Government Minister Carlos Romero said three people had been killed in La Paz.\n",
                 [("carlos_romero", "member_of", "bolivia")])
    assert not any(t == "ASSAULT" and s == ["bolivia"] for t, s, _ in got), got


def test_an_arrest_with_its_own_agent(tmp_path):
    got = events(tmp_path, "Bolivian Government Minister Carlos Romero said two officials had been detained by protesters in "
                           "La Paz.\n", [("carlos_romero", "member_of", "bolivia")])
    assert not any(s == ["bolivia"] for s in coerce_sources(got)), got


def test_a_police_officer_acts_for_the_storys_state(tmp_path):
    got = events(tmp_path, "Protests spread across Georgia on Sunday. A riot police officer shot a student in "
                           "the leg.\n")
    assert any(t == "ASSAULT" and s == ["georgia"] for t, s, _ in got), got


def test_bare_and_army_officers_are_not_the_states(tmp_path):
    got = events(tmp_path, "Protests spread across Georgia on Sunday. Army officers shot a student in the "
                           "leg.\n")
    assert not any(t == "ASSAULT" and s == ["georgia"] for t, s, _ in got), got


HIT_ACTORS = {"Peru": ("peru", "country"), "Arequipa": ("arequipa", "place"), "Juan Quispe": ("juan_quispe", "person"),
              "Rosa Mamani": ("rosa_mamani", "person"), "Ana Flores": ("ana_flores", "person")}


def hit_events(tmp_path, text: str) -> list[tuple]:
    ctx = extract_events(tmp_path, WIRE_HEADER + text, HIT_ACTORS, "wire.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_fire_opened_on_a_car_carrying_named_people(tmp_path):
    # events/hit_through.py: the party inside the phrase a multi-word trigger aims at through its preposition
    got = hit_events(tmp_path, "Unidentified men opened fire on a car carrying the journalists Rosa Mamani and Ana "
                               "Flores near Arequipa, wounding both.\n")
    assert ("ASSAULT", [], ["rosa_mamani", "ana_flores"]) in got, got


def test_a_scene_is_no_target(tmp_path):
    got = hit_events(tmp_path, "Unidentified men opened fire on a market in Arequipa on Tuesday.\n")
    assert not any(t == "ASSAULT" and "arequipa" in tg for t, _, tg in got), got


def test_a_friendly_act_does_not_aim_through(tmp_path):
    from foothold.extract.events.hit_through import aimed_through
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("Volunteers paid a visit to a clinic run by Juan Quispe.")
    assert aimed_through(doc[1], "CONSULT") == []
    doc = load_nlp()("Gunmen opened fire on a clinic run by Juan Quispe.")
    assert [t.text for t in aimed_through(doc[1], "ASSAULT")] == ["clinic"]
