"""The learned event detector (issue 8 §3; events/learned.py, learned_features.py, learned_model.py and
bench/train_event_detector.py). Sentences of our own, on arenas outside the development texts, with verbs no trigger
list holds; a model built in code so the step's gates are tested whatever the shipped weights are."""

import json
import sys
from pathlib import Path

import pytest
from event_fixtures import extract_events

from foothold.extract.events import EventExtractor
from foothold.extract.events.learned import NAME, LearnedStep
from foothold.extract.events.learned_model import (CARD, EventDetector, EventModelError, load_detector, read_card,
                                                   sha256_of)
from foothold.extract.events.lexicon import load_lexicon
from foothold.lexicons import load_cameo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

ACTORS = {"Norway": ("norway", "country"), "Sweden": ("sweden", "country"), "Norwegian": ("norway", "country"),
          "Swedish": ("sweden", "country"), "Arctic Guard": ("arctic_guard", "organization")}
HEADER = "source: https://example.org/wire.html\ntitle: Baltic wire (Reuters, 5 May 2031)\n\n"
# a detector that calls any verb with an actor as subject and another as object an ASSAULT
TOY = EventDetector("toy", 0.5, ("NONE", "ASSAULT"), (2.0, -2.0),
                    {"role=subj|country": (0.0, 2.5), "role=obj|country": (0.0, 2.5)})


def learned_events(tmp_path, body: str, detector=TOY) -> list:
    import event_fixtures
    original = event_fixtures.EventExtractor
    event_fixtures.EventExtractor = lambda: EventExtractor(learned=LearnedStep(detector))
    try:
        ctx = extract_events(tmp_path, HEADER + body, ACTORS, "wire.txt")
    finally:
        event_fixtures.EventExtractor = original
    return [e for e in ctx.events if e.extractor.startswith(NAME)]


def test_no_trigger_list_holds_the_test_verbs():
    lex, cameo = load_lexicon(), load_cameo()
    for verb in ("buzz", "outflank"):
        assert verb not in lex.verbs and verb not in cameo.verbs, verb


def test_the_step_adds_an_event_on_a_verb_no_list_holds(tmp_path):
    got = learned_events(tmp_path, "On Monday Norway buzzed the Swedish frigate with two jets.\n")
    assert [(e.type, e.source, e.target) for e in got] == [("ASSAULT", ["norway"], ["sweden"])], got
    ev = got[0]
    assert ev.extractor == f"{NAME}+model.toy" and ev.date is not None
    assert "buzzed" in ev.evidence and 0.5 <= ev.confidence <= 1.0


@pytest.mark.parametrize("body", [
    "Norway did not buzz the Swedish frigate on Monday.\n",                   # negated
    "Norway buzzes the Swedish frigate every week.\n",                        # habitual
    "Norway will buzz the Swedish frigate next week, officials said.\n",      # future
    "Norway could outflank Sweden if the talks fail.\n",                      # hypothetical
])
def test_the_step_makes_no_event_of_what_did_not_happen(tmp_path, body):
    assert learned_events(tmp_path, body) == []


def test_the_step_adds_nothing_where_the_rules_made_an_event(tmp_path):
    got = learned_events(tmp_path, "On Monday Norway attacked and buzzed the Swedish frigate.\n")
    assert got == [] or all("attacked" not in e.evidence for e in got)


def test_the_step_is_off_unless_set(tmp_path, monkeypatch):
    monkeypatch.delenv("FOOTHOLD_LEARNED_EVENTS", raising=False)
    assert EventExtractor().learned is None
    monkeypatch.setenv("FOOTHOLD_LEARNED_EVENTS", "1")
    assert EventExtractor().learned is not None


