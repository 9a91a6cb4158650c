"""Forces arriving where no visit verb reads them (issue 8, evcand5): "about 2,000 Chadian soldiers had reached Gao",
"contractors arrived on the front lines", "the columns moved north along the highway". A state's force coming to a
place deploys it (PLOVER MOBILIZE troops, as `agents.troops_arriving` reads "troops arrived in X"). Read here, told
actively with a force noun as subject (its head, or a military word on "contractors"/"personnel"):
- `reach` with a named place or a ground noun as its object ("reached the Kursk area", "reached Gao");
- `arrive` with "on"/"at" a place ("arrived on the front lines"; "arrived in X" is plover.yaml's phrase);
- `move` with a direction ("moved north", "moved towards the capital"); a named place as object or into-phrase is
  plover.yaml's incursion (ASSAULT);
- `sail` with a warship, or ships of a navy, as subject and a from/to phrase ("ships of the navy sailed from X to
  open the base");
- `land` with a force as its object ("helicopters landed soldiers in Moura": the soldiers are put down there).
Fighting bodies that are no state's (rebels, militants) reaching a town advance on it: not read here."""

from __future__ import annotations

from .lexicon import Trigger

FORCES = frozenset({"troop", "soldier", "force", "contingent", "column", "unit", "battalion", "brigade", "regiment",
                    "division", "paratrooper", "marine", "reinforcement", "peacekeeper", "detachment"})
PLACE_NOUNS = frozenset({"area", "region", "front", "border", "frontier", "city", "capital", "town", "province",
                         "district", "base", "outskirts", "port", "island", "zone", "line"})
ARRIVAL_PREPS = frozenset({"on", "at"})
DIRECTIONS = frozenset({"north", "south", "east", "west", "northward", "southward", "eastward", "westward",
                        "northwards", "southwards", "eastwards", "westwards", "forward"})
TOWARD = frozenset({"toward", "towards"})
WARSHIPS = frozenset({"warship", "frigate", "destroyer", "fleet", "flotilla", "submarine", "corvette", "carrier"})
SHIPS = frozenset({"ship", "vessel", "boat"})
NAVAL = frozenset({"navy", "naval", "military", "coast"})
SAILING_PREPS = frozenset({"from", "to", "toward", "towards", "for"})
DEPLOYED = Trigger(type="MOBILIZE", mode="troops", sphere="military")


def _force_subject(verb) -> bool:
    from .agents import military_staff      # agents imports triggers, which imports this module
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in FORCES or subj.lower_ in FORCES or military_staff(subj))


def _warships(verb) -> bool:
    """The subject is a warship, or ships a navy or military word owns ("ships of the People's Liberation Army Navy")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    head = subj.lemma_.lower()
    return head in WARSHIPS or head in SHIPS and any(t.lower_ in NAVAL for t in subj.subtree if t.i != subj.i)


def _landed_force(verb) -> bool:
    """ "helicopters landed soldiers of X in Y": a force as the object of `land`."""
    return verb.lemma_.lower() == "land" and any(c.dep_ == "dobj" and (c.lemma_.lower() in FORCES or c.lower_ in FORCES)
                                                 for c in verb.children)


def _place(noun) -> bool:
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in PLACE_NOUNS


def force_arrival(verb) -> Trigger | None:
    """MOBILIZE troops for a force reaching, arriving at or moving towards a place, warships sailing, forces landed, else None."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if _landed_force(verb):
        return DEPLOYED
    if lemma == "sail" and _warships(verb) and any(
            p.dep_ == "prep" and p.lower_ in SAILING_PREPS for p in verb.children):
        return DEPLOYED
    if not _force_subject(verb):
        return None
    preps = [(p.lower_, o) for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if lemma == "reach":
        return DEPLOYED if any(c.dep_ == "dobj" and _place(c) for c in verb.children) else None
    if lemma == "arrive":
        return DEPLOYED if any(p in ARRIVAL_PREPS and _place(o) for p, o in preps) else None
    if lemma == "move" and not any(c.dep_ == "dobj" for c in verb.children) \
            and not any(p == "into" for p, _ in preps):
        directed = any(c.dep_ == "advmod" and c.lower_ in DIRECTIONS for c in verb.children)
        return DEPLOYED if directed or any(p in TOWARD for p, _ in preps) else None
    return None
