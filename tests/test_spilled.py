"""A long document's extraction with its records on disk (extract.spilled): what run() and the
store get from it equals the whole extraction, and memory keeps only names."""

import errno

import pytest
from sqlalchemy import select

from foothold.errors import SpillError
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import run, spill
from foothold.ingest import read_document
from foothold.store import connect, happenings, save_extraction
from foothold.store import schema as t

SEGMENT = 9_000


@pytest.fixture(scope="module")
def seed(seed_path):
    return read_document(seed_path)


def test_spilled_keeps_names_in_memory_and_records_on_disk(seed):
    with spill(seed, nlp=load_nlp(), segment_chars=SEGMENT) as spilled:
        assert spilled.segments > 3
        assert all(a.mentions == [] for a in spilled.actor_list())       # mentions stay on disk
        assert sum(len(list(spilled.mentions(a))) for a in spilled.actor_list()) == spilled.counts["mentions"] > 0
        starts = [m.start for m in spilled.mentions(spilled.actor_list()[0])]
        assert starts == sorted(starts)
        whole = spilled.materialise()
        assert len(whole.events) == spilled.counts["events"] and len(whole.citations) == spilled.counts["citations"]
        assert all(seed.text[e.start:e.end] == e.evidence for e in spilled.events())


def _rows(url, table):
    with connect(url).connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(table))]
    for r in rows:
        r.pop("ingested_at", None)
    return sorted(rows, key=repr)


def test_the_store_written_segment_by_segment_equals_the_whole_write(seed, tmp_path, monkeypatch):
    """With a window wide enough to group as the whole document does, every table is the same."""
    monkeypatch.setattr(happenings, "GROUP_SEGMENTS", 10_000)
    nlp = load_nlp()
    streamed, whole = f"sqlite:///{tmp_path / 'streamed.db'}", f"sqlite:///{tmp_path / 'whole.db'}"
    with spill(seed, nlp=nlp, segment_chars=SEGMENT) as spilled:
        save_extraction(connect(streamed), seed, spilled)
    save_extraction(connect(whole), seed, run(seed, nlp=nlp, segment_chars=SEGMENT))
    for table in (t.documents, t.actors, t.aliases, t.mentions, t.citations, t.relations, t.events,
                  t.event_occurrences, t.occurrence_actors, t.occurrence_citations, t.event_actors):
        assert _rows(streamed, table) == _rows(whole, table), table.name


def test_the_default_window_stores_every_telling(seed, tmp_path):
    """Tellings further apart than the window may become separate events, but none is lost."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    with spill(seed, nlp=load_nlp(), segment_chars=SEGMENT) as spilled:
        result = save_extraction(connect(url), seed, spilled)
        assert result.counts["occurrences"] == spilled.counts["events"] > 0
    assert len(_rows(url, t.event_occurrences)) == result.counts["occurrences"]


class FullDisk:
    """A temporary file on a disk that has just filled up."""

    def __init__(self, real):
        self.real = real

    def seek(self, *a):
        return self.real.seek(*a)

    def tell(self):
        return self.real.tell()

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self):
        self.real.close()


def test_a_full_temporary_disk_is_one_clear_error_naming_the_document(seed):
    from foothold.extract.spilled import SpilledExtraction
    from foothold.model import Extraction, Relation
    ex = Extraction(document=seed.name, document_id=seed.id,
                    relations=[Relation("a", "leads", "b", "x", 0, 1, "test.v1")])
    with SpilledExtraction(seed) as spilled:
        spilled._file = FullDisk(spilled._file)
        with pytest.raises(SpillError) as caught:
            spilled.add(ex, 0)
    line = caught.value.line()
    assert line.startswith(f"{seed.path}: [E160]") and "No space left" in line and "TMPDIR" in line
