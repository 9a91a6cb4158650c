"""People's names: nicknames, initials, particles, surnames, names only a person fits, personal pronouns."""

from __future__ import annotations

import re

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from ...lexicons import lookup_actor
from ...resolve.names import normalise_name
from ..dictionary import ActorDictionary, Lexicon
from .filters import _common_word
from .roles import _person_title_before
from .envoys import after_serving_title
from .spans import POSSESSIVE_MARKS, _overlaps
from ..token_positions import tokens_with
from ..doc_tokens import doc_tokens


# Letters of names written with accents ("Joaquín", "Chérizier"): Latin-1 capitals and small letters
NAME_UPPER, NAME_LOWER = "[A-Z\u00c0-\u00de]", "[a-z\u00df-\u00ff]"
NICKNAMED = re.compile(rf"\b{NAME_UPPER}{NAME_LOWER}+(?: [A-Z]\.)? ['\u2018\u201c\"]{NAME_UPPER}{NAME_LOWER}+(?: {NAME_UPPER}{NAME_LOWER}+)?"
                       rf"['\u2019\u201d\"] {NAME_UPPER}[a-z\u00df-\u00ff'-]+(?![\w'-])")


def _nicknamed_people(text: str, found: list[list], add, lexicon: Lexicon) -> None:
    """"Richard 'Tex' Coe", 'Joaquín "El Chapo" Guzmán': a quoted nickname inside a person's name; the NER's pieces
    give way to the whole. The shape names a person even when the NER typed no piece so (the nickname read as a
    body), unless its first word is an article or a title and its last a body's head word ('The "Tiger" Brigade')."""
    for m in NICKNAMED.finditer(text):
        s, e = m.span()
        pieces = [f for f in found if f[0] < e and s < f[1]]
        words = m.group(0).split()
        shaped = words[0] not in ("The", "A", "An") and words[0] not in lexicon.title_words \
            and words[0] not in lexicon.head_words and words[-1] not in lexicon.head_words
        if (not (shaped or any(f[2] == "person" for f in pieces)) or any(f[0] < s or f[1] > e for f in pieces)
                or any(f[2] not in ("person", "organization", "place") for f in pieces)):
            continue
        found[:] = [f for f in found if not (s <= f[0] and f[1] <= e)]
        add(s, e, "person", "rule:nickname")


REGIME_PHRASE = re.compile(r"^(?:the\s+)?(\S+?)(?:'s|\u2019s)?(?:\s+[a-z-]+)*\s+(regime|administration)$")


def _is_an_entrys_name(name: str) -> bool:
    """Phoenix lists the name as an organisation entry's own name ("ABU SAYYAF"), not only as a variant."""
    key = normalise_name(name)
    return any(h.kind == "organization" and normalise_name(h.name) == key for h in lookup_actor(name))


def _names_the_entry(name: str) -> bool:
    """The name shares a word with the Phoenix entry it is listed under (not a person filed under a body)."""
    words = {w for w in normalise_name(name).split() if len(w) > 2}
    return any(words & {w for w in normalise_name(h.name).split() if len(w) > 2} for h in lookup_actor(name))


# "son of"/"daughter of" inside Arabic names ("Osama bin Laden", "Mohammed bin Salman"): a person's name
PATRONYMIC_WORDS = frozenset({"bin", "ibn", "bint"})


# Lower-case particles inside people's names ("Ursula von der Leyen", "Frans van der Velde", "Luiz Inácio Lula da Silva")
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "dos", "das", "di", "du", "del", "della", "le", "la", "ter"})


def _regime_holders(doc: Doc) -> set[str]:
    """Capitalised words naming a regime or administration ("the Maduro regime", "Maduro's
    dictatorial regime", "the Biden administration"): a regime is named after its leader."""
    key = "_foothold_regime_holders"
    names = doc.user_data.get(key)
    if names is None:
        names = doc.user_data[key] = set()
        for t in tokens_with(doc, LOWER, ("regime", "administration")):
            if t.lower_ not in ("regime", "administration"):
                continue
            k = t.i - 1
            while k >= 0 and doc[k].pos_ == "ADJ" and t.i - k <= 3 and doc[k].text.islower():
                k -= 1
            if k >= 0 and doc[k].text in ("'s", "\u2019s"):
                k -= 1
            if k >= 0 and doc[k].pos_ == "PROPN" and doc[k].is_alpha and doc[k].text[:1].isupper() \
                    and doc[k].ent_type_ not in ("NORP", "country", "organization"):
                names.add(doc[k].text)
    return names


