"""A past clause with its own subject after a modal one is told, not the first speaker's content (irq21,
events/clauses.py). Sentences are our own, from arenas other than the text that showed the need."""

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _events(tmp_path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "note.txt"
    path.write_text("source: own writing, think-tank analysis style\ntitle: Note\n\n" + body + "\n", encoding="utf-8")
    return [(e["type"], e["evidence"]) for e in run(read_document(path)).to_format()["events"]]


def test_a_second_speakers_past_clause_is_an_act_of_its_own(tmp_path):
    for body in ("On 3 May 2015 Ruto warned that Somalia must stop the raids, and Farmaajo threatened to close the "
                 "border with Kenya.",
                 "On 3 May 2015 Ruto said that Somalia must stop the raids, and Farmaajo threatened to close the "
                 "border with Kenya."):
        assert any(t == "THREATEN" and "threatened" in ev for t, ev in _events(tmp_path, body)), body


def test_a_conjunct_sharing_the_modal_stays_unreal(tmp_path):
    body = "On 3 May 2015 Erdogan said Turkey may send troops and deploy ships to the island."
    assert not any("deploy" in ev for _, ev in _events(tmp_path, body))
