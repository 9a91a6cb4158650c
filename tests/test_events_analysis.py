"""Think-tank analysis prose (issue 8): background, courses and conditions are not acts; troops arriving deploy.

Each mechanism is checked on invented sentences from arenas outside the development texts, and on its near miss,
the same words reporting one act.
"""

from event_fixtures import wire_events

from foothold.extract.events.modality import why_not_factual
from foothold.extract.nlp import load_nlp

ACTORS = {"Qatar": ("qatar", "country"), "Qatari": ("qatar", "country"), "Somalia": ("somalia", "country"),
          "Rwanda": ("rwanda", "country"), "Rwandan": ("rwanda", "country"), "Mozambique": ("mozambique", "country"),
          "Russia": ("russia", "country"), "Tajikistan": ("tajikistan", "country"), "Moscow": ("moscow", "place"),
          "Dushanbe": ("dushanbe", "place"), "France": ("france", "country"), "French": ("france", "country"),
          "Bamako": ("bamako", "place"), "Mali": ("mali", "country"), "Emmanuel Macron": ("macron", "person"),
          "the M23": ("m23", "organization"), "Goma": ("goma", "place"), "Congo": ("congo", "country")}


def reason(sentence: str, word: str) -> str | None:
    doc = load_nlp()(sentence)
    return why_not_factual(next(t for t in doc if t.text == word))


def test_a_perfect_run_from_a_decade_is_a_course_of_acts(tmp_path):
    assert reason("Qatari charities have funded schools across Somalia since the 1990s.", "funded") == "habitual"
    assert wire_events(tmp_path, "Qatari charities have funded schools across Somalia since the 1990s.\n", ACTORS) == []
    # a year stays a dated past for the dater; a simple past with a date is one act
    assert reason("Qatar has funded a new port in Somalia since 2019.", "funded") is None
    got = wire_events(tmp_path, "Qatar funded a new port in Somalia in 2019.\n", ACTORS)
    assert [g[0] for g in got] == ["AID"], got


def test_a_past_perfect_relative_clause_is_the_partys_background(tmp_path):
    assert reason("The M23, which had seized Goma in 2012, left the city in December.", "seized") == "background"
    got = wire_events(tmp_path, "Mozambique asked Rwanda, which had trained its police, to send troops.\n", ACTORS)
    assert [g[0] for g in got] == ["REQUEST"], got
    # the same act in a relative clause's simple past is reported
    assert reason("The M23, which seized Goma on Tuesday, left the city in December.", "seized") != "background"


def test_as_long_as_is_a_condition(tmp_path):
    assert reason("Moscow will keep its base in Tajikistan as long as Dushanbe asks it to.", "asks") == "hypothetical"
    assert wire_events(tmp_path, "Russia will keep its base in Tajikistan as long as Dushanbe asks it to.\n",
                       ACTORS) == []
    assert reason("Russia kept its base in Tajikistan after Dushanbe asked it to.", "asked") is None


def test_troops_arriving_deploy_rather_than_visit(tmp_path):
    got = wire_events(tmp_path, "The first Rwandan soldiers arrived in Mozambique on Friday.\n", ACTORS)
    assert [(g[0], g[1], g[2]) for g in got] == [("MOBILIZE", ["rwanda"], ["mozambique"])], got
    got = wire_events(tmp_path, "French troops arrived in Bamako on Friday.\n", ACTORS)
    assert [g[0] for g in got] == ["MOBILIZE"] and "france" in got[0][1], got
    got = wire_events(tmp_path, "Emmanuel Macron arrived in Bamako on Friday.\n", ACTORS)
    assert [g[0] for g in got] == ["CONSULT"], got


ELECTORS = {"Lebanese": ("lebanon", "country"), "Michel Aoun": ("michel_aoun", "person"),
            "Turkish": ("turkey", "country"), "Libya": ("libya", "country"), "Misrata": ("misrata", "place")}


def test_a_body_electing_someone_appoints_them(tmp_path):
    got = wire_events(tmp_path, "On Monday the Lebanese parliament elected Michel Aoun as president.\n", ELECTORS)
    assert [(g[0], g[1], g[2]) for g in got] == [("SUPPORT", ["lebanon"], ["michel_aoun"])], got
    # a passive names the office held, not the act ("Michel Aoun, who was elected president, ...")
    assert wire_events(tmp_path, "Michel Aoun was elected president with Lebanese backing.\n", ELECTORS) == []


