"""Whom an act is aimed at when only its purpose names it (events/purposes.py; issue 8, newswire2).

Sentences are our own, written for these tests about arenas outside the development texts and the newswire files.
"""

from event_fixtures import wire_events

PARTIES = {"Indonesia": ("indonesia", "country"), "Indonesian": ("indonesia", "country"),
           "East Timor": ("east_timor", "place"), "Portugal": ("portugal", "country"),
           "Portuguese": ("portugal", "country"), "Australia": ("australia", "country"),
           "Australian": ("australia", "country"), "Dili": ("dili", "place"), "Jakarta": ("jakarta", "place"),
           "Fretilin": ("fretilin", "organization"), "Haiti": ("haiti", "country"), "Haitian": ("haiti", "country"),
           "Canada": ("canada", "country")}


def test_a_protest_aimed_by_its_purpose(tmp_path):
    events = wire_events(tmp_path, "Hundreds of Portuguese students marched through Lisbon on Saturday to demand "
                                   "sanctions against Indonesia.", PARTIES)
    assert [e for e in events if e[0] == "PROTEST" and "indonesia" in e[2]]


def test_money_pledged_to_rebuild_a_country_is_aimed_at_it(tmp_path):
    events = wire_events(tmp_path, "The Canadian government pledged $30 million to rebuild Haiti.",
                         PARTIES | {"Canadian": ("canada", "country")})
    assert [e for e in events if e[1] == ["canada"] and e[2] == ["haiti"]]


def test_forces_called_up_to_confront_a_named_group(tmp_path):
    events = wire_events(tmp_path, "Indonesia called up army reservists in order to confront Fretilin guerrillas.",
                         PARTIES)
    assert [e for e in events if e[0] == "MOBILIZE" and e[1] == ["indonesia"] and e[2] == ["fretilin"]]


def test_a_clause_with_its_own_subject_or_a_named_target_is_not_read(tmp_path):
    events = wire_events(tmp_path, "Australia urged Indonesia to allow Portugal to send observers.", PARTIES)
    assert [e for e in events if e[0] == "REQUEST" and e[2] == ["indonesia"]]
    events = wire_events(tmp_path, "Indonesian troops shelled Fretilin positions to prevent an Australian landing.",
                         PARTIES)
    assert [e for e in events if e[0] == "ASSAULT" and e[2] == ["fretilin"]]


def test_an_act_with_no_purpose_gets_no_target_from_a_later_clause(tmp_path):
    events = wire_events(tmp_path, "Portuguese students marched through Lisbon on Saturday, and Australia later "
                                   "criticised Indonesia.", PARTIES)
    assert [e for e in events if e[0] == "PROTEST" and "indonesia" not in e[2]]
