"""Names no actor has (issue 8, actors21), read by `classify`:

- `thing_named_as_person`: a name the NER tagged as a person whose two or more words are all ordinary English words
  (WordNet's lower-case entries) none of which opens a person's name in the Phoenix dictionaries or is a title, after
  "the" or a possessive ("the bank's Green Window", "the Joint Plan"): a thing's name, not a person's. People are
  not written after "the" ("the Rose Hill" is no person) and their names are rarely all dictionary words.
- `ethnic_people`: "Ethnic Uzbeks", "ethnic Tajiks" tagged whole: a people named by its demonym, no actor (the
  golds code none; the state is mentioned where the text names it).
"""

from __future__ import annotations

from ...lexicons import phoenix_given_names
from ..nlp import english_words

POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def thing_named_as_person(span, lexicon) -> bool:
    doc, words, given = span.doc, english_words(), phoenix_given_names()
    toks = [t for t in span if t.lower_ != "the"]
    if span.label_ != "PERSON" or len(toks) < 2 or not words or span.start == 0:
        return False
    before = doc[span.start - 1]
    if not (before.lower_ == "the" or before.text in POSSESSIVE_MARKS or span[0].lower_ == "the"):
        return False
    return all(t.is_alpha and t.text[:1].isupper() and t.lower_ in words and t.lower_ not in given
               and not lexicon.is_title_token(t) for t in toks)


def ethnic_people(words: list[str], dictionary) -> bool:
    if len(words) != 2 or words[0].lower() != "ethnic":
        return False
    word = words[1]
    return any(dictionary.is_demonym(w) for w in (word, word[:-1] if word.endswith("s") else word))
