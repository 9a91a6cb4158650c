"""A request a speaker says its side will make is a stated intention (issue 8, evtypes8; data/future_requests.yaml).

"The party said it would appeal to the Supreme Court", "the minister said the government would ask for the ruling to
be suspended", "said Dhaka would ask Delhi to extend the deadline": the said clause is a future ("will", "would")
of the speaker's own side (`speech.future_type` found the side) whose verb asks (ask, appeal, request ...), not
negated. Nothing has been asked yet: the makers' README codes a stated intention AGREE, and the three tuning golds
with the shape code AGREE (none codes such a future REQUEST). A demand kept up ("would continue to press X to act")
is carried by "continue" and stays REQUEST; "called on X to act" (done) and "would not ask X" (`refusals`) are not
read here. Read in `speech.statement_reading` after the cue words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...yamlfile import read_word_sets
from .retribution import FUTURES

FUTURE_REQUESTS_PATH = Path(__file__).resolve().parents[2] / "data" / "future_requests.yaml"


@dataclass(frozen=True)
class RequestWords:
    asking_verbs: frozenset[str]


@lru_cache(maxsize=2)
def request_words(path: str | None = None) -> RequestWords:
    """data/future_requests.yaml: lists of words, validated when loaded."""
    return read_word_sets(path or FUTURE_REQUESTS_PATH, RequestWords, "future requests")


def future_request(content, words: RequestWords | None = None) -> bool:
    """The said clause is a future, unnegated, of an asking verb."""
    if content is None or content.pos_ not in ("VERB", "AUX"):
        return False
    words = words or request_words()
    kids = list(content.children)
    return content.lemma_.lower() in words.asking_verbs and any(c.dep_ == "aux" and c.lower_ in FUTURES for c in kids) \
        and not any(c.dep_ == "neg" for c in kids)
