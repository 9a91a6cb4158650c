"""A city the NER left untagged after a locative preposition is a place (issue 8, actors27; read on owndocs37): "a
camp near Durres", "clashes in Taiz". The NER misses one-word towns it has not seen; the offline gazetteer
(`dictionary.city_keys`, cities of 100,000 people or more) knows them. Only one capitalised word, alone (the next
word is not capitalised), untagged and untaken, a noun to the tagger, after "in", "near", "outside", "around",
"into" or "towards", and no word of the actor dictionary. (WordNet, the pipeline's English-word list, holds such
cities as "Durres" too, so it cannot be the filter: a gazetteer city of 100,000 people after a locative is a place.)"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from ...resolve.names import normalise_name
from ..dictionary import ActorDictionary, city_keys
from ..token_positions import tokens_with
from .spans import _overlaps

LOCATIVES = frozenset({"in", "near", "outside", "around", "into", "towards", "toward"})
LABEL = "rule:untagged_city"


def untagged_cities(doc: Doc, taken, dictionary: ActorDictionary):
    """(start, end) of each untagged gazetteer city after a locative preposition."""
    keys = None
    for t in tokens_with(doc, LOWER, LOCATIVES):     # only the prepositions' tokens are made
        if t.lower_ not in LOCATIVES or t.i + 1 >= len(doc):
            continue
        w = doc[t.i + 1]
        if w.ent_type_ or not w.is_alpha or not w.text[:1].isupper() or w.text.isupper() or len(w.text) < 4:
            continue
        nxt = doc[w.i + 1] if w.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.text in ("-", "'s", "\u2019s")):
            continue                     # a longer name or a possessor ("in Kasai Province", "in Durres's port")
        if keys is None:
            keys = city_keys()
        if w.pos_ not in ("PROPN", "NOUN") or normalise_name(w.text) not in keys or dictionary.lookup(w.text) is not None:
            continue
        cs, ce = w.idx, w.idx + len(w.text)
        if not _overlaps(taken, cs, ce):
            yield cs, ce
