"""A bare head or minister reporting what his own state will do (issue 8, reltitle7): "The debts are a standing subject
of Iraqi diplomacy. Prime Minister X told reporters that Iraq would pay Iran with crude oil"; "Chad's foreign ministry
announced that it was ending the pact with France. Foreign Minister X said Chad wanted to assert its full
sovereignty." Two signs must agree: the state is the subject of the clause the holder reports (a plain statement
verb: say, tell, announce ...; not warn, accuse or threaten, whose clause is often another state's), and the
sentence before, in the same paragraph, makes that state its acting subject or names no other state. Alone, the
reported subject is no sign ("President X said Russia would pay for its crimes"). The usual checks: the title is no
regional or body's one, its sentence names no other state before the title, no other holder heads the state or
holds the portfolio there; read after `state_named_before` in `dictionary_scope`."""

from __future__ import annotations

from .acting_subject import SUBJECT_DEPS
from .dateline_rival import opens_paragraph
from .salient_state import portfolio_held
from .state_before import states_in_play, states_standing_in
from .wire import body_title

REPORTING = frozenset({"say", "tell", "announce", "add", "stress", "insist", "declare", "state", "confirm",
                       "reiterate", "explain", "note"})


def reported_subject_state(reader, holder) -> str | None:
    """The state (by name or capital, not a demonym) subject of the clause the holder reports, else None."""
    from .acting_subject import state_acting_as
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in REPORTING:
        return None
    clause = next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
    r = reader.idx.ref(subject.i) if subject is not None else None
    if r is None or r.demonym or any(c.dep_ == "conj" for c in subject.children):
        return None
    return state_acting_as(reader, subject)


def reported_own_state(reader, t, holder) -> str | None:
    """The state the holder reports as acting, when the sentence before agrees (see the module's docstring)."""
    state = reported_subject_state(reader, holder)
    prev = reader.previous_sentence()
    if state is None or prev is None or opens_paragraph(reader):
        return None
    if reader.acting_state_before() != state and states_in_play(reader, prev) != {state}:
        return None
    if reader.regional(t) or body_title(reader, t) or reader.head_named_before(t, holder, state) \
            or portfolio_held(reader, t, holder, state):
        return None
    return None if states_standing_in(reader, reader.doc[reader.lo:t.start]) - {state} else state
