"""Places of one state are one scene (issue 8, anaphora): "Four days later the government declared a state of
emergency in Lima, Cusco and Puno": `arguments.story_state` collects the states (or places of a known state) a
sentence names, and two or more bind no one; places that all lie in one country the text names (the gazetteer's
cities, `scene.city_state`, and capitals) are that country."""

from __future__ import annotations

from .index import DocIndex


def one_state(states: set, index: DocIndex) -> set:
    """``states`` with places of one and the same named country replaced by that country, when that leaves one."""
    if len(states) < 2 or None in states:
        return states
    from .scene import city_state        # (scene.py builds on arguments.py, which calls this)
    countries = set()
    for s in states:
        if index.actor_type.get(s) == "country":
            countries.add(s)
            continue
        state = index.capital_state.get(s) or city_state(s, index)
        if state is None:
            return states          # a place whose state is not known: still ambiguous
        countries.add(state)
    return countries if len(countries) == 1 else states


def placed_within(tok, index: DocIndex) -> bool:
    """ "rallied in Republic Square in Yerevan", "gathered at a mosque in Kano": a scene place followed by its own
    "in Y" naming a further place or country (the parser hangs it on the place or on the verb) -- Y, a scene of
    its own, tells the state, so the first place's unknown state leaves the scene no less known."""
    from .arguments import SCENE_PREPS      # (arguments.py imports this module)
    nxt = tok.right_edge.i + 1
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if nxt < len(tok.doc) and tok.doc[nxt].dep_ == "prep":
        preps.append(tok.doc[nxt])
    return any(p.lower_ in SCENE_PREPS and any(
        o.dep_ == "pobj" and (h := index.actor_at(o.i)) is not None and h.type in ("place", "country")
        for o in p.children) for p in preps)
