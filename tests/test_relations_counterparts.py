"""A bare-titled holder facing another state's holder is not held in that state (relations/counterparts.py, issue 8
relrecall3): own sentences from other arenas."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"jordan": ("country", ["Jordan", "Jordanian"]), "macron": ("person", ["Emmanuel Macron"]),
          "abdullah": ("person", ["Abdullah"]), "safadi": ("person", ["Ayman Safadi"]),
          "khasawneh": ("person", ["Bisher al-Khasawneh"])}


def test_condolences_to_another_states_king_tie_the_sender_to_no_state():
    _, rels = extract("President Emmanuel Macron sent condolences to King Abdullah of Jordan after the attack.",
                      ACTORS, title="Jordan mourns the victims of the attack")
    assert ("abdullah", "leads", "jordan") in rels, rels
    assert ("macron", "leads", "jordan") not in rels, rels


def test_a_demonym_on_the_other_party_counts_too():
    _, rels = extract("President Emmanuel Macron spoke with Jordanian King Abdullah on Tuesday.",
                      ACTORS, title="Jordan mourns the victims of the attack")
    assert ("macron", "leads", "jordan") not in rels, rels


def test_without_another_party_of_the_state_the_story_guess_stands():
    _, rels = extract("Jordan closed its border on Monday. President Emmanuel Macron said the attack was a crime.",
                      ACTORS)
    assert ("macron", "leads", "jordan") in rels, rels
    _, rels = extract("Jordan closed its border on Monday. President Emmanuel Macron said the attack was a crime, "
                      "in a call to King Abdullah of Jordan.", ACTORS)
    assert ("macron", "leads", "jordan") not in rels, rels


def test_the_states_own_king_keeps_his_tie():
    _, rels = extract("Jordan closed its border on Monday. Jordanian King Abdullah and Prime Minister Bisher "
                      "al-Khasawneh met the envoys in Amman.", ACTORS)
    assert ("abdullah", "leads", "jordan") in rels, rels
