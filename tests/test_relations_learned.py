"""The learned relation step (relations/pair_features.py, learned_model.py, learned.py; issue 8 §3): own sentences
from other arenas than the tuning documents, and tiny models built in code."""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from pathlib import Path

import pytest
from test_relations import extract

from foothold.errors import RelationModelError
from foothold.extract.pipeline import default_components
from foothold.extract.relations.learned import LearnedRelations, admissible
from foothold.extract.relations.learned_model import (MODEL_DIR, RelationModel, file_hash, load_model, read_model,
                                                      write_model)
from foothold.extract.relations.lexicon import load_roles
from foothold.extract.relations.pair_features import document_candidates

BENCH = Path(__file__).resolve().parents[1] / "bench"

MENTOR = RelationModel("t1", ("none", "allied_with"), {"bias": (0.0, -4.0), "top=mentor|VERB": (0.0, 6.0)}, 0.6)


def learned(text: str, actors: dict, model: RelationModel | None = None):
    """The rules' context of a text, then the learned step; returns (rules' triples, added relations)."""
    ctx, rules = extract(text, actors)
    before = len(ctx.relations)
    LearnedRelations(model=model, enabled=True)(ctx)
    return rules, ctx.relations[before:]


def test_pair_features_read_shapes_not_names():
    ctx, _ = extract("Colonel Idris Bako, who trained the Sahel Rangers, spoke in Niamey.",
                     {"bako": ("person", ["Idris Bako"]), "rangers": ("organization", ["Sahel Rangers"]),
                      "niamey": ("place", ["Niamey"])})
    cands = document_candidates(ctx, ctx.data["relation_index"], load_roles())
    pairs = {(c.subject.actor, c.object.actor) for c in cands}
    assert ("bako", "rangers") in pairs and ("rangers", "bako") in pairs       # both directions, one sentence
    words = " ".join(f for c in cands for f in c.features).lower()
    assert not any(name in words for name in ("idris", "bako", "sahel", "rangers", "niamey"))
    bako_rangers = next(c for c in cands if (c.subject.actor, c.object.actor) == ("bako", "rangers"))
    assert "plem=train" in bako_rangers.features or "top=train|VERB" in bako_rangers.features


def test_the_step_adds_a_scored_tie_with_its_own_provenance():
    text = "Ghana mentored Togo during the long talks."
    rules, added = learned(text, {"ghana": ("country", ["Ghana"]), "togo": ("country", ["Togo"])}, MENTOR)
    assert not rules
    assert [(r.subject, r.predicate, r.object) for r in added] == [("ghana", "allied_with", "togo")]
    rel = added[0]
    assert text[rel.start:rel.end] == rel.evidence == "Ghana mentored Togo"
    assert rel.extractor == "foothold.relations.learned.v1+model.t1" and 0.6 <= rel.confidence <= 1


def test_the_step_leaves_pairs_the_rules_tied_and_scores_under_threshold():
    actors = {"ghana": ("country", ["Ghana"]), "togo": ("country", ["Togo"])}
    rules, added = learned("Ghana, an ally of Togo, mentored Togo again.", actors, MENTOR)
    assert ("ghana", "allied_with", "togo") in rules and not added
    shy = RelationModel("t2", MENTOR.classes, MENTOR.weights, 0.999)
    assert not learned("Ghana mentored Togo during the long talks.", actors, shy)[1]


def test_the_step_is_off_unless_enabled_and_runs_after_events():
    names = [c.name for c in default_components()]
    assert names.index(LearnedRelations.name) > names.index("foothold.events.v1")
    ctx, _ = extract("Ghana mentored Togo during the long talks.",
                     {"ghana": ("country", ["Ghana"]), "togo": ("country", ["Togo"])})
    LearnedRelations(model=MENTOR, enabled=False)(ctx)
    assert not ctx.relations


def test_admissible_keeps_the_rules_filters():
    assert not admissible("opposes", "country", "place")
    assert not admissible("part_of", "organization", "place")
    assert not admissible("leads", "person", "person")
    assert admissible("member_of", "person", "country")


def test_the_shipped_model_loads_and_matches_its_recorded_hash():
    model = load_model()
    card = (MODEL_DIR / "MODEL.yaml").read_text(encoding="utf-8")
    assert file_hash(MODEL_DIR / "model.json.gz") in card
    assert "none" in model.classes and 0 < model.threshold <= 1
    assert (MODEL_DIR / "model.json.gz").stat().st_size < 2_000_000


def test_a_corrupt_or_altered_model_is_refused_with_e410(tmp_path):
    folder = tmp_path / "relmodel"
    shutil.copytree(MODEL_DIR, folder)
    data = bytearray((folder / "model.json.gz").read_bytes())
    data[-5] ^= 0xFF
    (folder / "model.json.gz").write_bytes(bytes(data))
    with pytest.raises(RelationModelError) as err:
        read_model(folder)
    assert err.value.code == "E410" and "sha256" in str(err.value)
    (folder / "model.json.gz").unlink()
    with pytest.raises(RelationModelError, match="missing"):
        read_model(folder)


def test_a_model_with_a_bad_field_is_refused(tmp_path):
    write_model(tmp_path, "x", ["none", "leads"], {"bias": [0.0, 1.0]}, 0.5, {})
    assert read_model(tmp_path).classes == ("none", "leads")
    raw = {"format": "foothold.relmodel", "version": "x", "classes": ["none", "befriends"], "threshold": 0.5,
           "weights": {}}
    (tmp_path / "model.json.gz").write_bytes(gzip.compress(json.dumps(raw).encode(), mtime=0))
    (tmp_path / "MODEL.yaml").write_text(f"file: model.json.gz\nversion: x\nsha256: "
                                         f"{file_hash(tmp_path / 'model.json.gz')}\n", encoding="utf-8")
    with pytest.raises(RelationModelError, match="classes"):
        read_model(tmp_path)


