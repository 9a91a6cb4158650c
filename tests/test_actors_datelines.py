"""The outlet credited in a wire dateline is a media actor named whole (irq21): the NER reads a credit's first
word as a river or region ("Tigris", "Levant") where it names one. Sentences are our own, from other arenas."""

import pytest

from foothold.extract.actors.datelines import credited_outlets
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _types(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "story.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: a.type for a in run(read_document(path)).actors}


@pytest.mark.parametrize("credit", ["Danube Wire", "Sahel Desk", "Andes Press Service", "Mekong Wire"])
def test_a_dateline_credit_is_one_media_actor(tmp_path, credit):
    text = (f"source: own writing, wire style ({credit})\ntitle: Story\n\nBridge reopens\n\n"
            f"BELGRADE, May 5 ({credit}) - Serbia reopened the bridge over the river on Tuesday, the transport "
            "ministry said.")
    types = _types(tmp_path, text)
    assert types.get(credit) == "media", types
    assert not any(name != credit and name in credit for name in types), types


def test_only_a_dateline_parenthesis_is_a_credit():
    class NoEntries:
        def lookup(self, name):
            return None
    text = "LIMA, June 3 (Andes Press Service) - Peru's congress (the Congress of the Republic) voted on Monday.\n"
    found = [text[s:e] for s, e, _, _ in credited_outlets(text, NoEntries())]
    assert found == ["Andes Press Service"]
    assert credited_outlets("The river (Danube Wire) rose.\n", NoEntries()) == []
