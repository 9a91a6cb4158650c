"""A speaker named with his own chamber (issue 8, reltitle9): "Senate Speaker X said the senators would sit as a
court" leads the Senate when the text names it as an actor. `TitleRelations.officer_state` keeps a bare state body
inside the title out of the tie (news-dev makes no actor of "Parliament" in "Parliament Speaker X", whose holder
serves the state: bare_speaker.py); a chamber that is not the state's whole legislature ("Senate", "Assembly"
beside a "Senate") is the speaker's own body, so he leads it (a deputy serves in it)."""

from __future__ import annotations

from .bare_speaker import WHOLE_LEGISLATURE


def own_chamber(reader, t):
    """The chamber actor written inside a speaker's title, when it is no whole legislature; else None."""
    p = t.premodifier
    if t.words not in reader.lex.state_officers or p is None or t.obj is not None or t.country is not None:
        return None
    if p.type != "organization" or not reader.bare_body(p):
        return None
    if all(reader.w(j) in WHOLE_LEGISLATURE for j in range(p.start, p.end)):
        return None
    return p
