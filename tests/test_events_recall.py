"""Event recall on unseen newswire (issue 8): wider PLOVER vocabulary and general mechanisms, on invented sentences."""

from event_fixtures import extract_events

from foothold.extract.pipeline import Context

ACTORS = {
    "Iran": ("iran", "country"), "Iranian": ("iran", "country"), "Iraq": ("iraq", "country"), "Iraqi": ("iraq", "country"),
    "Israel": ("israel", "country"), "Egypt": ("egypt", "country"), "Hamas": ("hamas", "organization"),
    "Taliban": ("taliban", "organization"), "Serbian": ("serbia", "country"), "Serbia": ("serbia", "country"),
    "Belgrade": ("belgrade", "place"), "Kabul": ("kabul", "place"), "Afghanistan": ("afghanistan", "country"),
    "U.S. Navy": ("us_navy", "organization"), "Houthis": ("houthis", "organization"), "Houthi": ("houthis", "organization"),
    "United States": ("united_states", "country"), "U.S.": ("united_states", "country"), "Turkey": ("turkey", "country"),
    "Turkish": ("turkey", "country"),
    "Russia": ("russia", "country"), "Russian": ("russia", "country"), "Ukraine": ("ukraine", "country"),
    "Ukrainian": ("ukraine", "country"),
    "Hezbollah": ("hezbollah", "organization"), "Ali Karaki": ("ali_karaki", "person"),
    "Riyadh": ("riyadh", "place"), "Saudi Arabia": ("saudi_arabia", "country"), "Security Council": ("unsc", "organization"),
    "Hungary": ("hungary", "country"), "Japan": ("japan", "country"), "China": ("china", "country"),
}

HEADER = "source: https://example.org/a/story.html\ntitle: {title} (VOA News, 25 Apr 2024)\n\n"


def extract(tmp_path, text: str, title: str = "News") -> Context:
    return extract_events(tmp_path, HEADER.format(title=title) + text, ACTORS, "story.txt")


def summary(ctx: Context):
    return [(e.type, e.mode, e.source, e.target, e.evidence) for e in ctx.events]


def typed(ctx: Context):
    return [(e.type, e.source) for e in ctx.events]


def test_newswire_vocabulary_the_trigger_lists_lacked(tmp_path):
    ctx = extract(tmp_path, "Egypt offered to mediate between Israel and Hamas on Monday.\n\n"
                            "The Taliban released 20 Afghan soldiers on Tuesday.\n\n"
                            "Serbian police used tear gas to disperse protesters in Belgrade on Monday.\n\n"
                            "The Taliban took over Kabul on Sunday.\n\n"
                            "The U.S. Navy formed a coalition to patrol the Red Sea on Monday.\n\n"
                            "The United States initiated communications with Iran on Monday.\n\n"
                            "Japan lodged a protest with China on Monday.\n\n"
                            "The Houthis hijacked a cargo ship on Sunday.\n")
    assert typed(ctx) == [("AGREE", ["egypt"]), ("RETREAT", ["taliban"]), ("COERCE", ["serbia"]),
                          ("COERCE", ["taliban"]), ("COOPERATE", ["us_navy"]), ("CONSULT", ["united_states"]),
                          ("ACCUSE", ["japan"]), ("ASSAULT", ["houthis"])], summary(ctx)
    assert ctx.events[3].target[:1] == ["kabul"] and ctx.events[5].target == ["iran"], summary(ctx)


def test_a_warning_issued_threatens_and_a_protest_of_an_act_accuses(tmp_path):
    ctx = extract(tmp_path, "The U.S. Navy issued warnings to the Houthis on Monday.\n\n"
                            "Iran protested the decision by Turkey on Monday.\n\n"
                            "Hezbollah supporters protested in Iraq on Monday.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [
        ("THREATEN", ["us_navy"], ["houthis"]), ("ACCUSE", ["iran"], ["turkey"]), ("PROTEST", ["hezbollah"], [])], summary(ctx)


