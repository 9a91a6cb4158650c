"""Places named with a lower-case landmark noun (issue 8, actors20; read on owndocs22 and owndocs28): "died at Ibn
Sina hospital", "the Kariba reservoir had lost its inflow", "the Tana river", "the Aberdare mountains". The NER reads
the name as a person or a body ("Ibn Sina", "Kariba") or tags the noun into it ("Aberdare mountains"). A name found
right before a landmark noun of data/landmarks.yaml (same line, no possessive) is a place, and its mention is widened
over the noun with the name kept as its core: resolve/within keeps the phrase as a surface form (`landmark_form`),
so the actor is named both ways, as the golds write such places either way. Not read: a name the actor dictionary
knows (a city's airport, "Baghdad airport", stays the city's mention, no form of it), a country, and a person's or
body's name the text also writes without the noun ("Kenyatta said ..." keeps Kenyatta a person)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.attrs import ORTH

from ...yamlfile import read_word_sets
from ..nlp import is_english_word
from ..token_positions import tokens_where

LANDMARKS_PATH = Path(__file__).resolve().parents[2] / "data" / "landmarks.yaml"
RETYPED = frozenset({"person", "organization"})


@dataclass(frozen=True)
class Landmarks:
    landmark_nouns: frozenset[str]
    landmark_modifiers: frozenset[str]


@lru_cache(maxsize=2)
def _landmarks(path: str | None = None) -> Landmarks:
    return read_word_sets(path or LANDMARKS_PATH, Landmarks, "landmarks")


def landmark_nouns(path: str | None = None) -> frozenset[str]:
    return _landmarks(path).landmark_nouns


def landmark_modifiers(path: str | None = None) -> frozenset[str]:
    return _landmarks(path).landmark_modifiers


def _is_landmark_phrase(words: list[str]) -> bool:
    """A landmark noun after at most two landmark modifiers ("river", "air base", "nuclear power plant"); the noun
    may be plural ("the X and Y reservoirs", "the Z gas fields"; actors28)."""
    return 1 <= len(words) <= 3 and _landmark_noun(words[-1]) \
        and all(w in landmark_modifiers() for w in words[:-1])


def _lower_landmark_noun(word: str) -> bool:
    """A lower-case word that is a landmark noun (the test `untagged_landmarks` makes of each token)."""
    return word.islower() and _landmark_noun(word)


def _landmark_noun(word: str) -> bool:
    nouns = landmark_nouns()
    return word in nouns or word.endswith("s") and (word[:-1] in nouns or word.endswith("ies")
                                                    and word[:-3] + "y" in nouns)


# "the X and Y crossings": a name coordinated with another before a plural landmark phrase (actors28)
COORDINATED = re.compile(r" and (?:[A-Z][\w'’-]* ){1,3}([a-z]+(?: [a-z]+){0,2})\b")


def _coordinated_landmark(text: str, ce: int) -> bool:
    """The name ending at ``ce`` is coordinated with another before a plural landmark phrase."""
    m = COORDINATED.match(text, ce)
    if m is None:
        return False
    words = m.group(1).split(" ")
    return any(_is_landmark_phrase(words[:k]) and words[k - 1] not in landmark_nouns()
               for k in range(1, len(words) + 1))


def landmark_form(mention, name: str) -> bool:
    """True when a place's mention is its name and one landmark noun after it ("Tana river" of "Tana")."""
    return mention.type == "place" and bool(name) and mention.text.startswith(name + " ") \
        and _is_landmark_phrase(mention.text[len(name) + 1:].split(" "))


def landmark_places(text: str, found: list[list], known) -> None:
    """Each found name before a landmark noun made a place named with and without the noun, in place.
    ``known(name)`` is the type of the actor-dictionary entry a name is, else None."""
    nouns = landmark_nouns()
    for f in found:
        cs, ce, type_, label, core_s, core_e = f[:6]
        titled = type_ == "person" and ce == core_e and (cs < core_s and _titled_namesake(text, cs, core_s)
                                                         or cs == core_s and _titled_namesake(text, cs, cs, ce))
        if type_ not in RETYPED | {"place"} or (cs, ce) != (core_s, core_e) and not titled:
            continue                        # a mention already widened (a title, a division noun) is left
        if type_ in RETYPED and not label.startswith(("ner:", "rule:given_name")) and not titled:
            continue
        words = text[cs:ce].split(" ")
        whole = len(words) >= 2 and words[-1] in nouns and words[-2][:1].isupper() and label.startswith("ner:")
        if whole:                           # "Aberdare mountains" tagged whole: the name is before the noun
            name_end, noun_end = cs + len(" ".join(words[:-1])), ce
        elif _coordinated_landmark(text, ce):   # "the Haji Omaran and Y crossings": a place, named without the noun
            name_end = noun_end = ce
        else:
            m = re.match(r"((?: [a-z]+){1,3})\b", text[ce:ce + 40])
            if m is None:
                continue
            phrase = m.group(1).split()
            while phrase and not _is_landmark_phrase(phrase):
                phrase.pop()               # "the Tapia causeway at ...": the shortest landmark phrase
            if not phrase:
                continue
            m = re.match(r" " + r" ".join(phrase) + r"\b", text[ce:])
            name_end, noun_end = ce, ce + m.end()
        name = text[cs:name_end]
        kind = known(name)
        if not name[:1].isupper() or kind is not None and (not whole or kind != "place") and not titled:
            continue
        if type_ in RETYPED and _written_alone(text, name, nouns):
            continue
        f[1], f[2], f[5] = noun_end, "place", name_end
        if type_ in RETYPED:
            f[3] = "rule:landmark"
        if titled:
            f[4] = cs                       # "the King Abdullah air base": the title is part of the place's name

