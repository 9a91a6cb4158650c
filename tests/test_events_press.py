"""PLOVER events in press-release styles: strike reports, ministerial statements, datelines."""

from event_fixtures import extract_events

from foothold.extract.pipeline import Context

# A cheap actor layer for in-code sentences: every occurrence of each name.
ACTORS = {
    "Coalition": ("coalition", "organization"), "ISIL": ("isil", "organization"),
    "Daesh": ("daesh", "organization"), "UK": ("uk", "country"), "Iran": ("iran", "country"), "Iraq": ("iraq", "country"),
    "Syria": ("syria", "country"), "Raqqah": ("raqqah", "place"), "Mosul": ("mosul", "place"),
    "Baghdad": ("baghdad", "place"), "London": ("london", "place"), "Kerman": ("kerman", "place"),
    "Philip Hammond": ("philip_hammond", "person"), "Boris Johnson": ("boris_johnson", "person"),
    "Ibrahim al-Jaafari": ("ibrahim_al_jaafari", "person"), "Soleimani": ("qasem_soleimani", "person"),
    "Qaani": ("esmail_qaani", "person"), "Ameri": ("hadi_al_ameri", "person"),
    "Tasnim": ("tasnim", "media"), "Reuters": ("reuters", "media"),
}


def extract(tmp_path, text: str) -> Context:
    return extract_events(tmp_path, text, ACTORS, "release.txt")


def summary(ctx: Context):
    return [(e.type, e.source, e.target, e.trigger) for e in ctx.events]


def test_strike_report_lines_are_air_strikes_by_the_named_force(tmp_path):
    ctx = extract(tmp_path,
                  "SOUTHWEST ASIA, June 23, 2016 — Coalition military forces conducted 18 strikes "
                  "against ISIL targets in Syria.\n"
                  "Near Raqqah, four strikes struck an ISIL tactical unit and destroyed two fighting positions.\n"
                  "Near Mosul, two strikes engaged an ISIL tactical unit.\n")
    strikes = [e for e in ctx.events if e.type == "ASSAULT"]
    assert len(strikes) == 3, summary(ctx)
    assert all(e.source == ["coalition"] and e.mode == "aerial" for e in strikes)
    assert [e.location for e in strikes[1:]] == ["raqqah", "mosul"]
    assert all("isil" in e.target for e in strikes)
    assert strikes[0].date.iso == "2016-06-23"


def test_strikes_without_a_named_force_are_not_invented(tmp_path):
    ctx = extract(tmp_path, "Near Raqqah, four strikes destroyed two fighting positions.\n")
    assert ctx.events == []
    assert ctx.data["skipped_events"].get("instrument_without_agent") == 1


def test_condemning_an_attack_is_an_accusation_not_an_attack(tmp_path):
    ctx = extract(tmp_path, "Philip Hammond condemned the attack on Baghdad by Daesh.\n")
    assert [e.type for e in ctx.events] == ["ACCUSE"], summary(ctx)
    assert ctx.events[0].source == ["philip_hammond"]


