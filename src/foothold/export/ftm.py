"""FollowTheMoney entities as JSON lines (needs the optional extra ``foothold[ftm]``).

- document -> Document (title, fileName, contentHash, date)
- person -> Person; organisation / media -> Organization (media: sector "media"; armed groups:
  topic "mil"); country -> PublicBody (the state; jurisdiction + country, topic "gov.national");
  place -> Address (country, coordinates when known)
- each actor x document -> Documentation (entity, document) and, for legal entities, a Mention
  (the names the document uses, resolved to the entity)
- leads -> Directorship (Representation when the title is a spokesman, envoy or ambassador);
  member_of / part_of -> Membership (Representation for envoys); allied_with / opposes, or any
  relation whose ends the specific schema does not admit -> UnknownLink (role = predicate)
- event -> Event (involved, organizer = sources, date, location, addressEntity, proof, sourceUrl)
Entities are built through the library's model, so every line loads with ``model.get_proxy``.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import IO, Iterator

from sqlalchemy.engine import Connection

from ..errors import FootholdError
from ..ingest.document import is_url
from ..store import schema as t
from . import select as q
from .geo import geocode
from .kinds import actor_kind

_ENVOY = re.compile(r"spokes|envoy|ambassador|representative|emissary|attach", re.I)


class MissingExtraError(FootholdError):
    code = "E503"


def _model():
    try:
        from followthemoney import model
    except ImportError as exc:
        raise MissingExtraError("the FollowTheMoney export needs the 'followthemoney' package",
                                fix="pip install 'foothold[ftm]'") from exc
    return model


def entity_id(kind: str, key: str) -> str:
    """Stable, short FtM id: readable prefix + hash of foothold's own key."""
    return f"fh-{kind}-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def actor_schema(actor: dict) -> str:
    return {"person": "Person", "country": "PublicBody", "place": "Address"}.get(actor["type"], "Organization")


def _make(model, schema: str, eid: str, **props) -> dict:
    entity = model.make_entity(schema)
    entity.id = eid
    for prop, values in props.items():
        for value in values if isinstance(values, (list, tuple)) else [values]:
            if value not in (None, ""):
                entity.add(prop, value, quiet=True)
    return entity.to_dict()


def actor_entities(model, actor: dict) -> Iterator[dict]:
    schema = actor_schema(actor)
    eid = entity_id("actor", actor["id"])
    aliases = [a for a in actor["aliases"] if a != actor["name"]]
    props: dict = {"name": actor["name"], "alias": aliases}
    if schema == "Address":
        geo = geocode(actor["name"], actor["type"], aliases)
        props = {"full": actor["name"], "name": actor["name"], "country": geo.country,
                 "latitude": geo.latitude, "longitude": geo.longitude}
    elif schema == "PublicBody":
        geo = geocode(actor["name"], "country", aliases)
        props |= {"jurisdiction": geo.country, "country": geo.country, "topics": "gov.national"}
    elif actor["type"] == "media":
        props["sector"] = "media"
    elif schema == "Organization" and actor_kind(actor) == "armed":
        props["topics"] = "mil"
    yield _make(model, schema, eid, **props)
    for doc_id in actor["documents"]:
        doc_eid = entity_id("document", doc_id)
        yield _make(model, "Documentation", entity_id("documentation", f"{actor['id']}:{doc_id}"),
                    entity=eid, document=doc_eid, role="mentioned in")
        if schema != "Address":
            yield _make(model, "Mention", entity_id("mention", f"{actor['id']}:{doc_id}"),
                        resolved=eid, document=doc_eid, name=[actor["name"], *aliases], detectedSchema=schema)


def _admits(model, schema: str, prop: str, target_schema: str) -> bool:
    rng = model.get(schema).properties[prop].range
    return rng is None or model.get(target_schema).is_a(rng)


