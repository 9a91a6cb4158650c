"""Types of events already found (issue 8, evtypes): a resignation agreed to or offered is conceded (CONCEDE), concern raised over a
party's conduct accuses it, tribute paid in the present honours, an outlet or its licence
suspended is censored (COERCE), a red line warned of threatens. PLOVER manual
definitions.

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"Peru": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Chile": ("chile", "country"),
          "Kenya": ("kenya", "country"), "Uganda": ("uganda", "country"), "Norway": ("norway", "country"),
          "Estonia": ("estonia", "country"), "Peruvian": ("peru", "country"), "Kenyan": ("kenya", "country"),
          "Lima": ("lima", "place"), "Ana Torres": ("ana_torres", "person"), "Torres": ("ana_torres", "person"),
          "Ben Okoro": ("ben_okoro", "person"), "Okoro": ("ben_okoro", "person"),
          "Baltic Air": ("baltic_air", "organization")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_a_resignation_agreed_or_offered_is_conceded(tmp_path):
    # PLOVER CONCEDE: "Announcements of future retreats should be coded as CONCEDE"
    got = wire_events(tmp_path, "Ana Torres agreed on Sunday to step down as president of Peru.\n", ACTORS)
    assert typed(got, "CONCEDE") and not typed(got, "AGREE"), got
    got = wire_events(tmp_path, "Torres offered to resign and took responsibility for the crisis in Peru.\n", ACTORS)
    assert typed(got, "CONCEDE") and not typed(got, "AGREE"), got


def test_other_promises_stay_agreements(tmp_path):
    # near miss: a promise to act with another is AGREE
    got = wire_events(tmp_path, "Kenya agreed on Sunday to help Uganda rebuild the bridge.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "CONCEDE"), got


def test_concern_raised_over_conduct_accuses(tmp_path):
    got = wire_events(tmp_path, "Kenya raised concern over Uganda's support for the rebels on Monday.\n", ACTORS)
    assert ("ACCUSE", ["kenya"], ["uganda"]) in got and not typed(got, "CONSULT"), got


def test_tribute_paid_in_the_present_honours(tmp_path):
    got = wire_events(tmp_path, "Norway pays tribute to the Kenyan peacekeepers who lost their lives in Somalia.\n",
                      ACTORS)
    assert typed(got, "SUPPORT") and not typed(got, "AID"), got


def test_an_exercise_held_with_a_named_party_is_cooperation(tmp_path):
    # PLOVER: "Joint military operations are coded as COOPERATE but single-country exercises ... MOBILIZE"
    got = wire_events(tmp_path, "Peru held air exercises with Chile's navy last week.\n", ACTORS)
    assert typed(got, "COOPERATE") and not typed(got, "MOBILIZE"), got
    got = wire_events(tmp_path, "Fighter jets of Peru and Chile conducted a combined precision bombing exercise over "
                                "the Pacific on Monday.\n", ACTORS)
    assert typed(got, "COOPERATE") and not typed(got, "MOBILIZE"), got


def test_a_single_countrys_exercise_mobilizes(tmp_path):
    got = wire_events(tmp_path, "Peru held naval exercises off Lima on Monday.\n", ACTORS)
    assert typed(got, "MOBILIZE") and not typed(got, "COOPERATE"), got


def test_military_staff_arriving_deploy(tmp_path):
    got = wire_events(tmp_path, "Chilean military instructors arrived in Lima with an air defence system in April.\n",
                      {**ACTORS, "Chilean": ("chile", "country")})
    assert typed(got, "MOBILIZE") and not typed(got, "CONSULT"), got


def test_embassy_staff_arriving_visit(tmp_path):
    # near miss: staff no military word modifies
    got = wire_events(tmp_path, "Kenyan embassy personnel arrived in Lima on Monday.\n", ACTORS)
    assert typed(got, "CONSULT") and not typed(got, "MOBILIZE"), got


def test_a_finding_of_nothing_denies(tmp_path):
    # PLOVER REJECT covers denials: "found no violations" negates the accusing word it holds
    got = wire_events(tmp_path, "Kenya's mission to the United Nations replied that it had found no violations.\n",
                      ACTORS)
    assert typed(got, "REJECT") and not typed(got, "ACCUSE"), got


def test_violations_stated_still_accuse(tmp_path):
    # near miss: the accusing word unnegated
    got = wire_events(tmp_path, "Peru said Ecuador had committed grave violations of the accord.\n", ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "REJECT"), got


def test_a_resignation_promised_with_other_acts_stays_one_agreement(tmp_path):
    # near miss: "to step down and to hold elections" promises more than a retreat; one event, AGREE
    got = wire_events(tmp_path, "Torres agreed to step down and to hold elections in May.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "CONCEDE"), got


def test_a_red_line_warned_of_threatens(tmp_path):
    # a threat cue in what is warned of: PLOVER THREATEN, not an allegation of conduct
    got = wire_events(tmp_path, "Kenyan President Ben Okoro warned on June 20 that the Tana river was a red line for "
                                "Kenya.\n", ACTORS)
    assert typed(got, "THREATEN") and not typed(got, "ACCUSE"), got


def test_conduct_warned_of_still_alleges(tmp_path):
    # near miss: a third party's conduct told as fact, no threat cue
    got = wire_events(tmp_path, "Peru warned shippers that Chile disguises its ships in the strait.\n", ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "THREATEN"), got


MEDIA = {**ACTORS, "Radio Lima": ("radio_lima", "media"), "Canal Sur": ("canal_sur", "media"),
         "Okoro Bank": ("okoro_bank", "organization")}


def test_outlets_apposed_to_a_suspended_noun_are_censored(tmp_path):
    # PLOVER COERCE censor: "censor, ban or restrict access to publications or other information"
    got = wire_events(tmp_path, "The junta in Peru suspended the French broadcasters Radio Lima and Canal Sur in "
                                "August 2023.\n", MEDIA)
    assert any(t == "COERCE" and "radio_lima" in target for t, _, target in got), got


def test_a_channels_licence_suspended_is_censorship(tmp_path):
    got = wire_events(tmp_path, "Hours earlier, Peru's media commission had suspended the channel's licence for a "
                                "month.\n", MEDIA)
    assert typed(got, "COERCE") and not typed(got, "SANCTION"), got


def test_a_banks_licence_suspended_stays_a_sanction(tmp_path):
    # near miss: a licence held by no outlet
    got = wire_events(tmp_path, "Peru suspended the licence of Okoro Bank in March.\n", MEDIA)
    assert typed(got, "SANCTION") and not typed(got, "COERCE"), got
