"""Targets on unseen newswire (issue 8): who an act is done to when no object names an actor, on invented sentences."""

from event_fixtures import WIRE_HEADER as HEADER, extract_events, wire_events

ACTORS = {
    "Egypt": ("egypt", "country"), "Israel": ("israel", "country"), "Lebanon": ("lebanon", "country"),
    "Iraq": ("iraq", "country"), "Kuwait": ("kuwait", "country"), "Kuwaiti": ("kuwait", "country"), "Iraqi": ("iraq", "country"), "Japan": ("japan", "country"), "China": ("china", "country"),
    "Pakistan": ("pakistan", "country"), "Pakistani": ("pakistan", "country"),
    "Syria": ("syria", "country"), "Syrian": ("syria", "country"), "Beirut": ("beirut", "place"),
    "Hamas": ("hamas", "organization"), "Americans": ("united_states", "country"),
    "United States": ("united_states", "country"), "Ukraine": ("ukraine", "country"),
}


def events(tmp_path, text: str):
    return wire_events(tmp_path, text, ACTORS)


def test_who_is_left_is_the_target_of_a_withdrawal_or_a_recall(tmp_path):
    assert events(tmp_path, "Egypt recalled its ambassador from Israel on Monday.\n\n"
                            "Israel withdrew its forces from Lebanon on Tuesday.\n") == [
        ("SANCTION", ["egypt"], ["israel"]), ("RETREAT", ["israel"], ["lebanon"])]


def test_a_place_left_stands_for_its_state(tmp_path):
    found = events(tmp_path, "Syrian troops pulled out of Beirut on Monday.\n")
    assert found and found[0][0] == "RETREAT" and found[0][1] == ["syria"] and "beirut" in found[0][2], found


def test_the_released_are_named_by_their_nationality(tmp_path):
    # a freed prisoner's nationality names whom the release is for; a report released on Iraq is no release
    assert events(tmp_path, "Iraq freed 50 Kuwaiti prisoners on Friday.\n\n"
                            "Hamas released a report on Israel on Monday.\n") == [("RETREAT", ["iraq"], ["kuwait"])]


def test_an_attack_with_no_named_doer_still_hits_its_named_target(tmp_path):
    # no perpetrator named: the source stays empty, the event is kept (an instrument with no target is not)
    assert events(tmp_path, "The attack on the base wounded four Americans on Monday.\n\n"
                            "Near the town, four strikes destroyed two fighting positions on Monday.\n") == [
        ("ASSAULT", [], ["united_states"])]


def test_joint_actors_need_no_other_party(tmp_path):
    # a compound subject acts on itself (PLOVER compound actors, no recipient); one actor alone still needs one
    found = events(tmp_path, "Egypt and Israel reached an understanding on border security on Friday.\n\n"
                             "Egypt reached an understanding on border security on Friday.\n")
    assert [(t, s) for t, s, _ in found] == [("AGREE", ["egypt", "israel"])], found


def test_the_proposer_named_in_the_object_is_whom_a_rejection_answers(tmp_path):
    assert events(tmp_path, "Israel rejected the ceasefire proposal put forward by Egypt on Monday.\n") == [
        ("REJECT", ["israel"], ["egypt"])]


def test_announced_aid_goes_to_whom_it_is_for(tmp_path):
    found = events(tmp_path, "The United States announced 500 million dollars in military aid to Ukraine on Monday.\n")
    assert found == [("AID", ["united_states"], ["ukraine"])], found


def test_the_rebels_are_the_group_last_called_rebels(tmp_path):
    # the subject named in between (Egypt) is not who "the rebels" are
    found = events(tmp_path, "Egypt said it destroyed drones operated by Hamas rebels, a day after the rebels "
                             "attacked Israel on Monday.\n")
    assert ("ASSAULT", ["hamas"], ["israel"]) in found, found


def test_an_attack_from_a_group_was_made_by_it(tmp_path):
    assert events(tmp_path, "The convoy came under attack from Hamas fighters near the border on Monday.\n") == [
        ("ASSAULT", ["hamas"], [])]


def test_who_travels_for_talks_holds_them(tmp_path):
    found = events(tmp_path, "The Syrian foreign minister flew to Beirut for talks with Iraqi officials on Monday.\n")
    assert [(t, s) for t, s, _ in found] == [("CONSULT", ["syria"])], found


