"""A principal's retinue (issue 8, docs26: communiqués and visit readouts): "He was accompanied by Foreign Minister X,
Finance Minister Y and Minister of Electricity Z", "The President, accompanied by Defence Minister X, arrived ..." —
a bare title in the by-phrase of "accompany" is held in the state its principal heads or serves, as a delegation
serves its sender (`delegations.py`). The principal's state is a leads/member_of tie to a country found earlier in
the document; a principal with no such tie, or with ties to two states, scopes nothing. Read by
`title_relations.country_scope`."""

from __future__ import annotations

from .index import Ref

ACCOMPANY = "accompany"
STATE_TIES = ("leads", "member_of")
MAX_CLIMB = 8                     # title → list conjuncts → "by" → the verb


def retinue_state(reader, t, holder: Ref | None) -> Ref | None:
    """The country whose principal the title's holder accompanies, or None."""
    if holder is None or holder.type != "person":
        return None
    verb = accompanying_verb(reader.doc[t.title_start])
    if verb is None:
        return None
    principal = principal_of(reader, verb)
    if principal is None or principal.actor == holder.actor:
        return None
    state = served_state(reader, principal.actor)
    return Ref(state, "country", t.title_start, t.title_end) if state else None


def accompanying_verb(tok):
    """The "accompany" verb whose agent phrase ("by ...") holds the token, else None."""
    t = tok
    for _ in range(MAX_CLIMB):
        if t.head.i == t.i:
            return None
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lemma_.lower() == ACCOMPANY:
            return t.head.head
        if t.dep_ == "agent" and t.head.lemma_.lower() == ACCOMPANY:
            return t.head
        t = t.head
    return None


def principal_of(reader, verb) -> Ref | None:
    """Who is accompanied: the passive subject ("He was accompanied by"), or the noun a participle hangs on
    ("The President, accompanied by ...")."""
    if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN":
        head = verb.head
        subj = head if reader.idx.ref(head.i) is not None else next(
            (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None:
        return None
    r = reader.idx.ref(subj.i)
    return r if r is not None and r.type == "person" else None


def served_state(reader, actor: str) -> str | None:
    """The one country the person was found to head or serve so far, else None."""
    states = {o for (s, p, o) in reader.found.by_key if s == actor and p in STATE_TIES
              and reader.idx.types.get(o) == "country"}
    return states.pop() if len(states) == 1 else None
