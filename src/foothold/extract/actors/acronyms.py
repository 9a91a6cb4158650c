"""Acronyms: used as a group's name, and defined by the capitalised words before a parenthesis."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..dictionary import Lexicon
from ..nlp import english_words
from .bodies import BODY_NOUNS
from .spans import POSSESSIVE_MARKS
from ..doc_text import doc_text
from ..doc_tokens import doc_tokens


ACRONYM_DEF = re.compile(r"\(\s*((?:[A-Z][a-z]{2,} )?[A-Z][A-Za-z0-9]{1,7})\s*[,;)]")   # "(IRGC)", "(Lead IG)", "(M23)"


ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")    # up to seven: "MONUSCO", "MINUSMA"
ACRONYM_SUFFIX = re.compile(r"-[A-Z0-9]{1,3}\b(?!-)")


def _used_acronyms(doc: Doc, lexicon: Lexicon):
    """Tokens in capitals (2-7 characters, two letters or a letter and digits: "M23") used as a group's name: possessed ("the ELN's"),
    before a group or office word ("ELN commander", "RSF fighters"), or after "the" with no name going on
    ("the RSF said"). Common abbreviations and words of non-actors never are."""
    for tok in doc_tokens(doc):
        word = tok.text
        if not ACRONYM.match(word) or word in lexicon.abbreviations \
                or sum(c.isalpha() for c in word) < 2 and not any(c.isdigit() for c in word) \
                or word.casefold() in lexicon.not_actors or word.casefold() in lexicon.not_actor_words:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if nxt is not None and (nxt.text in POSSESSIVE_MARKS or nxt.text in lexicon.acronym_cues):
            yield tok.i
        elif prev is not None and prev.lower_ == "the" and (nxt is None or not nxt.text[:1].isupper()) \
                and not (nxt is not None and nxt.text == "-" and not ACRONYM_SUFFIX.match(doc_text(doc), tok.idx + len(word))):
            yield tok.i
        elif tok.dep_ == "appos" and tok.head.lower_ in BODY_NOUNS:
            yield tok.i                    # "the most powerful coalition, G9, ...": a body's name in apposition
        elif (_acronym_beside_body(tok) or _acronym_as_object(tok, nxt) or _acronym_as_subject(tok)) \
                and not _english_in_capitals(tok.lower_):
            yield tok.i                    # (an English word in capitals, "TARGETS", is emphasis, not an acronym)

PLACE_ENT_LABELS = frozenset({"GPE", "country", "LOC", "place", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL",
                              "MONEY", "PERCENT", "QUANTITY", "NORP"})


def _english_in_capitals(word: str) -> bool:
    """"TARGETS", "RISKS": an English word (or its plural) written in capitals for emphasis."""
    words = english_words()
    return word in words or word.endswith("s") and (word[:-1] in words or word.endswith("es") and word[:-2] in words)


def _acronym_beside_body(tok) -> bool:
    """An acronym coordinated with a named body or person (no place, no number) is a body: "Ansar Dine and MUJAO",
    "the TRF and PAFF"."""
    partners = [tok.head] if tok.dep_ == "conj" else []
    partners += [c for c in tok.children if c.dep_ == "conj"]
    for other in partners:
        if other.ent_type_ and other.ent_type_ not in PLACE_ENT_LABELS or ACRONYM.match(other.text) \
                and other.ent_type_ not in PLACE_ENT_LABELS:
            return True
    return False


def _acronym_as_subject(tok) -> bool:
    """An acronym of three letters or more acting as a verb's subject is a body: "ACLED recorded 40 attacks"."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and sum(c.isalpha() for c in tok.text) >= 3


