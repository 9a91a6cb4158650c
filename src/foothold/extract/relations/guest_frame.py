"""A document title that sets its one state abroad (issue 8, reltitle3): "Kenya in Jubaland: a buffer state ..." names
Kenya as a guest in a place that is no state of the text, so Kenya is not the home of the bare heads and ministers the
story names ("President X's government rejected the vote" is the host's). `TokenIndex.host_state` reads the same frame
when the host is a state; this is the title's state when no such guest frame holds."""

from __future__ import annotations

import re

from .index import without_credit
from .title_places import title_place_state

GUEST_WORDS = 6        # "Turkey's military bet in Libya": the guest named within the title's first words


def home_title_state(idx) -> str | None:
    """``idx.title_state`` unless the title names it only before an " in " that sets it somewhere else; with no
    state in the title, the one state its places stand in (title_places.py)."""
    state = idx.title_state
    if state is None:
        return title_place_state(idx)         # "Policing the protests in Yerevan": Armenia's story
    title = without_credit(idx.ctx.document.title or "")
    m = re.search(r"(?<!\w)in(?:to)? (?:the )?", title)
    before = re.split(r"[:;,(]", title[:m.start()])[-1] if m is not None else ""
    if m is None or len(before.split()) > GUEST_WORDS:
        return state                          # "Mali: the killings in Moura": the scene of an act, no guest
    after = re.split(r"[:;,(]", title[m.end():])[0]
    return None if idx.states_in(before) == {state} and not idx.states_in(after) else state
