"""Who takes part in an event (events/arguments.py), on invented newswire sentences (issue 8)."""

from event_fixtures import wire_events

ACTORS = {
    "United States": ("united_states", "country"), "Iran": ("iran", "country"), "Syria": ("syria", "country"), "Syrian": ("syria", "country"),
    "Israel": ("israel", "country"), "Israeli": ("israel", "country"), "Jordan": ("jordan", "country"),
    "Hezbollah": ("hezbollah", "organization"), "Arab League": ("arab_league", "organization"),
}


def events(tmp_path, text: str):
    return wire_events(tmp_path, text, ACTORS)


def test_a_report_told_after_its_content_is_not_another_statement(tmp_path):
    # "X condemned Y, Z said": Z's saying is the attribution of X's act, not a second ACCUSE
    assert events(tmp_path, "Syria condemned the Israeli air strikes, the foreign minister said on Monday.\n\n"
                            "Jordan condemned the Israeli air strikes, Hezbollah said on Tuesday.\n") == [
        ("ACCUSE", ["syria"], ["israel"]), ("ACCUSE", ["jordan"], ["israel"])]


def test_who_takes_part_in_or_leads_a_happening_is_its_doer(tmp_path):
    found = events(tmp_path, "Jordan took part in the talks with Israel in Washington on Monday.\n\n"
                             "Syrian troops led the offensive against Hezbollah on Tuesday.\n\n"
                             "Iran participated in the air strikes on Hezbollah on Wednesday.\n")
    assert [(s, t) for _, s, t in found] == [(["jordan"], ["israel"]), (["syria"], ["hezbollah"]),
                                            (["iran"], ["hezbollah"])], found


def test_a_possessor_beside_an_of_phrase_is_the_doer(tmp_path):
    # "Israel's bombing of Syria": subjective genitive; "Hezbollah's bombing" alone: the bombed
    found = events(tmp_path, "Israel's bombing of Syria in June drew condemnation.\n\n"
                             "The bombing of Jordan by Iran in May drew condemnation.\n")
    assert [(s, t) for _, s, t in found] == [(["israel"], ["syria"]), (["iran"], ["jordan"])], found


def test_a_reported_would_is_a_stated_intention(tmp_path):
    # reported speech moves "will" back to "would" after a past speech verb: PLOVER AGREE (THREATEN
    # when the act hurts); a present "says it would" is a conditional, not an intention
    found = events(tmp_path, "Syria said on Monday it would withdraw its troops from Jordan.\n\n"
                             "Iran said on Tuesday it would retaliate against any attack by Israel.\n\n"
                             "Jordan says it would withdraw its troops from Syria.\n")
    assert [(t, s, g) for t, s, g in found] == [("AGREE", ["syria"], ["jordan"]),
                                               ("THREATEN", ["iran"], ["israel"])], found


def test_a_document_speaks_for_its_author_or_the_parties_it_names(tmp_path):
    # "a statement from X" speaks for X; an unsigned joint communique for the parties its content makes
    # the subject, and two parties' stated intention is an agreement (PLOVER AGREE)
    found = events(tmp_path, "A statement from the Arab League called on Israel to withdraw from Jordan.\n\n"
                             "A joint communique said both Syria and Jordan would work to settle the border dispute.\n")
    assert found == [("REQUEST", ["arab_league"], ["israel"]), ("AGREE", ["syria", "jordan"], [])], found


def test_the_two_sides_after_a_meeting_are_its_parties(tmp_path):
    found = events(tmp_path, "Syria held talks with Jordan in Amman on Monday, and the two sides agreed to "
                             "resume trade.\n")
    assert ("AGREE", ["syria", "jordan"], []) in found, found


def test_its_in_what_a_state_says_is_the_speakers(tmp_path):
    # Hezbollah is named a sentence before; "its troops" in what Jordan says are Jordan's
    found = events(tmp_path, "Hezbollah held a rally in Beirut on Sunday.\n\n"
                             "Jordan said its troops had killed four Syrian smugglers on Monday.\n")
    assert ("ASSAULT", ["jordan"], ["syria"]) in found, found


