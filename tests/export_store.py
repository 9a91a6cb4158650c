"""A small store built in code for the export/import tests (not a test module).

Two documents about one arena: persons, organisations (a militia among them),
a news agency, countries and places, every relation predicate, dated and
undated events, an event with no target, citations. Offsets come from the text.
"""

from __future__ import annotations

import re

from foothold.ingest.document import Document, content_id
from foothold.ingest.offsets import OffsetMap
from foothold.model import Actor, Citation, DateValue, Event, Extraction, Mention, Relation
from foothold.store import connect, save_extraction

TEXT1 = ("Esmail Qa'ani, the commander of the Qods Force, visited Baghdad in June 2020 and met Prime Minister "
         "Mustafa al-Kazimi (IRNA, June 17, 2020). The Qods Force is part of the IRGC. Kataeb Hezbollah "
         "fired rockets at Camp Taji in March 2020. Kataeb Hezbollah opposes the United States. "
         "Iran is allied with Kataeb Hezbollah. Kazimi, a member of the Iraqi government, rejected "
         "the attack. Iran mobilized its forces.")
TEXT2 = ("In July 2020, Qaani returned to Baghdad and met Kazimi again (Tasnim, July 3, 2020). "
         "Iraqi protesters demonstrated in Basra against Iranian influence. Ashab al-Kahf, an Iran-backed "
         "militia, praised them.")


def _doc(name: str, text: str, date: DateValue) -> Document:
    return Document(id=content_id(text), name=name, path=f"/in-memory/{name}", format="txt", text=text,
                    clean=text, offsets=OffsetMap.identity(len(text)), date=date)


def _span(text: str, evidence: str) -> tuple[int, int]:
    start = text.index(evidence)
    return start, start + len(evidence)


def _extraction(doc: Document, actors: dict[str, tuple[str, list[str]]]) -> Extraction:
    ex = Extraction(document=doc.name, document_id=doc.id, date=doc.date,
                    extractors={"test.actors.v1": "by hand", "test.events.v1": "by hand"})
    for local_id, (actor_type, forms) in actors.items():
        actor = Actor(local_id, forms[0], actor_type, aliases=forms[1:], extractor="test.actors.v1")
        taken: set[tuple[int, int]] = set()
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(re.escape(form), doc.text):
                if not any(s <= m.start() < e for s, e in taken):
                    taken.add((m.start(), m.end()))
                    actor.mentions.append(Mention(m.start(), m.end(), form, actor_type, local_id, "test.actors.v1"))
        ex.actors.append(actor)
    return ex


def _relation(text, subject, predicate, obj, evidence, title=None) -> Relation:
    s, e = _span(text, evidence)
    return Relation(subject, predicate, obj, evidence, s, e, "test.relations.v1", title=title)


def _event(text, etype, source, target, evidence, *, mode=None, date=None, location=None, quad=None,
           citations=()) -> Event:
    s, e = _span(text, evidence)
    return Event(etype, source, target, evidence, s, e, "test.events.v1", mode=mode,
                 date=DateValue(date, "month") if date else None, location=location, quad=quad,
                 sphere="military" if etype in ("ASSAULT", "MOBILIZE") else "political", citations=list(citations))


def documents() -> list[tuple[Document, Extraction]]:
    d1 = _doc("one.txt", TEXT1, DateValue("2020-06-20", "day"))
    x1 = _extraction(d1, {
        "qaani": ("person", ["Esmail Qa'ani"]), "qods": ("organization", ["Qods Force"]),
        "irgc": ("organization", ["IRGC"]), "kazimi": ("person", ["Mustafa al-Kazimi", "Kazimi"]),
        "kh": ("organization", ["Kataeb Hezbollah"]), "irna": ("media", ["IRNA"]),
        "baghdad": ("place", ["Baghdad"]), "taji": ("place", ["Camp Taji"]),
        "us": ("country", ["United States"]), "iran": ("country", ["Iran"]), "iraq": ("country", ["Iraq", "Iraqi"]),
    })
    t = TEXT1
    x1.citations.append(Citation("IRNA", DateValue("2020-06-17", "day"), "(IRNA, June 17, 2020)",
                                 *_span(t, "(IRNA, June 17, 2020)"), "test.citations.v1", outlet_actor="irna"))
    x1.relations += [
        _relation(t, "qaani", "leads", "qods", "Esmail Qa'ani, the commander of the Qods Force", title="commander"),
        _relation(t, "qods", "part_of", "irgc", "The Qods Force is part of the IRGC"),
        _relation(t, "kh", "opposes", "us", "Kataeb Hezbollah opposes the United States"),
        _relation(t, "iran", "allied_with", "kh", "Iran is allied with Kataeb Hezbollah"),
        _relation(t, "kazimi", "member_of", "iraq", "Kazimi, a member of the Iraqi government"),
    ]
    x1.events += [
        _event(t, "CONSULT", ["qaani"], ["kazimi"], "visited Baghdad in June 2020 and met Prime Minister "
               "Mustafa al-Kazimi", mode="visit", date="2020-06", location="baghdad", quad="verbal_cooperation",
               citations=[0]),
        _event(t, "ASSAULT", ["kh"], ["taji"], "Kataeb Hezbollah fired rockets at Camp Taji in March 2020",
               mode="rocket attack", date="2020-03", location="taji", quad="material_conflict"),
        _event(t, "REJECT", ["kazimi"], [], "rejected the attack", mode="statement", quad="verbal_conflict"),
        _event(t, "MOBILIZE", ["iran"], [], "Iran mobilized its forces", mode="mobilization",
               quad="material_conflict"),
    ]
    d2 = _doc("two.txt", TEXT2, DateValue("2020-07-05", "day"))
    x2 = _extraction(d2, {
        "qaani": ("person", ["Qaani"]), "kazimi": ("person", ["Kazimi"]), "baghdad": ("place", ["Baghdad"]),
        "tasnim": ("media", ["Tasnim"]), "basra": ("place", ["Basra"]), "iraq": ("country", ["Iraq", "Iraqi"]),
        "iran": ("country", ["Iran", "Iranian"]), "kahf": ("organization", ["Ashab al-Kahf"]),
    })
    t = TEXT2
    x2.citations.append(Citation("Tasnim", DateValue("2020-07-03", "day"), "(Tasnim, July 3, 2020)",
                                 *_span(t, "(Tasnim, July 3, 2020)"), "test.citations.v1", outlet_actor="tasnim"))
    x2.events += [
        _event(t, "CONSULT", ["qaani"], ["kazimi"], "Qaani returned to Baghdad and met Kazimi again", mode="meeting",
               date="2020-07", location="baghdad", quad="verbal_cooperation", citations=[0]),
        _event(t, "PROTEST", ["iraq"], ["iran", "iraq"], "Iraqi protesters demonstrated in Basra against Iranian influence",
               mode="demonstration", location="basra", quad="verbal_conflict"),
    ]
    return [(d1, x1), (d2, x2)]


def build(url: str):
    """The store at ``url`` (an empty one), filled with the two documents."""
    engine = connect(url)
    for doc, ex in documents():
        save_extraction(engine, doc, ex)
    return engine


def build_on(backend: str, folder=None):
    """The store on ``backend`` ('sqlite': in memory; 'postgresql': a fresh database, tests/stores.py)."""
    import stores
    return build("sqlite://" if backend == "sqlite" else stores.new_url(backend, folder))
