"""The state a bare speaker serves (issue 8, reltitle6): "Parliament Speaker X suspended all sessions", "Speaker X
condemned the attack" in a story about one state — the speaker of its parliament serves that state (member_of), as
the tuning golds now code it (four of the bare speakers acting as a clause's subject; the one holder they leave
untied is a Sri Lankan speaker). Read only when the phrase names no state, body or chamber actor and the text names no one chamber
for `chamber_heads.named_chamber`; the state is the story's guess a minister's bare title takes (`dictionary_scope`),
else the one the story makes plain for a service title (`plain_state`), when neither its sentence nor the one before
names another state (a place counting as its state: "Some lawmakers in Jakarta criticised the deal." in a story
filed from Helsinki). Never a deputy speaker (a deputy is coded with
his bloc, not the state), a former or incoming one, nor a holder named only as another's agent or possessor ("the
movement of Parliament Speaker X", "brokered by Speaker X": the golds code his party, not the state)."""

from __future__ import annotations

from .index import Ref
from .issuer import holder_is_subject
from .state_before import states_standing_in


def speaker_state(reader, t, holder: Ref | None) -> Ref | None:
    """The state a bare speaker ``t`` acting as a clause subject serves, else None."""
    if holder is None or t.words not in reader.lex.state_officers or not bare_phrase(reader, t):
        return None
    if t.demoted or any(reader.w(j) in ("deputy", "vice") for j in range(t.start, t.title_end)):
        return None
    if not reader.sitting(t) or not holder_is_subject(reader, holder):
        return None
    state = reader.country_scope(t, holder) or reader.dictionary_scope(t, holder)
    if state is not None:
        found = state.actor if state.type == "country" else None
    else:
        found = reader.plain_state(t, holder)
    return Ref(found, "country", t.title_start, t.title_end) if found and not other_state_near(reader, found) else None


def other_state_near(reader, state: str) -> bool:
    """The speaker's sentence or the one before names another state, a place counting as its state ("Some lawmakers
    in Jakarta criticised the deal." under a HELSINKI dateline): his parliament may be that state's."""
    prev = reader.previous_sentence()
    span = reader.doc[prev.start if prev is not None else reader.lo:reader.hi]
    return bool(states_standing_in(reader, span) - {state})


WHOLE_LEGISLATURE = {"parliament"}   # one word naming a state's whole legislature, not one of its chambers


def bare_phrase(reader, t) -> bool:
    """The title names no state and no body but the state's whole legislature: "Speaker X", "Parliament Speaker X"
    (a chamber, "Senate Speaker X", is the speaker's own body, not a state's)."""
    p = t.premodifier
    return t.obj is None and t.country is None and (
        p is None or all(reader.w(j) in WHOLE_LEGISLATURE for j in range(p.start, p.end)))
