"""A service title owned by an opening "its" that stands for the sentence before's unnamed service body
(relations/pronoun_service.py): "The army denied it. Its spokesman, X, said ..." serves the state the story makes
plain. Own sentences from arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

MALAWI = {"malawi": ("country", ["Malawi"]), "zambia": ("country", ["Zambia"]),
          "phiri": ("person", ["Kelvin Phiri"])}
OPENING = "LILONGWE, May 3 (Wire) - Soldiers surrounded the state radio station in Malawi's capital on Monday. "


def test_its_spokesman_after_the_army_serves_the_datelines_state():
    _, rels = extract(OPENING + "The army denied any plot. Its spokesman, Major Kelvin Phiri, said the troops had "
                      "returned to barracks.", MALAWI)
    assert ("phiri", "member_of", "malawi") in rels
    _, rels = extract(OPENING + "The police denied firing on the crowd. Its commissioner, Kelvin Phiri, said officers "
                      "had used only tear gas.", MALAWI)
    assert ("phiri", "member_of", "malawi") in rels


def test_its_spokesman_after_no_service_body_serves_no_state():
    _, rels = extract(OPENING + "The company denied any plot. Its spokesman, Kelvin Phiri, said the trucks had "
                      "returned to the depot.", MALAWI)
    assert not any(s == "phiri" for s, _, _ in rels)


def test_its_spokesman_after_a_foreign_states_army_is_not_the_datelines():
    _, rels = extract(OPENING + "Zambia's army denied sending troops. Its spokesman, Kelvin Phiri, said no soldier had "
                      "crossed the border.", MALAWI)
    assert ("phiri", "member_of", "malawi") not in rels


def test_its_spokesman_in_the_middle_of_a_sentence_is_not_read_so():
    _, rels = extract(OPENING + "The army denied any plot, and the company said its spokesman, Kelvin Phiri, would "
                      "speak later.", MALAWI)
    assert ("phiri", "member_of", "malawi") not in rels
