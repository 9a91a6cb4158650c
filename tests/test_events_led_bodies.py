"""A leader's possessive before a noun his organisation's name holds stands for the organisation (issue 8, anaphora;
events/led_bodies.py, hooked at the top of arguments.head_actors). Sentences of our own, about arenas outside the
development texts (Uganda, Liberia)."""

import re

from event_fixtures import WIRE_HEADER
from foothold.extract.citations import CitationExtractor
from foothold.extract.dates import DateExtractor
from foothold.extract.events import EventExtractor
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import Context
from foothold.ingest import read_document
from foothold.model import Actor, Mention, Relation

ACTORS = {
    "Joseph Kony": ("joseph_kony", "person"), "Lord's Resistance Army": ("lra", "organization"),
    "Barlonyo": ("barlonyo", "place"), "Charles Taylor": ("charles_taylor", "person"),
    "National Patriotic Front": ("npfl", "organization"), "Buchanan": ("buchanan", "place"),
}
TEXT = ("Joseph Kony is the leader of the Lord's Resistance Army. His army attacked the village of Barlonyo in "
        "February 2004.\n")


def events_with_ties(tmp_path, text: str, ties: list[tuple[str, str, str]]) -> list[tuple]:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE_HEADER + text, encoding="utf-8")
    document = read_document(path)
    ctx = Context(document=document, doc=load_nlp()(document.clean))
    CitationExtractor()(ctx)
    DateExtractor()(ctx)
    found: dict[str, Actor] = {}
    for name, (aid, atype) in ACTORS.items():
        for m in re.finditer(re.escape(name), document.text):
            actor = found.setdefault(aid, Actor(id=aid, name=name, type=atype))
            actor.mentions.append(Mention(m.start(), m.end(), name, atype, actor=aid))
    ctx.actors = list(found.values())
    ctx.relations = [Relation(s, p, o, "", 0, 0, "test") for s, p, o in ties]
    EventExtractor()(ctx)
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_his_army_is_the_army_he_leads(tmp_path):
    got = events_with_ties(tmp_path, TEXT, [("joseph_kony", "leads", "lra")])
    assert any(t == "ASSAULT" and s == ["lra"] for t, s, _ in got), got


def test_his_front_is_the_front_he_leads(tmp_path):
    got = events_with_ties(tmp_path, "Charles Taylor is the leader of the National Patriotic Front. His front seized "
                                     "the port of Buchanan in July 1990.\n", [("charles_taylor", "leads", "npfl")])
    assert any(t == "COERCE" and s == ["npfl"] for t, s, _ in got), got


def test_without_a_tie_or_with_another_noun_the_person_stays(tmp_path):
    got = events_with_ties(tmp_path, TEXT, [])
    assert any(t == "ASSAULT" and s == ["joseph_kony"] for t, s, _ in got), got
    got = events_with_ties(tmp_path, TEXT.replace("His army", "His bodyguards"), [("joseph_kony", "leads", "lra")])
    assert not any(t == "ASSAULT" and s == ["lra"] for t, s, _ in got), got
