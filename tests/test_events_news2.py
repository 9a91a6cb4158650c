"""PLOVER events in short news texts, second round: dating, targets, aggregates."""

from event_fixtures import extract_events

from foothold.extract.pipeline import Context
from test_events_news import ACTORS, HEADER


def extract(tmp_path, text: str) -> Context:
    return extract_events(tmp_path, text, ACTORS, "story.txt")


def summary(ctx: Context):
    return [(e.type, e.source, e.target, e.date.iso if e.date else None, e.evidence) for e in ctx.events]


def test_a_past_perfect_without_a_date_is_undated(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Iran and Iraq") +
                  "Iran condemned Israel on Thursday. Before that, Iraq had condemned Turkey.\n")
    assert [(e.source, e.date.iso[:7] if e.date else None) for e in ctx.events] == [
        (["iran"], "2024-04"), (["iraq"], None)], summary(ctx)


def test_a_tally_since_an_event_is_aggregate_but_a_dated_past_is_not(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Iran and Iraq") +
                  "Since the war began, Iran has attacked Iraq.\n\n"
                  "Since its inception, Hezbollah has attacked Israel.\n\n"
                  "Since 2017, Turkey has attacked Iraq.\n")
    assert [(e.source, e.date) for e in ctx.events] == [(["turkey"], None)], summary(ctx)
    assert ctx.data["skipped_events"]["aggregate"] == 2


