"""A body sent by a party, named again by its noun (issue 8, evargs7): "A delegation of the regional bloc arrived in
the capital and met the minister. The delegation urged the government to ...": "the delegation" is the party that
sent it, named in the earlier mention's own phrase ("a delegation of X", "an X delegation", "X's delegation"). A
definite subject "the <noun>" (only "the" before it) of a sent-body noun (`SENT_NOUNS`), with no actor of its own,
takes the one organisation or country the nearest earlier mention of the same noun named, in its sentence or the
two before in its paragraph; none or two named there: nothing. Tried in `arguments.head_actors` after
`unnamed_group`."""

from __future__ import annotations

from .index import ActorHit, DocIndex

SENT_NOUNS = frozenset({"delegation", "mission", "team", "envoy", "envoys", "delegates", "observers", "monitors",
                        "inspectors", "convoy", "negotiators"})
BACK_SENTENCES = 2
OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _owners(noun, index: DocIndex) -> set[str]:
    """The organisations and countries a mention's own phrase names as its sender: "of X", "from X", "X's", "X"."""
    found = set()
    for c in noun.children:
        tokens = []
        if c.dep_ in OWNER_DEPS:
            tokens = list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in ("of", "from"):
            tokens = [t for o in c.children if o.dep_ == "pobj" for t in o.subtree]
        for t in tokens:
            hit = index.actor_at(t.i)
            if hit is not None and hit.type in ("organization", "country"):
                found.add(hit.actor)
    return found


def sent_body(tok, index: DocIndex) -> ActorHit | None:
    """The party "the delegation" stands for, or None."""
    if tok.pos_ != "NOUN" or tok.lower_ not in SENT_NOUNS or index.actor_at(tok.i) is not None \
            or [c.lower_ for c in tok.children if c.dep_ != "punct"] != ["the"]:
        return None
    doc, sent, para = tok.doc, tok.sent, index.paragraph[tok.i]
    start = sent.start
    for _ in range(BACK_SENTENCES):
        if start == 0 or index.paragraph[start - 1] != para:
            break
        start = doc[start - 1].sent.start
    for j in range(tok.i - 1, start - 1, -1):
        t = doc[j]
        if t.lower_ != tok.lower_ or t.pos_ != "NOUN":
            continue
        owners = _owners(t, index)
        if len(owners) == 1:
            actor = owners.pop()
            return ActorHit(actor, index.actor_type.get(actor, "organization"), index.tok_start[tok.i],
                            index.tok_end[tok.i])
        return None          # the nearest mention names none or two: no guess from one further back
    return None
