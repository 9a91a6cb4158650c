"""Doers bound to the right actor (issue 8, evdoers2): a bare definite noun the text apposed to one named
organisation stands for it (events/apposed_body.py); forces loyal to a party act for it, not for the leader the
phrase also names (events/loyal.py). Sentences are our own, from arenas other than the texts that showed the need."""

import pytest

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _events(tmp_path, text: str) -> list[tuple[str, list[str], list[str], str]]:
    path = tmp_path / "report.txt"
    path.write_text(text + "\n", encoding="utf-8")
    ex = run(read_document(path))
    names = {a.id: a.name for a in ex.actors}
    return [(e.type, [names[s] for s in e.source], [names[t] for t in e.target], text[e.start:e.end]) for e in ex.events]


def _doers_at(found, words: str) -> list[str]:
    return next((s for _, s, _, ev in found if words in ev), None)


@pytest.mark.parametrize("text,words,doer", [
    ("The Sudanese Armed Forces, the military of Sudan, arrested the prime minister on Monday. "
     "The military declared a state of emergency on Tuesday.", "The military declared", "Sudanese Armed Forces"),
    ("On Sunday the Ba'ath Party, the ruling party of Syria, detained dozens of activists in Homs. "
     "The party later banned all protests in the city.", "banned", "Ba'ath Party"),
])
def test_a_bare_noun_apposed_to_one_organisation_stands_for_it(tmp_path, text, words, doer):
    found = _events(tmp_path, text)
    assert _doers_at(found, words) == [doer], found


def test_a_noun_apposed_to_two_organisations_stands_for_neither(tmp_path):
    text = ("The Sudanese Armed Forces, the military of Sudan, shelled Omdurman on Monday. The Chadian National "
            "Army, the military of Chad, closed the border on Tuesday. Heavy rain fell across the region on Friday. "
            "The military declared a curfew.")
    found = _events(tmp_path, text)
    doers = _doers_at(found, "declared a curfew") or []
    assert "Sudanese Armed Forces" not in doers and "Chadian National Army" not in doers, found


@pytest.mark.parametrize("text,words,doer,leader", [
    ("In March, forces loyal to the Transitional Federal Government, led by President Sharif Ahmed, "
     "recaptured Baidoa from al-Shabaab.", "recaptured", "Transitional Federal Government", "Sharif Ahmed"),
    ("Forces loyal to the Sudan People's Liberation Movement, commanded by Riek Machar, attacked Bor on Friday.",
     "attacked", "Sudan People's Liberation Movement", "Riek Machar"),
])
def test_forces_loyal_to_a_party_are_its_doers_not_their_leader(tmp_path, text, words, doer, leader):
    found = _events(tmp_path, text)
    doers = _doers_at(found, words)
    assert doers is not None and doer in doers and leader not in doers, found
