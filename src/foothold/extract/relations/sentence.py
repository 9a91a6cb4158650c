"""A sentence under reading: token access, phrase matching and noun-phrase navigation
shared by every reader (titles, part_of, alignment, cues)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from ...resolve.names import normalise_name
from .ages import before_age
from .apposed_anchor import apposed_anchor
from .conditions import under_condition
from .found import Found
from .index import Ref, TokenIndex
from .known import dictionary_country
from ..actors.royal_bodies import royal_lead
from .lexicon import DETERMINERS, POSSESSIVE, RoleLexicon, longest_match

PAREN_DEPTH = {"(": 1, ")": -1}
NON_STATE_GROUPS = {"group", "militia", "faction", "movement"}   # nouns a state's office is never called
STATE_OFFICES = {"department", "ministry", "office"}              # words naming a government office
RELATIONAL = {"neighbors", "neighbours", "neighbor", "neighbour", "allies", "ally", "partners", "enemies", "rivals",
              "adversaries", "opponents", "critics"}


STYLE_DEGREES = {"most", "right"}      # "the Most Honourable", "the Right Honourable": a courtesy style's degree
APPOSITION_DETERMINERS = {"another"}     # "X, another faction close to Y" opens an apposition as "a" does


def unnamed_of_phrase(doc, k: int) -> bool:
    """doc[k] opens the unnamed object of an 'of' hung on the noun before it ("alliance of [Shi'ite parties]"):
    the description's head is that noun, so an apposition read right to left goes on past the 'of'."""
    if k < 2 or doc[k - 1].lower_ != "of":
        return False
    of = doc[k - 1]
    return of.head.i == k - 2 and of.head.pos_ == "NOUN" and any(c.dep_ == "pobj" and c.i >= k for c in of.children)


