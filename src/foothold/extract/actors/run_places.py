"""Places the NER ran together into one entity (issue 8, actors29), split back into their own names.

- Two cities coordinated: "protests spread to Eastport and Westhaven" gives the NER's ORG "Eastport and Westhaven";
  when the words on each side of the one "and" (one or two capitalised words each) are both cities of the offline
  gazetteer (`dictionary.city_keys`), or one is and the other is one proper noun no head word or dictionary entry
  names (a town too small for the gazetteer), the entity is two places.
- A possessor before a region: "fighting in Ruritania's Eastmark province" gives the NER's LOC "Ruritania's
  Eastmark"; an entity a possessive "'s" splits, whose words after it (one or two capitalised words) close right
  before a lower-case place noun of lexicon.yaml `place_kind_nouns` (province, region, district ...), is the
  possessor and the place it owns: FORMAT.md's actors are each place once, and the makers code "Iraq's Anbar
  province" as Iraq and Anbar. A possessor the dictionary lists is a mention of its own; one it does not list is
  left to its other mentions for its type (a de facto state or a group: "X's forces" must keep its doer).

Read by `extractor._entity_mentions` with the other splits, on each piece after the holder splits.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...resolve.names import normalise_name
from ..dictionary import city_keys

POSSESSIVES = frozenset({"'s", "\u2019s"})
PLACE_LABELS = frozenset({"GPE", "LOC", "place", "ORG", "FAC"})


def _name_words(span: Span) -> bool:
    return 1 <= len(span) <= 2 and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() or
                                       t.text == "-" for t in span) and span[0].is_alpha


def coordinated_cities(span: Span, lexicon, dictionary) -> list[Span] | None:
    """[city, city] for an entity "<City> and <City>", else None; one side may be a town the gazetteer lacks: one
    word the tagger reads as a proper noun, no head word or dictionary entry ("Salalah and Sur")."""
    ands = [t.i for t in span if t.lower_ == "and"]
    if len(ands) != 1 or span.label_ not in PLACE_LABELS:
        return None
    doc, k = span.doc, ands[0]
    left, right = doc[span.start:k], doc[k + 1:span.end]
    if not (_name_words(left) and _name_words(right)):
        return None
    cities = city_keys()
    known = [normalise_name(side.text) in cities for side in (left, right)]
    if not all(known) and not (any(known) and all(
            k or len(side) == 1 and side[0].tag_ == "NNP" and not lexicon.head_words.get(side[0].text)
            and dictionary.lookup(side.text) is None for k, side in zip(known, (left, right)))):
        return None
    return [Span(doc, left.start, left.end, label="GPE"), Span(doc, right.start, right.end, label="GPE")]


def possessed_region(span: Span, kind_nouns, dictionary) -> list[Span] | None:
    """[possessor, place] for an entity "<Name>'s <Place>" before a place noun, else None."""
    marks = [t.i for t in span if t.text in POSSESSIVES]
    if len(marks) != 1 or span.label_ not in PLACE_LABELS:
        return None
    doc, k = span.doc, marks[0]
    owner, owned = doc[span.start:k], doc[k + 1:span.end]
    if not (_name_words(owner) and _name_words(owned)) or span.end >= len(doc) \
            or doc[span.end].lower_ not in kind_nouns or not doc[span.end].is_lower:
        return None
    place = Span(doc, owned.start, owned.end, label="LOC")
    if dictionary.lookup(owner.text) is None:
        return [place]                         # an unlisted possessor is typed by its own mentions elsewhere
    return [Span(doc, owner.start, owner.end, label="GPE"), place]


def split_run_places(span: Span, lexicon, dictionary) -> list[Span]:
    """The span's own places when the NER ran two together, else [span]."""
    if len(span) < 3:
        return [span]
    return coordinated_cities(span, lexicon, dictionary) or possessed_region(span, lexicon.place_kind_nouns, dictionary) or [span]
