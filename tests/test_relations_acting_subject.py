"""The acting subject of the sentence before a bare service title (relations/acting_subject.py): a state the parser
left as the root after a relative clause, a capital standing for its state. Own sentences, arenas outside the tuning
documents."""

from __future__ import annotations

from test_relations import extract


def test_a_state_left_as_the_root_after_its_relative_clause_holds_the_spokesman():
    actors = {"kenya": ("country", ["Kenya"]), "mwangi": ("person", ["Peter Mwangi"])}
    _, rels = extract("Kenya, which hosts the talks, called for calm in the region. Foreign ministry spokesman "
                      "Peter Mwangi said the talks would resume in May.", actors)
    assert ("mwangi", "member_of", "kenya") in rels


def test_a_capital_acting_as_subject_stands_for_its_state():
    actors = {"egypt": ("country", ["Egypt"]), "cairo": ("place", ["Cairo"]),
              "hafez": ("person", ["Ahmed Hafez"])}
    _, rels = extract("Cairo stayed silent for two days. Foreign ministry spokesman Ahmed Hafez said Egypt "
                      "would not take sides.", actors)
    assert ("hafez", "member_of", "egypt") in rels


def test_a_capital_only_acted_on_holds_no_one():
    actors = {"afghanistan": ("country", ["Afghanistan"]), "kabul": ("place", ["Kabul"]),
              "noor": ("person", ["Sami Noor"])}
    _, rels = extract("Rebels shelled Kabul on Monday. Army spokesman Sami Noor said the patrols in Afghanistan "
                      "would go on.", actors)
    assert not any(s == "noor" for s, _, _ in rels)


def test_a_city_that_is_no_capital_stands_for_no_state():
    actors = {"kenya": ("country", ["Kenya"]), "mombasa": ("place", ["Mombasa"]),
              "otieno": ("person", ["James Otieno"])}
    _, rels = extract("Mombasa stayed calm on Monday. Police spokesman James Otieno said Kenya's ports were open.",
                      actors)
    assert ("otieno", "member_of", "kenya") not in rels


def test_two_states_as_subjects_hold_no_spokesman():
    actors = {"chad": ("country", ["Chad"]), "niger": ("country", ["Niger"]), "issa": ("person", ["Moussa Issa"])}
    _, rels = extract("Chad, which hosts the refugees, and Niger called for calm. Army spokesman Moussa Issa said "
                      "the border would reopen.", actors)
    assert not any(s == "issa" for s, _, _ in rels)
