"""The agent "at the hands of" (issue 8, evargs9): "Twelve soldiers were killed at the hands of X", "protesters died
at the hands of the militia of Y". The phrase names who did it, as a passive's "by" does, but as an "at"-phrase its
object was read as a target. The parties named in the "of" object of "hands" hung on the trigger by "at" are the
doers: taken out of the targets and, when no doer was found, made the source (`targets.doer_repairs`)."""

from __future__ import annotations


def hands_phrases(tok) -> list:
    """The "of" objects of "at the hands of" phrases hung on ``tok``."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "at"
            for h in p.children if h.dep_ == "pobj" and h.lemma_.lower() == "hand"
            for q in h.children if q.dep_ == "prep" and q.lower_ == "of"
            for o in q.children if o.dep_ == "pobj"]


def hands_agents(tok, index, phrase_actors) -> list:
    """(hit, token) of the parties named "at the hands of" under ``tok``; ``phrase_actors(noun, index)`` reads a
    phrase's parties (arguments.phrase_actors)."""
    return [(h, i) for o in hands_phrases(tok) for h, i in phrase_actors(o, index)
            if h.type in ("person", "organization", "country")]
