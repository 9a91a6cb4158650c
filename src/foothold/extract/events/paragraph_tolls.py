"""The toll of an attack its paragraph has already told (issue 8, spurious5): "At about 15:30 thousands of pagers
exploded across Lebanon. At least 12 people were killed and 2,800 wounded.", "The monitor documented two rounds of
fighting in the camp. At least 30 people were killed.", "The minister condemned the attack on the palace. Eleven people
were killed." A paragraph tells one happening (news-dev README: events are mention-level, one entry per paragraph
reporting a happening), so a doer-less passive toll of unnamed victims after the paragraph told the attack, as an
event or by a word of `data/paragraph_tolls.yaml`, is that attack's toll, not a new act. `monitor.told_attack_of_toll`
joins a toll to an ASSAULT event told just before; this reads the tolls it leaves: the attack told by a word that made
no event (no doer), by a reaction ("condemned the attack"), or not as the paragraph's last event.
A toll opening its paragraph, marked as another happening ("another", "also", `toll_next_paragraph.OTHER_HAPPENING`),
dated on its own ("on Tuesday two soldiers were killed") or naming its victims ("Colonel X was killed") is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...model import Event
from ...yamlfile import read_word_sets
from .arguments import is_passive
from .keep import CASUALTY_VERBS
from .toll_next_paragraph import OTHER_HAPPENING

TOLLS_PATH = Path(__file__).resolve().parents[2] / "data" / "paragraph_tolls.yaml"
NAMED_VICTIMS = {"PERSON", "ORG"}


@dataclass(frozen=True)
class TollWords:
    attack_words: frozenset[str]


@lru_cache(maxsize=2)
def toll_words(path: str | None = None) -> TollWords:
    """data/paragraph_tolls.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or TOLLS_PATH, TollWords, "paragraph tolls")


def toll_of_paragraph_attack(tok, ev: Event, info: dict, events: list[Event], meta: list[dict]) -> bool:
    """The doer-less passive casualty candidate ``ev`` (trigger ``tok``) tells the toll of an attack told earlier in
    its paragraph."""
    if ev.type != "ASSAULT" or ev.source or info["kind"] != "verb":
        return False
    if tok.lemma_.lower() not in CASUALTY_VERBS or not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return False
    if not _unnamed_victims(tok) or _marked_apart(tok):
        return False
    earlier = _earlier_in_paragraph(tok.sent)
    if earlier is None:
        return False
    told = any(e.type == "ASSAULT" and m["para"] == info["para"] and m["sent"] < tok.sent.start
               for e, m in zip(events, meta))
    words = toll_words().attack_words
    return told or any(t.lemma_.lower() in words or t.lower_ in words for t in earlier)


def _unnamed_victims(verb) -> bool:
    """The victims are counted, not named: "At least 12 people", "One Afghan fighter" (a demonym names no one)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and not any(t.ent_type_ in NAMED_VICTIMS for s in subjects for t in s.subtree)


def _marked_apart(verb) -> bool:
    """Another happening ("another three were killed", "two were also wounded") or one dated on its own."""
    return any(t.lower_ in OTHER_HAPPENING for t in verb.sent) or any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _earlier_in_paragraph(sent):
    """The tokens of the paragraph before ``sent`` (None when ``sent`` opens it)."""
    doc = sent.doc
    start = sent.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    return doc[start:sent.start] if start < sent.start else None
