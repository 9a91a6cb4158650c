"""Spurious events, fourteenth pass (spurious14): an evacuation ordered of a population is no expulsion
(civil_evacuations.py); a warning of a danger that names no party, and a public advisory, threaten no one
(risk_warnings.py). Invented sentences from arenas outside the development texts."""

from event_fixtures import wire_events

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Gabriel Boric": ("boric", "person"),
          "the National Water Agency": ("agency", "organization"), "Ana Ruiz": ("ruiz", "person"),
          "Bolivian": ("bolivia", "country"), "Bolivians": ("bolivia", "country")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_an_evacuation_of_residents_expels_no_one(tmp_path):
    for text in ("Gabriel Boric ordered the evacuation of 3,000 residents from the flood plain on Tuesday.\n",
                 "Gabriel Boric ordered the evacuation of twelve coastal villages on Tuesday.\n"):
        got = wire_events(tmp_path, text, ACTORS)
        assert not typed(got, "SANCTION"), (text, got)


def test_an_evacuation_of_a_named_mission_still_expels(tmp_path):
    got = wire_events(tmp_path, "Chile ordered the evacuation of the Peruvian embassy on Tuesday.\n", ACTORS)
    assert typed(got, "SANCTION"), got


def test_civil_evacuation_reads_the_of_phrase():
    from foothold.extract.events.civil_evacuations import civil_evacuation
    from foothold.extract.nlp import load_nlp
    doc = load_nlp()("The governor ordered the evacuation of 500 families. Chile ordered the evacuation of Arica.")
    orders = [t for t in doc if t.lemma_ == "order"]
    assert civil_evacuation(orders[0])
    assert not civil_evacuation(orders[1])


def test_a_warning_of_a_danger_naming_no_party_threatens_no_one(tmp_path):
    for text in ("Ana Ruiz warned on Tuesday that the drought could empty the reservoirs by June.\n",
                 "Ana Ruiz warned on Tuesday that the dam was at risk of failing.\n",
                 "the National Water Agency cautioned on Tuesday that the reserve could fall below the safe level.\n"):
        got = wire_events(tmp_path, text, ACTORS)
        assert not got, (text, got)


def test_a_warning_that_names_a_party_or_promises_a_response_stays(tmp_path):
    got = wire_events(tmp_path, "Gabriel Boric warned on Tuesday that the move would ignite an uprising.\n", ACTORS)
    assert typed(got, "THREATEN"), got
    got = wire_events(tmp_path, "Gabriel Boric warned on Tuesday that Peru could close the border.\n", ACTORS)
    assert got, got


def test_a_public_advisory_threatens_no_one(tmp_path):
    for text in ("the National Water Agency warned the public on Tuesday against drinking water from the river.\n",
                 "Ana Ruiz warned Bolivians on Tuesday against travelling to the border region.\n"):
        got = wire_events(tmp_path, text, ACTORS)
        assert not typed(got, "THREATEN"), (text, got)


def test_warning_a_leader_against_an_act_still_threatens(tmp_path):
    got = wire_events(tmp_path, "Gabriel Boric warned Peru on Tuesday against any new incursion.\n", ACTORS)
    assert typed(got, "THREATEN"), got


def test_a_warning_addressed_to_a_party_with_a_penalty_stays(tmp_path):
    # the parser hangs "sent" as the warned clause; the "will" of the penalty still makes it a threat
    got = wire_events(tmp_path, "the National Water Agency warned farmers' cooperatives that draw water in spite of the "
                                "ban that their permits will be revoked and their cases sent to the courts.\n", ACTORS)
    assert got, got


def test_a_disclaimer_of_hostility_is_no_statement_act(tmp_path):
    for text in ("Gabriel Boric said on Tuesday the agreement is directed against no third country.\n",
                 "\"This cooperation is directed against no one,\" Gabriel Boric told reporters on Tuesday.\n",
                 "Chile said on Tuesday the naval drills were not directed against any state.\n"):
        got = wire_events(tmp_path, text, ACTORS)
        assert not got, (text, got)


def test_a_stated_cooperation_still_agrees(tmp_path):
    got = wire_events(tmp_path, "Chile said on Tuesday it would cooperate with Peru on border security.\n", ACTORS)
    assert typed(got, "AGREE"), got


def test_a_disclaimer_beside_another_stance_keeps_the_statement(tmp_path):
    got = wire_events(tmp_path, "Chile said on Tuesday the plan was \"not directed at any third party\" and that Peru's "
                                "ties with Bolivia should not interfere with it.\n", ACTORS)
    assert got, got
