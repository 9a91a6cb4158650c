"""An entity extended over the part of its name the NER left out (a head word, an of-phrase, given names,
a unit's number) or split where it names two actors."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...lexicons import phoenix_type
from ...resolve.names import normalise_name
from ..dictionary import ActorDictionary, city_keys, Lexicon
from ..nlp import is_english_word
from .bodies import GENERIC_SERVICES
from .headings import SMALL_WORDS
from .joining import HEAD_LABELS, staff_body
from .people import NAME_PARTICLES, _surnames
from .roles import HYPHENS
from .cut_people import titled_surname_end
from .and_fields import and_fields_end
from .surnames import function_word_surname_end
from .spans import POSSESSIVE_MARKS, UNIT_NUMBER, UNIT_ORDINAL
from .courtesy_styles import courtesy_styles


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "place"})


def _place_before_noun(span: Span, lexicon: Lexicon) -> Span:
    """A place the NER cut before the rest of its name: "Mo" + "So" + " village", "Hpa" + "Lan" + " township": one or
    two untagged capitalised words between a tagged place and a lower-case place noun belong to the name."""
    doc = span.doc
    if span.label_ not in PLACE_LABELS:
        return span
    k = span.end
    while (k < len(doc) and k - span.end < 2 and not doc[k].ent_type_ and doc[k].is_alpha and doc[k].text[:1].isupper()
           and "\n" not in doc[k - 1].whitespace_):
        k += 1
    if k == span.end or k >= len(doc) or not lexicon.is_place_noun(doc[k].text) or "\n" in doc[k - 1].whitespace_:
        return span
    return Span(doc, span.start, k, label=span.label_)


NOT_UNIT_AFTER = frozenset({"%", "percent", "per", "km", "kilometres", "kilometers", "miles", "times"})


def _numbered_unit(span: Span, lexicon: Lexicon) -> Span:
    """A military unit's number is part of its name: "Light Infantry Division" + "66", "Military Operations
    Command" + "7", "64th" + "Separate Motor Rifle Brigade"."""
    doc = span.doc
    # "the 7th" + "Military Region": a command named by a head phrase takes its ordinal whatever the NER tagged it
    headed = len(span) >= 2 and f"{span[-2].text} {span[-1].text}" in lexicon.head_phrases
    if span.label_ in ("ORG", "organization") and _numbered_acronym(span):
        return Span(doc, span.start, span.end + 1, label=span.label_)   # "CTF 50 will lead": a task force's number
    if not headed and (span.label_ not in ("ORG", "organization") or span[-1].text not in lexicon.unit_heads):
        return span
    start, end = span.start, span.end
    if (end < len(doc) and UNIT_NUMBER.match(doc[end].text) and "\n" not in doc[end - 1].whitespace_
            and not (end + 1 < len(doc) and doc[end + 1].lower_ in NOT_UNIT_AFTER)):
        end += 1
    if start > 0 and UNIT_ORDINAL.match(doc[start - 1].text) and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def _numbered_acronym(span: Span) -> bool:
    """A unit's acronym and its number ("CTF 50", "JTF 2"): one capitalised acronym, a number of one to three digits
    on its line, and after it no noun the number would count ("ISIL 20 fighters", "SDF 30 km")."""
    doc, end = span.doc, span.end
    if len(span) != 1 or not span[0].text.isupper() or not span[0].is_alpha or not 2 <= len(span[0].text) <= 6:
        return False
    if end >= len(doc) or not re.fullmatch(r"\d{1,3}", doc[end].text) or "\n" in doc[end - 1].whitespace_:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or not (after.pos_ in ("NOUN", "PROPN", "NUM") or after.lower_ in NOT_UNIT_AFTER
                                 or after.text in ("%", "-", "/"))


