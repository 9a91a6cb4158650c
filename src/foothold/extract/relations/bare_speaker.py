"""The state a bare speaker serves (issue 8, reltitle6): "Parliament Speaker X suspended all sessions", "Speaker X
condemned the attack" in a story about one state — the speaker of its parliament serves that state (member_of), as
the tuning golds now code it (four of the bare speakers acting as a clause's subject; the one holder they leave
untied is a Sri Lankan speaker). Read only when the phrase names no state or body and the text names no one chamber
for `chamber_heads.named_chamber`; the state is the story's guess a minister's bare title takes (`dictionary_scope`),
else the one the story makes plain for a service title (`plain_state`). Never a deputy speaker (a deputy is coded with
his bloc, not the state), a former or incoming one, nor a holder named only as another's agent or possessor ("the
movement of Parliament Speaker X", "brokered by Speaker X": the golds code his party, not the state)."""

from __future__ import annotations

from .index import Ref
from .issuer import holder_is_subject


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
        return state if state.type == "country" else None
    plain = reader.plain_state(t, holder)
    return Ref(plain, "country", t.title_start, t.title_end) if plain else None


def bare_phrase(reader, t) -> bool:
    """The title names no state and no body but a bare state body word ("Parliament Speaker X")."""
    return t.obj is None and t.country is None and (t.premodifier is None or reader.bare_body(t.premodifier))