class Sentence:
    def __init__(self, sent, idx: TokenIndex, lex: RoleLexicon, found: Found, ctx, n: int, recent_heads):
        self.sent, self.idx, self.lex, self.found, self.ctx = sent, idx, lex, found, ctx
        self.doc = sent.doc
        self.words = idx.lower
        self.lo, self.hi = sent.start, sent.end
        self.n = n
        self.recent_heads = recent_heads
        self.holder_of: dict[int, Ref] = {}        # token of a title phrase → its holder
        self.last_scope: tuple[int, Ref] | None = None   # (end token, country) of the last titled holder

    @cached_property
    def tokens(self) -> list:
        """The sentence's tokens, made once: some twenty-five readers walk the whole sentence, and iterating the Span
        makes a new Token object per word each time (perf3). The relations component never retokenizes, and a Token
        reads its parse live, so the list stays true while the sentence is read."""
        return list(self.sent)

    # ---- helpers
    def w(self, i: int) -> str:
        return self.words[i] if self.lo <= i < self.hi else ""

    def match(self, i: int, phrases) -> int:
        """Length of the longest phrase starting at token i, 0 if none."""
        return longest_match(self.words, i, self.hi, phrases) if i >= self.lo else 0

    def paren_depth(self, j: int) -> int:
        return PAREN_DEPTH.get(self.w(j), 0)

    def skip_parenthetical(self, i: int) -> int:
        """i if doc[i] is no '('; else the index just after its ')'."""
        if self.w(i) == "(":
            depth = 0
            for j in range(i, self.hi):
                depth += self.paren_depth(j)
                if depth == 0:
                    return j + 1
        return i

    def close_open_paren(self, start: int, end: int) -> int:
        """If a '(' opened inside [start, end) is still open (a mention swallowed it), skip past its ')'."""
        depth = sum(self.paren_depth(j) for j in range(start, end))
        j = end
        while depth > 0 and j < self.hi:
            depth += self.paren_depth(j)
            j += 1
        return j if depth == 0 else end

    def skip_parenthetical_back(self, i: int) -> int:
        """i is the index just after a span; if doc[i-1] is ')', return the index of its '('."""
        if self.w(i - 1) == ")":
            depth = 0
            for j in range(i - 1, self.lo - 1, -1):
                depth -= self.paren_depth(j)
                if depth == 0:
                    return j
        return i

    def state_of_forces(self, tok) -> Ref | None:
        """The country whose unnamed forces a noun names ("the Burmese military", "Sudan's army"), else None."""
        if tok is None or tok.pos_ != "NOUN" or not {tok.lemma_.lower(), tok.lower_} & self.lex.state_force_nouns:
            return None
        own = self.idx.ref(tok.i)
        if own is not None:                    # "Burmese military" laid as one mention of its country
            return own if own.type == "country" else None
        return next((r for c in tok.children if c.dep_ in ("amod", "compound", "poss")
                     and (r := self.idx.ref(c.i)) is not None and r.type == "country"), None)

    def apposition_anchor(self, noun: int) -> list[Ref]:
        """'X, a pro-Iranian militia' → X: the actor a descriptive noun phrase is in apposition to."""
        k = noun
        while k > self.lo:
            r = self.idx.ref(k - 1)
            if r is not None and not r.demonym:
                if (self.w(k) == "-" or self.doc[k - 1].dep_ in ("compound", "amod", "npadvmod")):
                    k = r.start                # a name modifying the noun: "an Iran-backed militia", "a FARC splinter"
                    continue
                break
            if unnamed_of_phrase(self.doc, k):
                k -= 2                         # "X, the alliance of Shi'ite parties close to Y": past "alliance of"
                continue
            if not (self.doc[k - 1].pos_ in ("ADJ", "NOUN", "PROPN", "DET") or self.doc[k - 1].dep_ == "amod"
                    or self.w(k - 1) == "-" or r is not None):
                break
            k -= 1
        if self.w(k - 1) == "," and (self.w(k) in DETERMINERS or self.w(k) in APPOSITION_DETERMINERS):
            r = self.idx.ref_ending(self.skip_parenthetical_back(before_age(self, k - 1)) - 1)   # "X, 53, a ..."
            if r and not r.demonym and r.type in ("person", "organization", "media"):
                return [r]
        return []

    def pronoun_owner(self, j: int) -> Ref | None:
        """The organisation or country an 'its'/'their' at token j stands for: the nearest one named before it
        in the sentence, with no person between (whose 'their' would be ambiguous); in "designated X, which
        imported parts from Russia, and its director Y" the owner is X, the conjunct's head, not Russia."""
        tok = self.doc[j]
        if tok.dep_ == "poss" and tok.head.dep_ == "conj":
            r = self.idx.ref(tok.head.head.i)
            if r is not None and r.type in ("organization", "country") and not r.demonym:
                return r
        k = j - 1
        while k >= self.lo:
            if self.doc[k].dep_ in ("nsubj", "nsubjpass") and self.w(k) == "it" and self.w(j) == "its":
                return self.subject_pronoun_antecedent(self.doc[k])   # "..., when it opened a front for its ally"
            r = self.idx.ref_ending(k)
            if r is not None:
                if self.in_closed_clause(r.start, j):
                    k = r.start - 1                  # "Indonesia, which chairs ASEAN, sent its minister": Indonesia's
                    continue
                if r.type in ("organization", "country") and not r.demonym:
                    # "X, the strongest faction in Y, said its ...": the apposition's anchor X
                    return (apposed_anchor(self, r, ("organization", "country")) or [r])[0]
                if r.type == "person":
                    return None
                k = r.start - 1
                continue
            k -= 1
        return None

    def subject_pronoun_antecedent(self, it) -> Ref | None:
        """What a subject 'it' in a subordinate clause stands for: the named body or country the main clause is
        about (its subject), not the nearest name ("X has traded fire with Israel since May, when it opened a front
        in support of its ally Y": X's ally); None when the main subject is no such name."""
        if it.head.dep_ == "ROOT" or it.head.head is it.head:
            return None                            # 'it' is the main subject: its antecedent is in another sentence
        root = it.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        r = self.idx.ref(subject.i) if subject is not None and subject.i < it.i else None
        return r if r is not None and r.type in ("organization", "country") and not r.demonym else None

    def in_closed_clause(self, i: int, j: int) -> bool:
        """Token i lies in a relative clause that token j is outside of: its actors are no antecedent for j."""
        for a in self.doc[i].ancestors:
            if a.dep_ == "relcl":
                return not (a.left_edge.i <= j <= a.right_edge.i)
        return False

    def refs_before(self, j: int) -> Iterator[Ref]:
        """The actors named in the sentence before token j, nearest first, leaving out those inside a relative clause
        that j is outside of (no antecedent for a pronoun at j)."""
        k = j - 1
        while k >= self.lo:
            r = self.idx.ref_ending(k)
            if r is None:
                k -= 1
                continue
            if not self.in_closed_clause(r.start, j):
                yield r
            k = r.start - 1

    def populace(self, r: Ref) -> bool:
        """A country named only as its people ("the Lebanese people", "the people of Burma"), not its state."""
        if r.type != "country":
            return False
        if any(self.w(k) in self.lex.population_nouns for k in range(r.start, r.end)):
            return True                        # a reference laid over the whole phrase
        if r.demonym and self.w(r.end) in self.lex.population_nouns:
            return True
        k = r.start - 1 - (self.w(r.start - 1) == "the")
        return self.w(k) == "of" and self.w(k - 1) in self.lex.population_nouns

    def stated(self, verb) -> bool:
        """A verb that tells what happens: not negated, not under a modal or a condition ("if X joined",
        "if X continued to back Y")."""
        return not any(c.dep_ in ("neg", "aux", "mark") and (c.dep_ != "aux" or c.tag_ == "MD")
                       and (c.dep_ != "mark" or c.lower_ in ("if", "unless", "whether")) for c in verb.children) \
            and not under_condition(verb)     # "if France continued to support Israel" (conditions.py)

    def before_modifiers(self, k: int) -> int:
        """Walking left from token k, the first token that is no determiner or adjective."""
        while k >= self.lo and (self.w(k) in DETERMINERS or self.doc[k].pos_ == "ADJ"):
            k -= 1
        return k

    def plural(self, refs: list[Ref]) -> bool:
        """Several actors, or one named with a plural noun ("the Shia militias")."""
        return len(refs) > 1 or any(self.doc[r.end - 1].tag_ in ("NNS", "NNPS") for r in refs)

    def person_at(self, i: int) -> Ref | None:
        swallowed = self.idx.ref(i)
        if swallowed is not None and swallowed.type == "person" and swallowed.start < i <= self.hi \
                and swallowed.end <= self.hi and all(self.title_piece(k) for k in range(swallowed.start, i)):
            return swallowed                     # "Chief of Defence Staff General X": the mention ran over the title
        for _ in range(6):                       # "..., Lt. Gen. Stephen Townsend"
            r = self.idx.ref_starting(i)
            if r and all(self.w(j) in self.lex.honorifics for j in range(r.start, r.end)):
                i = r.end                            # an honorific taken for a name ("Sheikh")
            elif self.w(i) in self.lex.honorifics and not self.idx.ref(i):
                i += 1
            elif self.w(i) == "." and self.w(i - 1) in self.lex.honorifics:
                i += 1
            elif self.w(i) == "the" and self.w(i + 1) in self.lex.honorifics and not self.idx.ref(i + 1):
                i += 1                               # "..., the Hon X" (relties7)
            elif self.w(i) == "the" and self.w(i + 1) in STYLE_DEGREES and self.doc[i + 1].text[:1].isupper() \
                    and self.w(i + 2) in self.lex.honorifics and not self.idx.ref(i + 2):
                i += 2                               # "Prime Minister the Most Honourable X", "the Right Hon. X" (govrel)
        r = self.idx.ref_starting(i)
        return r if r and r.type == "person" and r.end <= self.hi and not self.title_word_name(r) else None

    def title_piece(self, k: int) -> bool:
        """A word of a title phrase or rank: an honorific, rank word, title head or state-body word."""
        w = self.w(k)
        return w in self.lex.honorifics or w in self.lex.rank_words or w in self.title_heads() \
            or (w,) in self.lex.state_bodies or w in ("of", "the")

    def title_word_name(self, r: Ref) -> bool:
        """A 'person' whose name ends in a title word ("Joint Staff", "Deputy Commander") is a misread title."""
        last = self.w(r.end - 1)
        return last in self.title_heads() and not self.doc[r.end - 1].is_upper

    def title_heads(self) -> frozenset:
        heads = getattr(self.lex, "_title_heads", None)
        if heads is None:
            heads = frozenset(p[-1] for p in self.lex.titles if p) | {"staff"}
            object.__setattr__(self.lex, "_title_heads", heads)
        return heads

    def person_ending_before(self, i: int) -> Ref | None:
        """A person reference ending just before token i (a parenthetical alias may sit between)."""
        j = self.skip_parenthetical_back(before_age(self, i))    # "X, 53, the leader of Y" (ages.py)
        r = self.idx.ref_ending(j - 1)
        return r if r and r.type == "person" and r.start >= self.lo and not self.title_word_name(r) else None


    def np_ends_at(self, j: int) -> bool:
        return j >= self.hi or self.w(j) in (",", ".", ";", ")", "(", "and", "who", "which", "in", "on", "to", "of") \
            or self.doc[j].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ")

    def object_after(self, j: int) -> tuple[Ref | None, int]:
        """The first actor named after a cue, within its noun phrase."""
        for _ in range(6):
            if j >= self.hi:
                return None, j
            holder = self.holder_of.get(j)
            if holder is not None and self.idx.ref(j) is None:
                return holder, max(j + 1, holder.end)
            r = self.idx.ref_starting(j)
            if r and self.w(r.end) in ("-", "–") and self.w(r.end + 1) in self.lex.allied_suffixes \
                    and self.idx.ref(r.end + 2) is not None:
                j = r.end + 2                          # "a unit of the U.S.-backed SDF": the backer modifies it
                continue
            if r:
                if r.demonym and not self.np_ends_at(r.end):
                    k = r.end
                    while self.doc[k].pos_ == "ADJ" and k < self.hi - 1:
                        k += 1
                    if self.w(k) in self.lex.country_proxies:    # "against the American forces"
                        return r, k + 1
                    named = self.idx.ref_starting(k)
                    if named is not None and not named.demonym:     # "of the American Gallup pollster"
                        j = k
                        continue
                    return None, j                              # "against Iranian meddling": not a named actor
                if r.start in self.holder_of and self.holder_of[r.start] is not r:
                    h = self.holder_of[r.start]
                    return h, max(r.end, h.end)
                if self.w(r.end) in POSSESSIVE:
                    # "close to Iran's leadership, and particularly the Supreme Leader of Iran, Ali Khamenei"
                    better = self.particularly_after(r.end)
                    if better is not None:
                        return better
                    owned = self.idx.ref_starting(r.end + 1)
                    if owned is not None and not owned.demonym and owned.type in ("organization", "person"):
                        return owned, owned.end          # "a subgroup of Iraq's Popular Mobilization Forces"
                    if self.w(r.end + 1) in RELATIONAL:
                        return None, r.end + 2           # "against Yemen's neighbors": others than Yemen
                    # "Soleimani's successor, Esmail Qa'ani": the apposition names the actor
                    k = r.end + 1
                    while k < self.hi and self.doc[k].pos_ in ("NOUN", "ADJ") and not self.idx.ref(k):
                        k += 1
                    if k > r.end + 1 and self.w(k) == ",":
                        named = self.person_at(k + 1) or self.idx.ref_starting(k + 1)
                        if named and not named.demonym:
                            return named, named.end
                return r, r.end
            if self.w(j) == "so" and self.w(j + 1) == "-" and self.w(j + 2) == "called":
                j += 3                                 # "a member of the so-called Y"
                continue
            if self.w(j) in DETERMINERS or self.w(j) in ("“", '"', "‘", "'") or self.doc[j].pos_ in ("ADJ", "NUM") \
                    or self.w(j) in ("both", "all", "the", "remnants", "of"):
                j += 1
                continue
            nxt = self.idx.ref_starting(j + 1)
            if nxt is None and self.w(j + 1) in self.lex.honorifics and not self.idx.ref(j + 1):
                nxt = self.idx.ref_starting(j + 2)     # "led by Attorney General X": a rank after the descriptor
            if (self.doc[j].pos_ == "NOUN" or self.doc[j].pos_ == "PROPN" and not self.idx.ref(j)) \
                    and nxt is not None and nxt.type == "person":
                j += 1                                 # "led by cleric Muqtada al-Sadr", "by Colonel Assimi Goita":
                continue                               # a descriptor or rank before the name
            return None, j
        return None, j

    def particularly_after(self, j: int) -> tuple[Ref, int] | None:
        """A narrower actor named after ', and particularly/especially ...' within the next words."""
        for k in range(j, min(self.hi, j + 6)):
            if self.w(k) in ("particularly", "especially", "notably", "mainly"):
                m = k + 1
                while self.w(m) in DETERMINERS:
                    m += 1
                if m in self.holder_of:
                    h = self.holder_of[m]
                    return h, max(h.end, m + 1)
                r = self.idx.ref_starting(m)
                if r and not r.demonym:
                    return r, r.end
                return None
            if self.w(k) in (".", ";"):
                return None
        return None

    def np_refs_before(self, k: int) -> list[Ref]:
        """Actors named in the noun phrase ending before token k ("the Tasnim and Fars news agencies")."""
        j = self.skip_parenthetical_back(k)
        refs = []
        steps = 0
        while j - 1 >= self.lo and steps < 8:
            steps += 1
            r = self.idx.ref_ending(j - 1)
            if r:
                if r.start in self.holder_of:
                    return [self.holder_of[r.start]]
                if not r.demonym:
                    refs.append(r)
                j = r.start
                continue
            holder = self.holder_of.get(j - 1)
            if holder is not None:
                return [holder]
            tok = self.doc[j - 1]
            if tok.pos_ in ("NOUN", "ADJ", "PROPN", "DET", "CCONJ") or tok.lower_ == ",":
                if tok.lower_ == "," and not refs:
                    break
                j -= 1
                continue
            break
        return refs

    def name_country(self, r: Ref) -> Ref | None:
        """The country written inside an organisation's name: a leading demonym or country name
        ("Iraqi", "U.S.", "United States"), or a closing "of <country>"."""
        keys = self.idx.country_keys
        words = [self.w(j) for j in range(r.start, r.end)]
        lead = royal_lead(words, 1 if words and words[0] == "the" else 0)   # "the Royal Thai Army" (royal_bodies.py)
        for n in (3, 2, 1):
            if len(words) - lead <= n:
                continue
            phrase = " ".join(words[lead:lead + n])
            name = self.lex.demonyms.get(phrase) if n == 1 else None
            actor = (keys.get(normalise_name(name)) if name else None) or keys.get(normalise_name(
                self.doc[r.start + lead:r.start + lead + n].text))
            if actor and actor != r.actor:
                return Ref(actor, "country", r.start + lead, r.start + lead + n)
        # "Atomic Energy Organization of Iran", "the Foreign Ministry of Iraq"
        for k in range(len(words) - 1, lead, -1):
            if words[k] == "of":
                start = r.start + k + 1 + (words[k + 1:k + 2] == ["the"])
                actor = keys.get(normalise_name(self.doc[start:r.end].text)) if start < r.end else None
                if actor and actor != r.actor:
                    return Ref(actor, "country", start, r.end)
                # "... of the Republic of Korea": "Korea" names no state of the text, the formal name does (actors26)
        return None

    def dictionary_country_of(self, person: Ref, start: int, end: int, ruler: bool = False) -> Ref | None:
        """The document country the actor dictionary lists a person as serving (see known.py), as a
        reference on tokens [start, end). A ruler ('the Maduro regime') may be named by surname alone."""
        actor = next((a for a in self.ctx.actors if a.id == person.actor), None)
        if actor is None or (actor.type != "person" and not ruler):
            return None
        date = self.ctx.document.date
        country = dictionary_country(sorted(set(actor.surface_forms())), self.idx.country_keys, self.idx.types,
                                     date.iso if date is not None and len(date.iso) == 10 else None,
                                     surnames=ruler)
        return Ref(country, "country", start, end) if country else None

    def subject_organization(self) -> Ref | None:
        """The organisation this sentence names as a clause subject (the antecedent of a later 'the group')."""
        for tok in self.tokens:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                r = self.idx.ref(tok.i)
                if r is None and tok.lower_ in self.lex.anaphor_nouns:    # "The Ansar Dine group seized ..."
                    r = next((self.idx.ref(c.i) for c in tok.children if c.dep_ == "compound"
                              and self.idx.ref(c.i) is not None), None)
                if r is not None and r.type == "organization" and not r.demonym:
                    return r
        return None

    def anaphor(self, tok, deps=("nsubj", "nsubjpass")) -> Ref | None:
        """'The group is committed to ...': a definite group noun as a subject (or as another dependent in
        deps: "X leads the group") stands for the organisation last named as a subject."""
        if tok.dep_ in deps and any(c.lower_ == "the" for c in tok.children) and not self.idx.ref(tok.i):
            from .shapes import named_group, unit_anaphor   # "The brigade belongs to Y": only a body named a brigade
            named = named_group(self, tok)
            if named is not None:
                return named                         # "The Jabhat al-Nusra faction": named, no anaphor
            unit = unit_anaphor(self, tok)
            if unit is not False:
                return unit
        if tok.dep_ in deps and tok.lower_ in self.lex.anaphor_nouns \
                and any(c.lower_ == "the" for c in tok.children) and not self.idx.ref(tok.i):
            from .wire import named_by_noun          # (wire.py builds on this module)
            return named_by_noun(self, tok) or self.group_topic(tok)
        return None

    def group_topic(self, tok) -> Ref | None:
        """The last subject organisation for a definite group noun, unless the noun names an armed or political
        group and that organisation is a state's office ("the Department designated X ... . Y, who leads the group,"
        is no head of the Department)."""
        topic = self.idx.topic
        if topic is None or tok.lower_ not in NON_STATE_GROUPS:
            return topic
        if not self.state_office(topic):
            return topic
        start = self.doc[self.lo - 1].sent.start if self.lo > 0 else self.lo
        for k in range(tok.i - 1, start - 1, -1):      # the last group named in this sentence or the one before
            r = self.idx.ref(k)
            if r is not None and r.type == "organization" and not r.demonym and not self.state_office(r):
                return r
        return None

    def state_office(self, r: Ref) -> bool:
        """A government office named as such ("the Department of the Treasury", "the Foreign Ministry"); armies
        and other armed bodies are groups a text may call "the group"."""
        return any(self.doc[k].lower_ in STATE_OFFICES for k in range(r.start, r.end))
