"""What a protesting crowd does is its protest (issue 8, evvocab2 second pass; vocabulary in data/crowd_acts.yaml):
"protesters gathered outside the National Assembly", "demonstrators blocked the main highway", "hundreds of
protesters climbed the embassy walls". PLOVER PROTEST (CAMEO 141 demonstrate, 144 obstruct, 145 riot): a verb that
tells nothing by itself is a protest when its active subject is a crowd of protesters. Asked only for verbs
plover.yaml has no entry for; the crowd stays unnamed, whom it protests against is read as for any protest
(a mission's state, the state of its own place: targets.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_lists
from .lexicon import Trigger
from .wire_targets import counted_members

CROWD_ACTS_PATH = Path(__file__).resolve().parents[2] / "data" / "crowd_acts.yaml"
WORD_LISTS = ("crowd_nouns", "demo_verbs", "riot_verbs")
DEMO = Trigger(type="PROTEST", mode="demo", sphere="political")
RIOT = Trigger(type="PROTEST", mode="riot", sphere="political")


@dataclass(frozen=True)
class CrowdWords:
    crowd_nouns: frozenset[str]
    demo_verbs: frozenset[str]
    riot_verbs: frozenset[str]


@lru_cache(maxsize=2)
def crowd_words(path: str | None = None) -> CrowdWords:
    """data/crowd_acts.yaml: lists of words, validated when loaded."""
    data = read_word_lists(path or CROWD_ACTS_PATH, WORD_LISTS, "crowd acts")
    return CrowdWords(**{k: frozenset(w.lower() for w in data[k]) for k in WORD_LISTS})


def _verb_keys(verb) -> set[str]:
    """The verb's lemma, and with its particle or first preposition ("tear down", "break into")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "prep")}


def _protesting_subject(verb, words: CrowdWords) -> bool:
    """The verb's active subject (or, through "and", its first conjunct's) is a crowd of protesters."""
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head                     # "protesters gathered ... and chanted": the first verb's subject
    for subj in (c for c in clause.children if c.dep_ == "nsubj"):
        heads = [subj, *subj.conjuncts, *counted_members(subj)]
        if any(_crowd_noun(h, words) for h in heads):
            return True
    return False


def _crowd_noun(tok, words: CrowdWords) -> bool:
    """The token names a crowd of protesters; a sentence-opening plural the parser took for a name ("Rioters
    ransacked ...") by its singular."""
    forms = {tok.lemma_.lower(), tok.lower_}
    if tok.lower_.endswith("s"):
        forms.add(tok.lower_[:-1])
    return bool(forms & words.crowd_nouns)


def crowd_act_trigger(verb, known_verbs) -> Trigger | None:
    """PROTEST (demo or riot) for a listed verb whose active subject is a crowd of protesters, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in known_verbs:
        return None
    words = crowd_words()
    keys = _verb_keys(verb)
    trigger = RIOT if keys & words.riot_verbs else DEMO if keys & words.demo_verbs else None
    if trigger is None or not _protesting_subject(verb, words):
        return None
    return trigger
