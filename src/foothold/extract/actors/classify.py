"""The type and clean span of an NER entity, or none when it is no actor.

`EntityClassifier._classify` tries the steps of `_STEPS` in order (the order is the rule: an earlier step wins).
A step reads and may narrow the entity's clean span; it returns a verdict — (clean span, type, label), or None
for no actor — or UNDECIDED to hand the entity to the next step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .instruments import instrument_named
from .acronym_bodies import defined_by_acronym
from .untagged_bodies import its_subject
from .address_forms import is_address_form
from .anti_bodies import anti_body
from .headed_person import person_despite_head
from .common_word_names import ethnic_people, thing_named_as_person
from .opening_words import common_word_opening
from .title_companies import common_words_after_title
from .title_places import jurisdiction_of
from ...lexicons import phoenix_given_names, phoenix_type
from ...resolve.names import normalise_name
from ..dictionary import city_keys
from .acronyms import _spells_common_phrase
from .bodies import GENERIC_SERVICES, _apposed_body, _apposed_to_body_noun, _before_group_noun, _reports
from .companies import after_company_noun, possessive_name
from .outlet_nouns import after_outlet_noun
from .weapon_names import names_a_weapon
from .filters import (PREFIX_WORDS, _capitalised_modifier, _common_word, _field_label, _looks_like_name,
    _names_a_vessel, _plural_generic_agent)
from .people import (PATRONYMIC_WORDS, PERSON_NOUNS, _apposed_person_noun, _after_late, _is_an_entrys_name, _names_the_entry, _person_context,
    _regime_holders, _surnames)
from .places import (COMPASS_WORDS, _after_locative, _after_place_noun_of, _apposed_place, _attacked_place,
    _before_place_noun, _determined_object, _fell_to, _held_territory, _in_locative_list, _left_place)
from .portfolios import names_a_title_portfolio
from .posted_holders import apposed_holder
from .roles import TITLE_MODIFIERS, _in_title_complement, _person_title_before
from .spans import LEADING, POSSESSIVE_MARKS, UNIT_NUMBER, _keeps_final_dot
from .stances import after_stance_adjective
from .states import _demonym_led_name


OTHER_NAME_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT")   # NER labels of no actor type, sometimes put on places
NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "place", "FAC": "place",
             "NORP": "country"}
DICT_TYPES = {"person", "organization", "media", "country", "place"}


LEADING_PREPOSITION = re.compile(r"^(?:Near|In|At|Outside|Around|From)\s+(?=[A-Z])")
TRAILING = re.compile(r"(?:'s|'| in| at| on)$")   # "The Islamic Resistance in" + "Iraq": the NER cut a name short

NAME_PARTICLES = {"de", "del", "da", "di", "dos", "das", "bin", "ibn", "van", "von", "la", "le"}
NAME_WORD = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)*$")   # "Jean-Yves", "Déby"; no acronym

# head words that also close a minister's portfolio ("Minister of Territorial Administration"): after a title's "of"
# the phrase is the portfolio, no body (actors24)
PORTFOLIO_HEADS = frozenset({"Administration"})

UNDECIDED = object()   # a step's answer when it leaves the entity to the next step


@dataclass
class _Entity:
    """An NER entity under classification: its span and the clean character bounds the steps narrow."""
    span: Span
    full: str
    outlets: list[tuple[int, int]]
    cs: int
    ce: int
    toks: Span | tuple = ()     # the clean span's tokens, read once the descriptor checks are done

    @property
    def doc(self) -> Doc:
        return self.span.doc

    @property
    def label(self) -> str:
        return self.span.label_

    @property
    def core(self) -> str:
        return self.full[self.cs:self.ce]

    @property
    def words(self) -> list[str]:
        return self.core.split()

    @property
    def bounds(self) -> tuple[int, int]:
        return self.cs, self.ce


class EntityClassifier:
    """The NER entities' types (a part of ActorExtractor: reads its dictionary and lexicon)."""

    def _classify(self, span: Span, outlets: list[tuple[int, int]], full: str):
        """(clean span, type, label) of an entity, or None when it is no actor."""
        entity = _Entity(span, full, outlets, span.start_char, span.end_char)
        for step in _STEPS:
            verdict = step(self, entity)
            if verdict is not UNDECIDED:
                return verdict
        return self._by_ner_label(entity)

    def _phoenix_kind(self, name: str):
        """The Phoenix dictionaries' kind of a name as of the document's date (None when they do not list it)."""
        return phoenix_type(name, getattr(self, "_doc_date", None))[0]

    # ---- cleaning the span ----

    def _quoted_descriptor(self, e: _Entity):
        if e.full[e.ce - 1:e.ce] in ("\u2018", "\u201c", "'", '"') and e.full[e.ce:e.ce + 1].isalpha():
            return None                      # "the Private Military Company ‘Wagner’": a descriptor of the quoted name
        return UNDECIDED

    def _trimmed(self, e: _Entity):
        """Leading words and trailing possessives, prepositions and punctuation are no part of the name."""
        full = e.full
        m = LEADING.match(e.core)
        if m:
            e.cs += m.end()
        tail = TRAILING.search(e.core)
        if tail and not (tail.group(0) == "'s" and possessive_name(e.span)):   # "Moody's downgraded X" keeps it
            e.ce -= len(tail.group(0))
        while e.ce > e.cs and full[e.ce - 1] in ".,;:*\"()[] \n-\u2013\u2014/|" and not _keeps_final_dot(e.core):
            e.ce -= 1
        while e.cs < e.ce and full[e.cs] in "*\"([ \n-":
            e.cs += 1
        return UNDECIDED

    def _near_place(self, e: _Entity):
        span, doc = e.span, e.doc
        lead = LEADING_PREPOSITION.match(e.core)
        governed = span.start > 0 and doc[span.start - 1].lower_ in ("the", "at", "in", "near", "from")
        if lead and e.label in NER_TYPES and e.label not in ("ORG", "NORP") and not governed:
            e.cs += lead.end()               # "Near Tal Afar" in a strike list: a place
            if not self.dictionary.lookup(e.core):
                return e.bounds, "place", f"rule:near:{e.label}"
        return UNDECIDED

    def _quoted_name(self, e: _Entity):
        core = e.core
        quote = next((q for q in ('"', "\u2018", "\u201c") if q in core), None)
        if quote:                            # 'Western "Coalition of the Willing', "Company ‘Wagner’": keep the quoted name
            parts = re.split(r"[\"\u2018\u2019\u201c\u201d]", core)
            quoted = parts[1].strip() if quote != '"' and len(parts) > 2 and parts[1].strip() else None
            part = quoted or max(parts, key=len).strip()
            e.cs = e.full.index(part, e.cs)
            e.ce = e.cs + len(part)
        if not e.core or not any(c.isalpha() for c in e.core):
            return None
        return UNDECIDED

    # ---- no actor: words, descriptors, titles ----

    def _not_an_actor_by_lexicon(self, e: _Entity):
        core, words, lexicon = e.core, e.words, self.lexicon
        if core.casefold() in lexicon.not_actors:
            return None
        if core.lower().startswith(("pro-", "anti-")) and not anti_body(words, lexicon):
            return None                      # "pro-Iranian", "Anti-Western"; "the Anti-Corruption Agency" is a body
        if any(w.casefold() in lexicon.not_actor_words for w in words):
            return None                      # "COVID-19 crisis"
        if e.label not in DICT_TYPES and len(words) > 1 and words[0] in lexicon.title_words \
                and words[1] in ("of", "for"):
            return None                      # "Minister of Finance": a role, not an actor
        if e.label not in DICT_TYPES and _titled_holder_of(words, lexicon):
            return None                      # "the National Security Adviser of India": a role (actors19)
        if words[0] in lexicon.not_actor_leads and len(words) > 1 and not lexicon.type_by_head(core):
            return None                      # "Operation Inherent Resolve", "USS Mahan": a campaign, a ship
        if e.label not in DICT_TYPES and len(words) > 1 and (words[-1] in lexicon.not_actor_heads
                                                           or words[0] in lexicon.not_actor_heads):
            return None                      # "... Accountability Act", "Agreement for Bringing Peace": no actor
        if e.label not in DICT_TYPES and instrument_named(words, lexicon):
            return None                      # "the Comprehensive ... Agreement for Trans-Pacific Partnership" (actors28)
        if all(w.casefold() in lexicon.not_actors for w in words):
            return None                      # "Zaydi Shia": every word a group or creed, no actor
        if e.label not in DICT_TYPES and len(words) == 1 and "-" in core and core in lexicon.title_words:
            return None                      # "the Governor-General" tagged FAC: a hyphened title (actors26)
        if len(words) == 1 and core in COMPASS_WORDS:
            return None                      # "In South and Southeast Asia": a bare direction
        if is_address_form(e.span):
            return None                      # "His Majesty will open": a form of address (actors21)
        if thing_named_as_person(e.span, lexicon) or ethnic_people(words, self.dictionary):
            return None                      # "the bank's Green Window", "Ethnic Uzbeks" (actors21)
        if len(words) == 1 and common_word_opening(e.span, e.full, lexicon, self.dictionary):
            return None                      # "Gunfire was heard", a heading's "Outlook" (actors25)
        return UNDECIDED

    def _a_descriptor(self, e: _Entity):
        span, doc, full, core, words, ce = e.span, e.doc, e.full, e.core, e.words, e.ce
        service = " ".join(w for w in words if not self.dictionary.is_demonym(w))
        if service in GENERIC_SERVICES and e.label not in DICT_TYPES and ce < len(full) and \
                (nxt := doc.char_span(ce, len(full), alignment_mode="expand")) is not None and len(nxt) \
                and self.lexicon.is_title_token(nxt[0]):
            return None                      # "Marine Corps Gen. Joe Dunford": the holder's service, part of his title
        if len(words) == 1 and ("-" in core and core.split("-")[0] in PREFIX_WORDS
                                or core in PREFIX_WORDS and full[ce:ce + 1] == "-"):
            return None                      # "the Trans-Atlantic community": an adjective; "Ex-" of "Ex-Wagner"
        if e.label not in DICT_TYPES and _names_a_vessel(doc, span, core):
            return None                      # "the oil tanker Stena Impero": a ship
        if e.label not in DICT_TYPES and names_a_weapon(span, core, self.dictionary):
            return None                      # "Katyusha rockets fell": a weapon's model (actors22)
        if e.label != "country" and _field_label(doc, span, full, ce):
            return None                      # "- Partof: Operation X": an infobox field label ("Fiji: riots and
                                             # a curfew", a heading's state, is its topic: reltitle10)
        if e.label not in DICT_TYPES and (not self.lexicon.type_by_head(core) or core in GENERIC_SERVICES
                                          or words[-1] in PORTFOLIO_HEADS) \
                and _in_title_complement(doc, span, self.lexicon) and not jurisdiction_of(span):
            return None                      # "Secretary of State", "Commander of the Air Force": the title's portfolio
        if names_a_title_portfolio(span, core, self.lexicon, self.dictionary):
            return None                      # "Iraqi National Security Adviser X": the adviser's field, no body
        return UNDECIDED

    def _a_bare_title(self, e: _Entity):
        doc, core = e.doc, e.core
        e.toks = toks = doc.char_span(e.cs, e.ce, alignment_mode="expand") or ()
        if all(self.lexicon.is_title_token(t) or t.text in self.lexicon.office_words for t in toks) and not (
                len(toks) == 1 and core in self.lexicon.head_words and toks[0].i + 1 < len(doc)
                and not doc[toks[0].i + 1].text[:1].isupper()):
            return None                      # "Navy Capt." tagged ORG: a title without its name ("the Navy said" is a body)
        return UNDECIDED

    def _title_portfolio_dropped(self, e: _Entity):
        doc, toks = e.doc, e.toks
        if (e.label == "PERSON" and len(toks) >= 3 and toks[0].i >= 2 and doc[toks[0].i - 1].lower_ in ("of", "for")
                and self.lexicon.is_title_token(doc[toks[0].i - 2]) and not self.dictionary.lookup(toks[0].text)):
            e.cs = toks[1].idx               # "Secretary of Defense Lloyd J. Austin": the portfolio is the title's
        return UNDECIDED

    # ---- typed by the label, the name's shape, the dictionary ----

    def _by_dictionary_label(self, e: _Entity):
        if e.label in DICT_TYPES:
            return e.bounds, e.label, f"dict:{e.span.kb_id_}"
        return UNDECIDED

    def _by_name_shape(self, e: _Entity):
        span, doc, full, core, words, toks, label = e.span, e.doc, e.full, e.core, e.words, e.toks, e.label
        cs, ce = e.bounds
        if label in NER_TYPES and 2 <= len(words) <= 4 and toks and _after_late(doc, toks[0].i) \
                and not self.dictionary.lookup(core):
            return (cs, ce), "person", f"rule:late:{label}"   # "the late Hugo Chávez" tagged ORG
        if len(words) >= 2 and words[-1] in self.lexicon.conflict_nouns and words[-2][:1].isupper():
            rest = core[:core.rindex(words[-1])].rstrip()       # "Nagorno-Karabakh war" tagged whole: the place
            entry = self.dictionary.lookup(rest)
            return (cs, cs + len(rest)), entry.type if entry else "place", \
                f"dict:{entry.id}" if entry else f"rule:conflict_noun:{label}"
        if label in ("ORG", "PERSON", "GPE", "LOC") and len(words) == 1 and not core.isupper() \
                and ce < len(full) and self._before_conflict_noun(doc, span) and not self.dictionary.lookup(core):
            return (cs, ce), "place", f"rule:conflict_noun:{label}"   # "the Nagorno-Karabakh war"
        return UNDECIDED

    def _other_label(self, e: _Entity):
        """Names the NER gave a label of no actor type (a people, a product, a work): typed by evidence, else none."""
        span, doc, core, words, label = e.span, e.doc, e.core, e.words, e.label
        cs, ce = e.bounds
        if label in ("NORP", *OTHER_NAME_LABELS) and self._unlabelled_place(doc, span, core):
            return (cs, ce), "place", f"rule:locative:{label}"   # "near Buulobarde" tagged PRODUCT
        if label in (*OTHER_NAME_LABELS, "LAW") and len(words) >= 2 \
                and self.lexicon.type_by_head(core) == "organization" \
                and all(w[:1].isupper() or w in ("of", "for", "and") for w in words):
            return (cs, ce), "organization", f"head:{label}"   # "The Azov Regiment" tagged WORK_OF_ART, "the
                                                               # Human Rights Law Centre" tagged LAW (actors28)
        if label in OTHER_NAME_LABELS and len(words) >= 2 and UNIT_NUMBER.match(words[-1]) \
                and words[-2] in self.lexicon.unit_heads and all(w[:1].isupper() for w in words[:-1]):
            return (cs, ce), "organization", f"head:unit:{label}"   # "Task Force 88" tagged PRODUCT
        if label in OTHER_NAME_LABELS and (named := self._outlet_by_noun(doc, cs, ce)) is not None:
            return named, "media", f"rule:media_noun:{label}"   # "its Amaq news agency" tagged PRODUCT
        if label not in NER_TYPES:
            return None
        return UNDECIDED

    def _by_dictionary(self, e: _Entity):
        core, words, toks, label = e.core, e.words, e.toks, e.label
        cs, ce = e.bounds
        if self.dictionary.is_demonym(core):
            return None                       # demonyms are handled by _demonyms
        if label == "NORP" and len(words) >= 2 and self.lexicon.type_by_head(core) == "organization":
            return (cs, ce), "organization", "head:NORP"   # "the East African Community" tagged NORP
        if label == "NORP" and _demonym_led_name(core, toks, self.dictionary, self.lexicon):
            return (cs, ce), "organization", "rule:demonym_led"   # "Saudi Aramco" tagged NORP: a company
        entry = self.dictionary.lookup(core)
        if entry is not None:
            return (cs, ce), entry.type, f"dict:{entry.id}"
        if len(words) >= 2 and self.dictionary.is_demonym(words[0]):
            rest = self.dictionary.lookup(" ".join(words[1:]))
            if rest is not None and rest.type == "organization":
                rs = cs + core.index(words[1])   # "Russian Wagner Group": the Wagner Group; the demonym its country
                return (rs, ce), rest.type, f"dict:{rest.id}"
        if label in ("ORG", "FAC", "GPE") and len(toks) >= 2 and self.lexicon.is_title_token(toks[0]) \
                and not self.lexicon.type_by_head(core):
            k = 0
            while k < len(toks) and self.lexicon.is_title_token(toks[k]):
                k += 1
            if (0 < k < len(toks) and toks[k - 1].text not in TITLE_MODIFIERS and len(toks) - k <= 3
                    and all(t.text[:1].isupper() and t.is_alpha for t in toks[k:])
                    and not common_words_after_title(toks[k:])):   # "General Dynamics": a company
                return (cs, ce), "person", f"title:ner:{label}"   # "Major General Ryder" tagged ORG
        if label == "NORP" or self.dictionary.is_demonym(core):
            return None       # demonyms are handled by _demonyms; "Shia", "Sunni": groups, not actors
        return UNDECIDED

    def _group_phrase(self, e: _Entity):
        """A name followed by lower-case words: "US army", "GNA forces", "Iraqi security forces"."""
        words, cs = e.words, e.cs
        if len(words) >= 2 and all(w.islower() for w in words[1:]):
            lead = self.dictionary.lookup(words[0])
            if self.dictionary.is_demonym(words[0]):
                return None   # "Iraqi security forces": an unnamed group; the demonym names the country
            if lead is not None and lead.type == "country":
                return (cs, cs + len(words[0])), "country", f"dict:{lead.id}"   # "US army": the country's group phrase
            if len(words) == 2 and words[1] in self.lexicon.group_nouns and (
                    (lead is not None and lead.type == "organization") or (words[0].isupper() and len(words[0]) >= 2)):
                return (cs, cs + len(words[0])), "organization", f"rule:group_of:{e.label}"   # "GNA forces": the GNA
        return UNDECIDED

    def _not_a_name(self, e: _Entity):
        span, doc, full, core, words, label = e.span, e.doc, e.full, e.core, e.words, e.label
        cs, ce = e.bounds
        if label == "ORG" and _spells_common_phrase(full, cs, core):
            return None       # "memorandum of understanding (MOU)": an acronym of common words
        if _plural_generic_agent(core):
            return None                      # "Rebels in Congo kidnapped ...": an unnamed group, capitalised by position
        if not _looks_like_name(span, cs, ce) and not (
                label in ("LOC", "GPE", "FAC") and not span[0].is_sent_start and core[:1].isupper()
                and (_before_place_noun(doc, span, self.lexicon) or _after_locative(doc, span))):
            return None                      # ("in Sagaing region": a place's name the tagger read as a verb)
        if label in ("ORG", "FAC") and len(words) > 1 and words[-1] in self.lexicon.title_words \
                and words[-1] not in self.lexicon.head_words and not self.lexicon.type_by_head(core):
            return None                      # "Iranian Military Attache": a role ("Royal Navy" is a body)
        if words[-1] in ("of", "and", "for", "the"):
            return None                      # "Government of": a name the NER cut short
        if len(words) == 1 and words[0] not in self.lexicon.head_words and _common_word(doc, words[0]):
            return None                      # "Influence" in a heading: the text also writes it in lower case
        if len(words) == 1 and label not in DICT_TYPES and _capitalised_modifier(doc, span):
            return None                      # "Riot police fired ...", "Army troops entered ...": no name
        return UNDECIDED

    # ---- typed by the context ----

    def outlet_type(self, name: str) -> str:
        """A note's source is media, unless a state body or command ("AFRICOM", "Treasury"): its head word, or the
        Phoenix dictionary's agency, says so."""
        kind = self._phoenix_kind(name)
        listed = self.dictionary.lookup(name)
        if self.lexicon.type_by_head(name) == "organization" or kind == "organization" and not (
                listed is not None and listed.type == "media"):       # (IRNA: Phoenix files it as a body too)
            return "organization"
        return "media"

    def _as_outlet(self, e: _Entity):
        span, doc, core, words, label = e.span, e.doc, e.core, e.words, e.label
        cs, ce = e.bounds
        if any(cs < oe and os < ce for os, oe in e.outlets):
            # a state body or command cited as a note's source ("(AFRICOM, March 6, 2018)", "(Treasury, ...)") is
            # still a body: its head word, or the Phoenix dictionary's agency, says so; a news outlet is media
            return (cs, ce), self.outlet_type(core), f"outlet:{label}"
        named = self._outlet_by_noun(doc, cs, ce)
        if named is not None:
            return named, "media", f"rule:media_noun:{label}"   # "the Saba news agency"
        if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and len(words) <= 4 and not self.lexicon.type_by_head(core) \
                and after_outlet_noun(doc, span):
            return (cs, ce), "media", f"rule:outlet_noun:{label}"   # "the satellite channel Al-Rafidain" (actors24)
        if label in ("ORG", "LOC", "FAC", "GPE") and len(words) <= 3 and self.lexicon.type_by_head(core) in (None, "media") \
                and not core.isupper() and _reports(span):
            return (cs, ce), "media", f"rule:reporter:{label}"   # "..., El Nacional reported."
        return UNDECIDED

    def _by_gazetteer_or_head(self, e: _Entity):
        span, doc, core, words, label = e.span, e.doc, e.core, e.words, e.label
        cs, ce = e.bounds
        if (label == "ORG" or label == "PERSON" and core not in _surnames(doc)) \
                and len(words) == 1 and normalise_name(core) in city_keys():
            return (cs, ce), "place", f"rule:gazetteer:{label}"   # "Kermanshah" tagged ORG: a city
        if label == "PERSON" and 2 <= len(words) <= 3 and normalise_name(core) in city_keys() \
                and not (span.start > 0 and self.lexicon.is_title_token(doc[span.start - 1])):
            return (cs, ce), "place", "rule:gazetteer:PERSON"   # "struck Khan Younis": a city's two-word name
        if label in ("ORG", "FAC", "GPE", "LOC") and len(words) <= 3 and not self.lexicon.type_by_head(core) \
                and normalise_name(core) not in city_keys() and _person_title_before(doc, span, self.lexicon):
            return (cs, ce), "person", f"title:ner:{label}"   # "Sheikh Hasina's" tagged GPE
        by_head = self.lexicon.type_by_head(core)
        if label == "ORG" and by_head != "organization" and len(words) <= 3 and _after_place_noun_of(doc, span, self.lexicon):
            return (cs, ce), "place", "rule:place_noun_of:ORG"   # "the Malian town of Moura" tagged ORG
        if by_head == "organization" and person_despite_head(span, self.dictionary, self.lexicon):
            return (cs, ce), "person", "ner:PERSON"   # "Zhang Gang": a person, no gang (actors21)
        if by_head:
            return (cs, ce), by_head, f"head:{label}"
        return UNDECIDED

    def _place_by_context(self, e: _Entity):
        span, doc, core, words, label = e.span, e.doc, e.core, e.words, e.label
        cs, ce = e.bounds
        no_head = self.lexicon.type_by_head(core) is None
        if label == "ORG" and len(words) <= 3 and not core.isupper() and no_head \
                and _apposed_place(doc, span, self.lexicon):
            return (cs, ce), "place", "rule:apposed_place:ORG"   # "El Fasher, the capital of North Darfur"
        if label == "ORG" and len(words) == 1 and not core.isupper() and _held_territory(doc, span):
            return (cs, ce), "place", "rule:territory:ORG"   # "occupying Crimea": land held or taken
        if label == "ORG" and len(words) == 1 and not core.isupper() and no_head and self._dwelt_in(doc, span) \
                and not self.dictionary.lookup(core):
            return (cs, ce), "place", "rule:dwelt_in:ORG"   # "the Mayor of uMhlathuze" tagged ORG (actors24)
        if label == "ORG" and len(words) == 1 and not core.isupper() and (
                _in_locative_list(doc, span) or _after_locative(doc, span) or _left_place(doc, span)):
            return (cs, ce), "place", "rule:locative:ORG"   # "attacks in Qamenas, Sarmin and Talamenes"
        if label == "ORG" and 2 <= len(words) <= 3 and not any(w.isupper() for w in words) \
                and self._phoenix_kind(core) is None \
                and (_after_locative(doc, span) or _left_place(doc, span)):
            return (cs, ce), "place", "rule:locative:ORG"   # "an outlet in Banja Luka": no body's head word, a place
        if label in ("ORG", "PERSON") and len(words) <= 2 and not core.isupper() and no_head \
                and _attacked_place(doc, span) and not self.dictionary.lookup(core) and words[-1] not in _surnames(doc) \
                and self._phoenix_kind(core) is None:
            return (cs, ce), "place", f"rule:attacked_place:{label}"   # "gunmen attacked Mukondi, in Beni"
        return UNDECIDED

    def _person_or_body_by_context(self, e: _Entity):
        span, doc, core, words, label = e.span, e.doc, e.core, e.words, e.label
        cs, ce = e.bounds
        if label in ("ORG", "GPE") and len(words) == 1 and core in _regime_holders(doc):
            return (cs, ce), "person", f"rule:regime_holder:{label}"   # "Maduro's regime": Maduro is its leader
        if label in ("ORG", "FAC", "GPE", "LOC") and 2 <= len(words) <= 4 and _person_context(doc, span, self.lexicon):
            return (cs, ce), "person", f"rule:person_context:{label}"   # "spokesperson, Morgan Ortagus,"
        if label in ("ORG", "FAC", "GPE", "LOC") and 2 <= len(words) <= 4 and apposed_holder(span, self.lexicon):
            return (cs, ce), "person", f"rule:posted_holder:{label}"   # "the ambassador in Baghdad, X Y," (actors23)
        if label == "PERSON" and len(words) <= 4 and (_apposed_body(doc, span) or _apposed_to_body_noun(doc, span)):
            return (cs, ce), "organization", "rule:apposed_body:PERSON"   # "the Tatmadaw, the military of Myanmar"
        if label == "PERSON" and len(words) == 1 and its_subject(span) and self._phoenix_kind(core) != "person" \
                and normalise_name(core) not in phoenix_given_names():
            return (cs, ce), "organization", "rule:its_subject:PERSON"   # "Kazatomprom said its ..." (actors24)
        if label == "PERSON" and len(words) >= 2 and defined_by_acronym(span):
            return (cs, ce), "organization", "rule:acronym_defined:PERSON"   # "Kuna Yala Unida (KYU)" (actors24)
        if label == "PERSON" and len(words) <= 3 and after_company_noun(doc, span):
            return (cs, ce), "organization", "rule:company_noun:PERSON"   # "the Taiwanese company Gold Apollo"
        if label in ("GPE", "LOC") and len(words) <= 3 and after_company_noun(doc, span) \
                and self.dictionary.lookup(core) is None and normalise_name(core) not in city_keys():
            return (cs, ce), "organization", f"rule:company_noun:{label}"   # "the Finnish company Botnia" (actors28)
        if label == "PERSON" and after_stance_adjective(e.full, cs, self.lexicon):
            return (cs, ce), "organization", "rule:stance:PERSON"   # "the leftist Janatha Vimukthi Peramuna"
        return UNDECIDED

    def _by_phoenix(self, e: _Entity):
        """The Phoenix dictionaries (PETRARCH2) know tens of thousands of leaders, officials and groups: where they
        list the name, their kind outranks the NER's guess."""
        span, doc, core, words, label = e.span, e.doc, e.core, e.words, e.label
        if NER_TYPES[label] not in ("person", "organization"):
            return UNDECIDED
        kind = self._phoenix_kind(core)
        if kind == "person" and any(w in ("of", "for") for w in words):
            kind = None                  # "Syrian Observatory for Human Rights": no person's name has "for"
        if kind == "organization" and label == "PERSON" and (
                not _names_the_entry(core) or any(w in PATRONYMIC_WORDS for w in words[1:-1])):
            kind = None                  # "Masoud Barzani" listed as a variant of the KRG, "Osama bin Laden" filed
            #                              as a group's entry: a son-of name is a person's
        if kind == "person" and (label == "ORG" or _before_group_noun(doc, span, self.lexicon.name_group_nouns)) \
                and _is_an_entrys_name(core):
            kind = "organization"        # "Abu Sayyaf" tagged ORG: the group's own name, not a person variant
        if kind is None and label in ("PERSON", "ORG") and _before_group_noun(doc, span, self.lexicon.name_group_nouns):
            kind = "organization"        # "the RENAMO movement", "the Abu Sayyaf group"
        if kind:
            return e.bounds, kind, f"phoenix:{label}"
        return UNDECIDED

    def _person_by_given_name(self, e: _Entity):
        """A name tagged ORG that is shaped like a person's: two to five capitalised words (name particles between),
        the first a given name the Phoenix dictionaries open people's names with, no title, head word or city:
        "Abdelmadjid Tebboune", "María Corina Machado"."""
        words, toks = e.words, e.toks
        if e.label != "ORG" or not 2 <= len(words) <= 5 or not toks or self.lexicon.is_title_token(toks[0]):
            return UNDECIDED
        if normalise_name(words[0]) not in phoenix_given_names() or words[-1] in NAME_PARTICLES:
            return UNDECIDED
        if not all(NAME_WORD.match(w) or w in NAME_PARTICLES for w in words) \
                or any(w.casefold() in self.lexicon.not_actors for w in words) \
                or normalise_name(e.core) in city_keys():
            return UNDECIDED
        return e.bounds, "person", "rule:given_name:ORG"

    def _by_ner_label(self, e: _Entity):
        """The last word: the NER's own label, turned into a place where the context says so."""
        span, doc, core, words, label = e.span, e.doc, e.core, e.words, e.label
        cs, ce = e.bounds
        type_ = NER_TYPES[label]
        if type_ == "person" and any(c.isdigit() for c in core):
            return None                       # "Passcode 3080897": people's names carry no digits
        if type_ in ("country", "place") and _before_group_noun(doc, span, self.lexicon.name_group_nouns) \
                and normalise_name(core) not in city_keys():
            return (cs, ce), "organization", f"rule:group_noun:{label}"   # "Tuareg rebels" tagged GPE, "the
            #                                                                Harvest bloc" FAC: a group
        if type_ == "country":
            type_ = "place"                   # a GPE that is no known country: a city, province, region
            if _after_place_noun_of(doc, span, self.lexicon) or _before_place_noun(doc, span, self.lexicon):
                return (cs, ce), type_, "rule:place_noun:GPE"   # "the town of Chibok": evidence, not a guess
        if type_ == "person" and (_after_locative(doc, span) or _left_place(doc, span) or self._dwelt_in(doc, span)
                                  or _before_place_noun(doc, span, self.lexicon)
                                  or _after_place_noun_of(doc, span, self.lexicon) or _determined_object(doc, span)
                                  or _apposed_place(doc, span, self.lexicon) or _held_territory(doc, span)
                                  or _fell_to(span)) \
                and not _apposed_person_noun(doc, span.end):   # "leaves Sadyr Japarov, a nationalist politician,"
            return (cs, ce), "place", f"rule:locative:{label}"   # "deployed to Tal Rifaat"
        # (a unit's name stays its own: "the 5th Fleet area of operations")
        if type_ == "organization" and len(words) <= 3 and not core.isupper() \
                and words[-1] not in self.lexicon.unit_heads and _before_place_noun(doc, span, self.lexicon):
            return (cs, ce), "place", f"rule:place_noun:{label}"   # "al-Jufra air base" tagged ORG
        return (cs, ce), type_, f"ner:{label}"

    def _dwelt_in(self, doc: Doc, span: Span) -> bool:
        """"residents of X", "the mayor of X", "X's outskirts", "X residents": a place's dwellers, officers, parts."""
        nouns = self.lexicon.dweller_nouns
        i, e = span.start, span.end
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in nouns:
            return True
        if e < len(doc) and doc[e].text in POSSESSIVE_MARKS:
            e += 1
        return e < len(doc) and doc[e].text in nouns and "\n" not in doc[e - 1].whitespace_

    def _before_conflict_noun(self, doc: Doc, span: Span) -> bool:
        nxt = doc[span.end] if span.end < len(doc) else None
        return nxt is not None and nxt.text in self.lexicon.conflict_nouns and "\n" not in span[-1].whitespace_

    def _outlet_by_noun(self, doc: Doc, cs: int, ce: int):
        """The clean span of an outlet's name that a lower-case media noun follows, inside the entity ("Saba news
        agency" tagged whole) or right after it; None when no media noun follows."""
        toks = doc.char_span(cs, ce, alignment_mode="expand")
        if toks is None or not len(toks):
            return None
        for k in range(toks.start + 1, toks.end):
            n = self.lexicon.media_noun_at(doc, k)
            if n and k + n == toks.end:
                last = doc[k - 1]
                return (cs, last.idx + len(last)) if last.text[:1].isupper() else None
        return (cs, ce) if self.lexicon.media_noun_at(doc, toks.end) else None

    def _unlabelled_place(self, doc: Doc, span: Span, core: str) -> bool:
        """A name the NER gave a non-actor label (a people, a product) that a locative preposition governs
        or the city gazetteer knows: "an airstrike near Buulobarde" (PRODUCT), "over Omdurman" (NORP)."""
        words = core.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            return False
        if core.casefold() in self.lexicon.not_actors or self.dictionary.lookup(core) is not None \
                or self.dictionary.is_demonym(core):
            return False
        return _after_locative(doc, span) or normalise_name(core) in city_keys() \
            or _before_place_noun(doc, span, self.lexicon) \
            or span.label_ != "NORP" and _attacked_place(doc, span)   # "the Jaili refinery" tagged NORP; "burned Hpa Lan"


