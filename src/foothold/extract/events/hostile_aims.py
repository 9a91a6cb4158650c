"""A hostile aim attributed in a statement is an accusation (issue 8, statements2; data/hostile_aims.yaml).

"X called the burning an attempt to sow discord", "told reporters that the attack was an attempt to subvert the
constitutional order", "said the groups behind the attack were trying to strangle the economy": the speaker says
someone aims to do harm, so blames them (PLOVER ACCUSE), though no cue word is said. Read in
`speech.statement_reading` only when nothing else typed the statement. Only what the speech verb itself says
counts: a verb conjoined to it ("... and said police had arrested two") says its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

AIMS_PATH = Path(__file__).resolve().parents[2] / "data" / "hostile_aims.yaml"


@dataclass(frozen=True)
class AimWords:
    aim_words: frozenset[str]
    harm_aims: frozenset[str]


@lru_cache(maxsize=2)
def aim_words(path: str | None = None) -> AimWords:
    """data/hostile_aims.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or AIMS_PATH, AimWords, "hostile aims")


def said_tokens(speech) -> list:
    """The tokens the speech verb says: its subtree after it, less a verb conjoined to it (which says its own)."""
    others = {t.i for c in speech.children if c.dep_ == "conj" for t in c.subtree}
    return [t for t in speech.subtree if t.i > speech.i and t.i not in others]


def negated_between(tok, speech) -> bool:
    """A negation on the token or any head between it and the speech verb ("was not an attempt to ...")."""
    t = tok
    while t.i != speech.i and t.head.i != t.i:
        if any(c.dep_ == "neg" for c in t.children):
            return True
        t = t.head
    return False


FIRST_PERSON = {"we", "i"}


def own_aim(aim) -> bool:
    """ "we are trying to weaken their hold": the speaker's own aim blames no one."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON for c in aim.children)


def hostile_aim(speech, words: AimWords | None = None) -> bool:
    """Whether what the speech verb says names an aim to harm: a harm verb as the to-complement of an aim noun or
    verb ("an attempt to sow", "were trying to strangle"), not negated and not the speaker's own."""
    words = words or aim_words()
    return any(t.lemma_.lower() in words.harm_aims and t.dep_ in ("xcomp", "acl")
               and t.head.lemma_.lower() in words.aim_words and not own_aim(t.head)
               and not negated_between(t, speech) for t in said_tokens(speech))
