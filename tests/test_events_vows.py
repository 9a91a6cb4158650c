"""A vow to keep attacks going is a threat (irq21, events/senses.lasting_attacks; PLOVER THREATEN: a stated intention
to hurt). Sentences are our own, from arenas other than the text that showed the need."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _types(tmp_path, body: str) -> list[str]:
    path = tmp_path / "weekly.txt"
    path.write_text("source: own writing, monitor report style\ntitle: Weekly, May 2021\n\n" + body + "\n",
                    encoding="utf-8")
    return [e["type"] for e in run(read_document(path)).to_format()["events"]]


@pytest.mark.parametrize("body", [
    "Al-Shabaab has vowed to keep up its attacks until Kenyan forces leave Somalia.",
    "On 4 May 2021 the Houthis vowed to continue their strikes on Saudi Arabia.",
    "On 4 May 2021 the ELN pledged to step up its attacks on Colombian police."])
def test_a_vow_to_keep_attacking_threatens(tmp_path, body):
    assert "THREATEN" in _types(tmp_path, body) and "AGREE" not in _types(tmp_path, body)


def test_a_vow_to_keep_helping_stays_a_promise(tmp_path):
    types = _types(tmp_path, "On 4 May 2021 Saudi Arabia vowed to continue its support for Yemen.")
    assert "THREATEN" not in types
