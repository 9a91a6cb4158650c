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


SAME_TITLE = {"turkey": ("country", ["Turkey", "Turkish"]), "ravel": ("person", ["Tomas Ravel"]),
              "erdogan": ("person", ["Recep Tayyip Erdogan"])}
ANKARA = "ANKARA, May 3 (Wire) - Turkey closed its border on Monday. "


def test_a_holder_of_the_same_title_as_the_states_known_head_is_the_other_party():
    """reltitle11: a state has one sitting president; the dictionary's one for Turkey leaves the other to no guess."""
    for sentence in ("President Tomas Ravel held talks with President Recep Tayyip Erdogan.",
                     "President Recep Tayyip Erdogan received President Tomas Ravel in Ankara."):
        _, rels = extract(ANKARA + sentence, SAME_TITLE)
        assert ("erdogan", "leads", "turkey") in rels, rels
        assert ("ravel", "leads", "turkey") not in rels, rels


def test_another_title_or_a_former_holder_leaves_the_guess():
    for sentence in ("Prime Minister Tomas Ravel held talks with President Recep Tayyip Erdogan.",
                     "President Tomas Ravel held talks with former President Recep Tayyip Erdogan."):
        _, rels = extract(ANKARA + sentence, SAME_TITLE)
        assert ("ravel", "leads", "turkey") in rels, rels


def test_a_ranked_title_is_no_same_title():
    for sentence in ("Vice President Tomas Ravel met President Recep Tayyip Erdogan in Ankara.",
                     "The envoy urged President Recep Tayyip Erdogan and First Vice-President Tomas Ravel to talk."):
        _, rels = extract(ANKARA + sentence, SAME_TITLE)
        assert any(s == "ravel" and o == "turkey" for s, p, o in rels), rels     # the story's guess stands
        assert ("erdogan", "leads", "turkey") in rels, rels


VISIT = {"kenya": ("country", ["Kenya", "Kenyan"]), "peru": ("country", ["Peru", "Peruvian"]),
         "ravel": ("person", ["Tomas Ravel"])}
NEW_MINISTER = "Kenya and Peru signed a trade pact in 2020. The year ended with a new Kenyan foreign minister. "


def test_a_title_carried_from_the_sentence_before_is_not_given_to_a_visitor_of_its_state():
    """reltitle11: the state of a holderless "Kenyan foreign minister" is not carried to one who flies to Kenya."""
    _, rels = extract(NEW_MINISTER + "Foreign Minister Tomas Ravel flew to Kenya in March and met the president.",
                      VISIT)
    assert ("ravel", "member_of", "kenya") not in rels, rels
    _, rels = extract(NEW_MINISTER + "Foreign Minister Tomas Ravel flew to Peru in March and met the president.",
                      VISIT)
    assert ("ravel", "member_of", "kenya") in rels, rels
