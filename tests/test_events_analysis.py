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
