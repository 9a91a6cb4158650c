"""A territory's head of government (issue 8, reltitle9, relations/territory_heads.py): "Chief Executive X" leads
the territory roles.yaml `national_titles` names for the title, when the document names it; a company's chief
executive does not. Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

MACAU = {"macau": ("country", ["Macau"]), "china": ("country", ["China", "Chinese"]),
         "ho": ("person", ["Ho Wai Man"]), "bank": ("organization", ["Pearl Delta Bank"])}
OPENING = "MACAU, May 2 (Pearl Wire) - Macau and China agreed a new border crossing on Tuesday.\n\n"


def test_a_bare_chief_executive_leads_the_territory_named():
    _, rels = extract(OPENING + "Chief Executive Ho Wai Man said the crossing would open in June.", MACAU,
                      title="New crossing agreed")
    assert ("ho", "leads", "macau") in rels


def test_the_territorys_own_chief_executive_leads_it():
    _, rels = extract(OPENING + "Macau's Chief Executive, Ho Wai Man, said the crossing would open in June.", MACAU,
                      title="New crossing agreed")
    assert ("ho", "leads", "macau") in rels
    assert ("ho", "member_of", "macau") not in rels


def test_a_companys_chief_executive_leads_the_company():
    _, rels = extract(OPENING + "The chief executive of Pearl Delta Bank, Ho Wai Man, said trade would grow.", MACAU,
                      title="New crossing agreed")
    assert ("ho", "leads", "bank") in rels
    assert not any(s == "ho" and o == "macau" for s, _, o in rels)


def test_a_chief_executive_owned_by_a_thing_leads_no_territory():
    _, rels = extract(OPENING + "The bank's chief executive, Ho Wai Man, said trade would grow.", MACAU,
                      title="New crossing agreed")
    assert not any(s == "ho" and o == "macau" for s, _, o in rels)


def test_a_chief_executive_in_a_story_naming_no_such_territory_leads_no_state():
    actors = {"uk": ("country", ["Britain"]), "ho": ("person", ["Ho Wai Man"])}
    text = "LONDON, May 2 (Wire) - Britain's regulator fined a bank on Tuesday.\n\nChief Executive Ho Wai Man said the fine was unfair."
    _, rels = extract(text, actors, title="Bank fined")
    assert not any(s == "ho" and o == "uk" for s, _, o in rels)
