"""A monitor's tallies (irq21, events/tallies.py): acts a report counts or measures changing are no act it tells, and
who records attacks on X does not oppose X. Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

from foothold.extract.pipeline import run
from foothold.ingest import read_document

ACTORS = {"Nigeria": ("nigeria", "country"), "Nigerian": ("nigeria", "country"), "Maiduguri": ("maiduguri", "place"),
          "Mali": ("mali", "country"), "Malian": ("mali", "country"), "MINUSMA": ("minusma", "organization"),
          "Gao": ("gao", "place"), "Boko Haram": ("boko_haram", "organization"), "Kidal": ("kidal", "place")}


def _events(tmp_path, body: str) -> list[tuple]:
    text = "source: own writing, monitor report style\ntitle: Sahel weekly, May 2016\n\n" + body + "\n"
    return [(e.type, e.evidence) for e in extract_events(tmp_path, text, ACTORS, "monitor.txt").events]


def test_acts_a_report_records_in_number_are_counted_not_told(tmp_path):
    for body in ("Between 1 and 9 May the project recorded at least 14 rocket attacks on MINUSMA camps near Gao.",
                 "In April the monitor documented a sharp rise in attacks on Malian and MINUSMA positions around Kidal.",
                 "The mission registered about 30 roadside bombs against MINUSMA convoys and 12 attacks on Malian posts."):
        assert not [e for e in _events(tmp_path, body) if e[0] == "ASSAULT"], body


def _run(tmp_path, body: str) -> dict:
    path = tmp_path / "weekly.txt"
    path.write_text("source: own writing, monitor report style\ntitle: Sahel weekly\n\n" + body + "\n", encoding="utf-8")
    return run(read_document(path)).to_format()


def test_a_trend_noun_counts_the_acts_it_measures(tmp_path):
    for body in ("Amid a sharp rise in attacks on French troops in Mali, France sent 500 more soldiers in May 2016.",
                 "A wave of attacks on Chadian troops in northern Mali followed in May 2016."):
        events = _run(tmp_path, body)["events"]
        assert not [e for e in events if e["type"] == "ASSAULT"], (body, events)


def test_one_act_recorded_or_told_stays_an_act(tmp_path):
    events = _events(tmp_path, "On 3 May the mission recorded an attack on a MINUSMA convoy near Gao.")
    assert [e for e in events if e[0] == "ASSAULT"], events
    events = _events(tmp_path, "On 4 May Boko Haram fighters attacked Nigerian troops in Maiduguri.")
    assert [e for e in events if e[0] == "ASSAULT"], events


def test_who_records_attacks_on_x_does_not_oppose_x(tmp_path):
    for body in ("In May 2016 the Sahel Observatory recorded attacks on French troops in Mali.",
                 "Amnesty International recorded dozens of attacks on French troops in Mali in May 2016."):
        relations = _run(tmp_path, body)["relations"]
        assert not [r for r in relations if r["predicate"] == "opposes"], (body, relations)


def test_what_a_tally_is_said_for_is_no_act(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("source: own writing, wire style (Harbor Wire)\ntitle: Story (Harbor Wire, 5 May 2015)\n\n"
                    "Turkey has carried out hundreds of strikes on what it calls PKK targets in Iraq, saying it will "
                    "not allow the group to build bases on its border.\n", encoding="utf-8")
    events = run(read_document(path)).to_format()["events"]
    assert not [e for e in events if "saying" in e["evidence"] or e["type"] == "REJECT"], events
