"""A name set off by an apposition that calls it a news outlet is the outlet's (issue 8, actors28; read on
owndocs40): "Kaleidoscope, an online newspaper, reported", "X.news, a news site run by exiles, said". The NER leaves
such names untagged (a web address written as a name) or takes them for people or bodies. The apposition is ", a/an"
then at most three lower-case words closing on an outlet noun (data/outlet_nouns.yaml `outlet_nouns`, or "site",
"portal", "agency", "service" after "news"); the name is the one to four capitalised tokens (a token holding a dot
counts: "Turkmen.news") right before the comma, on one line, untagged or tagged as a person or body, and no listed
actor. (`outlet_nouns.after_outlet_noun` reads the other order, "the channel Al-Rafidain".)"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..token_positions import tokens_with
from .outlet_nouns import outlet_words

NEWS_NOUNS = frozenset({"site", "portal", "agency", "service"})     # after "news"
NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def apposed_outlets(doc: Doc, dictionary):
    """(start, end) of each name an apposition after it calls a news outlet."""
    nouns = outlet_words().outlet_nouns
    for t in tokens_with(doc, ORTH, (",",)):     # only the commas' tokens are made
        if t.text != "," or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in ("a", "an"):
            continue
        k = t.i + 2
        words = []
        while k < len(doc) and len(words) < 4 and doc[k].is_alpha and doc[k].text.islower():
            words.append(doc[k].text)
            if words[-1] in nouns or len(words) >= 2 and words[-2] == "news" and words[-1] in NEWS_NOUNS:
                break
            k += 1
        if not words or not (words[-1] in nouns or len(words) >= 2 and words[-2] == "news" and words[-1] in NEWS_NOUNS):
            continue
        if k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN"):
            continue                       # "X, a newspaper editor": a person described by his trade
        end = t.i
        start = end
        while start > 0 and end - start < 4:
            w = doc[start - 1]
            if not (w.text[:1].isupper() and w.ent_type_ in NAME_LABELS and "\n" not in w.whitespace_
                    and (w.is_alpha or "." in w.text.strip("."))):
                break
            start -= 1
        if start == end or doc[start:end].text != doc[start:end].text.strip():
            continue
        if start > 0 and (doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start
                          or doc[start - 1].ent_type_ and doc[start - 1].ent_iob_ != "O" and doc[start].ent_iob_ == "I"):
            continue                       # the end of a longer name
        if dictionary.lookup(doc[start:end].text) is not None:
            continue
        yield doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def retype_apposed_outlets(doc: Doc, found: list[list], dictionary) -> None:
    """A person, body or place found exactly on such a name, by the NER or a rule, is the outlet, in place."""
    spans = set(apposed_outlets(doc, dictionary))
    for f in found if spans else ():
        if (f[0], f[1]) in spans and f[2] in ("person", "organization", "place") \
                and not f[3].startswith(("dict:", "outlet:")):
            f[2], f[3] = "media", "rule:apposed_outlet"
