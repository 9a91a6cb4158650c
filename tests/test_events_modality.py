"""Did it happen? (events/modality.py): generic, stative, questioned, negated, forecast and rated acts are not events.

Each mechanism is checked on an invented sentence and on its near miss, the same words reporting one act.
"""

from event_fixtures import extract_events, wire_events

from foothold.extract.events.modality import generic_present, why_not_factual
from foothold.extract.nlp import load_nlp

ACTORS = {"Libya": ("libya", "country"), "Chad": ("chad", "country"), "Niger": ("niger", "country"),
          "Algeria": ("algeria", "country"), "Mali": ("mali", "country"), "Sudan": ("sudan", "country"),
          "the Polisario": ("polisario", "organization")}


def reason(sentence: str, word: str) -> str | None:
    doc = load_nlp()(sentence)
    return why_not_factual(next(t for t in doc if t.text == word))


def test_a_simple_present_names_standing_conduct_not_an_act(tmp_path):
    assert wire_events(tmp_path, "Libya attacks rebel bases in Chad.\n", ACTORS) == []
    got = wire_events(tmp_path, "Libya attacked rebel bases in Chad on Monday.\n", ACTORS)
    assert [g[0] for g in got] == ["ASSAULT"], got


def present(sentence: str, word: str) -> bool:
    doc = load_nlp()(sentence)
    return generic_present(next(t for t in doc if t.text == word))


def test_a_statement_in_the_present_is_the_act(tmp_path):
    # "condemns", "rejects", "welcomes": the statement is done as it is told
    assert not present("Algeria condemns the attack on the embassy in Niger.", "condemns")
    assert present("Algeria backs the Polisario.", "backs")
    assert not present("Mali backs the Polisario plan on Monday.", "backs")     # a stated day: the news
    assert wire_events(tmp_path, "Algeria supports the Polisario.\n", ACTORS) == []
    got = wire_events(tmp_path, "Algeria endorsed the Polisario on Monday.\n", ACTORS)
    assert [g[0] for g in got] == ["SUPPORT"], got


def test_a_reports_own_recommendation_in_the_present_is_its_call(tmp_path):
    # a committee's or panel's "recommends that X ..." is the report's request, not a standing habit
    assert not present("The Polisario recommends that Algeria close the border.", "recommends")
    actors = {**ACTORS, "Council": ("council", "organization"), "Group": ("group", "organization")}
    got = wire_events(tmp_path, "The Group recommends that the Council urge Chad to inspect every cargo.\n", actors)
    assert [(g[0], g[1]) for g in got] == [("REQUEST", ["group"])], got


def test_a_resolutions_year_dates_nothing(tmp_path):
    actors = {"Chad": ("chad", "country"), "Council": ("council", "organization"), "Group": ("group", "organization")}
    text = ("The Group finds that Chad moved arms to Darfur in breach of resolution 1591 (2005). "
            "The Group recommends that the Council urge Chad to stop.\n")
    ctx = extract_events(tmp_path, text, actors)
    assert [(e.type, e.date.iso if e.date else None) for e in ctx.events if e.type == "REQUEST"] == [("REQUEST", None)]


def test_a_present_passive_with_no_time_is_a_state(tmp_path):
    assert reason("The Polisario is banned in Mali.", "banned") == "state"
    assert reason("The Polisario was banned in Mali in 1991.", "banned") is None
    assert reason("The Polisario is designated as a terrorist group by Mali.", "designated") is None   # an official act


def test_a_question_reports_nothing():
    assert reason("Will Sudan expel the envoy from Chad?", "expel") == "question"
    assert reason("Why would Libya attack Chad?", "attack") == "question"
    assert reason("Sudan expelled the envoy from Chad.", "expelled") is None


def test_an_act_done_to_no_one_is_negated():
    assert reason("Officials said no Chadian soldiers were arrested.", "arrested") == "negated"
    assert reason("Nobody attacked the convoy.", "attacked") == "negated"
    assert reason("Officials said two Chadian soldiers were arrested.", "arrested") is None


def test_a_forecast_content_is_hypothetical():
    assert reason("Analysts expect Libya to attack Chad before the rains.", "attack") == "hypothetical"
    assert reason("Libya attacked Chad before the rains.", "attacked") is None


def test_a_rate_sums_many_acts(tmp_path):
    assert reason("Libya paid Niger two million dollars a month.", "paid") == "habitual"
    assert reason("Mali detained about ten smugglers per week.", "detained") == "habitual"
    # "a week later", "a few weeks later" date one act; they are no rate
    assert reason("A week later, Libya paid Niger two million dollars.", "paid") is None
    assert reason("A few weeks later, Libya paid Niger two million dollars.", "paid") is None


