"""What a party is called: a name of scorn or of praise types the statement (issue 8, evstate3).

"Bolivia called the new tariff an insult", "the opposition called the recount a sham", "the minister called the
river accord a historic step": a characterizing verb (`triggers.CHARACTERIZING`) with an object
and what the object is called after it. The plover.yaml cues type it when they occur; a judgement no cue names is
read here with data/called_names.yaml: a word of scorn (`scorn_words`) is disapproval (PLOVER ACCUSE), a word of
praise (`praise_words`) approval (SUPPORT); scorn for a claim or an offer (`dismissed_objects`: "called the
allegations absurd") denies or refuses it (REJECT). Only the words after the object count, so "called the sham election
off" (a phrasal "call off") and "called on X" (a request) are no judgements: the verb must have a direct object and
no particle, and the judged words must come after that object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .fused_judgements import fused_split

CALLED_NAMES_PATH = Path(__file__).resolve().parents[2] / "data" / "called_names.yaml"
_WORD = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True)
class CalledNameWords:
    scorn_words: frozenset[str]
    praise_words: frozenset[str]
    dismissed_objects: frozenset[str]


@lru_cache(maxsize=2)
def called_name_words(path: str | None = None) -> CalledNameWords:
    """data/called_names.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or CALLED_NAMES_PATH, CalledNameWords, "called_names")


def _judged_words(verb) -> list[str]:
    """The lower-cased words after the verb's direct object, up to the end of the verb's phrase before a
    conjoined clause ("called X a ploy and urged ..." stops at "and")."""
    if any(c.dep_ == "prt" for c in verb.children):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    start = obj.i + 1 if obj is not None else None
    fused = next(((c, at) for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i
                  and (at := fused_split(c)) is not None), None)
    if fused is not None:        # evskip3: "called the rioters criminals": the judgement is fused into the object
        obj, start = fused
    elif obj is None:
        # the parser's fold of the object into the judgement: "called [the ruling unthinkable]" reads "unthinkable"
        # as the predicate with "the ruling" its modifiers; the judgement is the predicate's head and after
        folded = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > verb.i
                       and c.pos_ in ("ADJ", "NOUN") and any(d.dep_ == "det" and d.i < c.i for d in c.subtree)), None)
        if folded is None:
            return []
        obj, start = folded, folded.i
    kids = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("cc", "conj", "punct")]
    end = max(c.right_edge.i for c in kids)
    doc = verb.doc
    words = []
    for t in doc[start:end + 1]:
        if t.dep_ in ("relcl", "acl") and t.head.i <= obj.i:
            break
        words.append(t.lemma_.lower())
        words.append(t.lower_)
    return words


def _object_lemma(verb) -> str | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:          # the folded object: "called [the allegations absurd]" -- its last noun before the head
        folded = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > verb.i), None)
        nouns = [t for t in folded.subtree if t.i < folded.i and t.pos_ in ("NOUN", "VERB")] if folded is not None else []
        obj = nouns[-1] if nouns else None
    return obj.lemma_.lower() if obj is not None else None


def called_name_type(verb, words: CalledNameWords | None = None) -> str | None:
    """ACCUSE or SUPPORT for what ``verb`` (a characterizing verb) calls its object, else None."""
    words = words or called_name_words()
    judged = _judged_words(verb)
    if any(w in words.scorn_words for w in judged):
        # scorn for a claim or an offer ("called the allegations absurd", "called the truce offer a trick") denies
        # or refuses it (PLOVER REJECT), not someone's conduct
        return "REJECT" if _object_lemma(verb) in words.dismissed_objects else "ACCUSE"
    if any(w in words.praise_words for w in judged):
        return "SUPPORT"
    return None
