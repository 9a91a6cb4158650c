"""Missed ties, eleventh pass (issue 8, relties11): own sentences from other arenas than the documents that showed the
need (co-leaders, high commissioners, a relative clause on a described name, meetings chaired)."""

from __future__ import annotations

from test_relations import extract

ANDES = {"lopez": ("person", ["Maria Lopez", "Lopez"]), "soto": ("person", ["Pedro Soto", "Soto"]),
         "vega": ("person", ["Raul Vega", "Vega"]), "rivera": ("person", ["Tomas Rivera", "Pablo Rivera"]),
         "union": ("organization", ["Green Union of the Andes", "Green Union"]),
         "chile": ("country", ["Chile", "Chilean"]), "peru": ("country", ["Peru", "Peruvian"]),
         "bolivia": ("country", ["Bolivia", "Bolivian"]), "un": ("organization", ["UN"])}


def test_a_co_leader_leads_the_party():
    _, rels = extract("On Sunday the envoy was received by Maria Lopez, co-leader of the Green Union of the Andes.", ANDES)
    assert ("lopez", "leads", "union") in rels, rels
    _, rels = extract("The Green Union's co-chair, Pedro Soto, received the envoy in Lima.", ANDES)
    assert ("soto", "leads", "union") in rels, rels


def test_a_high_commissioner_serves_the_sender_not_the_host():
    _, rels = extract("Chile's High Commissioner to Peru, Raul Vega, appealed to the public for calm.", ANDES)
    assert ("vega", "member_of", "chile") in rels, rels
    assert ("vega", "member_of", "peru") not in rels, rels


def test_a_high_commissioner_of_a_body_still_serves_the_body():
    _, rels = extract("The UN High Commissioner for Human Rights, Raul Vega, said the law was unjust.", ANDES)
    assert ("vega", "member_of", "un") in rels, rels
