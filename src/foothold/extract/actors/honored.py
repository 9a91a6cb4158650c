"""A person's long name after a personal honorific, whatever the NER cut from it.

"Sheikh Salem Abdullah Al-Jaber Al-Sabah", "Hajji Chad Gul Khan": the NER reads such a run in pieces, and a piece may
be a state ("Chad"), an outlet ("Al-Sabah") or a second person. After a word only a person carries (lexicon.yaml
`name_run_openers`), the capitalised words, their hyphened pieces and patronymic particles up to the first other word
are one person's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dictionary import Lexicon
from .people import PATRONYMIC_WORDS

ARTICLE_PIECES = frozenset({"al", "el", "ul", "ud", "ad", "as", "ar", "an", "at", "az", "e"})   # "al-Sabah", "Nur-ul-Haq"


def _name_word(doc: Doc, j: int) -> bool:
    """A capitalised word, a hyphen or article inside a compound ("Al" "-" "Sabah"), or a patronymic before a name."""
    t = doc[j]
    if "\n" in doc[j - 1].whitespace_:
        return False
    if t.text[:1].isupper() and t.is_alpha:
        return True
    glued = not doc[j - 1].whitespace_ and j + 1 < len(doc) and not t.whitespace_
    if t.text == "-" and glued:
        return True
    nxt = j + 2 if j + 2 < len(doc) and doc[j + 1].text == "-" and not t.whitespace_ and not doc[j + 1].whitespace_ \
        else j + 1                             # "al" "-" "Jaber": the article's compound (actors29)
    nxt_upper = nxt < len(doc) and doc[nxt].text[:1].isupper()
    return (t.lower_ in PATRONYMIC_WORDS or t.lower_ in ARTICLE_PIECES) and nxt_upper


def _run_end(doc: Doc, i: int) -> int:
    """The token after the name run that starts at token i."""
    j = i
    while j < len(doc) and _name_word(doc, j):
        j += 1
    while j > i and not doc[j - 1].is_alpha:     # no hyphen closing the run
        j -= 1
    return j


def _honored_runs(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Each run of two or more name words after a name-run opener that the NER split (two entities in it, or one
    that is no person) becomes one person; the entities inside give way. A run closed by a head word ("Sheikh Zayed
    Grand Mosque") names a place or body, not the person; an entity reaching out of the run is left alone."""
    runs: list[Span] = []
    for tok in doc[:-1]:
        if tok.text not in lexicon.name_run_openers or "\n" in tok.whitespace_:
            continue
        i = tok.i + 1
        j = _run_end(doc, i)
        words = [t for t in doc[i:j] if t.is_alpha and t.text[:1].isupper()]
        if len(words) < 2 or any(lexicon.head_words.get(t.text) for t in doc[i:j]):
            continue
        inside = [e for e in ents if i <= e.start and e.end <= j]
        if any(e.start < i <= e.end - 1 or e.start < j < e.end for e in ents if e not in inside):
            continue
        if len(inside) < 2 and all(e.label_ in ("PERSON", "person") for e in inside):
            continue                           # read whole already, or not at all
        start = tok.i if tok.text in lexicon.honorifics else i   # a courtesy form stays with the name it opens
        runs.append(Span(doc, start, j, label="PERSON"))
    if not runs:
        return ents
    kept = [e for e in ents if not any(r.start <= e.start and e.end <= r.end for r in runs)]
    return sorted(kept + runs, key=lambda e: e.start)
