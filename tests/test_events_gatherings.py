"""A gathering named inside a meeting's own phrase is the meeting's setting, not a second meeting (issue 8, evgap).

Invented sentences from arenas outside the texts that showed the need; the near miss is a gathering told apart from
the meeting verb, which stays its own happening.
"""

from event_fixtures import wire_events

ACTORS = {"William Ruto": ("ruto", "person"), "Yoweri Museveni": ("museveni", "person"),
          "East African Community": ("eac", "organization"), "Arusha": ("arusha", "place"),
          "Gustavo Petro": ("petro", "person"), "Luiz Lula": ("lula", "person"),
          "Mercosur": ("mercosur", "organization"),
          "Brasilia": ("brasilia", "place")}


def consults(tmp_path, text: str) -> list[tuple]:
    return [e for e in wire_events(tmp_path, text, ACTORS) if e[0] == "CONSULT"]


def test_a_summit_the_leaders_met_at_is_one_meeting(tmp_path):
    got = consults(tmp_path, "William Ruto met Yoweri Museveni on Friday at the summit of the East African Community "
                             "in Arusha.")
    assert len(got) == 1 and got[0][1] == ["ruto"], got
    got = consults(tmp_path, "Gustavo Petro hosted Luiz Lula in Bogota for the annual meeting of the Mercosur "
                             "ministers.")
    assert len(got) == 1 and got[0][1] == ["petro"], got


def test_a_summit_told_apart_from_the_meeting_stays(tmp_path):
    got = consults(tmp_path, "William Ruto met Yoweri Museveni on Friday. The East African Community held a summit "
                             "in Arusha on Saturday.")
    assert len(got) == 2, got
