"""A body apposed as the party or movement of an organisation (issue 8, relties5): "Harakat Huquq, the political party
of Kataib Hizballah", "X, the civilian movement of the armed group Y" -> the apposed body is part_of the organisation
(roles.yaml `party_of_body_nouns`). The head word comes from ties.apposed_group_of, which reads the same shape with a
person after "of" ("Amal, the movement of Parliament Speaker Nabih Berri": leads); a list, bloc or alliance "of" a
body holds it instead (the other way round), so only these nouns are read here."""

from __future__ import annotations

from .index import Ref
from .lexicon import POSSESSIVE, role_words


def party_of_body_nouns(path: str | None = None) -> frozenset[str]:
    """roles.yaml `party_of_body_nouns`, validated as every roles list is."""
    return role_words("party_of_body_nouns", path)


def party_of_body(reader, noun, body: Ref, owner: Ref | None) -> bool:
    """Add 'body part_of owner' when the apposed noun is a party/movement noun and owner is another organisation;
    True when added."""
    if owner is None or owner.type != "organization" or owner.demonym or owner.actor == body.actor:
        return False
    if noun.lower_ not in party_of_body_nouns() or reader.w(owner.end) in POSSESSIVE:
        return False                                     # "the party of Y's founder": the founder's, not Y's
    reader.add_pair(body, "part_of", owner, noun, confidence=0.6)
    return True
