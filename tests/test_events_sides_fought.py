"""Fighting told with the side fought on, or the war served through, is a war record, not an attack
(events/sides_fought.py, spurious3). Sentences are our own, from arenas outside the development texts."""

from event_fixtures import extract_events

ACTORS = {"Shining Path": ("shining_path", "organization"), "Peru": ("peru", "country"),
          "Peruvian": ("peru", "country"), "Ecuador": ("ecuador", "country"), "Garcia": ("garcia", "person"),
          "MRTA": ("mrta", "organization"), "Ayacucho": ("ayacucho", "place")}
HEADER = "source: own writing, explainer style\ntitle: Explainer (Example Wire, 12 May 2023)\n\n"


def _events(tmp_path, body: str) -> list[tuple]:
    ctx = extract_events(tmp_path, HEADER + body + "\n", ACTORS, "story.txt")
    return [(e.type, e.source, e.trigger) for e in ctx.events]


def test_the_side_a_party_fought_on_is_its_record(tmp_path):
    for body in ("The MRTA was founded in 1982 and fought in the Andes on the side of the Shining Path.",
                 "Founded in Lima in the 1980s, the MRTA fought beside the Shining Path against the Peruvian army.",
                 "Born in Lima in 1950, Garcia joined the army in 1970 and fought through the war with Ecuador."):
        assert not [e for e in _events(tmp_path, body) if e[2] == "fought"], body


def test_a_fight_with_its_opponent_stays(tmp_path):
    events = _events(tmp_path, "The MRTA fought the Shining Path near Ayacucho on Monday.")
    assert ("ASSAULT", ["mrta"]) in [(t, s) for t, s, _ in events], events
    events = _events(tmp_path, "The Peruvian army and the Shining Path fought for control of Ayacucho on Tuesday.")
    assert "ASSAULT" in [t for t, _, _ in events], events
