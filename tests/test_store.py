"""Writing extractions: one transaction per document, idempotent, resolved across documents.

Extractions here are built in code (cheap, exact); tests/test_store_documents.py
runs the same paths on real documents through the pipeline.
"""

import re
import shutil

import pytest

import stores
from sqlalchemy import func, select

from foothold.errors import StoreError, UnknownActorError
from foothold.ingest.document import Document, content_id
from foothold.ingest.offsets import OffsetMap
from foothold.model import Actor, Citation, DateValue, Event, Extraction, Mention, Relation
from foothold.store import connect, make_engine, merge_actors, save_extraction, split_alias
from foothold.store import queries, schema as t
from foothold.store import writer


def make(name: str, text: str, actors: dict[str, tuple[str, list[str]]], *, date: str | None = None,
         relations=(), events=(), citations=()) -> tuple[Document, Extraction]:
    """A document and an extraction whose actors are found by their surface forms in ``text``."""
    doc = Document(id=content_id(text), name=name, path=f"/in-memory/{name}", format="txt", text=text,
                   clean=text, offsets=OffsetMap.identity(len(text)),
                   date=DateValue(date, "day") if date else None, metadata={"source": "test"})
    ex = Extraction(document=name, document_id=doc.id, date=doc.date, extractors={"test.actors.v1": "by hand"})
    for local_id, (actor_type, forms) in actors.items():
        actor = Actor(id=local_id, name=forms[0], type=actor_type, aliases=forms[1:], extractor="test.actors.v1")
        taken = set()
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(re.escape(form), text):
                if not any(s <= m.start() < e for s, e in taken):
                    taken.add((m.start(), m.end()))
                    actor.mentions.append(Mention(m.start(), m.end(), form, actor_type, local_id, "test.actors.v1"))
        ex.actors.append(actor)
    for subj, pred, obj, evidence in relations:
        s = text.index(evidence)
        ex.relations.append(Relation(subj, pred, obj, evidence, s, s + len(evidence), "test.relations.v1"))
    for outlet, evidence in citations:
        s = text.index(evidence)
        ex.citations.append(Citation(outlet, DateValue("2020-06-17", "day"), evidence, s, s + len(evidence), "test.citations.v1"))
    for etype, source, target, evidence in events:
        s = text.index(evidence)
        ex.events.append(Event(etype, source, target, evidence, s, s + len(evidence), "test.events.v1",
                               citations=list(range(len(ex.citations)))))
    return doc, ex


DOC1 = make("one.txt",
            "Prime Minister Mustafa al-Kazimi met Ali Allawi in Baghdad. Kazimi later called Esmail Qa'ani "
            "(IRNA, June 17, 2020). Kataeb Hezbollah fired rockets.",
            {"k": ("person", ["Mustafa al-Kazimi", "Kazimi"]), "allawi": ("person", ["Ali Allawi"]),
             "bg": ("place", ["Baghdad"]), "qa": ("person", ["Esmail Qa'ani"]), "irna": ("media", ["IRNA"]),
             "kh": ("organization", ["Kataeb Hezbollah"])},
            date="2020-06-20",
            relations=[("allawi", "member_of", "k", "Mustafa al-Kazimi met Ali Allawi")],
            citations=[("IRNA", "(IRNA, June 17, 2020)")],
            events=[("CONSULT", ["k"], ["allawi"], "Mustafa al-Kazimi met Ali Allawi in Baghdad")])
