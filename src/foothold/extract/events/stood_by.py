"""Whom a party stands by is the target of its support (issue 8, evskip3).

"the rival party stood by Salih until the final round", "Iraq stands by the Islamic Republic at this painful time":
plover.yaml's phrase "stand by" is SUPPORT, but the "by" phrase of a verb reads as a passive's agent, never a target,
so the act had no target ("no_target"). With the verb "stand" active and its own "by" phrase, the party in that
phrase is the one supported. Read in `material.target_gate`.
"""

from __future__ import annotations

from .arguments import is_passive, phrase_actors


def stood_by(tok, index) -> list:
    """The actors of the "by" phrase of an active "stand" ("stood by X"), else []."""
    if tok.lemma_.lower() != "stand" or is_passive(tok):
        return []
    return [found for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
            for o in c.children if o.dep_ == "pobj" for found in phrase_actors(o, index)]
