"""The state a story makes plain for a bare title whose phrase names none (issue 8, titles2): "Army chief General X
said", "Foreign ministry spokesman X said", "Information Minister X said" — news-dev codes such a holder with the
state the text makes plain (a head `leads` it; ministers, army chiefs and spokesmen are `member_of` it).

Where the state comes from, in order: a sentence opening "In <city>," (its state by the gazetteer); the wire
dateline's state; the state acting in the sentence before ("Iran warned Israel ... . Foreign ministry spokesman X
said"); the one state the whole text names. Never for a visitor ("X arrived in", "visiting Foreign Minister X",
"met his Iraqi counterpart": not Iraq's). Vocabulary in roles.yaml `story_state`.
"""

from __future__ import annotations

from functools import lru_cache

from ...errors import DataFileError
from ...yamlfile import load_yaml
from .acting_subject import main_subject, state_acting_as, state_of_named_body
from .index import Ref
from .lexicon import ROLES_PATH
from .sentence import Sentence

STORY_KEYS = ("scene_preps", "visit_verbs", "visit_nouns", "visitor_words", "service_titles", "service_bodies",
              "acting_bodies", "meeting_verbs")
SCENE_WORDS = 5          # "In Port Moresby," — the longest scene name read before its comma


@lru_cache(maxsize=2)
def story_words(path: str | None = None) -> dict[str, frozenset]:
    """roles.yaml `story_state`: lists of lower-case words, validated when loaded."""
    p = path or ROLES_PATH
    with open(p, encoding="utf-8") as fh:
        data = load_yaml(fh.read()).get("story_state")
    if not isinstance(data, dict) or any(not isinstance(data.get(k), list) or not all(
            isinstance(w, str) for w in data[k]) for k in STORY_KEYS):
        raise DataFileError(f"roles file needs story_state with lists {', '.join(STORY_KEYS)}", path=str(p))
    return {k: frozenset(w.lower() for w in data[k]) for k in STORY_KEYS}


def destination_tokens(verb) -> list:
    """Where a verb of coming goes: its object and the objects of its "in" / "to" / "at"."""
    ends = [c for c in verb.children if c.dep_ == "dobj"]
    return ends + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")
                   for g in c.children if g.dep_ == "pobj"]


