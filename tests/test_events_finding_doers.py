"""A vote, a designation or a report is no doer (events/finding_doers.py, spurious4). Sentences are our own, from
arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Mali": ("mali", "country"), "Niger": ("niger", "country"), "Chad": ("chad", "country"),
          "Union for the Republic": ("ur", "organization"), "Wagner Group": ("wagner", "organization")}
HEADER = "source: own writing, wire style\ntitle: Story (Example Wire, 12 May 2023)\n\n"


def _triggers(tmp_path, body: str) -> list[str]:
    return [e.trigger or "" for e in extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt").events]


def test_a_poll_a_listing_or_a_finding_does_nothing(tmp_path):
    for body, word in (("Niger's municipal elections of 3 May handed most seats to the Union for the Republic.", "handed"),
                       ("The designation denied the Wagner Group access to Chad's banks.", "denied"),
                       ("Our review of the footage agrees with the findings of Mali's prosecutors.", "agrees")):
        assert not [t for t in _triggers(tmp_path, body) if word in t], body


def test_a_party_acting_the_same_verb_stays(tmp_path):
    assert any("handed" in t for t in _triggers(tmp_path, "Chad handed the Wagner Group's fighters to Niger on Monday."))
