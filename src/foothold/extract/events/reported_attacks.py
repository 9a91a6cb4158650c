"""Another side's attack told by a speaker is the attack, not an accusation (issue 8, evtypes8).

"The rebels said government troops had shelled their camp on Monday": the speaker tells, as done, a named party's
material act of force (a plover.yaml verb of the material_conflict quad: attack, shell, strike, ram, raid ...).
The eval makers code the act told and no ACCUSE beside it (news-dev 21, odd half: "the top Russia-installed official
... said Thursday that a Ukrainian drone attack killed two people" is one ASSAULT by Ukraine; seed notes §21: one
entry per happening reported), and three tuning golds do the same ("X said the army had raided its base", "said a
drone had struck a school", "told a news conference that Chinese vessels had rammed eight ships"). The act is kept
as its own event anyway (`candidates.said_tokens` keeps done material acts), so the statement adds only a second,
wrongly typed event that takes the gold's match.

Still an accusation (PLOVER ACCUSE "accuse, allege, blame"): conduct that is no act of force (plover.yaml
`alleged_conduct`: hiding, smuggling, crossing, arming ...), an attack attributed through a light verb and its
event noun ("said the group had carried out the attack": who did a known act), blame for starting it ("said the
other side had opened fire first"), and whatever a cue word types before this is read ("blatant violation").
Read by `speech.alleged_conduct`.
"""

from __future__ import annotations

# "had opened fire first": who started it is blame, not the report of a new act
BLAME_ADVERBS = frozenset({"first"})


def told_attack(lex, clause) -> bool:
    """The alleged clause (already found to tell another named party's done, unnegated act) is headed by a verb of
    material force listed in plover.yaml, with no blame adverb: the act told, not an accusation."""
    lemma = clause.lemma_.lower()
    if lemma in lex.alleged_conduct:
        return False
    trig = lex.verbs.get(lemma)
    if trig is None or lex.quads.get(trig.type) != "material_conflict":
        return False          # a light verb ("had carried out the attack") attributes a known act
    return not any(c.dep_ == "advmod" and c.lower_ in BLAME_ADVERBS for c in clause.subtree)
