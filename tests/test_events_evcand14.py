"""A second said clause (issue 8, evcand14; `said_conjuncts.py`): "said that A and that B" says both, so a stated
future of the speaker's own side in the second that-clause is read as one in the first is ("said on Monday that the
decision was final and that it would cut diplomatic ties with Peru": THREATEN).

Sentences are our own, written for these tests about an arena outside the development texts (the Andes).
"""

import pytest
from event_fixtures import wire_events

from foothold.extract.events.said_conjuncts import said_conjuncts
from foothold.extract.nlp import load_nlp

PARTIES = {"Chile": ("chile", "country"), "Peru": ("peru", "country"), "Lima": ("peru", "country")}


def _typed(tmp_path, sentence, kind):
    return [e for e in wire_events(tmp_path, sentence, PARTIES) if e[0] == kind]


@pytest.mark.parametrize("sentence, kind, target", [
    ("Chile said on Monday that the decision was final and that it would cut diplomatic ties with Peru.",
     "THREATEN", ["peru"]),
    ("Chile said on Monday that the talks had stalled and that it would attack Peru.", "THREATEN", ["peru"]),
    ("The government of Chile said in a statement that the decision was in the best interests of the country and "
     "that it would sever diplomatic ties with Lima with immediate effect.", "THREATEN", ["peru"]),
])
def test_a_future_in_the_second_that_clause_is_read(tmp_path, sentence, kind, target):
    found = _typed(tmp_path, sentence, kind)
    assert found and found[0][1] == ["chile"] and found[0][2] == target


@pytest.mark.parametrize("sentence", [
    "Chile said on Monday that the vote was final and would stand.",              # one clause going on
    "Chile said on Monday that the talks had stalled and that Peru would attack.",  # another party's future
])
def test_no_second_that_or_another_partys_future_is_no_intention(tmp_path, sentence):
    assert not _typed(tmp_path, sentence, "THREATEN")


def test_only_that_marked_conjuncts_are_second_said_clauses():
    doc = load_nlp()("Chile said that the vote was final and that it would recall its envoy.")
    said = next(t for t in doc if t.lower_ == "said")
    content = next(c for c in said.children if c.dep_ == "ccomp")
    assert [t.lower_ for t in said_conjuncts(content)] == ["recall"]
    doc = load_nlp()("Chile said that the vote was final and would stand.")
    said = next(t for t in doc if t.lower_ == "said")
    content = next(c for c in said.children if c.dep_ == "ccomp")
    assert said_conjuncts(content) == []


def test_on_a_tuning_document_the_second_clauses_act_is_read():
    # bench/owndocs43 (a tuning set, read half): "... said in a statement that the decision was "in the best
    # interests ..." and that it would sever diplomatic ties with Taipei with immediate effect." (gold SANCTION;
    # read as the stated threat, the event now found, its type left to the makers' convention)
    from pathlib import Path

    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = Path(__file__).resolve().parents[1] / "bench" / "owndocs43" / "07-nauru-switches-recognition-to-china.txt"
    if not path.exists():
        pytest.skip("bench/owndocs43 not present")
    document = read_document(path)
    start = document.text.index("would sever diplomatic ties")
    assert [e for e in run(document).events if e.start <= start < e.end]
