"""A mention widened to the phrase its name heads (a title, a group phrase), the name kept as its core."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..dictionary import Lexicon
from ..spans import SpanIndex
from .bodies import _reports
from .places import COMPASS_WORDS, _before_place_noun
from .posted_holders import holder_after_title_phrase


HONORED_NAME = re.compile(r"(\S+) +(?=[A-Z\u00c0-\u00de][\w'\u2019-]+)")


def _honorific_core(text: str, item: list, lexicon: Lexicon) -> None:
    """A courtesy form opening a person's or untyped name ("Daw Aung San Suu Kyi", "U Win Htein" tagged ORG): the
    name is the words after it, the whole an alias; the honorific makes it a person's."""
    if item[2] not in ("person", "organization") or not item[3].startswith(("ner:", "title:", "phoenix:")):
        return
    m = HONORED_NAME.match(text, item[4], item[5])
    # a name-run opener ("Hajji") is a courtesy form only before a full name: "Haji Omaran" is a town
    if m and (m.group(1) in lexicon.honorifics
              or m.group(1) in lexicon.name_run_openers and len(text[m.end():item[5]].split()) >= 2):
        item[4] = m.end()
        item[2] = "person"


DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
              "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}


def _widen(doc: Doc, item: list, lexicon: Lexicon, taken: SpanIndex) -> None:
    """Make the mention span the phrase the name heads, keeping the name as its core:
    a person's title ("Defense Secretary Ash Carter", "FCO Minister Tobias Ellwood"),
    an organisation's or state's group phrase ("ISIL tactical units", "Iraqi forces",
    "the government of Iraq")."""
    cs, ce, type_, label = item[:4]
    span = doc.char_span(cs, ce, alignment_mode="expand")
    if span is None:
        return
    if type_ == "person":
        k = span.end
        if k < len(doc) and doc[k].text in ("'s", "\u2019s"):
            k += 1
        while k < len(doc) and doc[k].pos_ == "ADJ" and k - span.end < 3:
            k += 1
        if k < len(doc) and (doc[k].lower_ == "regime" or (k == span.end and doc[k].lower_ == "administration")):
            # "the Assad regime", "Assad's regime", "the Trump administration" is an organisation
            # of its own, named by the whole phrase
            item[1] = item[5] = doc[k].idx + len(doc[k])
            item[2], item[3] = "organization", "rule:regime"
            item[4] = item[0]
            return
        start = _title_start(doc, span.start, lexicon)
        if start < span.start:
            item[0] = doc[start].idx
            if not label.startswith(("dict:", "outlet:", "title:")):
                item[3] = "title:" + label   # a rank or title before the name makes a person, whatever NER said
        return
    if type_ in ("place", "country") and span.start >= 1 and (doc[span.start - 1].lower_ in DIRECTIONS
                                                              or doc[span.start - 1].text in COMPASS_WORDS):
        item[0] = doc[span.start - 1].idx               # "northern Iraq": a part of the place
        before = doc[span.start - 1]
        if before.text in COMPASS_WORDS or type_ == "place" and before.text[:1].isupper() and not before.is_sent_start:
            item[4] = item[0]                           # "Southwest Asia", "the Western Balkans": a region's proper name
        return
    if type_ == "place":
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in lexicon.place_nouns:
            item[0] = doc[span.start - 2].idx           # "the city of Mosul"
        elif span.start >= 1 and doc[span.start - 1].text in LANDFORM_WORDS:
            item[0] = doc[span.start - 1].idx           # "Mount Sinjar": the landform is named whole
        k = span.end
        if k < len(doc) and doc[k].text in DIVISION_NOUNS and "\n" not in doc[k - 1].whitespace_:
            item[1] = doc[k].idx + len(doc[k])          # "Mosul district", "Anbar province"
            return
        if (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].ent_type_ in ("GPE", "country", "place")
                and doc[k + 1].text[:1].isupper()):
            e = k + 2
            while e < len(doc) and doc[e].ent_iob_ == "I":
                e += 1
            after = doc[e] if e < len(doc) else None
            if _before_place_noun(doc, doc[k + 1:e], lexicon) or _reports(doc[k + 1:e]) or _in_name_list(doc, span.start, e):
                return                                  # "the Tovuz, Gadabay and Shamkir districts": a list
            if _subject_after_fronted_phrase(doc, span.start, k, after):
                return                                  # "In the Gulf, Qatar mediated": the subject, no region
            if holder_after_title_phrase(doc, k, e, lexicon):
                return                                  # "the Saudi ambassador in Baghdad, X Y,": the holder (actors23)
            if after is None or after.is_punct or after.is_space or after.pos_ in ("VERB", "AUX", "ADP", "CCONJ") \
                    or after.tag_ == "TO":              # "Incirlik Air Base, Turkey to support ...": an infinitive
                item[1] = doc[e - 1].idx + len(doc[e - 1])   # "Palmyra, Syria": one place
        return
    if type_ == "organization" and span.end < len(doc) and doc[span.end].text in lexicon.name_part_nouns \
            and "\n" not in doc[span.end - 1].whitespace_:
        item[1] = doc[span.end].idx + len(doc[span.end])   # "the Haqqani network": the name with its noun
        return
    if type_ in ("organization", "country"):
        end = _group_end(doc, span.end, lexicon)
        if end > span.end:
            item[1] = doc[end - 1].idx + len(doc[end - 1])
            if type_ == "organization" and doc[end - 1].lower_ == "regime":
                # "the Asad regime" (name tagged ORG): the regime is the actor, named whole
                item[3], item[4], item[5] = "rule:regime", item[0], item[1]
            return
        start = _government_of_start(doc, span.start, lexicon)
        if start < span.start and not taken.overlaps(doc[start].idx, doc[start].idx + len(doc[start])):
            item[0] = doc[start].idx            # not over another name's last word: "the Qods Force of Iran's IRGC"


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _subject_after_fronted_phrase(doc: Doc, start: int, comma: int, after) -> bool:
    """"After the raid in Kashmir, X claimed it", "Across the Sahel, X expelled ...": the place closes a phrase
    opening its sentence with a preposition or subordinator, and the name after the comma goes on with a finite
    verb: it is the clause's subject, not the place's region. The comma must be the sentence's first."""
    sent = doc[start].sent
    opener = doc[sent.start]
    if opener.pos_ not in ("ADP", "SCONJ") or after is None or after.tag_ not in FINITE_TAGS:
        return False
    return not any(t.text == "," for t in doc[sent.start:comma])


