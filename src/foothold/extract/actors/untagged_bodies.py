"""One-word companies and bodies the NER leaves untagged (issue 8, actors24): "Sovcomflot called the sanctions
unlawful and said its ships would keep sailing", "Rosneft, headed by Igor Sechin, has shipped crude", "In October
Kazatomprom said its output would fall". A capitalised word no English word, title, calendar word, surname of the
text or dictionary entry of another type, that is a verb's subject followed in its sentence by "its" (a person says
"his" or "her"), or that a comma and "headed/led/run/owned/chaired by" follow, is a body."""

from __future__ import annotations

from spacy.tokens import Doc

from ...resolve.names import normalise_name
from ..dates import MONTHS, WEEKDAYS
from ..dictionary import city_keys
from ..nlp import is_english_word
from .people import _surnames
from ..doc_tokens import doc_tokens

CALENDAR = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
HEADED = frozenset({"headed", "led", "run", "owned", "chaired", "controlled"})
ITS_REACH = 15          # tokens after the subject in which "its" must come


def untagged_bodies(doc: Doc, lexicon, dictionary) -> list[int]:
    """Indices of such one-word bodies."""
    out = []
    surnames = None
    for tok in doc_tokens(doc):
        if tok.ent_type_ or not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper() or len(tok) < 4:
            continue
        i = tok.i
        headed = (i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in HEADED
                  and doc[i + 3].lower_ == "by")
        if not headed and not (tok.dep_ == "nsubj" and _its_after(doc, i)):
            continue
        if i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start \
                or i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
            continue                            # a word of a longer name
        if tok.text in CALENDAR or lexicon.is_title_token(tok) or is_english_word(tok) \
                or dictionary.is_demonym(tok.text) or normalise_name(tok.text) in city_keys() \
                or tok.text in lexicon.head_words:
            continue
        entry = dictionary.lookup(tok.text)
        if entry is not None and entry.type != "organization":
            continue
        if surnames is None:
            surnames = _surnames(doc)
        if tok.text in surnames:
            continue
        out.append(i)
    return out


def _its_after(doc: Doc, i: int) -> bool:
    """"its" within reach after token i in its sentence, with no "he", "she" or other subject noun before it."""
    sent_end = doc[i].sent.end
    for k in range(i + 1, min(sent_end, i + ITS_REACH)):
        t = doc[k]
        if t.lower_ == "its":
            return True
        if t.lower_ in ("his", "her", "he", "she", "their", "they") or t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def its_subject(span) -> bool:
    """A one-word name tagged a person that is a verb's subject with "its" after it in reach ("Kazatomprom said its
    output would fall"), no surname of the text."""
    if len(span) != 1 or span[0].dep_ != "nsubj":
        return False
    return _its_after(span.doc, span.start) and span.text not in _surnames(span.doc)
