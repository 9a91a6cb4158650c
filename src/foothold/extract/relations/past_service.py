"""A title told by a past-tense who-clause on its holder (issue 8, reltitle13): "X, who served as president from 2012
to 2017", "X, who was prime minister until 2016", "X, who had served as foreign minister". The clause tells the
holder's own past office and names no state: the state of another person's title named a sentence or two before
("former Malawi president Y led the observers") is not carried to him (`TitleRelations.country_scope`'s recent
heads). A present perfect ("who has served as president since 2016") is a sitting holder's and is carried as
before."""

from __future__ import annotations

PAST_TAGS = {"VBD"}


def past_service(reader, t, holder) -> bool:
    """The title's head word is the office of a past-tense relative clause hung on the holder's own name."""
    if holder is None:
        return False
    head = reader.doc[t.title_end - 1]
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.dep_ == "prep":
        verb = head.head.head                       # "who served as president"
    elif head.dep_ in ("attr", "acomp"):
        verb = head.head                            # "who was president"
        if verb.lemma_.lower() != "be":
            return False
    else:
        return False
    if verb.dep_ != "relcl" or not holder.start <= verb.head.i < holder.end:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if auxes:                                       # "who had served" is past, "who has served" is not
        return auxes[0].tag_ in PAST_TAGS
    return verb.tag_ in PAST_TAGS
