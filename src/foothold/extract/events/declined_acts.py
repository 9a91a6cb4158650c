"""Acts declined (issue 8, evargs5): "the union declined to suspend X", "the court declined to halt the debate",
"declined to renew an agreement", "He declined to name the brigade". plover.yaml's `decline` holds only for the
objects it lists (an invitation, an offer, a few verbs: "declined to back", "declined to attend"); a declined
infinitive that is itself an act the lexicon reads in that sense (plover.yaml's verb entry holds for its object, or a
light verb carries an event noun) is a refusal too (PLOVER REJECT: "refuse to ..."). Left out: declined giving or
talking ("declined to provide details", "declined to discuss the case": AID and CONSULT), and a speech verb
("declined to comment": the lexicon has no act for it)."""

from __future__ import annotations

from .triggers import light_verb_noun, listed_sense

REFUSING_VERBS = frozenset({"decline", "refuse"})
UNREFUSED_TYPES = frozenset({"AID", "CONSULT"})     # "declined to provide details", "declined to discuss it"


def refused_act(verb, lex) -> bool:
    """A declining verb whose infinitive complement is an act in the lexicon's own sense."""
    if verb.lemma_.lower() not in REFUSING_VERBS:
        return False
    for act in verb.children:
        if act.dep_ != "xcomp" or act.pos_ != "VERB":
            continue
        lemma = act.lemma_.lower()
        trig = lex.verbs.get(lemma)
        if trig is not None and trig.type not in UNREFUSED_TYPES and listed_sense(act, lemma, lex):
            return True
        carried = light_verb_noun(act, lex) if lemma in lex.light_verbs else None
        if carried is not None and carried[1].type not in UNREFUSED_TYPES:
            return True
    return False
