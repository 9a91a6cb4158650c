"""A vote, a designation or a report is no doer (issue 8, spurious4): "the provincial elections handed the largest
share of seats to X", "the designation denied the group access to the U.S. financial system", "Our review of video
and witness accounts agrees with the investigations of Reuters". A material or agreeing verb whose subject is a noun
naming a poll, a listing or a finding tells its outcome or its conclusion, no act of a party: the act, if any, is
the vote or the designation, told where it is made. No tuning gold codes such a verb (three documents in three
sets); statements speak through their documents ("a government statement said ...") and are not read here, nor is a
weapon or an attack acting ("the strike killed ...").
"""

from __future__ import annotations

from .arguments import is_passive, subject_of

# polls, listings and findings: outcomes, not doers
FINDING_NOUNS = frozenset({"election", "vote", "poll", "ballot", "referendum", "designation", "listing", "review",
                           "report", "investigation", "inquiry", "study", "finding", "assessment", "audit"})


def finding_as_doer(tok, etype: str) -> bool:
    """The active verb's subject is a poll, a listing or a finding ("the elections handed", "the review agrees")."""
    if etype == "ASSAULT" or is_passive(tok):
        return False
    subj, _ = subject_of(tok)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in FINDING_NOUNS
