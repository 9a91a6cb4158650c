"""Officials dismissed are coerced (issue 8, evtypes2; vocabulary in data/dismissals.yaml).

"Sudani sacked the central bank governor", "the governor had fired his security secretary, X, on Sunday", "the
president dismissed the police chief and the head of the security service", "Saied fired Defence Minister X": a
ruler removing an office-holder uses power over them (PLOVER COERCE, "coercive uses of power falling short of
violence"; every tuning gold codes such a dismissal COERCE). Without this reading "fired" was an ASSAULT (its "on
Sunday" met the firing sense's "on" preposition) and "dismissed" a REJECT of a claim. The object (or a passive's
subject) must hold an office: its head, or a title word before a name, is an `office_nouns` word. Read in
`triggers.find_triggers` before plover.yaml's own verbs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .lexicon import Trigger

DISMISSALS_PATH = Path(__file__).resolve().parents[2] / "data" / "dismissals.yaml"
DISMISSAL = Trigger(type="COERCE", mode="restrict", sphere="political")


@dataclass(frozen=True)
class DismissalWords:
    dismissing_verbs: frozenset[str]
    office_nouns: frozenset[str]


@lru_cache(maxsize=2)
def dismissal_words(path: str | None = None) -> DismissalWords:
    """data/dismissals.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or DISMISSALS_PATH, DismissalWords, "dismissals")


def _keys(verb) -> set[str]:
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def holds_office(noun, words: DismissalWords) -> bool:
    """The noun is an office ("the governor", "the police chief", "the head of X") or a name with a title word
    before it ("Defence Minister X")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ == "NOUN" and lemma in words.office_nouns:
        return True
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    pair = {f"{a.lemma_.lower()} {lemma}" for a in mods}
    if pair & words.office_nouns:
        return True
    return noun.pos_ == "PROPN" and any(m.lemma_.lower() in words.office_nouns for m in mods)


def dismissal_trigger(verb, words: DismissalWords | None = None) -> Trigger | None:
    """COERCE for a verb of dismissing whose object (or a passive's subject) holds an office, else None."""
    words = words or dismissal_words()
    if verb.pos_ != "VERB" or not _keys(verb) & words.dismissing_verbs:
        return None
    if verb.lemma_.lower() in ("relieve", "remove") and not _from_office(verb, words):
        return None               # "removed the barricades", "relieved the pressure": only "X from his post"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [cj for o in objects for cj in o.conjuncts]
    return DISMISSAL if any(holds_office(o, words) for o in objects) else None


def _from_office(verb, words: DismissalWords) -> bool:
    """ "removed X from office", "relieved the commander of his duties", or an office-holder as object."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("from", "of"):
            if any(o.lemma_.lower() in ("office", "post", "position", "duty", "command", "job", "role", "cabinet")
                   for o in p.children if o.dep_ == "pobj"):
                return True
    return any(holds_office(o, words) and o.pos_ == "NOUN" for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))
