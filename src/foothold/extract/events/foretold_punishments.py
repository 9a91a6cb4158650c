"""A punishment a statement foretells is a threat (issue 8, evtypes6; data/foretold_punishments.yaml).

"The justice minister said the opposition leaders would be prosecuted for conspiracy", "warned traders that their
licences would be revoked", "affirmed that armed groups would be held accountable": the said clause is a future
("will", "would", "shall") in the passive of a punishing verb, not negated; whoever the subject, the speaker warns
it of a coercive step (PLOVER THREATEN, "coercive or forceful warnings with serious potential repercussions"), and
the clause's cue words ("conspiracy", "crimes") accuse no one. A promise of it ("promised that the killers would be
punished", a pledge to those wronged) is left to the other rules. Read in `speech.statement_reading`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .retribution import FUTURES

PUNISHMENTS_PATH = Path(__file__).resolve().parents[2] / "data" / "foretold_punishments.yaml"


@dataclass(frozen=True)
class PunishmentWords:
    punishing_verbs: frozenset[str]
    accounting_words: frozenset[str]
    accounting_verbs: frozenset[str]
    promising_verbs: frozenset[str]


@lru_cache(maxsize=2)
def punishment_words(path: str | None = None) -> PunishmentWords:
    """data/foretold_punishments.yaml: lists of lemmas, validated when loaded."""
    return read_word_sets(path or PUNISHMENTS_PATH, PunishmentWords, "foretold punishments")


def _foretold(verb, words: PunishmentWords) -> bool:
    """``verb`` is a future passive of a punishing verb ("would be prosecuted", "will be held accountable")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in FUTURES for c in kids) or not any(c.dep_ == "auxpass" for c in kids):
        return False
    if any(c.dep_ == "neg" for c in kids):
        return False
    lemma = verb.lemma_.lower()
    if lemma in words.punishing_verbs:
        return True
    if lemma not in words.accounting_verbs:
        return False
    # "held accountable", "brought to justice", "called to account"
    return any(c.lower_ in words.accounting_words for c in kids if c.dep_ in ("acomp", "oprd", "xcomp", "advmod")) \
        or any(o.lower_ in words.accounting_words for c in kids if c.dep_ == "prep" and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj")


def foretold_punishment(speech, content, words: PunishmentWords | None = None) -> bool:
    """The clause ``content`` said by ``speech`` (or one of its conjoined clauses) foretells a punishment, and the
    speech verb promises nothing. With no clause found (the parser read the subject of a long clause as the speech
    verb's object: "said the leaders who had announced a council would be prosecuted"), a future passive after the
    speech verb in its own subtree is read."""
    words = words or punishment_words()
    if speech.lemma_.lower() in words.promising_verbs:
        return False
    if content is not None and content.dep_ == "ccomp":
        return any(_foretold(c, words) for c in (content, *content.conjuncts))
    # a verb conjoined to the speech verb says its own clause ("called the revolt treason and vowed that ...")
    return any(_foretold(t, words) for c in speech.children if c.i > speech.i and c.dep_ not in ("conj", "cc")
               for t in c.subtree)
