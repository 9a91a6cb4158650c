"""PLOVER events in short news texts (news-dev conventions): headers, headlines, passives, event nouns."""

from event_fixtures import extract_events

from foothold.extract.pipeline import Context

ACTORS = {
    "Iran": ("iran", "country"), "Iranian": ("iran", "country"), "Iraq": ("iraq", "country"), "Israel": ("israel", "country"),
    "Israeli": ("israel", "country"), "Qatari": ("qatar", "country"), "Qatar": ("qatar", "country"),
    "Oman": ("oman", "country"), "Muscat": ("muscat", "place"), "Turkey": ("turkey", "country"),
    "Turkish": ("turkey", "country"), "U.S.": ("united_states", "country"), "United States": ("united_states", "country"),
    "Russia": ("russia", "country"), "Russian": ("russia", "country"), "Ukraine": ("ukraine", "country"),
    "Hezbollah": ("hezbollah", "organization"), "Houthis": ("houthis", "organization"),
    "Ali Karaki": ("ali_karaki", "person"), "Abdel Fattah": ("abdel_fattah", "person"),
    "OFAC": ("ofac", "organization"), "Baghdad": ("baghdad", "place"),
}

HEADER = "source: https://example.org/a/story.html\ntitle: {title} (VOA News, 25 Apr 2024)\n\n"


def extract(tmp_path, text: str) -> Context:
    return extract_events(tmp_path, text, ACTORS, "story.txt")


def summary(ctx: Context):
    return [(e.type, e.source, e.target, e.date.iso if e.date else None, e.evidence) for e in ctx.events]


