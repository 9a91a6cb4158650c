"""Objects read as a verb's other sense that tell a real act (issue 8, evskip5): a load carried by the convoy sent
(events/carried_loads.py), staple food shipped and a grant offered (data/object_senses.yaml), a joint course
proposed or offered (proposals_made.joint_modified), a matter raised with a named party (events/raised_matters.py).
Sentences of our own, about an arena outside the development texts (the Mekong)."""

from event_fixtures import extract_events, wire_events

from foothold.extract.events.carried_loads import carrying_verbs, conveyors
from foothold.extract.events.raised_matters import raised_levels

PARTIES = {"Laos": ("laos", "country"), "Cambodia": ("cambodia", "country"), "Vietnam": ("vietnam", "country"),
           "Thailand": ("thailand", "country"), "Somsak Inthavong": ("somsak", "person"),
           "Chea Vannak": ("chea_vannak", "person"), "Mekong River Commission": ("mrc", "organization")}


def _has(got, etype, source, target=None):
    return any(t == etype and source in s and (target is None or target in g) for t, s, g in got)


def test_the_load_a_convoy_or_a_plane_carries_is_what_was_sent(tmp_path):
    for body in ("The Laos Red Cross on Tuesday sent a convoy of twelve trucks carrying medical aid to Cambodia.",
                 "Laos on Tuesday sent three planes loaded with food and tents to Cambodia."):
        got = wire_events(tmp_path, body, PARTIES)
        assert _has(got, "AID", "laos"), (body, got)


