"""Surnames the NER or the parser missed: one read as another word class ("Speaker Anita" + "Among"), one written
alone after the full name ("Wickremesinghe")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..nlp import is_english_word
from .spans import _overlaps
from ..doc_tokens import doc_tokens

# Penn tags of the closed word classes a surname can share its spelling with (prepositions, particles, adverbs)
FUNCTION_TAGS = frozenset({"IN", "RP", "RB", "TO"})
# what may follow a name closing a clause's subject or an apposition
AFTER_NAME = frozenset({"and", "who", "whose", "said", "says"})


def function_word_surname_end(span: Span) -> int:
    """The end of a person whose surname is spelt as a function word: a capitalised preposition, particle or
    adverb (whatever the tagger made of it) right after a given name (one or two words) inside a line is no sentence's first word, so it can
    only be the name going on, when what follows closes the name (a verb, a stop, "and", "who"). A title-case
    headline ("Ruto Among Leaders") has a capitalised word next and is left alone."""
    doc, e = span.doc, span.end
    if len(span) > 2 or e >= len(doc):
        return e
    tok = doc[e]
    if not ((tok.tag_ in FUNCTION_TAGS or tok.is_stop) and tok.is_alpha and len(tok.text) > 2
            and tok.text[:1].isupper() and tok.text[1:].islower()
            and not tok.ent_type_ and doc[e - 1].whitespace_ == " "):
        return e
    if e + 1 == len(doc):
        return e + 1
    nxt = doc[e + 1]
    closes = (nxt.is_punct and nxt.text not in ("-", "'s", "\u2019s")) or nxt.lower_ in AFTER_NAME \
        or (nxt.pos_ in ("VERB", "AUX") and nxt.text.islower())
    return e + 1 if closes else e


def surnames_again(doc: Doc, text: str, found: list[list], taken) -> list[tuple[int, int]]:
    """"Ranil Wickremesinghe ... Wickremesinghe won 134 votes": a surname written alone after (or before) the full
    name, which the NER left untagged or took for a product, is a mention of that person. Only a surname one found
    person of two words or more ends, no English word ("Power", "Rice"), standing alone: not inside another
    capitalised run ("the Rajapaksa family" is a family, "Wickremesinghe Foundation" a body)."""
    owners: dict[str, set[str]] = {}
    for f in found:
        words = text[f[4]:f[5]].split()
        if f[2] == "person" and len(words) >= 2 and words[-1].isalpha():
            owners.setdefault(words[-1], set()).add(" ".join(words))
    surnames = {s for s, names in owners.items() if len(names) == 1}
    spans = []
    for tok in doc_tokens(doc) if surnames else ():
        if tok.text not in surnames or tok.ent_type_ == "PERSON" or is_english_word(tok):
            continue
        cs, ce = tok.idx, tok.idx + len(tok.text)
        if _overlaps(taken, cs, ce) or _in_run(doc, tok.i):
            continue
        spans.append((cs, ce))
    return spans


def _in_run(doc: Doc, i: int) -> bool:
    """The word is part of a longer name or a noun phrase it modifies ("the X family", "X Foundation")."""
    before = i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i].is_sent_start \
        and "\n" not in doc[i - 1].whitespace_
    after = i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha
                                  or doc[i + 1].pos_ == "NOUN") and "\n" not in doc[i].whitespace_
    return before or after
