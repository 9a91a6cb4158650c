"""Names the text declares to be one actor's ("X, also known as Y", "X (Y)")."""

from __future__ import annotations

import re

from ...model import Mention


ALIAS_CUE = re.compile(r"\)?\s*[,(]?\s*[\u2014\u2013-]?\s*(?:(?:(?:also|commonly|better|widely|formerly|locally|often|popularly)\s+)?known as|nicknamed|"
                       r"known locally as|a\.k\.a\.?|aka|also called|formerly|alternatively spelled|alias|"
                       r"(?:also\s+)?(?:uses|used|goes by|went by|using)\s+the\s+(?:aliases|alias|names|name|noms de guerre|"
                       r"nom de guerre|kunya|pseudonyms?))\s*:?\s+(?:the\s+)?[\u2018\u201c'\"]?$")
DESCRIBED_ALIAS = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[a-z][\w'-]*\s+){1,6}(?:(?:also|commonly|better|widely|locally|"
                             r"popularly)\s+)?(?:known as|nicknamed)\s+[\u2018\u201c'\"]?$")   # ", a former officer known as"
ALIAS_LIST = re.compile(r"^[\u2019\u201d'\"]?\s*(?:,|,?\s*and|,?\s*or|;)\s+[\u2018\u201c'\"]?$")
PAREN_OPEN = re.compile(r"\s*\(\s*(?:the\s+)?$")
BARE_KNOWN_AS = re.compile(r"^\s+known as\s+(?:the\s+)?[\u2018\u201c'\"]?$")   # no comma: it qualifies the noun before
APPOSED_OF = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[a-z][\w'-]*\s+){1,5}of\s+(?:the\s+)?$")   # ", a unit of the"


def _declared_aliases(mentions: list[Mention], text: str) -> list[tuple[str, str]]:
    """Pairs of names the text declares to be one actor's: "X, also known as Y", "X a.k.a. Y",
    "X (Y)" / "X (Y or Z)" with Y a name of its own (the resolver checks the pair is compatible)."""
    pairs = []
    named = [m for m in mentions if (m.type not in ("place", "country") or m.source == "ner")
             and m.source not in ("pronoun", "role")]
    listing = None                       # the name whose alias list is being read
    for a, b in zip(named, named[1:]):
        if b.start <= a.end or b.start - a.end > 40:
            listing = None
            continue
        between = text[a.end:b.start]
        if a.type in ("place", "country") or (b.type in ("place", "country") and not ALIAS_CUE.match(between)):
            listing = None               # places the NER guessed join only a declared alias ("X, known as Y")
            continue
        if BARE_KNOWN_AS.match(between) and _of_object(a, text):
            owner = _apposition_owner(named, a, text)   # "X, a unit of Y known as Z": Z is X's, not Y's
            if owner is not None:
                pairs.append((owner.text, b.text))
            listing = None
            continue
        if ALIAS_CUE.match(between) or DESCRIBED_ALIAS.match(between):
            if b.type in ("place", "country") or b.source == "ner" and a.type == "person":
                b.type = a.type          # "Mohamed Hamdan Dagalo, known as Hemedti": the NER's place is his name
            pairs.append((a.text, b.text))
            listing = a.text
        elif listing is not None and ALIAS_LIST.match(between):
            pairs.append((listing, b.text))      # "uses the aliases A, B, and C"
        elif PAREN_OPEN.match(between) and (text[b.end:b.end + 1] == ")" or text[b.end:b.end + 4] == " or "):
            pairs.append((a.text, b.text))
            listing = None
        else:
            listing = None
    return pairs


def _of_object(mention: Mention, text: str) -> bool:
    """The name is the object of "of" ("a unit of the Y"): a bare "known as" after it names the noun before "of"."""
    return re.search(r"\bof\s+(?:the\s+)?$", text[max(0, mention.start - 8):mention.start]) is not None


def _apposition_owner(named: list[Mention], inner: Mention, text: str) -> Mention | None:
    """The name a descriptive apposition ending in "of <inner>" describes ("X, a special unit of <inner>"), or None."""
    before = [m for m in named if m.end <= inner.start and inner.start - m.end <= 80]
    if before and APPOSED_OF.match(text[before[-1].end:inner.start]):
        return before[-1]
    return None
