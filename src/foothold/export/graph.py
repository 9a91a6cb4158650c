"""GraphML and GEXF: actors as nodes, relations and event ties as edges.

Attributes are scalars only and never None (Gephi rejects both otherwise):
missing values are "" or 0. One edge per relation or event tie (a
MultiDiGraph), each with its evidence, offsets and extractor.

The writers stream: the keys are declared up front (every node and edge carries
every key), then each node is written as its actor row is read, then each edge
as its relation or event row is read -- memory holds one row, not the graph.
``build`` makes the same graph in memory (networkx) for Python callers; the
tests check the streamed files read back equal to it.
"""

from __future__ import annotations

from typing import IO, Iterator
from xml.sax.saxutils import escape, quoteattr

import networkx as nx
from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..store import schema as t
from . import select as q
from .kinds import stix_type

# Every key with its type (GraphML declares one type per key; Gephi wants no gaps).
NODE_KEYS = {"label": str, "type": str, "kind": str, "aliases": str, "mentions": int, "documents": int,
             "first_seen": str, "last_seen": str}
EDGE_KEYS = {"label": str, "kind": str, "predicate": str, "plover": str, "date": str, "evidence": str,
             "document": str, "document_id": str, "start": int, "end": int, "extractor": str, "weight": float,
             "channel": str, "mode": str, "quad": str, "event_id": str}
_XML_TYPES = {str: "string", int: "long", float: "double"}
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))    # not allowed in XML 1.0


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


def _node(a: dict) -> dict:
    return _clean({"label": a["name"], "type": a["type"], "kind": stix_type(a), "aliases": a["aliases"],
                   "mentions": a["mentions"], "documents": len(a["documents"]), "first_seen": a["first_seen"],
                   "last_seen": a["last_seen"]})


def _relation_edge(r: dict, doc: dict) -> dict:
    return _clean({"label": r["predicate"], "kind": "relation", "predicate": r["predicate"], "plover": "",
                   "date": doc["date"], "evidence": r["evidence"], "document": doc["name"], "document_id": doc["id"],
                   "start": r["start"], "end": r["end"], "extractor": r["extractor"], "weight": 1.0,
                   "channel": r.get("channel")})


def _event_edges(e: dict, doc: dict) -> Iterator[tuple[str, str, dict]]:
    ends = e["target"] or ([e["location_id"]] if e["location_id"] else [])
    for s in e["source"]:
        for o in ends:
            if s != o:
                yield s, o, _clean({
                    "label": e["type"], "kind": "event", "predicate": "", "plover": e["type"],
                    "mode": e["mode"], "quad": e["quad"], "date": e["date"] or doc["date"],
                    "evidence": e["evidence"], "document": doc["name"], "document_id": doc["id"],
                    "start": e["start"], "end": e["end"], "extractor": e["extractor"],
                    "event_id": e["id"], "weight": 1.0, "channel": e.get("channel")})


def nodes(conn: Connection, sel: q.Selection) -> Iterator[tuple[str, dict]]:
    for a in q.actors(conn, sel, contexts=True):
        yield a["id"], _node(a)


def edges(conn: Connection, sel: q.Selection) -> Iterator[tuple[str, str, dict]]:
    """(source, target, attributes) for every relation and event tie, read in one pass each.

    The whole store (or a selection not narrowed to documents) is read as two ordered
    streams, each row under the document that holds it; a document filter reads its
    documents one by one (an event retold there is listed under the first such document).
    """
    if sel.document_ids is None:
        doc = _Documents(conn)
        for r in q.relations(conn, sel):
            yield r["subject_id"], r["object_id"], _relation_edge(r, doc[r["document_id"]])
        for e in q.events(conn, sel):
            yield from _event_edges(e, doc[e["document_id"]])
        return
    for chunk in q.chunks(conn, sel):
        relations, events = chunk.group(q.relations(conn, chunk.sel)), chunk.group(q.events(conn, chunk.sel))
        for d in chunk.documents:
            for r in relations.get(d["id"], ()):
                yield r["subject_id"], r["object_id"], _relation_edge(r, d)
            for e in events.get(d["id"], ()):
                yield from _event_edges(e, d)


class _Documents:
    """id -> {id, name, date} of the document rows arrive from (rows come grouped by document: one held)."""

    def __init__(self, conn: Connection):
        self.conn, self.current = conn, None

    def __getitem__(self, document_id: str) -> dict:
        if self.current is None or self.current["id"] != document_id:
            d = t.documents
            row = self.conn.execute(select(d.c.id, d.c.name, d.c.date).where(d.c.id == document_id)).one()
            self.current = dict(row._mapping)
        return self.current


