"""A state's bank named with "of <state>" (issue 8, conv4): the eval makers tie a state body named with its demonym,
possessive, "U.S." or "of <state>" part_of the state (seed notes 13: both central banks; news-dev 11 "The U.S.
military's Central Command"). `state_bodies` holds "central bank" only; a bank whose own name closes with
"of <state>" after at least one capitalised word of its own ("Trade Bank of Kenya", "Commercial Bank of Ethiopia")
is the state's too (read by part_of.demonym_body, which finds the state in the name). "Bank of <state>" alone is
left: the state's bank and a private one ("Bank of America") read the same. The nouns are roles.yaml
`state_bank_heads` (bank, lender). "Kenya's state-owned bank, the National Bank" is state_owned.py's."""

from __future__ import annotations

from .index import Ref
from .lexicon import role_words


def state_bank_heads(path: str | None = None) -> frozenset[str]:
    """roles.yaml `state_bank_heads`, validated as every roles list is."""
    return role_words("state_bank_heads", path)


def bank_of_state(reader, r: Ref, country: Ref) -> bool:
    """The organisation's name is "<Word ...> Bank of <state>" with the state as the name's close."""
    if country.start <= r.start or country.end != r.end:
        return False
    k = country.start - 1 - (reader.w(country.start - 1) == "the")
    if reader.w(k) != "of" or reader.w(k - 1) not in state_bank_heads():
        return False
    first = r.start + (reader.w(r.start) == "the")
    return k - 1 > first and all(reader.doc[j].text[:1].isupper() for j in range(first, k))
