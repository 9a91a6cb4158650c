"""A statement telling an agreement concluded is SUPPORT (irq21, events/senses.tells_concluded_accord; PLOVER SUPPORT
"ratify, sign, or finalize an agreement"). Sentences are our own, from arenas other than the text that showed it."""

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _events(tmp_path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "story.txt"
    path.write_text("source: own writing, wire style (Harbor Wire)\ntitle: Story (Harbor Wire, 5 May 2015)\n\n"
                    + body + "\n", encoding="utf-8")
    return [(e["type"], e["evidence"]) for e in run(read_document(path)).to_format()["events"]]


def test_announcing_that_the_sides_reached_an_agreement_is_support(tmp_path):
    for body in ("Colombia's president Juan Manuel Santos announced on Tuesday that the sides had reached a historic "
                 "agreement.",
                 "Armenia's prime minister Nikol Pashinyan announced on Tuesday that the sides had reached a border "
                 "agreement."):
        types = [t for t, _ in _events(tmp_path, body)]
        assert "SUPPORT" in types and "AGREE" not in types, (body, types)


def test_an_agreement_to_come_stays_agree_or_nothing(tmp_path):
    body = "Colombia's president Juan Manuel Santos said on Tuesday that the sides would reach an agreement soon."
    assert "SUPPORT" not in [t for t, _ in _events(tmp_path, body)]
