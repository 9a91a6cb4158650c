"""Wording no trigger read before (issue 8, evvocab): ballots cast for a person, charges filed or faced, fires set.

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import wire_events

PARTIES = {"Lina Haddad": ("lina_haddad", "person"), "Workers' Front": ("workers_front", "organization"),
           "Omar Sesay": ("omar_sesay", "person"), "Sierra Leone": ("sierra_leone", "country"),
           "Liberia": ("liberia", "country"), "Tomas Varga": ("tomas_varga", "person"),
           "Green Brigade": ("green_brigade", "organization")}


def test_a_ballot_for_a_person_endorses_them(tmp_path):
    # the "for" phrase of a ballot names whom it endorses (arguments.BALLOT_VERBS)
    events = wire_events(tmp_path, "Deputies of the Workers' Front voted for Lina Haddad on Tuesday.", PARTIES)
    assert ("SUPPORT", ["workers_front"], ["lina_haddad"]) in events


def test_a_ballot_for_a_bill_names_no_party(tmp_path):
    events = wire_events(tmp_path, "Deputies of the Workers' Front voted for the budget bill on Tuesday.", PARTIES)
    assert not [e for e in events if e[0] == "SUPPORT"]


def test_charges_filed_against_a_party_accuse_it(tmp_path):
    events = wire_events(tmp_path, "Sierra Leone filed charges against Omar Sesay on Monday.", PARTIES)
    assert ("ACCUSE", ["sierra_leone"], ["omar_sesay"]) in events


def test_charge_in_other_senses_accuses_no_one(tmp_path):
    events = wire_events(tmp_path, "Omar Sesay took charge of the ports of Sierra Leone on Monday.", PARTIES)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_a_speaker_saying_a_party_will_face_charges_accuses_it(tmp_path):
    events = wire_events(tmp_path, "Liberia's justice minister said on Friday that Tomas Varga would face charges "
                                   "of fraud.", PARTIES)
    assert [e for e in events if e[0] == "ACCUSE" and "tomas_varga" in e[2]]


def test_facing_no_charges_accuses_no_one(tmp_path):
    events = wire_events(tmp_path, "Liberia's justice minister said on Friday that Tomas Varga would not face "
                                   "charges.", PARTIES)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_fire_set_to_property_is_an_attack(tmp_path):
    events = wire_events(tmp_path, "Fighters of the Green Brigade set fire to a customs post in Liberia on "
                                   "Sunday.", PARTIES)
    assert [e for e in events if e[0] == "ASSAULT" and e[1] == ["green_brigade"]]


def test_charges_brought_or_pressed_against_a_party_accuse_it(tmp_path):
    for body in ("Sierra Leone brought charges against Omar Sesay on Monday.",
                 "Sierra Leone pressed charges against Omar Sesay on Monday."):
        assert ("ACCUSE", ["sierra_leone"], ["omar_sesay"]) in wire_events(tmp_path, body, PARTIES), body


def test_undecided_charges_accuse_no_one(tmp_path):
    events = wire_events(tmp_path, "Sierra Leone has not decided whether to bring charges against Omar Sesay.",
                         PARTIES)
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_a_suspended_licence_sanctions_its_holder_and_an_ignored_summons_rejects_it(tmp_path):
    # plover.yaml: "suspend" takes licences and certificates; "ignore" a subpoena, an order or an ultimatum
    events = wire_events(tmp_path, "Liberia suspended the licence of the Green Brigade on Monday.", PARTIES)
    assert ("SANCTION", ["liberia"], ["green_brigade"]) in events
    events = wire_events(tmp_path, "Omar Sesay ignored two subpoenas from the Workers' Front on Monday.", PARTIES)
    assert [e for e in events if e[0] == "REJECT" and e[1] == ["omar_sesay"]]
    events = wire_events(tmp_path, "Omar Sesay ignored the reporters outside the court on Monday.", PARTIES)
    assert not [e for e in events if e[0] == "REJECT"]


def test_an_application_to_join_asks_for_membership(tmp_path):
    events = wire_events(tmp_path, "Liberia applied to join the Workers' Front on Monday.", PARTIES)
    assert [e for e in events if e[0] == "REQUEST" and e[1] == ["liberia"]]
    events = wire_events(tmp_path, "Liberia applied new tariffs to imports on Monday.", PARTIES)
    assert not [e for e in events if e[0] == "REQUEST"]


def test_a_date_on_a_phrase_triggers_own_words_dates_the_act(tmp_path):
    from event_fixtures import extract_events
    ctx = extract_events(tmp_path, "Liberia applied to join the Workers' Front on March 3, 2021 (Daily Post, "
                                   "March 9, 2021).\n", PARTIES)
    assert [(e.type, e.date.iso) for e in ctx.events if e.type == "REQUEST"] == [("REQUEST", "2021-03-03")]
