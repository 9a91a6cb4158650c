"""Gold events whose trigger the rules read but skipped (issue 8, evskip4): quoted judgements after a called
object (events/quoted_judgements.py), halts "in"/"on" hostile acts, statement cues, a declared fugitive, object
senses (a veto lifted, channels taken off the air, advisers given) and units leaving a place.
Sentences of our own, about arenas outside the development texts (the Andes, the Chaco)."""

from event_fixtures import wire_events

ACTORS = {"Bolivia": ("bolivia", "country"), "Bolivian": ("bolivia", "country"), "Peru": ("peru", "country"),
          "Peruvian": ("peru", "country"), "Paraguay": ("paraguay", "country"), "Ortega": ("ortega", "person"),
          "Ruiz": ("ruiz", "person"), "Fujimori": ("fujimori", "person"), "Treasury": ("treasury", "organization"),
          "M-19": ("m19", "organization"), "Coalition": ("coalition", "organization"),
          "Tarija": ("tarija", "place"), "Cobija": ("cobija", "place"), "Oruro": ("oruro", "place"),
          "La Paz": ("la_paz", "place"), "Arica": ("arica", "place")}


def _types(got, source):
    return [t for t, s, _ in got if s == [source]]


def test_a_quoted_judgement_hung_on_the_object_types_the_call(tmp_path):
    got = wire_events(tmp_path, 'Ortega called the appointments "a purge of the opposition" on Monday. Ruiz called '
                                'the critics of the treaty "provocateurs" paid from abroad on Tuesday.\n', ACTORS)
    assert _types(got, "ortega") == ["ACCUSE"], got
    assert _types(got, "ruiz") == ["ACCUSE"], got


def test_a_quoted_idea_scorned_is_rejected_past_a_gerund(tmp_path):
    got = wire_events(tmp_path, 'Ortega called the idea of selling Arica "an absurd discussion" on Monday.\n', ACTORS)
    assert _types(got, "ortega") == ["REJECT"], got


def test_a_quote_inside_the_object_or_in_a_clause_on_it_is_no_judgement(tmp_path):
    got = wire_events(tmp_path, 'Ortega called the widow of the "martyr" in Peru on Monday. Ruiz called the envoy '
                                'of Peru, who said "the talks are a farce", on Tuesday.\n', ACTORS)
    assert not any(t in ("ACCUSE", "REJECT", "SUPPORT") and s in (["ortega"], ["ruiz"]) for t, s, _ in got), got


def test_a_pause_in_attacks_announced_declares_a_ceasefire(tmp_path):
    got = wire_events(tmp_path, "The M-19 announced a pause in attacks on Monday. The M-19 declared a halt to "
                                "the fighting on Tuesday.\n", ACTORS)
    assert _types(got, "m19") == ["CONCEDE", "CONCEDE"], got


def test_a_pause_in_talks_or_one_called_for_is_no_ceasefire(tmp_path):
    got = wire_events(tmp_path, "The M-19 announced a pause in the talks on Monday.\n", ACTORS)
    assert "CONCEDE" not in _types(got, "m19"), got


def test_statement_cues_of_insult_bias_and_weaponizing(tmp_path):
    got = wire_events(tmp_path, "Ortega said the cancellation was an insult to Bolivia. Ruiz said the judge had "
                                "\"shown bias\" against Fujimori. Ortega said Peru was weaponizing gas supplies.\n",
                      ACTORS)
    assert _types(got, "ortega") == ["ACCUSE", "ACCUSE"], got
    assert _types(got, "ruiz") == ["ACCUSE"], got


def test_a_named_closest_ally_and_respect_for_decisions_support(tmp_path):
    got = wire_events(tmp_path, '"We respect the decisions of the Peruvian government," Ruiz told reporters. '
                                '"Bolivia is one of our closest allies," Ortega said.\n', ACTORS)
    assert ("SUPPORT", ["ruiz"], ["peru"]) in got, got
    assert ("SUPPORT", ["ortega"], ["bolivia"]) in got, got


def test_a_person_declared_a_fugitive_is_accused(tmp_path):
    got = wire_events(tmp_path, "The prosecutor's office of Peru declared Fujimori a fugitive on Monday.\n", ACTORS)
    assert ("ACCUSE", ["peru"], ["fujimori"]) in got, got


def test_object_senses_veto_channels_advisers(tmp_path):
    got = wire_events(tmp_path, "Bolivia lifted its veto on the talks on Monday. The regulator of Paraguay took three channels off "
                                "the air on Wednesday. Bolivia sent Peru military advisers on Friday.\n", ACTORS)
    assert ("CONCEDE", ["bolivia"], []) in got, got
    assert "COERCE" in _types(got, "paraguay"), got
    assert ("AID", ["bolivia"], ["peru"]) in got, got


def test_units_and_armed_groups_leaving_a_place_withdraw_a_leader_does_not(tmp_path):
    got = wire_events(tmp_path, "Earlier this month the Coalition left Tarija and Oruro airfield. The M-19 rebels "
                                "left Cobija on Tuesday. President Ortega left La Paz on Wednesday.\n", ACTORS)
    assert ("RETREAT", ["coalition"], ["tarija", "oruro"]) in got, got
    assert ("RETREAT", ["m19"], ["cobija"]) in got, got
    assert "RETREAT" not in _types(got, "ortega"), got


def test_a_candidate_declared_re_elected_is_endorsed(tmp_path):
    got = wire_events(tmp_path, "The electoral commission of Peru declared President Ortega re-elected with 84 "
                                "percent of the vote on Monday.\n", ACTORS)
    assert ("SUPPORT", ["peru"], ["ortega"]) in got, got


def test_a_strike_or_boycott_called_is_a_protest_by_its_caller(tmp_path):
    actors = {**ACTORS, "COB": ("cob", "organization")}
    got = wire_events(tmp_path, "The COB union called an indefinite general strike on Monday. On Tuesday Ruiz "
                                "called a boycott of the vote.\n", actors)
    assert ("PROTEST", ["cob"], []) in got, got
    assert ("PROTEST", ["ruiz"], []) in got, got


def test_a_rally_called_off_a_strike_judged_or_called_for_is_no_protest(tmp_path):
    actors = {**ACTORS, "COB": ("cob", "organization")}
    got = wire_events(tmp_path, "Ruiz called off a rally on Wednesday. The COB union called the strike illegal on "
                                "Thursday. The COB union called for a strike on Friday.\n", actors)
    assert not any(t == "PROTEST" for t, _, _ in got), got


def test_an_armed_strike_called_is_no_protest(tmp_path):
    actors = {**ACTORS, "Tupac Katari": ("egtk", "organization")}
    got = wire_events(tmp_path, "The Tupac Katari guerrillas called an armed strike in La Paz in July.\n", actors)
    assert not any(t == "PROTEST" for t, _, _ in got), got