def test_the_header_credit_dates_the_story(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Iran meets Iraq") + "Iran condemned Israel on Thursday.\n")
    assert [(e.type, e.date.iso[:7]) for e in ctx.events] == [("ACCUSE", "2024-04")], summary(ctx)


def test_title_lines_and_their_repeat_are_never_evidence(tmp_path):
    title = "Russian strikes kill six in Ukraine"
    ctx = extract(tmp_path, HEADER.format(title=title) + f"{title}\n\nRussia attacked Ukraine on Thursday.\n")
    assert [e.evidence for e in ctx.events] == ["Russia attacked Ukraine on Thursday"], summary(ctx)


def test_statements_of_denial_and_blame(tmp_path):
    ctx = extract(tmp_path, "In July 2022, Turkey said its soldiers were not in the area.\n\n"
                            "In July 2022, Iraq said Turkey was behind the shelling.\n\n"
                            "In July 2022, Iran decried U.S. actions.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("REJECT", ["turkey"]), ("ACCUSE", ["iraq"]), ("ACCUSE", ["iran"])], summary(ctx)


def test_an_attack_noun_carries_the_agent_of_its_verb(tmp_path):
    ctx = extract(tmp_path, "In May 2024, Ali Karaki was killed in an Israeli strike.\n\n"
                            "In May 2024, Israeli strikes killed five people.\n\n"
                            "In May 2024, a cargo ship was struck by a Russian missile.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [
        ("ASSAULT", ["israel"], ["ali_karaki"]), ("ASSAULT", ["israel"], []), ("ASSAULT", ["russia"], [])], summary(ctx)
    assert ctx.data["skipped_events"]["carried_by_verb"] == 2


def test_event_nouns_as_subjects_of_light_and_aspect_verbs(tmp_path):
    ctx = extract(tmp_path, "In May 2024, negotiations between Iran and Oman began in Muscat.\n\n"
                            "In June 2024, talks were held in Muscat between Iran and Qatar.\n\n"
                            "In July 2024, the meeting was held in Muscat.\n")
    assert [(e.type, sorted(e.source + e.target)) for e in ctx.events] == [
        ("CONSULT", ["iran", "oman"]), ("CONSULT", ["iran", "qatar"])], summary(ctx)
    assert ctx.data["skipped_events"]["place_only"] == 1


def test_crowds_storming_protest_and_rewards_request(tmp_path):
    ctx = extract(tmp_path, "In May 2024, protesters stormed the Turkish embassy in Baghdad.\n\n"
                            "In June 2024, the Turkish embassy was stormed by a crowd.\n\n"
                            "In July 2024, the United States is offering a reward of up to $10 million for information on Hezbollah.\n\n"
                            "In August 2024, OFAC is designating two Hezbollah officials.\n\n"
                            "In August 2024, Ali Karaki received a Qatari delegation.\n")
    assert [(e.type, e.mode, e.source, e.target) for e in ctx.events] == [
        ("PROTEST", "riot", [], ["turkey"]), ("PROTEST", "riot", [], ["turkey"]),
        ("REQUEST", "reward", ["united_states"], ["hezbollah"]), ("SANCTION", "sanctions", ["ofac"], ["hezbollah"]),
        ("CONSULT", "meeting", ["ali_karaki"], ["qatar"])], summary(ctx)


def test_a_credit_year_dates_an_undated_story(tmp_path):
    ctx = extract(tmp_path, "source: https://example.org/x\ntitle: Iran and Iraq (VOA Editorial, 2019; year inferred)\n\n"
                            "Iran condemned Israel.\n")
    assert [e.date.iso for e in ctx.events] == ["2019"], summary(ctx)


def test_an_undated_present_perfect_stays_undated(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Sanctions on Hezbollah") +
                  "The United States has previously sanctioned Hezbollah.\n\n"
                  "Since 2017, the United States has designated Ali Karaki.\n\n"
                  "On Thursday, the United States sanctioned Abdel Fattah.\n\n"
                  "The United States has asked Oman to act.\n")
    assert [(e.type, e.date.iso[:7] if e.date else None) for e in ctx.events] == [
        ("SANCTION", None), ("SANCTION", None), ("SANCTION", "2024-04"), ("REQUEST", "2024-04")], summary(ctx)


def test_repeated_and_counted_acts_are_aggregates(tmp_path):
    ctx = extract(tmp_path, "In May 2024, the Houthis have repeatedly targeted Israel.\n\n"
                            "In May 2024, Hezbollah attacked Israel more than 60 times.\n\n"
                            "In May 2024, a Turkish strike may provoke Iran.\n")
    assert ctx.events == [], summary(ctx)


def test_launching_missiles_departing_bases_and_ousting_leaders(tmp_path):
    ctx = extract(tmp_path, "In January 2020, Iran launched ballistic missiles at two Iraqi bases.\n\n"
                            "In January 2020, Turkish forces departed from two bases in Iraq.\n\n"
                            "In January 2020, the United States halted operations in Iraq.\n\n"
                            "In July 2023, military leaders in Oman ousted Ali Karaki.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("ASSAULT", ["iran"]), ("RETREAT", ["turkey"]), ("RETREAT", ["united_states"]), ("COERCE", ["oman"])], summary(ctx)


def test_stated_intentions_agree_or_threaten_and_predictions_do_not(tmp_path):
    ctx = extract(tmp_path, "In March 2021, the United States will consult Oman on the deal.\n\n"
                            "In March 2021, the Houthis will attack Israel again.\n\n"
                            "In March 2021, Ali Karaki assessed that Turkish troops will withdraw from Iraq.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("AGREE", ["united_states"]), ("THREATEN", ["houthis"])], summary(ctx)


def test_the_title_credit_is_no_source_note(tmp_path):
    ctx = extract(tmp_path, "source: https://example.org/x\ntitle: Iran and Iraq (VOA, 20 Aug 2020)\n\n"
                            "Iran condemned Israel.\n")
    assert [e.date.iso[:7] for e in ctx.events] == ["2020-08"], summary(ctx)


def test_the_rebels_and_the_regime_refer_back_and_named_agents_sanction_unnamed_objects(tmp_path):
    ctx = extract(tmp_path, "In June 2024, the Houthis fired on a ship. The rebels sank the vessel.\n\n"
                            "In July 2019, Iran is under pressure. The regime seized a tanker.\n\n"
                            "In April 2019, the United States designated a terrorist organization.\n")
    got = [(e.type, e.source) for e in ctx.events]
    assert ("ASSAULT", ["houthis"]) in got and ("COERCE", ["iran"]) in got, summary(ctx)
    assert ("SANCTION", ["united_states"]) in got, summary(ctx)


def test_backing_off_retreats_and_announced_sanctions_on_a_target_sanction(tmp_path):
    ctx = extract(tmp_path, "In July 2023, Iran backed off the tanker.\n\n"
                            "In July 2023, OFAC announced sanctions on Hezbollah.\n\n"
                            "In July 2023, Iran evaded U.S. sanctions.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [
        ("RETREAT", ["iran"], []), ("SANCTION", ["ofac"], ["hezbollah"])], summary(ctx)


def test_present_acts_take_the_publication_month_and_means_clauses_happen(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Aid to Oman") +
                  "On July 26, Ali Karaki was ousted. The United States is suspending most assistance to Oman.\n\n"
                  "In May 2024, the United States responded by sending troops to Qatar.\n")
    got = [(e.type, e.date.iso[:7] if e.date else None) for e in ctx.events]
    assert ("SANCTION", "2024-04") in got, summary(ctx)
    assert ("MOBILIZE", "2024-05") in got, summary(ctx)


def test_characterizing_a_hostile_act_accuses_its_doer(tmp_path):
    ctx = extract(tmp_path, "In August 2024, a Turkish official called the Israeli strike a heinous crime.\n\n"
                            "In August 2024, Turkey called the attack.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("ACCUSE", ["turkey"], ["israel"])], summary(ctx)


def test_a_call_as_a_noun_is_its_possessors_request(tmp_path):
    ctx = extract(tmp_path, "In March 2021, Iran repeated its call for the United States to drop sanctions.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("REQUEST", ["iran"])], summary(ctx)


def test_continued_and_superlative_attacks_are_not_one_act_and_infobox_titles_not_evidence(tmp_path):
    ctx = extract(tmp_path, "source: https://example.org/x\ntitle: Houthi attacks (Wikipedia article)\n\n"
                            "- Title: Houthi attacks\n\n"
                            "In 2024, the continued offensive by the Houthis hurt Israel.\n\n"
                            "In 2024, the deadliest attacks by the Houthis hit Israel in May.\n")
    assert all(e.trigger not in ("offensive", "attacks") for e in ctx.events), summary(ctx)


def test_a_speakers_first_person_future_is_a_promise(tmp_path):
    ctx = extract(tmp_path, "In May 2024, Ali Karaki visited Oman.\n\n"
                            "'We will maintain our assistance to Oman,' Abdel Fattah said.\n\n"
                            "'We will not leave,' Abdel Fattah said.\n")
    promises = [(e.source, e.mode) for e in ctx.events if e.type == "AGREE"]
    assert promises == [(["abdel_fattah"], "promise")], summary(ctx)


def test_an_announcement_is_typed_by_the_act_it_announces_and_concern_accuses(tmp_path):
    ctx = extract(tmp_path, "In October 2019, the United States announced that it would deploy troops to Oman.\n\n"
                            "In October 2019, Oman announced that the Houthis attacked Israel.\n\n"
                            "In October 2024, Ali Karaki expressed serious concern about Iran.\n")
    got = [(e.type, e.source) for e in ctx.events]
    assert ("MOBILIZE", ["united_states"]) in got and ("ACCUSE", ["ali_karaki"]) in got, summary(ctx)
    assert ("ASSAULT", ["oman"]) not in got, summary(ctx)


def test_orders_give_the_agent_object_control_gives_the_subject_and_periods_date_nothing(tmp_path):
    ctx = extract(tmp_path, "In February 2024, Ali Karaki ordered Israeli strikes in Oman.\n\n"
                            "On 27 December 2019, the attack came amid the 2019–2021 crisis, leading the United States "
                            "to blame Iran.\n")
    got = [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]
    assert ("ASSAULT", ["ali_karaki"], "2024-02") in got, summary(ctx)
    assert ("ACCUSE", ["united_states"], "2019-12-27") in got, summary(ctx)


def test_exercises_and_drills_mobilize(tmp_path):
    ctx = extract(tmp_path, "On October 14, 2024, Iran carried out large-scale military exercises near Oman.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("MOBILIZE", ["iran"])], summary(ctx)


def test_a_quote_before_its_speaker_is_the_statements_evidence(tmp_path):
    ctx = extract(tmp_path, "In March 2024, 'Russia has sought to leverage these companies and is responsible for abuses,' Ali Karaki said.\n")
    ev = [e for e in ctx.events if e.source == ["ali_karaki"]]
    assert ev and "Russia has sought" in ev[0].evidence, summary(ctx)


def test_a_place_acted_on_brings_its_country(tmp_path):
    ctx = extract(tmp_path, "On 20 July 2022, a resort in Muscat, Oman was shelled by Turkish artillery.\n")
    assert [(e.type, e.source, "oman" in e.target) for e in ctx.events] == [("ASSAULT", ["turkey"], True)], summary(ctx)


def test_firing_bursts_or_missiles_is_an_attack(tmp_path):
    ctx = extract(tmp_path, "In July 2023, Iranian personnel fired long bursts from small arms.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("ASSAULT", ["iran"])], summary(ctx)


def test_joining_or_taking_part_in_discussions_consults(tmp_path):
    ctx = extract(tmp_path, "On October 14, 2016, Ali Karaki participated in the discussion with Oman.\n\n"
                            "On October 14, 2016, Abdel Fattah joined discussions with Qatar.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("CONSULT", ["ali_karaki"]), ("CONSULT", ["abdel_fattah"])], summary(ctx)


def test_leaving_an_accord_rejects_it_and_standing_with_supports(tmp_path):
    ctx = extract(tmp_path, "In 2018, the United States withdrew from the deal with Iran.\n\n"
                            "In 2018, the United States withdrew its troops from Oman.\n\n"
                            "In 2023, Qatar said: 'We stand with the people of Oman.'\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("REJECT", ["united_states"]), ("RETREAT", ["united_states"]), ("SUPPORT", ["qatar"])], summary(ctx)


def test_what_is_demanded_is_the_requests_content(tmp_path):
    ctx = extract(tmp_path, "In July 2022, the protesters demanded the Turkish ambassador to be expelled.\n")
    assert [(e.type, e.target) for e in ctx.events] == [("REQUEST", ["turkey"])], summary(ctx)


def test_a_reported_survived_attack_is_an_attack_on_the_survivor(tmp_path):
    ctx = extract(tmp_path, "On 7 November 2021, the armed forces reported that Ali Karaki survived an assassination attempt.\n")
    assert [(e.type, e.target) for e in ctx.events] == [("ASSAULT", ["ali_karaki"])], summary(ctx)
    assert ctx.data["skipped_events"].get("report") == 1
