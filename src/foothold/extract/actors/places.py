"""Places: datelines, names after place nouns and locative prepositions, land taken or attacked."""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from ..dictionary import ActorDictionary, Lexicon
from ..nlp import is_english_word
from ..spans import SpanIndex
from .listed_names import may_be_listed_place
from .people import NAME_PARTICLES
from .spans import _overlaps
from ..token_positions import tokens_with
from ..doc_tokens import doc_tokens


DATELINE_SEARCH = 3000      # a wire dateline opens one of the first paragraphs


def _dateline_place(text: str):
    """The place in capitals of a wire dateline opening a paragraph near the top ("MOGADISHU - The government ...",
    "GEORGETOWN, Dec 6 (Agency) - "), which the NER leaves untagged."""
    from ...ingest.metadata import DATELINE_PLACE_RE
    for line in re.finditer(r"(?m)^(?=[A-Z])", text[:DATELINE_SEARCH]):
        m = DATELINE_PLACE_RE.match(text, line.start())
        if m is None:
            continue
        s, e = m.span("place")
        while e > s and text[e - 1] in " -\u2013\u2014":
            e -= 1
        if sum(c.isalpha() for c in text[s:e]) >= 3 and text[s:e].isupper():
            yield s, e
        return


COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
                           "North-East", "North-West", "South-East", "South-West", "Upper", "Lower"})   # "Southwest Asia"


def _near_places(doc: Doc, taken: list[tuple[int, int]]):
    """"Near Ayn Isa, one strike ...": the capitalised words between a sentence-opening
    "Near" and the comma name a place (strike reports list them so), tagged or not."""
    for t in tokens_with(doc, ORTH, ("Near",)):
        if t.text != "Near" or not (t.is_sent_start or t.i == 0 or doc[t.i - 1].is_punct or doc[t.i - 1].is_space):
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 4 and doc[j].text[:1].isupper() and "\n" not in doc[j - 1].whitespace_ \
                and (doc[j].is_alpha or "-" in doc[j].text):
            j += 1
        if j == t.i + 1 or j >= len(doc) or doc[j].text != ",":
            continue
        cs, ce = doc[t.i + 1].idx, doc[j - 1].idx + len(doc[j - 1])
        if not _overlaps(taken, cs, ce):
            yield cs, ce


PLACE_PARTICLES = NAME_PARTICLES | {"do", "dos", "al", "el"}


