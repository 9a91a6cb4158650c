"""A person named after a title whose phrase runs on over the body or state it serves: "the American ambassador to
the UN, X,", "the Chilean representative at the OAS, X,". The parser often hangs X on the body ("UN") rather than
on the title, so the apposition is read from the words: a person noun, a preposition, the served name, a comma."""

from __future__ import annotations

from spacy.tokens import Doc, Span

SERVING_PREPOSITIONS = frozenset({"to", "at", "of", "for", "in", "with"})
NAME_ENDS = frozenset({",", ".", ";", ":", ")"})
# who is sent to a body or state, besides the person nouns people.py reads ("the Chilean delegate to the OAS, X,")
POSTED_NOUNS = frozenset({"delegate", "emissary", "consul", "attache", "attaché", "observer", "negotiator"})


def after_serving_title(doc: Doc, span: Span, person_nouns: frozenset[str]) -> bool:
    """The name stands apposed, closed by punctuation, right after "<person noun> <preposition> (the) <Name>,"."""
    s, e = span.start, span.end
    if s < 4 or doc[s - 1].text != "," or (e < len(doc) and doc[e].text not in NAME_ENDS):
        return False
    j = s - 1
    while j > 0 and s - 1 - j < 5 and _name_word(doc[j - 1]):
        j -= 1                             # the served body or state: "the UN", "the African Union", "NATO"
    if j == s - 1:
        return False
    if j > 0 and doc[j - 1].lower_ == "the":
        j -= 1
    return j >= 2 and doc[j - 1].lower_ in SERVING_PREPOSITIONS \
        and (doc[j - 2].lower_ in person_nouns or doc[j - 2].lower_ in POSTED_NOUNS) and doc[j - 2].pos_ in ("NOUN", "PROPN") \
        and "\n" not in doc[j - 2:s].text


def _name_word(token) -> bool:
    return bool(token.ent_type_) and token.text[:1].isupper() or token.text in ("-", "'s")
