"""Types of events already found, evtypes7 pass (issue 8): a protest told as a "that" clause is a verbal complaint
(PLOVER ACCUSE, the manual's diplomatic protest), an invitation accepted with no object is AGREE (seed notes:
invitations are AGREE), and a boycott or sanctions called for stays a request (PLOVER REQUEST: verbal demands).

Invented sentences from arenas outside the development texts.
"""

from event_fixtures import wire_events

ACTORS = {"Kenya": ("kenya", "country"), "Kenyan": ("kenya", "country"), "Peru": ("peru", "country"),
          "Peruvian": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Chile": ("chile", "country"),
          "Nairobi": ("nairobi", "place"), "Lima": ("lima", "place"),
          "Maria Lopez": ("maria_lopez", "person"), "John Mensah": ("john_mensah", "person")}


def typed(got, etype):
    return [g for g in got if g[0] == etype]


def test_a_ministry_protesting_that_is_a_complaint(tmp_path):
    got = wire_events(tmp_path, "Peru's foreign ministry protested that the 1998 border treaty required prior "
                                "consultation with Lima before any dredging.\n", ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "PROTEST"), got


def test_crowds_protesting_stay_protests(tmp_path):
    # near miss: a demonstration with no clause told is the manual's PROTEST
    got = wire_events(tmp_path, "Thousands of Kenyan students protested outside the Peruvian embassy in "
                                "Nairobi on Monday, shouting that Peru had to free the detained sailors.\n", ACTORS)
    assert typed(got, "PROTEST") and not typed(got, "ACCUSE"), got


def test_an_invitation_accepted_with_no_object_is_agreed(tmp_path):
    got = wire_events(tmp_path, "Maria Lopez invited John Mensah to visit Lima in March, and the Kenyan minister "
                                "accepted.\n", ACTORS)
    assert not typed(got, "CONCEDE"), got
    assert [g for g in typed(got, "AGREE") if {"john_mensah", "kenya"} & set(g[1])], got


def test_an_objectless_accept_with_no_invitation_is_not_agreed_to_a_visit(tmp_path):
    # near miss: "accepted" after a defeat named, no invitation before it
    got = wire_events(tmp_path, "John Mensah lost the runoff in Nairobi on Sunday, and on Monday he accepted.\n",
                      ACTORS)
    assert not [g for g in typed(got, "AGREE") if "john_mensah" in g[1]], got


def test_a_boycott_called_for_of_a_named_fund_stays_a_request(tmp_path):
    actors = {**ACTORS, "Andean Investment Fund": ("aif", "organization")}
    got = wire_events(tmp_path, "Maria Lopez called for a boycott of the hotels owned by the Andean Investment Fund "
                                "in Lima.\n", actors)
    assert typed(got, "REQUEST") and not typed(got, "AGREE"), got


def test_cooperation_called_for_is_still_agreed(tmp_path):
    # near miss: the cue is the words of what is called for, not a name
    got = wire_events(tmp_path, "Maria Lopez called for closer cooperation with Ecuador on border trade.\n", ACTORS)
    assert typed(got, "AGREE") and not typed(got, "REQUEST"), got


def test_a_decision_called_disappointing_is_disapproval(tmp_path):
    got = wire_events(tmp_path, "Maria Lopez called the decision disappointing and offered to meet John Mensah to "
                                "restore trust.\n", ACTORS)
    called = [g for g in got if g[0] in ("ACCUSE", "AGREE") and g[1] == ["maria_lopez"] and not g[2]]
    assert called and all(g[0] == "ACCUSE" for g in called), got


def test_a_conjoined_wish_does_not_type_the_judgement(tmp_path):
    got = wire_events(tmp_path, 'Maria Lopez, the President of Peru, called the shooting "a vile attack", and Kenyan '
                                'Prime Minister John Mensah wished his "dear friend" a quick recovery.\n', ACTORS)
    called = [g for g in got if g[1] == ["maria_lopez"]]
    assert called and all(g[0] == "ACCUSE" for g in called), got


def test_a_judgement_and_a_conjoined_statement_keep_their_own_types(tmp_path):
    # near miss: the conjoined statement is its own event, typed by its own words
    got = wire_events(tmp_path, "Maria Lopez called the allegations baseless and said Peru would cooperate with "
                                "Kenya.\n", ACTORS)
    assert typed(got, "REJECT") and typed(got, "AGREE"), got


def test_demands_called_unacceptable_are_refused(tmp_path):
    got = wire_events(tmp_path, "Maria Lopez called the demands unacceptable and said Peru would not negotiate.\n",
                      ACTORS)
    called = [g for g in got if g[1] == ["maria_lopez"] and g[0] in ("ACCUSE", "REJECT")]
    assert called and called[0][0] == "REJECT", got


def test_a_plan_called_a_violation_is_still_blame(tmp_path):
    # near miss: a plan is not put to the speaker to accept
    got = wire_events(tmp_path, "Maria Lopez called the Kenyan plan a violation of international law.\n", ACTORS)
    assert typed(got, "ACCUSE") and not typed(got, "REJECT"), got


def test_a_message_of_support_sent_is_support(tmp_path):
    got = wire_events(tmp_path, "John Mensah sent a message of support to Maria Lopez on behalf of the regional "
                                "bloc.\n", ACTORS)
    assert typed(got, "SUPPORT") and not typed(got, "CONSULT"), got


def test_a_plain_message_sent_is_not_support(tmp_path):
    # near miss: a message with no backing named stays as the fallback reads it
    got = wire_events(tmp_path, "John Mensah sent a message to Maria Lopez on Monday.\n", ACTORS)
    assert not typed(got, "SUPPORT"), got
