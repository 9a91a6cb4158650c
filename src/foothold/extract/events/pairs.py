"""Pairs told by a common noun: "the two sides", "both countries", "the delegations", "the two leaders" (and the
trios and quartets told the same way: "the three ministers", "the four countries").

One table for the three readings of such a noun: a pair named before (arguments.named_pair), the parties of the
latest talks (releases.joint_parties) and "they"/"the two sides" after a meeting (extractor).
"""

PARTY_TYPES = ("person", "organization", "country")

# the kinds of actor each pair noun can stand for
PAIR_KINDS: dict[str, tuple[str, ...]] = {
    "side": PARTY_TYPES, "party": PARTY_TYPES, "delegation": PARTY_TYPES,
    "country": ("country",), "nation": ("country",), "state": ("country",), "government": ("country",),
    "neighbour": ("country",), "neighbor": ("country",),
    "leader": ("person",), "president": ("person",), "minister": ("person",), "man": ("person",),
    "group": ("organization",), "movement": ("organization",),
}

# how many parties a counted pair noun stands for ("the three ministers" after a trilateral meeting)
PARTY_COUNTS: dict[str, int] = {"two": 2, "both": 2, "three": 3, "four": 4}

# what makes a counted noun a reference back ("the two men", "these three countries", "their two leaders")
DEFINITE_WORDS = frozenset({"the", "these", "those", "both", "their", "its", "our"})


def indefinite_count(noun) -> bool:
    """ "killing two men", "Three countries signed": a number with no definite word before it tells new parties,
    not a pair named before (evargs9; "both" is definite itself)."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod", "predet", "quantmod")}
    return bool(words & (PARTY_COUNTS.keys() - {"both"})) and not words & DEFINITE_WORDS
