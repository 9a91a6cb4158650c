"""Joint bodies set up between parties (issue 8, evcand12; data/joint_bodies.yaml): "Saudi Arabia reopened its embassy
..., and the two states set up a coordination council in October 2017", "the three countries would set up an executive
secretariat to follow up projects", "it will form a bilateral committee with the Coalition to arrange its conclusion".
PLOVER SUPPORT: "initiate, resume, improve, or expand diplomatic, non-material cooperation". Read only when told as
done (past, or a perfect) outside a relative clause: "together they form the Joint Military Commission" describes,
"proposed setting up a joint committee" is the proposal's (AGREE), "the committee, which was established for ..."
background; a body promised ("will form a bilateral committee with X") stays with the statement that promises it.
Read on a founding verb ("set" with "up", form, establish, create ...) whose direct object
is a body noun that is shared: a joint word on it ("joint", "bilateral", "coordination"), a "with" phrase naming the
other party, or a subject naming the parties together ("the two states", "both sides", conjoined names). A body of
one's own ("the ministry formed a committee to review the law") and an inquiry ("set up a commission of inquiry",
events/inquiries.py, read before) are none."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .cameo import reported
from .lexicon import Trigger

JOINT_BODIES_PATH = Path(__file__).resolve().parents[2] / "data" / "joint_bodies.yaml"
JOINT_BODY = Trigger(type="SUPPORT", mode="statement", sphere="political")


@dataclass(frozen=True)
class JointBodyWords:
    founding_verbs: frozenset[str]
    body_nouns: frozenset[str]
    joint_modifiers: frozenset[str]
    pair_words: frozenset[str]


@lru_cache(maxsize=2)
def joint_body_words(path: str | None = None) -> JointBodyWords:
    """data/joint_bodies.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or JOINT_BODIES_PATH, JointBodyWords, "joint bodies")


def _body(obj, words: JointBodyWords) -> bool:
    lemma = obj.lemma_.lower()
    before = obj.doc[obj.i - 1].lower_ if obj.i > 0 else ""
    return lemma in words.body_nouns or f"{before} {lemma}" in words.body_nouns


def _shared(verb, obj, words: JointBodyWords) -> bool:
    if any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in words.joint_modifiers for m in obj.children):
        return True
    withs = [p for t in (verb, obj) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"]
    if any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in o.children))
           for p in withs for o in p.children):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.conjuncts and subj.pos_ == "PROPN":
        return True         # "Chile and Peru set up a commission"
    return subj.lemma_.lower() in words.pair_words or any(
        c.dep_ in ("nummod", "det", "amod", "predet") and c.lower_ in words.pair_words for c in subj.children)


def joint_body(verb) -> Trigger | None:
    """SUPPORT for a shared body set up, else None."""
    words = joint_body_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.founding_verbs:
        return None
    if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children) or not reported(verb) or verb.dep_ in ("relcl", "acl"):
        return None     # "together they form the Joint Commission", "proposed setting up", "which was established"
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return JOINT_BODY if any(_body(o, words) and _shared(verb, o, words) for o in objs) else None
