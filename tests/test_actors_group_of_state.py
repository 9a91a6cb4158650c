"""A state after "<group noun> of" is widened to "the government of Iraq" -- but not over the last word of another
name: "the Rapid Support Forces of Sudan's army" names the body and the state apart (actors/widening.py).
Sentences of our own."""
from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _mentions(tmp_path, text: str) -> dict[str, list[str]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {a.name: [text[m.start:m.end] for m in a.mentions] for a in run(read_document(path)).actors}


def test_a_state_after_a_named_body_is_not_widened_over_the_name(tmp_path):
    text = "General Omar Salas, who leads the Rapid Support Forces of Sudan's army, flew to Cairo on Monday."
    mentions = _mentions(tmp_path, text)
    assert mentions["Sudan"] == ["Sudan"]
    assert mentions["Rapid Support Forces"] == ["Rapid Support Forces"]


def test_the_government_of_a_state_is_still_the_state(tmp_path):
    text = "Officials of the government of Iraq met the delegation in Baghdad."
    assert _mentions(tmp_path, text)["Iraq"] == ["government of Iraq"]