def test_the_dropped_candidates_are_counted(tmp_path):
    ctx = extract_events(tmp_path, "source: https://example.org/w\ntitle: Wire (AP, 2 May 1996)\n\n"
                         "Algeria supports the Polisario.\n\nWill Sudan expel the envoy from Chad?\n", ACTORS,
                         "wire.txt")
    assert ctx.events == []
    skipped = ctx.data["skipped_events"]
    assert skipped.get("generic") and skipped.get("question"), skipped


def test_what_others_expect_someone_to_keep_doing_is_hypothetical():
    assert reason("Analysts expect Libya to keep paying the militia in Chad.", "paying") == "hypothetical"
    # told as done it is no forecast; a kept-up gerund is a course of acts, habitual (kept_courses.py, spurious12:
    # the seed notes leave "continued to call for" out as habitual)
    assert reason("Libya kept paying the militia in Chad.", "paying") == "habitual"
    assert reason("Libya paid the militia in Chad.", "paid") is None


def test_a_main_verb_after_a_relative_clause_is_the_sentence_predicate(tmp_path):
    # the parser hangs "called" on the subject as a participle: the relative clause's own verb is no main verb
    got = wire_events(tmp_path, "Libya, which has about 3,000 soldiers in the region, called on Chad to stop the "
                                "fighting.\n", ACTORS)
    assert "REQUEST" in [g[0] for g in got], got


def test_an_inverted_condition_is_hypothetical():
    assert reason("Were Libya to lift the blockade, Chad might release the prisoners.", "lift") == "hypothetical"
    assert reason("Had Libya paid the debt, Chad would have lifted the embargo.", "paid") == "hypothetical"
    assert reason("Libya lifted the blockade on Monday.", "lifted") is None


def test_a_passive_conjunct_shares_the_state_an_active_one_does_not():
    assert reason("Its fighters are trained by Libyan advisers and armed with Sudanese rifles.", "armed") == "state"
    assert reason("We are concerned by the reports and call on Chad to stop.", "call") is None


def test_a_scheduled_or_imminent_act_has_not_happened():
    assert reason("The presidents of Chad and Niger are due to meet in Niamey on Monday.", "meet") == "hypothetical"
    assert reason("Talks between Chad and Sudan are scheduled to resume next week.", "Talks") == "hypothetical"
    assert reason("The offensive on the border is set to begin after the rains.", "offensive") == "hypothetical"
    # near misses: the act told as done, and a noun whose verb failed or seemed (the act itself happened)
    assert reason("The presidents of Chad and Niger met in Niamey on Monday.", "met") is None
    assert reason("The talks failed to produce an agreement on Monday.", "talks") is None


def test_an_act_inside_an_allegation_is_its_content():
    assert reason("Police identified two Libyan officers suspected of taking part in the killings.", "killings") == "alleged"
    assert reason("Chad accused Libya of organising the killings.", "killings") == "alleged"
    # near miss: the killings told as done
    assert reason("Libyan officers took part in the killings on Monday.", "killings") is None


def test_a_measure_told_doing_something_in_the_present_is_its_effect(tmp_path):
    assert wire_events(tmp_path, "The designation freezes any assets the colonel holds in Libya.\n", ACTORS) == []
    got = wire_events(tmp_path, "Chad froze the assets of the colonel in Libya on Monday.\n", ACTORS)
    assert [g[0] for g in got] == ["SANCTION"], got


def test_an_event_noun_inside_an_intended_act_is_not_a_happening():
    assert reason("Chad and Niger agreed to meet again at the summit in Niamey.", "summit") == "hypothetical"
    assert reason("Chad and Niger agreed to meet again at the summit in Niamey.", "meet") == "intention"
    assert reason("Chad and Niger met at the summit in Niamey on Monday.", "summit") is None


def test_will_continue_to_is_a_stated_intention_and_continued_to_a_course():
    assert reason("Libya will continue to support the government of Chad.", "support") == "future"
    assert reason("Libya continued to support the government of Chad.", "support") == "habitual"


def test_what_a_refused_or_conditional_permission_would_let_happen_has_not_happened():
    assert reason("Chad will not allow the rebels to attack Niger.", "attack") == "negated"
    assert reason("Libya would never let Sudan send weapons through its territory.", "send") == "negated"
    assert reason("Libya could let Sudan send weapons through its territory.", "send") == "hypothetical"
    # near miss: a permission given is not this rule's (the admitted act is the permission's content)
    assert reason("Chad did not attack Niger.", "attack") == "negated"
