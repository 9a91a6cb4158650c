"""Named members of an acted-on group (issue 8, evrecall4).

"thank our partners in the region, including Costa Rica", "imposing visa restrictions on nearly 300 nationals,
among them more than 100 members of the Congress", "detained several opposition leaders, including X and Y": the
act's object is an unnamed plural, and the parties named after "including" / "among them" / "such as" are the ones
it reaches, so they join its target (the golds code them as targets). Only a plural noun the verb acts on (its
object, or the object of a preposition on the way: "dozens of officials", "restrictions on nationals"), and only
names set off by the first comma after it, with no verb or conjunction between.
"""

from __future__ import annotations

from .index import DocIndex

MARKS = (("including",), ("among", "them"), ("among", "whom"), ("such", "as"), ("notably",), ("especially",))
PATH_DEPS = {"dobj", "pobj", "prep", "nsubjpass"}
PATH_PREPS = {"of", "on", "against", "to", "with", "at", "upon"}
WHERE_PREPS = {"in", "at", "near", "around", "outside", "inside"}
STOPS = {",", ";", ")", "(", "—", "–"}


def _on_object_path(tok, verb) -> bool:
    """The noun is the verb's object, or an object of a preposition reached only through objects."""
    t = tok
    while t.i != verb.i:
        if t.dep_ not in PATH_DEPS or t.dep_ == "prep" and t.lower_ not in PATH_PREPS or t.head.i == t.i:
            return False
        t = t.head
    return tok.i != verb.i


def _mark_at(doc, k: int) -> int:
    """The length of the membership mark starting at token k, or 0."""
    for mark in MARKS:
        if k + len(mark) <= len(doc) and all(doc[k + j].lower_ == w for j, w in enumerate(mark)):
            return len(mark)
    return 0


def _named_after(doc, k: int, end: int, index: DocIndex) -> list[tuple]:
    out: list[tuple] = []
    while k < end and doc[k].text not in STOPS:
        hit = index.actor_at(doc[k].i)
        where = doc[k].dep_ == "pobj" and doc[k].head.lower_ in WHERE_PREPS     # "those in Oruro": where, not who
        if hit is not None and not where and all(hit.actor != h.actor for h, _ in out):
            out.append((hit, k))
        k += 1
    return out


def named_members(verb, index: DocIndex) -> list[tuple]:
    """(ActorHit, token) of the parties named as members of a plural group the verb acts on."""
    doc, sent = verb.doc, verb.sent
    for tok in verb.subtree:
        if tok.tag_ != "NNS" or index.actor_at(tok.i) is not None or not _on_object_path(tok, verb):
            continue
        comma = _first_comma_after(tok)
        size = _mark_at(doc, comma + 1) if comma is not None and comma + 1 < sent.end else 0
        if size:
            return _named_after(doc, comma + 1 + size, sent.end, index)
    return []


def _first_comma_after(tok) -> int | None:
    """The first comma after the noun, when no verb comes between ("partners in the region, including X";
    not "diplomats, and Bolivia, including ...", nor a clause of its own)."""
    for t in tok.doc[tok.i + 1:tok.sent.end]:
        if t.text == ",":
            return t.i
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "cc":
            return None
    return None


def members_as_targets(f, args, index: DocIndex) -> None:
    """The named members of the acted-on group join the target (not a party already on a side)."""
    if f.kind not in ("verb", "light") or f.token.pos_ not in ("VERB", "AUX"):
        return
    found = [(h, i) for h, i in named_members(f.token, index) if h.actor not in args.source]
    args.add("target", found, index)