def _named_by_place_noun(doc: Doc, lexicon: Lexicon, dictionary: ActorDictionary, taken):
    """"the village of Let Yet Kone": capitalised words (one to three, on the line) after a lower-case place noun and
    "of" name the place, whatever the tagger made of them ("Let" a verb)."""
    for t in doc_tokens(doc):
        if t.text not in lexicon.place_nouns or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of":
            continue
        # "the village of X", "the Malian town of X" name it; "a village of farmers" describes it
        if not (t.i >= 1 and doc[t.i - 1].lower_ == "the"
                or t.i >= 2 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 2].lower_ == "the"):
            continue
        i = j = t.i + 2
        while j < len(doc) and j - i < 4 and doc[j].is_alpha and "\n" not in doc[j - 1].whitespace_ and (
                doc[j].text[:1].isupper() and not doc[j].text.isupper() and not lexicon.is_title_token(doc[j])
                or j > i and doc[j].text in PLACE_PARTICLES and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
            j += 1                              # "Mocimboa da Praia": a particle inside the name
        if j == i or j < len(doc) and doc[j].text[:1].isupper():
            continue
        cs, ce = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        name = doc[i:j].text
        if not _overlaps(taken, cs, ce) and not dictionary.is_demonym(name) \
                and name.casefold() not in lexicon.not_actors:
            yield cs, ce


def _listed_with_place(doc: Doc, places: list[tuple[int, int]], taken):
    """"In Azaz and al-Bab": an untagged proper noun coordinated with a place found (no English word, not opening
    the sentence) is a place too."""
    if not places:
        return
    index = SpanIndex(places)

    def is_place(tok) -> bool:
        return _overlaps(index, tok.idx, tok.idx + 1)
    for t in doc_tokens(doc):
        if t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.is_sent_start \
                or not may_be_listed_place(t) or t.text.isupper():
            continue
        partners = ([t.head] if t.dep_ == "conj" else []) + [c for c in t.children if c.dep_ == "conj"]
        if any(is_place(p) for p in partners) and not _overlaps(taken, t.idx, t.idx + len(t.text)):
            start = _name_words_before(doc, t)
            yield (start.idx if not _overlaps(taken, start.idx, t.idx) else t.idx), t.idx + len(t.text)


def _name_words_before(doc: Doc, t):
    """The first of at most two untagged capitalised proper nouns right before `t` that modify it ("the Haji" of
    "the Haji Omaran and Y crossings"; actors28), else `t`: no title word, none opening the sentence."""
    from ..dictionary import load_lexicon
    titles = load_lexicon().title_words
    first = t
    while first.i > 0 and t.i - first.i < 2:
        prev = doc[first.i - 1]
        if (prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text[:1].isupper() or prev.ent_type_
                or prev.head.i != t.i or prev.dep_ not in ("compound", "nmod") or prev.text in titles
                or prev.is_sent_start or "\n" in prev.whitespace_):
            break
        first = prev
    return first


SEAT_WORDS = frozenset({"House", "Office", "Palace", "Pentagon", "Kremlin", "Capitol", "Building", "Hall"})
SEAT_PREPOSITIONS = frozenset({"in", "at", "inside", "outside", "near"})


def _seat_in_locative(doc: Doc, cs: int, ce: int) -> bool:
    """A body named after its building ("White House", "Oval Office", "Pentagon") is the place
    where a locative preposition puts something: "a meeting in the Pentagon", "at the White House"."""
    span = doc.char_span(cs, ce, alignment_mode="expand")
    if span is None or span[-1].text not in SEAT_WORDS or span.start < 2:
        return False
    return doc[span.start - 1].lower_ == "the" and doc[span.start - 2].lower_ in SEAT_PREPOSITIONS


TERRITORY_VERBS = frozenset({"occupy", "annex", "invade", "liberate", "recapture", "retake", "reconquer", "overrun",
                             "blockade", "besiege", "shell", "bombard", "control"})


def _held_territory(doc: Doc, span: Span) -> bool:
    """The object of occupying, annexing, invading, liberating, shelling is a territory: "occupying Crimea",
    "shelling Stepanakert and other communities"."""
    root = _list_head(span)
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in TERRITORY_VERBS


def _apposed_place(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """"Stepanakert, the capital of Artsakh,", "Afungi, a village near Palma": a name in apposition to a place
    noun (or "capital") is a place."""
    e = span.end
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("the", "a", "an"):
        return False
    j = e + 2
    while j < len(doc) and j - e < 5 and (doc[j].pos_ in ("ADJ", "PROPN") or doc[j].dep_ == "compound"
                                          or doc[j].text in ("'s", "\u2019s")):
        j += 1                             # "the regional capital", "the province's main town", "a mining town"
    return j < len(doc) and (lexicon.is_place_noun(doc[j].lower_) or doc[j].lower_ == "capital") \
        and doc[j].pos_ == "NOUN"


def _after_place_noun_of(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """"the Saudi city of Jazan", "a village southeast of Zaporizhzhia", "the towns of Moqokori and Ceel
    Dhere", "regions such as Arauca and Choco": a place noun's or a direction's "of", and the examples
    a plural place noun gives, name places."""
    first = _list_head(span)
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ in ("as", "including", "like") and prep.dep_ == "prep" \
            and lexicon.is_place_noun(prep.head.lower_) and prep.head.lower_.endswith("s"):
        return True
    start = span.start if first.i == span.root.i else first.left_edge.i
    if first.i != span.root.i and not (first.dep_ == "pobj" and first.head.lower_ == "of"):
        return False
    return start >= 2 and doc[start - 1].lower_ == "of" and (
        lexicon.is_place_noun(doc[start - 2].lower_) or doc[start - 2].lower_ in COMPASS_LOWER)


COMPASS_LOWER = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})


def _determined_object(doc: Doc, span: Span) -> bool:
    """"people from the Bekaa": a person's name takes no article; after a preposition it is a place."""
    i = span.start
    return (i >= 2 and doc[i - 1].lower_ == "the" and doc[i - 2].pos_ == "ADP"
            and span.root.dep_ == "pobj" and (span.end == len(doc) or not doc[span.end].pos_ in ("NOUN", "PROPN")))


# Prepositions that introduce a place, and the movement heads after which "to"/"from" does.
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around", "into", "inside", "toward",
                                   "towards", "across", "through", "throughout", "within", "beyond", "via"})
