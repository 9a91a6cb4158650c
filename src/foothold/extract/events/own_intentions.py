"""A stated intention of the speaker's own side (issue 8, evstate3).

"Bolivia said on Monday it would seek a new vote in parliament", "the governor said she would try to reopen the
northern railway": `speech.future_type` found a future of the speaker's own side naming no listed act ("intent").
PLOVER AGREE covers announcing an intention to act; the golds code such a stated own plan AGREE. Only an action
verb counts: a copula or possession ("would be ready", "will have a role") states no plan, a passive ("the talks
would be chaired by X") names no one planning, and a negated future is `refusals`' (REJECT) or no event. Verbs of
holding on, judging or resolve (data/own_intentions.yaml `idle_verbs`: "would continue to monitor", "will
consider", "would defend its borders", "will use every means") announce no act, and a partner verb with no partner
("would work to settle the dispute") is left to `intentions`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .intentions import intention_words

OWN_INTENTIONS_PATH = Path(__file__).resolve().parents[2] / "data" / "own_intentions.yaml"
CARRYING = {"continue", "keep", "seek", "try", "plan", "aim", "want", "intend"}


@dataclass(frozen=True)
class OwnIntentionWords:
    idle_verbs: frozenset[str]


@lru_cache(maxsize=2)
def own_intention_words(path: str | None = None) -> OwnIntentionWords:
    """data/own_intentions.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or OWN_INTENTIONS_PATH, OwnIntentionWords, "own_intentions")


def own_intention(content, words: OwnIntentionWords | None = None) -> bool:
    """Whether a stated own-side future (``content``, already read as "intent") names an act the side means to do:
    a non-negated action verb, through a carrying verb its complement ("would seek to open talks" -> open),
    that is no idle verb."""
    if content is None or content.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass") for c in content.children):
        return False         # a passive ("a second mission would be attempted") says what will be done, not who plans it
    words = words or own_intention_words()
    act = content
    if act.lemma_.lower() in CARRYING:
        comps = [c for c in act.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if comps:
            act = comps[0]
    if act.pos_ != "VERB" or any(c.dep_ == "neg" for c in act.children):
        return False
    # a partner verb with no partner ("would work to settle the dispute") is `intentions`' and stays without a cue
    return act.lemma_.lower() not in words.idle_verbs | intention_words().partner_verbs