def _written_alone(text: str, name: str, nouns: frozenset[str]) -> bool:
    """The name written somewhere with no landmark phrase after it."""
    for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
        after = re.match(r"((?: [a-z]+){1,3})\b", text[m.end():m.end() + 40])
        words = after.group(1).split() if after else []
        if not any(_is_landmark_phrase(words[:k]) for k in range(1, len(words) + 1)) \
                and not _coordinated_landmark(text, m.end()):
            return True
    return False


# Titles a place is named after a holder with ("the King Abdullah air base", "the Imam Ali shrine", "Prince Sultan
# air base"): a person written with one of them right before a landmark phrase names the place, title and all.
NAMESAKE_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Sheikh", "Shaikh", "Imam", "Sultan", "Emir",
                             "Saint", "St.", "Sayyida", "Sayyid", "Ayatollah",
                             "Haji", "Hajji"})   # "the Haji Omaran crossing" (actors28)


def _titled_namesake(text: str, cs: int, core_s: int, ce: int | None = None) -> bool:
    """The words before the name's core are one namesake title (or, given the end `ce` of a name its dictionary
    entry holds with its title, "King Abdullah", its first word is)."""
    if ce is not None:
        words = text[cs:ce].split()
        return len(words) >= 2 and words[0] in NAMESAKE_TITLES
    return text[cs:core_s].strip() in NAMESAKE_TITLES


def untagged_landmarks(doc, taken, dictionary, lexicon):
    """(start, end) of each name the NER left untagged (or tagged as a people's word it is not) right before a
    landmark phrase after "the" (actors28, read on owndocs39/40): "the Dukan reservoir", "the Greater Sunrise gas
    fields", both names of "the Dukan and Darbandikhan reservoirs". One to three capitalised words, none opening the
    sentence, no title, head or demonym word, no listed actor; the noun is the place's, not part of its name."""
    from .spans import _overlaps
    for tok in tokens_where(doc, ORTH, _lower_landmark_noun):   # each distinct word tested once (perf3)
        j = tok.i
        if not tok.is_lower or not _landmark_noun(tok.text):
            continue
        if j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN") and doc[j + 1].is_lower:
            continue                       # "the X hospital complex": the noun only modifies another
        k = j
        while k > 0 and j - k < 2 and doc[k - 1].text in landmark_modifiers():
            k -= 1                         # "the Greater Sunrise gas fields": the modifiers before the noun
        runs = []
        run = _name_run(doc, k, lexicon, dictionary)
        while run is not None:
            runs.append(run)
            start = run[0]
            if start >= 2 and doc[start - 1].lower_ == "and" and tok.text not in landmark_nouns():
                run = _name_run(doc, start - 1, lexicon, dictionary)   # "the Dukan and" + "Darbandikhan reservoirs"
            else:
                break
        if not runs or doc[runs[-1][0] - 1].lower_ != "the":
            continue
        for start, end in runs:
            cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            if not _overlaps(taken, cs, ce):
                yield cs, ce


def _name_run(doc, end: int, lexicon, dictionary):
    """(start, end) token indices of one to three capitalised name words closing at `end`, else None."""
    start = end
    while start > 0 and end - start < 3:
        t = doc[start - 1]
        if not (t.text[:1].isupper() and (t.is_alpha or "-" in t.text) and not t.text.isupper()
                and t.ent_type_ in ("", "NORP") and not t.is_sent_start and "\n" not in t.whitespace_
                and t.text not in lexicon.title_words and t.text not in lexicon.head_words
                and not dictionary.is_demonym(t.text)):
            break
        start -= 1
    if start == end or start == 0:
        return None
    name = doc[start:end].text
    if end - start == 1 and is_english_word(doc[start]):
        return None                        # "the Leave camp", "the Sunni shrines": a word, no name
    if dictionary.lookup(name) is not None or any(t.ent_type_ == "NORP" and t.ent_iob_ == "I" for t in doc[start:end]):
        return None
    if doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ != "the":
        return None                        # a longer name the run is only the end of
    return start, end