def _extend_to_head(span: Span, lexicon: Lexicon) -> Span:
    """The NER cut a name before its head word: "Bois Rouge" + "SARLU", "Erbil" + "International
    Airport". Untagged capitalised words after the name that end in an organisation or place
    head word (not a title word: "Iraq Army Gen. X") belong to it."""
    doc = span.doc
    if span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "place", "country", "organization"):
        return span
    k, last, hyphens = span.end, None, 0
    while (k < len(doc) and k - span.end - hyphens < 3 and not doc[k].ent_type_ and doc[k].text[:1].isupper()
           and (doc[k].is_alpha or doc[k].text.rstrip(".").isalpha()) and "\n" not in doc[k - 1].whitespace_):
        if _inner_hyphen(doc, k + 1) and span.label_ != "PERSON" and span[-1].text not in ("'s", "\u2019s"):
            # "Multi-Stakeholder Forum": a hyphened word is one word (actors19; not "X's D-Company": the owner's)
            k, hyphens = k + 2, hyphens + 1
            continue
        head = lexicon.head_words.get(doc[k].text) or (k > span.end and staff_body(doc, k - 1, k + 1, lexicon))
        # a title word ends the name unless a name or rank follows it ("the IRGC Navy seized", not "Iraq Army Gen. X")
        if head in HEAD_LABELS and (doc[k].text not in lexicon.title_words
                                    or k + 1 == len(doc) or not doc[k + 1].text[:1].isupper()):
            last = (k + 1, HEAD_LABELS[head])       # head words in a row ("Police Force"): the last closes the name
        elif last is not None:
            break
        k += 1
    return Span(doc, span.start, last[0], label=last[1]) if last else span


def _inner_hyphen(doc, k: int) -> bool:
    """doc[k] is a hyphen joining two capitalised words with no space ("Multi-Stakeholder")."""
    return (k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
            and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha and not doc[k + 1].ent_type_)


def _extend_of_name(span: Span, lexicon: Lexicon) -> Span:
    """"the Liberation Tigers" + "of Tamil Eelam": an organisation's name the NER cut before an of-phrase of
    capitalised words that name no country, place or body of their own (a people, a region's old name). A
    complement tagged as a person joins only a name that no body noun closes ("the Government of X" is X's)."""
    doc = span.doc
    if span.label_ not in ("ORG", "organization") or span.end + 2 >= len(doc) or doc[span.end].lower_ != "of" \
            or "\n" in doc[span.end - 1].whitespace_:
        return span
    # a person after a body noun or a lower-case noun is the body's leader, no part of its name ("the Christian party
    # of X": a description, not a name)
    tags = ("", "NORP") if span[-1].text in lexicon.head_words or span[-1].text.islower() else ("", "NORP", "PERSON")
    k = span.end + 1
    while k < len(doc) and k - span.end <= 3 and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and doc[k].ent_type_ in tags and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == span.end + 1 or k - span.end > 3 or k < len(doc) and doc[k].text[:1].isupper():
        return span
    return Span(doc, span.start, k, label=span.label_)


