"""Communiqués, resolutions and statements (events/statements.py, triggers.characterizes): the body that opens a
communiqué alone, closed by a comma, is the speaker of its numbered or bare operative paragraphs, whose verbs have no
subject of their own; who "the Ministry", "it" and "they" are; a statement judging its object ("holds X responsible").
Sentences are our own, about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {
    "Economic Community of West African States": ("ecowas", "organization"), "ECOWAS": ("ecowas", "organization"),
    "Niger": ("niger", "country"), "Mohamed Bazoum": ("mohamed_bazoum", "person"),
    "African Union": ("african_union", "organization"), "Security Council": ("unsc", "organization"),
    "Libya": ("libya", "country"), "International Criminal Court": ("icc", "organization"),
    "Southern African Development Community": ("sadc", "organization"), "SADC": ("sadc", "organization"),
    "Mozambique": ("mozambique", "country"), "Cabo Delgado": ("cabo_delgado", "place"),
    "Rwanda": ("rwanda", "country"), "Abuja": ("abuja", "place"), "Maputo": ("maputo", "place"),
}

HEADER = "source: own writing, government statement style (communique)\ntitle: Final Communique\n\n"


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "communique.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_numbered_operative_paragraphs_speak_for_the_body_that_opens_the_communique(tmp_path):
    got = events(tmp_path, "Final Communique\n\n30 July 2023\n\n"
                 "The Authority of Heads of State and Government of the Economic Community of West African States, "
                 "meeting in an extraordinary session in Abuja on 30 July 2023,\n\n"
                 "1. Condemns in the strongest terms the detention of President Mohamed Bazoum by members of the "
                 "presidential guard of Niger;\n\n"
                 "2. Demands the immediate release of Mohamed Bazoum;\n\n"
                 "3. Decides to close all land and air borders between the member states and Niger;\n\n"
                 "4. Calls on the African Union to endorse these decisions.\n")
    by_type = {t: (s, g) for t, s, g in got}
    assert by_type.get("ACCUSE", ([],))[0] == ["ecowas"], got
    assert ("REQUEST", ["ecowas"], ["african_union"]) in got, got
    assert any(t == "REQUEST" and s == ["ecowas"] and "mohamed_bazoum" in g for t, s, g in got), got
    assert any(t == "SANCTION" and s == ["ecowas"] for t, s, g in got), got


def test_a_resolutions_council_opening_alone_speaks_its_demands_and_decisions(tmp_path):
    got = events(tmp_path, "Resolution\n\n26 February 2011\n\nThe Security Council,\n\n"
                 "Expressing grave concern at the situation in Libya,\n\n"
                 "1. Demands an immediate end to the violence in Libya;\n\n"
                 "2. Decides to refer the situation in Libya to the Prosecutor of the International Criminal Court;\n")
    assert any(t == "REQUEST" and s == ["unsc"] for t, s, g in got), got


def test_bare_past_tense_paragraphs_of_a_summit_speak_for_the_summit(tmp_path):
    got = events(tmp_path, "Communique\n\n23 June 2021\n\n"
                 "The Extraordinary Summit of the Southern African Development Community (SADC), held in Maputo "
                 "on 23 June 2021,\n\n"
                 "Condemned the terrorist attacks in Cabo Delgado;\n\n"
                 "Commended Mozambique for its efforts to restore security;\n\n"
                 "Thanked Rwanda for its offer of support.\n")
    assert any(t == "ACCUSE" and s == ["sadc"] for t, s, g in got), got
    assert ("SUPPORT", ["sadc"], ["mozambique"]) in got, got
    # open: "Thanked Rwanda ..." on the next line, which the reader joins to this one, is merged into the
    # commendation as one message of one sentence


def test_without_an_opening_body_a_subjectless_paragraph_speaks_for_no_one(tmp_path):
    # a story whose sentence ends in a comma is no communiqué: the verb's subject stays unknown
    got = events(tmp_path, "News\n\n5 May 2021\n\nMozambique asked Rwanda for troops in May, a source said.\n\n"
                 "Condemns the attacks in Cabo Delgado.\n")
    assert not any(s == ["mozambique"] and t == "ACCUSE" for t, s, g in got), got
    assert not any(t == "ACCUSE" and s for t, s, g in got), got


MINISTRY_ACTORS = {
    "Ministry of Foreign Affairs of Chile": ("chile_mfa", "organization"), "Venezuela": ("venezuela", "country"),
    "Office of the High Commissioner for Human Rights": ("ohchr", "organization"), "Nicaragua": ("nicaragua", "country"),
    "League of Arab States": ("arab_league", "organization"), "Somalia": ("somalia", "country"),
    "Chile": ("chile", "country"),
}


def test_a_bodys_head_noun_before_its_of_phrase_stands_for_the_body_named_before(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Statement\n\n3 March 2024\n\n"
                         "The Ministry of Foreign Affairs of Chile condemned the attack on its embassy in Caracas. "
                         "The Ministry called on Venezuela to protect the diplomatic staff.\n\n"
                         "The Office of the High Commissioner for Human Rights welcomed the release of two journalists. "
                         "The Office urged Nicaragua to free all political prisoners.\n\n"
                         "The League of Arab States met in Cairo. The League welcomed the new government of Somalia.\n",
                         MINISTRY_ACTORS, "statement.txt")
    got = [(e.type, e.source, e.target) for e in ctx.events]
    assert ("REQUEST", ["chile_mfa"], ["venezuela"]) in got, got
    assert ("REQUEST", ["ohchr"], ["nicaragua"]) in got, got
    assert any(t == "SUPPORT" and s == ["arab_league"] and "somalia" in g for t, s, g in got), got


PRONOUN_ACTORS = {
    "Arab League": ("arab_league", "organization"), "Israel": ("israel", "country"), "Brazil": ("brazil", "country"),
    "Argentina": ("argentina", "country"), "Mercosur": ("mercosur", "organization"),
    "Red Cross": ("red_cross", "organization"), "Lebanon": ("lebanon", "country"),
}


def test_it_or_they_opening_a_second_conjunct_is_the_first_conjuncts_subject(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Statement\n\n3 March 2024\n\n"
                         "The Red Cross delivered food to Lebanon last week. "
                         "The Arab League condemned the raid, and it called on Israel to stop the strikes.\n\n"
                         "Mercosur welcomed the accord. Brazil and Argentina signed a trade accord, and they pledged "
                         "to open their borders to each other's trucks.\n",
                         PRONOUN_ACTORS, "statement.txt")
    got = [(e.type, e.source, e.target) for e in ctx.events]
    assert ("REQUEST", ["arab_league"], ["israel"]) in got, got
    assert any(t == "AGREE" and s == ["brazil", "argentina"] for t, s, g in got), got


JUDGING_ACTORS = {"Canada": ("canada", "country"), "Iranian": ("iran", "country"), "Thailand": ("thailand", "country"),
                  "Cambodia": ("cambodia", "country"), "Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"),
                  "Peru": ("peru", "country"), "Chile": ("chile", "country")}


def test_holding_a_party_responsible_or_deeming_an_act_aggression_accuses(tmp_path):
    got = events_with(tmp_path, "Canada holds the Iranian regime fully responsible for the downing of the airliner.\n\n"
                      "Thailand deems the shelling of the temple an act of aggression by Cambodia.\n\n"
                      "Kenya considers the offer from Uganda.\n\nPeru held talks with Chile.\n\n"
                      "Peru left a summit in Lima, which Chile regarded as a rival forum.\n", JUDGING_ACTORS)
    assert ("ACCUSE", ["canada"], ["iran"]) in got, got
    assert any(t == "ACCUSE" and s == ["thailand"] for t, s, g in got), got
    # weighing an offer or holding talks judges no one
    assert not any(t == "ACCUSE" and s in (["kenya"], ["peru"]) for t, s, g in got), got
    # a judgement inside a relative clause describes the thing, it is no statement
    assert not any(s == ["chile"] for t, s, g in got), got


def events_with(tmp_path, body: str, actors) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + "Statement\n\n3 March 2024\n\n" + body, actors, "statement.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_they_opening_a_sentence_after_the_two_sides_is_the_two_sides(tmp_path):
    got = events_with(tmp_path, "Peru and Chile held talks in Lima on Monday under the auspices of the Andean Community. "
                      "The two sides agreed to reopen the border crossing. They also signed a fisheries accord.\n",
                      {**JUDGING_ACTORS, "Andean Community": ("can", "organization")})
    assert any(t == "SUPPORT" and s == ["peru", "chile"] for t, s, g in got), got
    assert not any(s == ["can"] for t, s, g in got), got


def test_the_object_after_a_manner_phrase_is_the_condemned_act(tmp_path):
    # evdate: the parser reads "in the strongest terms the attack carried out by X" as a clause on "terms"
    found = events(tmp_path, "The African Union condemns in the strongest terms the attack carried out today by "
                             "Rwanda on a convoy in Cabo Delgado.\n")
    assert ("ACCUSE", ["african_union"], ["rwanda"]) in found, found
