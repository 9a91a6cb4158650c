"""Office holders dismissed (issue 8, evcand4; vocabulary in data/dismissals.yaml): "the president sacked the army
chief, General X", "dismissed the police chief and the head of the intelligence service", "had fired his security
secretary, X", "removed X from his post", "relieved the general of his command". The tuning golds code a ruler
putting someone out of office as COERCE (CAMEO 17 "coerce"; PLOVER has no code of its own). Read before plover.yaml's
own senses of the verbs, which stay where the object is no office holder ("fired on the convoy", "fired a missile",
"dismissed the claim", "removed the buoys")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .cancellations import _verb_keys
from .lexicon import Trigger

DISMISSALS_PATH = Path(__file__).resolve().parents[2] / "data" / "dismissals.yaml"
DISMISSED = Trigger(type="COERCE", mode="dismiss", sphere="political")
HOLDER_ENTS = {"PERSON"}
AIMING = {"at", "on", "upon", "into", "toward", "towards"}


@dataclass(frozen=True)
class DismissalWords:
    dismissing_verbs: frozenset[str]
    office_nouns: frozenset[str]
    office_posts: frozenset[str]


@lru_cache(maxsize=2)
def dismissal_words(path: str | None = None) -> DismissalWords:
    """data/dismissals.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or DISMISSALS_PATH, DismissalWords, "dismissals")


def _office_noun(tok, words: DismissalWords) -> bool:
    """ "the army chief", "his security secretary", "the central bank governor", "Defence Minister X"."""
    lemma = tok.lemma_.lower()
    if lemma in words.office_nouns or tok.lower_ in words.office_nouns:
        return True
    # "fired Defence Minister X": the name heads, the title is its compound
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in words.office_nouns
                                       for c in tok.children)


def _holder(tok, words: DismissalWords) -> bool:
    """The object is an office holder: an office noun, or a person's name."""
    return _office_noun(tok, words) or tok.pos_ == "PROPN" and tok.ent_type_ in HOLDER_ENTS


def _from_office(verb, words: DismissalWords) -> bool:
    """ "removed X from his post", "relieved X of his command": the office left is named."""
    return any(p.dep_ == "prep" and p.lower_ in ("from", "of", "as") and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in words.office_posts or _office_noun(o, words)) for o in p.children)
        for p in verb.children)


def _aimed(prep) -> bool:
    """A preposition aiming the verb at something ("at the crowd", "on the convoy"), not a time ("on Tuesday")."""
    return prep.dep_ == "prep" and prep.lower_ in AIMING and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in prep.children)


def dismissal_trigger(verb) -> Trigger | None:
    """COERCE dismiss for a verb putting an office holder out of office, else None."""
    if verb.pos_ != "VERB":
        return None
    words = dismissal_words()
    keys = _verb_keys(verb)
    if not keys & words.dismissing_verbs:
        return None
    if any(_aimed(c) for c in verb.children):
        return None               # "fired on the convoy", "fired into the crowd" ("fired X on Tuesday" dismisses)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for c in objects for o in c.conjuncts]
    if not objects:
        return None
    lemma = verb.lemma_.lower()
    if lemma in ("remove", "relieve"):
        # "removed the buoys", "relieved the pressure": only a person put out of an office they are named by
        return DISMISSED if _from_office(verb, words) and any(_holder(o, words) or o.pos_ == "PRON" for o in objects) \
            or any(_office_noun(o, words) for o in objects) else None
    return DISMISSED if any(_holder(o, words) for o in objects) else None
