"""Fighting told with the side fought on is a party's war record, not an attack (issue 8, spurious3).

"HAAA ... fought in Syria on the side of the Assad regime", "Badr fought beside Iranian forces against Saddam
Hussein's army", "Fano, a network of militias that fought alongside the federal army", "they fought for President
Bashar al-Assad around Aleppo", "Zahedi joined the Guards in 1980 and fought through the war with Iraq": the clause
says whose side a party took in a war, or that it served through one (biographies, explainers, designation
releases); no tuning gold codes such a clause as an act (six documents). A fight with its own opponent and no side
("fought Jabhat Fateh al-Sham in the city's south", "fought for control of the capital") stays.
"""

from __future__ import annotations

FIGHT_VERBS = {"fight", "battle"}
SIDE_PREPS = {"beside", "alongside"}
WAR_NOUNS = {"war", "wars", "conflict", "insurgency", "campaign", "occupation", "uprising"}
NAMED = {"PERSON", "ORG", "NORP", "GPE"}


def _side_phrase(prep) -> bool:
    """ "beside X", "alongside X", "on the side of X", "on behalf of X", "for <a named party>", "through the war"."""
    word = prep.lower_
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if word in SIDE_PREPS:
        return True
    if word == "on" and any(o.lemma_.lower() in ("side", "behalf") for o in objects):
        return True
    if word == "for" and any(o.pos_ == "PROPN" or o.ent_type_ in NAMED for o in objects):
        return True
    return word in ("through", "throughout") and any(o.lemma_.lower() in WAR_NOUNS for o in objects)


def side_fought(trigger) -> bool:
    """A fighting verb with a phrase naming the side fought on, or the war served through."""
    if trigger.lemma_.lower() not in FIGHT_VERBS or trigger.pos_ != "VERB":
        return False
    return any(c.dep_ == "prep" and _side_phrase(c) for c in trigger.children)
