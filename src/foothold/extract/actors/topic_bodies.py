"""A body named by its head noun and the subject it deals with: "the Kenya National Commission on Human Rights", "the
Council on Foreign Relations", "the Forum on China-Africa Cooperation" (issue 8, actors18; read on owndocs5 and
owndocs12). The NER closes such names at the head ("Kenya National Commission") or misses them.

An organisation head word (lexicon.yaml `head_words`, or data/topic_bodies.yaml `gathering_heads`) followed by "on"
and a capitalised name (the words `formal_names._owner_end` reads) is one organisation, begun where a body found
ends at the head or, with none, at the head after "the". Left alone: a subject that is a date ("the Council on
Monday"), an accord, act or operation ("the Council on Resolution 2231"), one an actor found ends ("sanctions by
the Council on Iran": an act on someone, not a name), a list or possessive ("on X and Y", "on X's"), and any name a
found mention crosses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..dates import MONTHS, WEEKDAYS
from ..dictionary import Lexicon
from ...yamlfile import read_word_sets
from .formal_names import _owner_end

TOPIC_BODIES_PATH = Path(__file__).resolve().parents[2] / "data" / "topic_bodies.yaml"
STOPS = frozenset({"and", "&", "'s", "\u2019s"})
CALENDAR = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


@dataclass(frozen=True)
class TopicWords:
    gathering_heads: frozenset[str]
    topic_links: frozenset[str]


@lru_cache(maxsize=2)
def topic_words(path: str | None = None) -> TopicWords:
    """data/topic_bodies.yaml: lists of words, validated when loaded (gathering heads keep their case)."""
    return read_word_sets(path or TOPIC_BODIES_PATH, TopicWords, "topic bodies", keep_case=("gathering_heads",))


def topic_bodies(doc: Doc, found: list[list], lexicon: Lexicon, add) -> None:
    """Add each head-and-subject name whole, dropping the pieces found inside it."""
    words = topic_words()
    for k in range(1, len(doc) - 1):
        if doc[k].lower_ not in words.topic_links or not _is_head(doc[k - 1].text, lexicon, words) \
                or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k].whitespace_:
            continue
        cs = _name_start(doc, k - 1, found)
        subject = doc[k + 1]
        if cs is None or not (subject.is_alpha and subject.text[:1].isupper()) or subject.lower_ in CALENDAR:
            continue
        end = _owner_end(doc, k + 1)
        if end is None or any(t.lower_ in STOPS for t in doc[k + 1:end]) or end < len(doc) and doc[end].lower_ in STOPS:
            continue
        if any(t.text in lexicon.not_actor_heads or t.text in lexicon.not_actor_leads for t in doc[k + 1:end]):
            continue                   # "briefed the Council on Resolution 2231", "on Operation X": a topic, no name
        ce = doc[end - 1].idx + len(doc[end - 1].text)
        if any(f[0] < cs < f[1] or f[0] < ce < f[1] or f[1] == ce for f in found):
            continue
        found[:] = [f for f in found if not (cs <= f[0] and f[1] <= ce)]
        add(cs, ce, "organization", "rule:topic_body")


def _is_head(word: str, lexicon: Lexicon, words: TopicWords) -> bool:
    return lexicon.head_words.get(word) == "organization" or word in words.gathering_heads


def _name_start(doc: Doc, head: int, found: list[list]) -> int | None:
    """Where the name opens: a body found ending at the head ("Kenya National Commission"), else the head right after
    "the" ("the Forum on ...")."""
    end = doc[head].idx + len(doc[head].text)
    body = next((f for f in found if f[1] == end and f[2] == "organization"), None)
    if body is not None:
        return body[0]
    return doc[head].idx if head > 0 and doc[head - 1].lower_ == "the" else None
