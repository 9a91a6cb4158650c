""""The two governments" far from the states they stand for are the two states the text names most (irq21,
events/principals.py). Sentences are our own, from arenas other than the text that showed the need."""

from foothold.extract.pipeline import run
from foothold.ingest import read_document

NOTE = ("source: own writing, think-tank analysis style\ntitle: Note (May 2019)\n\nKenya and Ethiopia\n\n"
        "Summary\n\nKenyan President Uhuru Kenyatta paid a state visit to Ethiopia on May 3, 2019. Kenya wants "
        "Ethiopia's power and Ethiopia wants Kenya's port.\n\nPolitical channel\n\nIn Addis Ababa Kenyatta met "
        "Prime Minister Abiy Ahmed, and he also met Jawar Mohammed, an activist close to the Oromo movement.\n\n"
        "Economic channel\n\n{sentence}\n")


def _sources(tmp_path, sentence: str) -> list[list[str]]:
    path = tmp_path / "note.txt"
    path.write_text(NOTE.format(sentence=sentence), encoding="utf-8")
    return [e["source"] for e in run(read_document(path)).to_format()["events"] if "signed" in e["evidence"]]


def test_the_two_governments_are_the_two_states_named_most(tmp_path):
    found = _sources(tmp_path, "The two governments signed a power trade agreement on May 4, 2019.")
    assert found and set(found[0]) == {"kenya", "ethiopia"}, found


def test_no_pair_of_states_stands_out_no_states_guessed(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("source: own writing, think-tank analysis style\ntitle: Note (May 2019)\n\nSummary\n\nKenya, "
                    "Uganda and Ethiopia met in May 2019. Kenya, Uganda and Ethiopia share a power grid.\n\nPolitical "
                    "channel\n\nIn Addis Ababa Uhuru Kenyatta met Abiy Ahmed, and he also met Jawar Mohammed.\n\n"
                    "Economic channel\n\nThe two governments signed a power trade agreement on May 4, 2019.\n",
                    encoding="utf-8")
    found = [e["source"] for e in run(read_document(path)).to_format()["events"] if "signed" in e["evidence"]]
    assert not any(set(s) in ({"kenya", "uganda"}, {"kenya", "ethiopia"}, {"uganda", "ethiopia"}) for s in found)
