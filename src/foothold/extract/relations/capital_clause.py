"""A capital speaking for its state in an earlier clause of the title's own sentence gives a bare head or minister
that state (issue 8, reltitle9): "Lima holds that the boat was in Peruvian waters, and Foreign Minister X called
the seizure illegal" — X speaks for Peru, not for the dateline's city nor for the state acting the sentence before
(reltitle8's `state_before.capitals_before` only kept that wrong state out). Read only when the capital (a place the
text names as a state's capital, `acting_subject.state_acting_as`) is the subject of a verb taking a clause — a
statement or a stance ("says", "holds that", "insists"), not a deed ("Moscow fired missiles overnight, and President
X vowed ..." may be the other side's) — that state is the only one the sentence names, the holder is a clause subject
after it, and the sentence names no other head or minister."""

from __future__ import annotations

from .acting_subject import state_acting_as
from .issuer import holder_is_subject
from .own_predicate import holders_own_predicate
from .state_before import states_in_play
from .wire import body_title

CLAUSE_DEPS = ("ccomp",)      # "holds that ...", "says the crossing will ...": the statement the verb takes


def capital_clause_state(reader, t, holder) -> str | None:
    """The state whose capital speaks in an earlier clause of the title's sentence, else None."""
    if holder is None or not holder_is_subject(reader, holder) or reader.regional(t) or body_title(reader, t):
        return None
    states = set()
    for j in range(reader.lo, t.start):
        tok = reader.doc[j]
        r = reader.idx.ref(j)
        if r is None or r.type != "place" or tok.dep_ != "nsubj":
            continue
        if not any(c.dep_ in CLAUSE_DEPS for c in tok.head.children) or tok.head.i >= t.start:
            continue
        if (state := state_acting_as(reader, tok)) is not None:
            states.add(state)
    if len(states) != 1:
        return None
    state = states.pop()
    if states_in_play(reader, reader.doc[reader.lo:reader.hi]) != {state} \
            or reader.head_named_before(t, holder, state):
        return None
    heads = reader.lex.country_heads | reader.lex.ministers
    others = any(reader.match(j, heads) for j in range(reader.lo, reader.hi)
                 if not t.start <= j < t.title_end and not holders_own_predicate(reader, j, holder))
    return None if others else state
