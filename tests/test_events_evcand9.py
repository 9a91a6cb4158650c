"""Events with no candidate, ninth pass (issue 8, evcand9): events/ordered_forces.py reads forces ordered to tighten
security as deployed.

Sentences are our own, written for these tests about arenas outside the development texts (the Andes).
"""

import pytest
from event_fixtures import wire_events

ANDES = {"Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"), "Peru": ("peru", "country"),
         "Arce": ("arce", "person"), "La Paz": ("lapaz", "place")}


@pytest.mark.parametrize("sentence", [
    "Bolivian President Arce ordered the army to tighten security around the refinery on Monday.",
    "Arce ordered the police to step up security at the border crossings with Peru.",
])
def test_forces_ordered_to_tighten_security_are_deployed(tmp_path, sentence):
    events = wire_events(tmp_path, sentence, ANDES)
    assert any(e[0] == "MOBILIZE" and e[1] == ["arce"] for e in events), events


@pytest.mark.parametrize("sentence", [
    "Arce ordered the ministry to tighten the rules on imports from Peru.",
    "Arce ordered the army not to tighten security around the refinery.",
    "Arce ordered the bank to tighten security on its accounts.",
])
def test_no_forces_or_no_security_or_a_negated_order_is_no_deployment(tmp_path, sentence):
    assert not [e for e in wire_events(tmp_path, sentence, ANDES) if e[0] == "MOBILIZE"]
