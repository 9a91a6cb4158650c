"""Missed ties, eleventh pass (issue 8, relties11): own sentences from other arenas than the documents that showed the
need (co-leaders, high commissioners, a relative clause on a described name, meetings chaired)."""

from __future__ import annotations

from test_relations import extract

ANDES = {"lopez": ("person", ["Maria Lopez", "Lopez"]), "soto": ("person", ["Pedro Soto", "Soto"]),
         "vega": ("person", ["Raul Vega", "Vega"]), "rivera": ("person", ["Tomas Rivera"]), "pablo": ("person", ["Pablo Rivera"]),
         "union": ("organization", ["Green Union of the Andes", "Green Union"]),
         "chile": ("country", ["Chile", "Chilean"]), "peru": ("country", ["Peru", "Peruvian"]),
         "bolivia": ("country", ["Bolivia", "Bolivian"]), "un": ("organization", ["UN"]),
         "kurmanbek": ("person", ["Kurmanbek Toktogul"]), "kyrgyzstan": ("country", ["Kyrgyzstan"])}


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


def test_a_relative_clause_after_a_described_name_is_said_of_the_name():
    text = ("The vote clears the way for him to take over from his father, Kurmanbek Toktogul, who has ruled "
            "Kyrgyzstan since 2006.")        # the parser hangs "who has ruled" on "father"
    _, rels = extract(text, ANDES)
    assert ("kurmanbek", "leads", "kyrgyzstan") in rels, rels


def test_a_described_name_without_the_relative_clause_leads_nothing():
    text = "The court declared Pablo Rivera the winner over his father, Tomas Rivera, in a vote Bolivia watched."
    _, rels = extract(text, ANDES)
    assert ("rivera", "leads", "bolivia") not in rels, rels


SITTING = {"ortiz": ("person", ["Juan Ortiz"]), "council": ("organization", ["Council of Ministers"]),
           "committee": ("organization", ["Higher Committee for Water Security"]),
           "hsc": ("organization", ["High Security Council"]), "andea": ("country", ["Andea"])}


def test_a_session_a_body_held_chaired_by_a_titled_person_is_led_by_the_person():
    text = ("The Council of Ministers held an extraordinary session today chaired by the Prime Minister, Juan Ortiz, "
            "and heard the report of the health minister.")
    _, rels = extract(text, SITTING)
    assert ("ortiz", "leads", "council") in rels, rels
    text = ("The Higher Committee for Water Security met today in an extraordinary session chaired by the caretaker "
            "Prime Minister, Juan Ortiz, after the first case was confirmed.")
    _, rels = extract(text, SITTING)
    assert ("ortiz", "leads", "committee") in rels, rels


def test_chairing_a_meeting_of_a_body_is_left_as_the_tuning_golds_split():
    text = "The President, Juan Ortiz, chaired a meeting of the High Security Council this morning."
    _, rels = extract(text, SITTING)
    assert ("ortiz", "leads", "hsc") not in rels, rels


def test_a_session_attended_or_a_meeting_with_a_body_leads_nothing():
    text = "Juan Ortiz attended a session of the High Security Council chaired by the Prime Minister on Monday."
    _, rels = extract(text, SITTING)
    assert ("ortiz", "leads", "hsc") not in rels, rels
    text = "The Council of Ministers welcomed the talks chaired by Andea on Monday."
    _, rels = extract(text, SITTING)
    assert not any(p == "leads" for _, p, _ in rels), rels


PORTFOLIO = {"ortiz": ("person", ["Juan Ortiz"]), "mwr": ("organization", ["Ministry of Water Resources"]),
             "mines": ("organization", ["Ministry of Mines"]),
             "chile": ("country", ["Chile"]), "peru": ("country", ["Peru"])}


def test_a_bare_ministers_portfolio_before_the_title_names_the_ministry_he_leads():
    text = ("Chile's Ministry of Water Resources on Tuesday asked Peru to release more water. Water Resources "
            "Minister Juan Ortiz raised the shortage with the ambassador at a meeting on Monday.")
    _, rels = extract(text, PORTFOLIO)
    assert ("ortiz", "leads", "mwr") in rels, rels


def test_another_portfolio_or_another_states_ministry_is_not_his():
    text = ("Chile's Ministry of Water Resources on Tuesday asked Peru to release more water. Mining Minister "
            "Juan Ortiz raised the shortage with the ambassador at a meeting on Monday.")
    _, rels = extract(text, PORTFOLIO)
    assert ("ortiz", "leads", "mwr") not in rels, rels
    text = ("Chile's Ministry of Water Resources on Tuesday asked Peru to release more water. Peru's Water "
            "Resources Minister Juan Ortiz said the dams were low.")
    _, rels = extract(text, PORTFOLIO)
    assert ("ortiz", "leads", "mwr") not in rels, rels


ELECTED = {"ortiz": ("person", ["Juan Ortiz"]), "arc": ("organization", ["Andean Regional Council"]),
           "front": ("organization", ["Andean Liberation Front"])}


