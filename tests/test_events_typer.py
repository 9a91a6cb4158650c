"""The learned event-type corrector (events/typer.py, typer_features.py, typer_model.py and bench/train_event_typer.py).
Sentences of our own, on an arena outside the development texts; a model built in code so the step's behaviour is
tested whatever the shipped weights are."""

import json
import sys
from pathlib import Path

import pytest
from event_fixtures import extract_events

from foothold.extract.events import EventExtractor
from foothold.extract.events.typer import SUFFIX, TypeCorrector
from foothold.extract.events.typer_model import CARD, EventTyper, load_typer, read_card
from foothold.extract.events.learned_model import EventModelError
from foothold.extract.linear_scores import sha256_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

ACTORS = {"Norway": ("norway", "country"), "Sweden": ("sweden", "country"), "Norwegian": ("norway", "country"),
          "Swedish": ("sweden", "country")}
HEADER = "source: https://example.org/wire.html\ntitle: Baltic wire (Reuters, 5 May 2031)\n\n"
# a corrector sure that a seizure the rules call COERCE is an ASSAULT (abduction), and of nothing else
TOY = EventTyper("toy", 0.7, ("ASSAULT", "COERCE", "SANCTION"), (0.0, 0.5, 0.5),
                 {"lemma_rule=seize|COERCE": (6.0, 0.0, 0.0)}, {"ASSAULT": {"seize": "abduction"}})


def typed_events(tmp_path, body: str, typer=TOY) -> list:
    import event_fixtures
    original = event_fixtures.EventExtractor
    event_fixtures.EventExtractor = lambda: EventExtractor(typer=TypeCorrector(typer))
    try:
        ctx = extract_events(tmp_path, HEADER + body, ACTORS, "wire.txt")
    finally:
        event_fixtures.EventExtractor = original
    return ctx.events


def test_the_rules_type_the_test_sentences_as_the_toy_expects(tmp_path):
    ctx = extract_events(tmp_path, HEADER + "On Monday Norway seized two Swedish trawlers.\n", ACTORS, "wire.txt")
    assert [(e.type, e.mode) for e in ctx.events] == [("COERCE", "seize")]


def test_a_confident_model_re_reads_the_type_and_says_so(tmp_path):
    got = typed_events(tmp_path, "On Monday Norway seized two Swedish trawlers.\n")
    assert [(e.type, e.mode, e.quad, e.source, e.target) for e in got] == \
        [("ASSAULT", "abduction", "material_conflict", ["norway"], ["sweden"])]
    assert got[0].extractor == f"foothold.events.v1{SUFFIX}toy" and "seized" in got[0].evidence
    assert got[0].date is not None


def test_other_events_keep_the_rules_type(tmp_path):
    got = typed_events(tmp_path, "On Monday Norway expelled the Swedish ambassador.\n")
    assert [(e.type, e.mode, e.extractor) for e in got] == [("SANCTION", "expel", "foothold.events.v1")]


def test_a_model_short_of_its_threshold_changes_nothing(tmp_path):
    shy = EventTyper("shy", 0.999, TOY.classes, TOY.intercept, {"lemma_rule=seize|COERCE": (2.0, 0.0, 0.0)})
    got = typed_events(tmp_path, "On Monday Norway seized two Swedish trawlers.\n", shy)
    assert [(e.type, e.mode, e.extractor) for e in got] == [("COERCE", "seize", "foothold.events.v1")]


def test_retype_and_mode_for():
    assert TOY.retype({"lemma_rule=seize|COERCE": 1.0}, "COERCE")[0] == "ASSAULT"
    assert TOY.retype({"lemma_rule=seize|COERCE": 1.0}, "ASSAULT") is None     # the rules' type already
    assert TOY.retype({"bias": 1.0}, "ASSAULT") is None                        # no class reaches 0.7
    assert TOY.mode_for("ASSAULT", "seize") == "abduction" and TOY.mode_for("ASSAULT", "raid") is None
    assert TOY.mode_for("SANCTION", "seize") is None


def test_collecting_records_features_and_changes_nothing(tmp_path):
    import event_fixtures
    original = event_fixtures.EventExtractor
    collector = TypeCorrector(collect=True)
    event_fixtures.EventExtractor = lambda: EventExtractor(typer=collector)
    try:
        ctx = extract_events(tmp_path, HEADER + "On Monday Norway seized two Swedish trawlers.\n", ACTORS, "wire.txt")
    finally:
        event_fixtures.EventExtractor = original
    assert [(e.type, e.extractor) for e in ctx.events] == [("COERCE", "foothold.events.v1")]
    rows = ctx.data["typer_rows"]
    assert [(r["event"], r["rule_type"], r["lemma"]) for r in rows] == [(0, "COERCE", "seize")]
    feats = rows[0]["features"]
    assert {"rule=COERCE", "lemma_rule=seize|COERCE", "src=country", "tgt=country", "kind=verb"} <= set(feats)
    assert "obj=trawler" in feats


