"""Leaving a gathering refuses it: "X pulled out of the summit", "Y withdrew from the talks" (issue 8, evtype2).

A withdrawal verb (RETREAT withdraw) names leaving ground; when what is left is a meeting, a summit or talks (a
noun plover.yaml types CONSULT), no ground is given up: the party refuses to take part (PLOVER REJECT, as leaving an
accord is in `senses.left_accord`). The gathering nouns are plover.yaml's own CONSULT nouns, no list of their own."""

from __future__ import annotations

from .triggers import Found


def left_gathering(lex, f: Found, etype: str, mode, sphere):
    """REJECT for a withdrawal from a gathering ("pulled out of a summit"), else the type unchanged."""
    if etype == "RETREAT" and mode == "withdraw" and f.kind == "verb" \
            and any(_is_gathering(lex, o) for o in _left_things(f.token)):
        return "REJECT", "statement", "political"
    return etype, mode, sphere


def _left_things(verb):
    """The objects of the verb's "from" or "out of" phrase ("withdrew from the talks", "pulled out of a summit")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            yield from (o for o in c.children if o.dep_ == "pobj")
        if c.dep_ in ("prt", "prep") and c.lower_ == "out":     # "of" hangs on the verb or on "out"
            yield from (o for p in [*c.children, *verb.children] if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj")


def _is_gathering(lex, noun) -> bool:
    """plover.yaml types the noun a meeting (CONSULT): a summit, talks, a conference."""
    trig = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)
    return trig is not None and trig.type == "CONSULT"
