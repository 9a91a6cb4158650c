"""A state's body named with its state's formal style (issue 8, actors24): "Statement by the Presidency of the
Republic", "the Presidency of the Republic of Ghana", "the Secretariat of the Republic". The NER leaves the body's
head word untagged and reads "the Republic of" as a place of its own. An untagged capitalised organisation head
word after "the" (or opening a line), followed by "of the Republic" and, maybe, "of" and a state the dictionary
tagged, is one body named by the whole phrase; the state stays a mention of its own. "The Government of the
Republic of X" is the state itself (DEVELOPING.md, Conventions): no Government, Cabinet or People here."""

from __future__ import annotations

from spacy.tokens import Doc

from ..dictionary import Lexicon
from ..doc_tokens import doc_tokens

STATE_ITSELF = frozenset({"Government", "Cabinet", "Administration", "Parliament", "Assembly"})
STATE_LABELS = frozenset({"GPE", "country"})


def republic_bodies(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """(start, end) character spans of such bodies."""
    out = []
    for tok in doc_tokens(doc):
        i = tok.i
        if tok.ent_type_ or not tok.text[:1].isupper() or tok.text in STATE_ITSELF \
                or lexicon.head_words.get(tok.text) != "organization":
            continue
        if not (i == 0 or doc[i - 1].lower_ == "the" or "\n" in doc[i - 1].whitespace_):
            continue
        if i + 3 >= len(doc) or [t.lower_ for t in doc[i + 1:i + 3]] != ["of", "the"] or doc[i + 3].text != "Republic" \
                or any("\n" in t.whitespace_ for t in doc[i:i + 3]):
            continue
        end = i + 4
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ in STATE_LABELS \
                and "\n" not in doc[end - 1].whitespace_:
            end += 2                  # "of" and the state's first word
            while end < len(doc) and doc[end].ent_type_ in STATE_LABELS and doc[end].ent_iob_ == "I":
                end += 1              # the state's other words ("South Africa")
        out.append((tok.idx, doc[end - 1].idx + len(doc[end - 1])))
    return out
