"""Acts told together in one wire sentence (issue 8, wireev): which are one act and which are two.

Sentences are our own, written for these tests about arenas outside the development texts.
"""

from event_fixtures import extract_events

PARTIES = {"Arab League": ("arab_league", "organization"), "Norway": ("norway", "country"),
           "Kenya": ("kenya", "country"), "Ghana": ("ghana", "country"), "Togo": ("togo", "country")}


def story(body: str) -> str:
    return f"source: own writing, wire style (Harbor Wire)\ntitle: Story (Harbor Wire, 5 May 2015)\n\n{body}\n"


def types_of(tmp_path, body: str) -> list[str]:
    ctx = extract_events(tmp_path, story(body), PARTIES, "wire.txt")
    return [e.type for e in ctx.events]


def test_two_requests_to_two_addressees_are_two_acts(tmp_path):
    # "urged A to ... and asked B to ...": each verb has its own addressee, unnamed or not
    for body in ("The Arab League urged both sides to show restraint and asked the government to release the "
                 "detainees.",
                 "Norway's envoy urged the rebels to lay down their arms on Monday and asked the army to open the "
                 "roads."):
        assert types_of(tmp_path, body) == ["REQUEST", "REQUEST"], body


def test_two_verbs_sharing_one_object_stay_one_act(tmp_path):
    assert types_of(tmp_path, "Kenya condemned and denounced the attack on the hotel.") == ["ACCUSE"]
    assert types_of(tmp_path, "Ghana urged Togo to reopen the border and to free the traders.") == ["REQUEST"]


def test_a_visit_and_its_meeting_stay_one_act(tmp_path):
    assert types_of(tmp_path, "Norway's king visited Ghana on Monday and met the president.") == ["CONSULT"]


DATED = {"Russia": ("russia", "country"), "Turkey": ("turkey", "country"), "Armenia": ("armenia", "country"),
         "Azerbaijan": ("azerbaijan", "country"), "Nancy Pelosi": ("nancy_pelosi", "person"),
         "Yerevan": ("yerevan", "place"), "Uganda": ("uganda", "country"), "Bunia": ("bunia", "place")}


def test_days_after_a_happening_told_before_date_the_act_by_that_happenings_month(tmp_path):
    # a background paragraph: "Days after that incident, X ..." counts from the date told before, not the report's
    cases = [("Turkey shot down a Russian jet in November 2015. Days after that incident, Russia imposed sanctions "
              "on Turkey.", "sanctions", "2015-11"),
             ("Armenia and Azerbaijan clashed in September 2022. Days after the clashes, Nancy Pelosi visited "
              "Yerevan.", "visited", "2022-09"),
             ("Rebels seized Bunia in May 2003. Hours after that assault, Uganda withdrew its troops.", "withdrew",
              "2003-05"),
             # the date told before sits in a "since" phrase (background to its own sentence)
             ("Armenia has shelled the border since an Azerbaijani drone struck its post in August 2021. Days after "
              "that strike, Russia sent troops to Yerevan.", "sent", "2021-08")]
    for body, word, month in cases:
        ctx = extract_events(tmp_path, story(body), DATED, "wire.txt")
        told = [e.date.iso if e.date else None for e in ctx.events if word in e.evidence]
        assert told == [month], (body, [(e.evidence, e.date) for e in ctx.events])


TREND = {"Turkey": ("turkey", "country"), "Turkish": ("turkey", "country"), "Kharkiv": ("kharkiv", "place"),
         "Belarus": ("belarus", "country"), "Russia": ("russia", "country"), "Russian": ("russia", "country")}


def test_acts_counted_as_a_trend_are_no_act(tmp_path):
    # "attacks have multiplied": how many there were, not one told (a background paragraph's tally)
    for body in ("Attacks on Turkish posts have increased since the truce collapsed in July.",
                 "Russian strikes on Kharkiv have multiplied since May.",
                 "Arrests of journalists in Belarus rose sharply last year."):
        assert types_of_with(tmp_path, body, TREND) == [], body


def test_an_attack_that_hits_stays_an_act(tmp_path):
    assert types_of_with(tmp_path, "Russian strikes on Kharkiv killed ten people on Monday.", TREND) == ["ASSAULT"]


def types_of_with(tmp_path, body: str, actors) -> list[str]:
    return [e.type for e in extract_events(tmp_path, story(body), actors, "wire.txt").events]