def test_an_unnamed_state_body_acts_for_the_state_it_acts_in(tmp_path):
    # news-dev README: unnamed bodies' acts are coded with the country; the capital names it
    found = wire_events(tmp_path, "Police arrested 40 protesters in Tehran on Saturday.\n\n"
                                  "A court in Cairo sentenced two Jordanian journalists to prison on Sunday.\n\n"
                                  "Iraqi police arrested two Syrian smugglers in Cairo on Monday.\n",
                        {"Tehran": ("tehran", "place"), "Cairo": ("cairo", "place"), "Jordanian": ("jordan", "country"),
                         "Iraqi": ("iraq", "country"), "Syrian": ("syria", "country")})
    assert [(s, t) for _, s, t in found] == [(["iran"], []), (["egypt"], ["jordan"]), (["iraq"], ["syria"])], found


def test_each_conjunct_of_an_acting_subject_is_a_party(tmp_path):
    # within one phrase an organisation outranks a country; across conjuncts both act
    found = events(tmp_path, "Syria and Hezbollah condemned the Israeli air strikes on Monday.\n\n"
                             "Jordan and the Arab League urged Israel to halt settlement building on Tuesday.\n")
    assert [(t, s) for t, s, _ in found] == [("ACCUSE", ["syria", "hezbollah"]), ("REQUEST", ["jordan", "arab_league"])], found


def test_each_name_listed_in_an_object_is_a_party(tmp_path):
    # a country beside a group: both are accused (within one phrase the organisation would outrank the country)
    found = events(tmp_path, "Israel accused Iran and Hezbollah of plotting the attack on Monday.\n")
    assert found == [("ACCUSE", ["israel"], ["iran", "hezbollah"])], found


def test_which_is_its_antecedent_alone(tmp_path):
    # "Hezbollah, which ..., and Iran": the relative clause's doer is Hezbollah, not the later conjunct
    found = events(tmp_path, "Israel accused Hezbollah, which attacked Jordan on Sunday, and Iran on Monday.\n")
    assert ("ASSAULT", ["hezbollah"], ["jordan"]) in found, found


def test_the_parties_a_named_mediator_acts_between_are_its_targets(tmp_path):
    found = events(tmp_path, "Jordan's mediation between Israel and Hezbollah resumed on Monday.\n")
    assert found == [("CONSULT", ["jordan"], ["israel", "hezbollah"])], found


def test_a_by_phrase_inside_a_rejected_demand_names_whom_it_answers(tmp_path):
    found = events(tmp_path, "Jordan dismissed demands for a border commission by the Arab League.\n\n"
                             "Syria demanded the release of prisoners held by Israel.\n")
    assert [(s, t) for _, s, t in found] == [(["jordan"], ["arab_league"]), (["syria"], ["israel"])], found


def test_the_subjects_own_his_does_not_hide_the_counterparts_state(tmp_path):
    # a person named before would take "his" and outrank the country; "his" is the acting subject's own
    found = wire_events(tmp_path, "The Iran envoy Ali Reza met officials in Amman on Sunday.\n\n"
                                  "The Syrian foreign minister telephoned his Israeli counterpart on Monday.\n",
                        {**ACTORS, "Ali Reza": ("ali_reza", "person")})
    assert ("CONSULT", ["syria"], ["israel"]) in found, found


def test_a_subject_pronoun_continues_the_last_subject_not_the_nearest_name(tmp_path):
    # the whole pipeline: the mention resolver attaches "He" to the nearest person (Museveni)
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    story = tmp_path / "wire.txt"
    story.write_text("source: https://example.org/a\ntitle: Wire (Reuters, 5 May 1995)\n\nKenyan President William Ruto "
                     "thanked Ugandan President Yoweri Museveni for the talks. He said Somalia had violated the border.\n",
                     encoding="utf-8")
    events = run(read_document(story)).to_format()["events"]
    said = [e for e in events if e["evidence"].startswith("He said")]
    assert said and said[0]["source"] == ["william_ruto"], events
