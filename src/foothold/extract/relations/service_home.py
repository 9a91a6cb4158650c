"""A bare service title in a story of one state (issue 8, reltitle8): "The inspector-general of police, X, said the
march had been illegal" in a monitor titled "Zambia: protests and arrests", "Foreign ministry spokesman X said" in an
analysis of one state's policy — with no scene, dateline or acting state nearer, the holder serves the one state the
document's title makes its home (`guest_frame.home_title_state`), as a head's bare title does (`title_state_here`).
Not for a title naming its body as an actor ("Foreign Ministry Spokesman X", "the army's spokesman, X": the golds tie
him to that body), and only when neither the title's sentence nor the one before names another state, a place counting as the state it
stands in, and no dateline or release place line sets the story in another state (`state_before.states_standing_in`); read last in `StoryState.plain_state`.

A state the text makes the owner of the title's body word elsewhere ("Malawian police" in a Zambian monitor) is no
guess against that home (`foreign_owner`, read by `plain_state` before `body_owner.owned_body_state`'s answer is
kept)."""

from __future__ import annotations

from .guest_frame import home_title_state


def service_home(reader, t) -> str | None:
    """The document title's home state for a service title, when the title's sentence and the one before name no
    other state; else None."""
    from .state_before import states_standing_in
    home = home_title_state(reader.idx)
    if home is None or t.premodifier is not None:
        return None                          # "Foreign Ministry Spokesman X": the body the title names holds him
    if reader.idx.dateline_state not in (None, home) or opening_place_state(reader.idx) not in (None, home):
        return None                          # "Lilongwe, 3 May - ..." under "Floods in northern Mozambique"
    prev = reader.previous_sentence()
    named = states_standing_in(reader, reader.sent)
    if prev is not None:
        named |= states_standing_in(reader, prev)
    return home if named <= {home} else None


def foreign_owner(reader, owner: str) -> bool:
    """The owner the text gives a body word is another state than the document title's home ("Malawian police" in
    "Zambia: protests and arrests"): no owner for a bare service title of the home's story."""
    home = home_title_state(reader.idx)
    return home is not None and owner != home


def opening_place_state(idx) -> str | None:
    """The state of the place a dated dateline opens the text with, in capitals or title case ("Lilongwe, 3 May 2024
    - The Malawi Defence Force ..."): where the issuer speaks from."""
    from ...ingest.metadata import DATELINE_RE, HEAD_CHARS, HEAD_LINES, _lines
    for _, line in _lines(idx.ctx.document.text, limit=HEAD_LINES, chars=HEAD_CHARS):
        m = DATELINE_RE.match(line)
        if m is not None:
            return idx.state_of_place(line[:m.start("date")].split(",")[0].strip())
    return None
