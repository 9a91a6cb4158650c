"""A name heading over its definition (issue 8, docs26: wire factboxes, profiles, "who's who" lists):

    SULTANI MAKENGA
    - The military commander of the M23 since 2013.

a sentence that is only a title phrase (no verb: "The military commander of the M23 since 2013.") defines the
person the line before names and nothing else, as an apposition would ("X, the military commander of the M23").
Read by `titles.read_titles` when a title finds no holder in its own sentence."""

from __future__ import annotations

from .index import Ref
from .lexicon import DETERMINERS

FINITE = ("VBD", "VBZ", "VBP", "MD")
DEPENDENT = ("relcl", "acl")      # "the coalition that the M23 joined": a clause inside the definition


def heading_holder(reader, t) -> Ref | None:
    """The person a lone name heading gives the verbless title line ``t`` opens, else None."""
    if reader.doc[t.title_end - 1].dep_ in ("nsubj", "nsubjpass") or told_in_clause(reader, t.start):
        return None                  # a clause ("The president of X said ..."), not a definition line
    k = t.start
    while k > reader.lo and (reader.w(k - 1) in DETERMINERS or reader.doc[k - 1].is_punct):
        k -= 1                                            # "- The", "the"
    if k > reader.lo and "\n" in reader.doc[k - 1].text_with_ws + reader.doc[k - 1].text:
        # the heading and its line parsed as one sentence: "DANIEL OKORO\nThe military commander of ..."
        return lone_name(reader, reader.doc[reader.lo:k])
    if any(not reader.doc[j].is_space for j in range(reader.lo, k)) or reader.lo == 0:
        return None
    return lone_name(reader, reader.doc[reader.lo - 1].sent)


def lone_name(reader, heading) -> Ref | None:
    """The person a heading sentence names when the name is all it holds (spaces and bullets aside)."""
    words = [tok for tok in heading if not (tok.is_space or tok.is_punct)]
    if not words:
        return None
    r = reader.idx.ref(words[0].i)
    if r is None or r.type != "person" or r.start != words[0].i or r.end != words[-1].i + 1:
        return None
    return r


def told_in_clause(reader, start: int) -> bool:
    """A finite verb after the title's start that is not inside a relative clause makes the line a clause."""
    for tok in reader.doc[start:reader.hi]:
        if tok.tag_ in FINITE and tok.dep_ not in DEPENDENT \
                and not any(a.dep_ in DEPENDENT for a in tok.ancestors):
            return True
    return False