def build(conn: Connection, sel: q.Selection) -> nx.MultiDiGraph:
    """The exported graph in memory (networkx), for Python callers and as the tests' reference."""
    g = nx.MultiDiGraph()
    for node, attrs in nodes(conn, sel):
        g.add_node(node, **attrs)
    for s, o, attrs in edges(conn, sel):
        g.add_edge(s, o, **attrs)
    for node, d in g.nodes(data=True):
        for k, kind in NODE_KEYS.items():
            d.setdefault(k, str(node) if k == "label" else kind())
    for _, _, d in g.edges(data=True):
        for k, kind in EDGE_KEYS.items():
            d.setdefault(k, kind())
    return g


def _text(value) -> str:
    return str(value).translate(_CONTROL)


def _full(attrs: dict, keys: dict) -> dict:
    return {k: attrs.get(k, kind()) for k, kind in keys.items()}


def _write(lines: Iterator[str], out: IO[str]) -> int:
    n = 0
    for line in lines:
        out.write(line + "\n")
        n += 1
    return n


def write_graphml(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    out.write("<?xml version='1.0' encoding='utf-8'?>\n")
    out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation='
              '"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    ids = {}
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys.items():
            ids[scope, name] = f"d{len(ids)}"
            out.write(f'  <key id="{ids[scope, name]}" for="{scope}" attr.name="{name}" '
                      f'attr.type="{_XML_TYPES[kind]}" />\n')
    out.write('  <graph edgedefault="directed">\n')
    n = 0
    for node, attrs in nodes(conn, sel):
        out.write(f"    <node id={quoteattr(_text(node))}>\n")
        for k, v in _full(attrs, NODE_KEYS).items():
            out.write(f'      <data key="{ids["node", k]}">{escape(_text(v))}</data>\n')
        out.write("    </node>\n")
        n += 1
    for i, (s, o, attrs) in enumerate(edges(conn, sel)):
        out.write(f'    <edge source={quoteattr(_text(s))} target={quoteattr(_text(o))} id="{i}">\n')
        for k, v in _full(attrs, EDGE_KEYS).items():
            out.write(f'      <data key="{ids["edge", k]}">{escape(_text(v))}</data>\n')
        out.write("    </edge>\n")
        n += 1
    out.write("  </graph>\n</graphml>\n")
    return n


# GEXF keeps a node's label and an edge's label, weight and start/end (read as its time spell,
# as networkx writes them) on the element; every other key is an attribute value.
_GEXF_NODE_ATTRS = [k for k in NODE_KEYS if k != "label"]
_GEXF_EDGE_ATTRS = [k for k in EDGE_KEYS if k not in ("label", "weight", "start", "end")]


def write_gexf(conn: Connection, sel: q.Selection, out: IO[str]) -> int:
    from datetime import date
    out.write("<?xml version='1.0' encoding='utf-8'?>\n")
    out.write('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n')
    out.write(f'  <meta lastmodifieddate="{date.today().isoformat()}">\n    <creator>foothold</creator>\n  </meta>\n')
    out.write('  <graph defaultedgetype="directed" mode="dynamic" name="" timeformat="long">\n')
    ids = {}
    for scope, names, keys in (("edge", _GEXF_EDGE_ATTRS, EDGE_KEYS), ("node", _GEXF_NODE_ATTRS, NODE_KEYS)):
        out.write(f'    <attributes mode="static" class="{scope}">\n')
        for name in names:
            ids[scope, name] = str(len(ids))
            out.write(f'      <attribute id="{ids[scope, name]}" title="{name}" type="{_XML_TYPES[keys[name]]}" />\n')
        out.write("    </attributes>\n")

    def attvalues(scope: str, names: list[str], attrs: dict) -> None:
        out.write("        <attvalues>\n")
        for k in names:
            out.write(f'          <attvalue for="{ids[scope, k]}" value={quoteattr(_text(attrs[k]))} />\n')
        out.write("        </attvalues>\n")

    n = 0
    out.write("    <nodes>\n")
    for node, attrs in nodes(conn, sel):
        attrs = _full(attrs, NODE_KEYS)
        out.write(f"      <node id={quoteattr(_text(node))} label={quoteattr(_text(attrs['label']))}>\n")
        attvalues("node", _GEXF_NODE_ATTRS, attrs)
        out.write("      </node>\n")
        n += 1
    out.write("    </nodes>\n    <edges>\n")
    for i, (s, o, attrs) in enumerate(edges(conn, sel)):
        attrs = _full(attrs, EDGE_KEYS)
        out.write(f'      <edge source={quoteattr(_text(s))} target={quoteattr(_text(o))} id="{i}" '
                  f'label={quoteattr(_text(attrs["label"]))} weight="{attrs["weight"]}" '
                  f'start="{attrs["start"]}" end="{attrs["end"]}">\n')
        attvalues("edge", _GEXF_EDGE_ATTRS, attrs)
        out.write("      </edge>\n")
        n += 1
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    return n