def test_announced_funding_is_aid_to_the_recipient(tmp_path):
    ctx = extract(tmp_path, "The UK announced £20 million for humanitarian aid to Iraq.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("AID", ["uk"], ["iraq"])]


def test_meeting_today_takes_the_publication_day(tmp_path):
    ctx = extract(tmp_path, "Foreign Secretary statement\n\nPublished 5 June 2016\n\n"
                            "Boris Johnson met Ibrahim al-Jaafari in London today.\n")
    ev = next(e for e in ctx.events if e.type == "CONSULT" and e.source == ["boris_johnson"])
    assert ev.target == ["ibrahim_al_jaafari"] and ev.location == "london"
    assert (ev.date.iso, ev.date.precision) == ("2016-06-05", "day")


def test_undated_news_in_a_release_takes_the_publication_month(tmp_path):
    ctx = extract(tmp_path, "Published 5 June 2016\n\nPhilip Hammond condemned Daesh.\n")
    ev = only_type(ctx, "ACCUSE")
    assert (ev.date.iso, ev.date.precision) == ("2016-06", "month")


def test_a_text_without_dateline_dates_by_the_year_it_names(tmp_path):
    ctx = extract(tmp_path, "The war began in 2014.\n\nPhilip Hammond condemned Daesh.\n")
    assert (only_type(ctx, "ACCUSE").date.iso, only_type(ctx, "ACCUSE").date.precision) == ("2014", "year")


def test_an_undated_text_spanning_many_years_leaves_undated_paragraphs_null(tmp_path):
    ctx = extract(tmp_path, "The war began in 2011. Daesh rose in 2014. Mosul fell in 2017.\n\n"
                            "Philip Hammond condemned Daesh.\n")
    assert only_type(ctx, "ACCUSE").date is None


def test_a_text_without_any_time_leaves_events_undated(tmp_path):
    ctx = extract(tmp_path, "Philip Hammond condemned Daesh.\n")
    assert only_type(ctx, "ACCUSE").date is None


def test_other_senses_of_trigger_verbs_are_not_events(tmp_path):
    ctx = extract(tmp_path, "The attacks in Mosul demonstrate the cruelty of Daesh. "
                            "Philip Hammond released a statement on Syria.\n")
    assert not [e for e in ctx.events if e.type in ("PROTEST", "RETREAT")], summary(ctx)


def test_figurative_force_is_not_coercion(tmp_path):
    ctx = extract(tmp_path, "The war forced Iraq to change course. Daesh forced Ameri to leave Mosul.\n")
    coerce = [e for e in ctx.events if e.type == "COERCE"]
    assert [(e.source, e.target) for e in coerce] == [(["daesh"], ["hadi_al_ameri"])], summary(ctx)


def test_visit_to_a_grave_is_homage(tmp_path):
    ctx = extract(tmp_path, "In February 2020, Qaani travelled to the grave of Soleimani in Kerman.\n")
    ev = only_type(ctx, "SUPPORT")
    assert ev.mode == "homage" and ev.target == ["qasem_soleimani"]


def test_pathological_text_completes(tmp_path):
    """A 3,000-token sentence and a 1,500-name list run through (no quadratic blow-up)."""
    long_sentence = "Qaani met Ameri and " + " ".join(["the very long winding road"] * 600) + ".\n"
    long_list = "Qaani met with " + ", ".join(["Ameri", "Soleimani"] * 750) + " and Boris Johnson.\n"
    ctx = extract(tmp_path, long_sentence + "\n" + long_list)
    assert any(e.type == "CONSULT" for e in ctx.events)


def test_a_demonym_on_an_attack_noun_is_the_attacker(tmp_path):
    ACTORS["American"] = ("united_states", "country")
    try:
        ctx = extract(tmp_path, "In January 2020, Soleimani died in the American drone strike at Baghdad airport.\n")
    finally:
        del ACTORS["American"]
    ev = only_type(ctx, "ASSAULT")
    assert ev.source == ["united_states"] and ev.mode == "drone" and ev.location == "baghdad"


def test_background_dates_do_not_date_the_next_sentence(tmp_path):
    ctx = extract(tmp_path, "Published 22 July 2020\n\nQaani ended talks in London on Tuesday, his first "
                            "trip since taking office in May. Qaani met Ameri.\n")
    met = next(e for e in ctx.events if e.target == ["hadi_al_ameri"])
    assert met.date.iso == "2020-07-21"


def test_present_tense_news_is_dated_by_the_publication(tmp_path):
    ctx = extract(tmp_path, "Published 22 July 2020\n\nIn January, Daesh attacked Mosul. "
                            "The UK blames Daesh for the attacks.\n")
    assert only_type(ctx, "ACCUSE").date.iso == "2020-07"


def test_postponed_visits_did_not_happen(tmp_path):
    ctx = extract(tmp_path, "In 2020, a postponed visit by Qaani to Baghdad was announced.\n")
    assert not [e for e in ctx.events if e.type == "CONSULT"], summary(ctx)


def test_first_person_in_a_quoted_statement_is_its_speaker(tmp_path):
    ctx = extract(tmp_path, "Philip Hammond said:\n\nWe call on Daesh to release the hostages. "
                            "I condemn the attack on Mosul.\n")
    assert {(e.type, tuple(e.source)) for e in ctx.events} >= {("REQUEST", ("philip_hammond",)),
                                                              ("ACCUSE", ("philip_hammond",))}, summary(ctx)


def test_an_active_conjunct_of_a_passive_keeps_its_voice(tmp_path):
    ctx = extract(tmp_path, "Philip Hammond said:\n\nWe are concerned by the reports and call on Daesh to stop.\n")
    ev = only_type(ctx, "REQUEST")
    assert ev.source == ["philip_hammond"] and ev.target == ["daesh"]


def test_aspect_verbs_report_the_visit(tmp_path):
    ctx = extract(tmp_path, "On 21 July 2020, Qaani ended a one-day visit to Baghdad.\n")
    ev = only_type(ctx, "CONSULT")
    assert ev.source == ["esmail_qaani"] and ev.location == "baghdad" and ev.date.iso == "2020-07-21"


def test_events_suffered_are_reported_events(tmp_path):
    ctx = extract(tmp_path, "In 2016, civilians in Mosul suffered an attack by Daesh.\n")
    assert only_type(ctx, "ASSAULT").source == ["daesh"]


def test_reopening_and_closing_borders(tmp_path):
    ctx = extract(tmp_path, "Iran and Iraq reopen border crossings for trade\n\nIn June 2020, Iran and Iraq have "
                            "begun reopening their border crossings, officials said. In 2018, the UK closed the "
                            "border with Syria. Later, the UK imposed sanctions on Daesh. The UK closed the meeting.\n")
    types = [(e.type, e.mode) for e in ctx.events]
    assert types.count(("RETREAT", "ease restrictions")) == 1, summary(ctx)   # headline repeats the body
    retreat = only_type(ctx, "RETREAT")
    assert "reopening" in retreat.evidence and retreat.source == ["iran", "iraq"]
    sanctions = [e for e in ctx.events if e.type == "SANCTION"]
    assert {e.mode for e in sanctions} == {"border closure", "sanctions"} and len(sanctions) == 2, summary(ctx)
    skipped = ctx.data["skipped_events"]
    assert skipped.get("repeated_headline", 0) + skipped.get("headline", 0) == 1    # the title line is no evidence


def test_attribution_names_the_reporting_outlet_only(tmp_path):
    ctx = extract(tmp_path, "In June 2020, Qaani met Ameri in Baghdad, according to Tasnim. "
                            "In July 2020, Daesh attacked the offices of Reuters in Mosul.\n")
    assert only_type(ctx, "CONSULT").attributed_to == ["tasnim"]
    assert only_type(ctx, "ASSAULT").attributed_to == []


def test_calling_for_cooperation_is_agreeing_to_it(tmp_path):
    ctx = extract(tmp_path, "In May 2020, Qaani called for bolstering ties with Iraq. "
                            "In June 2020, Ameri called for the withdrawal of forces from Iraq.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("AGREE", ["esmail_qaani"]),
                                                        ("REQUEST", ["hadi_al_ameri"])], summary(ctx)


def test_an_unnamed_title_is_the_release_protagonist(tmp_path):
    ctx = extract(tmp_path, "Boris Johnson met Ibrahim al-Jaafari in London on 5 June 2016.\n\n"
                            "The Foreign Secretary condemned the attack on Mosul.\n")
    assert only_type(ctx, "ACCUSE").source == ["boris_johnson"]
    ctx = extract(tmp_path, "Boris Johnson and Philip Hammond spoke in 2016.\n\n"
                            "The Foreign Secretary condemned Daesh.\n")
    assert only_type(ctx, "ACCUSE").source == []          # two candidates: left unresolved


def test_they_after_a_meeting_are_its_parties(tmp_path):
    ctx = extract(tmp_path, "On 5 June 2016, Boris Johnson met Ibrahim al-Jaafari in London. "
                            "They also agreed to work together against Daesh.\n")
    assert only_type(ctx, "AGREE").source == ["boris_johnson", "ibrahim_al_jaafari"]


def test_a_participle_of_a_future_verb_is_future(tmp_path):
    ctx = extract(tmp_path, "In 2016, Boris Johnson will return to the Gulf, visiting Iraq on 11 December.\n")
    assert not [e for e in ctx.events if e.type == "CONSULT"], summary(ctx)


def test_conflict_verbs_beyond_attack(tmp_path):
    ctx = extract(tmp_path, "In 2020, rockets hit the UK embassy in Baghdad. The pandemic hit Iraq in 2020. "
                            "Daesh kidnapped Ameri in Mosul in 2016. In 2019 the UK summoned the Iraq ambassador.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [
        ("ASSAULT", [], ["uk"]), ("ASSAULT", ["daesh"], ["hadi_al_ameri"]), ("ACCUSE", ["uk"], ["iraq"])], summary(ctx)
    assert ctx.data["skipped_events"]["figurative_subject"] == 1       # the pandemic is no attacker


def test_a_shared_obligation_is_a_proposal(tmp_path):
    ctx = extract(tmp_path, "In July 2020, Qaani said the two neighbours should raise trade. "
                            "In July 2020, Ameri said the UK should leave Iraq.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("AGREE", ["esmail_qaani"]),
                                                        ("REQUEST", ["hadi_al_ameri"])], summary(ctx)


def test_coordinated_passives_share_the_agent(tmp_path):
    ctx = extract(tmp_path, "In 2016, Ameri was struck and killed by a Daesh airstrike near Mosul.\n")
    ev = only_type(ctx, "ASSAULT")
    assert ev.source == ["daesh"] and ev.target == ["hadi_al_ameri"]


def test_material_acts_reported_by_a_spokesman_are_events(tmp_path):
    ctx = extract(tmp_path, "In 2016, Philip Hammond said the Coalition conducted five airstrikes against Daesh. "
                            "In 2016, Philip Hammond said Daesh may attack Mosul.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("ASSAULT", ["coalition"], ["daesh"])], summary(ctx)


def only_type(ctx: Context, etype: str):
    found = [e for e in ctx.events if e.type == etype]
    assert len(found) == 1, summary(ctx)
    return found[0]


def test_statements_typed_by_the_plover_verbal_vocabulary(tmp_path):
    # PLOVER's verbal types in what was said: ruling out (REJECT), criticising (ACCUSE), asking (REQUEST),
    # endorsing (SUPPORT), pledging (AGREE); a statement with none of them is no event
    ctx = extract(tmp_path, "source: https://example.org/w\ntitle: Wire (Reuters, 5 May 1995)\n\n"
                  "Iran said it ruled out any talks with Iraq.\n\n"
                  "Philip Hammond said the decision by Iran was deplorable and he criticized Syria.\n\n"
                  "Boris Johnson said Britain had asked Iraq for the files.\n\n"
                  "Ibrahim al-Jaafari said Iraq endorses the plan of Syria.\n\n"
                  "Ibrahim al-Jaafari said Iraq will work with Syria on the border.\n\n"
                  "Philip Hammond said the meeting with Iran lasted two hours.\n")
    assert [(e.type, e.source) for e in ctx.events if e.trigger == "said"] == [
        ("REJECT", ["iran"]), ("ACCUSE", ["philip_hammond"]), ("REQUEST", ["boris_johnson"]),
        ("SUPPORT", ["ibrahim_al_jaafari"]), ("AGREE", ["ibrahim_al_jaafari"])]