def test_goods_carried_to_a_party_are_aid(tmp_path):
    got = wire_events(tmp_path, "Turkish planes carried food and medicine to Libya on Monday.\n", ELECTORS)
    assert [(g[0], g[1], g[2]) for g in got] == [("AID", ["turkey"], ["libya"])], got
    got = wire_events(tmp_path, "Turkish drones carried out a strike on Misrata in Libya on Monday.\n", ELECTORS)
    assert [g[0] for g in got] == ["ASSAULT"], got


JUDGES = {"Armenia": ("armenia", "country"), "Azerbaijan": ("azerbaijan", "country"), "Seoul": ("seoul", "place"),
          "South Korea": ("south_korea", "country"), "Pyongyang": ("pyongyang", "place"),
          "Brazil": ("brazil", "country"), "Israeli": ("israel", "country"), "Gaza": ("gaza", "place"),
          "Ghana": ("ghana", "country"), "Burkina Faso": ("burkina_faso", "country")}


def test_a_judgement_the_parser_misread_is_still_an_accusation(tmp_path):
    # the called-out act read as a clause whose object is the judgement
    got = wire_events(tmp_path, "Armenia called the shelling a war crime by Azerbaijan on Monday.\n", JUDGES)
    assert [(g[0], g[1]) for g in got] == [("ACCUSE", ["armenia"])], got
    # the closing adjective read as the object of "of"
    got = wire_events(tmp_path, "Brazil called the Israeli blockade of Gaza inhumane on Monday.\n", JUDGES)
    assert [(g[0], g[1]) for g in got] == [("ACCUSE", ["brazil"])], got


def test_words_of_condemnation_type_what_a_thing_is_called(tmp_path):
    got = wire_events(tmp_path, "Ghana called the coup in Burkina Faso a betrayal on Monday.\n", JUDGES)
    assert [g[0] for g in got] == ["ACCUSE"], got
    got = wire_events(tmp_path, "South Korea called the launch a blatant aggression by Pyongyang on Monday.\n", JUDGES)
    assert [g[0] for g in got] == ["ACCUSE"], got


OFFENSIVES = {"Turkey": ("turkey", "country"), "Ethiopia": ("ethiopia", "country"), "Mekelle": ("mekelle", "place"),
              "the Islamic State": ("islamic_state", "organization"), "Hanoi": ("hanoi", "place"),
              "Vietnam": ("vietnam", "country"), "Beijing": ("beijing", "place"), "China": ("china", "country"),
              "Serbia": ("serbia", "country"), "Kosovo": ("kosovo", "country")}


def test_an_offensive_told_by_its_direction_is_launched(tmp_path):
    got = wire_events(tmp_path, "Turkey launched an offensive west of the Euphrates against the Islamic State on "
                                "Monday.\n", OFFENSIVES)
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["turkey"])] and "islamic_state" in got[0][2], got
    got = wire_events(tmp_path, "Ethiopia launched a new offensive north of Mekelle on Monday.\n", OFFENSIVES)
    assert [(g[0], g[1]) for g in got] == [("ASSAULT", ["ethiopia"])], got


def test_unlikely_acts_and_ended_ones_are_not_reported(tmp_path):
    assert reason("Hanoi is unlikely to challenge Beijing openly before the congress.", "challenge") == "hypothetical"
    assert reason("In 2016 Serbia stopped denying that its police were in Kosovo.", "denying") == "negated"
    assert wire_events(tmp_path, "Serbia has ceased blocking Kosovo's applications to regional bodies.\n",
                       OFFENSIVES) == []
    got = wire_events(tmp_path, "Serbia blocked Kosovo's application to Interpol on Monday.\n", OFFENSIVES)
    assert [g[0] for g in got] == ["REJECT"], got


LEADERS = {"Nigeria": ("nigeria", "country"), "Gambia": ("gambia", "country"), "Rwanda": ("rwanda", "country"),
           "Goma": ("goma", "place")}