def test_a_person_elected_to_a_title_holds_it():
    _, rels = extract("Juan Ortiz was elected chairman of the Andean Regional Council on Monday.", ELECTED)
    assert ("ortiz", "leads", "arc") in rels, rels
    text = ("Juan Ortiz, a former commander of the Andean Liberation Front, was elected President of the Andean "
            "Regional Council in September and at once demanded a vote.")
    _, rels = extract(text, ELECTED)
    assert ("ortiz", "leads", "arc") in rels, rels


def test_a_person_not_elected_holds_nothing():
    _, rels = extract("Juan Ortiz was not elected chairman of the Andean Regional Council.", ELECTED)
    assert ("ortiz", "leads", "arc") not in rels, rels


WHOSE = {"ortiz": ("person", ["Juan Ortiz", "Ortiz"]), "union": ("organization", ["Patriotic Union of the Andes"]),
         "nato": ("organization", ["North Atlantic Treaty Organization"]), "lima": ("place", ["Lima"])}


def test_a_named_body_that_is_the_whose_clauses_subject_is_the_persons():
    text = ("Ortiz, whose Patriotic Union of the Andes (PUA) has long kept close ties with Lima, later met the "
            "foreign minister.")
    _, rels = extract(text, WHOSE)
    assert ("ortiz", "member_of", "union") in rels, rels


def test_a_name_modifying_the_whose_clauses_subject_is_not():
    text = "Juan Ortiz, whose North Atlantic Treaty Organization membership bid was long stalled, spoke on Monday."
    _, rels = extract(text, WHOSE)
    assert ("ortiz", "member_of", "nato") not in rels, rels


def test_a_state_body_after_whose_is_not_the_persons_party():
    actors = dict(WHOSE, dos=("organization", ["State Department"]))
    _, rels = extract("Juan Ortiz, whose State Department has denied the report, spoke on Monday.", actors)
    assert ("ortiz", "member_of", "dos") not in rels, rels


PRESIDENTS = {"garcia": ("person", ["Alan Garcia"]), "humala": ("person", ["Ollanta Humala"]),
              "peru": ("country", ["Peru", "Peruvian"]), "quito": ("place", ["Quito"])}


def test_a_plural_head_title_over_a_list_ties_each_name():
    text = "Two former Peruvian presidents, Alan Garcia and Ollanta Humala, travelled to Quito on 20 May to mediate."
    _, rels = extract(text, PRESIDENTS)
    assert {("garcia", "leads", "peru"), ("humala", "leads", "peru")} <= rels, rels


def test_a_plural_head_title_with_no_list_ties_no_one():
    text = "The former Peruvian presidents met in Quito on Monday with Alan Garcia."
    _, rels = extract(text, PRESIDENTS)
    assert ("garcia", "leads", "peru") not in rels, rels


SIDES = {"civic": ("organization", ["Civica"]), "peru": ("country", ["Peru"]),
         "condor": ("organization", ["Condor Group"]), "ala": ("organization", ["Andean Liberation Army"])}


def test_a_partner_phrase_apposed_to_a_named_group_noun_allies_the_name():
    text = ("In November lawmakers accused the Civica alliance, Peru's closest allies in the Congress, of passing a "
            "borrowing law.")
    _, rels = extract(text, SIDES)
    assert ("civic", "allied_with", "peru") in rels, rels


def test_counted_contractors_fighting_alongside_a_force_ally_their_group_with_it():
    text = ("Hundreds of contractors of the Condor Group, a private military company, still fight alongside the "
            "Andean Liberation Army around the capital.")
    _, rels = extract(text, SIDES)
    assert ("condor", "allied_with", "ala") in rels, rels
    text = "Hundreds of the Condor Group's trucks still drive alongside the Andean Liberation Army convoy."
    _, rels = extract(text, SIDES)
    assert ("condor", "allied_with", "ala") not in rels, rels


SHORT = {"wanjiru": ("person", ["Jane Wanjiru"]), "doi": ("organization", ["Department of the Interior"]),
         "kenya": ("country", ["Kenya"])}


def test_a_body_named_short_in_a_title_is_the_body_named_before():
    text = ("The Department of the Interior issued new rules on Monday. Under Secretary of the Interior Jane Wanjiru "
            "said the rules would curb land grabs.")
    _, rels = extract(text, SHORT)
    assert ("wanjiru", "member_of", "doi") in rels, rels
    text = ("The Department of the Interior issued new rules on Monday. \"The rules will curb land grabs,\" said "
            "Under Secretary of the Interior for Land Affairs Jane Wanjiru.")
    _, rels = extract(text, SHORT)
    assert ("wanjiru", "member_of", "doi") in rels, rels


def test_a_short_name_with_no_body_named_before_ties_nothing():
    text = ("Under Secretary of the Interior Jane Wanjiru said the rules would curb land grabs. The Department of "
            "the Interior issued them on Monday.")
    _, rels = extract(text, SHORT)
    assert ("wanjiru", "member_of", "doi") not in rels, rels


