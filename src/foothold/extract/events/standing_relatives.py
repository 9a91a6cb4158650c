"""A present passive in a relative clause describes the party it is about: "Hezbollah, which is backed by Tehran".

`modality.present_state` reads a present passive with no stated time as a standing state ("the group is banned
in Egypt"), but it looks for a time in the whole sentence, and a relative clause usually hangs on a sentence that
reports something dated: "Hezbollah, which is backed by Iran, was weakened by its war last year". The relative
clause is told in the present whatever the main clause's time, so only a time inside the clause itself makes its
passive a happening ("which is attacked today"); otherwise it is the party's standing state, not an act (the
conventions' "a standing stance ... 'backed by Tehran'" in bench/owndocs10's README).
"""

from __future__ import annotations

PRESENT_AUX = {"is", "are"}
PAST_AUX = {"was", "were"}
TIME_ENTITIES = {"DATE", "TIME"}


def standing_relative(verb) -> bool:
    """Whether ``verb`` heads a relative clause in the present passive ("which is backed by X") with no time of
    its own."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux or any(c.lower_ not in PRESENT_AUX for c in aux):
        return False
    return not any(t.ent_type_ in TIME_ENTITIES for t in verb.subtree)


def past_conjunct_of_standing_relative(verb) -> bool:
    """Whether ``verb`` is joined to such a relative clause but told in the past by its own auxiliary: "bases where
    troops are stationed and 50 soldiers were injured" reports the injuries, an act of the story; the standing
    state of the first conjunct does not spread to it."""
    return verb.dep_ == "conj" and standing_relative(verb.head) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in verb.children)