def test_the_object_of_a_misparsed_subordinator_is_its_clauses_subject(tmp_path):
    # the parser reads "since" as a preposition with object "Jordan" and hangs "signed" on "deepened":
    # Jordan signs, not the main clause's Iran
    actors = {"Turkey": ("turkey", "country"), "Libya": ("libya", "country"), "GNA": ("gna", "organization"),
              "Government of National Accord": ("gna", "organization"), "Ankara": ("turkey", "country")}
    found = wire_events(tmp_path, "Turkey has deepened its involvement in western Libya since the Government of "
                                  "National Accord (GNA) signed a security memorandum with Ankara in November 2019.\n",
                        actors)
    assert [(s, t) for _, s, t in found] == [(["gna"], ["turkey"])], found


def test_sending_fighters_abroad_is_military_aid(tmp_path):
    assert events(tmp_path, "Hezbollah sent several hundred fighters to Syria in December.\n") == [
        ("AID", ["hezbollah"], ["syria"])]


def test_who_ground_is_taken_from_is_the_target(tmp_path):
    found = events(tmp_path, "Syrian troops captured the air base from Hezbollah on Monday.\n\n"
                             "Hezbollah recaptured the town from Syrian forces on Tuesday.\n")
    assert [(s, t) for _, s, t in found] == [(["syria"], ["hezbollah"]), (["hezbollah"], ["syria"])], found


def test_an_apposition_names_the_acting_phrase_not_its_possessor(tmp_path):
    actors = {**ACTORS, "Aung San Suu Kyi": ("suu_kyi", "person"),
              "National League for Democracy": ("nld", "organization")}
    found = wire_events(tmp_path, "Aung San Suu Kyi remains in detention. Her party, the National League for "
                                  "Democracy, called on Israel to release the prisoners on Monday.\n", actors)
    assert [(s, t) for _, s, t in found] == [(["nld"], ["israel"])], found


def test_a_descriptive_apposition_of_a_named_actor_names_no_other_party(tmp_path):
    found = events(tmp_path, "The United States, a close ally of Israel, condemned Iran on Monday.\n")
    assert [(s, t) for _, s, t in found] == [(["united_states"], ["iran"])], found


def test_what_an_act_is_called_types_the_judgement_not_the_conjoined_request(tmp_path):
    found = events(tmp_path, 'Syria called the Israeli action "excessive and offensive" on Monday.\n\n'
                             'Jordan called the Israeli raid "excessive" and urged Israel to stop on Tuesday.\n')
    assert [e for e, _, _ in found] == ["ACCUSE", "ACCUSE", "REQUEST"], found


def test_an_object_hung_on_a_verb_after_its_conjunct_is_not_its_target(tmp_path):
    actors = {**ACTORS, "Mali": ("mali", "country"), "French": ("france", "country"), "Wagner": ("wagner", "organization"),
              "JNIM": ("jnim", "organization"), "al-Qaeda": ("al_qaeda", "organization"),
              "Assimi Goita": ("goita", "person")}
    found = wire_events(tmp_path, "Mali's junta, headed by Colonel Assimi Goita, expelled French troops in 2022 and "
                                  "invited Wagner to help fight jihadist groups, including Jama'at Nusrat al-Islam "
                                  "wal-Muslimin (JNIM), an al-Qaeda affiliate.\n", actors)
    assert found[0] == ("SANCTION", ["mali"], ["france"]), found


def test_the_last_word_of_an_organisations_name_stands_for_it(tmp_path):
    found = wire_events(tmp_path, "The Arab League on Monday backed the plan. Jordan thanked the league on Tuesday.\n",
                        ACTORS)
    assert ("SUPPORT", ["jordan"], ["arab_league"]) in found, found
    # a noun that ends no name named before stands for nobody
    found = wire_events(tmp_path, "The Arab League on Monday backed the plan. Jordan thanked the council on Tuesday.\n",
                        ACTORS)
    assert not any(e[1] == ["jordan"] and e[2] for e in found), found


