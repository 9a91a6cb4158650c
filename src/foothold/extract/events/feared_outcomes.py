"""A warning of what a thing could bring about is a concern voiced, not a threat (issue 8, evtypes9).

Shape: "warn" with a that-clause whose verb is hedged by "may", "might" or "could" and whose subject is a thing, a
common noun that is no party ("the trade deal", "the port", "the new law"), the clause without a condition ("if",
"unless") and without a threat cue. Own example: "The Andean Council warned Lima that the mining law could damage
its water treaty with Bolivia." PLOVER THREATEN is "all threats, coercive or forceful warnings with serious potential
repercussions": the speaker (or someone it speaks for) is to do harm. Here nobody is to act: the speaker voices
concern about an object's possible effect, the manual's ACCUSE ("criticize, denounce ... express concern"); the read
half's golds code the shape ACCUSE (a commission warning a capital that a trade deal "may conflict" with its accession
talks; officials warning that a port "could serve as a route" for a state's weapons) and never THREATEN, while a
warning of the speaker's own act ("warned that it could cut deliveries") and a consequence promised with "would" or
"will" ("warned that the move would ignite an uprising") stay THREATEN. A warning naming no party at all is dropped
before this (`risk_warnings.risk_warning`). Read by `senses.conduct_types`.
"""

from __future__ import annotations

from .risk_warnings import PARTY_ENTITIES, SUBJECT_DEPS, WARNING_VERBS

HEDGING_MODALS = frozenset({"may", "might", "could"})


def _content(verb):
    """The that-clause the warning verb takes."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def feared_outcome(verb) -> bool:
    """ "warned that the trade deal may conflict with ...": a hedged effect of a thing, nobody's act."""
    if verb.lemma_.lower() not in WARNING_VERBS or verb.pos_ != "VERB":
        return False
    content = _content(verb)
    if content is None:
        return False
    kids = list(content.children)
    if not any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in kids):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in content.subtree):
        return False
    if any(c.dep_ == "neg" for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ in PARTY_ENTITIES:
        return False
    # the subject's own words name no party ("Iran's proxies could ...", "the Iranian militias could ...")
    return not any(t.ent_type_ in PARTY_ENTITIES or t.pos_ == "PROPN" for t in subject.subtree)
