"""A named organisation compounded on a common head noun names the phrase, not the person who owns it.

"Aristide's Lavalas Family party condemned the raid", "Soto's Popular Front party demanded ...": the party acts; its
leader's possessive describes whose party it is (as "Her party, the National League for Democracy, called ..."
names the party by apposition). Without a named organisation compounded on the head ("Soto's party", "Soto's
spokesman") the possessor still acts.
"""

from __future__ import annotations


def compounded_organisations(tok, found: list, index) -> list:
    """The hits of ``found`` that a named organisation compounded on the unnamed head ``tok`` gives, when a person
    elsewhere in the phrase (its possessor) would otherwise be picked; else ``found`` unchanged."""
    if tok.pos_ != "NOUN" or index.actor_at(tok.i) is not None:
        return found
    compounded = {t.i for c in tok.children if c.dep_ == "compound" for t in c.subtree}
    named = [(h, i) for h, i in found if i in compounded and h.type == "organization"]
    owners = [(h, i) for h, i in found if i not in compounded and h.type == "person"]
    return named if named and owners else found