def test_troops_leaving_a_country_withdraw_from_it(tmp_path):
    # only troops: a leader leaving ends a visit
    assert events(tmp_path, "The last Iraqi troops left Kuwait on Monday.\n\n"
                            "The Iraqi president left Kuwait on Tuesday.\n") == [("RETREAT", ["iraq"], ["kuwait"])]


def test_sums_pledged_or_granted_in_aid_reach_their_recipient(tmp_path):
    assert events(tmp_path, "China pledged 2 billion dollars in loans to Pakistan on Monday.\n\n"
                            "Japan granted 50 million dollars in aid to Pakistan on Tuesday.\n") == [
        ("AGREE", ["china"], ["pakistan"]), ("AID", ["japan"], ["pakistan"])]


def test_who_died_in_an_act_is_its_target(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "Three Syrian soldiers died in an Israeli drone strike on Monday.\n",
                         {**ACTORS, "Israeli": ("israel", "country")}, "wire.txt")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("ASSAULT", ["israel"], ["syria"])]
    # a death with no act named is no event
    assert events(tmp_path, "An Iraqi soldier died of his wounds on Tuesday.\n") == []


def test_what_comes_under_an_act_is_its_target(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "A Turkish army convoy came under attack from PKK fighters on Monday.\n",
                         {**ACTORS, "Turkish": ("turkey", "country"), "PKK": ("pkk", "organization")}, "wire.txt")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("ASSAULT", ["pkk"], ["turkey"])]


def test_the_executed_are_named_by_their_nationality(tmp_path):
    # "executed three Pakistani nationals": a group told by nationality + noun is its country;
    # "executed the plan" names no one executed
    assert events(tmp_path, "Egypt executed three Pakistani nationals on Monday.\n\n"
                            "Syria executed the plan of Iraq.\n") == [("ASSAULT", ["egypt"], ["pakistan"])]


def test_a_voiced_concern_is_a_statement(tmp_path):
    assert events(tmp_path, "Pakistan voiced concern over China's missile tests.\n") == [
        ("ACCUSE", ["pakistan"], ["china"])]


def test_an_actor_inside_the_acted_on_phrase_is_the_target_when_none_heads_it(tmp_path):
    # no named doer and no actor heading the object: the one inside the acted-on phrase is whom it is done to
    assert events(tmp_path, "The assets of three Syrian banks were frozen on Tuesday.\n\n"
                            "Several senators criticized the policy and called for new sanctions on Iraq.\n") == [
        ("SANCTION", [], ["syria"]), ("REQUEST", [], ["iraq"])]


def test_whom_a_deployment_faces_is_its_target(tmp_path):
    # PLOVER MOBILIZE: "massed troops along the Syrian border", "exercises near Japan"; "in" says where, not whom
    assert events(tmp_path, "Iraq massed troops along the Syrian border on Wednesday.\n\n"
                            "China staged military exercises near Japan on Saturday.\n\n"
                            "Egypt deployed troops in Lebanon on Monday.\n") == [
        ("MOBILIZE", ["iraq"], ["syria"]), ("MOBILIZE", ["china"], ["japan"]), ("MOBILIZE", ["egypt"], [])]


def test_idioms_of_attack_strike_and_call_up(tmp_path):
    # "came under fire from X" (a noun phrase trigger: who came under it is the target), "went on a hunger
    # strike", "called up reservists"; "called up the ambassador" mobilizes no one
    found = events(tmp_path, "A Syrian convoy came under fire from Hamas fighters on Monday.\n\n"
                            "Kuwaiti prisoners went on a hunger strike in Iraq on Tuesday.\n\n"
                            "Israel called up 10,000 reservists on Sunday.\n\n"
                            "Egypt called up the ambassador of Japan.\n")
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", ["hamas"]), ("PROTEST", ["kuwait"]), ("MOBILIZE", ["israel"])]
    assert found[0][2] == ["syria"]


