"""Actor mentions: dictionary names, statistical NER repaired by rules, and
names the NER misses (acronym definitions, Arabic name patterns, citation outlets).

Every mention keeps its original offsets, the producing rule in ``label``
(``dict:<id>``, ``ner:ORG``, ``rule:acronym`` ...) and this component's name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .field_pairs import joined_field_pairs
from ...model import Mention
from ...resolve.names import normalise_name
from ..dictionary import ActorDictionary, city_keys, Lexicon, load_dictionary, load_lexicon
from ..spans import SpanIndex
from .acronyms import ACRONYM, _english_in_capitals
from .aliases import _declared_aliases
from .bodies import TRAILING_NOUNS, _body_in_title
from .branches import branch_after_hyphen
from .extending import (closing_state, _article_named_body, _extend_cut_before_state, _extend_of_conjunct,
                        party_of_state, _extend_of_generic_body, _extend_of_name, _extend_person, _extend_to_head,
                        _numbered_unit, _place_before_noun, _split_leader_of)
from .formal_names import formal_names
from .of_cut_names import of_cut_name
from .governments import government_short_forms
from .headings import _drop_heading_only
from .head_led_names import head_led_names
from .topic_bodies import topic_bodies
from .honored import _honored_runs
from .hyphen_suffixes import hyphened_suffix
from .titled import _split_title_inside
from .joining import _headed_runs, _joined_entities, _opened_names
from .people import REGIME_PHRASE, _join_initialled_people, _nicknamed_people, _pronouns, _type_person_lists
from .places import _cities_named_for_states, _dateline_place, _listed_with_place, _named_by_place_noun, _near_places, _seat_in_locative
from .roles import _office_holders, _roles, _titles_after_holders
from .complement_holders import complement_holders
from .apposed_holders import split_apposed_holder
from .run_places import split_run_places
from .state_ministries import ministry_of_state
from .spans import _outlet_spans, _overlaps, _reread_after_breaks, _split_lines
from .widening import _honorific_core, _widen
from .calendar import trim_dates
from .for_names import for_named_body
from .region_bodies import region_named_bodies
from .republic_bodies import republic_bodies
from .voting_bodies import voting_body_tokens
from .untagged_bodies import untagged_bodies
from .cited_outlets import cited_outlets
from .title_places import jurisdiction_of
from .coordinated_names import coordinated_names
from .classify import EntityClassifier
from .word_led_bodies import word_led_body
from .cut_people import article_surname_end, join_cut_surnames, leader_name_end
from .cut_ends import joined_cut_ends
from .hyphen_given_names import hyphened_given_names
from .listed_names import listed_acronyms
from .stance_parties import stance_led_parties
from .datelines import credited_outlets
from .name_headings import name_headings
from .particle_names import particle_names
from .compass_names import compass_names
from .named_companies import named_companies
from .governments import split_plural_governments
from .apposed_outlets import apposed_outlets, retype_apposed_outlets
from .landmarks import landmark_places, untagged_landmarks
from .community_words import community_words
from .where_places import where_places
from .state_styles import state_styles
from .untagged_cities import untagged_cities
from .bare_styles import bare_styles
from .place_led_bodies import place_led_bodies
from .seat_led_bodies import seat_led_bodies
from .led_bodies import posted_body, state_led_bodies
from .recovered import RecoveredNames
from .stances import trim_stances
from .clause_openers import trim_openers
from .states import StateMentions
from .surnames import surnames_again
from .companies import untagged_after_company_noun
from .state_pair_bodies import state_pair_bodies
from .courtesy_styles import styled_core
from .title_places import places_before_jurisdiction_titles, title_word_start
from ..doc_text import doc_text
from ..doc_tokens import tokens_kept
from ..doc_tokens import doc_tokens


class ActorExtractor(EntityClassifier, StateMentions, RecoveredNames):
    """Actor mentions from actor dictionaries, NER repaired by rules, and name patterns."""
    name = "foothold.actors.v1"
    requires = ("doc", "citations")
    provides = ("mentions",)

    def __init__(self, dictionary: ActorDictionary | None = None, lexicon: Lexicon | None = None):
        self.dictionary = dictionary or load_dictionary()
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, ctx) -> None:
        with tokens_kept(ctx.doc):             # the rules' walks over the whole document share one Token list (perf3)
            self._read(ctx)

    def _read(self, ctx) -> None:
        doc: Doc = ctx.doc
        text = doc_text(doc)                   # Doc.text joins every token: read it once
        found: list[list] = []                 # [clean start, clean end, type, label, core start, core end]
        taken = SpanIndex()                    # clean spans already mentioned (overlap queries by position)

        def add(cs: int, ce: int, type_: str, label: str) -> None:
            if ce > cs and text[cs:ce].strip():
                found.append([cs, ce, type_, label, cs, ce])
                taken.append((cs, ce))

        outlets = _outlet_spans(ctx)
        self._doc_date = ctx.document.date.iso if ctx.document.date else None
        self._entity_mentions(doc, text, outlets, add)
        # "the Russia-" + "Cuba Business Council", "the Joint Iranian-Iraqi Chamber of Commerce" (actors23)
        state_pair_bodies(doc, found, taken, self.lexicon, self.dictionary, add)
        trim_dates(text, found)                # "On 21 October Kataib Hezbollah": the month is the date's
        trim_stances(text, found, self.lexicon)    # "the Maoist Janamorcha party": the stance is no name word
        self._context_places(doc, text, found, taken, add)
        self._missed_names(ctx, doc, text, outlets, found, taken, add)
        for cs, ce in listed_acronyms(doc, [(f[0], f[1]) for f in found if f[2] == "organization"], taken,
                                      self.lexicon.abbreviations):
            add(cs, ce, "organization", "rule:listed_acronym")   # "the agencies ISI and MI" (actors21)
        self._whole_names(ctx, text, found, outlets, add)
        name_headings(text, found, add, self.lexicon.title_words)      # "SULTANI MAKENGA" over "The military commander of ..."
        for cs, ce in surnames_again(doc, text, found, taken):
            add(cs, ce, "person", "rule:surname_again")
        self._name_phrases(doc, text, found, taken, add)
        government_short_forms(text, found)    # "The Federal Government reaffirms": the state named before
        self._drop_swallowed(text, found)
        self._retyped(doc, text, found)
        retype_apposed_outlets(doc, found, self.dictionary)   # "Kaleidoscope, an online newspaper," (actors28)
        self._titles(doc, found, taken, add)
        ctx.data.setdefault("office_holders", []).extend(
            (title, ctx.span(hs, he)) for title, hs, he in _office_holders(doc, self.lexicon))
        people = [(f[0], f[1]) for f in found if f[2] == "person" and not f[3].startswith(("role", "pronoun"))]
        for title, hs, he, form in complement_holders(doc, self.lexicon, people):   # "The President of X, Y" (evargs11)
            ctx.data["office_holders"].append((title, ctx.span(hs, he)))
            ctx.data.setdefault("holder_forms", {})[(title, ctx.span(hs, he))] = form
        where_places(text, found, self._known_type)   # "visited Ushuaia, where ...": a place
        # "the Kabyle people", "the Meitei majority": a people's word, no actor
        community_words(text, found, self._known_type, self.lexicon.name_group_nouns | self.lexicon.group_nouns)
        trim_openers(text, found)              # "When the X ended ...": the subordinator is no name word (evargs9)
        mentions = self._mentions(ctx, found)
        mentions = _drop_heading_only(mentions, ctx.document.metadata.get("headings") or [], ctx)
        mentions.sort(key=lambda m: (m.start, -m.end))
        ctx.data.setdefault("alias_definitions", []).extend(_declared_aliases(mentions, ctx.document.text))
        ctx.mentions.extend(mentions)

    def _entity_mentions(self, doc: Doc, text: str, outlets: list[tuple[int, int]], add) -> None:
        """The NER's entities, repaired (joined, extended, split) and typed."""
        reached = 0                            # the end of an entity extended over the next one
        ents = join_cut_surnames(doc, _joined_entities(doc, self.dictionary), self.lexicon, self.dictionary)
        ents = split_plural_governments(doc, ents)   # "the Governments of" + "Chile and Peru" (actors28)
        ents = joined_cut_ends(doc, ents, self.lexicon, self.dictionary)   # "Stara" + "Zagora", "Badruddin al-" + "Houthi"
        ents = hyphened_given_names(doc, ents, self.dictionary)   # "President Moon Jae" + "-in"
        ents = stance_led_parties(doc, ents, self.lexicon, self.dictionary)   # "the opposition Democratic Moldova"
        ents = joined_field_pairs(doc, ents, self.dictionary, self.lexicon)   # "Communications and Media Commission"
        ents = _headed_runs(doc, _reread_after_breaks(doc, ents), self.lexicon)
        ents = _honored_runs(doc, ents, self.lexicon)
        ents = place_led_bodies(doc, ents, self.lexicon, self.dictionary)    # "the Ghana Ports and Harbours Authority" whole
        ents = seat_led_bodies(doc, ents, self.lexicon)    # fixes13: "the White House National Security Council" whole
        ents = region_named_bodies(doc, ents, self.lexicon, self.dictionary)   # "the Stimson Middle East Institute"
        ents = coordinated_names(doc, ents, self.lexicon, self.dictionary)   # "the Communications and Media Commission"
        ents = state_led_bodies(doc, ents, self.lexicon)    # "the United States Department of Defense" whole
        starts = {e.start: e for e in ents}
        for ent in _opened_names(doc, ents, self.lexicon):
            if ent.start < reached:
                continue                       # "Tamil Eelam" inside "the Liberation Tigers of Tamil Eelam"
            ent = _article_named_body(of_cut_name(ent), self.lexicon, self.dictionary)   # "the Alliance of" + "Sahel States"
            ent = word_led_body(ent, self.lexicon, self.dictionary)   # "the Milli" + "Majlis" (actors26)
            ent = posted_body(_extend_to_head(ent, self.lexicon), starts, self.lexicon)   # "the UN Mission for X"
            ent = _numbered_unit(_extend_of_name(for_named_body(ent, self.lexicon), self.lexicon), self.lexicon)
            ent = _extend_of_conjunct(ent, self.lexicon, self.dictionary)
            generic_end = ent.end
            ent = _extend_of_generic_body(_extend_cut_before_state(party_of_state(ministry_of_state(ent, self.lexicon, self.dictionary)),
                                                                   self.lexicon), self.lexicon,
                                          self.dictionary)   # "the Tudeh Party" + "of Iran" whole (actors26)
            if ent.end > generic_end and (state := closing_state(ent, self.dictionary)) is not None:
                add(*state)                    # the state the extension ran over stays mentioned ("... of the
                                               # Philippines"); one inside a name the NER tagged whole is not
            ent = hyphened_suffix(leader_name_end(_place_before_noun(ent, self.lexicon)), self.lexicon)
            ent = article_surname_end(ent)     # "Abu Fadak" + "al-Mohammadawi" (actors26)
            reached = ent.end
            if (branch := branch_after_hyphen(ent, self.lexicon)) is not None:
                self._add_classified(branch, outlets, text, add)   # "... Army-Eastern War Front": the branch too
                reached = branch.end
            for piece in (u for line in _split_lines(_extend_person(ent, self.lexicon, self.dictionary))
                          for p in _split_leader_of(line, self.lexicon, self.dictionary)
                          for q in _split_title_inside(p, self.lexicon)
                          for t in split_apposed_holder(q, self.lexicon)   # "the Organization, X" (relties10)
                          for u in split_run_places(t, self.lexicon, self.dictionary)):   # "Eastport and Westhaven" (actors29)
                self._add_classified(piece, outlets, text, add)

    def _add_classified(self, span, outlets: list[tuple[int, int]], text: str, add) -> None:
        got = self._classify(span, outlets, text)
        if got is not None:
            (cs, ce), type_, label = got
            add(cs, ce, type_, label)

    def _context_places(self, doc: Doc, text: str, found: list[list], taken: SpanIndex, add) -> None:
        """Places the NER missed, read from their context: "Near X,", listed with a place, after a place noun, a dateline."""
        for cs, ce in _near_places(doc, taken):
            add(cs, ce, "place", "rule:near")
        for cs, ce in untagged_cities(doc, taken, self.dictionary):   # "a camp near Durres" (actors27)
            add(cs, ce, "place", "rule:untagged_city")
        for cs, ce in untagged_landmarks(doc, taken, self.dictionary, self.lexicon):   # "the Dukan reservoir" (actors28)
            add(cs, ce, "place", "rule:untagged_landmark")
        for cs, ce in _listed_with_place(doc, [(f[0], f[1]) for f in found if f[2] == "place"], taken):
            add(cs, ce, "place", "rule:listed_place")
        for cs, ce in _named_by_place_noun(doc, self.lexicon, self.dictionary, taken):
            add(cs, ce, "place", "rule:place_noun_of")
        for cs, ce in places_before_jurisdiction_titles(doc, self.lexicon, self.dictionary):
            same = [f for f in found if (f[0], f[1]) == (cs, ce)]   # "Ontario Premier X", "Kwara governor X" (actors23)
            for f in same:
                if f[2] in ("person", "organization") and not f[3].startswith(("dict:", "outlet:")):
                    f[2], f[3] = "place", "rule:jurisdiction"
            if not same and not _overlaps(taken, cs, ce):
                add(cs, ce, "place", "rule:jurisdiction")
        for cs, ce in _dateline_place(text):
            entry = self.dictionary.lookup(text[cs:ce].title())
            known = entry is not None or normalise_name(text[cs:ce]) in city_keys()
            # "FILE - A man walks ...": a photo caption's word, no place
            if not _overlaps(taken, cs, ce) and (known or not any(_english_in_capitals(w.lower())
                                                                  for w in text[cs:ce].split())):
                add(cs, ce, entry.type if entry and entry.type in ("place", "country") else "place", "rule:dateline")

    def _missed_names(self, ctx, doc: Doc, text: str, outlets: list[tuple[int, int]], found: list[list],
                      taken: SpanIndex, add) -> None:
        """Demonyms, names the NER missed (recovered by patterns), and acronyms found as bodies written again."""
        for cs, ce, label in self._demonyms(doc, taken, found):
            add(cs, ce, "country", label)
        for cs, ce, type_, label in list(self._hyphened_states(doc, taken)):
            add(cs, ce, type_, label)
        for cs, ce in apposed_outlets(doc, self.dictionary):   # "X.news, a news site run by exiles" (actors28)
            if not _overlaps(taken, cs, ce):
                add(cs, ce, "media", "rule:apposed_outlet")
        for cs, ce in untagged_after_company_noun(doc, taken):
            add(cs, ce, "organization", "rule:company_noun")   # "the Algerian national company Sonatrach" (actors23)
        for cs, ce in republic_bodies(doc, self.lexicon):      # "the Presidency of the Republic (of X)" (actors24)
            if not any(f[0] <= cs < f[1] for f in found):
                add(cs, ce, "organization", "rule:republic_body")
        for i in untagged_bodies(doc, self.lexicon, self.dictionary):   # "Sovcomflot said its ships ..." (actors24)
            cs, ce = doc[i].idx, doc[i].idx + len(doc[i])
            if not _overlaps(taken, cs, ce) and not any(f[0] < ce and cs < f[1] for f in found):
                add(cs, ce, "organization", "rule:untagged_body")
        for i in voting_body_tokens(doc, self.lexicon, self.dictionary):   # "the Storting approved the bill" (actors24)
            cs, ce = doc[i].idx, doc[i].idx + len(doc[i])
            same = [f for f in found if (f[0], f[1]) == (cs, ce)]
            for f in same:
                if f[2] in ("person", "place", "country") and f[3].startswith(("ner:", "rule:locative", "rule:gazetteer")):
                    f[2], f[3] = "organization", "rule:voting_body"
            if not same and not _overlaps(taken, cs, ce):
                add(cs, ce, "organization", "rule:voting_body")
        definitions = ctx.data.setdefault("acronym_definitions", [])
        for cs, ce, type_, label in self._recovered(doc, text, taken, outlets, definitions):
            add(cs, ce, type_, label)
        # an acronym found as a body once names it wherever written again ("an SMM armoured vehicle", "suspected ADF
        # combatants" after "the Allied Democratic Forces (ADF)")
        bodies = {text[f[0]:f[1]]: f[2] for f in found if f[2] in ("organization", "media")
                  and ACRONYM.match(text[f[0]:f[1]]) and text[f[0]:f[1]] not in self.lexicon.abbreviations}
        for tok in doc_tokens(doc) if bodies else ():
            if tok.text in bodies and not _overlaps(taken, tok.idx, tok.idx + len(tok.text)):
                add(tok.idx, tok.idx + len(tok.text), bodies[tok.text], "rule:acronym_again")

    def _whole_names(self, ctx, text: str, found: list[list], outlets: list[tuple[int, int]], add) -> None:
        """Whole names replacing the pieces found in them: defined names, dash pairs, transliterations, particle
        places, nicknames, photo credits; states named at the head of a body's name or by their formal name."""
        self._defined_names(text, found, add)
        formal_names(ctx.doc, found, self.lexicon, add)   # "the Office of the United Nations High Commissioner ..."
        head_led_names(ctx.doc, found, self.lexicon, add)   # "the Headquarters for the Restoration of the Holy Shrines"
        topic_bodies(ctx.doc, found, self.lexicon, add)   # "the Kenya National Commission on Human Rights"
        self._dash_pairs(ctx, text, found, add)
        self._joined_transliterations(text, found, add)
        self._dated_names(text, found, add)
        _cities_named_for_states(text, found, add)
        self._particle_places(text, found, add)
        particle_names(text, found, add)           # "Santiago de Cuba", "Electricité du Laos"
        compass_names(text, found, add)            # "the Southern" + "Iraq Rights Monitor": one body
        state_styles(text, found, self.dictionary, add)   # "the State of Kuwait": the state Kuwait
        bare_styles(text, found, self.dictionary, add)    # "the Islamic Republic" alone: the state Iran
        named_companies(ctx.doc, found, add, self.lexicon.title_words)       # "the Iraq-based airline Fly Baghdad": one company
        _nicknamed_people(text, found, add, self.lexicon)
        credits = [*self._credits(text, found), *credited_outlets(text, self.dictionary)]
        for cs, ce, type_, label in credits:   # "(© Morteza Akhoondi/Mehr News Agency /AP Images)", "(Tigris Wire)"
            for f in found:
                if f[0] < ce and cs < f[1]:
                    f[0:6] = [cs, ce, type_, label, cs, ce]
                    break
            else:
                add(cs, ce, type_, label)
        cited_outlets(text, found, outlets, self.dictionary, self.outlet_type, add)   # "(UN News, June 18, 2024)"
        for cs, ce, label in self._prefixed_states(text, found):
            found.append([cs, ce, "country", label, cs, ce])
        for cs, ce, label in self._formal_states(text):      # "the Kyrgyz Republic": Kyrgyzstan, named whole
            # a body named for the state ("the State Committee for National Security of the Kyrgyz Republic")
            # keeps its whole name; the state inside it is a mention of its own, as any country in a name
            found[:] = [f for f in found if not (f[0] < ce and cs < f[1]) or f[2] == "organization"
                        and f[0] < cs and ce <= f[1] and f[1] - ce <= 1]
            add(cs, ce, "country", label)

    def _name_phrases(self, doc: Doc, text: str, found: list[list], taken: SpanIndex, add) -> None:
        """Each mention's name (its core) and the phrase it heads: a group noun after the name, initialled people,
        national societies, located group names, titles and group phrases, honorifics, members of a body."""
        for f in found:                        # "ZANU-PF party", "Jinotega province" tagged whole: the name is before the noun
            if f[3].startswith(("ner:", "phoenix:", "head:")) and (f[0], f[1]) == (f[4], f[5]):
                words = text[f[0]:f[1]].split()
                if len(words) >= 2 and words[-1] in TRAILING_NOUNS and words[-2][:1].isupper():
                    f[5] = text.rindex(words[-1], f[0], f[1]) - 1
                    while f[5] > f[0] and text[f[5] - 1].isspace():
                        f[5] -= 1
        # "the Christian party", "Sunni militias" tagged whole: a faith's or people's word before the noun names no body
        found[:] = [f for f in found if (f[4], f[5]) == (f[0], f[1]) or f[2] != "organization"
                    or text[f[4]:f[5]].casefold().removeprefix("the ") not in self.lexicon.not_actors]
        _join_initialled_people(text, found)  # "Joseph R." + "Biden, Jr.": one person
        self._national_societies(text, found, add)
        self._located_group_names(doc, text, found)
        for item in found:                     # widen to the title or group phrase the name heads
            _widen(doc, item, self.lexicon, taken)
        landmark_places(text, found, self._known_type)   # "Ibn Sina hospital", "the Kariba reservoir": places
        for item in found:
            _honorific_core(text, item, self.lexicon)
            styled_core(text, item)            # "The Hon Anthony Albanese MP": the name between (actors23)
        # "Coalition nations": a group phrase naming an organisation's members is not the
        # organisation; it names a group actor of its own
        for f in found:
            if f[2] == "organization" and f[1] > f[5] and text[f[0]:f[1]].split()[-1].lower() in self.lexicon.member_nouns:
                f[3], f[4], f[5] = "rule:members", f[0], f[1]

    def _known_type(self, name: str) -> str | None:
        """The type of the actor-dictionary entry a name is, else None."""
        entry = self.dictionary.lookup(name)
        return entry.type if entry is not None else None

    def _drop_swallowed(self, text: str, found: list[list]) -> None:
        """Mentions inside a widened mention dropped where the same actor is named on its own elsewhere."""
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
        found[:] = [f for f in found if not ((f[3].startswith("demonym:") or f[2] in ("country", "place", "organization"))
                                             and swallowed(f) and not _body_in_title(f, found)
                                             and (key(f) in free_keys
                                                  or (f[2] != "country" and
                                                      any(ls < f[0] and f[1] <= le for ls, le in located))))]

    def _retyped(self, doc: Doc, text: str, found: list[list]) -> None:
        """Types read again from the mentions around: names listed between people, a body named after its building."""
        _type_person_lists(found, text)
        for f in found:                        # "in the Oval Office", "at the White House": the building
            if f[2] == "organization" and _seat_in_locative(doc, f[0], f[1]):
                f[2] = "place"

    def _titles(self, doc: Doc, found: list[list], taken: SpanIndex, add) -> None:
        """Pronouns, bare titles standing for a person; a place inside a person's title is no mention."""
        for cs, ce, type_, label in _pronouns(doc, taken):
            add(cs, ce, type_, label)
        for cs, ce, type_, label, ns, ne in _roles(doc, taken, self.lexicon, [(f[0], f[1]) for f in found]):
            add(cs, ce, type_, label)
            found[-1][4:6] = [ns, ne]
        people = [(f[0], f[1]) for f in found if f[2] == "person" and not f[3].startswith("role:")]
        for cs, ce, type_, label, ns, ne in list(_titles_after_holders(doc, people, self.lexicon)):
            add(cs, ce, type_, label)
        # a region named inside a person's title ("Minister for the Middle East Tobias
        # Ellwood", "Minister for the Middle East, Tobias Ellwood") is part of the title, no mention
        # (from its first title word: "Alberta Premier X" keeps Alberta, the title's jurisdiction, actors23)
        titles = [(title_word_start(doc, f[0], f[4], self.lexicon), f[4]) for f in found
                  if f[2] == "person" and f[4] > f[0]]
        titles += [(f[0], f[1]) for f in found                # (a title after its holder keeps its places:
                   if f[3].startswith("role:") and not f[3].startswith("role:follows:")]   # "the leader of X")
        # a rating's words ("Hospital Corpsman 2nd Class X") are all the rank: no body inside
        text = doc_text(doc)    # built afresh by spaCy at every access: once here, not once per person
        ratings = [(f[0], f[4]) for f in found if f[2] == "person" and self._is_rating(text[f[0]:f[4]])]
        found[:] = [f for f in found if (f[2] != "place"       # bodies there stay actors ("Secretary of the SNSC")
                                         or not any(ts <= f[0] and f[1] <= te for ts, te in titles)
                                         or _jurisdiction_at(doc, f[0], f[1]))   # "the Mayor of X, Y" (actors25)
                    and not (f[2] == "organization" and any(ts <= f[0] and f[1] <= te for ts, te in ratings))]

    def _is_rating(self, title: str) -> bool:
        words = title.split()
        return len(words) >= 3 and words[-1] == "Class" and words[-2] in self.lexicon.rank_class_ordinals

    def _mentions(self, ctx, found: list[list]) -> list[Mention]:
        """Mentions at original offsets, the name inside a widened mention recorded in ctx.data["mention_names"]."""
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
        return mentions


def _jurisdiction_at(doc: Doc, cs: int, ce: int) -> bool:
    """The place is a jurisdiction title's ("the Mayor of X, Y,": title_places.jurisdiction_of): the place the
    holder leads, an actor of its own though the role's span takes it in."""
    span = doc.char_span(cs, ce, alignment_mode="expand")
    return span is not None and jurisdiction_of(span)
