"""What an inquiry found an earlier act to have been is the finding's content, not the act told anew.

"The commission concluded in 1993 that the battalion had deliberately killed the villagers": a verb of finding
("concluded", "found", "determined", "established") with a past perfect act in its that-clause tells a later
judgement on an act the text dates elsewhere; the finding is coded (ACCUSE, as the tuning gold and news-dev 25's
"has officially concluded that a military coup took place" code it), its content is not a second act dated by
the finding. A simple past content ("the monitor found that soldiers executed 300 men") is the report narrating
the act and stays one, and so does the content of any other speech verb ("said troops had fired first").
"""

from __future__ import annotations

FINDING_VERBS = {"conclude", "find", "determine", "establish"}


def _past_perfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


def finding_content(verb) -> bool:
    """Whether ``verb`` is a past perfect act told as the that-clause of a verb of finding."""
    if verb.pos_ not in ("VERB", "AUX") or not _past_perfect(verb):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return clause.head.lemma_.lower() in FINDING_VERBS
