"""Names the NER misses, recovered by patterns: outlets, dated names, acronym definitions, people before
group nouns, transliterated compounds, particle places, en-dash pairs, photo credits, located group names."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...lexicons import phoenix_type
from ...resolve.names import normalise_name
from ..dates import DATED_NAME
from ..dictionary import city_keys
from .acronyms import ACRONYM_DEF, ACRONYM_SUFFIX, _expansion_before, _used_acronyms, hyphened_definitions
from .bodies import _apposed_body, _grouped_names, _names_before
from .stances import past_stance
from .filters import _common_word
from .people import _cued_people, _initial_subjects, _titled_appositions
from .titled_names import titled_name_runs
from .styled_names import styled_name_runs
from .places import _taken_places
from .spans import LEADING, _overlaps


# "Jaish-e-Mohammed", "Tehrik-i-Taliban Pakistan", "Hizb-ut-Tahrir": words joined by a transliterated particle,
# with a country's name closing a group's name ("Jamaat-ul-Mujahideen Bangladesh").
JOINED_NAME = re.compile(r"\b[A-Z][a-z']+(?:-(?:e|i|ul|ut|ud|us|al|el|o|wal)-[A-Z][a-z']+)+(?P<country> [A-Z][a-z]+\b)?")
# the capitalised word right before a transliterated compound
LEAD_WORD = re.compile(r"\b([A-Z][a-z']+) $")
# A definition: "Popular Mobilization Units (PMU, the umbrella ...)" or "... (IRGC)".
PARTICLE_PLACE = re.compile(r"\b[A-Z][\w']+(?:-(?:on|upon|sur|sous|des|de|du|la|le|les|en|am|an|der|del|di)-[A-Z][\w']+)+")


NAME_BEFORE_PAREN = re.compile(r"[A-Z][\w'-]*(?: (?:of|and|for|the) [A-Z][\w'-]*| [A-Z][\w'-]*)*(?= ?$)")
# Arabic-style names the NER misses: "Abu Fadak", "al-Kaabi", "Hadi al-Ameri".
ARABIC_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){0,2}(?:(?:al|Al|el|El|bin|Bin|ibn|Ibn)-[A-Z][a-z']+|(?:Abu|Abd|Abdul|Umm)\s+[A-Z][a-z']+(?:\s+al-[A-Z][a-z']+)?)")


DASH_PAIR = re.compile(r"([A-Z][\w'.]+(?: [A-Z][\w'.]+)?)[-\u2013]([A-Z][\w'.]+(?: [A-Z][\w'.]+)?)")


CREDIT = re.compile(r"(?:\u00a9|\(c\)|\bPhoto(?:graph)?:|\bCredit:)[ \t]*([^()\n]{3,120}?)[ \t]*(?:\)|$)", re.M)


LOCATED_TAIL = re.compile(r" in (?:the )?(?P<y>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})")


class RecoveredNames:
    """Names the NER misses (a part of ActorExtractor: reads its dictionary and lexicon)."""

    def _credits(self, text: str, found: list[list]):
        """A photo credit ("© Name/Agency /AP Images", "Photo: Name/Reuters") names the
        photographer (a person) and the agencies (media) that distribute the picture."""
        for m in CREDIT.finditer(text):
            pos = m.start(1)
            for k, part in enumerate(m.group(1).split("/")):
                name = part.strip()
                start = text.find(name, pos) if name else -1
                pos += len(part) + 1
                if start < 0 or not name[:1].isupper() or len(name.split()) > 5:
                    continue
                entry = self.dictionary.lookup(name)
                if entry is not None:
                    yield start, start + len(name), entry.type, f"dict:{entry.id}"
                elif k == 0 and 2 <= len(name.split()) <= 3 and all(w[:1].isupper() and w.isalpha() for w in name.split()):
                    yield start, start + len(name), "person", "rule:credit"
                else:
                    yield start, start + len(name), "media", "rule:credit"

    def _located_group_names(self, doc: Doc, text: str, found: list[list]) -> None:
        """A group's name that goes on with "in <place or word>": "The Islamic Movement in Nigeria", "the Union for
        Peace in the Central African Republic", "the SPLM in Opposition". Joined when the part after "in" is no
        actor of its own (a capitalised common word), or when a definite group name the dictionary does not know,
        whose head is a group noun or which has an of/for complement, is placed in a country or region (not a city:
        "the National Assembly in Caracas" stays two)."""
        drop = set()
        for f in sorted(found, key=lambda f: f[0]):
            if f[2] != "organization" or id(f) in drop:
                continue
            m = LOCATED_TAIL.match(text, f[1])
            if m is None:
                continue
            noun = re.match(r" ([a-z]+)", text[m.end():m.end() + 20])
            if noun and self.lexicon.is_place_noun(noun.group(1)):
                continue                  # "Islamic State in the Kunar valley": the group at a place named with its noun
            y_start = m.end() - len(m.group("y"))
            # the actor after "in" ("the Greater Sahara" may be found with its article, "Eastern Chad" as "Chad")
            y = next((g for g in found if y_start - 4 <= g[0] < m.end() and g is not f and id(g) not in drop), None)
            name = text[f[0]:f[1]]
            words = name.split()
            if y is None:
                end = m.end()                                           # "SPLM in Opposition": no actor after "in"
                words_after = doc.char_span(y_start, end, alignment_mode="expand")
                if _overlaps([(g[0], g[1]) for g in found if g is not f], f[1], end) or words_after is None \
                        or any(t.ent_type_ for t in words_after):        # "the Council in June": a date
                    continue
            else:
                definite = text[max(0, f[0] - 4):f[0]].lower() == "the "
                grouped = words[-1].lower() in self.lexicon.name_group_nouns or any(w in ("for", "of") for w in words)
                city = normalise_name(text[y[0]:y[1]]) in city_keys()
                # a known group goes on only into a region named with its article ("the Islamic State in the
                # Greater Sahara"); "the Syrian Democratic Forces in Manbij" is the group at a town
                region = m.group(0).startswith(" in the ")
                if not (definite and y[2] in ("country", "place") and not city and
                        (grouped and not f[3].startswith("dict:") or f[3].startswith("dict:") and y[2] == "place"
                         and region)):
                    continue
                end = y[1]
                drop.add(id(y))
            f[1] = f[5] = end
            f[3] = "rule:located_name"                                  # not the dictionary's group of the first part
        found[:] = [f for f in found if id(f) not in drop]

    def _defined_names(self, text: str, found: list[list], add) -> None:
        """A name the text defines by its acronym ("The Sudan People's Liberation Army (SPLA)") is one
        name, whatever pieces of it were found ("Sudan", "Liberation Army"): the pieces give way to it.
        Not when a piece is a person or reaches outside the defined words."""
        for m in ACRONYM_DEF.finditer(text):
            acro = m.group(1)
            before = (_expansion_before(text, m.start(), acro) or (None if " " in acro else
                      self._translated_expansion(text, m.start()))) if sum(c.isupper() for c in acro) >= 2 else None
            if before is None or len(before[2].split()) < 3 or before[2].casefold() in self.lexicon.not_actors:
                continue
            bs, be = before[0], before[1]
            pieces = [f for f in found if f[0] < be and bs < f[1]]
            # a person read inside a long body's name ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)" gave "Nusrat
            # al-Islam") when three or more capitals are spelled and the person does not open the name
            misread = sum(c.isupper() for c in acro) >= 3 and all(f[0] > bs for f in pieces if f[2] == "person")
            if (not pieces or any(f[0] < bs or f[1] > be for f in pieces)
                    or any(f[2] == "person" for f in pieces) and not misread
                    or any((f[0], f[1]) == (bs, be) for f in pieces)
                    or not (misread or any(f[2] == "organization" for f in pieces))):
                continue
            found[:] = [f for f in found if not (bs <= f[0] and f[1] <= be)]
            add(bs, be, self.lexicon.type_by_head(before[2]) or "organization", "rule:defined_name")

    def _joined_transliterations(self, text: str, found: list[list], add) -> None:
        """Names joined by a transliterated particle ("Jaish-e-Mohammed", "Tehrik-i-Taliban Pakistan",
        "Jamaat-ul-Mujahideen Bangladesh", "Mazar-e-Sharif") are one name, whatever pieces of it the NER
        found: a place when the gazetteer knows it, a group when its first word, or the compound's, opens group
        names. A word opening group names or a state's name right before the compound opens the name ("Jamiat
        Ulema-e-Islam", "Pakistan Tehreek-e-Insaf")."""
        for m in JOINED_NAME.finditer(text):
            s, e = m.span()
            country = m.group("country")
            if country and getattr(self.dictionary.lookup(country.strip()), "type", None) != "country":
                e = m.start("country")           # only a country's name closes the name
            lead = LEAD_WORD.search(text, max(0, s - 40), s)
            if lead and (lead.group(1) in self.lexicon.org_lead_words
                         or getattr(self.dictionary.lookup(lead.group(1)), "type", None) == "country"):
                s = lead.start(1)
            name = text[s:e]
            entry = self.dictionary.lookup(name)
            if entry is not None:
                type_ = entry.type
            elif normalise_name(name) in city_keys():
                type_ = "place"
            else:
                type_ = self.lexicon.type_by_head(name) or (
                    "organization" if m.group(0).split("-")[0] in self.lexicon.org_lead_words else None)
                if type_ is None:
                    continue
            if not _inside_only(found, s, e):
                continue
            found[:] = [f for f in found if not (s <= f[0] and f[1] <= e)]
            add(s, e, type_, "rule:joined_name")

    def _dated_names(self, text: str, found: list[list], add) -> None:
        """A date or year opening a group's name ("the March 23 Movement", "the 1920 Revolution Brigades") is part
        of it, whatever piece of it the NER found."""
        for m in DATED_NAME.finditer(text):
            s, e = m.span()
            if _inside_only(found, s, e) and any(f[0] < e and s < f[1] for f in found):
                entry = self.dictionary.lookup(m.group(0))
                found[:] = [f for f in found if not (s <= f[0] and f[1] <= e)]
                add(s, e, entry.type if entry else "organization", "rule:dated_name")

    def _particle_places(self, text: str, found: list[list], add) -> None:
        """Place names joined by a lower-case particle ("Rostov-on-Don", "Croix-des-Bouquets", "Stratford-upon-Avon")
        are one place, whatever pieces of it the NER found."""
        for m in PARTICLE_PLACE.finditer(text):
            s, e = m.span()
            if not _inside_only(found, s, e):
                continue
            entry = self.dictionary.lookup(m.group(0))
            found[:] = [f for f in found if not (s <= f[0] and f[1] <= e)]
            add(s, e, entry.type if entry else "place", f"dict:{entry.id}" if entry else "rule:particle_place")

    def _dash_pairs(self, ctx, text: str, found: list[list], add) -> None:
        """"the Abqaiq\u2013Khurais attack", "the Israel\u2013Hamas war": two names joined by an en dash before a
        lower-case noun are two actors (each by the dictionary, else a place), not one organisation."""
        for f in list(found):
            if not f[3].startswith("ner:") or "-" not in text[f[0]:f[1]] or not re.match(r" [a-z]", text[f[1]:f[1] + 2]):
                continue
            m = DASH_PAIR.fullmatch(text[f[0]:f[1]])
            if m is None or "\u2013" not in ctx.text(*ctx.span(f[0] + m.end(1), f[0] + m.start(2))):
                continue                         # the clean text writes every dash "-": the original has the en dash
            found.remove(f)
            for k in (1, 2):
                entry = self.dictionary.lookup(m.group(k))
                add(f[0] + m.start(k), f[0] + m.end(k), entry.type if entry else "place",
                    f"dict:{entry.id}" if entry else "rule:dash_pair")

    def _translated_expansion(self, text: str, paren: int):
        """"the National Liberation Army (ELN)": an acronym of the name in another language, defined right after
        a capitalised name that a group's head word closes (its initials cannot be checked)."""
        m = NAME_BEFORE_PAREN.search(text, max(0, paren - 100), paren)
        if m is None or len(m.group(0).split()) < 2 or self.lexicon.type_by_head(m.group(0)) != "organization":
            return None
        # "The Association of ... (ASEAN)", "Germany's Federal Intelligence Service (BND)": the article and the
        # possessor are no part of the name
        lead = LEADING.match(m.group(0)) or re.match(r"^\S+(?:'s|\u2019s)\s+", m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        if len(text[start:m.end()].split()) < 2:
            return None
        return start, m.end(), text[start:m.end()]

    def _recovered(self, doc: Doc, text: str, taken: list[tuple[int, int]], outlets: list[tuple[int, int]],
                   definitions: list[tuple[str, str]]):

        def free(s: int, e: int) -> bool:
            return not _overlaps(taken, s, e)

        for os, oe in outlets:                       # outlets of citation notes are media
            if free(os, oe):
                yield os, oe, "media", "rule:outlet"
                taken.append((os, oe))
        for m in DATED_NAME.finditer(text):                # "the March 23 Movement", "the March 14 Alliance"
            s, e = m.span()
            if free(s, e):
                entry = self.dictionary.lookup(m.group(0))
                yield s, e, entry.type if entry else "organization", "rule:dated_name"
                taken.append((s, e))
        for s, e, acro, expansion in hyphened_definitions(text):   # "... Movement-in-Opposition (SPLM-IO)"
            definitions.append((acro, expansion))
            if free(s, e):
                yield s, e, self.lexicon.type_by_head(expansion) or "organization", "rule:acronym"
        cited = set(outlets)
        for m in ACRONYM_DEF.finditer(text):          # "Popular Mobilization Units (PMU"
            acro = m.group(1)
            if sum(c.isupper() for c in acro) < 2 and not (acro[0].isupper() and acro[1:].isdigit()):
                continue
            s, e = m.span(1)
            # "(Express Tribune," and "the Coast Guard (AFP, May 2, 2023)" cite: a note's outlet translates no name
            before = _expansion_before(text, m.start(), acro) or (
                None if " " in acro or (s, e) in cited else self._translated_expansion(text, m.start()))
            if before:
                definitions.append((acro, before[2]))
            if before and (acro.casefold() in self.lexicon.not_actors or before[2].casefold() in self.lexicon.not_actors):
                continue                              # "Foreign Terrorist Organization (FTO)": a designation
            if before and free(s, e):
                entry = self.dictionary.lookup(acro)
                yield s, e, (entry.type if entry else self.lexicon.type_by_head(before[2]) or "organization"), "rule:acronym"
                taken.append((s, e))
            if before and free(before[0], before[1]):
                yield before[0], before[1], self.lexicon.type_by_head(before[2]) or "organization", "rule:expansion"
                taken.append((before[0], before[1]))
        for i, j in _initial_subjects(doc, self.dictionary, self.lexicon):   # "Naim Qassem said ..." the NER missed
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            if free(s, e) and phoenix_type(text[s:e], getattr(self, "_doc_date", None))[0] in (None, "person"):
                # "Voluntad Popular, the party of X, ...": a subject apposed to a body noun is the body
                body = _apposed_body(doc, doc[i:j])
                yield s, e, "organization" if body else "person", \
                    "rule:initial_subject_body" if body else "rule:initial_subject"
                taken.append((s, e))
        for i, j in titled_name_runs(doc, self.lexicon, self.dictionary):   # "Speaker Moses Wetang'ula announced"
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            if free(s, e) and not self.dictionary.lookup(text[s:e]):
                yield s, e, "person", "rule:titled_name"
                taken.append((s, e))
        for i, j in _cued_people(doc, self.dictionary, self.lexicon):   # "lecturer Getu Mak", "with Bret Baier of Fox News"
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            if free(s, e) and not self.dictionary.lookup(text[s:e]):
                yield s, e, "person", "rule:person_cue"
                taken.append((s, e))
        for i, j in styled_name_runs(doc, self.lexicon):   # "Prime Minister the Most Honourable Ana Reid" (actors26)
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            if free(s, e) and not self.dictionary.lookup(text[s:e]):
                yield s, e, "person", "rule:styled_name"
                taken.append((s, e))
        for i, j in _grouped_names(doc, self.lexicon.name_group_nouns):                # "Mozambique's RENAMO movement", "the Abu Sayyaf group"
            i = past_stance(doc, i, j, self.lexicon)                                    # "the Islamist Ennahda party"
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            name = text[s:e]
            if (free(s, e) and name.casefold() not in self.lexicon.not_actors and not self.dictionary.is_demonym(name)
                    and not any(w.casefold() in self.lexicon.not_actor_words for w in name.split())):
                entry = self.dictionary.lookup(name)
                yield s, e, entry.type if entry else "organization", "rule:group_noun"
                taken.append((s, e))
        media_first = {phrase[0] for phrase in self.lexicon.media_nouns}
        for i, j in _names_before(doc, media_first, lambda k: self.lexicon.media_noun_at(doc, k)):   # "its Amaq news agency"
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            if free(s, e) and not self.dictionary.is_demonym(text[s:e]):
                entry = self.dictionary.lookup(text[s:e])
                yield s, e, entry.type if entry else "media", "rule:media_noun"
                taken.append((s, e))
        for i, j in _names_before(doc, self.lexicon.conflict_nouns):   # "the Tigray war"
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            name = text[s:e]
            if free(s, e) and not self.dictionary.is_demonym(name) and name.casefold() not in self.lexicon.not_actors \
                    and not name.isupper() and not any(t.text in self.lexicon.head_words for t in doc[i:j]):
                entry = self.dictionary.lookup(name)
                yield s, e, entry.type if entry else "place", "rule:conflict_noun"
                taken.append((s, e))
        for i, j in _taken_places(doc):                       # "retook Timbuktu", "seized Bouake" (untagged)
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            name = text[s:e]
            if (free(s, e) and not self.dictionary.is_demonym(name) and name.casefold() not in self.lexicon.not_actors
                    and not any(t.text in self.lexicon.head_words or self.lexicon.is_title_token(t) for t in doc[i:j])
                    and not _common_word(doc, doc[i].text)):
                entry = self.dictionary.lookup(name)
                yield s, e, entry.type if entry else "place", "rule:taken_place"
                taken.append((s, e))
        for i, j in _titled_appositions(doc, self.lexicon):   # "Ihor Taburets, the regional governor of ..."
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            if free(s, e) and not self.dictionary.lookup(text[s:e]):
                yield s, e, "person", "rule:apposed_title"
                taken.append((s, e))
        for i in _used_acronyms(doc, self.lexicon):        # "the ELN's chief negotiator", "RSF fighters"
            s, e = doc[i].idx, doc[i].idx + len(doc[i])
            suffix = ACRONYM_SUFFIX.match(text, e)
            if suffix:
                e = suffix.end()               # "SPLM-N": a branch's letter after a hyphen is part of the name
            if free(s, e) and not self.dictionary.is_demonym(doc[i].text):
                entry = self.dictionary.lookup(doc[i].text)
                yield s, e, entry.type if entry else "organization", "rule:used_acronym"
                taken.append((s, e))
        for m in ARABIC_NAME.finditer(text):
            s, e = m.span()
            while s < e and (text[s:e].split()[0] in self.lexicon.title_words or text[s:e].split()[0] == "The"):
                s += len(text[s:e].split()[0]) + 1
                while s < e and text[s] == " ":
                    s += 1
            if e - s < 4 or not free(s, e):
                continue
            entry = self.dictionary.lookup(text[s:e])
            type_ = entry.type if entry else (self.lexicon.type_by_head(text[s:e]) or "person")
            after = text[e:e + 30].split()
            if entry is None and after and after[0].strip(",.;") in self.lexicon.name_group_nouns:
                type_ = "organization"           # "the Abu Sayyaf group", "Abu Hafs militants": a group's name
            yield s, e, type_, "rule:arabic_name"
            taken.append((s, e))


def _inside_only(found: list[list], s: int, e: int) -> bool:
    """No mention found runs out of the span s..e nor is it already."""
    pieces = [f for f in found if f[0] < e and s < f[1]]
    return not (any(f[0] < s or f[1] > e for f in pieces) or any((f[0], f[1]) == (s, e) for f in pieces))