def test_an_undated_present_material_act_is_a_practice(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Iran and Iraq") +
                  "Hezbollah attacks Israel with Iranian rockets.\n\n"
                  "Hezbollah attacks Israel on April 24, 2024.\n\n"
                  "Russian troops surround Ukraine.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("ASSAULT", ["hezbollah"]), ("MOBILIZE", ["russia"])], summary(ctx)


def test_an_agentless_attack_on_an_unnamed_place_hits_the_scene_country(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Strikes") +
                  "On April 24, 2024, a missile hit a market in Baghdad, Iraq. The region was attacked again on April 25, 2024.\n\n"
                  "On April 25, 2024, several officials were targeted.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events if e.evidence.startswith("The region")] == [
        ("ASSAULT", [], ["iraq"])], summary(ctx)
    assert not [e for e in ctx.events if "targeted" in e.evidence], summary(ctx)


def test_a_date_on_an_event_noun_in_the_object_dates_that_event_only(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Iran and Iraq") +
                  "Iraq condemns Hezbollah's attacks in the region, including an attack on April 2, 2024, which hit Israel.\n")
    # the included attack (Hezbollah's, told nowhere else) is an event of its own, with its own date
    assert [(e.type, e.date.iso) for e in ctx.events] == [("ACCUSE", "2024-04"), ("ASSAULT", "2024-04-02")], summary(ctx)


def test_being_prepared_to_act_is_a_stated_intention(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") + "The United States is prepared to support Ukraine.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("AGREE", ["united_states"], ["ukraine"])], summary(ctx)


def test_a_promise_to_keep_up_a_conflict_effort_threatens(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "\"We will maintain our vigorous efforts to sanction Iranian officials,\" Ali Karaki said.\n")
    assert [e.type for e in ctx.events] == ["THREATEN"], summary(ctx)


def test_rejecting_conduct_condemns_it_rejecting_a_proposal_rejects(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "On April 6, 2024, Iraq rejected “all reckless actions targeting Iraqi bases.”\n\n"
                  "On April 7, 2024, Iran said it rejects all reckless actions by Israel.\n\n"
                  "On April 8, 2024, Iraq rejected the proposal.\n")
    assert [e.type for e in ctx.events] == ["ACCUSE", "ACCUSE", "REJECT"], summary(ctx)


def test_a_past_deed_describing_a_doer_is_undated_background(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "On April 8, 2024, Iraq blamed the same people who attacked Turkey.\n\n"
                  "On April 9, 2024, Iraq condemned the attack, which Iran denied.\n")
    dates = {e.evidence.split()[-1]: (e.date.iso if e.date else None) for e in ctx.events}
    assert dates.get("Turkey") is None and "Turkey" in dates, summary(ctx)
    assert [e.date.iso for e in ctx.events if e.type == "REJECT"] == ["2024-04-09"], summary(ctx)


def test_an_act_placed_only_by_another_happening_is_undated(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "On April 8, 2024, Russia attacked Ukraine. Russia occupied Baghdad at the beginning of its invasion, "
                  "but Ukraine recaptured it months later.\n")
    assert [(e.source, e.date.iso if e.date else None) for e in ctx.events] == [
        (["russia"], "2024-04-08"), (["russia"], None), (["ukraine"], None)], summary(ctx)


def test_a_state_body_acted_on_brings_its_state(tmp_path):
    from foothold.model import Relation
    from foothold.extract.events.scene import with_state

    class Index:                       # the two attributes with_state reads
        class ctx:
            actors = [type("A", (), {"id": "turkish_embassy", "type": "organization", "name": "Turkish Embassy", "aliases": []}),
                      type("A", (), {"id": "turkey", "type": "country", "name": "Turkey", "aliases": ["Turkish"]}),
                      type("A", (), {"id": "krg", "type": "place", "name": "Kurdistan Region of Turkey", "aliases": []})]
            relations = [Relation("turkish_embassy", "part_of", "turkey", "Turkish Embassy", 0, 1, "t")]
    assert with_state(["turkish_embassy"], Index()) == ["turkish_embassy", "turkey"]
    assert with_state(["turkey"], Index()) == ["turkey"]
    assert with_state(["krg"], Index()) == ["krg", "turkey"]


def test_a_place_hit_in_a_region_named_after_its_country_targets_the_country(tmp_path):
    actors = dict(ACTORS, **{"Barakh": ("barakh", "place"), "Kurdistan Region of Iraq": ("krg", "place")})
    ctx = extract_events(tmp_path, HEADER.format(title="X") +
                         "On 20 July 2022, the Barakh resort in the Kurdistan Region of Iraq was shelled.\n", actors, "s.txt")
    assert [(e.type, sorted(e.target)) for e in ctx.events] == [("ASSAULT", ["barakh", "iraq"])], summary(ctx)


def test_an_unattributed_we_is_the_state_the_release_speaks_for(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "Hezbollah attacked Israel on April 20, 2024. Hezbollah attacked Iraq on April 21, 2024.\n\n"
                  "We strongly condemn Hezbollah's attacks.\n\n"
                  "The United States is designating two Hezbollah leaders. The United States imposed sanctions on Hezbollah on April 24, 2024.\n")
    assert [(e.source, e.target) for e in ctx.events if e.type == "ACCUSE"] == [
        (["united_states"], ["hezbollah"])], summary(ctx)


def test_a_casualty_of_a_named_happening_gets_no_scene_country(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Strikes") +
                  "On April 24, 2024, a missile hit a market in Baghdad, Iraq. A man was killed in the attack.\n")
    assert not [e for e in ctx.events if e.evidence.startswith("A man")], summary(ctx)


def test_paying_many_recipients_is_a_tally(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "The United States has paid more than $150 million to more than 100 people.\n\n"
                  "On April 2, 2024, the United States paid $5 million to Iraq.\n")
    assert [e.evidence.split(" to ")[-1] for e in ctx.events] == ["Iraq"], summary(ctx)


def test_new_verbal_triggers_and_a_target_named_inside_the_object(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "On April 2, 2024, Iran rebuffed Iraq.\n\n"
                  "On April 3, 2024, Turkey lauded Israel.\n\n"
                  "On April 4, 2024, Iraq dismissed the minister.\n\n"
                  "On April 5, 2024, Iran dismissed the accusation by Israel.\n\n"
                  "On April 6, 2024, Russia severed ties with Ukraine.\n\n"
                  "On April 7, 2024, Oman deplored the raid on Israel.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [
        ("REJECT", ["iran"], ["iraq"]), ("SUPPORT", ["turkey"], ["israel"]), ("REJECT", ["iran"], ["israel"]),
        ("SANCTION", ["russia"], ["ukraine"]), ("ACCUSE", ["oman"], ["israel"])], summary(ctx)


def test_cameo_patterns_give_verbal_types_between_two_named_actors_only(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "On April 2, 2024, Iran issued warnings to Iraq.\n\n"
                  "On April 3, 2024, Iran was formed under the leadership of Iraq.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("THREATEN", ["iran"], ["iraq"])], summary(ctx)


def test_reducing_troops_or_raids_is_a_retreat(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "On April 2, 2024, Russia reduced the number of its troops in Ukraine.\n\n"
                  "On April 3, 2024, Iran reduced its budget.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("RETREAT", ["russia"])], summary(ctx)


def test_an_attempt_to_persuade_is_a_request_and_its_listed_acts_its_content(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "On April 2, 2024, Turkey tried unsuccessfully to persuade Iraq to restore order, release Ali Karaki, "
                  "and return him to office.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("REQUEST", ["turkey"], ["iraq"])], summary(ctx)


def test_a_relative_pronoun_object_has_its_antecedent_sense_and_a_present_act_keeps_its_date(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="X") +
                  "The United States is suspending assistance to Iraq. This includes assistance, "
                  "which the United States paused on March 5, 2024.\n")
    assert [(e.type, e.date.iso) for e in ctx.events] == [("SANCTION", "2024-04"), ("SANCTION", "2024-03-05")], summary(ctx)


def test_a_crowd_rallying_or_marching_against_someone_protests(tmp_path):
    ctx = extract(tmp_path, HEADER.format(title="Rallies") +
                  "Hundreds of Hezbollah supporters rallied in Baghdad against Iran on Thursday.\n\n"
                  "Iran rallied support for the plan.\n")
    assert [(e.type, e.mode, e.source) for e in ctx.events] == [("PROTEST", "demo", ["hezbollah"])], summary(ctx)


def test_an_object_sense_is_read_past_a_quantity(tmp_path):
    """'froze $1 billion in assets': the sense check sees the assets, not the amount."""
    ctx = extract(tmp_path, HEADER.format(title="Assets") +
                  "The United States froze $1 billion in Iranian assets on Thursday.\n\n"
                  "Iran froze $1 billion in the heat.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("SANCTION", ["united_states"])], summary(ctx)