MOVEMENT_HEADS = frozenset({"deploy", "travel", "go", "move", "arrive", "return", "visit", "trip", "head",
                            "send", "dispatch", "relocate", "withdraw", "flee", "march", "advance", "fly",
                            "redeploy", "transfer", "evacuate", "displace", "journey", "abduct", "kidnap", "retreat",
                            "pull", "expel", "launch", "fire"})


def _after_locative(doc: Doc, span: Span) -> bool:
    """A person-labelled name that a locative preposition governs, itself or as a later conjunct of its
    object, is a place: "in Dora", "deployed to Tal Rifaat", "in Metina and Zap".

    "met with X", "said to X" and titled names ("in Prime Minister X's office") stay persons.
    """
    if span.start == 0:
        return False
    first = _list_head(span)
    prep = doc[span.start - 1] if first.i == span.root.i else first.head
    if first.i != span.root.i and first.dep_ != "pobj":
        return False
    if prep.dep_ != "prep" or first.head.i != prep.i:
        return False
    word = prep.lower_
    if word in LOCATIVE_PREPOSITIONS:
        return True
    return word in ("to", "from") and (prep.head.lemma_.lower() in MOVEMENT_HEADS
                                       or prep.head.head.lemma_.lower() in MOVEMENT_HEADS and prep.head.dep_ == "dobj")


MOVING_VERBS = frozenset({"leave", "enter", "reach", "flee"})      # their object is a place
TAKING_VERBS = TERRITORY_VERBS | {"seize", "capture", "take", "storm"} | MOVING_VERBS


# Verbs whose object named alone is a village or town, not a person: "attacked Mukondi", "shelled Moso"
ATTACKED_PLACE_VERBS = frozenset({"attack", "raid", "shell", "bomb", "bombard", "overrun", "besiege", "storm", "burn", "torch",
                                  "raze", "loot", "encircle", "surround", "strike"})


def _attacked_place(doc: Doc, span: Span) -> bool:
    """A name that a verb of attacking or taking ground has as its object ("stormed Gajiram"), or an object a
    locative in apposition follows ("attacked Mukondi, in Beni territory"): a place the tagger read as a person
    or a body."""
    root = _list_head(span)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ATTACKED_PLACE_VERBS | TAKING_VERBS:
        return True
    e = span.end
    return root.dep_ in ("dobj", "pobj") and e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "in" \
        and doc[e + 2].text[:1].isupper()


def _taken_places(doc: Doc):
    """Untagged proper nouns (one to three, not opening a sentence) that a verb of taking or holding ground, or of
    attacking a place, has as its object: "retook Timbuktu from Ansar Dine", "seized Bouake", "attacked Seytenga"."""
    for tok in doc_tokens(doc):
        if tok.dep_ != "dobj" or tok.pos_ != "PROPN" or tok.ent_type_ \
                or tok.head.lemma_.lower() not in TAKING_VERBS | ATTACKED_PLACE_VERBS:
            continue
        i = tok.i
        while i > 0 and tok.i - i < 2 and doc[i - 1].dep_ == "compound" and doc[i - 1].pos_ == "PROPN" \
                and not doc[i - 1].ent_type_:
            i -= 1
        if doc[i].is_sent_start or not all(t.text[:1].isupper() and t.is_alpha for t in doc[i:tok.i + 1]) \
                or doc[i - 1].text[:1].isupper() or tok.text.isupper():
            continue                      # "the U.S. Embassy": part of a longer name; "UNESCO": an acronym
        yield i, tok.i + 1