class StoryState(Sentence):
    def scene_state(self) -> str | None:
        """'In Tehran, foreign ministry spokesman X said ...': the state of the place opening the sentence."""
        if self.w(self.lo) not in story_words()["scene_preps"]:
            return None
        comma = next((j for j in range(self.lo + 1, min(self.hi, self.lo + 2 + SCENE_WORDS)) if self.w(j) == ","), None)
        if comma is None or comma == self.lo + 1:
            return None
        return self.idx.state_of_place(self.doc[self.lo + 1:comma].text)

    def states_named(self, lo: int, hi: int) -> set[str]:
        return {r.actor for j in range(lo, hi) if (r := self.idx.ref(j)) is not None and r.type == "country"}

    def previous_sentence(self):
        return self.doc[self.lo - 1].sent if self.lo > 0 else None

    def acting_state_before(self) -> str | None:
        """The state the sentence before makes its subject: itself ("Iran warned Israel ...") or through one of its
        bodies ("Ghana's parliament passed ...", "Senegal's army said ...")."""
        prev = self.previous_sentence()
        if prev is None:
            return None
        subject = main_subject(prev)
        if subject is None or any(c.dep_ == "conj" for c in subject.children):
            return None                      # "Kenya and Uganda signed ...": two states in play
        if self.idx.ref(subject.i) is not None:         # a state, a capital standing for it ("Cairo stayed silent")
            return state_acting_as(self, subject) or state_of_named_body(self, subject)   # or its body
        if subject.lemma_.lower() not in story_words()["acting_bodies"]:
            return None
        owners = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound")]
        owners += [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]     # "The government of Zimbabwe rejected ..."
        owner = next((o for c in owners if (o := self.idx.ref(c.i)) is not None and o.type == "country"), None)
        return owner.actor if owner is not None else None

    def only_state(self) -> str | None:
        """The one state the whole text names."""
        states = {a.id for a in self.ctx.actors if a.type == "country"}
        return states.pop() if len(states) == 1 else None

    def visiting(self, t, holder: Ref, state: str) -> bool:
        """The holder visits the state ("X arrived in Iraq", "visiting Foreign Minister X"), or meets its national
        ("met his Iraqi counterpart"): the state is the host's, not the holder's."""
        words = story_words()
        if any(self.w(j) in words["visitor_words"] for j in range(max(self.lo, t.start - 2), t.title_end)):
            return True
        for j in range(self.lo, self.hi):
            if self.w(j) in words["visitor_words"]:
                r = self.idx.ref(j - 1)
                if r is not None and r.actor == state:
                    return True
        from .domestic_trips import domestic_trip      # both read this module's words
        from .visitor_home import visited_states
        return state in visited_states(self, holder) \
            and not domestic_trip(self, holder, state)  # "arrived in Baghdad", not "arrived in Basra" (domestic_trips.py)

    def destinations(self, verb) -> set[str]:
        """The states a verb of coming goes to: its object or the object of its "in"/"to", a state or a place
        whose state the gazetteer gives ("arrived in Baghdad": Iraq)."""
        out = set()
        for end in destination_tokens(verb):
            r = self.idx.ref(end.i)
            if r is not None and r.type == "country":
                out.add(r.actor)
            elif (state := self.idx.state_of_place(self.doc[min(
                    [c.i for c in end.children if c.dep_ == "compound"] + [end.i]):end.i + 1].text)) is not None:
                out.add(state)
        return out

    def plain_state(self, t, holder: Ref) -> str | None:
        """The state the story makes plain for a service title ("army chief X"): the scene opening the sentence,
        else the state a titled holder earlier in the sentence was placed in, else the state the sentence before makes
        its subject, else the dateline's state when this sentence names
        it or neither it nor the one before names another; none where this sentence names another state before the
        title (what is said after it is content)."""
        from .body_owner import owned_body_state           # both read this module's words
        from .service_home import foreign_owner, service_home
        from .visitor_home import visitor_home
        home = visitor_home(self, holder)    # "The army chief, General X, flew to Riyadh" ("Riyadh's hold on Islamabad")
        if home is not None:
            return home
        state = self.scene_state()
        if state is None:
            state = self.placed_earlier_here(t) or self.acting_state_before()
            if state is None and (owned := owned_body_state(self, t)) is not None and not foreign_owner(self, owned):
                return None if self.visiting(t, holder, owned) else owned    # "Junta spokesman X" (body_owner.py)
            state = state or self.dateline_plain() or service_home(self, t)   # the title's one state (service_home.py)
            if state is None or not self.states_named(self.lo, t.start) <= {state}:
                return None
        return None if self.visiting(t, holder, state) else state

    def placed_earlier_here(self, t) -> str | None:
        """The state a head or minister earlier in this sentence was placed in ("President X administered the oath
        in a ceremony attended by army chief General Y": Y serves X's state)."""
        scope = self.last_scope
        return scope[1].actor if scope is not None and scope[0] <= t.start and scope[1].type == "country" else None

    def dateline_plain(self) -> str | None:
        dateline = self.idx.dateline_state
        prev = self.previous_sentence()
        around = self.states_named(prev.start if prev is not None else self.lo, self.hi)
        return dateline if dateline and (around <= {dateline} or dateline in self.states_named(self.lo, self.hi)) \
            else None

    def service_title(self, t) -> bool:
        """'Army chief', 'military spokesman', 'foreign ministry spokesman', 'army chief of staff': a service title a
        state body opens."""
        words = story_words()
        from .pronoun_service import pronoun_body    # "The army denied it. Its spokesman, X, said" (reltitle12)
        if t.words[-1:] and t.words[-1] in words["service_titles"] and pronoun_body(self, t) is not None:
            return True
        first = t.start
        while self.w(first - 1) in words["service_bodies"] or (
                self.w(first - 1) == "'s" and self.w(first - 2) in words["service_bodies"]):
            first -= 1                       # "Foreign ministry spokesman": the body words the phrase left before it
        return bool(t.words[-1:]) and (t.words[-1] in words["service_titles"] or t.words[0] in words["service_titles"]
                                       and "of" in t.words) and any(
            self.w(j) in words["service_bodies"] for j in range(first, t.title_end))

    def bare_service(self, t) -> bool:
        """The title's own body is only a service word the NER made a name ("Army chief X": "Army")."""
        p = t.premodifier
        return p is None or (p.type == "organization" and all(
            self.w(j) in story_words()["service_bodies"] for j in range(p.start, p.end)))
