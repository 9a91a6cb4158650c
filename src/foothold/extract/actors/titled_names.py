"""People the NER missed whole, read from a title: "Speaker Moses Wetang'ula announced", "General Waker-Uz-Zaman,",
"Minister of Electricity Majid Mahdi Hantoush", "the Minister of Communication, René Emmanuel Sadi, said", "the
Turkish ambassador in Baghdad, Fatih Yildiz,".

A name's word here may carry an apostrophe ("Wetang'ula") or hyphened pieces ("Waker-Uz-Zaman"), which the tokenizer
splits and `people._cued_people` does not read. Three shapes: a person's title right before the name; a minister's
portfolio after "of" before the name (the portfolio's words are English, the name's are not); a name apposed after a
title phrase and closed by a comma, a stop or a verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..dictionary import ActorDictionary, Lexicon
from ..nlp import is_english_word
from .people import PERSON_NOUNS
from .roles import TITLE_MODIFIERS
from ..doc_tokens import doc_tokens

NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:['\u2019][a-z\u00df-\u00ff]+)*")
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
APPOSITION_SPAN = 8                    # tokens of the title phrase before the comma


def titled_name_runs(doc: Doc, lexicon: Lexicon, dictionary: ActorDictionary):
    """(start, end) token spans of people named after a title, as module doc says."""
    for k, tok in enumerate(doc_tokens(doc)):
        if _person_title(tok, lexicon):
            start = k + 1
            if start < len(doc) and doc[start].lower_ == "of":
                start = _after_portfolio(doc, start + 1)
                if start is None:
                    continue
                end = _name_end(doc, start, lexicon, dictionary)
                if end - start >= 2 and _closed(doc, end):   # the portfolio stopped at a word no English one
                    yield start, end
                continue
            end = _name_end(doc, start, lexicon, dictionary)
            if end > start and (_glued(doc, start, end) or end - start >= 2 and _closed(doc, end)
                                or _one_name_after_style(doc, k, start, end)):
                yield start, end
        elif tok.text == "," and _title_phrase_before(doc, k, lexicon):
            end = _name_end(doc, k + 1, lexicon, dictionary)
            if end - (k + 1) >= 2 and _closed(doc, end):
                yield k + 1, end


def _person_title(tok, lexicon: Lexicon) -> bool:
    """A title only a person holds ("Speaker", "General", "Minister"; not "Foreign", "Army")."""
    return lexicon.is_title_token(tok) and tok.text not in TITLE_MODIFIERS and tok.text not in lexicon.head_words


def _after_portfolio(doc: Doc, k: int) -> int | None:
    """The first token after a portfolio of capitalised English words ("of Electricity", "of Foreign Affairs")."""
    start = k
    while k < len(doc) and k - start < 4 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and not doc[k].ent_type_ and is_english_word(doc[k]):
        k += 1
    return k if k > start else None


def _name_word_end(doc: Doc, k: int) -> int:
    """The end of one name word at token k (with its glued hyphened pieces), or k when none starts there."""
    if k >= len(doc) or not NAME_WORD.fullmatch(doc[k].text) or doc[k].ent_type_:
        return k
    e = k + 1
    while e + 1 < len(doc) and doc[e].text in HYPHENS and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
            and NAME_WORD.fullmatch(doc[e + 1].text) and not doc[e + 1].ent_type_:
        e += 2                             # "Waker" "-" "Uz" "-" "Zaman"
    return e


def _name_end(doc: Doc, k: int, lexicon: Lexicon, dictionary: ActorDictionary) -> int:
    """The end of two to four name words from token k on one line; k when they are no person's name."""
    start, words = k, 0
    while words < 4 and (e := _name_word_end(doc, k)) > k and (k == start or "\n" not in doc[k - 1].whitespace_):
        word = doc[k:e].text
        if lexicon.is_title_token(doc[k]) or word in lexicon.head_words or dictionary.is_demonym(word) \
                or dictionary.lookup(word) is not None:
            return start
        k, words = e, words + 1
    if k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        return start                       # the capitalised run goes on: some other name
    return k


# Church and royal styles whose holders go by one name ("Patriarch Kirill", "Metropolitan Onufriy", "Pope Francis",
# "Catholicos Karekin"; actors24): one name word after them, closed, is the holder's whole name.
ONE_NAME_STYLES = frozenset({"Patriarch", "Metropolitan", "Pope", "Archbishop", "Bishop", "Cardinal", "Catholicos",
                             "Abbot", "Archimandrite", "Mufti"})


def _one_name_after_style(doc: Doc, k: int, start: int, end: int) -> bool:
    """One name word, no English word, after a style of ONE_NAME_STYLES at token k, closed by a comma, a stop, "and",
    "who" or a verb."""
    return (end - start == 1 and doc[k].text in ONE_NAME_STYLES and not is_english_word(doc[start])
            and _closed(doc, end))


def _glued(doc: Doc, start: int, end: int) -> bool:
    return any(doc[j].text in HYPHENS or not doc[j].is_alpha for j in range(start, end))


def _closed(doc: Doc, end: int) -> bool:
    """A comma, a stop, "and" or a verb after the name closes it."""
    if end >= len(doc):
        return True
    after = doc[end]
    return after.text in (",", ".", ";", ")") or after.lower_ in ("and", "who") \
        or after.pos_ in ("VERB", "AUX") and after.text.islower()


def _title_phrase_before(doc: Doc, comma: int, lexicon: Lexicon) -> bool:
    """A title phrase closed by the comma: "the Minister of Communication,", "the Turkish ambassador in Baghdad,"
    (a person noun or title word within it, no other common noun after it, no verb, no other comma)."""
    for j in range(comma - 1, max(-1, comma - APPOSITION_SPAN), -1):
        tok = doc[j]
        if tok.text in (",", ";", ":") or tok.pos_ in ("VERB", "AUX") or tok.is_sent_start and j < comma - 1 \
                and tok.lower_ not in ("the", "a", "an"):
            return False
        if tok.pos_ == "NOUN" and tok.lower_ not in PERSON_NOUNS:
            return False                   # "the leader of the group, X Y": the apposition may name the group
        if tok.lower_ in PERSON_NOUNS or _person_title(tok, lexicon):
            return j > 0 and doc[j - 1].lower_ in ("the", "a", "an", "its", "their", "his", "her") \
                or any(doc[i].lower_ in ("the", "a", "an") for i in range(max(0, j - 3), j)) \
                or any(doc[i].lower_ in ("'s", "\u2019s") for i in range(max(0, j - 3), j)) \
                and not any(lexicon.head_words.get(doc[i].text) == "organization" for i in range(j, comma))
                # "Tonga's High Commissioner to Australia, X Y," (actors28): a state's possessive opens it too,
                # but not a body's name ("Iran's Foreign Ministry, ...")
    return False
