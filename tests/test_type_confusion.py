"""bench/type_confusion.py: events matched untyped but not typed, tabulated gold type -> produced type/mode."""
import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def type_confusion():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("type_confusion", BENCH / "type_confusion.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = "Chile recalled its envoy from Peru on Monday. Peru protested the move. Bolivia praised Chile."


def event(kind, src, tgt, evidence, mode=None, trigger=None):
    return {"type": kind, "mode": mode, "source": [src], "target": [tgt], "date": None, "evidence": evidence,
            "trigger": trigger}


def doc(pred_events, gold_events):
    actors = [{"id": k, "name": k.title(), "type": "country"} for k in ("chile", "peru", "bolivia")]
    return {"set": "test", "document": "t.txt", "text": TEXT,
            "gold": {"actors": actors, "events": gold_events}, "pred": {"actors": actors, "events": pred_events}}


def test_a_wrongly_typed_match_is_counted_with_gold_and_produced_types(type_confusion):
    gold = [event("REJECT", "chile", "peru", "recalled its envoy from Peru"),
            event("PROTEST", "peru", "chile", "Peru protested the move")]
    pred = [event("RETREAT", "chile", "peru", "Chile recalled its envoy", mode="withdraw", trigger="recalled"),
            event("PROTEST", "peru", "chile", "protested the move", trigger="protested")]
    cases = type_confusion.confusions(doc(pred, gold))
    assert [c["pair"] for c in cases] == ["REJECT -> RETREAT/withdraw"]
    assert cases[0]["trigger"] == "recalled"
    assert "Chile recalled its envoy from Peru" in cases[0]["sentence"]
    assert type_confusion.tabulate(cases) == {"REJECT -> RETREAT/withdraw": 1}
    assert type_confusion.tabulate(cases, modes=False) == {"REJECT -> RETREAT": 1}


def test_unmatched_events_are_not_type_confusions(type_confusion):
    gold = [event("SUPPORT", "bolivia", "chile", "Bolivia praised Chile")]
    no_shared_actor = [event("PROTEST", "peru", "peru", "Bolivia praised")]
    no_overlap = [event("PROTEST", "bolivia", "chile", "Peru protested")]
    assert type_confusion.confusions(doc(no_shared_actor, gold)) == []
    assert type_confusion.confusions(doc(no_overlap, gold)) == []


def test_the_tuning_sets_leave_out_the_fresh_ones(type_confusion):
    fresh = {"owndocs45", "owndocs46", "owndocs47", "owndocs48", "owndocs49", "owndocs50"}
    assert not fresh & set(type_confusion.TUNING)
    assert "news-odd" in type_confusion.TUNING
