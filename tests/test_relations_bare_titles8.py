"""Bare titles, eighth pass (issue 8, reltitle8): a city's state found under the name the text gives its country
(relations/country_names.py), a title owned by a thing that is no state (relations/owned_titles.py), a capital
before the title putting its state in play (state_before.capitals_before), a bare service title in a story of one
state (relations/service_home.py), a former head in a wire sentence naming no state (former_heads.py), and a head acted on in a
story of one state's doings in another (TitleRelations.head_acted_on). Own sentences, arenas outside the tuning
documents."""

from __future__ import annotations

from test_relations import extract

from foothold.extract.relations.country_names import country_name_forms
from foothold.resolve.names import normalise_name


def test_a_gazetteer_country_has_the_names_countries_yaml_gives_it():
    assert normalise_name("Czech Republic") in country_name_forms("Czechia")
    assert normalise_name("Côte d'Ivoire") in country_name_forms("Ivory Coast")
    assert country_name_forms("Nowhere Land") == frozenset({normalise_name("Nowhere Land")})


IVORY = {"civ": ("country", ["Côte d'Ivoire", "Ivorian"]), "ghana": ("country", ["Ghana"]),
         "kone": ("person", ["Awa Kone"])}
IVORY_TEXT = ("ABIDJAN, 3 May 2023 (Lagoon Wire) - Côte d'Ivoire and Ghana signed a cocoa pricing accord on Tuesday."
              "\n\nPrime Minister Awa Kone said the accord would lift farmers' incomes.")


def test_a_dateline_city_finds_its_state_under_the_name_the_text_gives_it():
    # the gazetteer calls Abidjan's country "Ivory Coast"; the text and its actor say "Côte d'Ivoire"
    _, rels = extract(IVORY_TEXT, IVORY, title="Cocoa producers agree on a floor price")
    assert ("kone", "leads", "civ") in rels
    assert ("kone", "leads", "ghana") not in rels


SWEDEN = {"sweden": ("country", ["Sweden", "Swedish"]), "lind": ("person", ["Maria Lind"]),
          "berg": ("person", ["Karin Berg"])}
SWEDEN_OPENING = "STOCKHOLM, March 3 (Nordic Wire) - Students occupied a campus building in Sweden's capital on Monday.\n\n"


def test_a_title_owned_by_a_university_takes_no_storys_state():
    text = SWEDEN_OPENING + "The club's vice-president, Maria Lind, asked the police to stay off the pitch."
    _, rels = extract(text, SWEDEN, title="Students occupy campus in Stockholm")
    assert not any(s == "lind" and o == "sweden" for s, _, o in rels)


def test_a_title_owned_by_a_club_takes_no_storys_state():
    text = SWEDEN_OPENING + "The university's president, Maria Lind, asked the police to stay off the campus."
    _, rels = extract(text, SWEDEN, title="Students occupy campus in Stockholm")
    assert not any(s == "lind" and o == "sweden" for s, _, o in rels)


def test_a_title_owned_by_the_country_keeps_the_storys_state():
    text = SWEDEN_OPENING + "The country's prime minister, Karin Berg, asked the students to leave the building."
    _, rels = extract(text, SWEDEN, title="Students occupy campus in Stockholm")
    assert ("berg", "leads", "sweden") in rels


def test_a_title_owned_by_a_region_takes_no_storys_state():
    text = SWEDEN_OPENING + "The region's interior minister, Maria Lind, said the police would not intervene."
    _, rels = extract(text, SWEDEN, title="Students occupy campus in Stockholm")
    assert not any(s == "lind" and o == "sweden" for s, _, o in rels)


PERU = {"peru": ("country", ["Peru"]), "chile": ("country", ["Chile"]), "lima": ("place", ["Lima"]),
        "soto": ("person", ["Ana Soto"])}
PERU_OPENING = "Peru and Chile have argued over their sea border for decades.\n\n"


def test_a_capital_before_the_title_puts_its_state_in_play():
    text = PERU_OPENING + ("Chile's navy seized a fishing boat on Monday. Lima insists that the boat was in its own "
                           "waters, and Foreign Minister Ana Soto demanded its release.")
    _, rels = extract(text, PERU, title="A sea border quarrel")
    assert ("soto", "member_of", "chile") not in rels


def test_with_no_capital_before_the_title_the_state_acting_before_holds_it():
    text = PERU_OPENING + ("Chile's navy seized a fishing boat on Monday. Foreign Minister Ana Soto said the boat had "
                           "been fishing illegally.")
    _, rels = extract(text, PERU, title="A sea border quarrel")
    assert ("soto", "member_of", "chile") in rels


ZAMBIA = {"zambia": ("country", ["Zambia"]), "malawi": ("country", ["Malawi", "Malawian"]),
          "lusaka": ("place", ["Lusaka"]), "banda": ("person", ["John Banda"])}
ZAMBIA_TITLE = "Zambia: protests and arrests, 1-15 May 2024 (Southern Rights Monitor)"
ZAMBIA_OPENING = "The monitor records arrests and protests in Zambia around the fuel price rise.\n\n"


