"""Acts told together in one wire sentence (issue 8, wireev): which are one act and which are two.

Small rules read by the extractor, each with its own sentences in tests/test_events_wire_acts.py.
"""

from __future__ import annotations


def own_addressees(first, second) -> bool:
    """Two coordinated verbs each with a direct object of its own ("urged both sides to show restraint and asked
    the government to release X"): two requests to two addressees, even where neither is named -- not the
    repeat of one act ("condemned and denounced the attack", where the object is the second verb's alone). Read
    for requests only: "visited Doha and met the emir" is one visit."""
    def objects(verb):            # "called on B to ...": the addressee of a phrasal request too (evsense2)
        return {c.i for c in verb.children if c.dep_ == "dobj"} | {
            o.i for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for o in p.children
            if o.dep_ == "pobj"}
    # ("called on Qatar to help and urged it to send aid": a pronoun addressee is the first one again)
    return first.i != second.i and bool(objects(first)) and bool(objects(second)) \
        and objects(first).isdisjoint(objects(second)) and not all(second.doc[i].pos_ == "PRON" for i in objects(second))


# verbs of a count changing: "attacks have multiplied", "arrests rose sharply"
TREND_VERBS = {"multiply", "increase", "rise", "grow", "decline", "decrease", "drop", "fall", "double", "triple",
               "mount", "soar", "surge", "spike", "dwindle"}


def counted_as_trend(noun) -> bool:
    """A plural event noun whose count the clause tells changing ("Attacks on U.S. sites have multiplied since
    ..."): a tally of many acts, none told."""
    return noun.tag_ == "NNS" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in TREND_VERBS
