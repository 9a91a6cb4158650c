"""Triggers foothold read but dropped (issue 8, bench/event_loss.py): a gate, a party not found or a merge that lost
a told act. Each mechanism with sentences of our own, about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {
    "Arctic Fisheries Watch": ("arctic_fisheries_watch", "organization"), "Norway": ("norway", "country"),
    "Russia": ("russia", "country"), "Greenland": ("greenland", "place"), "Iceland": ("iceland", "country"),
    "Andean Water Forum": ("andean_water_forum", "organization"), "Bolivia": ("bolivia", "country"),
    "Peru": ("peru", "country"), "Northern Front": ("northern_front", "organization"),
    "Andean Council": ("andean_council", "organization"), "Ana Torres": ("ana_torres", "person"),
}

HEADER = "source: own writing, NGO monitor report\ntitle: Fisheries Monitor Briefing\n\n"


def events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "monitor.txt")
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_it_of_a_recommendation_goes_on_with_the_body_that_made_the_one_before(tmp_path):
    got = events(tmp_path, "Recommendations\n\nThe Arctic Fisheries Watch calls on Norway to publish the inspection "
                           "data. It urges Russia to allow observers on its trawlers.\n")
    assert ("REQUEST", ["arctic_fisheries_watch"], ["norway"]) in got, got
    assert ("REQUEST", ["arctic_fisheries_watch"], ["russia"]) in got, got


def test_two_requests_in_two_sentences_stay_two_acts_without_addressees_named(tmp_path):
    got = events(tmp_path, "The Andean Water Forum calls on all upstream users to share their data. It calls on "
                           "mining firms to stop diverting rivers.\n")
    assert [t for t, s, _ in got if s == ["andean_water_forum"]] == ["REQUEST", "REQUEST"], got


def test_it_opening_a_new_paragraph_or_after_an_unnamed_subject_continues_no_body(tmp_path):
    got = events(tmp_path, "The Arctic Fisheries Watch calls on Norway to publish the data.\n\n"
                           "It urges Russia to allow observers on its trawlers.\n")
    assert ("REQUEST", ["arctic_fisheries_watch"], ["russia"]) not in got, got
    got = events(tmp_path, "The report calls on Norway to publish the data. It urges Russia to allow observers.\n")
    assert ("REQUEST", ["arctic_fisheries_watch"], ["russia"]) not in got, got


def test_it_of_another_verb_than_a_recommendation_is_not_read_as_the_body(tmp_path):
    got = events(tmp_path, "The Arctic Fisheries Watch calls on Norway to publish the data. It blames Russia for "
                           "the collapse of the cod stock.\n")
    assert not any(t == "ACCUSE" and s == ["arctic_fisheries_watch"] for t, s, _ in got), got


def test_a_named_asker_asking_for_something_requests_it_without_a_named_addressee(tmp_path):
    got = events(tmp_path, "In March, Peru asked for emergency help as floods cut the coastal highway.\n")
    assert ("REQUEST", ["peru"], []) in got, got
    got = events(tmp_path, "Bolivia had appealed for calm before the vote in October.\n")
    assert ("REQUEST", ["bolivia"], []) in got, got


def test_one_pressed_or_asked_for_something_is_no_asker(tmp_path):
    got = events(tmp_path, "Pressed by reporters for a date in March, Peru declined to give one.\n")
    assert not any(t == "REQUEST" and s == ["peru"] for t, s, _ in got), got


def test_a_named_striker_hitting_a_military_objective_attacks_with_no_target_named(tmp_path):
    got = events(tmp_path, "On Monday, Peru's air force struck three of the cartel's camps in the jungle.\n")
    assert ("ASSAULT", ["peru"], []) in got, got
    got = events(tmp_path, "On Monday, Bolivia struck rebel positions near the river.\n")
    assert ("ASSAULT", ["bolivia"], []) in got, got


def test_a_striker_with_no_objective_nor_target_still_needs_one(tmp_path):
    got = events(tmp_path, "On Monday, Peru struck a cautious tone in the talks.\n")
    assert not any(t == "ASSAULT" for t, _, _ in got), got


def test_a_state_body_among_conjoined_subjects_or_naming_a_unit_acts_for_the_story_state(tmp_path):
    got = events(tmp_path, "On Sunday, soldiers and police killed four protesters in Peru.\n")
    assert ("ASSAULT", ["peru"], []) in got, got
    got = events(tmp_path, "On Monday, special police units detained the mayor of a mining town in Bolivia.\n")
    assert any(t == "COERCE" and s == ["bolivia"] for t, s, _ in got), got


def test_bare_soldiers_may_be_foreign_and_act_for_no_state(tmp_path):
    # (read as the story's state they added four spurious events to the tuning sets for two found)
    got = events(tmp_path, "On Sunday, soldiers killed four protesters in Peru.\n")
    assert not any(s == ["peru"] for _, s, _ in got), got


def test_a_verbal_act_joined_to_a_backshifted_said_clause_is_the_speakers_next_act(tmp_path):
    got = events(tmp_path, "On Monday, the Andean Water Forum said Peru had diverted the river and urged Bolivia to "
                           "open talks.\n")
    assert ("REQUEST", ["andean_water_forum"], ["bolivia"]) in got, got
    got = events(tmp_path, "On Monday, Iceland told reporters that the quota would be exceeded and asked Norway to cut "
                           "its catch.\n")
    assert ("REQUEST", ["iceland"], ["norway"]) in got, got


def test_a_material_act_joined_to_a_said_clause_stays_the_clause_subjects(tmp_path):
    got = events(tmp_path, "On Monday, Iceland said Russia had crossed the line and seized two boats.\n")
    assert not any(t == "COERCE" and s == ["iceland"] for t, s, _ in got), got


def test_a_quoted_judgement_reads_its_cue_across_the_quote_marks(tmp_path):
    got = events(tmp_path, 'On Monday, Iceland called Russia "the gravest threat" to its fisheries.\n')
    assert any(t == "ACCUSE" and s == ["iceland"] for t, s, _ in got), got


def test_saying_after_a_past_verb_reports_its_would_as_the_speakers_future(tmp_path):
    got = events(tmp_path, "On Monday, Peru closed its border with Bolivia, saying it would send troops to the "
                           "crossing.\n")
    assert any(t in ("AGREE", "THREATEN") and s == ["peru"] for t, s, _ in got), got


def test_a_mediator_named_on_the_accord_it_brokered_mediates(tmp_path):
    got = events(tmp_path, "The border war ended on 10 November with a ceasefire brokered by Iceland.\n")
    assert any(t == "CONSULT" and s == ["iceland"] for t, s, _ in got), got


def test_an_accord_signed_or_agreed_by_its_parties_is_no_mediation(tmp_path):
    got = events(tmp_path, "The border war ended on 10 November with a ceasefire agreed by Peru and Bolivia.\n")
    assert not any(t == "CONSULT" for t, _, _ in got), got
    got = events(tmp_path, "Talks mediated by unnamed officials began in Lima on 10 November.\n")
    assert not any(t == "CONSULT" and s for t, s, _ in got), got


def test_a_phrase_noun_object_of_a_light_verb_is_the_named_subjects_act(tmp_path):
    got = events(tmp_path, "The Andean Council today adopted restrictive measures against 12 officials responsible "
                           "for the violence in Bolivia.\n")
    assert ("SANCTION", ["andean_council"], []) in got, got


def test_a_light_verbs_pronoun_subject_gives_the_noun_no_doer(tmp_path):
    got = events(tmp_path, "In March, Peru held an election. It adopted restrictive measures against 12 officials.\n")
    assert not any(t == "SANCTION" for t, _, _ in got), got


def test_men_or_a_column_sent_somewhere_are_a_deployment(tmp_path):
    got = events(tmp_path, "In May, the Northern Front sent about 2,000 men to the border with Peru.\n")
    assert any(t == "MOBILIZE" and s == ["northern_front"] for t, s, _ in got), got
    got = events(tmp_path, "In May, the Northern Front sent an armoured column south along the coastal road.\n")
    assert any(t == "MOBILIZE" and s == ["northern_front"] for t, s, _ in got), got
    got = events(tmp_path, "In May, Bolivia dispatched 500 men to the border.\n")
    assert any(t == "MOBILIZE" and s == ["bolivia"] for t, s, _ in got), got


def test_sending_anything_else_is_no_deployment(tmp_path):
    got = events(tmp_path, "In May, Bolivia sent a letter to the Andean Council about the river.\n")
    assert not any(t in ("MOBILIZE", "AID") for t, _, _ in got), got


def test_suspending_a_states_participation_is_a_sanction(tmp_path):
    got = events(tmp_path, "The Andean Council suspended Bolivia's participation in its summits on Monday.\n")
    assert ("SANCTION", ["andean_council"], ["bolivia"]) in got, got


def test_a_bare_noun_judgement_of_an_act_accuses(tmp_path):
    got = events(tmp_path, "On Monday, the Northern Front called the mutiny treason.\n")
    assert ("ACCUSE", ["northern_front"], []) in got, got
    got = events(tmp_path, "On Monday, Peru called the decision a hasty step taken on Bolivia's orders.\n")
    assert any(t == "ACCUSE" and s == ["peru"] for t, s, _ in got), got


def test_calling_something_a_neutral_name_accuses_no_one(tmp_path):
    got = events(tmp_path, "On Monday, Norway called the Andean Council a partner.\n")
    assert not any(t == "ACCUSE" for t, _, _ in got), got


def test_a_judgement_reported_by_a_speaker_is_one_statement(tmp_path):
    got = events(tmp_path, "On Monday, Norway said Peru regarded the measures as hostile.\n")
    assert [t for t, _, _ in got] == ["ACCUSE"], got
    assert got[0][1] == ["norway"], got


def test_a_heading_between_does_not_push_a_named_pair_out_of_reach(tmp_path):
    got = events(tmp_path, "Peru and Bolivia fought a short border war in 1995 over the upper river.\n\nCourse of the "
                           "war\n\nThe war began on 27 September along the river. Both sides accused each other of "
                           "firing first.\n")
    assert ("ACCUSE", ["peru", "bolivia"], []) in got, got


def test_a_pair_named_three_sentences_back_is_still_out_of_reach(tmp_path):
    got = events(tmp_path, "Peru and Bolivia fought a short border war in 1995 over the upper river. The fighting "
                           "began on 27 September. It lasted a month. Both sides accused each other of firing first.\n")
    assert not any(t == "ACCUSE" for t, _, _ in got), got


def test_a_passive_attribution_without_its_doer_stays_no_act(tmp_path):
    got = events(tmp_path, "On 29 November a massacre of 40 villagers was attributed to Peru.\n")
    assert not any(t == "ACCUSE" for t, _, _ in got), got


def test_a_person_elected_by_a_named_body_is_an_appointment_unlike_a_bare_passive(tmp_path):
    got = events(tmp_path, "Ana Torres, a former judge, was elected by the parliament of Peru on Thursday.\n")
    assert any(t == "SUPPORT" and g == ["ana_torres"] for t, _, g in got), got
    got = events(tmp_path, "Ana Torres was elected president of Peru in 2019.\n")
    assert not any(t == "SUPPORT" for t, _, _ in got), got
