"""What another party said, relayed inside a statement (issue 8): "takes note of the statement by X, which
condemned ...", "welcomed the appeal by X calling for ...". The relayed verb's doer is the author of the statement
noun it hangs on (by / from / of / possessor), not the noun and not the speaker relaying it.

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"Norway": ("norway", "country"), "the African Union": ("au", "organization"),
          "the Arab League": ("arab_league", "organization"), "Chile": ("chile", "country"),
          "Peru": ("peru", "country"), "Serbia": ("serbia", "country"), "Kosovo": ("kosovo", "country"),
          "Brazil": ("brazil", "country"), "Cuba": ("cuba", "country"), "Kenya": ("kenya", "country"),
          "the Vatican": ("vatican", "organization"), "Jordan": ("jordan", "country"),
          "the OSCE": ("osce", "organization"), "Armenia": ("armenia", "country")}


def typed_sources(got, etype):
    return [s for g in got if g[0] == etype for s in g[1]]


def test_a_relative_clause_on_a_communique_is_its_issuers_act(tmp_path):
    got = wire_events(tmp_path, "Jordan noted the communique issued by the Arab League, which condemned the raid "
                                "on the refugee camp.\n", ACTORS)
    assert "arab_league" in typed_sources(got, "ACCUSE"), got


def test_a_participle_on_a_statement_by_a_party_is_that_partys_act(tmp_path):
    got = wire_events(tmp_path, "Norway welcomed the statement by the African Union calling for an immediate "
                                "ceasefire in the region.\n", ACTORS)
    assert "au" in typed_sources(got, "REQUEST"), got


def test_both_of_which_reaches_each_author(tmp_path):
    got = wire_events(tmp_path, "The envoy took note of the declarations issued by Chile and by Peru, both of which "
                                "rejected the ruling of the tribunal.\n", ACTORS)
    assert set(typed_sources(got, "REJECT")) >= {"chile", "peru"}, got


def test_a_letter_from_a_state_accuses_in_that_states_name(tmp_path):
    got = wire_events(tmp_path, "The council discussed a letter from Serbia that accused Kosovo of provocations.\n",
                      ACTORS)
    assert ("ACCUSE", ["serbia"], ["kosovo"]) in got, got


def test_a_possessed_statement_is_its_possessors(tmp_path):
    got = wire_events(tmp_path, "Brazil's statement, which criticised the embargo on Cuba, was read to the "
                                "assembly.\n", ACTORS)
    assert "brazil" in typed_sources(got, "ACCUSE"), got


def test_an_appeal_of_a_party_urging_is_that_partys_request(tmp_path):
    got = wire_events(tmp_path, "Kenya praised the appeal of the Vatican urging both sides to lay down their "
                                "arms.\n", ACTORS)
    assert "vatican" in typed_sources(got, "REQUEST"), got


def test_an_unsigned_statement_names_no_doer(tmp_path):
    # near miss: a statement noun with no author lends the relayed verb no source
    got = wire_events(tmp_path, "A statement, which condemned the shelling of Armenia, was read on the radio.\n",
                      ACTORS)
    assert typed_sources(got, "ACCUSE") == [], got


def test_a_plain_relative_clause_on_an_actor_is_unchanged(tmp_path):
    got = wire_events(tmp_path, "Jordan, which condemned the shelling, sent monitors to Armenia.\n", ACTORS)
    assert "jordan" in typed_sources(got, "ACCUSE"), got
