"""A ceremony a guest attended or watched is no act of the guest's (events/attended.py, spurious3). Sentences are
our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Kenya": ("kenya", "country"), "Somalia": ("somalia", "country"), "William Ruto": ("ruto", "person"),
          "Raila Odinga": ("odinga", "person"), "Ghana": ("ghana", "country"), "Togo": ("togo", "country")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.trigger) for e in ctx.events]


def test_a_guest_at_a_ceremony_does_nothing(tmp_path):
    for body in ("Raila Odinga attended the ceremony in Nairobi on Monday with his wife.",
                 "The new chief justice was sworn in at a ceremony attended by Raila Odinga on Monday.",
                 "William Ruto watched the ceremony on television in Nairobi."):
        assert not [e for e in _events(tmp_path, body) if e[0] == "SUPPORT"], body


def test_the_host_of_a_ceremony_holds_it(tmp_path):
    events = _events(tmp_path, "Kenya held a ceremony in Nairobi on Monday to hand the base over to Somalia.")
    assert ("SUPPORT", ["kenya"]) in [(t, s) for t, s, _ in events], events
