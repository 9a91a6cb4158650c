"""Skipped triggers read again (issue 8, evstmt2): said clauses with no cue, objects of the verb's other sense, a
subject "at" a body. Sentences of our own, about arenas outside the development texts (the Andes, the Baltic)."""

from event_fixtures import wire_events

PARTIES = {"Peru": ("peru", "country"), "Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"),
           "Bolivians": ("bolivia", "country"), "Hugo Vera": ("vera", "person"), "Ana Rojas": ("rojas", "person"),
           "Luis Soto": ("soto", "person"), "Andean Court": ("court", "organization"),
           "Andean Transit Authority": ("ata", "organization"), "Southern Front": ("front", "organization"),
           "Baltic Relief Agency": ("bra", "organization"), "Lima": ("lima", "place")}


def _events(tmp_path, body):
    return wire_events(tmp_path, body, PARTIES)


def _types(tmp_path, body):
    return [t for t, _, _ in _events(tmp_path, body)]


def test_an_act_said_to_be_steered_by_another_accuses_it(tmp_path):
    assert ("ACCUSE", ["vera"], ["chile"]) in _events(tmp_path, "Hugo Vera said the bombing had been orchestrated by "
                                                                "Chile.")
    assert ("ACCUSE", ["rojas"], ["bolivia"]) in _events(tmp_path, "Ana Rojas said the closure was a short-sighted "
                                                                   "step taken at the behest of Bolivia.")
    assert "ACCUSE" not in _types(tmp_path, "Ana Rojas said the closure was a temporary step.")


def test_a_ruling_disowned_or_a_competence_declined_rejects(tmp_path):
    assert "REJECT" in _types(tmp_path, "Peru said it would no longer be bound by the ruling of the Andean Court.")
    assert "REJECT" in _types(tmp_path, "The Andean Court said it had no jurisdiction over the dispute.")
    assert "REJECT" in _types(tmp_path, "Hugo Vera said the refugees had gone back of their own will.")
    assert "REJECT" not in _types(tmp_path, "Peru said it would be bound by the ruling of the Andean Court.")


def test_allegiance_declared_supports(tmp_path):
    assert ("SUPPORT", ["front"], ["vera"]) in _events(tmp_path, "The Southern Front deputies declared their loyalty "
                                                                 "to Hugo Vera.")


def test_harm_bound_to_a_condition_threatens(tmp_path):
    assert "THREATEN" in _types(tmp_path, "Luis Soto said the fighters would resume their attacks if Chile troops "
                                          "had not left by March.")
    # no condition: a forecast; a condition on talks: no harm
    assert "THREATEN" not in _types(tmp_path, "Luis Soto said the fighters would resume their attacks.")
    assert "THREATEN" not in _types(tmp_path, "Luis Soto said the talks would resume if Chile agreed.")


def test_medical_supplies_sent_are_aid(tmp_path):
    assert "AID" in _types(tmp_path, "The Baltic Relief Agency sent 40 ventilators to the hospitals of Lima on Monday.")
    assert "AID" not in _types(tmp_path, "The Baltic Relief Agency sent a letter to the hospitals of Lima on Monday.")


def test_a_passport_taken_is_seized(tmp_path):
    assert "COERCE" in _types(tmp_path, "On Monday police questioned Hugo Vera for a week and took his passport.")


def test_travellers_barred_or_closed_out_are_restricted(tmp_path):
    assert "COERCE" in _types(tmp_path, "Peru barred foreign visitors on Monday because of the virus.")
    assert "COERCE" in _types(tmp_path, "Peru closed its holy cities to foreign pilgrims on Monday.")
    assert "COERCE" not in _types(tmp_path, "Peru closed its holy cities for repairs on Monday.")


def test_people_turned_back_are_restricted_a_column_turning_back_withdraws(tmp_path):
    assert "COERCE" in _types(tmp_path, "Peru border police turned back about 3,000 Bolivians who tried to cross "
                                        "without permits on Tuesday.")
    assert _types(tmp_path, "The Chile column turned back on Tuesday.") == ["RETREAT"]
    assert "COERCE" not in _types(tmp_path, "Chile troops turned back the convoy on Tuesday.")


def test_a_characterisation_before_the_object_keeps_the_object(tmp_path):
    assert "REJECT" in _types(tmp_path, 'Peru dismissed as "an empty threat" the warning that Chile had given last '
                                        'week.')


def test_officials_at_a_body_act_for_it(tmp_path):
    assert ("REJECT", ["ata"], []) in [(t, s, []) for t, s, _ in _events(
        tmp_path, "Officials at the Andean Transit Authority denied that the authority was blocking the funds.")]


def test_legal_action_taken_sues_and_promised_warns(tmp_path):
    assert "ACCUSE" in _types(tmp_path, "The Andean Transit Authority took legal action against the newspaper on "
                                        "Monday.")
    assert "THREATEN" in _types(tmp_path, "The Andean Transit Authority rejects the claims about its officers and "
                                          "will take legal action against those who spread them.")
    assert "ACCUSE" not in _types(tmp_path, "The Andean Transit Authority took action to clear the road on Monday.")


def test_a_lead_clause_before_a_colon_is_not_what_was_declared(tmp_path):
    assert ("SUPPORT", ["front"], ["vera"]) in _events(tmp_path, "Peru's ruling party answered within days: the "
                                                                 "Southern Front deputies declared their loyalty to "
                                                                 "Hugo Vera.")


def test_more_statement_words(tmp_path):
    assert "ACCUSE" in _types(tmp_path, "Chile and Bolivia said the police raid on the embassy broke the Vienna "
                                        "Convention.")
    assert "ACCUSE" in _types(tmp_path, 'The Southern Front called the nomination of Hugo Vera "a declaration of '
                                        'war".')
    assert "THREATEN" in _types(tmp_path, 'Ana Rojas rejected the result of the election and said her party would '
                                          'contest it "by every lawful means".')
    assert "REJECT" in _types(tmp_path, "The Southern Front announced on Thursday that it would no longer take "
                                        "orders from Hugo Vera.")


def test_a_negated_attempt_refuses_the_act_tried(tmp_path):
    assert "REJECT" in _types(tmp_path, "On Monday Peru announced that it would not seek to open accession talks "
                                        "with Chile until 2030.")
    assert "REJECT" not in _types(tmp_path, "On Monday Peru announced that it would not seek to attack Chile.")


def test_a_challenge_dismissed_is_refused(tmp_path):
    assert "REJECT" in _types(tmp_path, "On Monday the Andean Court dismissed challenges to the candidacy of Hugo "
                                        "Vera.")
    assert "REJECT" not in _types(tmp_path, "On Monday Hugo Vera dismissed three ministers of Peru.")


def test_a_closure_with_no_agent_stays_out(tmp_path):
    assert "COERCE" not in _types(tmp_path, "In March the Peru shrines closed to visitors to stop the virus.")