def relation_entity(model, r: dict, doc: dict, schemas: dict[str, str]) -> dict:
    subject, obj = r["subject_id"], r["object_id"]
    title = r.get("title") or ""
    if r["predicate"] == "leads" and not _ENVOY.search(title):
        schema, ends = "Directorship", ("director", "organization")
    elif r["predicate"] in ("leads", "member_of") and _ENVOY.search(title):
        schema, ends = "Representation", ("agent", "client")
    elif r["predicate"] in ("member_of", "part_of"):
        schema, ends = "Membership", ("member", "organization")
    else:
        schema, ends = "UnknownLink", ("subject", "object")
    s_schema, o_schema = schemas.get(subject, "Thing"), schemas.get(obj, "Thing")
    if not (_admits(model, schema, ends[0], s_schema) and _admits(model, schema, ends[1], o_schema)):
        schema, ends = "UnknownLink", ("subject", "object")
    key = f"{doc['id']}:{r['start']}:{r['end']}:{subject}:{r['predicate']}:{obj}"
    return _make(model, schema, entity_id("relation", key), **{
        ends[0]: entity_id("actor", subject), ends[1]: entity_id("actor", obj),
        "role": title or r["predicate"], "description": r["evidence"], "startDate": doc["date"],
        "summary": f"{r['predicate']} ({r['extractor']}, {doc['name']} {r['start']}-{r['end']})",
        "proof": entity_id("document", doc["id"]), "recordId": key})


def event_entity(model, e: dict, doc: dict, names: dict[str, str], schemas: dict[str, str]) -> dict:
    legal = [a for a in [*e["source"], *e["target"]] if schemas.get(a) not in (None, "Address")]
    location = e["location_id"]
    props = {
        "name": f"{e['type']} ({e['mode'] or 'unspecified'}): " + " ".join((e["evidence"] or "").split())[:160],
        "summary": e["evidence"], "description": f"PLOVER {e['type']} / {e['mode'] or ''}; {e['extractor']}, "
                                                 f"{doc['name']} {e['start']}-{e['end']}",
        "date": e["date"] or doc["date"], "involved": [entity_id("actor", a) for a in legal],
        "organizer": [entity_id("actor", a) for a in e["source"] if a in legal],
        "proof": entity_id("document", doc["id"]), "recordId": e["id"],
        "keywords": [e["type"], e["mode"], e["quad"], e["sphere"]],
        "publisher": [c["outlet"] for c in e["citations"]],
    }
    if location and location in names:
        props["location"] = names[location]
        if schemas.get(location) == "Address":
            props["addressEntity"] = entity_id("actor", location)
        geo = geocode(names[location], "place")
        props["country"] = geo.country
    if is_url(doc.get("path")):
        props["sourceUrl"] = doc["path"]
    return _make(model, "Event", entity_id("event", e["id"]), **props)


def entities(conn: Connection, sel: q.Selection) -> Iterator[dict]:
    """Documents, actors, then relations and events a chunk of documents at a time (the names and
    schemas of a chunk's actors are looked up per chunk: memory holds a chunk, not every actor)."""
    model = _model()
    for doc in q.documents(conn, sel):
        yield _make(model, "Document", entity_id("document", doc["id"]), title=doc["title"] or doc["name"], fileName=doc["name"],
                    contentHash=doc["id"], date=doc["date"], sourceUrl=doc["path"] if is_url(doc["path"]) else None)
    for actor in q.actors(conn, sel, contexts=True):
        yield from actor_entities(model, actor)
    for chunk in q.chunks(conn, sel):
        relations, events = chunk.group(q.relations(conn, chunk.sel)), chunk.group(q.events(conn, chunk.sel))
        ids = q.event_actor_ids(events) | {e["location_id"] for rows in events.values() for e in rows}
        ids |= {a for rows in relations.values() for r in rows for a in (r["subject_id"], r["object_id"])}
        names, schemas = {}, {}
        for row in q.actor_rows(conn, ids, t.actors.c.name, t.actors.c.type):
            names[row.id], schemas[row.id] = row.name, actor_schema({"type": row.type})
        for doc in chunk.documents:
            for r in relations.get(doc["id"], ()):
                yield relation_entity(model, r, doc, schemas)
            for e in events.get(doc["id"], ()):
                yield event_entity(model, e, doc, names, schemas)


def write(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    n = 0
    for entity in entities(conn, sel):
        out.write(json.dumps(entity, ensure_ascii=False) + "\n")
        n += 1
    return n
