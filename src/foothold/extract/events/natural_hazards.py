"""A natural hazard kills without a doer (issue 8, precision2): "An earthquake killed 300 people in Nepal", "Floods
killed 40 people", "were killed by the tsunami". PLOVER ASSAULT codes violence by an actor; a disaster's toll is no
event (aid sent after it is). A weapon or an attack as subject ("a shell struck", "the blast killed") stays.
"""

from __future__ import annotations

HAZARDS = {"earthquake", "quake", "tsunami", "flood", "floods", "flooding", "cyclone", "hurricane", "typhoon",
           "storm", "landslide", "landslides", "mudslide", "avalanche", "drought", "famine", "epidemic", "pandemic",
           "cholera", "disease", "heatwave", "wildfire", "wildfires", "eruption", "tornado", "monsoon", "rains",
           "lightning", "outbreak"}


def hazard_doer(tok) -> bool:
    """The verb's subject (or its passive agent) is a natural hazard."""
    for c in tok.children:
        if c.dep_ == "nsubj" and c.lemma_.lower() in HAZARDS | {h.rstrip("s") for h in HAZARDS}:
            return True
        if c.dep_ == "agent" and any(o.dep_ == "pobj" and o.lemma_.lower() in HAZARDS for o in c.children):
            return True
    return False
