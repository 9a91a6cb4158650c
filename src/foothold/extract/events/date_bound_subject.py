"""A subject the parser read into a fronted date: "On 27 May police detained 273 protesters", "On 12 June
protesters gathered ...". With no comma after the date the parser may take "27 May police" as one noun phrase,
the object of "On", and leave the finite verb with no subject -- the unnamed body that acted (police, security
forces) is then lost, and with it the state it acts for. The noun right before the verb, object of a preposition
hung on that verb, whose own left words hold a month or weekday, is the verb's subject."""
from __future__ import annotations

from ..dates import MONTHS, WEEKDAYS

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def is_calendar_word(tok) -> bool:
    """A capitalised month or weekday name ("May", "Sept.", "Tuesday"; the modal "may" is not one)."""
    return tok.text[:1].isupper() and (tok.lower_.rstrip(".") in MONTHS or tok.lower_ in WEEKDAYS)


def date_bound_subject(verb):
    """The noun a fronted date swallowed as the subject of the subjectless finite ``verb``, or None."""
    if verb.tag_ not in FINITE_TAGS or verb.i == verb.sent.start:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or is_calendar_word(noun):
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.head.i != verb.i or prep.i > noun.i:
        return None
    return noun if any(is_calendar_word(t) for t in noun.lefts) else None


def date_bound_name(subj):
    """ "On 7 June, X (ABC), the armed wing of Y in the region, denied ...": with a comma after the date the
    parser may hang the name X on the fronted "On" and make the description apposed to it the verb's subject, so
    Y, named inside the description, acted (evargs9). A definite common-noun subject right after ", X ,", whose X
    heads the object of a fronted preposition of the same verb holding a month or weekday, is X; else None."""
    if subj.pos_ != "NOUN" or subj.dep_ != "nsubj" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    doc = subj.doc
    start = subj.sent.start
    j = subj.left_edge.i - 1
    if j <= start or doc[j].text != ",":
        return None
    j -= 1
    if doc[j].text == ")":                  # "X (ABC),": the bracketed short name
        while j > start and doc[j].text != "(":
            j -= 1
        j -= 1
    if j < start or doc[j].pos_ != "PROPN":
        return None
    name = doc[j]
    while name.dep_ in ("compound", "nmod", "flat") and name.head.i > name.i:
        name = name.head
    prep = name.head
    if name.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != subj.head.i or prep.i > name.i \
            or is_calendar_word(name) or name.ent_type_ == "DATE":
        return None                         # "On 9 March, the group denied": the date itself
    return name if any(is_calendar_word(t) for t in prep.subtree) else None