def test_an_uncued_statement_sources_the_acts_it_reports(tmp_path):
    ctx = extract(tmp_path, "Ali Karaki said in a post that shelling killed three people in a village in Ukraine.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("ASSAULT", [], ["ukraine"])], summary(ctx)


def test_a_relative_clause_on_an_event_noun_takes_its_agent(tmp_path):
    ctx = extract(tmp_path, "The strikes followed a Russian missile attack that officials said injured six people in Ukraine.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("ASSAULT", ["russia"])], summary(ctx)


def test_a_stated_future_is_an_intention_or_a_threat_by_the_act_it_names(tmp_path):
    ctx = extract(tmp_path, "Houthi leaders stated on Monday that they will continue attacks against Israel.\n\n"
                            "Iran underscored on Monday that it will maintain its humanitarian assistance to Iraq.\n\n"
                            "Ali Karaki underscored on Monday that Turkey will attack Iraq.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("THREATEN", ["houthis"]), ("AGREE", ["iran"])], summary(ctx)


def test_a_passed_resolution_is_typed_by_what_it_says(tmp_path):
    ctx = extract(tmp_path, "The Iraqi parliament passed a resolution requiring United States forces to leave Iraq on Sunday.\n\n"
                            "The Security Council adopted a resolution condemning Iran on Monday.\n\n"
                            "Egypt hopes for a peaceful resolution of the dispute between Iran and Iraq.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("REQUEST", ["iraq"]), ("ACCUSE", ["unsc"])], summary(ctx)
    assert "united_states" in ctx.events[0].target, summary(ctx)


def test_a_released_statement_is_a_speech_act(tmp_path):
    ctx = extract(tmp_path, "On Monday, Iraq released a statement that the perpetrators were members of Hezbollah.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("ACCUSE", ["iraq"], ["hezbollah"])], summary(ctx)


def test_announced_plans_and_transferred_aid(tmp_path):
    ctx = extract(tmp_path, "On Monday, the United States announced plans to reduce the number of troops in Iraq.\n\n"
                            "On Monday, Iran transferred lethal aid to Hezbollah.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("RETREAT", ["united_states"]), ("AID", ["iran"])], summary(ctx)


def test_a_quote_speaker_named_after_the_verb(tmp_path):
    ctx = extract(tmp_path, "\u201cRussia is destabilizing Ukraine,\u201d said Under Secretary of the Treasury for "
                            "Terrorism Ali Karaki on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("ACCUSE", ["ali_karaki"])], summary(ctx)


def test_a_capital_hit_is_its_state_hit(tmp_path):
    ctx = extract(tmp_path, "The Houthis launched a missile attack on Riyadh, Saudi Arabia on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("ASSAULT", ["houthis"])], summary(ctx)
    assert "saudi_arabia" in ctx.events[0].target, summary(ctx)


def test_a_contrasted_clause_is_not_the_claim_and_the_speakers_own_request_counts(tmp_path):
    ctx = extract(tmp_path, "On Monday, Iraq claimed that Turkey was behind the attack, while the Turkish government "
                            "denied this.\n\n"
                            "On Monday, Ali Karaki said the United States was disappointed: \u201cwe strongly urge "
                            "Iraqi leaders to reconsider.\u201d\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("ACCUSE", ["iraq"]), ("REJECT", ["turkey"]), ("ACCUSE", ["ali_karaki"]), ("REQUEST", ["ali_karaki"])], summary(ctx)


def test_a_weapon_placed_by_someone_and_a_vow_of_harm(tmp_path):
    ctx = extract(tmp_path, "Two soldiers were killed by a roadside bomb planted by the Taliban on Monday.\n\n"
                            "Russia vowed to retaliate against Ukraine on Monday.\n\n"
                            "Iran pledged support for Iraq on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("ASSAULT", ["taliban"]), ("THREATEN", ["russia"]), ("AGREE", ["iran"])], summary(ctx)


def test_suspending_a_member_approving_a_membership_and_restrictions(tmp_path):
    ctx = extract(tmp_path, "The Security Council suspended Iraq on Thursday.\n\n"
                            "The Security Council suspended the meeting on Thursday.\n\n"
                            "Turkey approved Iraq's membership on Tuesday.\n\n"
                            "The United States imposed visa restrictions on Iranian officials on Monday.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [
        ("SANCTION", ["unsc"], ["iraq"]), ("SUPPORT", ["turkey"], ["iraq"]), ("SANCTION", ["united_states"], ["iran"])], summary(ctx)


def test_statements_typed_by_judgements_and_by_the_speakers_own_act(tmp_path):
    ctx = extract(tmp_path, "Iran said the attack was a cowardly act by Israel on Monday.\n\n"
                            "Turkey said it had no plans to withdraw from Iraq on Monday.\n\n"
                            "China called the allegations baseless on Monday.\n\n"
                            "Egypt said it had invited Iraq to the summit on Monday.\n\n"
                            "Iraq said it was working with Qatar on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("ACCUSE", ["iran"]), ("REJECT", ["turkey"]), ("REJECT", ["china"]), ("AGREE", ["egypt"])], summary(ctx)


def test_more_newswire_vocabulary(tmp_path):
    ctx = extract(tmp_path, "Russia and Ukraine exchanged prisoners on Monday.\n\n"
                            "Iraq normalized relations with Iran on Monday.\n\n"
                            "The United States renewed sanctions on Iran on Monday.\n\n"
                            "Egypt brokered a deal between Israel and Hamas on Monday.\n\n"
                            "Ukrainian forces repelled a Russian assault on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("RETREAT", ["russia", "ukraine"]), ("SUPPORT", ["iraq"]), ("SANCTION", ["united_states"]),
        ("CONSULT", ["egypt"]), ("ASSAULT", ["russia"])], summary(ctx)
    assert ctx.events[4].target == ["ukraine"], summary(ctx)


def test_an_unnamed_spokesman_voices_the_subjects_intention(tmp_path):
    ctx = extract(tmp_path, "Turkey will consult Iraq on the issue, the minister said on Monday.\n\n"
                            "In March 2021, Ali Karaki assessed that Turkish troops will withdraw from Iraq.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("AGREE", ["turkey"])], summary(ctx)


def test_it_in_what_a_speaker_says_is_the_speaker(tmp_path):
    ctx = extract(tmp_path, "Iraq's army said it killed ten Hezbollah fighters on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("ASSAULT", ["iraq"])], summary(ctx)


def test_arms_trade_equipping_and_naval_deployments(tmp_path):
    ctx = extract(tmp_path, "Russia sold fighter jets to Iran on Monday.\n\n"
                            "The United States equipped the Ukrainian army with tanks on Monday.\n\n"
                            "The United States sent two aircraft carriers to Israel on Monday.\n\n"
                            "Iran sold its old house to Iraq on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("COOPERATE", ["russia"]), ("AID", ["united_states"]), ("MOBILIZE", ["united_states"])], summary(ctx)


def test_curfews_martial_law_declared_ceasefires_and_recalled_envoys(tmp_path):
    ctx = extract(tmp_path, "Iraq imposed a curfew in Baghdad on Monday.\n\n"
                            "Turkey declared martial law on Tuesday.\n\n"
                            "Hamas declared a ceasefire on Monday.\n\n"
                            "Iran recalled its high commissioner from Iraq on Monday.\n\n"
                            "The United States imposed new sanctions on Iran on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [
        ("COERCE", ["iraq"]), ("COERCE", ["turkey"]), ("CONCEDE", ["hamas"]), ("SANCTION", ["iran"]),
        ("SANCTION", ["united_states"])], summary(ctx)


def test_what_is_refused_or_threatened_is_content_and_offers_carry_their_noun(tmp_path):
    ctx = extract(tmp_path, "Turkey threatened to launch a new military operation in Iraq on Monday.\n\n"
                            "Iran refused to recognize the results on Monday.\n\n"
                            "Egypt offered condolences to Iraq on Monday.\n\n"
                            "Japan sent a delegation to Iran on Monday.\n\n"
                            "Egypt held consultations with Israel on Monday.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [
        ("THREATEN", ["turkey"], ["iraq"]), ("REJECT", ["iran"], []), ("SUPPORT", ["egypt"], ["iraq"]),
        ("CONSULT", ["japan"], ["iran"]), ("CONSULT", ["egypt"], ["israel"])], summary(ctx)


def test_an_included_instance_shares_the_agent_and_imperatives_request(tmp_path):
    ctx = extract(tmp_path, "Israel condemned Hezbollah\u2019s attacks in the region, including an attack on Israel "
                            "on February 27.\n\n"
                            "Iran told Iraq on Monday it was a moral imperative to stop the sanctions.\n")
    kinds = [(e.type, e.source) for e in ctx.events]
    assert ("ASSAULT", ["hezbollah"]) in kinds and ("REQUEST", ["iran"]) in kinds, summary(ctx)
    assert not any(e.type == "ASSAULT" and "attacks" in e.trigger for e in ctx.events), summary(ctx)


def test_loans_amnesties_roundups_arms_given_and_shared_intelligence(tmp_path):
    # PLOVER AID "monetary aid ... grants, gifts and credit", "military assistance including arms"; CONCEDE
    # "amnesties"; CAMEO 173 ROUND UP; COOPERATE "sharing of intelligence"
    cases = {"Japan extended a $500 million loan to Ukraine.": ("AID", ["japan"], ["ukraine"]),
             "Hungary granted amnesty to Serbian rebels on Monday.": ("CONCEDE", ["hungary"], ["serbia"]),
             "Iranian police rounded up 200 Hezbollah supporters.": ("COERCE", ["iran"], ["hezbollah"]),
             "Russia gave 20 tanks to Serbia.": ("AID", ["russia"], ["serbia"]),
             "Egypt shared intelligence with Israel.": ("COOPERATE", ["egypt"], ["israel"])}
    for sentence, (etype, source, target) in cases.items():
        got = [(e.type, e.source, e.target) for e in extract(tmp_path, sentence).events]
        assert (etype, source, target) in got, (sentence, got)
    # the same verbs with other objects are not these events
    for sentence in ("The Iranian minister gave a speech in Riyadh on Monday.", "Egypt and Israel shared a border.",
                     "Japan approved the minutes of the Security Council."):
        assert [e.type for e in extract(tmp_path, sentence).events if e.type in ("AID", "COOPERATE")] == [], sentence


def test_a_withdrawal_leaves_an_accord_or_else_a_territory(tmp_path):
    # plover.yaml `otherwise`: the noun's REJECT sense needs "from" + a non-actor; else PLOVER RETREAT withdraw
    got = [(e.type, e.source, e.target) for e in extract(tmp_path, "The Iraqi withdrawal from Hungary began on Tuesday.").events]
    assert got == [("RETREAT", ["iraq"], ["hungary"])]
    got = [(e.type, e.source) for e in extract(
        tmp_path, "The United States announced its withdrawal from the nuclear accord on Tuesday.").events]
    assert got == [("REJECT", ["united_states"])]
    # what a verb aims at is no withdrawal made ("demanded the withdrawal", "called for the withdrawal")
    for sentence in ("Iran demanded the withdrawal of U.S. forces from Iraq.",
                     "Iran called for the withdrawal of U.S. forces from Iraq."):
        assert "RETREAT" not in [e.type for e in extract(tmp_path, sentence).events], sentence


def test_wider_newswire_verbs_and_nouns(tmp_path):
    # CAMEO verb senses not in the earlier lists, typed by the PLOVER manual
    cases = {"Iranian air defences downed a Turkish jet on Saturday.": ("ASSAULT", ["iran"], ["turkey"]),
             "Iran hanged two Iraqi activists on Thursday.": ("ASSAULT", ["iran"], ["iraq"]),
             "Serbian rebels razed three villages near Kabul.": ("ASSAULT", ["serbia"], []),
             "Russia nationalized the assets of Ukrainian firms.": ("COERCE", ["russia"], ["ukraine"]),
             "The United States placed Iran on its list of state sponsors of terrorism.": ("SANCTION", ["united_states"], ["iran"]),
             "Japan expressed regret to China over the wartime atrocities.": ("CONCEDE", ["japan"], ["china"]),
             "China conducted a nuclear test on Sunday.": ("MOBILIZE", ["china"], [])}
    for sentence, (etype, source, target) in cases.items():
        got = [(e.type, e.source, e.target) for e in extract(tmp_path, sentence).events]
        assert (etype, source, target) in got, (sentence, got)
    for sentence in ("Iran downed tools on Monday.", "Japan placed the file on the table.",
                     "China expressed its views on Sunday."):
        assert extract(tmp_path, sentence).events == [], sentence


def test_reported_futures_are_intentions_threats_or_refusals(tmp_path):
    # reported speech backshifts "will" to "would": "said it would X" is PLOVER AGREE for cooperation,
    # THREATEN for conflict; refusing a cooperative act ("would not allow") is REJECT
    cases = {"Israel said it would ease restrictions on Hamas.": ("AGREE", ["israel"]),
             "Japan said it would provide aid to Iraq.": ("AGREE", ["japan"]),
             "Iran said it would attack Israel.": ("THREATEN", ["iran"]),
             "Iraq said it would not allow the inspectors to return.": ("REJECT", ["iraq"]),
             "Turkey said it would take military action against Serbia.": ("THREATEN", ["turkey"]),
             "Egypt expressed willingness to mediate between Hamas and Israel.": ("AGREE", ["egypt"])}
    for sentence, (etype, source) in cases.items():
        got = [(e.type, e.source) for e in extract(tmp_path, sentence).events]
        assert (etype, source) in got, (sentence, got)
    # a condition is no future act; a promise not to attack is not read
    for sentence in ("Iran said the attack would be a disaster.", "Iran said it would not attack Israel."):
        assert extract(tmp_path, sentence).events == [], sentence


def test_forces_moving_into_a_country_and_campaigns_of_acts(tmp_path):
    # plover.yaml `incursion` (ASSAULT offensive) and `campaign_nouns` (the campaign takes its compound's event)
    cases = {"Iranian troops entered Iraq on Sunday.": ("ASSAULT", ["iran"], ["iraq"]),
             "Russian tanks rolled into Ukraine on Friday.": ("ASSAULT", ["russia"], ["ukraine"]),
             "Turkish forces marched into Iraq in May.": ("ASSAULT", ["turkey"], ["iraq"]),
             "Israel launched an air campaign against Hezbollah.": ("ASSAULT", ["israel"], ["hezbollah"]),
             "Saudi Arabia led the bombing campaign against the Houthis.": ("ASSAULT", ["saudi_arabia"], ["houthis"])}
    for sentence, (etype, source, target) in cases.items():
        got = [(e.type, e.source, e.target) for e in extract(tmp_path, sentence).events]
        assert got == [(etype, source, target)], (sentence, got)
    # people marching are a protest, a delegation entering a country no incursion, a campaign of no act nothing
    assert [e.type for e in extract(tmp_path, "Iraqi students marched into Baghdad on Monday.").events] != ["ASSAULT"]
    assert extract(tmp_path, "An Iranian delegation entered Iraq on Sunday.").events == []
    assert extract(tmp_path, "Iranian troops entered the building on Sunday.").events == []
    assert [e.type for e in extract(tmp_path, "Iranian troops stormed the parliament in Riyadh.").events] == ["COERCE"]
    assert extract(tmp_path, "Japan launched an advertising campaign in China.").events == []


def test_rarer_verbs_of_the_verbal_types(tmp_path):
    cases = {"China reprimanded Japan over the textbook dispute.": ("ACCUSE", ["china"], ["japan"]),
             "A Turkish court acquitted two Iraqi politicians.": ("CONCEDE", ["turkey"], ["iraq"]),
             "Serbia declined an invitation from Hungary.": ("REJECT", ["serbia"], ["hungary"]),
             "Israel assured Egypt that its troops would stay.": ("AGREE", ["israel"], ["egypt"]),
             "The Iranian president toured Iraq last week.": ("CONSULT", ["iran"], ["iraq"]),
             "Japan saluted the courage of Ukraine.": ("SUPPORT", ["japan"], ["ukraine"])}
    for sentence, (etype, source, target) in cases.items():
        got = [(e.type, e.source, e.target) for e in extract(tmp_path, sentence).events]
        assert (etype, source, target) in got, (sentence, got)
    # without what they act on they are no event ("the rain declined", "prices yielded")
    for sentence in ("Iranian exports declined sharply in May.", "Japan's output yielded little."):
        assert extract(tmp_path, sentence).events == [], sentence


def test_more_statement_cues(tmp_path):
    # plover.yaml cues: "support for terror..." is an accusation (ties with SUPPORT's "support for" go to ACCUSE),
    # "never accept" a refusal, "respond forcefully" a threat, "ought to" a request, "stands behind" support
    cases = {"Japan said Iran's support for terrorism threatens the region.": "ACCUSE",
             "China said it would never accept Japan's claim.": "REJECT",
             "Iraq said it would respond forcefully to any Turkish incursion.": "THREATEN",
             "Japan said China ought to stop the incursions.": "REQUEST",
             "Hungary said it stands firmly behind Ukraine.": "SUPPORT"}
    for sentence, etype in cases.items():
        got = [e.type for e in extract(tmp_path, sentence).events]
        assert got == [etype], (sentence, got)


def test_flying_to_a_capital_is_a_visit_and_an_extradition_cooperation(tmp_path):
    got = [(e.type, e.source) for e in extract(tmp_path, "The Iraqi president flew to Riyadh on Sunday.").events]
    assert got == [("CONSULT", ["iraq"])]
    got = [(e.type, e.source, e.target) for e in extract(tmp_path, "Turkey extradited two men to Iraq.").events]
    assert got == [("COOPERATE", ["turkey"], ["iraq"])]
    assert extract(tmp_path, "Israeli jets flew over Kabul on Sunday.").events == []


def test_flying_for_talks_is_one_consultation(tmp_path):
    # fly and travel are light verbs too: "flew to Riyadh for talks with X" is the talks, told once
    got = [(e.type, e.source, sorted(e.target)) for e in extract(
        tmp_path, "The Iraqi president flew to Riyadh for talks with Hezbollah.").events]
    assert got == [("CONSULT", ["iraq"], ["hezbollah", "riyadh", "saudi_arabia"])]


def test_easing_returning_and_proposing_by_their_listed_objects(tmp_path):
    # easing a closure, 0842 returning persons or property (RETREAT); a lifted emergency is CONCEDE (the PLOVER
    # manual's "removing curfews", settled by evrecall3 over CAMEO2PLOVER 0813/0814); a proposed truce
    cases = {"Israel eased the closure of Gaza on Tuesday.": ("RETREAT", ["israel"]),
             "Turkey lifted the state of emergency in Kabul.": ("CONCEDE", ["turkey"]),
             "Israel returned the bodies of Hezbollah fighters to Egypt.": ("RETREAT", ["israel"]),
             "Hamas proposed a truce to Israel.": ("AGREE", ["hamas"])}
    for sentence, (etype, source) in cases.items():
        got = [(e.type, e.source) for e in extract(tmp_path, sentence).events]
        assert got == [(etype, source)], (sentence, got)
    # other objects are no such act
    for sentence in ("The Iraqi delegation returned to Kabul on Monday.", "Japan proposed a new budget.",
                     "Egypt eased its tone on Tuesday."):
        assert extract(tmp_path, sentence).events == [], sentence


def test_a_promise_to_freeze_what_no_sanction_freezes_is_no_threat(tmp_path):
    got = [e.type for e in extract(tmp_path, "Iran promised to freeze its nuclear program.").events]
    assert got == ["AGREE"]
    got = [e.type for e in extract(tmp_path, "Iran vowed to freeze the assets of Hamas.").events]
    assert "THREATEN" in got


def test_starting_an_act_reports_it(tmp_path):
    # onset verbs carry any event noun they take as object ("began a hunger strike", "started an offensive")
    cases = {"Iraq began an operation against Hamas on Monday.": ("ASSAULT", ["iraq"], ["hamas"]),
             "Turkey started a major offensive against Hezbollah.": ("ASSAULT", ["turkey"], ["hezbollah"]),
             "Egypt began the withdrawal of its troops from Iraq.": ("RETREAT", ["egypt"], ["iraq"])}
    for sentence, (etype, source, target) in cases.items():
        got = [(e.type, e.source, e.target) for e in extract(tmp_path, sentence).events]
        assert got == [(etype, source, target)], (sentence, got)
    # an operation told without a light or onset verb is no act ("to continue operations against X")
    got = [e.type for e in extract(tmp_path, "Japan sent engineers to continue operations against Hamas.").events]
    assert "ASSAULT" not in got, got


def test_an_event_noun_subject_takes_the_doer_of_the_act_just_told(tmp_path):
    # events/anaphora.py: "The raid also detained two officials" -- the raid told just before names the doer
    ctx = extract(tmp_path, "Turkish police raided the offices of Hamas in Kabul on Monday. "
                            "The raid also detained two officials.")
    assert [(e.type, e.mode, e.source) for e in ctx.events] == [("COERCE", "raid", ["turkey"]),
                                                               ("COERCE", "arrest", ["turkey"])]
    # not across a longer distance, not from an act of another kind, not when the noun names its own doer
    far = extract(tmp_path, "Turkish police raided the offices of Hamas in Kabul on Monday. Egypt objected. "
                            "Japan objected. Iraq objected. The raid also detained two officials.")
    assert [e.mode for e in far.events if e.type == "COERCE"] == ["raid"]
    other = extract(tmp_path, "Iran met Iraq in Kabul on Monday. The raid also detained two officials.")
    assert [e.type for e in other.events] == ["CONSULT"]
    own = extract(tmp_path, "Turkish police raided the offices of Hamas in Kabul on Monday. "
                            "The Iraqi raid also detained two officials.")
    assert ("COERCE", ["turkey"]) not in [(e.type, e.source) for e in own.events if e.mode == "arrest"]


def test_a_state_protesting_complains_a_crowd_demonstrates(tmp_path):
    # CAMEO 114 (complain officially, PLOVER ACCUSE) vs 14 (demonstrate, PROTEST)
    got = [(e.type, e.source, e.target) for e in extract(tmp_path, "Iraq protested to Turkey over the dam.").events]
    assert got == [("ACCUSE", ["iraq"], ["turkey"])]
    got = [e.type for e in extract(tmp_path, "Japan protested the violation of its airspace by Chinese jets.").events]
    assert got == ["ACCUSE"]
    got = [e.type for e in extract(tmp_path, "Iraqi students protested in Kabul against the United States.").events]
    assert got == ["PROTEST"]


def test_a_mission_stormed_by_no_one_named_and_a_happening_as_agent(tmp_path):
    # a state's embassy stormed or besieged with no doer named is a crowd's riot (PLOVER PROTEST)
    got = [(e.type, e.target) for e in extract(tmp_path, "The Iraqi embassy in Kabul was stormed on Sunday.").events]
    assert got == [("PROTEST", ["iraq"])]
    got = [e.type for e in extract(tmp_path, "The Iraqi embassy in Kabul was shelled on Sunday.").events]
    assert "PROTEST" not in got
    # "offices were closed down by protests": the happening acting on them aims at their owner
    got = [(e.type, e.target) for e in extract(
        tmp_path, "Turkish consular offices were closed down by protests in Kabul.").events]
    assert got == [("PROTEST", ["turkey"])]


def test_the_place_visited_and_the_host_of_a_closed_mission_are_targets(tmp_path):
    got = [(e.type, e.mode, e.source, e.target) for e in extract(
        tmp_path, "The Iraqi foreign minister arrived in Riyadh on Sunday for a three-day visit.").events]
    assert got == [("CONSULT", "visit", ["iraq"], ["riyadh", "saudi_arabia"])]
    got = [(e.type, e.source, e.target) for e in extract(tmp_path, "Japan closed its embassy in Kabul.").events]
    assert got == [("SANCTION", ["japan"], ["kabul", "afghanistan"])]


def test_an_answer_with_fire_and_goods_counted_by_measure(tmp_path):
    # "responded with artillery fire on X": the fire is the act, the responder its doer
    ctx = extract(tmp_path, "Israel responded with artillery fire on southern Lebanon late on Sunday.\n\n"
                            "Russia sent 50 tonnes of medical supplies to Japan on Monday.\n\n"
                            "The United States delivered 30 armoured vehicles to Egypt on Tuesday.\n\n"
                            "Egypt delivered a message to Israel on Wednesday.\n")
    got = summary(ctx)
    assert [(t, s) for t, _, s, _, _ in got] == [("ASSAULT", ["israel"]), ("AID", ["russia"]), ("AID", ["united_states"])]
    assert got[0][1] == "heavy-weapons" and got[2][1] == "military"      # a weapon or vehicle makes aid military
    assert got[1][3] == ["japan"] and got[2][3] == ["egypt"]


def test_retaking_resigning_stationing_recruiting_and_ceding_a_place(tmp_path):
    ctx = extract(tmp_path, "Iraqi forces retook the city of Mosul from Hamas in July.\n\n"
                            "The Taliban recruited hundreds of fighters in Afghanistan on Monday.\n\n"
                            "Turkey stationed additional troops along the border with Iraq on Tuesday.\n\n"
                            "Iran handed over the district of Kalbajar to Iraq on Wednesday.\n\n"
                            "Ali Karaki stepped down on Thursday.\n\n"
                            "Hamas fired rockets at bases where Turkish forces are stationed on Friday.\n")
    assert typed(ctx) == [("COERCE", ["iraq"]), ("MOBILIZE", ["taliban"]), ("MOBILIZE", ["turkey"]),
                          ("RETREAT", ["iran"]), ("RETREAT", ["ali_karaki"]), ("ASSAULT", ["hamas"])]
    assert [e.mode for e in ctx.events][1:5] == ["militia", "troops", "base handover", "resign"]


def test_blocking_a_bid_is_a_rejection_blocked_property_is_no_event(tmp_path):
    ctx = extract(tmp_path, "Russia blocked a Security Council resolution on Ukraine on Monday.\n\n"
                            "All property and interests in property of the designated persons that are in the "
                            "United States are blocked.\n")
    assert typed(ctx) == [("REJECT", ["russia"])]


def test_a_statement_typed_by_its_participle(tmp_path):
    # cues match as word prefixes: "condemn" found "condemning", but "accuse" missed "accusing"
    ctx = extract(tmp_path, "Egypt published a statement accusing Israel of violating the truce on Monday.\n\n"
                            "Japan released a statement calling on Iran to release the sailors on Tuesday.\n\n"
                            "China issued a statement blaming Japan for the collision on Wednesday.\n")
    assert [(t, s, g) for t, _, s, g, _ in summary(ctx)] == [("ACCUSE", ["egypt"], ["israel"]),
                                                           ("REQUEST", ["japan"], ["iran"]),
                                                           ("ACCUSE", ["china"], ["japan"])]


def test_cue_participles_from_bare_verbs_only():
    from foothold.extract.events.lexicon import with_participles
    assert with_participles(["accuse", "call on", "condemn", "violation", "should", "rule out"]) == (
        "accuse", "accusing", "call on", "calling on", "condemn", "violation", "should", "rule out", "ruling out")


def test_statement_cues_of_breach_obligation_targets_and_solidarity(tmp_path):
    ctx = extract(tmp_path, "Iraq said the Turkish strike was a blatant breach of its sovereignty on Monday.\n\n"
                            "Japan said Iran needed to release the detained sailors on Tuesday.\n\n"
                            "The Houthis said ships linked to Israel were legitimate targets on Wednesday.\n\n"
                            "Hungary said it stood firmly with Ukraine on Thursday.\n\n"
                            "Egypt stressed the need to bolster cooperation with Iraq on Friday.\n")
    assert [(t, s) for t, _, s, _, _ in summary(ctx)][:4] == [("ACCUSE", ["iraq"]), ("REQUEST", ["japan"]),
                                                             ("THREATEN", ["houthis"]), ("SUPPORT", ["hungary"])]
    assert all(t != "REQUEST" for t, _, s, _, _ in summary(ctx)[4:])     # "the need to" obliges no one


def test_british_spellings_and_money_deposited(tmp_path):
    # plover.yaml lists "apologize"; the lexicon adds the -ise spelling of every -ize verb at load
    ctx = extract(tmp_path, "Japan apologised to China for the remarks on Monday.\n\n"
                            "Saudi Arabia deposited $3 billion in Egypt's central bank on Tuesday.\n\n"
                            "Iraq released 18 Iranian fishermen on Wednesday.\n")
    assert typed(ctx) == [("CONCEDE", ["japan"]), ("AID", ["saudi_arabia"]), ("RETREAT", ["iraq"])]


def test_ships_boarded_and_intercepted_embassies_reopened_inspectors_barred(tmp_path):
    ctx = extract(tmp_path, "Iranian commandos boarded the Greek tanker in the Gulf of Oman on Monday.\n\n"
                            "The U.S. Navy intercepted a Houthi vessel off the coast of Yemen on Tuesday.\n\n"
                            "Hungary reopened its embassy in Kabul on Wednesday.\n\n"
                            "Iran barred inspectors from entering the site on Thursday.\n\n"
                            "The U.S. Navy intercepted a Houthi missile over the Red Sea on Friday.\n")
    assert typed(ctx) == [("COERCE", ["iran"]), ("COERCE", ["us_navy"]), ("SUPPORT", ["hungary"]),
                          ("REJECT", ["iran"]), ("ASSAULT", ["us_navy"])]


def test_a_death_is_no_act_of_the_dead(tmp_path):
    # PETRARCH codes DIE as 190 (use of force); "X died" would make the dead the attacker
    ctx = extract(tmp_path, "Hamas said its commander Ali Karaki died in March.\n\n"
                            "Ali Karaki died in an Israeli air strike on Monday.\n")
    assert [(t, g) for t, _, s, g, _ in summary(ctx)] == [("ASSAULT", ["ali_karaki"])]


def test_fighting_reported_not_purposed(tmp_path):
    ctx = extract(tmp_path, "Israel and Hezbollah fought in southern Lebanon on Monday.\n\n"
                            "Japan has partnered with Egypt to fight terrorist violence.\n")
    assert typed(ctx) == [("ASSAULT", ["israel", "hezbollah"])]


def test_a_predicate_hung_after_a_relative_clause_keeps_its_subject(tmp_path):
    # the parser makes "called" a participle of "Russia" ("Russia, called on ..."): its doer, not its target
    ctx = extract(tmp_path, "Russia, which has about 2,000 peacekeepers in the region, called on Turkey to stop "
                            "the bloodshed on Monday.\n")
    assert [(t, s, g) for t, _, s, g, _ in summary(ctx)] == [("REQUEST", ["russia"], ["turkey"])]


def test_ordering_a_party_to_leave_expels_it(tmp_path):
    from event_fixtures import wire_events
    actors = {"Niger": ("niger", "country"), "France": ("france", "country"), "French": ("france", "country")}
    found = wire_events(tmp_path, "Niger ordered French troops to leave the country in March.\n\n"
                                  "Niger asked France to leave the talks.\n", actors)
    assert found[0] == ("SANCTION", ["niger"], ["france"]), found
    assert all(e != "SANCTION" for e, _, _ in found[1:]), found


def test_resuming_or_stepping_up_an_act_reports_it(tmp_path):
    from event_fixtures import wire_events
    actors = {"Hamas": ("hamas", "organization"), "Israel": ("israel", "country"), "M23": ("m23", "organization")}
    found = wire_events(tmp_path, "In November 2021, M23 fighters resumed attacks in North Kivu.\n\n"
                                  "In May 2023, Hamas intensified rocket attacks on Israel.\n", actors)
    assert found == [("ASSAULT", ["m23"], []), ("ASSAULT", ["hamas"], ["israel"])], found


def test_reopening_talks_is_a_consultation_reopening_a_border_is_not(tmp_path):
    from event_fixtures import wire_events
    actors = {"Iraq": ("iraq", "country"), "Iran": ("iran", "country"), "Colombia": ("colombia", "country"),
              "ELN": ("eln", "organization")}
    found = wire_events(tmp_path, "Colombia reopened talks with the ELN in Caracas in November 2022.\n\n"
                                  "Iraq reopened the border with Iran in June 2020.\n", actors)
    assert [e for e, _, _ in found] == ["CONSULT", "RETREAT"], found


def test_retaking_ground_is_a_seizure_like_capturing_it(tmp_path):
    # PLOVER COERCE seize: ground taken back is taken, as "captured" is; the dev gold codes it so
    ctx = extract(tmp_path, "Ukrainian troops recaptured the village of Robotyne on Monday.\n\n"
                            "Iraqi forces retook the town of Hit from Hamas on Tuesday.\n")
    assert [(e.type, e.mode, e.source) for e in ctx.events] == [("COERCE", "seize", ["ukraine"]),
                                                               ("COERCE", "seize", ["iraq"])], summary(ctx)


def test_offering_help_is_a_promise_of_aid_and_a_reward_a_request(tmp_path):
    ctx = extract(tmp_path, "Japan condemned the bombing and offered further assistance to Iraq on Monday.\n\n"
                            "The United States offered a reward of $5 million for information on Ali Karaki.\n")
    got = [(e.type, e.source) for e in ctx.events]
    assert ("AGREE", ["japan"]) in got and ("REQUEST", ["united_states"]) in got, summary(ctx)
    assert ("ACCUSE", ["japan"]) in got, summary(ctx)


def test_bringing_troops_home_is_a_withdrawal_and_said_would_an_intention(tmp_path):
    ctx = extract(tmp_path, "Hungary brought home its troops serving in Afghanistan on Monday.\n\n"
                            "Turkey said on Tuesday it would bring home its soldiers serving in Iraq.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("RETREAT", ["hungary"]), ("AGREE", ["turkey"])], summary(ctx)


def test_a_participle_describing_people_or_things_is_no_act_of_the_clause(tmp_path):
    # "saw wounded people": the reporters wounded no one; the wounding is told elsewhere or not at all
    ctx = extract(tmp_path, "Reporters from Egypt saw burning houses and wounded children in the streets of Kabul "
                            "on Monday.\n\nTurkish troops wounded 12 protesters in Iraq on Tuesday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("ASSAULT", ["turkey"])], summary(ctx)


def test_thanks_and_gratitude_to_a_party_are_praise(tmp_path):
    ctx = extract(tmp_path, "The envoy of Egypt thanks Japan and Hungary for their help.\n\n"
                            "Turkey is grateful to Russia for its mediation, the minister said.\n")
    got = [(e.type, e.source, e.target) for e in ctx.events]
    assert ("SUPPORT", ["egypt"], ["japan", "hungary"]) in got and ("SUPPORT", ["turkey"], ["russia"]) in got, summary(ctx)


def test_a_team_sent_is_the_people_in_it(tmp_path):
    ctx = extract(tmp_path, "The United States sent a team of military advisers to Iraq on Monday.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("AID", ["united_states"], ["iraq"])], summary(ctx)


def test_an_event_noun_naming_only_its_place_still_refers_back(tmp_path):
    # "the raid on Kabul had killed civilians": Kabul is where, not who; the bombing told just before names the doer
    ctx = extract(tmp_path, "Russian jets bombed the outskirts of Kabul on Monday, officials said.\n\n"
                            "A spokesman for Afghanistan said the raid on Kabul had hit houses and killed civilians.\n")
    assert [e.source for e in ctx.events if e.type == "ASSAULT"] == [["russia"], ["russia"]], summary(ctx)


def test_speaking_by_telephone_is_a_phone_consultation(tmp_path):
    ctx = extract(tmp_path, "Egypt's foreign minister spoke by telephone with Japan's prime minister on Monday.\n\n"
                            "Hungary spoke by phone with Turkey on Tuesday.\n")
    assert [(e.type, e.mode, e.source) for e in ctx.events] == [("CONSULT", "phone", ["egypt"]),
                                                               ("CONSULT", "phone", ["hungary"])], summary(ctx)
    assert ctx.events[1].target == ["turkey"], summary(ctx)


def test_accepting_an_offer_or_a_proposal_agrees_to_it(tmp_path):
    # an offer or proposal accepted is an agreement (PLOVER AGREE); a nomination one had to accept is yielded to
    ctx = extract(tmp_path, "Egypt accepted offers of help from Japan and Hungary on Monday.\n\n"
                            "Hamas accepted a ceasefire proposed by Egypt on Tuesday.\n")
    assert [e.type for e in ctx.events] == ["AGREE", "AGREE"], summary(ctx)


def test_taking_action_against_a_party_is_a_sanction(tmp_path):
    ctx = extract(tmp_path, "Today, the United States is taking action against Hezbollah and two of its financiers.\n\n"
                            "Japan took action on climate change on Monday.\n")
    assert [(e.type, e.source, e.target) for e in ctx.events] == [("SANCTION", ["united_states"], ["hezbollah"])], summary(ctx)


def test_a_sum_given_in_aid_needs_no_named_recipient(tmp_path):
    # "will provide $11 million in humanitarian assistance to help those affected": aid named through its sum
    ctx = extract(tmp_path, "Japan will provide $11 million in humanitarian assistance to help those affected, "
                            "the minister said on Monday.\n\n"
                            "Hungary provided 5 million euros in aid on Tuesday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("AGREE", ["japan"]), ("AID", ["hungary"])], summary(ctx)


def test_two_parties_discussing_a_matter_consult_each_other(tmp_path):
    # "Egypt and Israel discussed border security": the joint subject is the meeting; no "with" is needed
    ctx = extract(tmp_path, "Egypt and Israel discussed border security at a meeting in Riyadh on Monday.\n")
    assert [(e.type, sorted(e.source)) for e in ctx.events] == [("CONSULT", ["egypt", "israel"])], summary(ctx)


def test_officials_from_a_list_of_states_act_for_each(tmp_path):
    ctx = extract(tmp_path, "Defence chiefs from Japan, Egypt and the United States held a trilateral meeting in "
                            "Riyadh on Monday.\n")
    assert [(e.type, e.source) for e in ctx.events] == [("CONSULT", ["japan", "egypt", "united_states"])], summary(ctx)


def test_engaging_parties_or_officials_is_consulting_them_and_engaging_fighters_attacking(tmp_path):
    ctx = extract(tmp_path, "On Monday, Japan engaged the parties on the release of detainees in Iraq.\n\n"
                            "On Tuesday, Turkish jets engaged Hamas fighters near the border of Iraq.\n")
    assert [e.type for e in ctx.events] == ["CONSULT", "ASSAULT"], summary(ctx)