def test_the_setting_switches_the_step(monkeypatch):
    monkeypatch.delenv("FOOTHOLD_LEARNED_TYPES", raising=False)
    assert EventExtractor().typer is None       # off by default: it lowered the newswire probe (DEVELOPING.md)
    monkeypatch.setenv("FOOTHOLD_LEARNED_TYPES", "0")
    assert EventExtractor().typer is None
    monkeypatch.setenv("FOOTHOLD_LEARNED_TYPES", "1")
    assert EventExtractor().typer is not None


def test_the_shipped_model_loads_and_matches_its_recorded_hash():
    card = read_card(CARD)
    assert sha256_of(CARD.parent / card["weights"]) == card["sha256"]
    typer = load_typer()
    assert len(typer.classes) > 5 and 0 < typer.threshold <= 1 and typer.weights
    probs = typer.probabilities({"bias": 1.0, "rule=ASSAULT": 1.0, "lemma=shell": 1.0})
    assert abs(sum(probs.values()) - 1.0) < 1e-9


def test_an_altered_model_is_refused(tmp_path):
    card = read_card(CARD)
    (tmp_path / card["weights"]).write_bytes((CARD.parent / card["weights"]).read_bytes() + b" ")
    (tmp_path / CARD.name).write_text(CARD.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(EventModelError) as err:
        load_typer(str(tmp_path / CARD.name))
    assert err.value.code == "E405"


# the wire is dated Monday 5 May: its Tuesday and Wednesday are the week before
TRAIN_TEXT = ("On Monday Norway seized two Swedish trawlers. On Tuesday Norway expelled the Swedish ambassador. "
              "On Wednesday Norway seized a Swedish ferry.\n")


def test_the_training_script_runs_on_a_tiny_fixture(tmp_path):
    pytest.importorskip("sklearn")
    import train_event_typer
    data = tmp_path / "set"
    data.mkdir()
    text = HEADER + TRAIN_TEXT
    for k in range(5):      # one document per fold
        (data / f"0{k}-wire.txt").write_text(text, encoding="utf-8")
        events = []
        for phrase, etype, mode, day in (("Norway seized two Swedish trawlers", "ASSAULT", "abduction", "2031-05-05"),
                                         ("Norway expelled the Swedish ambassador", "SANCTION", "expel", "2031-04-29"),
                                         ("Norway seized a Swedish ferry", "ASSAULT", "abduction", "2031-04-30")):
            at = text.find(phrase)
            events.append({"type": etype, "mode": mode, "source": ["norway"], "target": ["sweden"], "date": day,
                           "evidence": phrase, "start": at, "end": at + len(phrase)})
        gold = {"document": f"0{k}-wire.txt", "citations": [], "relations": [], "events": events,
                "actors": [{"id": "norway", "name": "Norway", "type": "country"},
                           {"id": "sweden", "name": "Sweden", "type": "country", "aliases": ["Swedish"]}]}
        (data / f"0{k}-wire.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "model"
    cv = train_event_typer.main(["--dir", str(data), "--out", str(out), "--rows", str(tmp_path / "docs.json")])
    docs = json.loads((tmp_path / "docs.json").read_text())
    rows = [r for d in docs for r in d["rows"]]
    assert any(r["label"] == "ASSAULT" and r["rule_type"] == "COERCE" and r["lemma"] == "seize" for r in rows), rows
    base = cv["rules_only"]
    assert base["tp"] + base["fn"] == 15 and cv["best"]["f1"] >= base["f1"]
    typer = load_typer(str(out / "event_typer.yaml"))
    assert typer.version == train_event_typer.VERSION and set(typer.classes) >= {"ASSAULT", "SANCTION"}
    assert typer.mode_for("ASSAULT", "seize") == "abduction"
    again = tmp_path / "again"
    train_event_typer.train(train_event_typer.collect(sorted(data.glob("*.gold.json"))), again, ["set"])
    assert (again / "event_typer.json").read_bytes() == (out / "event_typer.json").read_bytes()


def test_the_training_script_refuses_fresh_sets(tmp_path):
    import sets
    import train_event_typer
    if sets.FRESH:
        with pytest.raises(SystemExit):
            train_event_typer.main(["--dir", str(sets.BENCH / sets.FRESH[0]), "--out", str(tmp_path)])
