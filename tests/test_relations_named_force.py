"""'The army's spokesman, X' leads the one armed force the document names (relations/named_force.py, issue 8
relrecall3): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"na": ("organization", ["Nigerian Army"]), "nw": ("person", ["Onyema Nwachukwu"]),
          "hamas": ("organization", ["Hamas"]), "saf": ("organization", ["Sudanese Armed Forces"]),
          "rsf": ("organization", ["Rapid Support Forces"]), "lna": ("organization", ["Libyan National Army"])}


def test_the_armys_spokesman_leads_the_named_army():
    _, rels = extract("Soldiers of the Nigerian Army repelled the attack. The army's spokesman, Brigadier General "
                      "Onyema Nwachukwu, said 20 fighters were killed.", ACTORS)
    assert ("nw", "leads", "na") in rels, rels


def test_the_force_may_be_named_after_the_title():
    _, rels = extract("The army's spokesman, Onyema Nwachukwu, said the Sudanese Armed Forces had retaken the "
                      "bridge from the Rapid Support Forces.", ACTORS)
    assert ("nw", "leads", "saf") in rels, rels


def test_no_named_force_or_two_bind_no_one():
    _, rels = extract("Hamas fighters crossed the fence. The army's spokesman, Onyema Nwachukwu, said the attack "
                      "was repelled.", ACTORS)
    assert not {r for r in rels if r[0] == "nw"}, rels
    _, rels = extract("The Libyan National Army and the Sudanese Armed Forces met. The army's spokesman, Onyema "
                      "Nwachukwu, said the talks failed.", ACTORS)
    assert not {r for r in rels if r[0] == "nw" and r[1] == "leads"}, rels