def _surnames(doc: Doc) -> set[str]:
    """Last words of the document's multi-word person names ("Dayton" of "Scott C. Dayton")."""
    key = "_foothold_surnames"
    names = doc.user_data.get(key)
    if names is None:
        names = doc.user_data[key] = set()
        for e in doc.ents:
            words = [t.text for t in e if t.text.rstrip(".").lower() not in ("jr", "sr", "ii", "iii", "iv")]
            if e.label_ in ("PERSON", "person") and len(words) > 1:
                names.add(words[-1])
    return names


PRONOUNS = {"i": "person", "he": "person", "she": "person", "we": "organization"}


def _pronouns(doc: Doc, taken: list[tuple[int, int]]):
    """Personal pronouns that stand for an actor ("I" the speaker, "we" the organisation);
    the resolver attaches them to an antecedent or drops them."""
    for tok in tokens_with(doc, LOWER, PRONOUNS):     # only the pronouns' tokens are made
        type_ = PRONOUNS.get(tok.lower_)
        if type_ and tok.tag_ == "PRP" and not _overlaps(taken, tok.idx, tok.idx + len(tok)):
            yield tok.idx, tok.idx + len(tok), type_, f"pronoun:{tok.lower_}"


INITIAL_GAP = re.compile(r"(?<= [A-Z])\. $")
PERSON_SUFFIX = re.compile(r",? (?:Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b)")


def _join_initialled_people(text: str, found: list[list]) -> None:
    """A person's name cut at a middle initial ("Joseph R" + "Biden") is one name, and a generational suffix
    ("Biden, Jr.", "Harold Grant III") is part of the mention; the name inside stays without it."""
    people = sorted((f for f in found if f[2] == "person"), key=lambda f: f[0])
    gone = set()
    for a, b in zip(people, people[1:]):
        # the exact ". " gap first: the pattern's search runs from the text's start
        if id(a) in gone or text[a[1]:b[0]] != ". " or not INITIAL_GAP.search(text, 0, b[0]):
            continue
        a[1] = a[5] = b[1]
        if b[3].startswith("dict:"):
            a[3] = b[3]
        gone.add(id(b))
    found[:] = [f for f in found if id(f) not in gone]
    for f in found:
        if f[2] == "person" and (m := PERSON_SUFFIX.match(text, f[1])) and not text[m.end():m.end() + 1].isalpha():
            f[1] = m.end()                   # f[4:6] keeps the name without the suffix


PERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "minister", "ambassador", "commander",
                          "chairman", "chairwoman", "director", "envoy", "governor", "leader", "president",
                          "secretary", "official", "adviser", "advisor", "representative", "senator", "general",
                          "chief", "deputy", "head", "mayor", "lawmaker", "journalist", "correspondent", "analyst"})


