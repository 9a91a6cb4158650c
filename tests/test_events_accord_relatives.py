"""A relative clause saying which accord is meant tells no signing (events/accord_relatives.py, spurious3).
Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Fiji": ("fiji", "country"),
          "Tonga": ("tonga", "country"), "Kenya": ("kenya", "country"), "Somalia": ("somalia", "country"),
          "Lima": ("lima", "place"), "Nairobi": ("nairobi", "place")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.trigger) for e in ctx.events]


def test_the_accord_a_clause_identifies_was_not_signed_in_the_story(tmp_path):
    for body in ("The agreement on maritime zones that Chile and Peru signed in Lima on 6 August is fully consistent "
                 "with international law.",
                 "Tonga asked for help under the security treaty that Fiji and Tonga signed in 2017."):
        assert "signed" not in [trig for _, _, trig in _events(tmp_path, body)], body


def test_a_signing_told_as_the_act_stays(tmp_path):
    events = _events(tmp_path, "Kenya and Somalia signed a border agreement in Nairobi on Monday.")
    assert [t for t, _, _ in events] == ["SUPPORT"], events
    events = _events(tmp_path, "Kenya and Somalia signed an accord on Monday that ends the border dispute.")
    assert "SUPPORT" in [t for t, _, _ in events], events


def test_an_act_under_the_accord_stays(tmp_path):
    events = _events(tmp_path, "Kenya welcomed on Monday the agreement under which Somalia agreed to withdraw its "
                               "troops from the border.")
    assert "agreed" in [trig for _, _, trig in events] or ("AGREE", ["somalia"]) in [(t, s) for t, s, _ in events], \
        events
