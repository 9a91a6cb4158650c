"""A reproach: "X said the government should have consulted the legislature" (issue 8, evtype3).

"should have" + a past participle tells what another party failed to do: blame for a past act (PLOVER ACCUSE:
criticism of an actor's conduct), not a demand ("should" alone asks for something still to come, REQUEST).
The speaker's own side ("we should have acted sooner") blames no one else.
"""
from __future__ import annotations

from .arguments import subject_of

COUNTERFACTUAL_MODALS = frozenset({"should", "ought", "could", "might"})
FIRST_PERSON = frozenset({"we", "i", "us"})


def reproaches(content) -> bool:
    """The said clause (or a conjunct of it) is "<someone> should have <done>"."""
    if content is None:
        return False
    return any(_reproach(c) for c in (content, *content.conjuncts) if c.pos_ in ("VERB", "AUX"))


def _reproach(verb) -> bool:
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBN" or "have" not in aux or not any(a in COUNTERFACTUAL_MODALS for a in aux):
        return False
    if any(c.dep_ == "neg" for c in verb.children) and "should" not in aux:
        return False          # "could not have known": an excuse, not blame
    subj, _ = subject_of(verb)
    return subj is not None and subj.lower_ not in FIRST_PERSON