def _extend_of_generic_body(span: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> Span:
    """"the Joint Command" + "of the Armed Forces", "the Operational Group" + "of Russian Forces": a body's name goes
    on with "of" a generic body phrase (capitalised words, a demonym at most, closed by a body's head word) that
    names no state, person or listed body of its own ("the Defence Forces of Estonia" stays apart)."""
    doc = span.doc
    end = span.end - (span[-1].lower_ == "of")          # "The Joint Command of" tagged with its "of"
    if span.label_ not in ("ORG", "organization") or end <= span.start \
            or (lexicon.head_words.get(doc[end - 1].text) or staff_body(doc, span.start, end, lexicon)) != "organization":
        return span
    if end >= len(doc) or doc[end].lower_ != "of" or "\n" in doc[end].whitespace_:
        return span
    k = first = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    while k < len(doc) and k - first < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and doc[k].ent_type_ in ("", "ORG", "NORP", "organization", "country") \
            and "\n" not in doc[k - 1].whitespace_:
        if doc[k].ent_type_ == "country" and not dictionary.is_demonym(doc[k].text):
            return span                                  # a state's own name: "the Defence Forces of Estonia"
        k += 1
    if k == first or (k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha) \
            or lexicon.head_words.get(doc[k - 1].text) != "organization":
        return span
    phrase = doc[first:k]
    if dictionary.lookup(phrase.text) is not None or sum(dictionary.is_demonym(t.text) for t in phrase) > 1:
        return span                                      # a listed body of its own: "of the Revolutionary Guard"
    return Span(doc, span.start, _state_of_force_end(doc, k), label=span.label_)


def closing_state(span: Span, dictionary: ActorDictionary) -> tuple[int, int, str, str] | None:
    """The state whose name closes a body's name after "of (the)" ("... of the Philippines"), as a country mention
    (start, end, type, label), or None."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):      # the longest: "the Republic of Korea", not "Korea"
        if doc[k].lower_ == "of":
            first = k + 1 + (doc[k + 1].lower_ == "the")
            words = doc[first:span.end]
            entry = dictionary.lookup(words.text) if len(words) else None
            if entry is None or entry.type != "country":
                continue                 # "... of the Republic of" + "Korea": the state's whole name (actors26)
            return words.start_char, words.end_char, "country", f"dict:{entry.id}"
    return None


def _extend_cut_before_state(span: Span, lexicon: Lexicon) -> Span:
    """"The Armed Forces of the" + "Philippines": a generic service's name ("Armed Forces", "Navy") the NER closed on
    its "of (the)", right before the state it names, runs on over the state's name (the state stays mentioned, as
    `closing_state` reads it). So does a body's name closed by its head word or formal ("<Head> of/for ...": "the
    Ministry of Foreign Affairs of" + "the Republic of Iraq", "the National Intelligence Service of the" + "Republic
    of Korea"): the makers name "the Foreign Ministry of Iraq" whole, and the resolver gives it the body's own name
    as an alias (`state_forms.body_without_state`), as some of our golds name it (actors26)."""
    doc = span.doc
    k = span.end - 1 - (span[-1].lower_ == "the")
    if span.label_ not in ("ORG", "organization") or k <= span.start or doc[k].lower_ != "of":
        return span
    service = doc[span.start + (span[0].lower_ == "the"):k].text
    if service not in GENERIC_SERVICES and not formal_body_name(doc[span.start + (span[0].lower_ == "the"):k], lexicon):
        return span
    end = _state_of_force_end(doc, k)
    return Span(doc, span.start, end, label=span.label_) if end > span.end else span


PARTY_HEADS = frozenset({"Party", "Front", "Movement", "League", "Congress", "Alliance"})


def party_of_state(span: Span) -> Span:
    """"the Kurdistan Democratic Party" + "of Iran", "the Tudeh Party" + "of Iran": a party's name the dictionary or
    the NER closed before "of (the) <state>" runs on over the state's name, a party of that state named whole
    (a listed party of another state is no match: the Iraqi party is not the Iranian one); the state stays
    mentioned (`closing_state`; actors26)."""
    doc = span.doc
    if span.label_ not in ("ORG", "organization") or span[-1].text not in PARTY_HEADS \
            or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or "\n" in doc[span.end - 1].whitespace_:
        return span
    end = _state_of_force_end(doc, span.end)
    if end <= span.end or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
        return span
    return Span(doc, span.start, end, label="ORG")


NO_STATE_BODIES = frozenset({"government", "people", "regime", "president", "king", "republic", "state", "kingdom"})


def formal_body_name(words: Span, lexicon: Lexicon) -> bool:
    """Capitalised words closed by an organisation's head word ("National Intelligence Service"), or opened by one and
    "of"/"for" ("Ministry of Foreign Affairs"); no government, people or regime (the state itself)."""
    if len(words) < 2 or words[0].lower_ in NO_STATE_BODIES or any(t.lower_ in NO_STATE_BODIES for t in words):
        return False
    if not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the") for t in words):
        return False
    if lexicon.head_words.get(words[-1].text) == "organization":
        return True
    return lexicon.head_words.get(words[0].text) == "organization" and words[1].lower_ in ("of", "for")


def _state_of_force_end(doc: Doc, k: int) -> int:
    """"the Eastern Command of the Armed Forces" + "of the Philippines": the generic force a unit belongs to is
    named whole with its state, so the unit's name runs on over "of (the) <state>" (the state stays mentioned)."""
    first = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    if k >= len(doc) or doc[k].lower_ != "of" or first >= len(doc) or "\n" in doc[k].whitespace_:
        return k
    end = first
    while end < len(doc) and doc[end].ent_type_ in ("country", "GPE") and doc[end].ent_iob_ != "O" \
            and (end == first or doc[end].ent_iob_ == "I"):
        end += 1
    if end == first or doc[first].ent_iob_ != "B":
        return k
    return end


NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def _article_named_body(span: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> Span:
    """"the Ilankai" + "Tamil Arasu Kachchi": a person's name is not written after "the", so a name the NER took
    for a person right after the article (with one or two untagged capitalised words it left out, or a state's name
    opening it), closing its phrase ("the Kennedy administration" goes on), is a body's transliterated name."""
    doc = span.doc
    if span.label_ != "PERSON" or any(lexicon.is_title_token(t) for t in span) \
            or span.end < len(doc) and (doc[span.end].pos_ in NOUN_TAGS or doc[span.end].text in POSSESSIVE_MARKS) \
            or dictionary.lookup(span.text) is not None:
        return span
    k = span.start
    while (k > 0 and span.start - k < 2 and not doc[k - 1].ent_type_ and doc[k - 1].is_alpha
           and doc[k - 1].text[:1].isupper() and doc[k - 1].tag_ == "NNP" and not lexicon.is_title_token(doc[k - 1])
           and doc[k - 1].lower_ != "the" and "\n" not in doc[k - 1].whitespace_):
        k -= 1
    while k > 0 and doc[k - 1].ent_type_ == "country" and "\n" not in doc[k - 1].whitespace_:
        k -= 1                             # "the Sri Lanka" + "Podujana Peramuna": a state's name opening a party's
    if k == 0 or doc[k - 1].lower_ != "the" or "\n" in doc[k - 1].whitespace_ or span.end - k < 2 \
            or normalise_name(doc[k:span.end].text) in city_keys():
        return span                        # "people from the Bekaa": one word after "the" is rather a region
    if any(t.text.rstrip(".").lower() in courtesy_styles().style_openers for t in doc[k:span.start]):
        return span                        # "the Honourable John Brown": a courtesy style, a person (govrel)
    return Span(doc, k, span.end, label="ORG")


def _extend_of_conjunct(span: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> Span:
    """"The Party of Justice" + "and Prosperity": a body's of-complement the NER cut before "and" and one
    capitalised common word closing the phrase (no actor of its own) goes on to that word."""
    doc, e = span.doc, span.end
    if span.label_ not in ("ORG", "organization") or e + 1 >= len(doc) or doc[e].lower_ != "and" \
            or not any(t.lower_ in FIELD_PREPOSITIONS and t.i > span.start
                       and lexicon.head_words.get(doc[t.i - 1].text) == "organization" for t in span):
        return span
    if (fields := and_fields_end(span, lexicon, dictionary)) is not None:
        return Span(doc, span.start, fields, label=span.label_)   # "... of Higher Education" + "and Scientific Research"
    if not any(t.lower_ == "of" and t.i > span.start for t in span):
        return span
    word = doc[e + 1]
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and is_english_word(word)
            and word.ent_type_ in ("", "ORG") and dictionary.lookup(word.text) is None
            and not dictionary.is_demonym(word.text) and word.text not in lexicon.head_words
            and "\n" not in doc[e].whitespace_ + doc[e - 1].whitespace_):
        return span
    if e + 2 < len(doc) and (doc[e + 2].text[:1].isupper() or doc[e + 2].lower_ in ("of", "for")):
        return span                        # "the Ministry of Defence and Foreign Affairs officials": unclear, left
    return Span(doc, span.start, e + 2, label=span.label_)


FIELD_PREPOSITIONS = frozenset({"of", "on", "for"})


SURNAME_ARTICLES = frozenset({"al", "el"})       # "al-Fayyadh" as the tokenizer splits it: "al" "-" "Fayyadh"


def _extend_person(span: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> Span:
    """The NER found "al-Khafaji" of "Tahseen al-Khafaji": take in given names before it. A listed person's
    surname after a given name that is not the entry's ("Hafez al-Assad" for the listed Bashar al-Assad) is
    another person of that family: the name is the NER's, not the entry's."""
    doc, i = span.doc, span.start
    if span.label_ == "person" and i > 0 and (entry := dictionary.entries.get(span.kb_id_)) is not None:
        prev = doc[i - 1]
        if (prev.tag_ == "NNP" and prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()
                and not prev.ent_type_ and not lexicon.is_title_token(prev) and not dictionary.is_demonym(prev.text)
                and "\n" not in prev.whitespace_):
            if prev.text not in entry.name.split() and not any(prev.text in a.split() for a in entry.aliases):
                return Span(doc, i - 1, span.end, label="PERSON")
            if len(span) == 1 or span[0].lower_ in SURNAME_ARTICLES:
                # the entry's own given name in a spelling of its aliases ("Faleh" + "al-Fayyadh" of "Falih
                # al-Fayyadh", alias "Faleh al-Fayyad"): the entry's person named in full
                return Span(doc, i - 1, span.end, label=span.label_, kb_id=span.kb_id_)
    if span.label_ != "PERSON":
        return span
    while (i > 0 and doc[i - 1].tag_ == "NNP" and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
           and not doc[i - 1].ent_type_ and not lexicon.is_title_token(doc[i - 1])
           and not dictionary.is_demonym(doc[i - 1].text) and "\n" not in doc[i - 1].whitespace_
           and span.start - i < 2):
        i -= 1
    if i < span.start and i > 0 and doc[i - 1].lower_ in ("and", "of", "for", "the") and not (
            doc[i - 1].lower_ == "of" and i > 1 and lexicon.head_words.get(doc[i - 2].text) == "organization"):
        return span       # "Secretary for Terrorism and Financial Intelligence Brian Nelson": the title's portfolio
                          # ("the Presidential Guard of Mahamat Idriss Deby": a body's leader)
    e = _hyphened_surname_end(doc, span.end)
    if (e < len(doc) and len(span) >= 2 and doc[e].pos_ == "PROPN" and not doc[e].ent_type_ and doc[e].is_alpha
            and doc[e].text[:1].isupper() and doc[e].text[1:].islower() and len(doc[e].text) <= 3
            and doc[e - 1].whitespace_ == " " and doc[e].lower_ not in SMALL_WORDS
            and (e + 1 == len(doc) or not doc[e + 1].text[:1].isupper())):
        e += 1            # "Kyaw Min Oo", "Kim Jong Un": a short last part the NER left out
    elif e == span.end:
        e = _foreign_surname_end(doc, e, lexicon, dictionary)
    if e == span.end:
        e = function_word_surname_end(span)  # "Speaker Anita" + "Among"
    if e == span.end:
        e = titled_surname_end(span, lexicon, dictionary)   # "Lieutenant General Simon Gatwech" + "Dual,"
    if i == span.start and e == span.end:
        return span
    return Span(doc, i, e, label=span.label_, kb_id=span.kb_id_)


def _hyphened_surname_end(doc: Doc, e: int) -> int:
    """"Ellen Johnson" + "-Sirleaf": a capitalised word joined to a person's name by a hyphen, no space on either
    side, is the rest of a double surname; not a second name of its own ("the Trump-Kim summit", "Donald Trump-Kim
    Jong Un talks": a pair before a noun or a name)."""
    if (e + 1 < len(doc) and e - 2 >= 0 and doc[e].text in HYPHENS and not doc[e - 1].whitespace_
            and not doc[e].whitespace_ and doc[e + 1].is_alpha and doc[e + 1].text[:1].isupper()
            and doc[e + 1].text[1:].islower() and not doc[e + 1].ent_type_
            and (e + 2 == len(doc) or not (doc[e + 2].text[:1].isupper() or doc[e + 2].pos_ == "NOUN"))):
        return e + 2
    return e


def _foreign_surname_end(doc: Doc, e: int, lexicon: Lexicon, dictionary: ActorDictionary) -> int:
    """"Roch Marc" + "Christian Kaboré": one or two untagged capitalised words after a person's name, the last no
    English word (a surname the NER did not know), closing the phrase, are the rest of the name."""
    k = e
    if not doc[e - 1].is_alpha:
        return e                           # "Dostum's" + "Junbish-e-Milli": a possessor's, not a name going on
    while (k < len(doc) and k - e < 2 and doc[k].pos_ == "PROPN" and doc[k].is_alpha and doc[k].text[:1].isupper()
           and doc[k].text[1:].islower() and not doc[k].ent_type_ and not lexicon.is_title_token(doc[k])
           and not dictionary.is_demonym(doc[k].text) and "\n" not in doc[k - 1].whitespace_):
        k += 1
    if k == e or (k < len(doc) and (doc[k].text[:1].isupper() or doc[k].text in HYPHENS and not doc[k - 1].whitespace_)) \
            or is_english_word(doc[k - 1]) \
            or dictionary.lookup(doc[k - 1].text) is not None:
        return e
    return k


def _split_leader_of(span: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> list[Span]:
    """"the Libyan National Army of Khalifa Haftar", "the Palestinian Authority of Mahmoud Abbas": a body named
    with its leader (an of-phrase after the body's head word that names a known person) is two names; an of-phrase
    of title words before the rest of the title or a person is no part of the body's name, nor is a person's
    surname possessing it ("Keita's Renewal Movement")."""
    if span.label_ != "ORG":
        return [span]
    doc = span.doc
    if len(span) > 2 and span[-1].lower_ == "of" and lexicon.head_words.get(span[-2].text) == "organization" \
            and span.end < len(doc) and doc[span.end].ent_type_ in ("", "PERSON"):
        # "The Presidential Guard of" + "Mahamat Idriss Deby" ("the Federal Government of" + "Iraq" is Iraq's)
        span = Span(doc, span.start, span.end - 1, label="ORG")
    k = span.start + (span[0].lower_ == "the")
    if k + 2 < span.end and doc[k + 1].text in POSSESSIVE_MARKS and doc[k].text in _surnames(doc):
        # "Keita's Renewal Movement" after "Ramona Keita": the possessor is the person, the body is what follows
        return [Span(doc, k, k + 1, label="PERSON"), Span(doc, k + 2, span.end, label="ORG")]
    if len(span) < 4:
        return [span]
    k = span.end
    while k > span.start and lexicon.is_title_token(doc[k - 1]):
        k -= 1
    if k - 1 > span.start + 1 and doc[k - 1].lower_ == "of" and span.end < len(doc) \
            and (lexicon.is_title_token(doc[span.end]) or doc[span.end].ent_type_ == "PERSON"):
        # "the Council of Ministers of (Prime)" + "Minister X": the NER ran into the title of the body's head
        return [Span(doc, span.start, k - 1, label="ORG")]
    for k in range(span.start + 1, span.end - 2):
        if doc[k].lower_ != "of" or lexicon.head_words.get(doc[k - 1].text) != "organization":
            continue
        rest = doc[k + 1:span.end]
        if not 2 <= len([t for t in rest if t.is_alpha]) <= 4 \
                or not all(t.text[:1].isupper() or t.text in ("-", "al", "bin", "ibn") for t in rest):
            return [span]
        entry = dictionary.lookup(rest.text)
        if (entry is not None and entry.type == "person") or phoenix_type(rest.text)[0] == "person" \
                or rest[-1].text in _surnames(doc) or entry is None and _personal_name(rest, lexicon, dictionary):
            return [Span(doc, span.start, k, label="ORG"), Span(doc, k + 1, span.end, label="PERSON")]
        return [span]
    return [span]


ARABIC_PARTICLES = frozenset({"-", "al", "bin", "ibn", "bint", "ould"})


def _personal_name(words: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> bool:
    """"Abdel Fattah al-Burhan", "Mohamed Siad Barre": capitalised words that read as a person's name: no head word, no
    listed state, place or body among them, the first and last no English word ("Oromo Youth" is a people's)."""
    names = [t for t in words if t.lower_ not in ARABIC_PARTICLES and t.lower_ not in NAME_PARTICLES]
    if len(names) < 2 or any(t.text in lexicon.head_words or lexicon.is_title_token(t) or dictionary.is_demonym(t.text)
                             or dictionary.lookup(t.text) is not None for t in names):
        return False
    return not (is_english_word(names[0]) or is_english_word(names[-1])) and phoenix_type(words.text)[0] is None