DOC2 = make("two.txt",
            "Al-Kadhimi received Ali Shamkhani in Baghdad while Kata'ib Hizballah and Qaani stayed away.",
            {"kad": ("person", ["Al-Kadhimi"]), "sham": ("person", ["Ali Shamkhani"]),
             "bg": ("place", ["Baghdad"]), "kh": ("organization", ["Kata'ib Hizballah"]),
             "qaani": ("person", ["Qaani"])},
            date="2020-07-21",
            events=[("CONSULT", ["kad"], ["sham"], "Al-Kadhimi received Ali Shamkhani")])


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory):
    """A migrated empty SQLite store, copied per test (migrating takes longer than a test)."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    connect(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def engine(backend, tmp_path, empty_store):
    """A migrated empty store on each backend (PostgreSQL: a fresh database, tests/stores.py)."""
    if backend == "sqlite":
        shutil.copy(empty_store, tmp_path / "store.db")
    engine = connect(stores.new_url(backend, tmp_path))
    yield engine
    engine.dispose()


def count(engine, table, **where) -> int:
    q = select(func.count()).select_from(table)
    for col, value in where.items():
        q = q.where(table.c[col] == value)
    with engine.connect() as conn:
        return conn.execute(q).scalar_one()


def actor_of(engine, text: str, document: Document) -> str:
    with engine.connect() as conn:
        return conn.execute(select(t.mentions.c.actor_id).where(t.mentions.c.text == text,
                                                                t.mentions.c.document_id == document.id)).scalar_one()


def test_save_writes_every_fact_with_original_offsets(engine):
    doc, ex = DOC1
    result = save_extraction(engine, doc, ex)
    assert result.status == "ingested"
    with engine.connect() as conn:
        for row in conn.execute(select(t.mentions)):
            assert doc.text[row.start:row.end] == row.text
        cit = conn.execute(select(t.citations)).one()
        assert doc.text[cit.start:cit.end] == "(IRNA, June 17, 2020)" and cit.outlet_actor_id == "irna"
        rel = conn.execute(select(t.relations)).one()
        assert (rel.subject_id, rel.predicate, rel.object_id) == ("ali_allawi", "member_of", "mustafa_al_kazimi")
        ev = conn.execute(select(t.events)).one()
        roles = set(conn.execute(select(t.event_actors.c.actor_id, t.event_actors.c.role)).all())
        assert roles == {("mustafa_al_kazimi", "source"), ("ali_allawi", "target")}
        assert conn.execute(select(t.event_citations.c.citation_id)).scalar_one() == cit.id
        extractors = set(conn.execute(select(t.document_extractors.c.extractor)).scalars())
    assert {"test.actors.v1", writer.RESOLVER} <= extractors
    assert ev.extractor == "test.events.v1"


def test_facts_naming_unlisted_actors_are_dropped_with_a_warning(engine):
    doc, ex = make("w.txt", "Ali Allawi met Ali Shamkhani.", {"a": ("person", ["Ali Allawi"])},
                   relations=[("a", "opposes", "ghost", "Ali Allawi met Ali Shamkhani")])
    save_extraction(engine, doc, ex)
    assert count(engine, t.relations) == 0
    with engine.connect() as conn:
        warnings = conn.execute(select(t.documents.c.warnings)).scalar_one()
    assert any("not stored" in w for w in warnings)


def test_same_content_again_is_unchanged(engine):
    save_extraction(engine, *DOC1)
    before = {name: count(engine, table) for name, table in (("m", t.mentions), ("a", t.actors), ("al", t.aliases))}
    assert save_extraction(engine, *DOC1).status == "unchanged"
    assert before == {name: count(engine, table) for name, table in (("m", t.mentions), ("a", t.actors), ("al", t.aliases))}


def test_replace_reextracts_without_duplicates(engine):
    save_extraction(engine, *DOC1)
    n = count(engine, t.mentions)
    assert save_extraction(engine, *DOC1, replace=True).status == "replaced"
    assert count(engine, t.mentions) == n and count(engine, t.documents) == 1


def test_changed_file_replaces_its_old_version(engine):
    save_extraction(engine, *DOC1)
    doc, ex = make("one.txt", DOC1[0].text + " Ali Allawi resigned.", {"allawi": ("person", ["Ali Allawi"])})
    assert save_extraction(engine, doc, ex).status == "updated"
    with engine.connect() as conn:
        assert [d["id"] for d in queries.list_documents(conn)] == [doc.id]
    assert count(engine, t.actors, id="mustafa_al_kazimi") == 0      # only the old version named him


def test_a_removal_sweeps_only_its_own_actors_and_leaves_no_orphan(engine):
    """The writer looks for orphans only among the actors the removed version referred to (a write
    must not probe every actor of a big store); a sweep of every actor afterwards finds nothing more."""
    save_extraction(engine, *DOC1)
    save_extraction(engine, *DOC2)
    doc, ex = make("one.txt", DOC1[0].text + " Ali Allawi resigned.", {"allawi": ("person", ["Ali Allawi"])})
    with engine.connect() as conn:
        old_refs = writer.document_actors(conn, DOC1[0].id)
    assert {"mustafa_al_kazimi", "ali_allawi", "baghdad", "irna"} <= old_refs
    assert save_extraction(engine, doc, ex).status == "updated"
    kept = count(engine, t.actors)
    assert count(engine, t.actors, id="irna") == 0 and count(engine, t.actors, id="baghdad") == 1  # DOC2 names Baghdad
    with engine.begin() as conn:
        writer.remove_orphan_actors(conn)          # every actor: nothing left for it to remove
    assert count(engine, t.actors) == kept


def test_failure_mid_write_leaves_nothing_of_the_document(engine, monkeypatch):
    save_extraction(engine, *DOC1)
    tables = (t.documents, t.actors, t.aliases, t.mentions, t.citations, t.relations, t.events, t.event_actors)
    before = [count(engine, table) for table in tables]

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(writer, "insert_events", broken)
    with pytest.raises(RuntimeError):
        save_extraction(engine, *DOC2)
    assert [count(engine, table) for table in tables] == before
    assert count(engine, t.documents, id=DOC2[0].id) == 0


def test_database_error_becomes_store_error(engine, monkeypatch):
    doc, ex = make("bad.txt", "Ali Allawi spoke.", {"a": ("person", ["Ali Allawi"])})
    ex.actors[0].mentions[0].end = None        # violates NOT NULL: the database refuses
    with pytest.raises(StoreError) as info:
        save_extraction(engine, doc, ex)
    assert "nothing of it was saved" in info.value.line()
    assert count(engine, t.documents) == 0 and count(engine, t.actors) == 0


def test_actors_resolve_across_documents(engine):
    save_extraction(engine, *DOC1)
    result = save_extraction(engine, *DOC2)
    doc2 = DOC2[0]
    assert actor_of(engine, "Al-Kadhimi", doc2) == "mustafa_al_kazimi"
    assert actor_of(engine, "Kata'ib Hizballah", doc2) == "kataeb_hezbollah"
    assert actor_of(engine, "Qaani", doc2) == "esmail_qaani"
    assert actor_of(engine, "Baghdad", doc2) == "baghdad"
    assert result.actors_matched == 4
    with engine.connect() as conn:
        reasons = dict(conn.execute(select(t.aliases.c.alias, t.aliases.c.reason)
                                    .where(t.aliases.c.document_id == doc2.id)).all())
    assert "Al-Kadhimi" in reasons["Al-Kadhimi"] and "Kazimi" in reasons["Al-Kadhimi"]


def test_people_sharing_a_first_name_stay_apart(engine):
    save_extraction(engine, *DOC1)
    save_extraction(engine, *DOC2)
    assert actor_of(engine, "Ali Shamkhani", DOC2[0]) == "ali_shamkhani"
    assert actor_of(engine, "Ali Allawi", DOC1[0]) == "ali_allawi"


def test_first_and_last_seen_follow_document_dates(engine):
    save_extraction(engine, *DOC1)
    save_extraction(engine, *DOC2)
    with engine.connect() as conn:
        p = queries.actor_profile(conn, "Kadhimi")
    assert (p["first_seen"], p["last_seen"]) == ("2020-06-20", "2020-07-21")
    assert [d["name"] for d in p["documents"]] == ["one.txt", "two.txt"]
    assert {a["alias"] for a in p["aliases"]} == {"Mustafa al-Kazimi", "Kazimi", "Al-Kadhimi"}
    assert any("Al-Kadhimi received" in s["sentence"] for s in p["sentences"])


def test_merge_is_recorded_and_survives_reingest(engine):
    doc3 = make("three.txt", "Abu Fadak visited Tehran.", {"af": ("person", ["Abu Fadak"]), "th": ("place", ["Tehran"])})
    doc4 = make("four.txt", "Abdul Aziz al-Muhammadawi spoke.", {"m": ("person", ["Abdul Aziz al-Muhammadawi"])})
    save_extraction(engine, *doc3)
    save_extraction(engine, *doc4)
    merge_actors(engine, "Abu Fadak", "al-Muhammadawi")
    assert actor_of(engine, "Abu Fadak", doc3[0]) == "abdul_aziz_al_muhammadawi"
    # Re-extracting the document replays the merge...
    save_extraction(engine, *doc3, replace=True)
    assert actor_of(engine, "Abu Fadak", doc3[0]) == "abdul_aziz_al_muhammadawi"
    # ...and so does a new document naming him by his kunya.
    doc5 = make("five.txt", "Abu Fadak again.", {"af": ("person", ["Abu Fadak"])})
    save_extraction(engine, *doc5)
    assert actor_of(engine, "Abu Fadak", doc5[0]) == "abdul_aziz_al_muhammadawi"
    with engine.connect() as conn:
        assert [(m["kind"], m["from_ref"], m["into_ref"]) for m in queries.list_merges(conn)] == [
            ("merge", "abu_fadak", "abdul_aziz_al_muhammadawi")]


def test_split_is_recorded_survives_reingest_and_undoes_a_merge(engine):
    save_extraction(engine, *DOC1)
    r = split_alias(engine, "mustafa_al_kazimi", "Kazimi")
    assert r["new_actor"] == "kazimi"
    assert actor_of(engine, "Kazimi", DOC1[0]) == "kazimi"
    assert actor_of(engine, "Mustafa al-Kazimi", DOC1[0]) == "mustafa_al_kazimi"
    save_extraction(engine, *DOC1, replace=True)
    assert actor_of(engine, "Kazimi", DOC1[0]) == "kazimi"
    # Merging back reverses the split, also on re-ingest.
    merge_actors(engine, "kazimi", "mustafa_al_kazimi")
    save_extraction(engine, *DOC1, replace=True)
    assert actor_of(engine, "Kazimi", DOC1[0]) == "mustafa_al_kazimi"
    assert count(engine, t.actors, id="kazimi") == 0


def test_unknown_actor_and_alias_are_clear_errors(engine):
    save_extraction(engine, *DOC1)
    with pytest.raises(UnknownActorError):
        merge_actors(engine, "Nobody Atall", "Ali Allawi")
    with pytest.raises(UnknownActorError) as info:
        split_alias(engine, "Ali Allawi", "Shamkhani")
    assert info.value.code == "E302"


def test_queries_list_documents_actors_sources(engine):
    save_extraction(engine, *DOC1)
    save_extraction(engine, *DOC2)
    with engine.connect() as conn:
        docs = queries.list_documents(conn)
        people = queries.list_actors(conn, type="person")
        top = queries.list_actors(conn, top=1)
        outlets = queries.sources(conn)
    assert [d["name"] for d in docs] == ["one.txt", "two.txt"] and docs[0]["citations"] == 1
    assert docs[0]["metadata"] == {"source": "test"}
    assert {a["type"] for a in people} == {"person"}
    assert top[0]["id"] == "mustafa_al_kazimi" and top[0]["documents"] == 2
    assert outlets == [{"outlet": "IRNA", "actor_id": "irna", "citations": 1, "documents": 1,
                        "first_date": "2020-06-17", "last_date": "2020-06-17"}]


def test_dictionary_entry_links_documents_and_names_the_actor(engine):
    doc_a = make("a.txt", "Kadhimi spoke.", {"k": ("person", ["Kadhimi"])})
    doc_b = make("b.txt", "The premier spoke.", {"p": ("person", ["The premier"])})
    doc_a[1].actors[0].dictionary_id = "mustafa_al_kadhimi"
    doc_b[1].actors[0].dictionary_id = "mustafa_al_kadhimi+title"
    save_extraction(engine, *doc_a)
    result = save_extraction(engine, *doc_b)
    assert actor_of(engine, "Kadhimi", doc_a[0]) == actor_of(engine, "The premier", doc_b[0]) == "mustafa_al_kadhimi"
    assert "dictionary entry" in result.merges[0]


def test_dictionary_entries_keep_similar_names_apart(engine):
    doc_a = make("a.txt", "Ali Sistani spoke.", {"s": ("person", ["Ali Sistani"])})
    doc_b = make("b.txt", "Ali al-Sistani spoke.", {"s": ("person", ["Ali al-Sistani"])})
    doc_a[1].actors[0].dictionary_id = "ali_sistani"
    doc_b[1].actors[0].dictionary_id = "ali_sistani_junior"
    save_extraction(engine, *doc_a)
    save_extraction(engine, *doc_b)
    assert actor_of(engine, "Ali al-Sistani", doc_b[0]) == "ali_sistani_junior"


def test_schema_upgrades_an_older_store(tmp_path):
    """A store made by the first migration gains later columns on connect."""
    from alembic import command
    from sqlalchemy import inspect
    from foothold.store.db import alembic_config, make_engine
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = make_engine(url)
    with old.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    assert "dictionary_id" not in {c["name"] for c in inspect(old).get_columns("actors")}
    engine = connect(url)
    assert "dictionary_id" in {c["name"] for c in inspect(engine).get_columns("actors")}


def test_place_spelled_with_an_extra_vowel_is_one_actor(engine):
    doc_a = make("a.txt", "Talks in Tehran.", {"t": ("place", ["Tehran"])})
    doc_b = make("b.txt", "Talks in Teheran.", {"t": ("place", ["Teheran"])})
    save_extraction(engine, *doc_a)
    save_extraction(engine, *doc_b)
    assert actor_of(engine, "Teheran", doc_b[0]) == "tehran"
    with engine.connect() as conn:
        assert queries.find_actor(conn, "Tehraan") == "tehran"


def test_long_names_labels_and_evidence_round_trip_on_every_backend(engine):
    """Schema parity: what one backend stores whole, the other does too (no VARCHAR limit on text)."""
    from foothold.resolve.names import SLUG_MAX, slug
    name = "Chief " + " ".join(f"Abu{i:03d}" for i in range(85))             # 600 characters
    sentence = ("The council, meeting again, " * 180)[:4991] + " met him."    # 5,000 characters
    text = f"{name} met Ali Allawi. {sentence}"
    assert len(name) == 600 and len(sentence) == 5000
    label = "role:apposed:Minister for the Middle East and North Africa"
    doc, ex = make("long.txt", text, {"c": ("person", [name]), "a": ("person", ["Ali Allawi"])},
                   events=[("CONSULT", ["c"], ["a"], sentence)])
    ex.actors[0].mentions[0].label = label
    save_extraction(engine, doc, ex)
    actor_id = actor_of(engine, name, doc)
    assert actor_id == slug(name) == slug(actor_id) and len(actor_id) <= SLUG_MAX    # capped the same way everywhere
    with engine.connect() as conn:
        assert conn.execute(select(t.actors.c.name).where(t.actors.c.id == actor_id)).scalar_one() == name
        assert conn.execute(select(t.aliases.c.alias).where(t.aliases.c.actor_id == actor_id)).scalar_one() == name
        assert conn.execute(select(t.mentions.c.label).where(t.mentions.c.actor_id == actor_id)).scalar_one() == label
        assert conn.execute(select(t.events.c.evidence)).scalar_one() == sentence
        assert queries.actor_profile(conn, actor_id)["name"] == name
