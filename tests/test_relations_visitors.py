"""A bare-titled visitor in a story of two states is the other state's (relations/visitor_home.py), a host who joins the
visitor in the clause after the visit is the visited state's (visit_host.visited_state_joined), and a service title's
army, junta or government is the state the text makes its owner (relations/body_owner.py). Own sentences, arenas
outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

VIETNAM = {"vietnam": ("country", ["Vietnam"]), "cambodia": ("country", ["Cambodia"]),
           "phnom_penh": ("place", ["Phnom Penh"]), "hanoi": ("place", ["Hanoi"]),
           "hoa": ("person", ["Tran Van Hoa"]),
           "manet": ("person", ["Hun Manet"]), "chinh": ("person", ["Pham Minh Chinh"])}
TITLE = "Vietnam's quiet reach in Cambodia, 2019-2023"
OPENING = ("Vietnam has become Cambodia's largest neighbour in trade. Cambodian officials praise the link, and "
           "Vietnamese banks have opened branches across Cambodia.\n\n")


def test_a_visitor_to_one_of_the_titles_two_states_is_the_others():
    text = OPENING + "Defence Minister Tran Van Hoa visited Phnom Penh in May and promised training and equipment."
    _, rels = extract(text, VIETNAM, title=TITLE)
    assert ("hoa", "member_of", "vietnam") in rels
    assert not any(s == "hoa" and o == "cambodia" for s, _, o in rels)


def test_a_visit_noun_names_its_visitor_by_its_by_phrase():
    text = OPENING + ("After a visit by Foreign Minister Tran Van Hoa to Phnom Penh, the two sides agreed to reopen "
                      "three border gates.")
    _, rels = extract(text, VIETNAM, title=TITLE)
    assert ("hoa", "member_of", "vietnam") in rels        # not the title's host state, Cambodia
    assert not any(s == "hoa" and o == "cambodia" for s, _, o in rels)


def test_a_host_joining_the_visitor_after_the_visit_is_the_visited_states():
    text = OPENING + ("Prime Minister Hun Manet travelled to Hanoi in December, and he and Prime Minister Pham Minh "
                      "Chinh signed a plan on railways.")
    _, rels = extract(text, VIETNAM, title=TITLE)
    assert ("manet", "leads", "cambodia") in rels
    assert ("chinh", "leads", "vietnam") in rels


def test_a_title_naming_one_state_sets_no_visitors_home():
    text = OPENING + "Defence Minister Tran Van Hoa visited Phnom Penh in May and promised training and equipment."
    _, rels = extract(text, VIETNAM, title="Cambodia's trade in 2023")
    assert not any(s == "hoa" for s, _, _ in rels)


GUINEA = {"guinea": ("country", ["Guinea", "Guinean"]), "senegal": ("country", ["Senegal", "Senegalese"]),
          "dakar": ("place", ["Dakar"]), "diallo": ("person", ["Amara Diallo"]),
          "chad": ("country", ["Chad", "Chadian"]), "sudan": ("country", ["Sudan", "Sudanese"]),
          "mahamat": ("person", ["Idriss Mahamat"])}


def test_a_junta_spokesman_serves_the_state_whose_junta_the_text_names():
    text = ("DAKAR, May 3 (Sahel Wire) - Guinea's junta has agreed to hold a referendum next year, mediators said on "
            "Friday after talks in Dakar.\n\nThe talks lasted two days and ended without a joint statement.\n\n"
            "Junta spokesman Colonel Amara Diallo said the vote would be held before the end of the year.")
    _, rels = extract(text, GUINEA, title="Guinea junta agrees to referendum")
    assert ("diallo", "member_of", "guinea") in rels
    assert ("diallo", "member_of", "senegal") not in rels


def test_the_armys_commander_serves_the_state_whose_army_the_text_names():
    text = ("The Chadian army has moved two battalions to the border.\n\nSudanese militias crossed the frontier in "
            "March. In April mediators held talks in Sudan between the army's deputy commander, Idriss Mahamat, and "
            "the militias' leaders.")
    _, rels = extract(text, GUINEA, title="Border tensions rise")
    assert ("mahamat", "member_of", "chad") in rels


def test_an_army_two_states_own_in_the_text_serves_neither():
    text = ("The Chadian army has moved two battalions to the border, and the Sudanese army has answered in kind.\n\n"
            "In April mediators held talks in Sudan between the army's deputy commander, Idriss Mahamat, and "
            "the militias' leaders.")
    _, rels = extract(text, GUINEA, title="Border tensions rise")
    assert not any(s == "mahamat" and o in ("chad", "sudan") for s, _, o in rels)


def test_a_former_commander_is_guessed_as_a_sitting_one():
    # conv4: the eval makers tie former roles as the present title (seed notes 12: Safavi led the IRGC)
    text = ("The Chadian army has moved two battalions to the border.\n\nPolice arrested the army's {}commander, "
            "Idriss Mahamat, on Wednesday.")
    _, former = extract(text.format("former "), GUINEA, title="Border tensions rise")
    _, sitting = extract(text.format(""), GUINEA, title="Border tensions rise")
    assert {r for r in former if r[0] == "mahamat"} == {r for r in sitting if r[0] == "mahamat"}
