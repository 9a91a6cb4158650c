"""The words before a title, read right to left: "[det] [time] [country/org] [rank] TITLE" ("the former Iranian
Ambassador", "the group's leader", "its commander", "Georgia's defence ministry spokesman").

`TitlePhrases.parse_title` calls `read_modifiers`; each step reads one shape of the word at j and returns where the
walk goes next and whether it goes on, or None when the shape is not there (the next step is tried, in the order of
`MODIFIER_STEPS`: the order is the rule).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dictionary import load_lexicon
from ..nlp import english_words
from .index import Ref
from .lexicon import DETERMINERS, POSSESSIVE
from .named_force import the_force_before
from .named_noun_owner import the_named_noun_before
from .opening_owner import opening_its_owner
from .place_pronoun_owner import place_its_owner
from .anaphor_owner import its_group_noun
from .group_before import group_named_before, group_of_sentence_before
from .sentence import Sentence
from .wire import named_by_noun

if TYPE_CHECKING:
    from .title_phrases import Title

QUOTES = {"“", "”", '"', "‘", "’", "'"}

# What a step did: the next token to read and whether the walk goes on (False: the phrase starts after it).
Move = tuple[int, bool] | None


class TitleModifiers(Sentence):
    def read_modifiers(self, t: Title, i: int) -> int:
        """Walks left from the title at token i over its rank, time, actor and determiner words, filling t's country,
        premodifier, time, rank start and flags; returns the first token of the title phrase."""
        j = i - 1
        while j >= self.lo:
            move = None
            for step in MODIFIER_STEPS:
                move = step(self, t, j, i)
                if move is not None:
                    break
            if move is None:
                break
            j, goes_on = move
            if not goes_on:
                break
        return j + 1

    def _modifier_actor(self, t: Title, j: int, i: int) -> Move:
        """An actor before the title: an alignment ("pro-Iranian Prime Minister") is skipped; a country
        ("Iranian", "Iran's") scopes the title; another actor is its premodifier."""
        r = self.idx.ref(j)
        if r and r.type != "person" and self.modifier_name(r):
            r = None                                       # "Caretaker", "Union Home": the title's own words
        if not (r and r.type != "person"):
            return None
        if r.allied_modifier:                              # "pro-Iranian Prime Minister"
            return r.start - 1, True
        if self.w(r.start - 1) == "-" and self.w(r.start - 2) in self.lex.allied_prefixes:
            return r.start - 3, True
        if r.demonym or r.type == "country":
            t.country = t.country or r
        else:
            t.premodifier = t.premodifier or r
        return r.start - 1, True

    def _modifier_possessive(self, t: Title, j: int, i: int) -> Move:
        """The possessive ending of an actor's name ("Iran's")."""
        if self.w(j) in POSSESSIVE and self.idx.ref_ending(j - 1):
            return j - 1, True
        return None

    def _modifier_rank(self, t: Title, j: int, i: int) -> Move:
        """A rank word, part of the title ("deputy", "acting"; a demoting one, "former", marks it)."""
        wj = self.w(j)
        if wj not in self.lex.rank_words:
            return None
        if wj in self.lex.demoting_ranks:
            t.demoted = True
        t.title_start = j
        return j - 1, True

    def _modifier_alignment_suffix(self, t: Title, j: int, i: int) -> Move:
        """ "Iranian-backed": an alignment, not the country."""
        if self.w(j) in self.lex.allied_suffixes and self.w(j - 1) == "-" and self.idx.ref(j - 2):
            return self.idx.ref(j - 2).start - 1, True
        return None

    def _modifier_time(self, t: Title, j: int, i: int) -> Move:
        """A time word ("former", "new"), kept as the title's time."""
        wj = self.w(j)
        if wj not in self.lex.time_words:
            return None
        t.time = t.time or self.lex.time_words[wj]
        return j - 1, True

    def _modifier_time_hyphen(self, t: Title, j: int, i: int) -> Move:
        """The hyphen of a hyphenated time word ("ex-commander")."""
        if self.w(j) == "-" and self.w(j - 1) in self.lex.time_words:
            return j - 1, True
        return None

    def _modifier_rank_hyphen(self, t: Title, j: int, i: int) -> Move:
        """The hyphen of a hyphenated rank word ("Vice-President", "Deputy-Commander"; relties11: the walk had
        stopped at the hyphen, so "Iran's First Vice-President X" lost its state)."""
        if self.w(j) == "-" and j == t.title_start - 1 and self.w(j - 1) in self.lex.rank_words:
            return j - 1, True
        return None

    def _modifier_qualifier(self, t: Title, j: int, i: int) -> Move:
        """A qualifier or an opening quote around the title ('the self-proclaimed "caliph" of ISIS')."""
        wj = self.w(j)
        if (wj in QUOTES and self.w(i + len(t.words)) in QUOTES) or wj in self.lex.title_qualifiers \
                or (wj == "-" and self.w(j - 1) in self.lex.title_qualifiers):
            return j - 1, True
        return None

    def _modifier_hyphenated_word(self, t: Title, j: int, i: int) -> Move:
        """A qualifier or rank written with a hyphen ("the long-time commander": "longtime")."""
        if self.w(j - 1) == "-" and self.w(j - 2) + self.w(j) in self.lex.title_qualifiers | self.lex.rank_words:
            return j - 3, True
        return None

    def _modifier_pronoun_owner(self, t: Title, j: int, i: int) -> Move:
        """ "its"/"their" with no actor read yet: the owner the pronoun stands for, the appointer ("named X as its
        leader") or the last sentence's topic ("Its spokesman, X, ..."); the phrase starts after the pronoun."""
        if not (self.w(j) in ("its", "their") and t.premodifier is None and t.country is None):
            return None
        owner = place_its_owner(self, t.words, j) or self.pronoun_owner(j) or self.appointer(i)
        #                                   "Hezbollah said its commander, Fuad Shukr"; "X province ... its governor"
        if owner is None and self.w(j) == "its":
            owner = its_group_noun(self, j)                  # "the party's executives, including its leader X"
        if owner is None and self.w(j) == "its":
            owner = opening_its_owner(self, j)               # relties7: the sentence before's subject or one body
        if owner is None and j == self.lo and self.idx.topic is not None:
            owner = self.idx.topic
        if owner is not None:
            if owner.type == "country":
                t.country = owner
            else:
                t.premodifier = owner
        return j - 1, False

    def _modifier_whose(self, t: Title, j: int, i: int) -> Move:
        """ "X, whose leader Y ...": the title is held in the organisation or country X (a country after a
        preposition may end a longer name: "the Islamic Movement in Nigeria")."""
        if not (self.w(j) == "whose" and t.premodifier is None and t.country is None):
            return None
        owner = self.idx.ref_ending(j - 2 if self.w(j - 1) == "," else j - 1)
        if owner is not None and owner.type in ("organization", "country") and not owner.demonym \
                and not (owner.type == "country" and self.doc[owner.start - 1].pos_ == "ADP"):
            if owner.type == "country":
                t.country = owner
            else:
                t.premodifier = owner
            return j - 1, False
        return j, False

    def _modifier_the_country(self, t: Title, j: int, i: int) -> Move:
        """ "Aung San Suu Kyi, the country's elected leader": the one country just named."""
        if self.w(j) in POSSESSIVE and self.w(j - 1) == "country" and self.w(j - 2) == "the" and t.country is None:
            owner = self.country_just_named(j - 2)
            if owner is not None:
                t.country = owner
                return j - 3, False
        return None

    def _modifier_anaphor_noun(self, t: Title, j: int, i: int) -> Move:
        """ "the group's leader", "X seized the ship, and the movement's leader ...": the organisation last named."""
        if self.w(j) in POSSESSIVE and self.w(j - 1) in self.lex.anaphor_nouns and self.w(j - 2) == "the" \
                and not self.idx.ref(j - 1) and t.premodifier is None:
            subject, topic = self.subject_organization(), self.idx.topic
            if subject is not None and (subject.end > j - 2 or self.state_office(subject)):
                subject = None              # relties7: "The Department is also designating the group's leader"
            if topic is not None and self.state_office(topic):
                topic = None                # a state office is never called "the group" (group_before.py)
            owner = subject or named_by_noun(self, self.doc[j - 1]) or group_named_before(self, j - 2) or topic \
                or group_of_sentence_before(self)
            if owner is not None:
                t.premodifier = owner
                return j - 3, False
        return None

    def _modifier_unnamed_body(self, t: Title, j: int, i: int) -> Move:
        """ "Georgia's defence ministry spokesman": a country's unnamed body; the walk goes on to the country."""
        if t.country is None and t.premodifier is None and not t.in_body:
            owner_end = self.unnamed_body_before(j)
            if owner_end is not None:
                t.in_body = True
                return owner_end, True
        return None

    def _modifier_determiner(self, t: Title, j: int, i: int) -> Move:
        """A determiner starts the phrase."""
        return (j - 1, False) if self.w(j) in DETERMINERS else None

    def _modifier_portfolio(self, t: Title, j: int, i: int) -> Move:
        """ "U.S. national security adviser X", "EU foreign policy chief X": the office's field, part of the title."""
        if self.portfolio_word(j, i + len(t.words)):
            t.title_start = j
            return j - 1, True
        return None

    def country_before_split_abbreviation(self, t: Title) -> None:
        """ "U.S. | President Donald Trump": the parser ended a sentence at the abbreviation's dot; the demonym
        just before the sentence is the title's country."""
        if t.start == self.lo and t.country is None and self.lo > 0:
            before = self.idx.ref_ending(self.lo - 1)
            if before is not None and before.demonym and self.doc[self.lo - 1].text.endswith("."):
                t.country = before

    def country_just_named(self, j: int) -> Ref | None:
        """The one country named in this sentence before token j or in the sentence before it ("the
        country's leader"); none when two are, or when it was named earlier (a guess, not a reading)."""
        start = self.doc[self.lo - 1].sent.start if self.lo > 0 else self.lo
        named = {}
        for k in range(start, j):
            r = self.idx.ref_ending(k)
            if r is not None and r.type == "country":
                named[r.actor] = r
        return next(iter(named.values())) if len(named) == 1 else None

    def appointer(self, i: int) -> Ref | None:
        """'the Taliban named X as their leader': the organisation or country whose verb of appointing
        governs 'as <title>' at token i (its subject)."""
        prep = self.doc[i]
        for _ in range(3):                    # "as their (political) leader": up to the preposition
            prep = prep.head
            if prep.lower_ == "as":
                break
        verb = prep.head
        if prep.lower_ != "as" or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.predicative_verbs:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "acl":
            subject = verb.head               # "The Front named X as its leader" parsed as "the Front (that was) named"
        r = self.idx.ref(subject.i) if subject is not None else None
        return r if r is not None and r.type in ("organization", "country") and not r.demonym else None

    def portfolio_word(self, j: int, end: int) -> bool:
        """A lower-case noun or adjective compounded into the title ("national security adviser", "emergency
        relief coordinator"); not a group noun ("militia commander": the group's, not the state's)."""
        tok = self.doc[j]
        return ((tok.text.islower() and tok.pos_ in ("NOUN", "ADJ") or self.capitalised_portfolio_word(tok, end))
                and tok.is_alpha and tok.dep_ in ("compound", "amod")
                and j < tok.head.i < end and self.w(j) not in self.lex.group_nouns
                and self.w(j) not in self.lex.portfolio_stops and not self.idx.ref(j))

    def capitalised_portfolio_word(self, tok, end: int) -> bool:
        """ "Iraqi National Security Adviser X": a title written in capitals has its field in capitals, an English
        word the tagger may read as a name."""
        return tok.text.istitle() and self.doc[end - 1].text[:1].isupper() and tok.pos_ in ("NOUN", "ADJ", "PROPN") \
            and tok.lower_ in english_words() and tok.text not in load_lexicon().head_words   # "Council President X"

    def modifier_name(self, r: Ref) -> bool:
        """A name the NER made of a title's own modifiers ("Caretaker Prime Minister X", "Union Home Minister X"):
        every word a time, rank or qualifier word of roles.yaml."""
        words = self.lex.rank_words | self.lex.title_qualifiers | set(self.lex.time_words)
        return r.type == "organization" and all(self.w(k) in words for k in range(r.start, r.end))

    def unnamed_body_before(self, j: int) -> int | None:
        """A lower-case state body ending at token j, with up to two lower-case modifiers, right after a
        country ("Mozambique's defence ministry", "Haitian police"): the index of the country's last token
        (or its possessive), else None. Such a body is no actor, so a title it qualifies is held in the country."""
        k = j
        while k >= self.lo and j - k < 2 and self.doc[k].is_lower and not self.idx.ref(k) \
                and (self.w(k),) in self.lex.state_bodies:
            k -= 1
        if k == j:
            return None
        for _ in range(2):                     # "defence", "interior", "foreign": the body's portfolio
            if k >= self.lo and self.doc[k].is_lower and not self.idx.ref(k) and self.doc[k].pos_ in ("ADJ", "NOUN", "PROPN") \
                    and self.w(k) not in DETERMINERS:
                k -= 1
        owner_end = k - 1 if self.w(k) in POSSESSIVE else k
        r = self.idx.ref_ending(owner_end)
        if r is None or not (r.demonym or r.type == "country"):
            return None
        return k


MODIFIER_STEPS = (
    TitleModifiers._modifier_actor,
    TitleModifiers._modifier_possessive,
    TitleModifiers._modifier_rank,
    TitleModifiers._modifier_alignment_suffix,
    TitleModifiers._modifier_time,
    TitleModifiers._modifier_time_hyphen,
    TitleModifiers._modifier_rank_hyphen,
    TitleModifiers._modifier_qualifier,
    TitleModifiers._modifier_hyphenated_word,
    TitleModifiers._modifier_pronoun_owner,
    TitleModifiers._modifier_whose,
    TitleModifiers._modifier_the_country,
    TitleModifiers._modifier_anaphor_noun,
    the_force_before,                              # "the army's spokesman": the document's one named force
    the_named_noun_before,                         # "the university's rector": the university named before
    TitleModifiers._modifier_unnamed_body,
    TitleModifiers._modifier_determiner,
    TitleModifiers._modifier_portfolio,
)
