"""A person's name whose last part is hyphenated (actors22): "Moon Jae-in", "Kim Dae-jung", "Maria Lopez-Ruiz".

The tokenizer splits a hyphen written between letters, and the NER may close the person's name before it ("President
Moon Jae" + "-in"), so the person is named by a piece of the name and its later mentions do not resolve. A PERSON
entity of two words or more, its last word glued to a hyphen and one more word written with no space, runs on over
the hyphen and that word when the word is:
- a short lower-case syllable (at most three letters, "-in", "-un", "-ho") that is no compounding word ("-led",
  "-era", "-run", "-old": "the Abe-led cabinet"), or one of four or five letters that is no English word ("-yeol",
  "-hwan"; not "-style", "-based"), or
- a capitalised word that no other entity takes, that the actor dictionary does not list, and that is no demonym
  ("Lopez-Ruiz"; not "the Kishida-Biden talks" when the NER tagged Biden, nor "Jones-Russia" ties).
The word after must not carry a hyphen on (a compound modifier "X Y-in-law" is left alone)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dictionary import ActorDictionary
from ..nlp import is_english_word

HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# short lower-case words that compound with a name rather than finish it ("the Abe-led cabinet", "the Putin-era law")
COMPOUNDING = frozenset({"led", "era", "run", "old", "age", "ish", "new", "ex", "in-law", "law", "aid", "pro", "era",
                         "set", "way", "day", "man", "men"})


def hyphened_given_names(doc: Doc, ents: list[Span], dictionary: ActorDictionary) -> list[Span]:
    """The entities, each person's name run on over a hyphenated last part the NER left out."""
    taken = {t.i for e in ents for t in e}
    return [_run_on(doc, e, taken, dictionary) for e in ents]


def _run_on(doc: Doc, ent: Span, taken: set[int], dictionary: ActorDictionary) -> Span:
    k = ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or k + 1 >= len(doc) or ent[-1].whitespace_ \
            or not ent[-1].is_alpha or doc[k].text not in HYPHENS or doc[k].whitespace_:
        return ent
    word = doc[k + 1]
    if not word.is_alpha or word.i in taken:
        return ent
    if word.i + 1 < len(doc) and not word.whitespace_ and doc[word.i + 1].text in HYPHENS:
        return ent                             # "Jae-in-law", "X-in-Opposition": a compound, not a name's end
    if word.text.islower():
        fits = (len(word.text) <= 3 and word.text not in COMPOUNDING) \
            or (len(word.text) <= 5 and not is_english_word(word))   # "Suk-yeol", "Doo-hwan"
    else:
        fits = (word.text[:1].isupper() and word.text[1:].islower() and len(word.text) >= 2
                and dictionary.lookup(word.text) is None and not dictionary.is_demonym(word.text))
    return Span(doc, ent.start, k + 2, label=ent.label_) if fits else ent
