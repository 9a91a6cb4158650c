"""A hostile act named as the object of a verb of naming (issue 8, relties3): "X called the attack an outrageous
violation of Y's sovereignty", "X described the strikes on Y as illegal". The subject judges the act; it did not
do it, so the act noun states no hostility of the subject towards anyone it names (cues.act_agent returns no
agent, as it does for feelings, roles.yaml `feeling_words`). Only the act as the verb's direct object: "called for
attacks on Y" (a pobj of "for") still asks for them. The verbs are roles.yaml `judged_acts`."""

from __future__ import annotations

from functools import lru_cache

from ...yamlfile import read_word_set
from .lexicon import ROLES_PATH


@lru_cache(maxsize=2)
def naming_verbs(path: str | None = None) -> frozenset:
    return read_word_set(path or ROLES_PATH, "naming_verbs", "roles (judged_acts)", section="judged_acts")


def judged_act(tok) -> bool:
    """The act noun is the direct object of a verb of naming ("called the attack ...")."""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in naming_verbs()