def test_the_shipped_model_loads_and_matches_its_recorded_hash():
    card = read_card(CARD)
    assert sha256_of(CARD.parent / card["weights"]) == card["sha256"]
    detector = load_detector()
    assert detector.classes[0] == "NONE" and 0 < detector.threshold < 1 and detector.weights
    prob, etype = detector.reading({"bias": 1.0, "lemma=buzz": 1.0, "role=subj|country": 1.0})
    assert 0.0 <= prob <= 1.0 and etype in detector.classes


def test_an_altered_model_is_refused(tmp_path):
    card = read_card(CARD)
    (tmp_path / card["weights"]).write_bytes((CARD.parent / card["weights"]).read_bytes() + b" ")
    (tmp_path / CARD.name).write_text(CARD.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(EventModelError) as err:
        load_detector(str(tmp_path / CARD.name))
    assert err.value.code == "E405"


TRAIN_TEXT = ("Norway buzzed the Swedish frigate on Monday. Norway outflanked Sweden on Tuesday. The Arctic Guard "
              "buzzed Swedish boats on Wednesday. Sweden praised Norway's restraint on Thursday.\n")


def test_the_training_script_runs_on_a_tiny_fixture(tmp_path):
    pytest.importorskip("sklearn")
    import train_event_detector
    data = tmp_path / "set"
    data.mkdir()
    for k in range(5):      # one document per fold
        (data / f"0{k}-wire.txt").write_text(HEADER + TRAIN_TEXT, encoding="utf-8")
        at = (HEADER + TRAIN_TEXT).find("Norway outflanked Sweden")
        gold = {"document": f"0{k}-wire.txt", "citations": [], "relations": [],
                "actors": [{"id": "norway", "name": "Norway", "type": "country"},
                           {"id": "sweden", "name": "Sweden", "type": "country", "aliases": ["Swedish"]}],
                "events": [{"type": "ASSAULT", "source": ["norway"], "target": ["sweden"], "date": "2031-05-05",
                            "evidence": "Norway outflanked Sweden on Tuesday", "start": at,
                            "end": at + len("Norway outflanked Sweden on Tuesday")}]}
        (data / f"0{k}-wire.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "model"
    cv = train_event_detector.main(["--dir", str(data), "--out", str(out), "--rows", str(tmp_path / "rows.jsonl")])
    rows = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text().splitlines()]
    assert any(r["label"] == "ASSAULT" and r["lemma"] == "outflank" for r in rows), rows
    assert all("lemma=" + r["lemma"] in r["features"] for r in rows)
    assert cv["rules_only"]["tp"] + cv["rules_only"]["fn"] == 5
    detector = load_detector(str(out / "event_detector.yaml"))
    assert detector.version == train_event_detector.VERSION
    again = tmp_path / "again"
    train_event_detector.train(train_event_detector.collect(sorted(data.glob("*.gold.json"))), again, ["set"])
    assert (again / "event_detector.json").read_bytes() == (out / "event_detector.json").read_bytes()


def test_the_training_script_refuses_fresh_sets_and_news_dev_even(tmp_path):
    pytest.importorskip("sklearn")
    import sets
    import train_event_detector
    if sets.FRESH:
        with pytest.raises(SystemExit):
            train_event_detector.main(["--dir", str(sets.BENCH / sets.FRESH[0]), "--out", str(tmp_path)])
    evens = [p for p in train_event_detector.set_files("news-odd", sets.EVAL / "news-dev")
             if int(p.name[:2]) % 2 == 0] if (sets.EVAL / "news-dev").is_dir() else []
    assert evens == []


def collected_rows(tmp_path, body: str) -> list[dict]:
    """The learned step's candidate rows (collecting) on a wire text."""
    import event_fixtures
    original = event_fixtures.EventExtractor
    event_fixtures.EventExtractor = lambda: EventExtractor(learned=LearnedStep(collect=True))
    try:
        ctx = extract_events(tmp_path, HEADER + body, ACTORS, "wire.txt")
    finally:
        event_fixtures.EventExtractor = original
    return ctx.data["learned_rows"]


def test_a_candidate_carries_its_objects_its_place_and_its_parties(tmp_path):
    rows = collected_rows(tmp_path, "On Monday Norway buzzed the Swedish frigate with two jets.\n")
    row = next(r for r in rows if r["lemma"] == "buzz")
    feats = row["features"]
    assert {"obj=frigate", "obj_actor=country", "lemma_obj=buzz|frigate", "prep_obj=with|jet",
            "subj=norway", "subj_actor=country", "sent_made=0", "candidates=1"} <= set(feats), sorted(feats)
    assert row["actors"] == ["norway", "sweden"]
    assert row["dense"] and all(k.startswith("vec") for k in row["dense"])


def test_a_candidate_knows_the_rules_made_an_event_in_its_sentence(tmp_path):
    rows = collected_rows(tmp_path, "On Monday Norway attacked the Swedish frigate, and Sweden outflanked the "
                                    "Arctic Guard.\n")
    row = next(r for r in rows if r["lemma"] == "outflank")
    assert "sent_made=1" in row["features"] and "sent_made=0" not in row["features"]


def test_a_model_of_the_verb_vector_reads_it_and_one_without_does_not(tmp_path, monkeypatch):
    import foothold.extract.events.learned as learned
    read = []
    monkeypatch.setattr(learned, "dense_features", lambda tok: read.append(tok.i) or {"vec0": 1.0})
    dense = EventDetector("dense", 0.5, ("NONE", "ASSAULT"), (2.0, -2.0), {"vec0": (0.0, 6.0)})
    assert dense.dense and not TOY.dense
    got = learned_events(tmp_path, "On Monday Norway buzzed the Swedish frigate with two jets.\n", dense)
    assert [(e.type, e.source) for e in got] == [("ASSAULT", ["norway"])] and read
    read.clear()
    learned_events(tmp_path, "On Monday Norway buzzed the Swedish frigate with two jets.\n")
    assert read == []


def test_training_labels_an_event_only_where_the_candidate_names_one_of_its_parties():
    pytest.importorskip("sklearn")
    import train_event_detector
    docs = [{"document": "d", "counts": {"tp": 0, "fp": 0, "fn": 2}, "rows": [
        {"features": {"bias": 1.0}, "dense": {"vec0": 0.5}, "label": "ASSAULT", "gold": 0, "shares_actor": True},
        {"features": {"bias": 1.0}, "dense": {"vec0": 0.1}, "label": "AID", "gold": 1, "shares_actor": False}]}]
    strict = train_event_detector.prepared(docs, dense=True)
    assert [(r["label"], r["gold"]) for r in strict[0]["rows"]] == [("ASSAULT", 0), ("NONE", None)]
    assert strict[0]["rows"][0]["features"] == {"bias": 1.0, "vec0": 0.5}
    loose = train_event_detector.prepared(docs, strict=False)
    assert [r["label"] for r in loose[0]["rows"]] == ["ASSAULT", "AID"]
    assert loose[0]["rows"][1]["features"] == {"bias": 1.0}
    assert docs[0]["rows"][1]["label"] == "AID"       # the collected rows are left as they were


def test_the_step_itself_is_cross_validated_by_document(tmp_path):
    pytest.importorskip("sklearn")
    import train_event_detector
    data = tmp_path / "set"
    data.mkdir()
    for k in range(5):      # one document per fold, as above
        (data / f"0{k}-wire.txt").write_text(HEADER + TRAIN_TEXT, encoding="utf-8")
        at = (HEADER + TRAIN_TEXT).find("Norway outflanked Sweden")
        gold = {"document": f"0{k}-wire.txt", "citations": [], "relations": [],
                "actors": [{"id": "norway", "name": "Norway", "type": "country"},
                           {"id": "sweden", "name": "Sweden", "type": "country", "aliases": ["Swedish"]}],
                "events": [{"type": "ASSAULT", "source": ["norway"], "target": ["sweden"], "date": None,
                            "evidence": "Norway outflanked Sweden on Tuesday", "start": at,
                            "end": at + len("Norway outflanked Sweden on Tuesday")}]}
        (data / f"0{k}-wire.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    docs = train_event_detector.prepared(train_event_detector.collect(sorted(data.glob("*.gold.json"))))
    assert any(r["label"] == "ASSAULT" and r["shares_actor"] for d in docs for r in d["rows"])
    real = train_event_detector.extracted_cv(docs, 1.0, 0.05, tmp_path / "work")
    rules, step = real["rules_only"], real["with_step"]
    assert rules["tp"] + rules["fn"] == step["tp"] + step["fn"] == 5
    assert step["learned"] >= 1 and step["learned_tp"] <= step["learned"]
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == [f"fold{k}" for k in range(5)]


def test_the_step_keeps_the_type_the_rules_gave_a_trigger_they_skipped():
    from types import SimpleNamespace as NS

    from foothold.extract.events.learned import rule_type
    index = NS(tok_start=[0, 5, 12, 20, 27, 33])
    trace = [{"start": 0, "type": "AID", "reason": "no_target"},            # an earlier sentence
             {"start": 20, "type": "SANCTION", "reason": "object_sense"},
             {"start": 27, "type": None, "reason": "statement_without_cue"}]
    d = NS(index=index, trace=trace)
    sent = NS(start=2)
    assert rule_type(NS(i=3), sent, d) == "SANCTION"
    assert rule_type(NS(i=4), sent, d) is None          # a statement: the model types it
    assert rule_type(NS(i=5), sent, d) is None          # not read by the rules
    assert rule_type(NS(i=0), NS(start=0), NS(index=index, trace=trace[:1])) == "AID"


def test_the_training_script_reads_the_read_half_only(tmp_path, monkeypatch):
    """--tuning-read (evmodel2): news-dev's odd files, the seed and the read half's owndocs sets; no check-half set,
    no fresh set, no even news-dev file, so the check half measures a model that never saw it."""
    pytest.importorskip("sklearn")
    import sets
    import train_event_detector
    if not (sets.EVAL / "news-dev").is_dir():
        pytest.skip("needs ../shared/eval (the development data beside the checkout)")
    seen: list = []
    monkeypatch.setattr(train_event_detector, "collect", lambda paths: seen.extend(paths) or [])
    monkeypatch.setattr(train_event_detector, "train", lambda *a, **k: {"rules_only": {}, "best": {}})
    train_event_detector.main(["--tuning-read", "--out", str(tmp_path)])
    folders = {p.parent.name for p in seen}
    assert folders and not folders & set(sets.tuning_half("check")) and not folders & set(sets.FRESH)
    assert set(sets.tuning_half("read")) <= folders
    assert not [p for p in seen if p.parent.name == "news-dev" and int(p.name[:2]) % 2 == 0]


def test_fixed_settings_are_kept_and_cross_validated(tmp_path):
    """--fixed C THRESHOLD (evmodel2): the card keeps the settings chosen on the read half, with their figures."""
    pytest.importorskip("sklearn")
    import train_event_detector
    row = {"sentence": 0, "start": 0, "gold": None, "label": "NONE", "features": {"lemma=outflank": 1.0}}
    pos = {**row, "sentence": 1, "start": 5, "gold": 0, "label": "ASSAULT", "features": {"role=obj|country": 1.0}}
    docs = [{"document": f"d{k}", "rows": [row, pos], "counts": {"tp": 0, "fp": 0, "fn": 1, "typed_tp": 0}}
            for k in range(5)]
    cv = train_event_detector.train(docs, tmp_path, ["toy"], fixed=(0.3, 0.45))
    assert cv["best"]["c"] == 0.3 and cv["best"]["threshold"] == 0.45
    assert read_card(tmp_path / "event_detector.yaml")["threshold"] == 0.45
