"""A speaker named inside a relative clause attributes a description and tells no statement of its own
(events/attributed_aside.py, issue 8 precision). Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Shining Path": ("shining_path", "organization"), "Peru": ("peru", "country"),
          "Greece": ("greece", "country"), "Libya": ("libya", "country"), "Houthi": ("houthis", "organization"),
          "Hamas": ("hamas", "organization"), "Uhuru Kenyatta": ("kenyatta", "person"),
          "ELN": ("eln", "organization"), "Colombian": ("colombia", "country")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.evidence) for e in ctx.events]


def test_a_speaker_inside_a_relative_clause_makes_no_statement(tmp_path):
    for body in ("The Shining Path, which Peru's interior minister said threatens both provinces, is a Maoist group.",
                 "The freighter Nour, which Greece said was carrying arms to Libya, is registered in Togo.",
                 "The Houthi campaign against shipping, in what they say is support for Hamas, is in its third month.",
                 "The verdict that Uhuru Kenyatta's lawyers said breached the constitution runs to 400 pages."):
        assert _events(tmp_path, body) == [], body
    body = ("Peru and Colombia agreed to patrol the border against the Shining Path, which Peru's president said posed a "
            "threat to the whole region.")
    assert [t for t, _, _ in _events(tmp_path, body)] == ["AGREE"], body


def test_a_relative_clause_that_answers_stays(tmp_path):
    events = _events(tmp_path, "The Colombian army accused the ELN on Monday of bombing the pipeline, which the ELN "
                               "denied.")
    assert ("REJECT", ["eln"]) in [(t, s) for t, s, _ in events], events


def test_a_main_clause_statement_stays(tmp_path):
    events = _events(tmp_path, "Peru's interior minister said on Monday that the Shining Path threatens both provinces.")
    assert [s for _, s, _ in events] == [["peru"]], events


def test_a_relative_speaker_makes_a_statement(tmp_path):
    events = _events(tmp_path, "It was denounced by Peru's interior minister, who said on Monday that the Shining Path "
                               "had attacked two police posts.")
    assert ["peru"] in [s for _, s, _ in events], events
