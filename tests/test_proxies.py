"""Proxies and reach (analyze.proxies): ties built in code, and the seed report's Iranian network;
cuts are recorded, re-applied and survive re-ingest."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import insert
from typer.testing import CliRunner

from foothold.analyze.proxies import UnknownCutError, classify_tie, cut_tie, proxies_of, tie_rules, uncut_tie
from foothold.cli import app
from foothold.errors import UnknownActorError
from foothold.store import connect
from foothold.store import schema as t
from foothold.store.batch import ingest_file
from arena_store import SEED, seed_store, seed_store_copy

runner = CliRunner()


# --- ties, in code --------------------------------------------------------------------------

@pytest.mark.parametrize("predicate, evidence, time, subject_type, kind", [
    ("part_of", "the IRGC's Qods Force", None, "organization", "arm"),
    ("member_of", "the Iranian Ambassador to Baghdad", None, "person", "agent"),
    ("leads", "the Commander of the Qods Force", None, "person", "leader"),
    ("leads", "the former Commander of the IRGC", "former", "person", None),
    ("allied_with", "Kataeb Hezbollah, the Iranian-backed Shia militia", None, "organization", "backed"),
    ("allied_with", "a militia backed by Iran", None, "organization", "backed"),
    ("allied_with", "a small pro-Iranian militia", None, "organization", "aligned"),
    ("allied_with", "the pro-Iranian Prime Minister", None, "person", None),      # a person aligned is no proxy
    ("allied_with", "al-Zurfi, who is considered close to the United States", None, "person", None),
    ("opposes", "Iran strives to stymie American presence", None, "country", None),
])
def test_which_ties_carry_influence(predicate, evidence, time, subject_type, kind):
    assert classify_tie(tie_rules(), predicate, evidence, time, subject_type) == kind


def _store(tmp_path):
    """A tiny store: Iran <- IRGC <- Qods Force <- Soleimani; militia backed by Iran; a cut-able tie."""
    engine = connect(f"sqlite:///{tmp_path / 's.db'}")
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        conn.execute(insert(t.documents), [
            {"id": "d1", "name": "a.txt", "text": "x" * 500, "ingested_at": now, "warnings": [], "date": "2020-03"},
            {"id": "d2", "name": "b.txt", "text": "x" * 500, "ingested_at": now, "warnings": [], "date": "2021-01-05"}])
        conn.execute(insert(t.actors), [
            {"id": i, "name": n, "type": ty} for i, n, ty in [
                ("iran", "Iran", "country"), ("irgc", "IRGC", "organization"), ("qods", "Qods Force", "organization"),
                ("soleimani", "Qasem Soleimani", "person"), ("militia", "Kataeb Hezbollah", "organization"),
                ("safavi", "Safavi", "person"), ("tehran", "Tehran", "place")]])
        rel = lambda s, p, o, ev, doc="d1", time=None: {  # noqa: E731
            "document_id": doc, "subject_id": s, "predicate": p, "object_id": o, "evidence": ev, "start": 0,
            "end": 10, "extractor": "test", "time": time}
        conn.execute(insert(t.relations), [
            rel("irgc", "part_of", "iran", "Iran's IRGC"),
            rel("qods", "part_of", "irgc", "the IRGC's Qods Force"),
            rel("qods", "part_of", "irgc", "the Qods Force of the IRGC", doc="d2"),
            rel("soleimani", "leads", "qods", "Soleimani, the commander of the Qods Force"),
            rel("militia", "allied_with", "iran", "the Iranian-backed militia", doc="d2"),
            rel("safavi", "leads", "irgc", "the former commander of the IRGC", time="former"),
            rel("tehran", "part_of", "iran", "Tehran, Iran")])
    return engine


def test_paths_evidence_and_dates(tmp_path):
    engine = _store(tmp_path)
    found = {p.actor_id: p for p in proxies_of(engine, "iran")}
    assert set(found) == {"irgc", "qods", "soleimani", "militia"}       # not the former commander, not a place
    s = found["soleimani"]
    assert s.via == "Qasem Soleimani → Qods Force → IRGC → Iran"
    assert [h.kind for h in s.path] == ["leader", "arm", "arm"]
    assert all(h.evidence for h in s.path)
    qods_hop = s.path[1]
    assert [x.document for x in qods_hop.evidence] == ["a.txt", "b.txt"]    # every source stating the tie
    assert qods_hop.since == "2020-03"                                      # from the earliest
    assert found["militia"].kind == "backed" and found["militia"].since == "2021-01-05"
    # On a date before a source gave the tie, it does not hold yet.
    assert "militia" not in {p.actor_id for p in proxies_of(engine, "iran", on="2020-12-31")}
    assert "militia" in {p.actor_id for p in proxies_of(engine, "iran", on="2021-02")}


def test_a_cut_removes_the_hop_and_what_hangs_on_it(tmp_path):
    engine = _store(tmp_path)
    cut_tie(engine, "Qods Force", "IRGC", reason="test")
    found = {p.actor_id for p in proxies_of(engine, "iran")}
    assert found == {"irgc", "militia"}
    assert uncut_tie(engine, "qods", "irgc") == 1
    assert "soleimani" in {p.actor_id for p in proxies_of(engine, "iran")}
    # Only a tie of the predicate named is cut.
    cut_tie(engine, "qods", "irgc", predicate="part_of")
    assert "qods" not in {p.actor_id for p in proxies_of(engine, "iran")}


def test_cut_errors(tmp_path):
    engine = _store(tmp_path)
    with pytest.raises(UnknownCutError) as info:
        cut_tie(engine, "militia", "irgc")
    assert info.value.code == "E307"
    with pytest.raises(UnknownCutError):
        uncut_tie(engine, "militia", "iran")
    with pytest.raises(UnknownActorError) as info:
        cut_tie(engine, "Kataeb Hezbolah", "Irann")
    assert info.value.code == "E302"


# --- the seed report -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_engine():
    engine = connect(seed_store())
    yield engine
    engine.dispose()


def test_seed_iran_reaches_the_qods_force_and_the_militias(seed_engine):
    found = {p.actor_id: p for p in proxies_of(seed_engine, "iran")}
    for expected in ("irgc", "qods_force", "kataeb_hezbollah", "harakat_al_nujaba", "qasem_soleimani"):
        assert expected in found, expected
    kh = found["kataeb_hezbollah"]
    assert kh.kind == "backed" and kh.path[-1].for_id == "iran"
    assert any("backed" in (x.evidence or "") for x in kh.path[0].evidence)
    soleimani = found["qasem_soleimani"]
    assert soleimani.path[0].for_id == "qods_force" and soleimani.path[-1].for_id == "iran"
    for p in found.values():
        assert p.since, p.name
        for hop in p.path:
            assert hop.evidence and all(x.document and x.start is not None and x.evidence for x in hop.evidence)
    # The ambassador and the military attache are Iran's agents.
    assert found["iraj_masjedi"].kind == "agent"
    # Not a proxy: the Iraqi prime minister, whom a source calls close to the United States.
    assert "mustafa_al_kazimi" not in found and "united_states" not in found


def test_seed_proxies_in_iraq(seed_engine):
    found = {p.actor_id: p for p in proxies_of(seed_engine, "iran", in_country="iraq")}
    assert {"kataeb_hezbollah", "harakat_al_nujaba", "qods_force", "iraj_masjedi"} <= set(found)
    assert all(p.in_country for p in found.values())
    assert "belongs" in found["kataeb_hezbollah"].in_country


def test_seed_cut_is_recorded_and_survives_reingest(tmp_path):
    url = seed_store_copy(tmp_path)
    r = runner.invoke(app, ["cut", "Thar Allah", "Iran", "--reason", "pro-Iranian is not backing", "--db", url])
    assert r.exit_code == 0, r.output
    engine = connect(url)
    assert "thar_allah" not in {p.actor_id for p in proxies_of(engine, "iran")}
    outcome = ingest_file(engine, SEED, replace=True)               # re-extract the seed, replace its facts
    assert outcome.status == "replaced", outcome.line()
    assert "thar_allah" not in {p.actor_id for p in proxies_of(engine, "iran")}
    assert "kataeb_hezbollah" in {p.actor_id for p in proxies_of(engine, "iran")}
    r = runner.invoke(app, ["cuts", "--db", url, "--format", "json"])
    assert '"thar_allah"' in r.output and "pro-Iranian is not backing" in r.output
    r = runner.invoke(app, ["cut", "Thar Allah", "Iran", "--undo", "--db", url])
    assert r.exit_code == 0
    assert "thar_allah" in {p.actor_id for p in proxies_of(engine, "iran")}
    engine.dispose()


def test_cli_proxies(seed_engine):
    url = str(seed_engine.url)
    r = runner.invoke(app, ["proxies", "Iran", "--in", "Iraq", "--evidence", "--db", url])
    assert r.exit_code == 0, r.output
    assert "Kataeb Hezbollah → Iran" in r.output and "Iranian-backed" in r.output
    r = runner.invoke(app, ["proxies", "Qods Forse", "--db", url])
    assert r.exit_code == 1 and "[E302]" in r.output and "did you mean Qods Force?" in r.output
    r = runner.invoke(app, ["proxies", "Iran", "--in", "Baghdad", "--db", url])
    assert r.exit_code == 1 and "[E306]" in r.output and "did you mean Iraq?" in r.output
