"""Acts told together in one wire sentence (issue 8, wireev): which are one act and which are two.

Small rules read by the extractor, each with its own sentences in tests/test_events_wire_acts.py.
"""

from __future__ import annotations


def own_addressees(first, second) -> bool:
    """Two coordinated verbs each with a direct object of its own ("urged both sides to show restraint and asked
    the government to release X"): two requests to two addressees, even where neither is named -- not the
    repeat of one act ("condemned and denounced the attack", where the object is the second verb's alone). Read
    for requests only: "visited Doha and met the emir" is one visit."""
    def objects(verb):
        return {c.i for c in verb.children if c.dep_ == "dobj"}
    return first.i != second.i and bool(objects(first)) and bool(objects(second)) \
        and objects(first).isdisjoint(objects(second))
