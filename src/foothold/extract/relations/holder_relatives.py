"""What a bare-titled holder's own relative clause names (issue 8, reltitle12): "... the candidacy of President X, who
took French citizenship in 2014" — the clause tells of the holder, so a state it names is no rival to the state the
document's title gives his title (`title_relations.title_state_here`): France is not where X is president. Only a
clause hung on the holder's own name and opened by who/whom/whose counts; a clause on anything else ("the deal, which
France brokered") still names a state in play."""

from __future__ import annotations

from .index import Ref

OPENERS = ("who", "whom", "whose")


def holder_relative_tokens(reader, holder: Ref) -> set[int]:
    """The tokens of the who-clauses hung on the holder's name, after it, inside the sentence."""
    out: set[int] = set()
    for j in range(holder.start, holder.end):
        for c in reader.doc[j].children:
            if c.dep_ == "relcl" and c.i >= holder.end and any(d.lower_ in OPENERS for d in c.children):
                out |= {d.i for d in c.subtree if reader.lo <= d.i < reader.hi}
    return out
