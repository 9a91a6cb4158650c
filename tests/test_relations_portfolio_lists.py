"""A minister's portfolio written as a list before the holder's name (relations/portfolio_lists.py). Own sentences,
arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

NIGER = {"niger": ("country", ["Niger", "Nigeriens"]), "mali": ("country", ["Mali"]),
         "sani": ("person", ["Bakary Sani"]), "niamey": ("place", ["Niamey"])}


def test_the_holder_after_a_list_of_portfolios_holds_the_title():
    text = ("Niger's Minister of Foreign Affairs, Cooperation, Nigeriens Abroad and African Integration, Bakary Sani, "
            "will inform Mali of the decision this week.")
    _, rels = extract(text, NIGER)
    assert ("sani", "member_of", "niger") in rels


def test_a_place_in_the_list_ends_it():
    text = ("Niger's Minister of Foreign Affairs, Niamey, Bakary Sani, will inform Mali of the decision this week.")
    _, rels = extract(text, NIGER)
    assert not any(s == "sani" for s, _, _ in rels)


KOREA = {"korea": ("country", ["Korea"]), "kim": ("person", ["Kim Dae-ho"])}


def test_an_army_chief_of_staff_serves_the_state_the_sentence_before_acts_for():
    text = ("Korea declared martial law on Tuesday. The command, headed by army chief of staff General Kim Dae-ho, "
            "banned all political activity.")
    _, rels = extract(text, KOREA)
    assert ("kim", "member_of", "korea") in rels