def test_an_unnamed_body_acting_under_a_named_leader_is_the_leaders_act(tmp_path):
    got = wire_events(tmp_path, "The alliance, led by Nigeria, sent 3,000 troops to Gambia on Monday.\n", LEADERS)
    assert [(g[0], g[1]) for g in got] == [("MOBILIZE", ["nigeria"])], got
    # a backer is no doer
    got = wire_events(tmp_path, "The rebels, backed by Rwanda, seized Goma on Monday.\n", LEADERS)
    assert all("rwanda" not in g[1] for g in got), got


def test_every_year_since_a_date_is_a_rate(tmp_path):
    assert reason("The Chinese and Cambodian armies have held joint exercises every year since 2016.", "held") == "habitual"
    assert reason("A year after the coup, Mali expelled the French ambassador.", "expelled") is None


SPEAKERS = {"William Ruto": ("ruto", "person"), "Somalia": ("somalia", "country"), "Mogadishu": ("mogadishu", "place"),
            "Somalis": ("somalia", "country")}


def test_a_speakers_next_act_after_comma_and_he_is_reported(tmp_path):
    got = wire_events(tmp_path, "William Ruto said on Monday that Somalia was harbouring militants, and he urged "
                                "Somalis to expel them.\n", SPEAKERS)
    assert sorted(g[0] for g in got) == ["ACCUSE", "REQUEST"], got
    assert all(g[1] == ["ruto"] for g in got), got
    # a second that-clause stays inside the one statement
    got = wire_events(tmp_path, "William Ruto said on Monday that Somalia was harbouring militants and that its "
                                "army had urged Mogadishu to act.\n", SPEAKERS)
    assert len(got) == 1, got


def test_blocking_a_joint_text_is_rejecting_it(tmp_path):
    actors = {"Hungary": ("hungary", "country"), "EU": ("eu", "organization"), "China": ("china", "country")}
    got = wire_events(tmp_path, "Hungary blocked an EU declaration on China on Monday.\n", actors)
    assert [(g[0], g[1]) for g in got] == [("REJECT", ["hungary"])], got
    got = wire_events(tmp_path, "Hungary blocked a joint communique on China on Monday.\n", actors)
    assert [(g[0], g[1]) for g in got] == [("REJECT", ["hungary"])], got


def test_his_visit_in_the_clause_of_a_named_subject_is_the_subjects(tmp_path):
    actors = {"Javier Milei": ("milei", "person"), "Washington": ("washington", "place")}
    got = wire_events(tmp_path, "On Monday Javier Milei chose Washington for his first official visit abroad.\n", actors)
    assert [(g[0], g[1]) for g in got] == [("CONSULT", ["milei"])], got
    # "his visit" with no named subject in its clause stays an anaphoric mention
    assert wire_events(tmp_path, "On Monday officials praised his first official visit abroad.\n", actors) == []


def test_goods_listed_before_the_last_noun_are_objects_too(tmp_path):
    actors = {"Egypt": ("egypt", "country"), "Gaza": ("gaza", "place")}
    got = wire_events(tmp_path, "Egypt sent fuel and building materials to Gaza on Monday.\n", actors)
    assert [(g[0], g[1]) for g in got] == [("AID", ["egypt"])], got
    # no listed good among them: the verb's other sense stays out
    assert wire_events(tmp_path, "Egypt sent greetings and warm wishes to Gaza on Monday.\n", actors) == []


# events/analysis.py: how analysis prose times and frames the acts it tells (own sentences, other arenas)
SHIFTERS = {"Kenya": ("kenya", "country"), "Ugandan": ("uganda", "country"), "Uganda": ("uganda", "country"),
            "Nairobi": ("nairobi", "place"), "Morocco": ("morocco", "country"), "Spain": ("spain", "country"),
            "Madrid": ("madrid", "place"), "Colombia": ("colombia", "country"), "ELN": ("eln", "organization"),
            "Mali": ("mali", "country"), "French": ("france", "country"), "France": ("france", "country"),
            "Algeria": ("algeria", "country"), "Polisario Front": ("polisario", "organization"),
            "Kyrgyzstan": ("kyrgyzstan", "country"), "Tajikistan": ("tajikistan", "country"),
            "Taliban": ("taliban", "organization"), "Pakistani": ("pakistan", "country"),
            "Venezuela": ("venezuela", "country"), "Caracas": ("caracas", "place"),
            "Ilham Aliyev": ("aliyev", "person"), "Armenia": ("armenia", "country"),
            "Nicaragua": ("nicaragua", "country"), "Azerbaijani": ("azerbaijan", "country"),
            "Nikol Pashinyan": ("pashinyan", "person"), "Pedro Sanchez": ("sanchez", "person"),
            "Polisario Front leader": ("polisario", "organization"), "Prague": ("prague", "place"),
            "Gustavo Petro": ("petro", "person"), "Nicolas Maduro": ("maduro", "person"),
            "Moroccan": ("morocco", "country"), "Haiti": ("haiti", "country")}


