"""Places and their states: the state a scene lies in, capitals standing for states, states of bodies acted on."""

from __future__ import annotations

import re

from ...model import Actor, Event, Mention
from ...resolve.names import normalise_name, slug
from .arguments import Arguments, fronted_location
from .index import DocIndex
from .lexicon import capitals_by_key
from .wire_targets import apposed_state, owns_a_place

# "the Pakistani city of Quetta", "the Nigerian state of Kano": a place noun a state's demonym names
SCENE_NOUNS = {"city", "town", "village", "province", "district", "region", "state", "capital", "port", "governorate"}


def city_state(place: str, index: DocIndex) -> str | None:
    """The document's country actor for the state a city lies in (the gazetteer's), or None ("Omdurman" -> Sudan
    when the text names Sudan)."""
    from ..dictionary import city_countries, load_dictionary
    actor = next((a for a in index.ctx.actors if a.id == place), None)
    country = city_countries().get(normalise_name(actor.name)) if actor is not None else None
    if country is None:
        return None
    entry = load_dictionary().lookup(country)
    key = normalise_name(country)
    return next((a.id for a in index.ctx.actors if a.type == "country" and (
        entry is not None and a.dictionary_id == entry.id or any(normalise_name(n) == key for n in a.surface_forms()))),
        None)


def capital_of(actor) -> str | None:
    """The name of the state whose capital the place actor is (the actor dictionary's capitals), or None."""
    from ..dictionary import load_dictionary
    d = load_dictionary()
    for name in actor.surface_forms():
        entry = d.lookup(name)
        if entry is not None and entry.type == "place" and entry.country in d.entries:
            return d.entries[entry.country].name
    return None


def state_of_place(lex, place: str, index: DocIndex) -> str | None:
    """The name of the state a place actor lies in or is the capital of (None when unknown)."""
    actor = next((a for a in index.ctx.actors if a.id == place), None)
    if actor is None:
        return None
    return capitals_by_key(lex).get(normalise_name(actor.name)) or capital_of(actor)


def scene_country(tok, index: DocIndex, window: int = 250) -> str | None:
    """The country the story is set in at token ``tok``: a place of its sentence named by its state ("the
    Pakistani city of Quetta"), else the latest country named as a place ("in Ukraine", "Cherkasy, Ukraine",
    "Ukraine's Donetsk region"), in this sentence or before it."""
    doc = tok.doc
    end = tok.sent.end
    apposed = apposed_state(tok, index)     # "in Kharkiv, Ukraine" names the place's state
    if apposed is not None:
        return apposed
    own = own_scene_state(tok, index)
    if own is not None:
        return own or None      # "explosions in Abu Dhabi killed three": Abu Dhabi's state, not a state named before
    for t in tok.sent:          # "near the Pakistani city of Quetta": the act's own place names its state
        h = index.actor_at(t.i)
        if h is not None and h.type == "country" and t.dep_ == "amod" and t.head.lemma_.lower() in SCENE_NOUNS \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children):
            return h.actor
    for j in range(end - 1, max(-1, end - 1 - window), -1):
        h = index.actor_at(j)
        if h is None or h.type != "country":
            continue
        t = doc[j]
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "across", "throughout") \
                or t.dep_ == "poss" and owns_a_place(t, index) \
                or j > 1 and doc[j - 1].text == "," and index.actor_at(j - 2) is not None \
                and index.actor_at(j - 2).type == "place":     # "France's ministry" sets no scene
            return h.actor
    return None


def own_scene_state(tok, index: DocIndex) -> str | None:
    """The state of a place the act's own clause puts it in ("explosions at a depot in Abu Dhabi killed ..."):
    its id when that state is among the document's actors, "" when the gazetteer places it in a state the
    document does not name (no guess then), None when the clause names no such place."""
    for t in tok.subtree:
        h = index.actor_at(t.i)
        if h is None or h.type != "place" or not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near")):
            continue
        if h.actor in index.capital_state:
            return index.capital_state[h.actor]
        place = next((a for a in index.ctx.actors if a.id == h.actor), None)
        state = capital_of(place) if place is not None else None
        if state is not None:
            return next((a.id for a in index.ctx.actors if a.type == "country" and a.name == state), "")
    return None


