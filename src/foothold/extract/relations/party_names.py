"""A political party named with its country is no body of the state (issue 8, relties6): "the Malawi Congress
Party", "the Kenya African National Party", "the Uganda People's Party" -- the country in the name says where the
party stands, not who owns it, so part.demonym_body ties it to no state (no gold codes a party part_of a country; a
state body's name holds no party word). The heads come from roles.yaml `party_name_heads`: a name whose LAST word is
one of them ("... Party"); "the Congress" or "the National Assembly" stay the state's chambers."""

from __future__ import annotations

from .index import Ref
from .lexicon import role_words


def party_name_heads(path: str | None = None) -> frozenset[str]:
    """roles.yaml `party_name_heads`, validated as every roles list is."""
    return role_words("party_name_heads", path)


def named_party(reader, r: Ref) -> bool:
    """The organisation's name ends in a party head ("the Malawi Congress Party")."""
    return r.end > r.start and reader.w(r.end - 1) in party_name_heads()
