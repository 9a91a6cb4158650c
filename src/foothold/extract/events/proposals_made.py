"""A proposal of joint action is AGREE (issue 8, evskip3; data/proposals.yaml).

"proposed that the two countries settle their trade in dinars", "proposed that the joint border committee meet within
days", "proposed to set up a state commission", "proposed setting up a joint committee", "proposed a joint committee to
review the list": plover.yaml's `propose` lists the objects of a proposal to meet or to stop fighting (a truce, talks,
a summit); an act proposed in a clause, or a joint body proposed, read as the verb's other sense and the proposal was
dropped. An act proposed counts when it is joint: both sides act in it, or a body is set up or meets in it.
PLOVER AGREE covers "offer, promise, propose" a course of cooperation (CAMEO 03x). Acts of force proposed
("proposed to strike the camps") and one's own step away ("proposed to resign") stay out, as does a thing proposed
that is no joint course ("proposed the decree to the president"). Read in `material.object_sense`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

PROPOSALS_PATH = Path(__file__).resolve().parents[2] / "data" / "proposals.yaml"


@dataclass(frozen=True)
class ProposalWords:
    joint_bodies: frozenset[str]
    joint_words: frozenset[str]
    not_proposed_acts: frozenset[str]


@lru_cache(maxsize=2)
def proposal_words(path: str | None = None) -> ProposalWords:
    """data/proposals.yaml: the lists, validated when loaded."""
    return read_word_sets(path or PROPOSALS_PATH, ProposalWords, "proposals")


def _body_named(tok, words: frozenset[str]) -> bool:
    """The noun is a joint body ("committee"), one word or with its compound ("task force", "working group")."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return tok.lemma_.lower() in words or tok.lower_ in words or f"{before} {tok.lower_}" in words


JOINT_MODIFIERS = frozenset({"joint", "bilateral", "mutual", "common", "shared", "trilateral"})


def joint_modified(tok) -> bool:
    """evskip5: the noun is set as a joint thing by its modifier ("a joint technical team", "joint checks on the
    river", "bilateral patrols"): what both sides would do or hold together."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in JOINT_MODIFIERS for c in tok.children)


def _forceful(lex, act) -> bool:
    """The act proposed is one of force or hostility (a conflict trigger of plover.yaml)."""
    trig = lex.verbs.get(act.lemma_.lower())
    return trig is not None and lex.quads.get(trig.type, "").endswith("conflict")


def proposal_made(lex, verb, objects: list) -> bool:
    """The verb "propose" told as a proposal of joint action: an act proposed in a that-clause, an infinitive or a
    gerund ("proposed that X meet", "proposed to set up", "proposed setting up"), or a joint body proposed
    ("proposed a joint committee"), neither a forceful act nor one's own step away."""
    if verb.lemma_.lower() != "propose":
        return False
    words = proposal_words()
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.i > verb.i]
    if any(_forceful(lex, a) or a.lemma_.lower() in words.not_proposed_acts for a in acts):
        return False
    nouns = [o for o in objects if o.pos_ in ("NOUN", "PROPN") and o.head.i == verb.i]
    if any(d.dep_ == "det" and d.lower_ == "no" for o in nouns for d in o.children):
        return False
    if any(_body_named(o, words.joint_bodies) or joint_modified(o) for o in nouns):
        return True          # "proposed a joint committee to review the list", "proposed a joint technical team"
    # an act proposed is joint: both sides act ("that the two countries settle"), or a body is set up or meets
    return any(t.lower_ in words.joint_words or t.pos_ == "NOUN" and _body_named(t, words.joint_bodies)
               for a in acts for t in a.subtree)
