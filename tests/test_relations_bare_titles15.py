"""Bare titles, fifteenth pass (issue 8, reltitle15): a title owned by a state's capital is that state's
(relations/capital_owned_titles.py); a bare holder's counterparts' states are not his, and the one state left around
him is (relations/counterpart_states.py). Own sentences, arenas outside the tuning documents."""

from __future__ import annotations

from test_relations import extract

EAST_AFRICA = {"kenya": ("country", ["Kenya"]), "uganda": ("country", ["Uganda"]),
               "nairobi": ("place", ["Nairobi"]), "kampala": ("place", ["Kampala"]),
               "otieno": ("person", ["Peter Otieno"]), "mugisha": ("person", ["Ruth Mugisha"])}


def test_a_capitals_foreign_minister_serves_its_state():
    text = ("The dispute between Kenya and Uganda over the island flared again in May. Nairobi's foreign minister, Peter Otieno, accused "
            "Uganda of sending police to the island.")
    _, rels = extract(text, EAST_AFRICA, title="The island dispute between Kenya and Uganda")
    assert ("otieno", "member_of", "kenya") in rels
    assert ("otieno", "member_of", "uganda") not in rels


def test_a_capitals_ambassador_serves_its_state():
    text = ("Kenya and Uganda traded accusations all week. Kampala's ambassador, Ruth Mugisha, said the island had "
            "always been Ugandan.")
    _, rels = extract(text, EAST_AFRICA)
    assert ("mugisha", "member_of", "uganda") in rels


def test_a_capital_whose_state_the_text_never_names_scopes_nothing():
    actors = {k: v for k, v in EAST_AFRICA.items() if k not in ("kenya",)}
    text = "Nairobi's foreign minister, Peter Otieno, accused Uganda of sending police to the island."
    _, rels = extract(text, actors)
    assert ("otieno", "member_of", "uganda") not in rels


def test_a_capitals_mayor_is_no_state_office():
    text = "Kenya named a new police chief. Nairobi's mayor, Peter Otieno, welcomed the choice."
    _, rels = extract(text, EAST_AFRICA)
    assert ("otieno", "member_of", "kenya") not in rels
    assert ("otieno", "leads", "kenya") not in rels


ANDES = {"peru": ("country", ["Peru"]), "chile": ("country", ["Chile"]), "bolivia": ("country", ["Bolivia"]),
         "ecuador": ("country", ["Ecuador"]), "rojas": ("person", ["Ana Rojas"]),
         "vidal": ("person", ["Tomas Vidal"]), "mamani": ("person", ["Luis Mamani"])}


def test_a_holder_hosting_his_counterparts_is_of_the_state_left():
    text = ("A second round failed in June, and Chile blamed Bolivia for the delay. Peru stepped in as mediator. In "
            "March, Foreign Minister Ana Rojas hosted her Chilean and Bolivian counterparts in Geneva, and the three "
            "agreed to set up a technical commission.")
    _, rels = extract(text, ANDES, title="The aquifer talks, 2019-2021")
    assert ("rojas", "member_of", "peru") in rels
    assert ("rojas", "member_of", "chile") not in rels


def test_a_counterpart_opening_the_next_sentence_bars_his_state():
    text = ("The tribunal's award gave Chile most of the disputed shelf. Prime Minister Tomas Vidal called it a "
            "just ruling and urged Bolivia to respect it. His Bolivian counterpart, Luis Mamani, rejected the award "
            "the same day.")
    _, rels = extract(text, ANDES, title="The shelf dispute after the award")
    assert ("vidal", "leads", "chile") in rels
    assert ("vidal", "leads", "bolivia") not in rels
    assert ("mamani", "member_of", "bolivia") in rels


def test_two_states_left_beside_the_counterparts_give_none():
    text = ("Talks on the shared aquifer had stalled for a year. Peru and Ecuador offered to mediate. In March, "
            "Foreign Minister Ana Rojas received her Chilean counterpart in Geneva.")
    _, rels = extract(text, ANDES, title="The aquifer talks, 2019-2021")
    assert not any(s == "rojas" for s, _, _ in rels)


