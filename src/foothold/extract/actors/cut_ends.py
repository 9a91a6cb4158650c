"""Names the NER cut one word short (actors21): the rest of the name left untagged or tagged apart.

- `untagged_rest`: a name the NER tagged as a place, body or person, directly followed by one untagged capitalised
  word that is no English word, no listed actor, demonym, title or head word, and closes the phrase ("a hospital in
  Stara" + "Zagora", "Parti" + "Warisan coalition"): the word is the rest of the name.
- `_hyphen_cut`: a person's name ending in a particle and its hyphen, with the next entity right after it ("Badruddin
  al-" + "Houthi"): the next word is the family name, not the body the dictionary knows by it.
- `_possessive_cut`: a body's name "X of the Y's", the possessive inside the NER's entity, followed by an entity
  ("the Presidium of the Supreme People's" + "Assembly"): one name.
- `_compass_cut`: a name "X of <compass word>" followed by a place or state ("the Serbian Republic of Northern" +
  "Kosovo"): one name.
- `_opened_place`: an Arabic place name's opening word (Umm, Ras, Bab, Deir, Tal ...) left untagged right before the
  rest the NER found ("the Umm" + "Hajar port", "Ras" + "Tanura"): one name.
- `_head_of_state`: "the <head word> of [the] <state>", the head word capitalised and left untagged ("the Gendarmerie of" + "Chad"): one body's name (as the tuning gold codes "the National Police of
  Peru"); not a government, presidency or people, which are the state's, nor a title word ("the Army of X" reads as a
  portfolio in `classify`).
- `_outlet_opened_body`: an outlet's name the actor dictionary matched, directly followed by capitalised words the
  NER left untagged that end in an organisation's head word ("The Independent" + "Electoral Commission of Somaliland", "the
  Guardian" + "Council"): one body, no outlet.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...lexicons import phoenix_given_names
from ..dictionary import ActorDictionary, Lexicon
from ..nlp import is_english_word
from .places import COMPASS_WORDS

NER_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "country", "place"})
# a compass word as the adjective of a region's name ("of Northern" + "Cyprus", "of Southern" + "Sudan")
REGION_WORDS = COMPASS_WORDS | frozenset({"Northern", "Southern", "Eastern", "Western", "Central", "Northeastern",
                                          "Northwestern", "Southeastern", "Southwestern"})
# Opening words of Arabic place names ("Umm Hajar", "Ras Tanura", "Deir Hafer")
PLACE_OPENERS = frozenset({"Umm", "Ras", "Bab", "Bir", "Ain", "Tal", "Tell", "Deir", "Dayr", "Jabal", "Jebel", "Khan",
                           "Kafr", "Beit", "Wadi", "Qasr", "Marj", "Hawr"})
STATE_HEADS_EXCLUDED = frozenset({"Government", "Presidency", "People", "Republic", "Kingdom", "State", "Embassy",
                                  "Consulate"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


def joined_cut_ends(doc: Doc, ents: list[Span], lexicon: Lexicon, dictionary: ActorDictionary) -> list[Span]:
    """The entities with cut names made whole (see the module's doc)."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and "\n" not in prev[-1].whitespace_ \
                and (_hyphen_cut(prev, ent) or _possessive_cut(prev, ent) or _compass_cut(prev, ent)):
            out[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        else:
            out.append(ent)
    taken = {t.i for e in out for t in e}
    out = [_head_of_state(doc, e, taken, lexicon) for e in out]
    return [_opened_place(doc, _outlet_opened_body(doc, _with_rest(doc, e, taken, lexicon, dictionary), taken,
                                                   lexicon), taken) for e in out]


def _opened_place(doc: Doc, ent: Span, taken: set[int]) -> Span:
    i = ent.start - 1
    if ent.label_ in NER_LABELS and len(ent) <= 2 and i >= 0 and i not in taken and doc[i].text in PLACE_OPENERS \
            and doc[i].whitespace_ == " " and ent[0].text[:1].isupper():
        return Span(doc, i, ent.end, label=ent.label_)
    return ent


def _outlet_opened_body(doc: Doc, ent: Span, taken: set[int], lexicon: Lexicon) -> Span:
    if ent.label_ != "media" or "\n" in ent[-1].whitespace_:
        return ent
    j = ent.end
    while j < len(doc) and j - ent.end < 4 and j not in taken and doc[j].is_alpha and doc[j].text[:1].isupper() \
            and "\n" not in doc[j - 1].whitespace_:
        j += 1
    if j > ent.end and lexicon.head_words.get(doc[j - 1].text) == "organization" \
            and not (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
        return Span(doc, ent.start, j, label="ORG")
    return ent


def _hyphen_cut(prev: Span, ent: Span) -> bool:
    return (prev.label_ == "PERSON" and len(prev) >= 3 and prev[-1].text == "-" and not prev[-1].whitespace_
            and prev[-2].text.islower() and prev[-2].is_alpha and len(prev[-2].text) <= 3
            and len(ent) == 1 and ent[0].is_alpha and ent[0].text[:1].isupper())


def _possessive_cut(prev: Span, ent: Span) -> bool:
    return (prev.label_ == "ORG" and len(prev) >= 4 and prev[-1].text in POSSESSIVES
            and any(t.lower_ == "of" for t in prev[1:-2]) and prev[-2].text[:1].isupper()
            and ent.label_ in ("ORG", "organization") and ent[0].text[:1].isupper())


def _compass_cut(prev: Span, ent: Span) -> bool:
    return (len(prev) >= 3 and prev[-1].text in REGION_WORDS and prev[-2].lower_ == "of"
            and prev.label_ in NER_LABELS and ent.label_ in PLACE_LABELS and len(ent) <= 2)


def untagged_rest(doc: Doc, ent: Span, taken: set[int], lexicon: Lexicon, dictionary: ActorDictionary) -> bool:
    """The token after `ent` is the untagged rest of its name."""
    if ent.label_ not in NER_LABELS or ent.end >= len(doc) or len(ent) > 3 or "\n" in ent[-1].whitespace_ \
            or not ent[-1].whitespace_ or not ent[-1].is_alpha or not ent[-1].text[:1].isupper():
        return False
    word = doc[ent.end]
    if word.i in taken or word.ent_type_ or not word.is_alpha or not (word.text[:1].isupper()
                                                                      and word.text[1:].islower()) \
            or len(word.text) < 3 or is_english_word(word) or lexicon.is_title_token(word) \
            or word.text in lexicon.head_words or dictionary.is_demonym(word.text) \
            or dictionary.lookup(word.text) is not None or word.tag_ not in ("NNP", "NNPS"):
        return False
    if dictionary.lookup(ent.text) is not None:
        return False                           # a known name stays itself ("Iran" + "Khodro" is read elsewhere)
    if ent.label_ != "PERSON" and (ent[0].lower_ in phoenix_given_names()
                                   or f"{ent.text} {word.text}" in _people_named(doc)):
        return False                           # "names Nawfal" + "Karim": a person's name the NER read as a place
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return after is None or not (after.text[:1].isupper() or after.text in POSSESSIVES or after.text == "-")


def _people_named(doc: Doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "PERSON"}


def _with_rest(doc: Doc, ent: Span, taken: set[int], lexicon: Lexicon, dictionary: ActorDictionary) -> Span:
    if untagged_rest(doc, ent, taken, lexicon, dictionary):
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    return ent


def _head_of_state(doc: Doc, ent: Span, taken: set[int], lexicon: Lexicon) -> Span:
    if ent.label_ not in ("GPE", "country"):
        return ent
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 2 or doc[i].lower_ != "of":
        return ent
    head = doc[i - 1]
    if head.i in taken or not head.is_alpha or head.text in STATE_HEADS_EXCLUDED or lexicon.is_title_token(head) \
            or lexicon.head_words.get(head.text) != "organization" or doc[i - 2].lower_ != "the" \
            or any("\n" in t.whitespace_ for t in doc[head.i:ent.start]):
        return ent
    return Span(doc, head.i, ent.end, label="ORG")