def dated_events(tmp_path, text: str) -> list[tuple]:
    from event_fixtures import extract_events
    header = "source: own writing, think-tank analysis style\ntitle: A note (research note, March 2024)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", SHIFTERS, "note.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_a_shift_in_the_acts_own_clause_counts_from_the_last_date(tmp_path):
    got = dated_events(tmp_path, "Kenya expelled two Ugandan diplomats on March 3, 2022, and Uganda recalled its "
                                 "ambassador from Nairobi the next day.")
    assert ("SANCTION", ["kenya"], "2022-03-03") in got and ("SANCTION", ["uganda"], "2022-03-04") in got, got
    got = dated_events(tmp_path, "Mali expelled the French ambassador on January 31, 2022, and France recalled its "
                                 "envoy for consultations a week later.")
    assert ("SANCTION", ["france"], "2022-02-07") in got, got
    got = dated_events(tmp_path, "Morocco recalled its ambassador from Madrid on May 18, 2021, and Spain accused "
                                 "Morocco of blackmail the following month.")
    assert ("ACCUSE", ["spain"], "2021-06") in got, got
    # from the last date told, also in the sentence before; a past perfect so counted is dated
    got = dated_events(tmp_path, "On January 20, 2024 the ELN attacked an army base. A week earlier Colombia had "
                                 "suspended talks with the ELN.")
    assert ("SANCTION", ["colombia"], "2024-01-13") in got, got
    # near miss: a date in the act's own clause stays
    got = dated_events(tmp_path, "Kenya expelled two Ugandan diplomats, and Uganda recalled its ambassador from "
                                 "Nairobi on March 4, 2022.")
    assert ("SANCTION", ["uganda"], "2022-03-04") in got, got


def test_a_run_of_acts_told_as_one_is_no_event(tmp_path):
    for sentence in ("Caracas will probably keep backing the ELN in the border states.",
                     "Morocco has long accused Algeria of arming the Polisario Front.",
                     "Algeria has long backed the Polisario Front.",
                     "The Taliban, which has attacked Pakistani posts several times, will probably keep raiding "
                     "the border."):
        assert dated_events(tmp_path, sentence) == [], sentence
    # near misses: the same acts told once
    assert [g[0] for g in dated_events(tmp_path, "Morocco accused Algeria of arming the Polisario Front in 2021.")] \
        == ["ACCUSE"]
    assert [g[0] for g in dated_events(tmp_path, "The Taliban attacked Pakistani posts on May 2, 2023.")] == ["ASSAULT"]


def test_paying_for_a_hostile_act_threatens(tmp_path):
    assert dated_events(tmp_path, "Ilham Aliyev said Armenia would pay for the shelling.")[0][:2] \
        == ("THREATEN", ["aliyev"])
    # paying for goods is no threat
    assert [g[0] for g in dated_events(tmp_path, "Ilham Aliyev said Armenia would pay for the fuel.")] != ["THREATEN"]


def test_approving_a_pact_mocking_and_revoking_citizenship(tmp_path):
    assert [g[0] for g in dated_events(tmp_path, "Pedro Sanchez approved the sale of patrol boats to Morocco in "
                                                 "March 2022.")] == ["SUPPORT"]
    assert [g[0] for g in dated_events(tmp_path, "Azerbaijani officials mocked Nikol Pashinyan on state television "
                                                 "in May 2023.")] == ["ACCUSE"]
    assert [g[0] for g in dated_events(tmp_path, "Nicaragua revoked the citizenship of 94 opponents in February "
                                                 "2023.")] == ["COERCE"]
    # revoking a decree is no coercion of a person
    assert [g[0] for g in dated_events(tmp_path, "Nicaragua revoked the decree in February 2023.")] != ["COERCE"]


