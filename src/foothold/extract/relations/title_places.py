"""The state a document's title places its story in through a city or region of it (issue 8, reltitle4): "Policing
the Tavush protests in Yerevan, May-June 2024" names no state, yet is Armenia's story as plainly as "Armenia: ..."
would be. Read only when the title names no state itself; the places' states come from the text's own actors and
the gazetteer (`TokenIndex.state_of_place`), and must all be one state."""

from __future__ import annotations

import re

from .index import without_credit


def title_place_state(idx) -> str | None:
    """The one state whose places (cities, regions the text names) the document's title names, when the title names
    no state by name or demonym; else None."""
    title = without_credit(idx.ctx.document.title or "")
    if not title or idx.states_in(title):
        return None
    states = set()
    for actor in idx.ctx.actors:
        if actor.type != "place" or not any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", title)
                                            for form in actor.surface_forms() if len(form) > 2):
            continue
        state = idx.state_of_place(actor.name)
        if state is not None:
            states.add(state)
    return states.pop() if len(states) == 1 else None