def test_repeated_acts_told_as_one_are_an_aggregate():
    assert reason("The town was shelled throughout the war.", "shelled") == "aggregate"
    assert reason("Its air force has repeatedly bombed villages in the north.", "bombed") == "aggregate"
    assert reason("Rebels fired rockets at the city on several occasions.", "fired") == "aggregate"
    # one day's or one night's shelling is one act
    assert reason("Troops shelled the town throughout Tuesday.", "shelled") is None
    assert reason("Troops shelled the town throughout the night.", "shelled") is None


def test_what_a_pledged_sum_is_for_is_a_purpose_not_a_second_act():
    assert reason("The United States pledged $100 million to support the force.", "support") == "purpose"
    assert reason("Japan pledged to support the mission.", "support") != "purpose"


def test_a_refused_gerund_and_an_offer_after_a_date_are_not_the_act(tmp_path):
    from event_fixtures import wire_events
    actors = {"United States": ("united_states", "country"), "Kenya": ("kenya", "country"), "Haiti": ("haiti", "country")}
    found = wire_events(tmp_path, "The United States has ruled out sending its own troops to Haiti.\n\n"
                                  "Kenya offered in July to send 1,000 police officers to Haiti.\n", actors)
    assert [e for e, _, _ in found] == ["REJECT", "AGREE"], found


def test_a_vowed_or_pledged_harm_is_one_threat_and_a_vowed_help_one_promise(tmp_path):
    from event_fixtures import wire_events
    actors = {"Iran": ("iran", "country"), "Israel": ("israel", "country"), "Lebanon": ("lebanon", "country")}
    found = wire_events(tmp_path, "Iran pledged to strike Israel on Monday.\n\nIran vowed to send aid to Lebanon on Monday.\n\n"
                        "Iran vowed to crush the militants on Monday.\n", actors)
    assert [e[0] for e in found] == ["THREATEN", "AGREE", "THREATEN"], found


def test_an_act_said_to_be_unlikely_or_beyond_the_actor_is_no_event(tmp_path):
    from event_fixtures import wire_events
    actors = {"Iran": ("iran", "country"), "Israel": ("israel", "country"), "Iraq": ("iraq", "country")}
    found = wire_events(tmp_path, "Iran is unlikely to attack Israel this year.\n\n"
                        "Iraq was unable to stop the attacks on Monday.\n\nIran attacked Israel on Monday.\n", actors)
    assert [e[0] for e in found] == ["ASSAULT"], found


def test_each_unfactual_shape_is_one_named_documented_check_tried_once():
    # why_not_factual is the first reason of ordered tables of small checks (events/unfactual.py,
    # events/unfactual_marks.py): each check is listed once and says in one docstring what shape it reads
    from foothold.extract.events import unfactual, unfactual_marks
    for table in (unfactual._TRIGGER_CHECKS, unfactual_marks._DEPENDENT_CHECKS, unfactual_marks._GOVERNOR_CHECKS):
        assert len(set(table)) == len(table)
        assert all(check.__doc__ and check.__doc__.strip() for check in table)


def _token(sentence: str, word: str):
    doc = load_nlp()(sentence)
    return next(t for t in doc if t.text == word)


def test_a_dependent_marks_its_trigger_and_the_first_marking_dependent_wins():
    from foothold.extract.events.unfactual_marks import marked_by_a_dependent
    assert marked_by_a_dependent(_token("Mali did not expel the envoy.", "expel")) == "negated"
    assert marked_by_a_dependent(_token("Chad may expel the envoy.", "expel")) == "hypothetical"
    assert marked_by_a_dependent(_token("Niger usually expels such envoys.", "expels")) == "habitual"
    assert marked_by_a_dependent(_token("Libya expelled the envoy on Monday.", "expelled")) is None


def test_a_governing_head_up_the_clause_marks_the_trigger():
    from foothold.extract.events.unfactual_marks import governed_by_unfactual
    assert governed_by_unfactual(_token("Sudan intends to expel the envoy.", "expel")) == "intention"
    assert governed_by_unfactual(_token("Chad is seeking to expel the envoy.", "expel")) == "hypothetical"
    assert governed_by_unfactual(_token("Sudan said it expelled the envoy.", "expelled")) is None


def test_what_a_prospect_noun_fears_has_not_happened():
    from foothold.extract.events.unfactual import _prospect
    attacks = _token("Chad warned of the risk of attacks on its border with Libya.", "attacks")
    assert _prospect(attacks) == why_not_factual(attacks) == "hypothetical"
    assert why_not_factual(_token("Chad reported attacks on its border with Libya.", "attacks")) is None
