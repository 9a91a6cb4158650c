"""Hostilities halted in what is said (issue 8, statements3; vocabulary in data/halted_hostilities.yaml).

"Kataib Hezbollah said it was suspending its military operations against U.S. forces", "the committee announced a
suspension of attacks on U.S. forces": a statement that the speaker's own side stops its hostile acts declares a
ceasefire, PLOVER CONCEDE ("declarations (but not implementations) of ceasefires"). Another party named as the
halting subject ("said the rebels had halted their attacks") is a report; a negated or future-less modal halt
("could not stop the attacks") declares nothing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .index import DocIndex
from .arguments import phrase_actors
from .own_bodies import unnamed_own_body
from .speakers import own_side_subject, speaker_sides
from .triggers import noun_trigger

HALTED_PATH = Path(__file__).resolve().parents[2] / "data" / "halted_hostilities.yaml"
UNDECLARED_AUX = {"could", "can", "ca", "may", "might", "should", "must"}


@dataclass(frozen=True)
class HaltWords:
    halting_verbs: frozenset[str]
    halting_nouns: frozenset[str]
    hostile_nouns: frozenset[str]


@lru_cache(maxsize=2)
def halt_words(path: str | None = None) -> HaltWords:
    """data/halted_hostilities.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or HALTED_PATH, HaltWords, "halted hostilities")


def _hostile(noun, lex) -> bool:
    """A noun of hostile acts: a conflict noun of the lexicon or one of the listed nouns."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    hit = noun_trigger(noun, lex)
    return noun.lemma_.lower() in halt_words().hostile_nouns or hit is not None \
        and lex.quads.get(hit[0].type, "").endswith("conflict")


HALTED_PREPS = ("of", "to", "in", "on")     # evskip4: "a pause in attacks", "a moratorium on strikes"


def _halted_acts(halt_noun, lex) -> bool:
    """ "a suspension of attacks on X", "an end to its strikes", "a pause in attacks": the halting noun's acts are
    hostile. The parser may hang the preposition on the verb right after the noun ("announced a halt | to attacks")."""
    if halt_noun.lemma_.lower() not in halt_words().halting_nouns:
        return False
    preps = [p for p in halt_noun.children if p.dep_ == "prep"]
    if halt_noun.dep_ == "dobj":
        preps += [p for p in halt_noun.head.children if p.dep_ == "prep" and p.i == halt_noun.right_edge.i + 1]
    return any(p.lower_ in HALTED_PREPS and any(c.dep_ == "pobj" and _hostile(c, lex) for c in p.children)
               for p in preps)


def _halting_clause(lex, verb, speech, index: DocIndex) -> bool:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in halt_words().halting_verbs:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in UNDECLARED_AUX for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:         # "said the party's mobilisation had ended": the own acts halted are the subject
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and _hostile(subj, lex) and _own_possessor(lex, subj, speech, index)
    return _hostile(obj, lex) and own_side_subject(lex, verb, speech, index)


def _own_possessor(lex, noun, speech, index: DocIndex) -> bool:
    """The noun's possessor is the speaker's side: "its", "our", a body the speaker speaks for ("the party's") or
    the speaker's own party by name."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return False
    if poss.lower_ in ("its", "our", "their"):
        return True
    sides = speaker_sides(lex, speech, index)
    named = {h.actor for h, _ in phrase_actors(poss, index)}
    return named <= sides if named else unnamed_own_body(poss, sides, index)


def halted_hostilities(lex, speech, content, index: DocIndex) -> bool:
    """``speech`` declares its own side's hostile acts halted: a halting verb with hostile acts as object and the
    speaker's side as subject in its complement clause (or a clause conjoined to it), or a halting noun of hostile
    acts as what was announced."""
    if content is not None and content.dep_ == "ccomp" and any(
            _halting_clause(lex, clause, speech, index) for clause in (content, *content.conjuncts)):
        return True
    return any(c.dep_ == "dobj" and _halted_acts(c, lex) for c in speech.children)


MILITARY_MODIFIERS = frozenset({"military", "combat", "armed", "offensive", "attack", "attacks"})


def declared_halt(lex, speech, content, index: DocIndex) -> bool:
    """An announced halt plainly of fighting (evtypes2): `halted_hostilities` with the halted acts aimed "against" or
    "on" someone, modified as military, or no "operations" at all ("would suspend its operations against U.S.
    forces", "was halting its attacks"); "suspended its operations in Chile" (a company's) is left to `suspend`."""
    if not halted_hostilities(lex, speech, content, index):
        return False
    for clause in (content, *content.conjuncts):
        objs = [c for c in clause.children if c.dep_ == "dobj"] or [c for c in clause.children if c.dep_ == "nsubj"]
        for obj in objs:
            if obj.lemma_.lower() not in ("operation", "activity"):
                return True
            if any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in (*obj.children, *clause.children)) \
                    or any(c.dep_ in ("amod", "compound") and c.lower_ in MILITARY_MODIFIERS for c in obj.children):
                return True
    return False
