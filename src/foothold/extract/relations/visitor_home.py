"""Where a bare-titled visitor comes from (issue 8, reltitle5): in a story of two states, the holder who goes to one of
them is the other's. "Russia's influence in Burkina Faso: ... Deputy Defence Minister X visited Ouagadougou" makes X
Russia's, "China's hold on Laos: ... Prime Minister X travelled to Beijing" makes X Laos's. The visit is a verb of
coming whose subject is the holder ("visited", "travelled to", roles.yaml `story_state.visit_verbs`) or a visit noun
whose "by" names the holder ("After a visit by Foreign Minister X to Baghdad", `story_state.visit_nouns`); the two
states are those the document's title names, a capital or city counting as its state ("Riyadh's hold on
Islamabad")."""

from __future__ import annotations

import re

from .index import without_credit
from .story_state import story_words


def visited_states(reader, holder) -> set[str]:
    """The states ``holder`` goes to in its sentence: by a verb of coming or in a visit noun's "by" phrase."""
    tok = reader.doc[holder.end - 1]
    while tok.dep_ in ("compound", "appos", "flat") and tok.head.i != tok.i:
        tok = tok.head
    words = story_words()
    out: set[str] = set()
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in words["visit_nouns"]:
        return reader.destinations(tok.head.head)        # "a visit by X to Baghdad"
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    alone = not any(c.dep_ == "conj" for c in tok.children)    # "On a visit to X, A and B agreed": whose visit?
    while verb is not None:
        if verb.lemma_.lower() in words["visit_verbs"]:
            out |= reader.destinations(verb)
        if alone:
            out |= visit_adjunct_destinations(reader, verb)   # "X raised water during a visit to Tehran"
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return out


ADJUNCT_PREPS = {"during", "on", "in", "at", "after", "while"}


def visit_adjunct_destinations(reader, verb) -> set[str]:
    """Where a visit noun in an adjunct of the holder's clause goes ("Prime Minister X raised water with Y during a
    visit to Tehran", "On a visit to Beijing, President X signed ..."): the subject is the visitor, unless the noun
    names another (its "by" or a named possessor: "during Y's visit to Tehran")."""
    out: set[str] = set()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ADJUNCT_PREPS):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() not in story_words()["visit_nouns"]:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) or any(
                    c.dep_ == "poss" and reader.idx.ref(c.i) is not None for c in noun.children):
                continue
            out |= reader.destinations(noun)
    return out


def title_states(idx) -> set[str]:
    """The states the document's title names, by name, demonym, or a city or capital of theirs."""
    title = without_credit(idx.ctx.document.title or "")
    states = set(idx.states_in(title)) if title else set()
    for actor in idx.ctx.actors if title else ():
        if actor.type == "place" and any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", title)
                                         for form in actor.surface_forms() if len(form) > 2):
            state = idx.state_of_place(actor.name)
            if state is not None:
                states.add(state)
    return states


def visitor_home(reader, holder) -> str | None:
    """The other of the title's two states, for a holder visiting one of them; else None."""
    visited = visited_states(reader, holder)
    if len(visited) != 1:
        return None
    states = title_states(reader.idx)
    if len(states) != 2 or not visited <= states:
        return None
    return (states - visited).pop()
