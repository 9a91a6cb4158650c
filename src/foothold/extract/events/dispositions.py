"""A party's stated disposition with no speech verb (issue 8, evstate2; data/dispositions.yaml).

"Norway is determined to deepen its cooperation with Iceland", "Ghana remains open to dialogue with Togo", "The
Council stands ready to impose further restrictive measures if the repression continues": a release states its
issuer's stance in the present tense with no speech verb. `disposition` finds the predicate adjective (a statement
candidate, `triggers.find_triggers`); `disposition_type` types it by the act it is disposed to: a hostile act
(harm meant, as `futures.harm_meant` reads it, or a conflict trigger) THREATEN; a cooperative one (a helping or
partner verb, `intentions.helping_intention`; a tie worked on with a partner; a cooperative trigger) AGREE, the
golds' convention for a stated intention. A past ("was determined to"), a modal, a negation, a relative clause or a
clause reported by a speech verb is left alone (a narrated or reported disposition). Read in
`speech.statement_reading` before any cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

DISPOSITIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "dispositions.yaml"
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"}
FRIENDLY = {"AGREE", "COOPERATE", "SUPPORT", "AID", "CONSULT", "CONCEDE"}
PRESENT = {"VBZ", "VBP"}


@dataclass(frozen=True)
class DispositionWords:
    disposition_words: frozenset[str]
    linking_verbs: frozenset[str]
    tie_nouns: frozenset[str]


@lru_cache(maxsize=2)
def disposition_words(path: str | None = None) -> DispositionWords:
    """data/dispositions.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or DISPOSITIONS_PATH, DispositionWords, "dispositions")


def disposed_act(adj):
    """What the adjective is disposed to: the infinitive's verb ("ready to impose"), a gerund or noun after "to"
    ("committed to working", "open to dialogue"), or None."""
    for c in adj.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return c
        if c.dep_ == "prep" and c.lower_ == "to":
            return next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
    return None


def disposition(adj, words: DispositionWords | None = None) -> bool:
    """The adjective states its subject's present disposition to an act."""
    words = words or disposition_words()
    if adj.lower_ not in words.disposition_words or adj.dep_ not in ("acomp", "oprd"):
        return False
    link = adj.head
    if link.lemma_.lower() not in words.linking_verbs or link.tag_ not in PRESENT:
        return False
    if link.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "xcomp", "pcomp"):
        return False          # reported, narrated or conditional: another verb reads it
    if any(c.dep_ in ("neg", "aux") for c in link.children) or any(c.dep_ == "neg" for c in adj.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < link.i for c in link.children):
        return False
    return disposed_act(adj) is not None


def _partnered(act, words: DispositionWords) -> bool:
    """A tie worked on with a partner anywhere in the act's phrase ("develop ties with X", "dialogue with X")."""
    tokens = list(act.subtree)
    return any(t.lemma_.lower() in words.tie_nouns or t.lower_ in words.tie_nouns for t in tokens) and any(
        t.dep_ == "prep" and t.lower_ in ("with", "between") for t in tokens)


def _phrase_types(lex, act) -> set[str]:
    """The types of plover.yaml's multi-word trigger phrases written in the act's phrase."""
    words = [t.lower_ for t in act.subtree]
    found = set()
    for phrase in getattr(lex, "phrases", ()):
        n = len(phrase.words)
        if any(tuple(words[i:i + n]) == tuple(phrase.words) for i in range(len(words) - n + 1)):
            found.add(phrase.trigger.type)
    return found


def disposition_type(lex, adj, words: DispositionWords | None = None) -> str | None:
    """THREATEN for a hostile act, AGREE for a cooperative one, else None."""
    from .futures import harm_meant
    from .intentions import helping_intention
    from .triggers import listed_object, noun_trigger
    words = words or disposition_words()
    act = disposed_act(adj)
    if act is None:
        return None
    is_verb = act.pos_ in ("VERB", "AUX")
    kinds = set()
    if is_verb:
        trig = lex.verbs.get(act.lemma_.lower())
        if trig is not None and (not trig.only_objects or listed_object(act, trig)):
            kinds.add(trig.type)
        for o in act.children:
            if o.dep_ == "dobj":
                hit = noun_trigger(o, lex)
                if hit is not None:
                    kinds.add(hit[0].type)
        kinds |= _phrase_types(lex, act)      # "take further restrictive measures": a listed phrase in its object
        if harm_meant(lex, act) or kinds & HOSTILE:
            return "THREATEN"
        if helping_intention(act):
            return "AGREE"
    else:
        hit = noun_trigger(act, lex)
        if hit is not None:
            kinds.add(hit[0].type)
        if kinds & HOSTILE:
            return "THREATEN"
    if _partnered(act, words) or kinds & FRIENDLY:
        return "AGREE"
    return None
