"""Stated intentions to help or work with another (data/intentions.yaml; issue 8, evrecall4).

"Canada and the Netherlands said they would assist The Gambia", "Azerbaijan has stated that it will guarantee the
rights of X", "saying Cambodia would finance it with Chinese partners", "said Washington would work with the UAE to
hold the Houthis accountable": a future of the speaker's own side (`speech.future_type` found the side and no
listed act, "intent") whose verb helps or partners someone is a stated intention, AGREE (the golds' convention;
PLOVER AID: promised aid is AGREE). A negated one ("will not help") is `refusals`'; a bare "will work to ..." with
no partner stays without a cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets

INTENTIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "intentions.yaml"
CARRYING = {"continue", "keep", "seek", "try", "plan", "aim"}     # "would continue to assist X": the act is the complement


@dataclass(frozen=True)
class IntentionWords:
    helping_verbs: frozenset[str]
    partner_verbs: frozenset[str]


@lru_cache(maxsize=2)
def intention_words(path: str | None = None) -> IntentionWords:
    """data/intentions.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or INTENTIONS_PATH, IntentionWords, "intentions")


def _acts(verb) -> list:
    """The verb and, through a carrying verb, its complement ("would continue to assist X" -> assist)."""
    acts = [verb]
    if verb.lemma_.lower() in CARRYING:
        acts += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return acts


def _with_partner(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") and any(o.dep_ == "pobj" for o in c.children)
               or c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children)


def helping_intention(content, words: IntentionWords | None = None) -> bool:
    """Whether a stated future (already found to be the speaker's side's, naming no listed act) helps or works
    with someone: its verb, or the complement of a carrying verb, is a helping verb or a partner verb with a partner."""
    if content is None or content.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in content.children):
        return False
    words = words or intention_words()
    for act in _acts(content):
        lemma = act.lemma_.lower()
        if lemma in words.helping_verbs and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in act.children):
            return True
        if lemma in words.partner_verbs and _with_partner(act):
            return True
    return False

