"""The state a signatory signs for (issue 8, relties11): "The Treaty was signed for A by the Minister for X, P, and
for B by the Minister for Foreign Affairs, Q": a title right after "for <state> by" is held in that state, before
any state carried from the sentence's earlier title (which had given Q the first signatory's state). Read first in
`TitleRelations.country_scope` after a state written in the phrase."""

from __future__ import annotations


def signed_for_state(reader, t):
    """The country of "for <country> by [the] <title>" ending right before the title phrase, else None."""
    k = t.start - 1
    if reader.w(k) != "by":
        return None
    state = reader.idx.ref_ending(k - 1)
    if state is None or not (state.type == "country" and not state.demonym) or reader.w(state.start - 1) != "for":
        return None
    return state