def _acronym_as_object(tok, nxt) -> bool:
    """An acronym right after a verb in the past tense, closing its phrase, is the acted-on group: "South Africa
    armed and trained RENAMO for years" ("fired SCUD missiles": a modifier, no name)."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (prev is not None and prev.tag_ in ("VBD", "VBN") and sum(c.isalpha() for c in tok.text) >= 3
            and (nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ", "SCONJ", "ADV")))


PARTICLE_PREFIX = re.compile(r"^(?:al|el|wal|wa|ul|bil|lil|ad|ar|as|ash|at|az|an)-(?=[A-Z])")


def _initial(word: str) -> str | None:
    """The capital a word lends an acronym: its first letter, or the one after a transliterated particle
    ("wal-Muslimin" gives M in JNIM)."""
    if word[0].isupper():
        return word[0]
    m = PARTICLE_PREFIX.match(word)
    return word[m.end()] if m else None


HYPHENED_SUFFIX = re.compile(r"-(in|of|for|on)-([A-Z])")


def _suffix_initials(word: str) -> list[str]:
    """The capitals a hyphened suffix lends ("Movement-in-Opposition" gives I and O in SPLM-IO; actors/hyphen_suffixes.py
    reads the name whole)."""
    return [c for m in HYPHENED_SUFFIX.finditer(word) for c in (m.group(1)[0].upper(), m.group(2))]


HYPHENED_ACRONYM_DEF = re.compile(r"\(\s*([A-Z]{2,6}-[A-Z]{1,3})\s*\)")    # "(SPLM-IO)"


def hyphened_definitions(text: str):
    """(start, end, acronym, expansion) of an acronym with a hyphen defined after a name whose hyphened suffix spells
    the part after it ("the Sudan People's Liberation Movement-in-Opposition (SPLM-IO)"). Only that shape: a hyphened
    acronym after any name ("Movement-North (SPLM-N)") was tried and lowered the news-dev check half (actors8)."""
    for m in HYPHENED_ACRONYM_DEF.finditer(text):
        acro = m.group(1)
        before = _expansion_before(text, m.start(), acro)
        if before is not None and _suffix_initials(before[2].split()[-1]):
            yield m.start(1), m.end(1), acro, before[2]


def _expansion_before(text: str, paren: int, acro: str):
    """(start, end, text) of the capitalised words before "(" whose initials spell the acronym."""
    left = text[max(0, paren - 160):paren].rstrip()
    end = paren - (len(text[max(0, paren - 160):paren]) - len(left))
    words = list(re.finditer(r"[A-Za-z][\w'.-]*", left))
    letters = [c for c in acro if c.isupper()]
    chosen = None
    count_caps = 0
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group(0)
        if w[0].islower() and w.lower() not in ("of", "and", "the", "for", "in", "al", "on") and not w.startswith("al-") \
                and not _initial(w):
            break
        if _initial(w):
            count_caps += 1 + len(_suffix_initials(w))
        if count_caps >= len(letters) - 1 and _initial(w):
            # a joiner may lend its initial ("African Union Transition Mission in Somalia (ATMIS)")
            initials = [c for x in words[k:] if _initial(x.group(0)) or x.group(0).lower() in ("in", "of", "for", "on", "and")
                        for c in [_initial(x.group(0)) or x.group(0)[0].upper(), *_suffix_initials(x.group(0))]]
            if _subsequence(letters, initials) and initials[0] == letters[0]:
                chosen = k
                if count_caps >= len(letters):
                    break
        if count_caps > len(letters) + 2:
            break
    if chosen is None:
        return None
    s = (paren - len(text[max(0, paren - 160):paren])) + words[chosen].start()
    return s, end, text[s:end]


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(c == h for h in it) for c in needle)


def _spells_common_phrase(full: str, cs: int, core: str) -> bool:
    """An acronym in parentheses after lower-case words whose initials spell it ("memorandum of understanding (MOU)")."""
    if not core.isupper() or full[max(0, cs - 2):cs].strip() != "(":
        return False
    before = re.findall(r"[A-Za-z]+", full[max(0, cs - 80):cs])
    content = [w for w in before if w.lower() not in ("of", "and", "the", "for", "on", "in")]
    n = len(core)
    return any(len(ws) >= n and all(w.islower() for w in ws[-n:]) and "".join(w[0] for w in ws[-n:]).upper() == core
               for ws in (before, content))
