"""A partner in trade is no ally (issue 8, relties4): "Over a decade China became Argentina's second trading partner",
"China, Mauritius's partner in a free trade agreement, remains a rival" state commerce, not an alignment, so the
partner-noun readers (verbs.partner_predicate, verbs.partner_apposition, ties.partner_named_after,
monitor.listed_sides) leave such a noun alone. The words are roles.yaml `trade_partners`: a modifier of the noun
("trading", "commercial") or a word of the "in"/"for" phrase after it ("in a free trade agreement", "for exports")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...yamlfile import read_word_sets
from .lexicon import ROLES_PATH


@dataclass(frozen=True)
class TradeWords:
    trade_modifiers: frozenset
    trade_fields: frozenset


@lru_cache(maxsize=2)
def trade_words(path: str | None = None) -> TradeWords:
    return read_word_sets(path or ROLES_PATH, TradeWords, "roles (trade_partners)", section="trade_partners")


def trade_partner(noun) -> bool:
    """The partner noun is one in trade: a trade modifier ("second trading partner", "a key commercial partner") or a
    trade word in its "in"/"for" phrase ("partner in a free trade agreement")."""
    words = trade_words()
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words.trade_modifiers for c in noun.children):
        return True
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "for")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lower_ in words.trade_fields or any(
                    c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words.trade_fields for c in obj.children):
                return True
    return False
