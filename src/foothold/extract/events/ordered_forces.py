"""Forces ordered into a place (issue 8, evcand4): "X declared a state of emergency and ordered troops into the
city", "the president ordered the army onto the streets", "ordered reinforcements to the border". Sending one's forces
somewhere by order is a deployment (PLOVER MOBILIZE troops; CAMEO 15 "exhibit force posture"). Only an order whose
object is a force noun and which names where the forces go with a preposition of motion, with no clause of its own:
"ordered troops to withdraw" is plover.yaml's `expelling`/`admitting` or the ordered act's, and "ordered an
investigation into X" names no forces. Forces ordered to a guarding task ("ordered army units to escort the
convoys", "ordered the police to guard the polling stations") are put out as well (evcand7), and so are forces ordered to
tighten security ("ordered the army to tighten security around the camp", evcand9). Forces ordered to take over
guarded posts or security ("the minister ordered the navy's 2nd Brigade to take over the harbour checkpoints", fixes14;
two tuning monitor/analysis golds code it MOBILIZE troops) are put out too; "take over the city" is not read here."""

from __future__ import annotations

from .lexicon import Trigger

ORDERING = frozenset({"order", "command", "dispatch", "rush"})
FORCE_NOUNS = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "army", "police", "policeman",
                         "reinforcement", "reinforcements", "unit", "units", "battalion", "brigade", "paratrooper",
                         "commando", "marine", "guard", "gendarme", "gendarmerie", "tank", "warship",
                         "division", "divisions", "regiment", "regiments", "battalions", "brigades", "corps"})
MOTION_PREPS = frozenset({"into", "onto", "to", "toward", "towards"})
# guarding tasks forces are ordered out to do (evcand7); none is a plover.yaml verb, so no trigger reads them
GUARDING = frozenset({"escort", "guard", "patrol", "protect", "secure", "man", "police"})
# security tightened by the forces ordered out (evcand9): "ordered the army to tighten security around the camp"
SECURING = frozenset({"tighten", "step", "reinforce", "increase", "boost", "strengthen", "heighten", "beef"})
# posts and duties forces are ordered to take over (fixes14): "ordered the army to take over security at the crossings"
TAKEN_POSTS = frozenset({"security", "checkpoint", "checkpoints", "crossing", "crossings", "post", "posts", "duty",
                         "duties", "patrol", "patrols", "guard", "border", "borders", "perimeter"})
NOT_DONE = frozenset({"not", "n't", "never", "may", "might", "could", "would", "should"})
DEPLOYED = Trigger(type="MOBILIZE", mode="troops", sphere="military")


def _securing(verb) -> bool:
    """ "tighten security", "step up security": a securing verb whose object is security (evcand9)."""
    return verb.lemma_.lower() in SECURING and any(c.dep_ == "dobj" and c.lemma_.lower() == "security"
                                                   for c in verb.children)


def _taking_over(verb) -> bool:
    """ "take over security", "take over the checkpoints": forces taking over guarded posts or duties (fixes14)."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) \
        and any(c.dep_ == "dobj" and (c.lemma_.lower() in TAKEN_POSTS or c.lower_ in TAKEN_POSTS)
                for c in verb.children)


def forces_ordered_in(verb) -> Trigger | None:
    """MOBILIZE troops for forces ordered into a place, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ORDERING:
        return None
    forces = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
              and (c.lemma_.lower() in FORCE_NOUNS or c.lower_ in FORCE_NOUNS)]
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    if clauses:
        # evcand7: "ordered army units to escort the convoys", "ordered police to guard the polling stations": a
        # guarding task no trigger reads puts the forces out (CAMEO 15); "ordered troops to withdraw" is the ordered
        # act's, a negated or hedged order none
        guarding = forces and any((c.lemma_.lower() in GUARDING or _securing(c) or _taking_over(c))
                                  and not any(n.dep_ == "neg" for n in c.children) for c in clauses)
        return DEPLOYED if guarding and not any(c.dep_ in ("neg", "aux") and c.lower_ in NOT_DONE
                                                for c in verb.children) else None
    if not forces:
        return None
    return DEPLOYED if any(p.dep_ == "prep" and p.lower_ in MOTION_PREPS and any(o.dep_ == "pobj" for o in p.children)
                           for p in (*verb.children, *forces[0].children)) else None
