"""False positives of the NER: common words capitalised by position, generic agents, vessels, field labels."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...lexicons import agent_code, load_agents
from ..doc_tokens import doc_tokens


def _plural_generic_agent(core: str) -> bool:
    """A plural of one of Phoenix's generic agents ("Rebels", "Gunmen", "Security Forces"): a group, never a name.
    Singular agent words stay possible names of bodies ("the Army said", "Congress")."""
    key = " ".join(core.lower().split())
    if not key or key.split()[-1] in SAME_IN_PLURAL:
        return False                         # "Marine Corps", "Headquarters": singular names
    return agent_code(key) is not None and key not in load_agents()


SAME_IN_PLURAL = frozenset({"corps", "headquarters", "series", "species", "means", "news"})


def _common_word(doc: Doc, word: str) -> bool:
    """A capitalised word the same document also writes in lower case is a common noun
    (an all-caps word only when long: "TACTICS" of a shouted heading, not "ISIS")."""
    if not word[:1].isupper() or (word.isupper() and len(word) < 6):
        return False
    lower = word.lower()
    key = "_foothold_lower_words"
    words = doc.user_data.get(key)
    if words is None:
        words = doc.user_data[key] = {t.text for t in doc_tokens(doc) if t.text.islower()}
    return lower in words


def _looks_like_name(span: Span, cs: int, ce: int) -> bool:
    """A name has a proper noun or a capitalised word; common nouns are NER noise."""
    toks = [t for t in span.doc.char_span(cs, ce, alignment_mode="expand") or span if t.is_alpha]
    if not toks:
        return False
    if len(toks) == 1 and CAMEL_NAME.fullmatch(toks[0].text):
        return True           # "eThekwini", "uMhlathuze": a Nguni name's lower-case prefix (actors24)
    if not any(t.text[:1].isupper() for t in toks):
        return False
    if len(toks) == 1 and toks[0].tag_ not in ("NNP", "NNPS") and not toks[0].is_upper:
        return False          # "Response", "Challenges": headings tagged as common nouns
    return True


# a name whose first letters are a lower-case noun-class prefix before its capital ("eThekwini", "uMhlathuze",
# "iSimangaliso", "eSwatini"): no common word is written so
CAMEL_NAME = re.compile(r"[a-z]{1,2}[A-Z][a-z]{3,}")


PREFIX_WORDS = frozenset({"Trans", "Euro", "Pan", "Sub", "Inter", "Anglo", "Afro", "Intra", "Post", "Pre", "Non",
                          "Anti", "Pro", "Mid", "Greater", "Ex"})


VESSEL_NOUNS = frozenset({"tanker", "vessel", "ship", "freighter", "carrier", "destroyer", "frigate", "cruiser",
                          "warship", "submarine", "boat", "yacht", "ferry", "trawler", "dhow", "corvette"})


def _ship_prefix(word: str) -> bool:
    """A navy's ship prefix ("USS", "HMS", "HMAS", "BRP", "INS"): two to five capitals before a ship's name."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _names_a_vessel(doc: Doc, span: Span, core: str) -> bool:
    """"the oil tanker Stena Impero", "the McFaul crew": a ship's name, in every later mention too."""
    vessels = doc.user_data.get("_foothold_vessels")
    if vessels is None:
        vessels = doc.user_data["_foothold_vessels"] = set()
        for t in doc_tokens(doc):                      # every "tanker X", "vessel X" of the document names a ship
            if t.lower_ in VESSEL_NOUNS:
                j = t.i + 1
                while j < len(doc) and j - t.i <= 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
                    j += 1
                if j > t.i + 1:
                    vessels.add(doc[t.i + 1:j].text)
                    if j > t.i + 2 and _ship_prefix(doc[t.i + 1].text):
                        vessels.add(doc[t.i + 2:j].text)   # "the cruiser USS Normandy ... the Normandy" (actors22)
    if core in vessels:
        return True
    if span[0].lower_ in VESSEL_NOUNS and span[0].text.islower():
        return True                        # "cruiser USS Normandy" tagged whole, its class noun and all (actors22)
    if (span.start > 0 and doc[span.start - 1].lower_ in VESSEL_NOUNS) or (
            span.end < len(doc) and doc[span.end].lower_ in ("crew", "crewmembers") and span.start > 0
            and doc[span.start - 1].lower_ == "the"):
        vessels.add(core)
        return True
    return False


def _field_label(doc: Doc, span: Span, full: str, ce: int) -> bool:
    """A word opening a line and followed by a colon is a field label ("- Partof: ...")."""
    if not full[ce:ce + 1] == ":":
        return False
    line_start = full.rfind("\n", 0, span.start_char) + 1
    return not full[line_start:span.start_char].strip(" \t-*\u2022")


UNIT_NOUNS = frozenset({"police", "troops", "commandos", "forces", "soldiers", "units", "officers", "guards",
                        "personnel", "jets", "ships", "boats", "vessels", "patrols", "helicopters", "drones"})


def _capitalised_modifier(doc: Doc, span: Span) -> bool:
    """A sentence's first word, capitalised only by its place, modifying a plural unit noun ("Riot police",
    "Army troops", "Navy commandos"): a kind of force, not a name."""
    tok = doc[span.start]
    nxt = doc[span.end] if span.end < len(doc) else None
    return tok.is_sent_start and nxt is not None and nxt.lower_ in UNIT_NOUNS and nxt.text.islower() \
        and tok.head.i == nxt.i