def _person_context(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """A name that only a person fits: "X, who heads ..." or in apposition to a person noun
    ("a State Department spokesperson, Morgan Ortagus, said")."""
    if not all(t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")) or t.text == "-" for t in span):
        return False                       # ("Yunus-Bek Yevkurov": a hyphenated given name)
    e = span.end
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "who":
        return True
    s = span.start
    if s >= 2 and doc[s - 1].text == "," and doc[s - 2].lower_ in PERSON_NOUNS and (e == len(doc) or doc[e].is_punct):
        return True
    if titled_by_lower_noun(doc, span):
        return True                        # "KRG spokesperson Peshawa Hawramani said": the noun titles the name
    root = span.root                       # "The PKK's commander in the Qandil mountains, Murat Karayilan, ...":
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in PERSON_NOUNS_ALL \
            and root.head.i < span.start:  # apposed to a person noun however far its phrase runs
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in PERSON_NOUNS_ALL and c.i == e + 1
           and doc[e].text == "," for c in root.children):
        return True                        # "Nnamdi Kanu, leader of the ...": a bare person noun apposed
    return _apposed_person_noun(doc, e) or after_serving_title(doc, span, PERSON_NOUNS_ALL)


def titled_by_lower_noun(doc: Doc, span: Span) -> bool:
    """Two to four capitalised words right after a lower-case person noun and before a verb or punctuation: "KRG
    spokesperson Peshawa Hawramani said", "the army spokesman Zaw Min Tun," (no body is written so)."""
    s, e = span.start, span.end
    if s < 1 or not 2 <= len(span) <= 4 or not doc[s - 1].is_lower or doc[s - 1].lower_ not in PERSON_NOUNS:
        return False
    if not all(t.is_alpha and t.is_title for t in span):
        return False
    return e == len(doc) or doc[e].is_punct or doc[e].pos_ in ("VERB", "AUX")


def _apposed_person_noun(doc: Doc, e: int) -> bool:
    """", the founder of ...", ", Russia's deputy defence minister,": an apposition after the name whose head is
    a person noun (a possessor, ranks and portfolio words may come between)."""
    if e + 2 >= len(doc) or doc[e].text != ",":
        return False
    j = e + 1
    if doc[j].lower_ in ("the", "a", "an"):
        j += 1
    elif doc[j].ent_type_ in ("GPE", "country") and j + 1 < len(doc) and doc[j + 1].text in ("'s", "\u2019s"):
        j += 2                                 # "Russia's deputy defence minister"
    else:
        return False
    k = j
    while k < len(doc) and k - e < 7 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
        k += 1                                 # the phrase's last word is its head: "deputy defence minister"
    return k > j and doc[k - 1].lower_ in PERSON_NOUNS_ALL and doc[k - 1].pos_ == "NOUN"


PERSON_NOUNS_ALL = PERSON_NOUNS | {"founder", "co-founder", "cofounder", "owner", "brother", "son", "daughter", "wife",
                                   "husband", "father", "mother", "cleric", "preacher", "businessman", "businesswoman",
                                   "financier", "negotiator", "diplomat", "colonel", "captain", "major", "officer",
                                   # the people a story names by their calling (actors19)
                                   "politician", "activist", "lawyer", "dissident", "blogger", "economist"}


LIST_SEPARATOR = re.compile(r"^\s*(?:[;,]\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")


def _type_person_lists(found: list[list], text: str) -> None:
    """A name the NER typed as a body, listed between people ("They are Adham Tabaja; Mohammad
    Bassi; and Ali Charara") is a person too: a list holds one kind of name."""
    items = sorted(found, key=lambda f: f[0])
    for k, f in enumerate(items):
        if not f[3].startswith("ner:") or f[2] == "person" or not 2 <= len(text[f[0]:f[1]].split()) <= 4:
            continue
        prev = items[k - 1] if k > 0 else None
        nxt = items[k + 1] if k + 1 < len(items) else None
        near = [g for g in (prev, nxt) if g is not None and g[2] == "person"
                and LIST_SEPARATOR.match(text[min(g[1], f[1]):max(g[0], f[0])])]
        strong = len(near) == 2 or any(";" in text[min(g[1], f[1]):max(g[0], f[0])] for g in near)
        if near and strong and all(g[2] == "person" for g in (prev, nxt)
                                   if g is not None and LIST_SEPARATOR.match(text[min(g[1], f[1]):max(g[0], f[0])])):
            f[2], f[3] = "person", "rule:person_list"


OCCUPATION_NOUNS = PERSON_NOUNS | frozenset({"lecturer", "professor", "researcher", "reporter", "editor", "anchor",
                                             "host", "photographer", "scholar", "expert", "activist", "lawyer",
                                             "economist", "historian", "writer", "author", "columnist"})


LATE_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})


def _after_late(doc: Doc, i: int) -> bool:
    """Token i follows "the late" (or "his late" ...): "late" before a name marks a dead person."""
    return i >= 2 and doc[i - 1].lower_ == "late" and doc[i - 2].lower_ in LATE_DETERMINERS


