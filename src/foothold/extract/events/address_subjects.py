"""A form of address as the subject: "His Excellency stressed that ...", "Her Majesty said ..." (issue 8, evargs11).

A release of a presidency or a royal court names its principal once ("The President of the Republic, X, received the
Ambassador of Y, Z, ...") and then writes "His Excellency stressed ... He called for ...". `address_forms` keeps the
form from being a name, but its "His" was resolved by the mention step to the nearest person before it (the visitor
just named as the object), and the next sentence's "He" continued that subject. The form is a main-line reference:
it stands for the first person named in the sentence before (the principal), and `main_line_subjects` passes a
"he" after it on to that person. Only a form whose noun is in data/address_forms.yaml, after "his" or
"her", as the subject of a main clause.
"""

from __future__ import annotations

from ..actors.address_forms import address_nouns


def address_form(tok) -> bool:
    """``tok`` is the noun of "His Excellency" / "Her Majesty" subject of a main clause."""
    return (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and tok.text[:1].isupper()
            and tok.lower_ in address_nouns()
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children))


def address_possessive(tok) -> bool:
    """``tok`` is the "His" of such a form."""
    return tok.dep_ == "poss" and tok.lower_ in ("his", "her") and address_form(tok.head)


def first_person_before(sent_start: int, index, min_token: int):
    """The first person named in the sentence before ``sent_start`` (from ``min_token``), or None: when no parse
    gives that sentence a person subject ("BAGHDAD, 15 November 2020 - The President of the Republic, X, received
    ...": the parser hangs the subject on the dateline), the principal it opens with."""
    if sent_start <= 0:
        return None
    doc = index.ctx.doc
    prev = doc[sent_start - 1].sent
    for j in range(max(prev.start, min_token), sent_start):
        h = index.actor_at(j)
        if h is not None and h.type == "person" and doc[j].pos_ != "PRON":
            return h
    return None


def addressed_person(tok, index, min_token: int):
    """The person the form of address ``tok`` (`address_form`) stands for: the first person named in the sentence
    before (the principal a release opens with, whom the dateline hides from the parse), else the main line's
    subject before that."""
    from .main_line_subjects import main_line_subject      # (imported late: main_line_subjects imports this module)
    start = tok.sent.start
    if start <= min_token:
        return None
    return first_person_before(start, index, min_token) or main_line_subject(start, index, min_token)
