"""Common nouns capitalised only because they open a sentence or a heading (issue 8, actors25), read by
`classify._not_an_actor_by_lexicon`: "Gunfire rang out over the port", "Freight traffic through the pass stopped",
a heading "Screens and speakers: ..." or "Border crossings watch", a section heading "Outlook" alone on its line.
The NER tags such a word a person or a body for its capital alone.

`common_word_opening`: a one-word name, title-cased (no acronym), that opens its sentence or its line, whose lower
case is an ordinary English word (WordNet's lower-case entries) and that is no given name (Phoenix), title, demonym,
city, body's head word ("Parliament voted" names one; a place's head word alone names none), dictionary entry
or surname of the text's people, and that the text never writes capitalised alone elsewhere (inside a sentence, no
capitalised word beside it: "asked Bush" is a name). Only a word tagged a person, no speaking verb after it, or a
body standing alone on its line (a heading: "Shell said on Monday" may be a company); WordNet lists places too
("alberta", "kenya"), so a place tag stays.
"""

from __future__ import annotations

from ...resolve.names import normalise_name
from ..dictionary import city_keys
from ...lexicons import phoenix_given_names
from ..nlp import english_words
from .people import _surnames
from ..doc_tokens import doc_tokens

BODY_LABELS = frozenset({"ORG", "organization", "media"})
PERSON_LABELS = frozenset({"PERSON", "person"})
SPEECH_VERBS = frozenset({"say", "tell", "add", "announce", "write", "argue", "insist", "warn", "claim", "note"})


def _line_start(full: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and full[k] in " \t":
        k -= 1
    return k < 0 or full[k] == "\n"


def _line_alone(full: str, start: int, end: int) -> bool:
    line_end = full.find("\n", end)
    rest = full[end:len(full) if line_end < 0 else line_end]
    return _line_start(full, start) and not rest.strip(" \t.:")


def _common_noun(low: str, words) -> bool:
    """The word, or its singular ("screens", "lorries", "taxes"), is an English word."""
    return low in words or low.endswith("s") and (low[:-1] in words or low.endswith("ies") and low[:-3] + "y" in words
                                                  or low.endswith("es") and low[:-2] in words)


def _capitalised_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _written_as_name_elsewhere(doc, word: str, at: int, full: str) -> bool:
    """The word written capitalised inside a sentence, no capitalised word beside it, somewhere else in the text."""
    for tok in doc_tokens(doc):
        if tok.text != word or tok.i == at or tok.is_sent_start or _line_start(full, tok.idx):
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if before is not None and _capitalised_word(before) and not before.is_sent_start:
            continue                         # "the Border Guard Service": a word of a longer name
        if after is not None and _capitalised_word(after):
            continue
        return True
    return False


def common_word_opening(span, full: str, lexicon, dictionary) -> bool:
    """The one-word entity is a common noun capitalised by its place at a sentence's or a line's start."""
    if len(span) != 1:
        return False
    tok = span[0]
    word = tok.text
    words = english_words()
    if not words or not tok.is_alpha or len(word) < 3 or not word[:1].isupper() or not word[1:].islower():
        return False
    if not (tok.is_sent_start or _line_start(full, tok.idx)):
        return False
    if not _common_noun(word.lower(), words) or word.lower() in phoenix_given_names():
        return False
    if span.label_ in BODY_LABELS:
        if not _line_alone(full, span.start_char, span.end_char):
            return False
    elif span.label_ not in PERSON_LABELS:
        return False                         # WordNet lists places too ("alberta", "kenya"): a place stays
    elif tok.i + 1 < len(span.doc) and span.doc[tok.i + 1].lemma_.lower() in SPEECH_VERBS:
        return False                         # "Lincoln said": people speak, common nouns do not
    if lexicon.is_title_token(tok) or lexicon.head_words.get(word, "place") != "place" or dictionary.is_demonym(word) \
            or dictionary.lookup(word) is not None or normalise_name(word) in city_keys() \
            or word.casefold() in lexicon.not_actors:
        return False
    if word in _surnames(span.doc):
        return False
    return not _written_as_name_elsewhere(span.doc, word, tok.i, full)
