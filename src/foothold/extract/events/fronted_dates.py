"""A subject swallowed by a fronted date phrase: "In 2018 Peru cut aid to Bolivia", "In 2017 X, a former chief of the
army, took command of Y", "On 4 May two drones targeted the base" (issue 8, evsense2). The parser reads the name after
the date as a second object of "In"/"On", and the verb has no subject; its doer is lost. The repair re-hangs that
noun as the verb's subject (a parse repair, run with the extractor's others)."""

from __future__ import annotations
from ..doc_tokens import doc_tokens

DATE_PREPS = {"in", "on"}


def _date_like(tok) -> bool:
    """A year, a day or a month: "2018", "4 May", "May 2018"."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.tag_ == "CD" or tok.like_num


def swallowed_subject(prep):
    """The noun a fronted date preposition holds after its date, when its verb has no subject, else None."""
    verb = prep.head
    if prep.lower_ not in DATE_PREPS or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if len(objs) >= 2 and _date_like(objs[0]):
        noun = objs[-1]                 # "In 2018 | Rosa Quispe": two objects, the date and the name
    elif len(objs) == 1 and any(c.i < objs[0].i and c.dep_ in ("nmod", "nummod", "compound") and c.ent_type_ == "DATE"
                                for c in objs[0].children) and not any(c.dep_ == "det" for c in objs[0].children):
        noun = objs[0]                  # "In [May 2018] Peru": the date hung on the name as its modifier
    else:
        return None
    if noun.pos_ not in ("PROPN", "NOUN") or noun.ent_type_ in ("DATE", "TIME"):
        return None
    return noun


def repair_dated_subjects(doc) -> int:
    """Re-hangs each swallowed subject on its verb; returns how many."""
    moved = 0
    for prep in doc_tokens(doc):     # the events block's kept Token list (perf4)
        noun = swallowed_subject(prep)
        if noun is not None:
            noun.head, noun.dep_ = prep.head, "nsubj"
            moved += 1
    return moved
