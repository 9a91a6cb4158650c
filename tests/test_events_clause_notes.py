"""A sentence of two source notes: each note closes its own clause, so an act told after the first note is dated by
the note after it ("X did A (Agency, date), and Y did B (Other, date)"; dating.EventDater.note_for with the act's
place). Own sentences from arenas no development text uses.
"""

from event_fixtures import extract_events

ACTORS = {"Chile": ("chile", "country"), "Chilean": ("chile", "country"), "Bolivia": ("bolivia", "country"),
          "Bolivian": ("bolivia", "country"), "Peru": ("peru", "country"), "Lima": ("lima", "place")}


def dated(tmp_path, text: str) -> list[tuple]:
    header = "source: own writing, think-tank analysis style\ntitle: A note (research note, July 2019)\n\n"
    ctx = extract_events(tmp_path, header + text + "\n", ACTORS, "note.txt")
    return [(e.type, e.source, e.date.iso if e.date else None) for e in ctx.events]


def test_an_act_after_the_first_note_takes_the_note_closing_its_clause(tmp_path):
    got = dated(tmp_path, "Chile recalled its ambassador from Bolivia (Reuters, May 3, 2019), and Bolivia expelled "
                          "two Chilean diplomats (AFP, June 10, 2019).")
    assert ("SANCTION", ["chile"], "2019-05-03") in got, got
    assert ("SANCTION", ["bolivia"], "2019-06-10") in got, got


def test_one_note_still_dates_every_act_of_its_sentence(tmp_path):
    # near miss: a single note closing the sentence dates both acts, whatever their place
    got = dated(tmp_path, "Chile recalled its ambassador from Bolivia, and Bolivia expelled two Chilean diplomats "
                          "(Reuters, May 3, 2019).")
    assert ("SANCTION", ["chile"], "2019-05-03") in got and ("SANCTION", ["bolivia"], "2019-05-03") in got, got


def test_an_act_dated_by_its_own_note_keeps_it_over_a_like_act_told_before(tmp_path):
    # merge.noted_act: a like act of the same parties dated before is another happening, not this one's first telling
    text = ("Chile imposed visa restrictions on Bolivian officials in June 2019. Peru closed its consulate in Lima. "
            "Chile suspended its strategic partnership with Bolivia (AFP, Nov 30, 2019).")
    got = dated(tmp_path, text)
    assert ("SANCTION", ["chile"], "2019-06") in got and ("SANCTION", ["chile"], "2019-11-30") in got, got
    # near miss: with no note of its own the like act told again takes the date told before
    got = dated(tmp_path, text.replace(" (AFP, Nov 30, 2019)", ""))
    assert [d for t, s, d in got if s == ["chile"]][:1] == ["2019-06"], got
    assert all(d == "2019-06" for t, s, d in got if s == ["chile"]), got