def test_a_bare_service_title_in_a_one_state_monitor_serves_that_state():
    text = ZAMBIA_OPENING + ("3 May 2024 - Police detained 40 protesters in Lusaka. The inspector-general of police, "
                             "John Banda, said the march had been illegal.\n\n9 May 2024 - Malawian police detained "
                             "two activists at a border post.")
    _, rels = extract(text, ZAMBIA, title=ZAMBIA_TITLE)
    assert ("banda", "member_of", "zambia") in rels
    assert ("banda", "member_of", "malawi") not in rels     # another state's police named later owns no title


def test_a_bare_service_title_after_another_state_is_named_takes_no_title_state():
    text = ZAMBIA_OPENING + ("3 May 2024 - Malawian police detained 40 traders at the border. The inspector-general "
                             "of police, John Banda, said the traders had been smuggling maize.\n\n9 May 2024 - "
                             "Police detained two activists in Lusaka.")
    _, rels = extract(text, ZAMBIA, title=ZAMBIA_TITLE)
    assert ("banda", "member_of", "zambia") not in rels


CHILE = {"chile": ("country", ["Chile", "Chilean"]), "argentina": ("country", ["Argentina"]),
         "rojas": ("person", ["Ana Rojas"])}


def test_a_former_head_in_a_wire_sentence_naming_no_state_leads_the_datelines_state():
    text = ("SANTIAGO, Nov 24 (Andes Wire) - Chile's electoral service published the final count on Thursday.\n\n"
            "Turnout was the lowest since 1990. The Social Front won 40 seats, and the party of former president "
            "Ana Rojas came third.")
    _, rels = extract(text, CHILE, title="Chile's Social Front wins most seats")
    assert ("rojas", "leads", "chile") in rels


def test_a_former_head_after_a_sentence_naming_another_state_is_tied_as_a_sitting_one():
    """conv4: a former title takes the sitting title's guesses (seed notes 12: former roles are kept)."""
    text = ("SANTIAGO, Nov 24 (Andes Wire) - Chile's electoral service published the final count on Thursday.\n\n"
            "Observers from Argentina praised the count. The Social Front won 40 seats, and the party of {}"
            "president Ana Rojas came third.")
    _, former = extract(text.format("former "), CHILE, title="Chile's Social Front wins most seats")
    _, sitting = extract(text.format(""), CHILE, title="Chile's Social Front wins most seats")
    assert {r for r in former if r[0] == "rojas"} == {r for r in sitting if r[0] == "rojas"}
    assert ("rojas", "leads", "argentina") not in former


SOMALIA = {"turkey": ("country", ["Turkey", "Turkish"]), "somalia": ("country", ["Somalia"]),
           "ali": ("person", ["Hassan Ali"])}
SOMALIA_TITLE = "Turkey's reach in Somalia, 2011-2024"
SOMALIA_OPENING = "Turkey has trained soldiers in Somalia since 2017, and trade has grown fourfold.\n\n"


def test_a_head_acted_on_after_the_guest_is_named_is_the_hosts():
    text = SOMALIA_OPENING + ("Turkey sent 200 more trainers in 2019 at the request of President Hassan Ali, who had "
                              "asked for help against the insurgents.")
    _, rels = extract(text, SOMALIA, title=SOMALIA_TITLE)
    assert ("ali", "leads", "somalia") in rels
    assert ("ali", "leads", "turkey") not in rels


def test_a_head_acting_after_the_guest_is_named_is_not_placed_by_the_host():
    text = SOMALIA_OPENING + "Turkish engineers finished the port in 2019, and President Hassan Ali opened it in May."
    _, rels = extract(text, SOMALIA, title=SOMALIA_TITLE)
    assert ("ali", "leads", "somalia") not in rels


GHANA = {"ghana": ("country", ["Ghana"]), "togo": ("country", ["Togo"]),
         "mensah": ("person", ["Kofi Mensah"]), "owusu": ("person", ["Ama Owusu"])}
GHANA_OPENING = "Ghana and Togo share a long border and a busy trade in fuel.\n\n"
GHANA_TITLE = "Fuel, borders and a vetoed bill, 2019-2021"


def test_a_person_acting_before_places_a_bare_head_in_the_state_he_serves():
    text = GHANA_OPENING + ("The bill. President Kofi Mensah of Ghana refused to sign the fuel bill in March 2020.\n\n"
                            "The veto. Prime Minister Ama Owusu announced in April that the cabinet would redraft it.")
    _, rels = extract(text, GHANA, title=GHANA_TITLE)
    assert ("mensah", "leads", "ghana") in rels
    assert ("owusu", "leads", "ghana") in rels


def test_a_person_acting_before_in_a_sentence_naming_another_state_places_no_one():
    text = GHANA_OPENING + ("The bill. President Kofi Mensah of Ghana refused to sign the fuel bill in Togo in March.\n\n"
                            "The veto. Prime Minister Ama Owusu announced in April that the cabinet would redraft it.")
    _, rels = extract(text, GHANA, title=GHANA_TITLE)
    assert ("owusu", "leads", "ghana") not in rels


def test_a_title_owned_by_the_island_keeps_the_storys_state():
    text = SWEDEN_OPENING + "The island's president, Karin Berg, asked the students to leave the building."
    _, rels = extract(text, SWEDEN, title="Students occupy campus in Stockholm")
    assert ("berg", "leads", "sweden") in rels