PLACE_OBJECT_VERBS = MOVING_VERBS | {"evacuate", "vacate", "cross"}


def _fell_to(span: Span) -> bool:
    """What "fell to" a force is a place: "Gao fell to the rebels", "Kabul fell to the Taliban"."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() == "fall" \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in root.head.children)


def _left_place(doc: Doc, span: Span) -> bool:
    """The object of leaving, entering, reaching or fleeing is a place: "inspectors had left Yongbyon"."""
    root = _list_head(span)
    return root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_OBJECT_VERBS


def _in_locative_list(doc: Doc, span: Span) -> bool:
    """A name a locative preposition governs, itself or as a conjunct of its object:
    "in Marea", "in Qamenas, Sarmin and Talamenes"."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPOSITIONS


PLACE_MODIFIERS = frozenset({"air", "naval", "military", "army", "oil", "gas", "border", "power", "refugee"})


def _list_head(span: Span):
    """The first conjunct of the list the name stands in ("Kalbajar" in "Agdam, Kalbajar and Lachin"): its
    head tells what the whole list is."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root


LIST_GLUE = frozenset({",", "and", "or", "&"})


def _before_place_noun(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """"the Dora district", "Jurf al-Sakhar area", "the Agdam, Kalbajar and Lachin districts": a name
    modifying a place noun, alone or in a list, is that place."""
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and nxt.is_lower and lexicon.is_place_noun(nxt.lower_):
        return True          # "the Saky airfield", "the al-Hol camp guard posts": whatever the parser made of it
    if listed_before_plural_place_noun(doc, span, lexicon):
        return True          # "the Kafr Saba, Tel Amir, Rubaia and Yaroun crossings", however the parser read it
    root = _list_head(span)
    head = root.head
    if head.i < span.end or head.i - span.end > 8 or not lexicon.is_place_noun(head.lower_):
        return False
    between = doc[span.end:head.i]               # only the list's other names and its glue before the noun
    if any(not (t.text in LIST_GLUE or t.text[:1].isupper() or t.lower_ in PLACE_MODIFIERS) for t in between):
        return False
    return True


def listed_before_plural_place_noun(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """The span is one of a list of capitalised names closed by "and"/"or" and a plural lower-case place noun on its
    line, read on the words alone (actors24): "the Zurbatiyah, Tel Amir and Rubaia crossings", "the Agdam or Lachin
    districts" (a parse may hang a listed two-word name elsewhere)."""
    k, joined = span.end, False
    while k < len(doc) and k - span.end <= 10 and "\n" not in doc[k - 1].whitespace_:
        tok = doc[k]
        if tok.is_lower and lexicon.is_place_noun(tok.lower_) and tok.lower_ not in lexicon.place_nouns:
            return joined and doc[k - 1].text[:1].isupper()   # a plural place noun closes the list
        if tok.lower_ in ("and", "or"):
            joined = True
        elif not (tok.text == "," or tok.text[:1].isupper() or tok.text in ("-", "al", "el")):
            return False
        k += 1
    return False


CITY_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _cities_named_for_states(text: str, found: list[list], add) -> None:
    """"Port Sudan", "Panama City": a city the gazetteer lists whose name holds a state's name is the city, not the
    state with a word beside it."""
    from ...resolve.names import normalise_name
    from ..dictionary import city_keys
    for f in [f for f in found if f[2] == "country"]:
        before = CITY_WORD_BEFORE.search(text, max(0, f[0] - 20), f[0])
        after = text[f[1]:f[1] + 5] == " City"
        s, e = (before.start(1) if before else f[0]), f[1] + (5 if after and not before else 0)
        if (s, e) != (f[0], f[1]) and normalise_name(text[s:e]) in city_keys() \
                and not any(g is not f and g[0] < e and s < g[1] for g in found):
            found.remove(f)
            add(s, e, "place", "rule:city_of_state_name")
