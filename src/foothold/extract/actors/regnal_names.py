"""A ruler's or holder's name closed by a regnal numeral (issue 8, actors26).

"at the invitation of Queen Margrethe II" (tagged a work of art), "the Head of State, Tuimalealiifano Va'aletoa
Sualauvi II, voided the results" (tagged nothing): capitalised name words closed by a Roman numeral (II to XX) are one
person's name, numeral included ("Charles III"), when a ruler's or person's title stands right before them, or the
words are tagged a person or nothing and none is an English word, a listed name, a title or a body's head word
("World War II", "Vatican II", "Phase II", "Minsk II" are none).
Read by `ActorRecoverer._recovered` (recovered.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..nlp import is_english_word

REGNAL_NUMERAL = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$")
NAME_WORD = re.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019-]*$")
# labels a regnal name may carry: none, a person, or one of no actor type
REGNAL_LABELS = ("", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "ORG", "NORP")


def regnal_name_runs(doc: Doc, lexicon, dictionary):
    """(i, j) token ranges: one to three name words and the numeral closing them."""
    for k, tok in enumerate(doc):
        if not REGNAL_NUMERAL.match(tok.text) or tok.ent_type_ not in REGNAL_LABELS or k == 0:
            continue
        if k + 1 < len(doc) and NAME_WORD.match(doc[k + 1].text):
            continue                                     # "II Corps": a unit's numeral, no ruler's
        i = k
        while (i > 0 and k - i < 3 and NAME_WORD.match(doc[i - 1].text) and doc[i - 1].ent_type_ in REGNAL_LABELS
               and not lexicon.is_title_token(doc[i - 1]) and doc[i - 1].text not in lexicon.head_words
               and "\n" not in doc[i - 1].whitespace_):
            i -= 1
        if i == k:
            continue
        titled = i > 0 and lexicon.is_title_token(doc[i - 1])
        # untitled, the words are a person's only when tagged so or nothing, and no place's ("Minsk II" is an accord)
        if not titled and (any(t.ent_type_ not in ("", "PERSON") for t in doc[i:k + 1])
                           or any(is_english_word(t) for t in doc[i:k])
                           or any(dictionary.lookup(t.text) is not None for t in doc[i:k])):
            continue
        if i > 0 and NAME_WORD.match(doc[i - 1].text) and not titled:
            continue                                     # the run goes on before: no name read whole
        yield i, k + 1