# The order is the rule: an earlier step's verdict wins.
_STEPS = (
    EntityClassifier._quoted_descriptor, EntityClassifier._trimmed, EntityClassifier._near_place,
    EntityClassifier._quoted_name, EntityClassifier._not_an_actor_by_lexicon, EntityClassifier._a_descriptor,
    EntityClassifier._a_bare_title, EntityClassifier._title_portfolio_dropped, EntityClassifier._by_dictionary_label,
    EntityClassifier._by_name_shape, EntityClassifier._other_label, EntityClassifier._by_dictionary,
    EntityClassifier._group_phrase, EntityClassifier._not_a_name, EntityClassifier._as_outlet,
    EntityClassifier._by_gazetteer_or_head, EntityClassifier._place_by_context,
    EntityClassifier._person_or_body_by_context, EntityClassifier._by_phoenix,
    EntityClassifier._person_by_given_name,
)


def _titled_holder_of(words: list[str], lexicon) -> bool:
    """"National Security Adviser of India", "Deputy Special Envoy of the UN": the words before "of" end in a
    capitalised person noun that is a title word (people.PERSON_NOUNS, lexicon.yaml `title_words`), so the phrase
    names an office and its state or body, not an organisation (issue 8, actors19)."""
    if "of" not in words[1:]:
        return False
    before = words[:words.index("of")]
    if any(lexicon.head_words.get(w) == "organization" for w in before):
        return False          # "Directorate General of Shipping": a body's head word before the title word
    return before[-1] in lexicon.title_words and before[-1].lower() in PERSON_NOUNS
