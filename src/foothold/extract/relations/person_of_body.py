"""One person written with the body they serve after "of" (issue 8, relties8): "His main challenger, X of the Y
party, rejected the result", "X of Reuters was wounded". The person's name is followed by "of" [the] and an
organisation or outlet whose name ends the phrase (a comma, a bracket, a verb, a stop: no "'s" and no further "of"
naming something inside it): X is member_of it. A list "A and B of Y" is `people_listed_with_body.list_of_body`'s; a
title written before the name ("President X of Y", "former minister X of Y") is the title readers' (the title may
make X its head).
Read by `people_listed_with_body.list_of_body` when no list of two people ends at the "of"."""

from __future__ import annotations

from .index import Ref
from .list_items import own_title_before

BODIES = ("organization", "media")
AFTER = {",", ".", ";", ":", "(", ")", "and", "said", "says", "told", "was", "were", "is", "has", "had", "who", "-"}


def person_of_body(reader, k: int) -> tuple[Ref, Ref] | None:
    """(person, body) for "PERSON of [the] BODY" with the "of" at token k, else None."""
    person = reader.idx.ref_ending(k - 1)
    if person is None or person.type != "person" or person.demonym or own_title_before(reader, person):
        return None
    j = k + 1 + (reader.w(k + 1) == "the")
    body = reader.idx.ref_starting(j)
    if body is None or body.type not in BODIES or body.demonym or body.actor == person.actor:
        return None
    end = body.end
    if reader.w(end) in ("party", "movement", "alliance", "bloc", "group"):
        end += 1                          # "X of the Y party"
    if end < reader.hi and reader.w(end) not in AFTER and (reader.doc[end].pos_ not in ("VERB", "AUX", "ADP")
                                                            or reader.w(end) == "of"):
        return None                       # "X of the Y's youth wing", "X of the Y office in Z"
    return person, body