VICE = {"soto": ("person", ["Pedro Soto"]), "mendez": ("person", ["Carla Mendez"]),
        "peru": ("country", ["Peru"]), "lima": ("place", ["Lima"]),
        "arg": ("organization", ["Andean Regional Government"])}


def test_a_hyphenated_rank_keeps_the_titles_state():
    text = ("The deputy prime minister of the Andean Regional Government, Pedro Soto, held talks in Lima on Tuesday "
            "with Peru's First Vice-President Carla Mendez and asked Peru to reopen two crossings.")
    _, rels = extract(text, VICE)
    assert ("mendez", "member_of", "peru") in rels, rels


SIGNED = {"pereira": ("person", ["Ana Pereira"]), "stone": ("person", ["Julia Stone"]),
          "samoa": ("country", ["Samoa"]), "fiji": ("country", ["Fiji"])}


def test_a_signatory_title_after_for_a_state_by_is_held_in_that_state():
    text = ("The Treaty was signed for Samoa by the Minister for the Delimitation of Borders, Ana Pereira, and for "
            "Fiji by the Minister for Foreign Affairs, Julia Stone. It ends the conciliation.")
    _, rels = extract(text, SIGNED)
    assert ("stone", "member_of", "fiji") in rels, rels
    assert ("stone", "member_of", "samoa") not in rels, rels
    assert ("pereira", "member_of", "samoa") in rels, rels


HOST = {"reyes": ("person", ["Luis Reyes", "Reyes"]), "tuilagi": ("person", ["Fale Tuilagi"]),
        "samoa": ("country", ["Peru"]), "apia": ("place", ["Lima"]), "nz": ("country", ["Chile"]),
        "cusco": ("place", ["Cusco"])}


def test_a_visitor_received_by_a_bare_head_in_a_capital_meets_that_states_head():
    text = ("Chile and Peru quarrelled over water rights. Reyes visited Lima and was received by President "
            "Fale Tuilagi in April.")
    _, rels = extract(text, HOST)
    assert ("tuilagi", "leads", "samoa") in rels, rels
    text = ("Chile and Peru quarrelled over water rights. Reyes visited Cusco and was received by President "
            "Fale Tuilagi in April.")           # a region's seat, not the state's capital: no host state from it
    _, rels = extract(text, HOST)
    assert ("tuilagi", "leads", "samoa") not in rels, rels


def test_a_visitor_received_by_no_title_ties_no_one():
    text = "Chile and Peru quarrelled over water rights. Reyes visited Lima and was received by Fale Tuilagi."
    _, rels = extract(text, HOST)
    assert not any(s == "tuilagi" for s, _, _ in rels), rels


def test_a_state_style_is_no_short_name_of_a_body():
    actors = {"ortiz": ("person", ["Juan Ortiz"]), "pres": ("organization", ["Presidency of the Republic"]),
              "andea": ("country", ["Andea"])}
    text = ("The Presidency of the Republic issued a statement on Monday. The President of the Republic, Juan Ortiz, "
            "chaired a meeting on relations with Andea.")
    _, rels = extract(text, actors)
    assert not any(s == "ortiz" and o == "pres" for s, _, o in rels), rels


STYLED = {"omar": ("person", ["Ahmed Omar"]), "warsame": ("person", ["Ali Warsame"]),
          "somalia": ("country", ["Federal Republic of Somalia", "Somalia"]), "kenya": ("country", ["Kenya"])}


def test_a_states_style_in_a_titles_of_phrase_is_the_state_named_in_full():
    text = ("The Minister received today the Ambassador of the Federal Republic of Somalia to Kenya, Mr Ali Warsame. "
            "The Ambassador conveyed the greetings of the Minister of Energy of the Federal Republic, Ahmed Omar.")
    _, rels = extract(text, STYLED)
    assert ("omar", "member_of", "somalia") in rels, rels


def test_a_style_no_state_is_named_in_full_ties_nothing():
    text = "The Ambassador conveyed the greetings of the Minister of Energy of the Federal Republic, Ahmed Omar."
    _, rels = extract(text, dict(STYLED, somalia=("country", ["Somalia"])))
    assert not any(s == "omar" for s, _, _ in rels), rels


def test_a_bare_republic_in_a_presidency_statement_is_not_the_neighbour_named_in_full():
    actors = {"abreu": ("person", ["Luis Abreu"]), "dr": ("country", ["Andean Republic"]),
              "haiti": ("country", ["Republic of Haiti", "Haiti"])}
    text = ("The Andean Republic closed its border with the Republic of Haiti on Monday. The President of the "
            "Republic, Luis Abreu, ordered the closure after talks with Haiti failed.")
    _, rels = extract(text, actors)
    assert ("abreu", "leads", "haiti") not in rels and ("abreu", "member_of", "haiti") not in rels, rels
