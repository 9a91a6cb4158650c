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