def _in_name_list(doc: Doc, start: int, end: int) -> bool:
    """"in Karbala, Diwaniyah, Nasiriyah and Baghdad": places in a list, not a place and its region. The pair is
    listed when a place and a comma come before it, or a conjunction or comma and a place after it."""
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ in ("GPE", "country", "place", "LOC"):
        return True                         # (not "Special Forces Group, Fort Campbell, Kentucky")
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "or", ",") and doc[end + 1].text[:1].isupper() \
            and doc[end + 1].ent_type_ in ("GPE", "country", "place", "LOC"):
        return True
    # "between Sanaa, Aden and the Saudi city of Abha", "on Sinjar, Makhmour and the X area": the list's last item
    # opens with "the" and a capitalised word (actors19)
    return end + 2 < len(doc) and doc[end].lower_ in ("and", "or") and doc[end + 1].lower_ == "the" \
        and doc[end + 2].text[:1].isupper() and doc[end + 2].is_alpha


LANDFORM_WORDS = frozenset({"Mount", "Mt.", "Lake", "Jebel", "Jabal", "Wadi"})
DIVISION_NOUNS = frozenset({"district", "province", "governorate", "subdistrict", "sub-district", "corridor", "county"})


def _title_start(doc: Doc, i: int, lexicon: Lexicon) -> int:
    """First token of the title before a name: "Army Lt. Gen.", "Iraqi President",
    "Foreign Office Minister", "Minister for the Middle East"."""
    def same_line(k: int) -> bool:
        return "\n" not in doc[k].whitespace_

    j = i
    # a complement between title and name: "Minister for the Middle East Tobias Ellwood"
    k = i
    while k > 0 and doc[k - 1].text[:1].isupper() and not lexicon.is_title_token(doc[k - 1]) \
            and same_line(k - 1) and i - k < 4:
        k -= 1
    if k < i and k >= 2 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ in ("for", "of") \
            and k >= 3 and lexicon.is_title_token(doc[k - 3]):
        j = k - 2
    elif k < i and k >= 1 and doc[k - 1].lower_ in ("for", "of") and k >= 2 and lexicon.is_title_token(doc[k - 2]):
        j = k - 1
    while j > 0 and same_line(j - 1) and (lexicon.is_title_token(doc[j - 1]) or (
            j >= 2 and doc[j - 1].text in ("-", "\u2010", "\u2011") and not doc[j - 2].whitespace_
            and not doc[j - 1].whitespace_ and lexicon.is_title_token(doc[j - 2]))):
        j -= 1                               # "Secretary-General": the compound is one title
    if j == i:
        return i
    if lexicon.is_title_token(doc[j]) and doc[j].text in lexicon.rank_class_ordinals:
        j = _rating_start(doc, j)
    # an organisation or demonym right before the title ("FCO Minister", "Iraqi President")
    k = j
    while k > 0 and doc[k - 1].ent_type_ in ("ORG", "NORP", "GPE", "organization", "country") \
            and doc[k - 1].text[:1].isupper() and same_line(k - 1) and j - k < 4:
        k -= 1
    return k


def _rating_start(doc: Doc, j: int) -> int:
    """A rank's class closes a rating of capitalised words written before it, the service's name included:
    "Navy Special Warfare Operator 1st Class", "Hospital Corpsman 2nd Class"."""
    k = j
    while k > 0 and j - k < 5 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha \
            and "\n" not in doc[k - 1].whitespace_ and not doc[k - 1].is_sent_start:
        k -= 1
    return k


def _group_end(doc: Doc, end: int, lexicon: Lexicon) -> int:
    """End of "ISIL tactical units" / "Iraqi forces" after a name, or the name's end."""
    j = end
    while j < len(doc) and j - end < 3 and doc[j].text.islower() and doc[j].is_alpha and "\n" not in doc[j - 1].whitespace_:
        if doc[j].lower_ in lexicon.group_nouns:
            k = j + 1
            while k < len(doc) and doc[k].lower_ in lexicon.group_nouns and k - j < 2:
                k += 1
            return k
        if doc[j].pos_ not in ("ADJ", "NOUN"):
            break
        j += 1
    return end


def _government_of_start(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """Start of "the government of Iraq" before a country name."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in lexicon.group_nouns:
        return start - 2
    return start