FIXTURE = [
    ("a.txt", "General Omar Diallo commands the Coastal Brigade. The Coastal Brigade fought the Delta Front near "
              "Kolda on Monday. Officials in Kolda counted the damage.",
     [("omar_diallo", "person", "Omar Diallo"), ("coastal_brigade", "organization", "Coastal Brigade"),
      ("delta_front", "organization", "Delta Front"), ("kolda", "place", "Kolda")],
     [("omar_diallo", "leads", "coastal_brigade"), ("coastal_brigade", "opposes", "delta_front")]),
    ("b.txt", "Colonel Ama Owusu commands the Volta Guard. The Volta Guard fought the Forest Movement near Ho. "
              "Reporters in Ho saw the smoke.",
     [("ama_owusu", "person", "Ama Owusu"), ("volta_guard", "organization", "Volta Guard"),
      ("forest_movement", "organization", "Forest Movement"), ("ho", "place", "Ho")],
     [("ama_owusu", "leads", "volta_guard"), ("volta_guard", "opposes", "forest_movement")]),
    ("c.txt", "Major Lina Haddad commands the Cedar Unit. The Cedar Unit fought the Valley Army near Zahle. "
              "Farmers in Zahle left their fields.",
     [("lina_haddad", "person", "Lina Haddad"), ("cedar_unit", "organization", "Cedar Unit"),
      ("valley_army", "organization", "Valley Army"), ("zahle", "place", "Zahle")],
     [("lina_haddad", "leads", "cedar_unit"), ("cedar_unit", "opposes", "valley_army")]),
]


def write_fixture(folder: Path) -> None:
    folder.mkdir()
    for name, text, actors, relations in FIXTURE:
        (folder / name).write_text(text, encoding="utf-8")
        gold = {"document": name,
                "actors": [{"id": i, "name": n, "type": t, "aliases": []} for i, t, n in actors],
                "relations": [{"subject": s, "predicate": p, "object": o, "evidence": text[:40]}
                              for s, p, o in relations],
                "citations": [], "events": []}
        (folder / name.replace(".txt", ".gold.json")).write_text(json.dumps(gold), encoding="utf-8")


def test_the_training_script_runs_on_a_tiny_fixture(tmp_path, monkeypatch):
    pytest.importorskip("sklearn")
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop("relmodel_train", None)
    import relmodel_train
    monkeypatch.setattr(relmodel_train, "TRAIN_TIED", True)     # three documents: learn from the rules' ties too
    write_fixture(tmp_path / "fixture")
    rows = tmp_path / "rows.jsonl"
    relmodel_train.collect(rows, [tmp_path / "fixture"])
    lines = relmodel_train.train(rows, tmp_path / "model")
    assert lines[0].startswith("rules only: F1")
    model = read_model(tmp_path / "model")
    assert model.version == relmodel_train.VERSION and "none" in model.classes
    first = (tmp_path / "model" / "model.json.gz").read_bytes()
    relmodel_train.train(rows, tmp_path / "model")
    assert (tmp_path / "model" / "model.json.gz").read_bytes() == first        # deterministic


def test_the_shipped_model_ties_a_person_of_a_party_no_rule_reads():
    actors = {"haddad": ("person", ["Lina Haddad"]), "cedar": ("organization", ["Cedar Party"])}
    # "X of the Y party" alone is read by a rule now (relations/person_of_body.py, relties8): a unit of it is not
    rules, added = learned("Lina Haddad of the Cedar Party's youth wing was arrested on Monday.", actors)
    assert not rules
    assert [(r.subject, r.predicate, r.object) for r in added] == [("haddad", "member_of", "cedar")]
    assert added[0].extractor.startswith("foothold.relations.learned.v1+model.")


@pytest.mark.parametrize("text, actors", [
    ("Chile and Peru reported heavy rain on Tuesday.",
     {"chile": ("country", ["Chile"]), "peru": ("country", ["Peru"])}),
    ("Officials from Kenya met officials from Uganda in Nairobi.",
     {"kenya": ("country", ["Kenya"]), "uganda": ("country", ["Uganda"]), "nairobi": ("place", ["Nairobi"])}),
    ("Anil Rao flew from Kochi to Delhi on Monday.",
     {"rao": ("person", ["Anil Rao"]), "kochi": ("place", ["Kochi"]), "delhi": ("place", ["Delhi"])}),
    ("Reporters asked Anil Rao about the Harbour Guard budget.",
     {"rao": ("person", ["Anil Rao"]), "guard": ("organization", ["Harbour Guard"])}),
    ("The Harbour Guard and the Coast Police patrolled the bay together.",
     {"guard": ("organization", ["Harbour Guard"]), "police": ("organization", ["Coast Police"])}),
])
def test_the_shipped_model_adds_nothing_on_sentences_stating_no_tie(text, actors):
    assert learned(text, actors)[1] == []


def test_an_added_relation_names_an_extractor_of_its_extraction(tmp_path):
    from foothold.extract.pipeline import run
    from foothold.ingest import read_document
    path = tmp_path / "note.txt"
    path.write_text("Lina Haddad of the Cedar Party was arrested in Beirut on Monday.", encoding="utf-8")
    components = [c for c in default_components() if not isinstance(c, LearnedRelations)]
    extraction = run(read_document(path), components + [LearnedRelations(model=MENTOR, enabled=True)])
    assert LearnedRelations.name + "+model.t1" in extraction.extractors
    assert all(r.extractor in extraction.extractors for r in extraction.relations)
