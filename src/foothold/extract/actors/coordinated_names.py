"""A body whose name coordinates two words before its head noun, whole (issue 8, actors16).

"The Communications and Media Commission", "the Solidarity and Development Party", "the Security and Intelligence
Bureau": the NER reads the words after "and" as the body ("Media Commission") and the first word as a body of its
own or nothing. One capitalised word that names no actor and is no head or title word, opening its phrase (after
"the", a sentence's start or a lower-case word), then "and", then an organisation entity closed by an organisation
head word: one name. A plural head ("the Foreign and Interior Ministries") or a first word the dictionary knows
("Treasury and State Department", "Hamas and Islamic Jihad ...") names two bodies, not one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dictionary import ActorDictionary, Lexicon

PLURAL_HEADS = frozenset({"Ministries", "Departments", "Committees", "Commissions", "Councils", "Agencies"})
OPENERS = frozenset({"the", "The"})


def coordinated_names(doc: Doc, ents: list[Span], lexicon: Lexicon, dictionary: ActorDictionary) -> list[Span]:
    """The entities with each "X and Y <head>" body name joined whole."""
    by_start = {e.start: e for e in ents}
    joined: dict[int, Span] = {}           # the body's entity start -> the whole name
    for ent in ents:
        first = _first_word(doc, ent, by_start, lexicon, dictionary)
        if first is not None:
            joined[ent.start] = Span(doc, first, ent.end, label="ORG")
    if not joined:
        return ents
    firsts = {span.start for span in joined.values()}
    out = [joined.get(e.start, e) for e in ents if not (len(e) == 1 and e.start in firsts)]
    return sorted(out, key=lambda e: e.start)


def _first_word(doc: Doc, ent: Span, by_start: dict[int, Span], lexicon: Lexicon,
                dictionary: ActorDictionary) -> int | None:
    """The index of the coordinated first word before `ent`, or None when the shape is not there."""
    if ent.label_ not in ("ORG", "organization") or ent.start < 2 or ent[0].lower_ == "the":
        return None
    if lexicon.head_words.get(ent[-1].text) != "organization" or ent[-1].text in PLURAL_HEADS:
        return None
    and_tok, word = doc[ent.start - 1], doc[ent.start - 2]
    if and_tok.lower_ != "and" or "\n" in word.whitespace_ or "\n" in and_tok.whitespace_:
        return None
    other = by_start.get(word.i)
    if other is not None and (len(other) != 1 or other.label_ not in ("ORG", "organization")):
        return None                        # a person, state or longer name before "and": two actors listed
    if word.ent_type_ and other is None:
        return None                        # the last word of a longer entity
    if not _plain_capitalised(word, lexicon, dictionary):
        return None
    return word.i if _opens_phrase(doc, word.i) else None


def _plain_capitalised(word, lexicon: Lexicon, dictionary: ActorDictionary) -> bool:
    """A capitalised word naming nothing itself: no head, title or demonym, no dictionary entry."""
    text = word.text
    return (text[:1].isupper() and text.isalpha() and not text.isupper() and text not in lexicon.head_words
            and text not in lexicon.title_words and not dictionary.is_demonym(text) and dictionary.lookup(text) is None)


def _opens_phrase(doc: Doc, i: int) -> bool:
    """Token i opens a noun phrase: after "the", at a sentence's start, or after a lower-case word or punctuation."""
    if i == 0 or doc[i].is_sent_start:
        return True
    before = doc[i - 1]
    return before.text in OPENERS or before.text.islower() or (before.is_punct and before.text not in ("'s", "-"))
