"""Attacks on a base whose hosts the report names hit the hosted state (irq21, events/hosts.py). Sentences are our
own, from arenas other than the text that showed the need."""

from event_fixtures import extract_events

ACTORS = {"French": ("france", "country"), "France": ("france", "country"), "Niger": ("niger", "country"),
          "Ouallam": ("ouallam", "place"), "Tillaberi": ("tillaberi", "place"), "Mali": ("mali", "country"),
          "Gao": ("gao", "place"), "Somalia": ("somalia", "country"), "Baledogle": ("baledogle", "place"),
          "American": ("united_states", "country"), "Turkish": ("turkey", "country")}


def attacks(tmp_path, body: str) -> list:
    text = "source: own writing, monitor report style\ntitle: Sahel weekly, May 2021\n\n" + body + "\n"
    return [e for e in extract_events(tmp_path, text, ACTORS, "monitor.txt").events if e.type == "ASSAULT"]


def test_an_attack_on_a_base_hosting_a_states_troops_hits_that_state(tmp_path):
    body = ("In May the project recorded eleven attacks on bases hosting French troops in Niger and Mali.\n\n"
            "On 3 May 2021 rockets were fired at Ouallam air base in Tillaberi region. On 5 May 2021 mortar shells "
            "hit Gao garrison.")
    found = attacks(tmp_path, body)
    assert found and all("france" in e.target for e in found), [(e.evidence, e.target) for e in found]


def test_where_troops_are_based_names_the_host(tmp_path):
    body = ("On 3 May 2021 rockets were fired at Baledogle air base in Somalia, where American troops are based.\n\n"
            "On 9 May 2021 rockets were fired at Baledogle again.")
    later = [e for e in attacks(tmp_path, body) if "9 May" in e.evidence]
    assert later and "united_states" in later[0].target, [(e.evidence, e.target) for e in later]


def test_no_host_named_or_two_hosts_leave_the_attack_alone(tmp_path):
    body = "On 3 May 2021 rockets were fired at Ouallam air base in Tillaberi region, Niger."
    assert all("france" not in e.target for e in attacks(tmp_path, body))
    body = ("Attacks on bases hosting French troops and on bases hosting Turkish troops rose in May.\n\n"
            "On 3 May 2021 rockets were fired at Ouallam air base in Tillaberi region.")
    assert all("france" not in e.target and "turkey" not in e.target for e in attacks(tmp_path, body))


def test_a_hosted_force_named_as_a_body_is_the_target(tmp_path):
    actors = {**ACTORS, "Task Force Takuba": ("takuba", "organization"), "Menaka": ("menaka", "place")}
    text = ("source: own writing, monitor report style\ntitle: Sahel weekly, May 2021\n\n"
            "Mortar fire on bases hosting Task Force Takuba troops rose in Mali in May.\n\n"
            "On 3 May 2021 rockets were fired at Menaka air base in Mali.\n")
    found = [e for e in extract_events(tmp_path, text, actors, "monitor.txt").events if e.type == "ASSAULT"]
    assert found and all("takuba" in e.target for e in found), [(e.evidence, e.target) for e in found]
