"""A stated future act done by force threatens (issue 8, evtypes4).

"Peru said it would recover the islands by force if talks failed", "vowed it would retake the valley militarily":
whatever the act (recovering, retaking, restoring order), saying it will be done by force or by military means is
a threat of force (PLOVER THREATEN), not an intention to cooperate (AGREE). Read by `speech.future_type` on the
future's own verb: a "by" or "with" phrase whose object is a force noun, or a military manner adverb. Negated
futures ("would not retake it by force") are left to the refusal reading.
"""

from __future__ import annotations

FORCE_NOUNS = frozenset({"force", "arms", "violence"})
FORCE_MEANS_MODIFIERS = frozenset({"military", "armed"})     # "by military means", "by armed force"
MEANS_NOUNS = frozenset({"means", "action", "operation", "operations"})
FORCE_ADVERBS = frozenset({"militarily", "forcibly"})


def by_force(verb) -> bool:
    """The verb's own means phrase or manner adverb tells force: "by force", "by military means", "militarily"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in FORCE_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "with", "through"):
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                if o.lemma_.lower() in FORCE_NOUNS and not any(d.dep_ == "det" for d in o.children):
                    return True      # "by force", "by armed force"; "with the force of law" has a determiner
                if o.lemma_.lower() in MEANS_NOUNS and any(
                        m.lower_ in FORCE_MEANS_MODIFIERS for m in o.children if m.dep_ == "amod"):
                    return True      # "by military means"
    return False