SAHEL = {"niger": ("country", ["Niger"]), "mali": ("country", ["Mali"]), "niamey": ("place", ["Niamey"]),
         "issa": ("person", ["Moussa Issa"]), "traore": ("person", ["Awa Traore"])}


def test_a_home_portfolio_minister_is_of_the_state_the_title_sets_the_story_in():
    text = ("12 March 2021 - Police fired tear gas at students marching in Niamey, the capital of Niger. Justice Minister Moussa Issa "
            "said the organisers would be prosecuted. Mali sent observers to the border.")
    _, rels = extract(text, SAHEL, title="Niger: unrest after the presidential election, March 2021")
    assert ("issa", "member_of", "niger") in rels


def test_a_home_portfolio_minister_after_his_state_acted_is_its():
    text = ("Mali closed its border with Niger on Monday and suspended flights from Niamey. Health Minister Awa "
            "Traore called the closure temporary.")
    _, rels = extract(text, SAHEL, title="Border closures in the Sahel, 2020")
    assert ("traore", "member_of", "mali") in rels
    assert ("traore", "member_of", "niger") not in rels


def test_a_foreign_minister_takes_no_home_portfolio_guess():
    text = ("12 March 2021 - Police fired tear gas at students marching in Niamey, the capital of Niger. Foreign Minister Moussa Issa "
            "said the organisers would be prosecuted. Mali sent observers to the border.")
    _, rels = extract(text, SAHEL, title="Niger: unrest after the presidential election, March 2021")
    assert ("issa", "member_of", "niger") not in rels


def test_a_home_portfolio_minister_in_a_sentence_naming_another_state_takes_none():
    text = ("12 March 2021 - Police fired tear gas at students marching in Niamey, the capital of Niger. Justice Minister Moussa Issa "
            "said the organisers had been trained in Mali.")
    _, rels = extract(text, SAHEL, title="Niger: unrest after the presidential election, March 2021")
    assert ("issa", "member_of", "niger") not in rels


def test_counterparts_of_the_subject_say_nothing_of_the_one_he_met():
    text = ("Peru's Foreign Minister, Ana Rojas, flew to Santiago on Monday and met Prime Minister Tomas Vidal and "
            "her Chilean and Bolivian counterparts. Vidal promised to reopen the crossing.")
    _, rels = extract(text, ANDES, title="The aquifer talks, 2019-2021")
    assert ("vidal", "leads", "peru") not in rels


PACIFIC = {"fiji": ("country", ["Fiji"]), "united_states": ("country", ["United States"]),
           "russia": ("country", ["Russia"]), "rabuka": ("person", ["Sitiveni Naqara"]),
           "carter": ("person", ["John Miller"]), "orlov": ("person", ["Pavel Orlov"])}


def test_a_head_met_at_his_governments_seat_leads_its_state():
    text = ("Fiji and the United States signed a maritime pact in June. Prime Minister Sitiveni Naqara met President "
            "John Miller at the White House on Monday to discuss fisheries patrols.")
    _, rels = extract(text, PACIFIC, title="The Pacific patrol pact")
    assert ("carter", "leads", "united_states") in rels
    assert ("rabuka", "leads", "united_states") not in rels


def test_a_head_met_with_at_another_seat():
    text = ("Fiji and Russia signed a fisheries accord in June. Prime Minister Sitiveni Naqara met with President "
            "Pavel Orlov at the Kremlin on Monday.")
    _, rels = extract(text, PACIFIC, title="The Pacific fisheries accord")
    assert ("orlov", "leads", "russia") in rels


def test_a_head_met_at_a_seat_of_a_state_the_text_never_names_takes_nothing_from_it():
    text = "Fiji signed a maritime pact in June. Prime Minister Sitiveni Naqara met President John Miller at the White House."
    actors = {k: v for k, v in PACIFIC.items() if k != "united_states"}
    _, rels = extract(text, actors, title="The Pacific patrol pact")
    assert ("carter", "leads", "fiji") not in rels