def test_a_convoy_or_a_plane_sent_with_no_load_named_is_no_aid(tmp_path):
    for body in ("Laos sent a convoy of trucks to the Cambodia border on Tuesday.",
                 "Laos sent two planes to Cambodia on Tuesday to bring its students home.",
                 "Laos sent a convoy of trucks carrying timber to the port on Tuesday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not _has(got, "AID", "laos"), (body, got)


def test_staple_food_shipped_to_a_party_is_aid(tmp_path):
    for body in ("Vietnam shipped 40,000 tonnes of rice to Laos on Tuesday.",
                 "Thailand on Tuesday sent wheat and flour to the Cambodia border camps."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "AID" for t, _, _ in got), (body, got)


def test_a_grant_or_a_loan_offered_is_a_promise(tmp_path):
    for body in ("Vietnam offered a grant of 30 million dollars on Tuesday.",
                 "On Tuesday Thailand offered a soft loan for the Laos rail line."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "AGREE" for t, _, _ in got), (body, got)


def test_a_joint_course_proposed_or_offered_is_a_promise(tmp_path):
    for body in ("Laos proposed a joint technical team to measure the dam's releases on Tuesday.",
                 "Somsak Inthavong welcomed the report on Tuesday and offered joint checks on the river.",
                 "Cambodia offered bilateral patrols on the river on Tuesday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "AGREE" for t, _, _ in got), (body, got)


def test_a_thing_proposed_or_offered_that_is_no_joint_course_stays_out(tmp_path):
    for body in ("Laos proposed a new technical team for the ministry on Tuesday.",
                 "Cambodia offered joint condolences on Tuesday.",
                 "Laos offered a glimpse of the new dam on Tuesday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "AGREE" for t, _, _ in got), (body, got)


def test_a_matter_raised_with_a_named_party_is_a_consultation(tmp_path):
    for body in ("Somsak Inthavong raised the water shortage with Cambodia's envoy, Chea Vannak, at a meeting in "
                 "Vientiane on Tuesday.",
                 "Somsak Inthavong raised the sediment dispute with the Mekong River Commission on Tuesday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert _has(got, "CONSULT", "somsak"), (body, got)


def test_a_level_raised_or_a_matter_raised_with_no_party_is_no_consultation(tmp_path):
    for body in ("Laos raised tariffs with Cambodia's approval on Tuesday.",
                 "Somsak Inthavong raised the sediment dispute at the summit on Tuesday.",
                 "Vietnam raised its stake in the Laos dam with Thailand's backing on Tuesday."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "CONSULT" for t, _, _ in got), (body, got)


def test_the_word_lists_load():
    assert "convoy" in conveyors() and "loaded" in carrying_verbs()
    assert "tariff" in raised_levels() and "stake" in raised_levels()


# ---- statements: a release's "It" going on in the body's voice; a case said to be taken to court ----

RELEASE = ("source: own test\ntitle: Statement of the Ministry of Energy on the Sekong dam (3 March 2021)\n\n"
           "Statement of the Ministry of Energy on the Sekong dam\n\n"
           "The Ministry of Energy of Laos expresses its deep concern at the fall in the flow of the Sekong caused by "
           "works in Vietnam. The water reaching the reservoir this season is less than half of the average.\n\n"
           "The Ministry recalls that the 1995 agreement obliges both states to share the waters fairly. {second}\n")
BODIES = {"Ministry of Energy": ("moe", "organization"), "The Ministry": ("moe", "organization"),
          "Laos": ("laos", "country"), "Vietnam": ("vietnam", "country")}


def test_a_release_it_stating_a_position_goes_on_with_the_body(tmp_path):
    second = "It regrets that the Vietnam side has given no answer to the requests the Ministry sent in 2020."
    ctx = extract_events(tmp_path, RELEASE.format(second=second), BODIES, "statement.txt")
    assert any(e.type == "ACCUSE" and e.source == ["moe"] and "regrets" in e.evidence for e in ctx.events), \
        [(e.type, e.source, e.evidence) for e in ctx.events]


def test_a_release_it_of_an_act_is_not_read_as_the_body(tmp_path):
    second = "It flooded three villages near the border in March."
    ctx = extract_events(tmp_path, RELEASE.format(second=second), BODIES, "statement.txt")
    assert not any(e.source == ["moe"] and "flooded" in e.evidence for e in ctx.events), \
        [(e.type, e.source, e.evidence) for e in ctx.events]


def test_a_case_said_to_be_taken_to_court_is_a_warning(tmp_path):
    for body in ("Chea Vannak said on Tuesday that Cambodia would take its case to the International Court of Justice.",
                 "Somsak Inthavong said on Tuesday the party would challenge the results in court."):
        got = wire_events(tmp_path, body, PARTIES)
        assert any(t == "THREATEN" for t, _, _ in got), (body, got)
    got = wire_events(tmp_path, "Chea Vannak said on Tuesday that Cambodia would not take the case to court.", PARTIES)
    assert not any(t == "THREATEN" for t, _, _ in got), got


def test_support_given_as_arms_or_relief_is_aid_and_promised_when_future(tmp_path):
    got = wire_events(tmp_path, "Laos will continue to give Cambodia political, military and humanitarian support for as "
                                "long as it is needed.", PARTIES)
    assert any(t == "AGREE" and "laos" in s for t, s, _ in got), got


def test_a_winner_declared_by_an_unnamed_body_is_an_appointment_with_no_source(tmp_path):
    got = wire_events(tmp_path, "The electoral body had declared Somsak Inthavong the winner of a third term with 64 "
                                "percent of the vote on Tuesday.", PARTIES)
    assert ("SUPPORT", [], ["somsak"]) in got, got
    got = wire_events(tmp_path, "Officials declared the area a disaster zone on Tuesday.", PARTIES)
    assert got == [], got


CASE_PARTIES = {**PARTIES, "Lao Power": ("laopower", "organization"), "Vietnam Gas": ("vngas", "organization")}


def test_a_case_taken_to_a_court_or_a_council_sues_and_warns_when_future(tmp_path):
    got = wire_events(tmp_path, "Cambodia took the dispute to the International Court of Justice in 2011.", CASE_PARTIES)
    assert any(t == "ACCUSE" and "cambodia" in s for t, s, _ in got), got
    got = wire_events(tmp_path, "Should the raids continue, the Government of Laos will take the matter to the United "
                                "Nations Security Council.", CASE_PARTIES)
    assert any(t == "THREATEN" and "laos" in s for t, s, _ in got), got


def test_a_case_taken_on_or_a_matter_taken_up_is_no_suit(tmp_path):
    for body in ("The Lao Power lawyer took the case in March.", "Laos took the matter up with Cambodia in March.",
                 "Laos took the matter seriously in March."):
        got = wire_events(tmp_path, body, CASE_PARTIES)
        assert not any(t in ("ACCUSE", "THREATEN") for t, _, _ in got), (body, got)


ANCHOR_WIRE = ("source: own test\ntitle: Wire (Mekong Wire, 29 April 2020)\n\n"
               "PAKSE, April 29 (Mekong Wire) - {body}\n")
ANCHOR_PARTIES = {"Laos": ("laos", "country"), "Lao": ("laos", "country"), "Khmer Front": ("kf", "organization"),
                  "Somsak Inthavong": ("somsak", "person")}


def test_an_act_a_day_or_hours_before_the_news_is_current(tmp_path):
    for body, verb in (("Lao artillery shelled hills near the border on Tuesday, a day after Lao border forces clashed "
                        "with fighters of the Khmer Front on the frontier, local officials said.", "clashed"),
                       ("Officers named a transitional leader on Wednesday, hours after they seized power and placed "
                        "Somsak Inthavong under house arrest.", "house arrest")):
        ctx = extract_events(tmp_path, ANCHOR_WIRE.format(body=body), ANCHOR_PARTIES, "wire.txt")
        assert any(verb in e.evidence for e in ctx.events), (body, [(e.type, e.evidence) for e in ctx.events])


def test_an_act_months_or_years_before_stays_background(tmp_path):
    for body, verb in (("The conflict flared up on Tuesday after Laos attacked the Khmer Front in 2011.", "attacked"),
                       ("Lao artillery shelled hills on Tuesday, months after Lao forces clashed with the Khmer Front.",
                        "clashed")):
        ctx = extract_events(tmp_path, ANCHOR_WIRE.format(body=body), ANCHOR_PARTIES, "wire.txt")
        assert not any(verb in e.evidence for e in ctx.events), (body, [(e.type, e.evidence) for e in ctx.events])


def test_an_outlet_named_times_in_a_source_note_makes_no_tally(tmp_path):
    body = "Laos sent 1,000 soldiers to the Cambodia border in July 2021 (The Vientiane Times, July 9, 2021)."
    got = wire_events(tmp_path, body, PARTIES)
    assert any(s == ["laos"] for _, s, _ in got), got
    for body in ("Laos shelled the Cambodia border posts more than 60 times in 2021.",
                 "Lao armed groups attacked Cambodia personnel in Stung Treng more than 40 times between the May 2021 "
                 "onset of the river war and June 4, 2022."):
        got = wire_events(tmp_path, body, PARTIES)
        assert not any(t == "ASSAULT" for t, _, _ in got), (body, got)


def test_an_anchor_act_reported_elsewhere_is_not_told_twice(tmp_path):
    body = ("Lao artillery shelled hills near the border on Tuesday, a day after Lao border forces clashed with fighters "
            "of the Khmer Front on the frontier, local officials said.\n\nOn Monday Lao border forces clashed with "
            "fighters of the Khmer Front near the river crossing for three hours.")
    ctx = extract_events(tmp_path, ANCHOR_WIRE.format(body=body), ANCHOR_PARTIES, "wire.txt")
    clashes = [e for e in ctx.events if "clashed" in e.evidence]
    assert len(clashes) == 1 and "crossing" in clashes[0].evidence, [(e.type, e.evidence) for e in ctx.events]


def test_the_forum_a_case_is_taken_to_is_no_party_sued(tmp_path):
    parties = {**CASE_PARTIES, "Mekong Chamber of Commerce": ("mcc", "organization")}
    got = wire_events(tmp_path, "Lao Power took the case to the Arbitration Institute of the Mekong Chamber of Commerce, "
                                "accusing Vietnam Gas of owing it billions of dollars.", parties)
    accusations = [(s, g) for t, s, g in got if t == "ACCUSE"]
    assert accusations and all("mcc" not in g for _, g in accusations), got
