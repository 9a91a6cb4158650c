"""Who a request made at a meeting asks (issue 8, evargs11).

"A delegation of X met officials of the Ministry of Y in Z and asked for more protection": the request, a conjunct
of the meeting verb with no party of its own to ask, is made to those met (PLOVER REQUEST: the addressee is its
target). Only asking verbs with no addressee of their own ("asked for", "sought help", "requested access"; "asked
the governor to act" names whom it asks; a named party in the object is the target already), sharing the meeting verb's subject (no subject of their own), and only the met party's
actors that are no place. Read by `targets.aimed_targets`.
"""

from __future__ import annotations

MEETING = frozenset({"meet", "receive", "host", "visit", "telephone", "phone", "call"})
ASKING = frozenset({"ask", "request", "seek", "press", "urge", "appeal", "demand", "plead"})
ADDRESSED = frozenset({"ask", "press", "urge"})      # their object is whom they ask ("requested access": what)


def met_party(tok, index) -> list:
    """(actor, token index) of those met by the meeting verb ``tok`` (a request verb) is a conjunct of."""
    if tok.lemma_.lower() not in ASKING or tok.dep_ != "conj" or tok.head.lemma_.lower() not in MEETING:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dobj" and tok.lemma_.lower() in ADDRESSED
           for c in tok.children):
        return []                       # its own subject or its own addressee ("asked the governor to act")
    met = tok.head
    found = []
    for obj in met.children:
        if obj.dep_ != "dobj" and not (obj.dep_ == "prep" and obj.lower_ == "with"):
            continue
        heads = [obj] if obj.dep_ == "dobj" else [o for o in obj.children if o.dep_ == "pobj"]
        for h in heads:
            for t in h.subtree:
                if t.i > tok.i:
                    break
                a = index.actor_at(t.i)
                if a is not None and a.type not in ("place", "media") and all(a.actor != b.actor for b, _ in found):
                    found.append((a, t.i))
    return found