def test_an_unquoted_we_of_a_release_is_its_issuer_not_the_actor_named_last(tmp_path):
    actors = {"United States": ("united_states", "country"), "Azerbaijan": ("azerbaijan", "country"),
              "Azerbaijani": ("azerbaijan", "country"), "Armenia": ("armenia", "country"),
              "Armenian": ("armenia", "country")}
    found = wire_events(tmp_path, "The United States is deeply concerned by Azerbaijan's military actions. Azerbaijani "
                                  "forces shelled towns. The United States calls on Azerbaijan to stop. Azerbaijan has "
                                  "stated that it will talk to the ethnic Armenian population. We welcome the ceasefire "
                                  "announced on Monday. The United States will provide aid.\n", actors)
    assert any(e == "SUPPORT" and s == ["united_states"] for e, s, _ in found), found


def test_being_alarmed_by_someones_conduct_accuses_them(tmp_path):
    found = events(tmp_path, "The United States is deeply concerned by Israel's military actions in Syria, officials "
                             "said on Monday.\n\nJordan is concerned about the economy, officials said on Tuesday.\n")
    assert found == [("ACCUSE", ["united_states"], ["israel"])], found


def test_a_common_noun_known_as_a_name_is_that_name(tmp_path):
    # "The militants, known locally as X, attacked ...": the participle names the acting phrase
    actors = {**ACTORS, "Ansar Dine": ("ansar_dine", "organization"), "Gao": ("gao", "place")}
    found = wire_events(tmp_path, "The militants, known locally as Ansar Dine, attacked Gao on Monday.\n\n"
                                  "A militia called Hezbollah attacked a convoy in Syria on Tuesday.\n", actors)
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", ["ansar_dine"]), ("ASSAULT", ["hezbollah"])], found


def test_names_the_parser_hung_on_an_earlier_phrase_are_the_subject_of_a_verb_left_without_one(tmp_path):
    # "At a summit in Paris, Syria and Jordan agreed ...": the list was read as more of "Paris";
    # "..., and Prime Minister X, in Amman for talks, warned ...": X was read as a conjunct of the first clause
    actors = {**ACTORS, "Paris": ("paris", "place"), "Amman": ("amman", "place"), "Nabil Haddad": ("nabil_haddad", "person")}
    found = wire_events(tmp_path, "On Monday, at a summit hosted by the Arab League in Paris, Syria, Jordan and Israel agreed to "
                                  "share intelligence against Hezbollah.\n\n"
                                  "Syria said on Tuesday that it would protect its citizens, and Prime Minister Nabil Haddad, "
                                  "in Amman for talks, warned that Israel's actions would draw a response.\n", actors)
    sources = [s for t, s, _ in found]
    assert ["syria", "jordan", "israel"] in sources, found
    assert ["nabil_haddad"] in sources, found


def test_whose_help_is_asked_for_is_who_is_asked(tmp_path):
    assert ("REQUEST", ["jordan"], ["syria"]) in events(
        tmp_path, "Jordan visited Washington in June and asked for Syrian investment.\n")


def test_a_grant_or_loan_suspended_or_frozen_is_a_sanction(tmp_path):
    found = events(tmp_path, "Jordan suspended a $3 billion grant to Syria on Monday.\n\n"
                             "Iran froze development assistance to Syria on Tuesday.\n")
    assert ("SANCTION", ["jordan"], ["syria"]) in found and ("SANCTION", ["iran"], ["syria"]) in found


def test_declining_to_back_is_a_rejection_and_declining_to_comment_is_not(tmp_path):
    assert events(tmp_path, "Jordan declined to back the Arab League statement on Monday.\n") == [
        ("REJECT", ["jordan"], ["arab_league"])]
    assert events(tmp_path, "Jordan declined to comment on the Arab League statement on Monday.\n") == []
