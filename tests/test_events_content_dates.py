"""A date inside what an accusation is for dates the deed accused, not the accusation, and the story does not move on
to it (events/content_dates.py). Sentences are our own, about arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Chile": ("chile", "country"), "Bolivia": ("bolivia", "country"), "Peru": ("peru", "country"),
          "Ana Rojas": ("rojas", "person")}
HEADER = "source: own writing, government style (ministry statement)\ntitle: Statement\n\n"


def dated(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body, ACTORS, "statement.txt")
    return [(e.type, e.source, e.date.iso if e.date else None, e.evidence) for e in ctx.events]


def test_the_date_of_the_deed_accused_does_not_date_the_accusation(tmp_path):
    got = dated(tmp_path, "Santiago, 14 June 2021\n\nChile accuses Bolivia of closing the border crossings in "
                          "March 2019.\n")
    accusations = [g for g in got if g[0] == "ACCUSE"]
    assert accusations and all(g[2] != "2019-03" for g in accusations), got


def test_the_story_does_not_move_on_to_the_deed_accused(tmp_path):
    got = dated(tmp_path, "Ana Rojas accused Bolivia of helping smugglers cross the border in March 2019. "
                          "She also criticised Peru.\n")
    later = [g for g in got if "Peru" in g[3]]
    assert later and all(g[2] != "2019-03" for g in later), got