def test_a_capital_stands_for_its_state_even_where_the_state_is_not_named(tmp_path):
    # "Tehran accused Washington": the states act (PLOVER codes governments); a state the text never names
    # joins the actors with the capital's words as its mention; one named otherwise ("Iraq") is reused
    ctx = extract_events(tmp_path, HEADER + "Tehran accused Washington of supporting the rebels on Monday.\n\n"
                         "Baghdad condemned Ankara on Tuesday, Iraq said.\n",
                         {"Tehran": ("tehran", "place"), "Washington": ("washington", "place"), "Baghdad": ("baghdad", "place"),
                          "Ankara": ("ankara", "place"), "Iraq": ("iraq", "country")}, "wire.txt")
    got = [(e.type, e.source, e.target, e.location) for e in ctx.events]
    assert got[0] == ("ACCUSE", ["iran"], ["washington", "united_states"], "tehran")
    assert got[1][:2] == ("ACCUSE", ["iraq"]) and "turkey" in got[1][2]
    made = {a.id: a for a in ctx.actors if a.type == "country" and a.id != "iraq"}
    assert sorted(made) == ["iran", "turkey", "united_states"]
    text = ctx.document.text
    assert [text[m.start:m.end] for m in made["iran"].mentions] == ["Tehran"]


def test_a_protest_at_a_states_embassy_is_aimed_at_that_state(tmp_path):
    assert events(tmp_path, "Hundreds of demonstrators rallied outside the Syrian embassy in Beirut on Monday.\n\n"
                            "Thousands of students protested in Beirut on Tuesday.\n") == [("PROTEST", [], ["syria"])]


def test_newswire_idioms_of_retreat_closure_accusation_and_calls(tmp_path):
    # "evacuated the town" (troops leaving a place; evacuating citizens is no retreat), "sealed off",
    # "charged that X was ...", "held a telephone conversation with"
    found = events(tmp_path, "Syrian troops evacuated the town of Beirut on Monday.\n\n"
                             "Egypt evacuated its citizens from Lebanon on Monday.\n\n"
                             "Israel sealed off Lebanon on Tuesday.\n\n"
                             "Iraq charged that Syria was harboring the rebels.\n\n"
                             "Japan held a telephone conversation with China on Sunday.\n")
    assert [(t, s) for t, s, _ in found] == [("RETREAT", ["syria"]), ("COERCE", ["israel"]), ("ACCUSE", ["iraq"]),
                                             ("CONSULT", ["japan"])]
    assert [g for _, _, g in found][1:] == [["lebanon"], ["syria"], ["china"]]


def test_expelling_individuals_is_deportation_expelling_diplomats_reduces_relations(tmp_path):
    # PLOVER manual, SANCTION expel: "aside from the expulsion of ambassadors or similar diplomats, this mode
    # excludes individual deportations, which are coded as a mode under COERCE"
    assert events(tmp_path, "China expelled two Pakistani diplomats on Monday.\n\n"
                            "Kuwait expelled 300 Iraqi workers on Tuesday.\n\n"
                            "Egypt expelled the Syrian ambassador on Friday.\n\n"
                            "Lebanon expelled the head of the Syrian mission on Sunday.\n\n"
                            "Iraq expelled Syrian troops on Monday.\n") == [
        ("SANCTION", ["china"], ["pakistan"]), ("COERCE", ["kuwait"], ["iraq"]), ("SANCTION", ["egypt"], ["syria"]),
        ("SANCTION", ["lebanon"], ["syria"]), ("SANCTION", ["iraq"], ["syria"])]


def test_a_named_actor_in_the_subjects_own_words_acts_not_one_in_its_prepositional_phrase(tmp_path):
    # a verb that needs an acting subject takes one named by a pre-modifier or a conjunct of the subject
    # ("the Syrian government and Hamas"), not by a phrase inside it ("the war in Syria") nor by an event
    # noun's doer ("the Hamas attacks"), a backer ("Iran-backed militias") or the owner of a thing ("Syria's program")
    found = events(tmp_path, "Hamas gunmen forced Israel to close the crossing on Monday.\n\n"
                             "The war in Syria forced Lebanon to close the border.\n\n"
                             "The Hamas attacks forced Egypt to shut the crossing.\n\n"
                             "Syria's nuclear program forced Israel to close the border.\n")
    assert [(t, s, g) for t, s, g in found if t == "COERCE"] == [("COERCE", ["hamas"], ["israel"])], found


def test_an_agreement_reached_is_concluded_one_to_be_reached_is_an_intention(tmp_path):
    # PLOVER manual: SUPPORT "ratify, sign, or finalize an agreement", AGREE "including promises to sign"
    found = events(tmp_path, "Egypt and Israel reached an agreement on the border on Monday.\n\n"
                             "Syria and Lebanon will reach an agreement next year, Syria said.\n")
    assert [(t, s) for t, s, _ in found][:2] == [("SUPPORT", ["egypt", "israel"]), ("AGREE", ["syria", "lebanon"])], found
    assert not any(t == "SUPPORT" and "syria" in s for t, s, _ in found), found


