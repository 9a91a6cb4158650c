"""A bare head's or minister's state in a story of several states that is mostly one state's (relations/
salient_state.py), and Phoenix office holders listed with a government sector (relations/known.py). Own sentences,
arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.salient_state import portfolio

BOLIVIA = {"bolivia": ("country", ["Bolivia", "Bolivian", "Bolivia's"]), "chile": ("country", ["Chile", "Chilean"]),
           "rojas": ("person", ["Carlos Rojas"]), "flores": ("person", ["Ana Flores"])}
TITLE = "Bolivian miners' strike enters its second week"
STORY = ("Bolivian miners blocked the roads around Potosi on Monday. Unions across Bolivia called a march for Thursday, "
         "and Bolivian teachers said they would join it. Chile said the blockade had stranded its trucks at the "
         "Bolivian border. ")


def test_the_state_the_story_is_mostly_about_holds_a_minister():
    _, rels = extract(STORY + "Mining Minister Carlos Rojas said the government would not negotiate under pressure.",
                      BOLIVIA, title=TITLE)
    assert ("rojas", "member_of", "bolivia") in rels and ("rojas", "member_of", "chile") not in rels


def test_a_title_naming_no_state_holds_no_one():
    _, rels = extract(STORY + "Mining Minister Carlos Rojas said the government would not negotiate under pressure.",
                      BOLIVIA, title="Strikes across the Andes enter a second week")
    assert not any(s == "rojas" for s, _, _ in rels)


def test_a_title_naming_two_states_holds_no_one():
    _, rels = extract(STORY + "Mining Minister Carlos Rojas said the government would not negotiate under pressure.",
                      BOLIVIA, title="Trucks from Chile stranded by a strike at the Bolivian border")
    assert not any(s == "rojas" for s, _, _ in rels)


def test_the_one_state_a_text_names_holds_a_minister_when_the_title_names_it():
    text = ("Gunmen seized forty pupils near Kaduna on Thursday. Information Minister Carlos Rojas said the government "
            "would not pay a ransom.")
    actors = {"bolivia": ("country", ["Bolivia"]), "rojas": ("person", ["Carlos Rojas"])}
    _, rels = extract(text.replace("Kaduna", "Bolivia"), actors, title="Bolivia security digest, 4-10 March")
    assert ("rojas", "member_of", "bolivia") in rels


def test_another_state_named_before_the_title_holds_no_one():
    _, rels = extract(STORY + "After talks with Chile, Mining Minister Carlos Rojas said the roads would reopen.",
                      BOLIVIA, title=TITLE)
    assert not any(s == "rojas" for s, _, _ in rels)


def test_a_story_two_states_share_evenly_holds_no_one():
    story = ("Chilean truckers blocked the border on Monday. Chile said the Bolivian blockade had stranded its trucks, "
             "and Chilean exporters lost a week. Bolivian miners kept the roads shut. ")
    _, rels = extract(story + "Mining Minister Carlos Rojas said the government would not negotiate under pressure.",
                      BOLIVIA, title=TITLE)
    assert not any(s == "rojas" for s, _, _ in rels)


def test_a_portfolio_the_state_already_has_a_holder_for_is_anothers():
    text = (STORY + "Defence Minister Ana Flores of Bolivia said the army would not be used. Defense Secretary "
            "Carlos Rojas said the strike was an internal matter.")
    _, rels = extract(text, BOLIVIA, title=TITLE)
    assert ("flores", "member_of", "bolivia") in rels and ("rojas", "member_of", "bolivia") not in rels


def test_portfolio_words_ignore_spelling_and_ranks():
    assert portfolio("Defence Minister") == portfolio("Defense Secretary") == frozenset({"defense"})
    assert portfolio("Deputy Defence Minister") == frozenset()
    assert portfolio("Minister of State for Foreign Affairs") == frozenset()


EGYPT = {"egypt": ("country", ["Egypt"]), "turkey": ("country", ["Turkey"]),
         "mohieldin": ("person", ["Mahmoud Mohieldin"]), "nadim": ("person", ["Karim Nadim"])}


def test_a_holder_the_dictionary_lists_in_a_government_sector_serves_that_state():
    # Phoenix lists Mahmoud Mohieldin as EGY GOVBUS (a government post in the economy sector) from 2004
    _, rels = extract("Egypt and Turkey opened trade talks in Ankara on Monday. Investment Minister Mahmoud Mohieldin "
                      "said tariffs would fall.", EGYPT)
    assert ("mohieldin", "member_of", "egypt") in rels and ("mohieldin", "member_of", "turkey") not in rels


def test_a_holder_the_dictionary_does_not_list_stays_unplaced():
    _, rels = extract("Egypt and Turkey opened trade talks in Ankara on Monday. Investment Minister Karim Nadim "
                      "said tariffs would fall.", EGYPT)
    assert not any(s == "nadim" for s, _, _ in rels)


# Two holders of one title joined by "and" serve two states (relations/paired_titles.py).

PAIR = {"ghana": ("country", ["Ghana", "Ghanaian"]), "togo": ("country", ["Togo"]),
        "mensah": ("person", ["Kofi Mensah"]), "agbo": ("person", ["Yao Agbo"])}


def test_a_second_holder_of_the_same_title_is_not_carried_into_the_first_ones_state():
    _, rels = extract("Ghanaian Foreign Minister Kofi Mensah and Foreign Minister Yao Agbo signed the border accord.",
                      PAIR)
    assert ("mensah", "member_of", "ghana") in rels and ("agbo", "member_of", "ghana") not in rels


def test_another_title_joined_by_and_is_still_carried():
    _, rels = extract("Ghanaian President Kofi Mensah and Foreign Minister Yao Agbo signed the border accord.", PAIR)
    assert ("mensah", "leads", "ghana") in rels and ("agbo", "member_of", "ghana") in rels


# "The government of X" acting in the sentence before holds a service title (story_state.acting_state_before).

def test_a_government_of_a_state_acting_before_holds_its_spokesman():
    _, rels = extract("Ghana and Togo met in Lome. The government of Ghana rejected the border plan on Monday. "
                      "Government spokesman Kofi Mensah said the map was wrong.", PAIR)
    assert ("mensah", "member_of", "ghana") in rels and ("mensah", "member_of", "togo") not in rels


def test_a_presidential_spokesman_is_a_service_title():
    _, rels = extract("Ghana and Togo met in Lome. The government of Ghana rejected the border plan on Monday. "
                      "Presidential spokesman Kofi Mensah said the map was wrong.", PAIR)
    assert ("mensah", "member_of", "ghana") in rels


# A state acting in the sentence before outranks the dateline's, within one paragraph (relations/dateline_rival.py).

EAST = {"kenya": ("country", ["Kenya"]), "uganda": ("country", ["Uganda"]),
        "nairobi": ("place", ["NAIROBI", "Nairobi"]), "kampala": ("place", ["Kampala"]),
        "okello": ("person", ["Peter Okello"])}
LEAD = "NAIROBI, May 2 (Lake Wire) - Kenya said troops from Uganda had crossed the border near Busia on Sunday.\n\n"


def test_the_state_acting_just_before_holds_the_minister_not_the_dateline():
    _, rels = extract(LEAD + "Uganda denied that its soldiers had entered Kenya. Defence Minister Peter Okello "
                      "told state radio that Kampala had sent no troops.", EAST)
    assert ("okello", "member_of", "uganda") in rels and ("okello", "member_of", "kenya") not in rels


def test_a_new_paragraph_falls_back_to_the_dateline():
    _, rels = extract(LEAD + "Uganda denied that its soldiers had entered Kenya.\n\nDefence Minister Peter "
                      "Okello said the army would stay on alert.", EAST)
    assert ("okello", "member_of", "uganda") not in rels


# A service title in a sentence whose earlier head was placed in a state serves that state (story_state.plain_state).

def test_an_army_chief_at_a_heads_ceremony_serves_the_heads_state():
    actors = {"ghana": ("country", ["Ghana"]), "togo": ("country", ["Togo"]), "mensah": ("person", ["Kofi Mensah"]),
              "agbo": ("person", ["Yao Agbo"])}
    _, rels = extract("Togo sent a delegation to the inauguration. President Kofi Mensah of Ghana took the oath in "
                      "a ceremony attended by army chief General Yao Agbo and by foreign diplomats.", actors)
    assert ("mensah", "leads", "ghana") in rels and ("agbo", "member_of", "ghana") in rels


# A title setting its one state abroad ("Kenya in Jubaland") makes it no home of bare heads (relations/guest_frame.py).

GUEST = {"ghana": ("country", ["Ghana"]), "togo": ("country", ["Togo"]), "mensah": ("person", ["Kofi Mensah"])}


def test_a_guest_title_state_is_no_home_for_a_bare_head():
    text = "Ghana's traders crossed into the Volta region. President Kofi Mensah said the border would stay open."
    _, rels = extract(text, GUEST, title="Ghana in the Volta borderlands: traders and troops")
    assert not any(s == "mensah" for s, _, _ in rels)
    _, rels = extract(text, GUEST, title="Ghana opens the Volta border to traders")
    assert ("mensah", "leads", "ghana") in rels
    _, rels = extract(text, GUEST, title="Ghana: traders stranded in the Volta borderlands")
    assert ("mensah", "leads", "ghana") in rels


# The host a visitor meets serves the state visited (relations/visit_host.py).

VISIT = {"ghana": ("country", ["Ghana", "Ghanaian"]), "togo": ("country", ["Togo"]), "lome": ("place", ["Lome"]),
         "mensah": ("person", ["Kofi Mensah"]), "agbo": ("person", ["Yao Agbo"])}


def test_the_head_a_visitor_meets_serves_the_state_visited():
    _, rels = extract("Togo and Ghana signed a trade pact in May. Ghanaian Foreign Minister Kofi Mensah visits Lome and "
                      "meets Prime Minister Yao Agbo.", VISIT)
    assert ("mensah", "member_of", "ghana") in rels and ("agbo", "leads", "togo") in rels
    assert ("agbo", "leads", "ghana") not in rels


def test_a_head_met_without_a_visit_stays_unplaced():
    _, rels = extract("Ghana and Togo opened talks. Foreign Minister Kofi Mensah met Prime Minister Yao Agbo in a "
                      "hotel.", VISIT)
    assert not any(s == "agbo" for s, _, _ in rels)


def test_an_official_the_state_receives_is_anothers():
    text = ("Unions across Bolivia called a march for Thursday. Bolivian miners kept the roads shut. Bolivian teachers "
            "joined them. The Bolivian government received Mining Minister Carlos Rojas on Monday.")
    _, rels = extract(text, BOLIVIA, title=TITLE)
    assert not any(s == "rojas" for s, _, _ in rels)


def test_a_text_speaking_as_we_holds_no_one_by_its_topic():
    text = (STORY + "We call on all sides to reopen the roads, and our embassy stands ready to help. Mining Minister "
            "Carlos Rojas said the government would not negotiate under pressure.")
    _, rels = extract(text, BOLIVIA, title=TITLE)
    assert ("rojas", "member_of", "bolivia") not in rels
