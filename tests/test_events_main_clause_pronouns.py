"""A "he" opening a main clause conjoined to the root continues the main line ("He said he had called X to
congratulate him, and he urged his supporters to ..."), not the X the mention step attached it to as the nearest
name before it (issue 8, evargs12; events/main_line_subjects.py `main_clause`). Sentences of our own."""

import re

from foothold.extract.citations import CitationExtractor
from foothold.extract.dates import DateExtractor
from foothold.extract.events import EventExtractor
from foothold.extract.events.main_line_subjects import main_clause
from foothold.extract.nlp import load_nlp
from foothold.extract.pipeline import Context
from foothold.ingest import read_document
from foothold.model import Actor, Mention

TEXT = ("ACCRA, May 5 (Gold Coast Wire) - Mahama conceded defeat on Friday. He said he had called Mensah to "
        "congratulate him, and he urged his supporters to accept the result peacefully.\n")


def _events(tmp_path, text, spans):
    """Events over ``text`` with mentions at the given (surface, occurrence, actor id) spans, as the mention step
    resolved them (a pronoun attached to the nearest name before it)."""
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    ctx = Context(document=document, doc=load_nlp()(document.clean))
    CitationExtractor()(ctx)
    DateExtractor()(ctx)
    actors: dict[str, Actor] = {}
    for surface, nth, aid in spans:
        start = [m.start() for m in re.finditer(rf"\b{surface}\b", document.text)][nth]
        actor = actors.setdefault(aid, Actor(id=aid, name=aid.title(), type="person"))
        actor.mentions.append(Mention(start, start + len(surface), surface, "person", actor=aid))
    ctx.actors = list(actors.values())
    ctx.relations = []
    EventExtractor()(ctx)
    return [(e.type, e.source, e.target) for e in ctx.events]


def test_a_he_in_a_main_clause_conjunct_continues_the_main_line(tmp_path):
    got = _events(tmp_path, TEXT, [("Mahama", 0, "mahama"), ("He", 0, "mahama"), ("he", 0, "mahama"),
                                   ("Mensah", 0, "mensah"), ("he", 1, "mensah")])
    assert ("REQUEST", ["mahama"], []) in got, got
    assert not any(t == "REQUEST" and s == ["mensah"] for t, s, _ in got), got


def test_a_verb_conjoined_to_the_root_heads_a_main_clause():
    doc = load_nlp()("He said he had called Mensah, and he urged his supporters to stay calm.")
    urged = next(t for t in doc if t.lower_ == "urged")
    called = next(t for t in doc if t.lower_ == "called")
    assert main_clause(urged) and not main_clause(called)
