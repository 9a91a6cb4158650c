"""A body called again by its nationality and its kind (issue 8, evargs13).

"Gazprom had been cutting its purchases ... In January the Russian company stopped buying Turkmen gas": a phrase
"the <demonym> <kind of body>" (company, firm, group, ...) with no other word tells an organisation named shortly
before by what it is, not its state: the demonym alone made the state the doer. It stands for the nearest
organisation named in its sentence or the two before -- not the verb's own subject ("the ministry fined the Russian
company"), and not one the relations make part of another state. None such: the state, as before.
"""

from __future__ import annotations

from .index import ActorHit, DocIndex
from .state_body_heads import sentences_start

# nouns of a kind of organisation that a text calls a named one by, after its nationality
BODY_KINDS = frozenset({"company", "firm", "concern", "giant", "operator", "utility", "bank", "carrier", "group",
                        "conglomerate", "producer", "insurer", "lender", "contractor", "manufacturer", "exporter",
                        "militia", "movement", "outfit", "broadcaster", "airline", "miner", "shipper", "developer"})
SENTENCES = 3            # its own sentence and the two before


def nationality_of(tok, index: DocIndex) -> ActorHit | None:
    """The state ``tok``'s only modifier names when ``tok`` is "the <demonym> <kind of body>", else None."""
    if tok.pos_ != "NOUN" or tok.lower_ not in BODY_KINDS or index.actor_at(tok.i) is not None:
        return None
    kids = [c for c in tok.children if c.dep_ not in ("punct", "prep")]     # "accused the Russian company of ..."
    if len(kids) != 2 or kids[0].lower_ != "the" or kids[0].dep_ != "det" or kids[1].dep_ != "amod" \
            or kids[1].i != tok.i - 1:
        return None
    state = index.actor_at(kids[1].i)
    return state if state is not None and state.type == "country" else None


def other_state(org: str, state: str, index: DocIndex) -> bool:
    """The relations make ``org`` part of a state other than ``state``."""
    return any(r.subject == org and r.predicate == "part_of" and r.object != state
               and index.actor_type.get(r.object) == "country" for r in getattr(index.ctx, "relations", None) or [])


def national_body(tok, index: DocIndex) -> list[tuple[ActorHit, int]]:
    """[(the organisation, tok.i)] that "the <demonym> <kind>" at ``tok`` stands for, or []."""
    state = nationality_of(tok, index)
    if state is None:
        return []
    start = sentences_start(tok, SENTENCES)
    head = tok.head
    own_subject = {t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i
                   for t in c.subtree} if tok.dep_ not in ("nsubj", "nsubjpass") else set()
    for j in range(tok.i - 1, start - 1, -1):
        h = index.actor_at(j)
        if h is None or h.type != "organization" or j in own_subject or h.actor == state.actor \
                or other_state(h.actor, state.actor, index):
            continue
        return [(ActorHit(h.actor, h.type, index.tok_start[tok.i], index.tok_end[tok.i]), tok.i)]
    return []
