"""A gerund kept up is a course of acts, not one act (spurious12): "Israel kept striking Iranian positions through
2019", "the premier kept accepting Taiwanese aid", "the militia keeps firing on the camps".

"keep" + gerund tells a continuation, as "continues to" does (`modality.IRREALIS_GOVERNORS`; the seed notes leave
"continued to call for" out as habitual). Only the told continuation is dropped: a future or modal one ("would keep
targeting", "will keep supplying") or one under an intention ("promised to keep trading") is the stated intention
the golds code AGREE or THREATEN, and a bare infinitive or purpose ("lets it keep importing", "a waiver to keep
paying") is left to the other shapes, and so is a sentence naming a day ("on 3 March the army kept shelling
the town": one day's act). Reads the dependency parse only; tried from `unfactual._TRIGGER_CHECKS`.
"""

from __future__ import annotations
from ..doc_tokens import span_tokens

KEEPING = frozenset({"keep"})
TOLD_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})        # kept, keeps, keep (present), has kept


def kept_course(trigger) -> bool:
    """The trigger is a gerund whose governing "keep" is told as done or doing, with no modal and not itself a
    complement (an intention's, a purpose's)."""
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("xcomp", "ccomp", "dobj"):
        return False
    keep = trigger.head
    if keep.i == trigger.i or keep.lemma_.lower() not in KEEPING or keep.tag_ not in TOLD_TAGS:
        return False
    if keep.dep_ in ("xcomp", "ccomp", "pcomp", "acl", "advcl", "relcl"):
        return False                # "promised to keep trading", "a waiver to keep paying": another shape's
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in keep.children):
        return False
    return not day_dated(keep.sent)


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def day_dated(sent) -> bool:
    """The sentence names a day ("on 3 March", "on Tuesday"): a continuation within one day is one act told."""
    for t in span_tokens(sent):
        if t.ent_type_ not in ("DATE", "TIME"):
            continue
        if t.lower_ in WEEKDAYS or t.like_num and t.text.isdigit() and 1 <= int(t.text) <= 31:
            return True
    return False