def _cued_people(doc: Doc, dictionary: ActorDictionary, lexicon: Lexicon):
    """Untagged two- or three-word names that only a person fits: after an occupation noun
    ("Adigrat University lecturer Getu Mak") or a person's title ("Field Marshal Khalifa Haftar's"), after
    "the late", or before "of" + a news outlet ("Bret Baier of Fox News")."""
    def run_from(i: int) -> int:
        j = i
        while (j < len(doc) and j - i < 3 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].ent_type_
               and doc[j].pos_ == "PROPN" and (j == i or "\n" not in doc[j - 1].whitespace_)):
            j += 1
        return j
    for k, tok in enumerate(doc_tokens(doc)):
        if tok.lower_ in OCCUPATION_NOUNS and tok.text.islower() and k + 1 < len(doc):
            j = run_from(k + 1)
            if j - (k + 1) >= 2 and (j == len(doc) or not doc[j].text[:1].isupper()):
                yield k + 1, j
        elif tok.text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() \
                and _person_title_before(doc, doc[k + 1:k + 2], lexicon):
            j = run_from(k + 1)
            if (j - (k + 1) >= 2 and (j == len(doc) or doc[j].text in POSSESSIVE_MARKS or not doc[j].text[:1].isupper())
                    and not any(t.text in lexicon.head_words or lexicon.is_title_token(t) for t in doc[k + 1:j])):
                yield k + 1, j
        elif _after_late(doc, k + 1):
            # "the late Hugo Chávez": "late" before a name marks a dead person (the NER may tag the name as anything)
            j = k + 1
            while (j < len(doc) and j - k <= 4 and doc[j].is_alpha and doc[j].text[:1].isupper()
                   and doc[j].ent_type_ in ("", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT")
                   and "\n" not in doc[j - 1].whitespace_):
                j += 1
            if (2 <= j - (k + 1) <= 4 and (j == len(doc) or not doc[j].text[:1].isupper())
                    and not any(t.text in lexicon.head_words or lexicon.is_title_token(t) for t in doc[k + 1:j])):
                yield k + 1, j
        elif tok.lower_ == "of" and k >= 2 and k + 1 < len(doc) and doc[k + 1].ent_type_ == "media":
            i = k
            while (i > 0 and k - i < 3 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
                   and not doc[i - 1].ent_type_ and doc[i - 1].pos_ == "PROPN"):
                i -= 1
            if k - i >= 2 and (i == 0 or not doc[i - 1].text[:1].isupper()):
                yield i, k


def _initial_subjects(doc: Doc, dictionary: ActorDictionary, lexicon: Lexicon):
    """Two or three untagged proper nouns opening a sentence as the subject of a verb ("Naim Qassem said"):
    a person's name the NER missed at the sentence start (no word of it written in lower case in the text,
    a title, a demonym or a listed name)."""
    for sent in doc.sents:
        i = sent.start
        j = i
        while j < sent.end and j - i < 3 and doc[j].tag_ == "NNP" and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and doc[j].text[1:].islower() and not doc[j].ent_type_ and not lexicon.is_title_token(doc[j]) \
                and not dictionary.is_demonym(doc[j].text) and doc[j].text not in lexicon.head_words:
            j += 1
        if j - i < 2 or j >= sent.end or doc[j - 1].dep_ != "nsubj" or doc[j - 1].head.pos_ != "VERB" \
                or any(_common_word(doc, t.text) for t in doc[i:j]) or dictionary.lookup(doc[i:j].text) is not None:
            continue
        yield i, j


def _titled_appositions(doc: Doc, lexicon: Lexicon):
    """Untagged names the NER missed that a title in apposition makes people: two or three
    capitalised words before ", the [adjectives] governor|spokesman|... of"."""
    for tok in tokens_with(doc, ORTH, (",",)):      # only the commas' tokens are made
        k = tok.i
        if tok.text != "," or k < 2 or k + 2 >= len(doc):
            continue
        if doc[k + 1].lower_ == "the":
            n = k + 2
            while n < len(doc) and doc[n].pos_ == "ADJ" and n - k < 5:
                n += 1
        elif doc[k + 1].lower_ in PERSON_NOUNS and doc[k + 2].lower_ == "of":
            n = k + 1                        # "Ana Reid, head of the ... Department" (actors26)
        else:
            continue
        if n >= len(doc) or doc[n].lower_ not in PERSON_NOUNS:
            continue
        i = k
        # the NER may tag the name a work or a product ("Safa Dorani, head of ..." as WORK_OF_ART; actors26)
        while (i > 0 and k - i < 3 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
               and doc[i - 1].ent_type_ in ("", "WORK_OF_ART", "PRODUCT", "EVENT") and doc[i - 1].pos_ == "PROPN"
               and "\n" not in doc[i - 1].whitespace_
               and not lexicon.is_title_token(doc[i - 1])):
            i -= 1
        if k - i >= 2:
            yield i, k