def test_a_deadline_inside_what_is_pledged_or_asked_does_not_date_the_act(tmp_path):
    got = dated_events(tmp_path, "Under the accord signed on May 3, 2023 Colombia pledged to free the prisoners by "
                                 "September.")
    assert [(g[0], g[2][:4]) for g in got] == [("AGREE", "2023")] and got[0][2] != "2023-09", got
    got = dated_events(tmp_path, "In June 2021 Morocco asked Spain to hand over the Polisario Front leader by July.")
    assert ("REQUEST", ["morocco"], "2021-06") in got, got


def test_the_second_of_two_coordinated_acts_takes_its_own_year(tmp_path):
    got = dated_events(tmp_path, "In March 2021 Kenya expelled two Ugandan diplomats, and Uganda recalled its "
                                 "ambassador from Nairobi in early 2022.")
    assert ("SANCTION", ["kenya"], "2021-03") in got and ("SANCTION", ["uganda"], "2022") in got, got
    got = dated_events(tmp_path, "In December 2021 Mali expelled the French ambassador, and France withdrew its last "
                                 "troops from Mali in 2022.")
    assert [g[2] for g in got if g[0] == "RETREAT"] == ["2022"], got


def test_the_two_standing_alone_are_the_pair_named_before(tmp_path):
    got = dated_events(tmp_path, "Nikol Pashinyan met Ilham Aliyev in Prague on October 6, 2022, and the two agreed to "
                                 "resume border talks.")
    assert ("AGREE", ["pashinyan", "aliyev"], "2022-10-06") in got, got
    got = dated_events(tmp_path, "Kenya and Uganda met in May 2023. Both agreed to reopen the border.")
    assert ("AGREE", ["kenya", "uganda"], "2023-05") in got, got
    # near miss: a numbered noun is no bare pair
    got = dated_events(tmp_path, "The two main parties in Kenya boycotted the vote in May 2023.")
    assert [g[1] for g in got] == [["kenya"]], got


def test_extending_a_loan_or_a_swap_is_aid(tmp_path):
    assert dated_events(tmp_path, "Kenya extended a currency swap of 400 million dollars to Uganda in October "
                                  "2024.") == [("AID", ["kenya"], "2024-10")]
    # extending a mandate is no aid
    assert [g[0] for g in dated_events(tmp_path, "Kenya extended the mandate of the mission in May 2023.")] != ["AID"]


def test_an_unnamed_bodys_object_pronoun_is_the_person_its_sentence_named(tmp_path):
    from event_fixtures import extract_events
    actors = {"Ilham Aliyev": ("aliyev", "person"), "Tofig Yagublu": ("yagublu", "person"),
              "Azerbaijani": ("azerbaijan", "country")}
    ctx = extract_events(tmp_path, "source: own writing\ntitle: A note (March 2024)\n\nIlham Aliyev spoke on May 1, "
                         "2023. On May 2 Azerbaijani police detained the activist Tofig Yagublu, accusing him of "
                         "fraud.\n", actors, "note.txt")
    accused = [e.target for e in ctx.events if e.type == "ACCUSE"]
    assert accused == [["yagublu"]], [(e.type, e.source, e.target) for e in ctx.events]


def test_a_hedged_future_is_the_writers_forecast_and_a_past_progressive_a_course(tmp_path):
    for sentence in ("Kenya will probably send more police to Haiti.",
                     "Algeria will likely expel more Moroccan diplomats.",
                     "In 2019 Caracas was arming the ELN in the border states.",
                     "A year later Kenya was asking Uganda for money."):
        assert dated_events(tmp_path, sentence) == [], sentence
    # near misses: an unhedged future said by a party, and the simple past
    got = dated_events(tmp_path, "Algeria will expel more Moroccan diplomats, its foreign minister said on May 2, 2023.")
    assert [g[0] for g in got] == ["THREATEN"], got
    assert [g[0] for g in dated_events(tmp_path, "A year later Kenya asked Uganda for money.")] == ["REQUEST"]
    # the speaker's next act after a past progressive he said stays his act
    got = dated_events(tmp_path, "Pedro Sanchez said on May 2, 2023 that Morocco was spreading chaos, and he urged "
                                 "Algeria to resume talks.")
    assert "REQUEST" in [g[0] for g in got], got
