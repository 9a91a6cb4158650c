"""A fight over a topic, or against a measure, is a political dispute, no use of force (issue 8, precision): "clashed
with the senate over the budget", "clashed with X over the vote count", "fought the inquiry into the blast", "fought
the new constitution in the courts". A clash "over the temple" or "over the border" and a fight against troops stay
ASSAULT: only the topics and measures below read as a dispute.
"""

from __future__ import annotations

FIGHT_VERBS = {"clash", "fight", "battle", "spar", "feud", "wrangle"}
# what a dispute is about: "clashed with X over the budget"
DISPUTE_TOPICS = {
    "budget", "bill", "law", "policy", "reform", "subsidy", "tax", "tariff", "vote", "count", "election", "result",
    "appointment", "nomination", "cabinet", "portfolio", "seat", "quota", "constitution", "amendment", "ruling",
    "verdict", "decision", "plan", "proposal", "deal", "agreement", "accord", "inquiry", "investigation", "probe",
    "sanction", "debt", "loan", "funding", "wage", "salary", "price", "issue", "question", "matter", "succession",
    "leadership", "strategy", "candidacy", "spending", "pension", "privatisation", "privatization", "referendum"}
# measures and proceedings fought without force: "fought the inquiry", "fought the extradition"
FOUGHT_MEASURES = DISPUTE_TOPICS | {"charge", "extradition", "case", "lawsuit", "ban", "order", "designation"}


def dispute_not_fight(trigger) -> str | None:
    """ "dispute" when a verb of fighting is about a topic or against a measure; None otherwise."""
    if trigger.lemma_.lower() not in FIGHT_VERBS or trigger.pos_ not in ("VERB", "AUX"):
        return None
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "about") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in DISPUTE_TOPICS for o in c.children):
            return "dispute"
        if c.dep_ == "dobj" and c.lemma_.lower() in FOUGHT_MEASURES:
            return "dispute"
    return None
