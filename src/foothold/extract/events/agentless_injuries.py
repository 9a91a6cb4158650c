"""An injury told in the passive with no doer and no act it came in is a casualty report, not an act (spurious10).

"Iran's ambassador, X, was injured.", "residents said a woman had been injured", "Police detained 14 people and
said about 20 officers had been injured", "wished a speedy recovery to those who were injured": the clause counts
who was hurt; an analyst codes the attack that hurt them where the text tells it, and codes nothing from the
injury alone (on the tuning sets every such passive was spurious: owndocs4, 9, 16, 34 and the seed). A passive with
its agent ("was wounded by a stray round") or the act it came in ("was wounded in an air strike", "during the
raid") names what hurt them and is read as before; so is the active ("the blast wounded 39"), and killing, which
the golds code doer-less as often as not (spurious7's note), is left out. Read in `extractor` once the joins of
`merge.joined` were tried: a toll of an attack told in its sentence, paragraph or the one before ("Iran launched
missiles at the base and 50 soldiers were injured") still joins that attack and names its target; only an injury
left on its own is dropped (skip `casualty_report`).
"""

from __future__ import annotations

INJURING = frozenset({"injure", "wound", "hurt"})
# prepositions that name what hurt the victims ("in a strike", "during the raid", "by shrapnel", "from gunfire")
CAUSE_PREPS = frozenset({"in", "during", "by", "from", "after", "when", "as", "at", "with"})


def agentless_injury(trigger) -> bool:
    """The trigger is a passive injury verb with its victim as subject and no agent, cause or time clause."""
    if trigger.lemma_.lower() not in INJURING or trigger.tag_ != "VBN":
        return False
    children = list(trigger.children)
    if not any(c.dep_ == "auxpass" for c in children) or not any(c.dep_ == "nsubjpass" for c in children):
        return False
    return not any(c.dep_ in ("agent", "advcl") or c.dep_ == "prep" and c.lower_ in CAUSE_PREPS
                   or c.dep_ == "conj" for c in children)
