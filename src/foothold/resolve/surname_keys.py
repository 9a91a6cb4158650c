"""The words a person named in full is later called by alone: the last name ("Biden"), a surname opened by a particle
("Del Col" of "Stefano Del Col", "van der Velde") and, in a name of three words or more, a middle name (Somali and
Arabic naming: "Bihi" of "Muse Bihi Abdi", "Bongo" of "Ali Bongo Ondimba") and a Chinese or Korean family name
written first ("Tsai" of "Tsai Ing-wen"). A last name is read first: "Guo" is Alice Guo's even beside a "Guo Hua
Ping". The resolver merges a lone form into the
one full name that has it (two full names sharing it merge neither)."""

from __future__ import annotations

import re

from .names import normalise_name

SURNAME_PARTICLES = frozenset({"del", "de", "della", "di", "da", "dos", "van", "von", "der", "den", "le", "la", "du",
                               "al", "el", "bin", "ibn", "abu", "ould"})
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# "son/daughter of": the word after one is the father's name, never the bearer's surname alone (actors23)
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint"})


def surname_keys(name: str) -> set[str]:
    """Normalised last names a full name's bearer is called by alone: the last word, a particle surname."""
    words = _name_words(name)
    if len(words) < 2:
        return set()
    # "Mohammed bin Salman" is "bin Salman", never "Salman": that is his father ("King Salman") (actors23)
    keys = set() if words[-2].lower() in PATRONYMIC_PARTICLES else {normalise_name(words[-1])}
    k = len(words) - 1
    while k > 1 and (words[k - 1].lower() in SURNAME_PARTICLES or words[k - 1].lower() in PATRONYMIC_PARTICLES):
        k -= 1
    if k < len(words) - 1:
        keys.add(normalise_name(" ".join(words[k:])))      # "Del Col", "van der Velde"
    return keys


def other_name_keys(name: str, titles: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Normalised other names the bearer may be called by alone, read only where no last name matches: a middle
    name, a family name written first (a title word is no middle name: "Sheikh")."""
    words = _name_words(name)
    keys = set()
    if len(words) >= 3 and _plain_name_word(words[1]) and words[1] not in titles \
            and words[-2].lower() not in SURNAME_PARTICLES:
        keys.add(normalise_name(words[1]))                  # "Bihi" of "Muse Bihi Abdi"
    if len(words) >= 2 and _family_name_first(words):
        keys.add(normalise_name(words[0]))                  # "Tsai" of "Tsai Ing-wen", "Choe" of "Choe Son Hui"
    if len(words) >= 3 and words[0] in KUNYA_OPENERS and _plain_name_word(words[1]):
        keys.add(normalise_name(" ".join(words[:2])))       # "Abu Fadak" of "Abu Fadak al-Mohammadawi" (actors26)
    return keys


KUNYA_OPENERS = frozenset({"Abu", "Umm"})   # a kunya, "father/mother of X", is a name its bearer goes by alone


def _name_words(name: str) -> list[str]:
    words = [w.rstrip(",") for w in name.split()]
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]
    return words


# One syllable: "Un", "Hui", "Jong", and a Korean vowel written with two letters ("Yeol", "Seok", "Hyeon")
SYLLABLE = re.compile(r"[A-Z][a-z]{1,2}|[A-Z][a-z]{1,3}ng|[A-Z][a-z]?(?:eo|eu|ae|oe|yo|yu|ye|ya|wo|wa)[a-z]?")


def _family_name_first(words: list[str]) -> bool:
    """A Chinese or Korean name, family name first: a hyphened given name ("Ing-wen", "Jae-in") or two short
    syllables after a short family name ("Choe Son Hui", "Kim Jong Un")."""
    if words[0].lower() in SURNAME_PARTICLES or not re.fullmatch(r"[A-Z][a-z]{1,5}", words[0]):
        return False
    if len(words) == 2:
        return bool(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]))
    return len(words) == 3 and len(words[0]) <= 4 and all(SYLLABLE.fullmatch(w) for w in words[1:])


def particle_surname(name: str) -> bool:
    """A lone surname opened by a particle: "Del Col", "van der Velde" (not "al-Assad", read as one word)."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w.lower() in SURNAME_PARTICLES for w in words[:-1])


def _plain_name_word(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff]{2,}", word)) and word.lower() not in SURNAME_PARTICLES
