"""Arrests a state reports in the passive: "Interior Minister X said 716 people had been arrested since Friday", "The
interior ministry said three officers had been detained", "President X said ... that most of the plotters had been
detained" (issue 8, evargs7). An arrest or detention told with no agent in the content of what an officer or body
of one state says is that state's act: the gold codes the arrester as the speaker's state (owndocs9, 20, 29).
An arrest by the same state told earlier in the paragraph is that roundup again; an arrest clause naming another
country (where, or whose nationals) may be that country's. Killings and woundings so
reported are not the speaker's ("officials said four civilians were killed" tells a
victim), nor is an arrest a non-state speaker reports, nor one whose agent the text names."""

from __future__ import annotations

from .arguments import is_passive, names_state_body, phrase_actors
from .index import DocIndex
from .spoken_side import _speaker, person_state

# taking people into custody (plover.yaml reads them COERCE); "held" and "taken" have too many other senses
ARREST_LEMMAS = frozenset({"arrest", "detain", "apprehend", "jail", "imprison", "incarcerate", "intern"})


def body_state(body: str, index: DocIndex) -> str | None:
    """The one country an organisation is part of (relations)."""
    rels = getattr(index.ctx, "relations", None) or []
    states = {r.object for r in rels if r.subject == body and r.predicate == "part_of"
              and index.actor_type.get(r.object) == "country"}
    return next(iter(states)) if len(states) == 1 else None


def reported_arrest(verb) -> bool:
    """ "... had been arrested", "were detained": a passive arrest with no by-agent."""
    return verb.lemma_.lower() in ARREST_LEMMAS and is_passive(verb) and verb.dep_ != "acl" \
        and not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in verb.children)


def speakers_state(speaker, index: DocIndex, unnamed_body_state) -> str | None:
    """The state a speaker phrase speaks for: a person serving or leading one state, a country, a body part of one
    state, or an unnamed state body ("the interior ministry": ``unnamed_body_state(token)``, the story's state)."""
    hits = [h for h, _ in phrase_actors(speaker, index)]
    if not hits:
        return unnamed_body_state(speaker) if names_state_body(speaker) else None
    head = hits[0]
    state = head.actor if head.type == "country" else person_state(head.actor, index) if head.type == "person" \
        else body_state(head.actor, index) if head.type == "organization" else None
    if state is None:   # "a spokesman for the Congolese army, X": the one state the speaker's phrase names
        countries = {h.actor for t in speaker.subtree if (h := index.actor_at(t.i)) is not None and h.type == "country"}
        state = next(iter(countries)) if len(countries) == 1 else None
    return state


def reported_arrester(verb, index: DocIndex, unnamed_body_state) -> str | None:
    """The state that made the arrest ``verb`` tells, when one state's officer or body reports it, else None."""
    if not reported_arrest(verb):
        return None
    speaker = _speaker(verb)
    if speaker is None:
        return None
    state = speakers_state(speaker, index, unnamed_body_state)
    if state is not None and other_state_named(verb, state, index):
        return None     # "the ministry said two Iranian nationals had been detained in Basra": whose arrest is unclear
    return state


def other_state_named(verb, state: str, index: DocIndex) -> bool:
    """The arrest's own clause names a country other than the reporting state (where it was made, or whose
    nationals were taken): a state also reports arrests of its nationals made abroad."""
    for t in verb.subtree:
        hit = index.actor_at(t.i)
        if hit is not None and hit.type == "country" and hit.actor != state:
            return True
    return False


def arrested_before(state: str, verb, events: list, meta: list[dict], index: DocIndex) -> bool:
    """An arrest by ``state`` already told in the paragraph ("Police said 13 men were detained. The minister said 70
    people had been arrested since Monday"): the count retells the same roundup (owndocs15's gold codes the first)."""
    para = index.paragraph[verb.i]
    return any(e.type == "COERCE" and state in e.source and index.paragraph[m["tok"]] == para
               for e, m in zip(events, meta))
