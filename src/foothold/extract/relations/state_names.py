"""A state's formal name opened by its demonym is the state, not a demonym (issue 8, relties4): "the Russian
Federation", "the Syrian Arab Republic", "the Hashemite Kingdom" laid as a country mention closing on a state noun.
The index marked every country mention opening with a demonym as one ("Iranian forces"), so "the Border Guard
Service of the Russian Federation" found no state after its "of" (part_of.read_part_of and the readers that skip
demonyms). Only a country mention whose last word is a state noun."""

from __future__ import annotations

STATE_NOUNS = frozenset({"federation", "republic", "kingdom", "emirates", "confederation", "commonwealth",
                         "principality", "sultanate", "emirate", "state", "states"})


def formal_state_name(words: list[str], typ: str) -> bool:
    """The lower-cased words of a country mention make a formal state name ("russian federation")."""
    return typ == "country" and len(words) > 1 and words[-1] in STATE_NOUNS
