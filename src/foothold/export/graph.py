"""GraphML and GEXF (networkx): actors as nodes, relations and event ties as edges.

Attributes are scalars only and never None (Gephi rejects both otherwise):
missing values are "" or 0. One edge per relation or event tie (a
MultiDiGraph), each with its evidence, offsets and extractor. The graph is
built in memory -- its size is the exported actors and facts -- and written
line by line.
"""

from __future__ import annotations

from typing import IO, Iterator

import networkx as nx
from sqlalchemy.engine import Connection

from . import select as q
from .kinds import stix_type


def _clean(attrs: dict) -> dict:
    out = {}
    for key, value in attrs.items():
        if value is None:
            value = ""
        elif isinstance(value, (list, tuple)):
            value = "; ".join(str(v) for v in value)
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        out[key] = value
    return out


def build(conn: Connection, sel: q.Selection) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for a in q.actors(conn, sel, contexts=True):
        g.add_node(a["id"], **_clean({"label": a["name"], "type": a["type"], "kind": stix_type(a),
                                      "aliases": a["aliases"], "mentions": a["mentions"],
                                      "documents": len(a["documents"]), "first_seen": a["first_seen"],
                                      "last_seen": a["last_seen"]}))
    for doc in q.documents(conn, sel):
        one = sel.narrow(doc["id"])
        for r in q.relations(conn, one):
            g.add_edge(r["subject_id"], r["object_id"], **_clean({
                "label": r["predicate"], "kind": "relation", "predicate": r["predicate"], "plover": "",
                "date": doc["date"], "evidence": r["evidence"], "document": doc["name"], "document_id": doc["id"],
                "start": r["start"], "end": r["end"], "extractor": r["extractor"], "weight": 1.0,
                "channel": r.get("channel")}))
        for e in q.events(conn, one):
            ends = e["target"] or ([e["location_id"]] if e["location_id"] else [])
            for s in e["source"]:
                for o in ends:
                    if s != o:
                        g.add_edge(s, o, **_clean({
                            "label": e["type"], "kind": "event", "predicate": "", "plover": e["type"],
                            "mode": e["mode"], "quad": e["quad"], "date": e["date"] or doc["date"],
                            "evidence": e["evidence"], "document": doc["name"], "document_id": doc["id"],
                            "start": e["start"], "end": e["end"], "extractor": e["extractor"],
                            "event_id": e["id"], "weight": 1.0, "channel": e.get("channel")}))
    # Every node and edge carries every key (GraphML declares one type per key; Gephi wants no gaps).
    node_keys = {k: v for _, d in g.nodes(data=True) for k, v in d.items()}
    for node, d in g.nodes(data=True):
        for k, v in node_keys.items():
            d.setdefault(k, str(node) if k == "label" else type(v)())
    keys = {k: v for _, _, d in g.edges(data=True) for k, v in d.items()}
    for _, _, d in g.edges(data=True):
        for k, v in keys.items():
            d.setdefault(k, type(v)())
    return g


def _write(lines: Iterator[str], out: IO[str]) -> int:
    n = 0
    for line in lines:
        out.write(line + "\n")
        n += 1
    return n


def write_graphml(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    g = build(conn, sel)
    _write(nx.generate_graphml(g), out)
    return g.number_of_nodes() + g.number_of_edges()


def write_gexf(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    g = build(conn, sel)
    _write(nx.generate_gexf(g), out)
    return g.number_of_nodes() + g.number_of_edges()
