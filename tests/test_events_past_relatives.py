"""A relative clause on a party dated in a year before the report is its biography, not the story's act.

Invented sentences from arenas outside the development texts (the wire header dates the report 5 May 1995).
"""

from event_fixtures import wire_events

ACTORS = {"Polisario Front": ("polisario", "organization"), "Algeria": ("algeria", "country"),
          "Morocco": ("morocco", "country"), "Moroccan": ("morocco", "country"), "Rabat": ("rabat", "place"),
          "Brahim Ghali": ("ghali", "person")}


def types(tmp_path, text: str) -> list[str]:
    return [g[0] for g in wire_events(tmp_path, text + "\n", ACTORS)]


def test_a_relative_clause_of_an_earlier_year_is_background(tmp_path):
    assert types(tmp_path, "The Polisario Front, which attacked a Moroccan post in 1991, signed the truce on "
                           "Monday.") == ["SUPPORT"]
    assert types(tmp_path, "Brahim Ghali, who led the Polisario Front's final offensive against Morocco in 1988, "
                           "flew to Algeria last week.") == ["CONSULT"]     # the offensive is a noun in the clause
    got = wire_events(tmp_path, "Brahim Ghali, who met Moroccan envoys in 1992, flew to Algeria on Monday.\n", ACTORS)
    assert [(g[0], g[2]) for g in got] == [("CONSULT", ["algeria"])], got


def test_a_relative_clause_dated_in_the_story_or_on_an_object_keeps_its_act(tmp_path):
    # Since events/subject_relatives.py (docs25): an undated past "which" clause set off inside the subject is
    # background (the owndocs20 convention: relative clauses are not events) unless dated to a day of the story.
    assert "ASSAULT" in types(tmp_path, "The Polisario Front, which attacked a Moroccan post on Sunday, signed the "
                                        "truce on Monday.")
    assert "ASSAULT" in types(tmp_path, "Algeria condemned the Polisario Front, which attacked a Moroccan post, on "
                                        "Monday.")
    assert types(tmp_path, "The Polisario Front, which attacked a Moroccan post, signed the truce on Monday.") == \
        ["SUPPORT"]


def test_a_relative_clause_on_an_event_noun_is_that_event(tmp_path):
    assert "ASSAULT" in types(tmp_path, "Rabat condemned the raid that killed 40 Moroccan soldiers in 1993.")


def test_what_was_done_to_the_party_keeps_its_act(tmp_path):
    # the seed's convention: "X, who was appointed to his position in the summer of 2014" is coded
    got = wire_events(tmp_path, "Brahim Ghali, who was appointed by the Polisario Front in 1992, flew to Algeria "
                                "on Monday.\n", ACTORS)
    assert "SUPPORT" in [g[0] for g in got], got
