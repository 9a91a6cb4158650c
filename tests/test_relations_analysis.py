"""Relations told in analysis prose (issue 8): who takes command of a body leads it (relations/verbs.py)."""

from __future__ import annotations

from test_relations import extract


def test_taking_command_of_a_body_is_leading_it():
    actors = {"hamid": ("person", ["Khalid al-Hamid"]), "psf": ("organization", ["Peninsula Shield Force"])}
    _, rels = extract("In 2019 Khalid al-Hamid took command of the Peninsula Shield Force.", actors)
    assert ("hamid", "leads", "psf") in rels
    actors = {"khalil": ("person", ["Ahmed Khalil"]), "gam": ("organization", ["Free Aceh Movement"])}
    _, rels = extract("In 2015 Ahmed Khalil took over the leadership of the Free Aceh Movement.", actors)
    assert ("khalil", "leads", "gam") in rels
    _, rels = extract("In 2015 Ahmed Khalil assumed the leadership of the Free Aceh Movement.", actors)
    assert ("khalil", "leads", "gam") in rels


def test_taking_other_things_of_a_body_is_no_lead():
    actors = {"khalil": ("person", ["Ahmed Khalil"]), "gam": ("organization", ["Free Aceh Movement"])}
    _, rels = extract("In 2015 Ahmed Khalil took photographs of the Free Aceh Movement.", actors)
    assert ("khalil", "leads", "gam") not in rels
    _, rels = extract("Ahmed Khalil may take command of the Free Aceh Movement next year.", actors)
    assert ("khalil", "leads", "gam") not in rels
