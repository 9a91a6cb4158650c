"""A person's last name the NER tagged as something else right after the rest of the name: "Shah Mahmood" +
"Qureshi" (tagged ORG), "Choe Son" + "Hui" (tagged NORP, a people's name). One capitalised word that is no English
word, no listed actor and no demonym, closing the phrase before a verb or punctuation, is the rest of the name."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dictionary import ActorDictionary, Lexicon
from ..nlp import is_english_word

OTHER_LABELS = frozenset({"ORG", "NORP", "GPE", "PRODUCT", "FAC", "LOC"})
CLOSERS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "ADP", "PRON"})


def join_cut_surnames(doc: Doc, ents: list[Span], lexicon: Lexicon, dictionary: ActorDictionary) -> list[Span]:
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and _rest_of_name(doc, prev, ent, lexicon, dictionary):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _rest_of_name(doc: Doc, prev: Span, ent: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> bool:
    if prev.label_ != "PERSON" or len(prev) < 2 or ent.start != prev.end or len(ent) != 1 \
            or ent.label_ not in OTHER_LABELS or "\n" in prev[-1].whitespace_ or not prev[-1].is_alpha:
        return False
    word = ent[0]
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()) or is_english_word(word) \
            or lexicon.is_title_token(word) or dictionary.is_demonym(word.text) or dictionary.lookup(word.text):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or after.pos_ in CLOSERS and after.text not in ("'s", "\u2019s", "-")


def titled_surname_end(span: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> int:
    """"Lieutenant General Simon Gatwech" + "Dual,": after a rank or title and a name of two words, one capitalised
    word closing the phrase before a comma or a verb is the last name even when it is an English word ("Dual", "Hope",
    "Strong"): nothing else stands between a titled name and its comma. Not a head word, title, demonym or listed
    actor ("President X Government", "Minister X Kenya")."""
    doc, e = span.doc, span.end
    if len(span) != 2 or e + 1 >= len(doc) or span.start == 0 or not lexicon.is_title_token(doc[span.start - 1]):
        return e
    word, after = doc[e], doc[e + 1]
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()) or word.ent_type_ \
            or doc[e - 1].whitespace_ != " " or "\n" in word.whitespace_ or word.text in lexicon.head_words \
            or lexicon.is_title_token(word) or dictionary.is_demonym(word.text) or dictionary.lookup(word.text):
        return e
    closes = after.text == "," or after.pos_ in ("VERB", "AUX") and after.text.islower()
    return e + 1 if closes else e


ARTICLE_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu"})


def leader_name_end(span: Span) -> Span:
    """"the Presidential Leadership Council of Rashad" + "al-Alimi": a body's name the NER closed on its leader's
    given name runs on over the hyphened surname after it, so that the leader is split off whole
    (`extending._split_leader_of`)."""
    doc, k = span.doc, span.end
    if span.label_ not in ("ORG", "organization") or len(span) < 3 or span[-2].lower_ != "of" or not span[-1].text[:1].isupper() \
            or k + 2 >= len(doc) or doc[k].lower_ not in ARTICLE_PARTICLES or doc[k + 1].text != "-" \
            or doc[k].whitespace_ or doc[k + 1].whitespace_ or not doc[k + 2].text[:1].isupper() \
            or "\n" in span[-1].whitespace_:
        return span
    return Span(doc, span.start, k + 3, label="ORG")     # read again as the NER's: the split reads ORG names


def article_surname_end(span: Span) -> Span:
    """"Abu Fadak" + "al-Mohammadawi", "Hadi" + "al-Amiri": a person's name the dictionary or the NER closed before
    an untagged hyphened article surname ("al-", "el-", "ad-" ... and a capital) on the same line runs on over it
    (actors26)."""
    doc, k = span.doc, span.end
    if span.label_ not in ("PERSON", "person") or k + 2 >= len(doc) or not span[-1].text[:1].isupper() \
            or doc[k].lower_ not in ARTICLE_PARTICLES - {"bin", "ibn", "abu"} or doc[k + 1].text != "-" \
            or doc[k].whitespace_ or doc[k + 1].whitespace_ or not doc[k + 2].text[:1].isupper() \
            or not doc[k + 2].is_alpha or doc[k].ent_type_ or doc[k + 2].ent_type_ \
            or "\n" in span[-1].whitespace_ or span[-1].whitespace_ != " ":
        return span
    return Span(doc, span.start, k + 3, label="PERSON")