def test_a_possessive_in_the_object_is_bound_by_the_acting_subject(tmp_path):
    # "withdrew its troops", "closed its border": "its" is the subject's own, never an earlier actor (Hamas here)
    found = events(tmp_path, "Hamas fired rockets at Israel on Monday.\n\n"
                             "Syria withdrew its troops from Lebanon on Tuesday.\n\n"
                             "Egypt closed its border with Israel on Wednesday.\n")
    assert found[1:] == [("RETREAT", ["syria"], ["lebanon"]), ("SANCTION", ["egypt"], ["israel"])], found


def test_letting_a_third_party_in_is_retreat_access(tmp_path):
    # PLOVER RETREAT "access": "allowing the entry of observers, peacekeepers, or humanitarian workers";
    # the subject admits, the party's actor is the target; letting anyone else do anything else is no event
    found = events(tmp_path, "Iraq allowed United States inspectors to return on Monday.\n\n"
                             "Syria allowed Lebanon to hold elections on Tuesday.\n")
    assert [(t, s, g) for t, s, g in found if t == "RETREAT"] == [("RETREAT", ["iraq"], ["united_states"])], found


def test_an_agreement_to_act_is_one_agree_event(tmp_path):
    # "agreed to withdraw": the agreement and the act it promises are one AGREE, with the act's target
    assert events(tmp_path, "Syria agreed to withdraw its troops from Lebanon on Monday.\n") == [
        ("AGREE", ["syria"], ["lebanon"])]


def test_a_protest_at_an_embassy_is_aimed_at_its_state_before_the_crowds_own(tmp_path):
    # through the whole pipeline, where the crowd's nationality ("Egyptians") was taken as the target first
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "wire.txt"
    path.write_text(HEADER + "Israel allowed Palestinian workers to enter Israel on Sunday.\n\n"
                    "Thousands of Egyptians protested outside the Israeli embassy in Cairo.\n", encoding="utf-8")
    found = [(e.type, e.target) for e in run(read_document(path)).events if e.type == "PROTEST"]
    assert found == [("PROTEST", ["israel"])], found


def test_joint_military_activity_is_cooperation_single_country_exercises_mobilize(tmp_path):
    # PLOVER manual: "Joint military operations are coded as COOPERATE but single-country exercises should be
    # coded as MOBILIZE"
    found = events(tmp_path, "Egypt and Kuwait held joint naval exercises on Monday.\n\n"
                             "Egypt held military exercises near Israel on Tuesday.\n\n"
                             "Syrian and Iraqi forces conducted a joint operation against Hamas on Friday.\n")
    assert [(t, s) for t, s, _ in found] == [("COOPERATE", ["egypt", "kuwait"]), ("MOBILIZE", ["egypt"]),
                                             ("COOPERATE", ["syria", "iraq"])], found


def test_a_party_inside_the_acted_on_phrase_is_the_target(tmp_path):
    # no actor heads "flood victims" or "its border": the party named inside the phrase is whom the act is for;
    # the possessive "its" is the doer's own, never a target
    assert events(tmp_path, "Japan sent emergency supplies to flood victims in Pakistan on Monday.\n\n"
                            "Syria moved troops to its border with Iraq on Tuesday.\n\n"
                            "Egypt moved troops to its border on Wednesday.\n") == [
        ("AID", ["japan"], ["pakistan"]), ("MOBILIZE", ["syria"], ["iraq"]), ("MOBILIZE", ["egypt"], [])]


def test_the_object_of_a_particle_verb_parsed_under_the_particle_is_the_target(tmp_path):
    found = wire_events(tmp_path, "Israel sealed off the West Bank and Gaza Strip after the bombing.\n",
                        {"Israel": ("israel", "country"), "West Bank": ("west_bank", "place"), "Gaza Strip": ("gaza_strip", "place")})
    assert found == [("COERCE", ["israel"], ["west_bank", "gaza_strip"])], found


def test_where_a_weapon_was_made_names_no_party(tmp_path):
    # "Chinese-made drones": the maker's country is the weapon's origin, not a doer or target of its use
    found = events(tmp_path, "Egypt used Chinese-made drones, which destroyed dozens of Syrian tanks on Monday.\n\n"
                             "Pakistani-built rockets hit Beirut on Tuesday.\n")
    assert all("china" not in s + g and "pakistan" not in s + g for _, s, g in found), found
