"""People turned back at a border or a checkpoint (issue 8, evstmt2; PLOVER COERCE restrict).

plover.yaml reads "turned back" without an object as a force going back the way it came (RETREAT withdraw: "the
column turned back"), and with an object it was the verb's other sense ("turned back the tide"). "Border guards
turned back about 3,000 Iranians who tried to cross", "the navy turned back the migrants", "police turned back
pilgrims at the checkpoint": people on the move kept from going on -- PLOVER COERCE restrict ("impose restrictions on
... movement"). The object must be people: travellers (data/barred_movement.yaml `travelling_people`), a plural of
nationals ("3,000 Iranians", a demonym), or "people"; a force of one's own ("turned his fighters back") stays a
withdrawal (split_particles.own_force) and a thing turned back ("turned back the clock") no act. Read in
`material.material_reading`.
"""

from __future__ import annotations

from .barred_movement import barred_movement_words

TURNING = frozenset({"turn"})
PEOPLE = frozenset({"people", "person", "persons", "individual", "individuals", "family", "families"})


def _people(noun, index) -> bool:
    lemma, low = noun.lemma_.lower(), noun.lower_
    if lemma in barred_movement_words().travelling_people or low in PEOPLE or lemma in PEOPLE:
        return True
    # "3,000 Iranians": a plural demonym, or a country's people named by its demonym
    hit = index.actor_at(noun.i)
    return noun.tag_ in ("NNPS", "NNS") and (noun.ent_type_ == "NORP" or hit is not None and hit.type == "country")


def people_turned_back(tok, objects, index) -> bool:
    """ ``tok`` ("turned" of "turned back") acts on people: its first direct object is people on the move."""
    if tok.lemma_.lower() not in TURNING:
        return False
    obj = next((o for o in objects if o.dep_ == "dobj"), None)
    return obj is not None and _people(obj, index)
