"""A structure that falls kills without a doer (spurious12): "The canopy of the station fell on people waiting
outside, killing 14", "the roof collapsed and killed five worshippers", "the collapse of the bridge killed 40".

PLOVER ASSAULT codes violence used by an actor; a structure's collapse is an accident, as a natural hazard's toll is
(`natural_hazards.py`): no event (the protests or arrests that follow it are). A munition or an attack as doer ("a
shell fell on the market, killing 14", "the blast brought down the roof") is no structure and stays. Reads the
dependency parse only; `material.object_gate` asks it for ASSAULT triggers (skip `structural_collapse`).
"""

from __future__ import annotations

STRUCTURES = frozenset({"canopy", "roof", "ceiling", "building", "bridge", "wall", "tower", "structure", "balcony",
                        "crane", "scaffold", "scaffolding", "stand", "grandstand", "floor", "dam", "overpass",
                        "footbridge", "awning", "facade", "façade"})
COLLAPSE_NOUNS = frozenset({"collapse", "cave-in"})


def _structure_subject(verb) -> bool:
    """The verb's subject is a structure or a collapse ("the canopy fell", "the collapse killed")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in STRUCTURES | COLLAPSE_NOUNS for c in verb.children)


def collapse_toll(tok) -> bool:
    """The killing or wounding verb's doer is a structure or its collapse, told as its subject or as the subject of
    the verb its participle or conjunct hangs on ("fell ..., killing 14", "collapsed and killed 5")."""
    if _structure_subject(tok):
        return True
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "nsubj" for c in tok.children):
        return _structure_subject(tok.head)
    return False
