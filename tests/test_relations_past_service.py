"""A title told by a past-tense who-clause on its holder takes no other person's state nor the story's guess
(relations/past_service.py): the
state of another head named just before is not carried to him. Own sentences from arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

ACTORS = {"zambia": ("country", ["Zambia"]), "malawi": ("country", ["Malawi"]), "banda": ("person", ["Peter Banda"]),
          "phiri": ("person", ["Joseph Phiri"]), "mwale": ("person", ["Grace Mwale"])}
OPENING = ("LUSAKA, Aug 14 (Wire) - Zambia's former president Peter Banda on Monday rejected the result of the vote, "
           "which returned President Grace Mwale for a second term.\n\nObservers from the regional bloc, led by "
           "former Malawi president Joseph Phiri, said the vote had been credible.\n\n")


def test_a_past_service_clause_takes_no_state_of_another_former_head():
    for clause in ("who served as president from 2011 to 2016", "who was president from 2011 to 2016",
                   "who had served as president until 2016"):
        _, rels = extract(OPENING + "Banda, " + clause + ", also lost to Mwale in 2021.", ACTORS)
        assert ("banda", "leads", "malawi") not in rels, clause
        assert ("phiri", "leads", "malawi") in rels and ("banda", "leads", "zambia") in rels, clause


def test_a_present_perfect_clause_is_still_carried():
    _, rels = extract(OPENING + "Banda, who has served as president since 2016, also lost to Mwale in 2021.", ACTORS)
    assert ("banda", "leads", "malawi") in rels