def with_state(ids: list[str], index: DocIndex) -> list[str]:
    """A state body acted on ("the Turkish Embassy was besieged") is also its state acted on:
    the country it is part of joins the target; so does the country a place is named after
    ("the Kurdistan Region of Iraq was shelled")."""
    states = getattr(index, "_state_of", None)
    if states is None:
        countries = {a.id for a in index.ctx.actors if a.type == "country"}
        kinds = {a.id: a.type for a in index.ctx.actors}
        states = {r.subject: r.object for r in index.ctx.relations
                  if r.predicate == "part_of" and r.object in countries and kinds.get(r.subject) == "organization"}
        # a place named after its country ("the Kurdistan Region of Iraq")
        names = [(re.compile(r"\b" + re.escape(n) + r"\b"), a.id) for a in index.ctx.actors if a.type == "country"
                 for n in [a.name, *a.aliases] if n and len(n) > 3 and n[:1].isupper()]
        for a in index.ctx.actors:
            if a.type == "place" and a.id not in states:
                hit = next((c for rx, c in names if rx.search(a.name)), None)
                if hit is not None:
                    states[a.id] = hit
        index._state_of = states
    out = list(ids)
    for a in ids:
        if a in states and states[a] not in out:
            out.append(states[a])
        capital_of = getattr(index, "capital_state", {}).get(a)     # "a missile attack on Riyadh": Saudi Arabia was hit
        if capital_of and capital_of not in out:
            out.append(capital_of)
    return out


def metonymy(ids: list[str], index: DocIndex) -> list[str]:
    """A capital acting stands for its state: "Tehran held ..." -> Iran."""
    out = []
    for a in ids:
        country = index.capital_state.get(a)
        out.append(country if country else a)
    return list(dict.fromkeys(out))


def capitals_as_states(lex, events: list[Event], ctx, extractor: str) -> None:
    """ "Tehran accused Washington": a capital acting or acted on stands for its state (PLOVER codes the
    government; news-dev: the country is the source, the city the location) even where the text never names
    the country -- the country then joins the actors, its mention the capital's words."""
    caps = capitals_by_key(lex)
    by_id = {a.id: a for a in ctx.actors}
    made: dict[str, str] = {}
    for ev in events:
        for role in ("source", "target"):
            ids = getattr(ev, role)
            for a in list(ids):
                actor = by_id.get(a)
                if actor is None or actor.type != "place":
                    continue
                country = made.get(a) or state_actor(
                    caps.get(normalise_name(actor.name)) or capital_of(actor), actor, ctx, by_id, extractor)
                if country is None:
                    continue
                made[a] = country
                if role == "source":
                    ids[ids.index(a)] = country
                    ev.location = ev.location or a
                ids.append(country)
                setattr(ev, role, list(dict.fromkeys(ids)))


def state_actor(country_name: str | None, capital, ctx, by_id: dict, extractor: str) -> str | None:
    """The id of the country actor for a capital's state, added to the document's actors if absent."""
    if country_name is None:
        return None
    from ..dictionary import load_dictionary
    entry = load_dictionary().lookup(country_name)
    name = entry.name if entry is not None else country_name
    key = normalise_name(name)
    for a in ctx.actors:          # the state named otherwise ("U.S.", "the United States of America")
        if a.type == "country" and (entry is not None and a.dictionary_id == entry.id or any(
                normalise_name(n) == key or entry is not None and load_dictionary().lookup(n) is entry
                for n in a.surface_forms())):
            return a.id
    aid = slug(name)
    if aid in by_id:
        return None
    mentions = [Mention(m.start, m.end, m.text, "country", actor=aid, extractor=extractor, label="capital:" + capital.id)
                for m in capital.mentions]
    actor = Actor(id=aid, name=name, type="country", mentions=mentions, extractor=extractor,
                  dictionary_id=entry.id if entry is not None else None,
                  merged_because=[f"the capital {capital.name} acts for it"])
    ctx.actors.append(actor)
    by_id[aid] = actor
    return aid


def states_and_scene(sent, tok, args: Arguments, index: DocIndex) -> None:
    """Capitals act for their states, bodies and places acted on bring theirs, a fronted place is the scene."""
    args.source = metonymy(args.source, index)
    args.target = with_state(args.target, index)
    if args.target and all(index.actor_type.get(a) == "place" for a in args.target):
        # "the Barakh resort in the Zakho District of the Kurdistan Region of Iraq was shelled": the
        # country a place in the phrase is named after
        phrase = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        extra = [h.actor for c in phrase for t in c.subtree
                 for h in [index.actor_at(t.i)] if h is not None and h.type == "place"]
        args.target += [a for a in with_state(list(dict.fromkeys(extra)), index)
                        if index.actor_type.get(a) == "country" and a not in args.target]
    # "Near Raqqah, four strikes hit ...": the scene-setting place is where, not who
    scene = fronted_location(sent, tok, index)
    if scene is not None and scene in args.source and index.actor_type.get(scene) == "place":
        args.source = [a for a in args.source if a != scene]
    args.location = args.location or scene
    args.target = [a for a in args.target if a not in args.source]
