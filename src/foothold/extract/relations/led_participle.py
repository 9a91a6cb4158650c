"""A body told to be led by a person with words between the participle and its "by" (issue 8, relties4): "the meeting
of the High Council chaired on Wednesday, 18 August, by President X", "the Federation Council, chaired since 2011 by
X, approved the treaty". The cue phrases (roles.yaml `led_by_cues`, cues.read_cue) read "chaired by X" written
together only; the parse joins the participle to its agent over a time or place adjunct. The led body is the noun
the participle modifies, or the body in that noun's of-phrase when the noun is a sitting ("the meeting of X chaired
by Y"), or a passive's subject ("X was chaired until 2020 by Y"); only a named organisation and a person."""

from __future__ import annotations

from .chaired_sittings import SITTINGS, chair_after_by, held_sitting, sitting_body
from .index import Ref
from .verbs import VerbReading

LEADING = ("chair", "lead", "head", "command", "run", "direct", "preside")
TIME_PREPOSITIONS = {"on", "in", "since", "until", "till", "from", "for", "during", "throughout"}


class LedParticiple(VerbReading):
    def read_led_participles(self) -> None:
        for tok in self.tokens:
            if tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in LEADING or not self.stated(tok):
                continue
            agent = next((c for c in tok.children if c.dep_ == "agent" and c.lower_ == "by"), None)
            sitting = tok.dep_ in ("acl", "amod", "relcl") and held_sitting(tok.head)   # "X held a session chaired by Y"
            if agent is not None and agent.i <= tok.i + 1 and not sitting:
                continue                               # "chaired by X" together: the cue phrases read it; a
                                                       # "by" agent makes a past form ("VBD") a participle too
            leaders = [r for p in agent.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                       if (r := chair_after_by(self, t)) is not None] if agent is not None \
                else self.leader_after_time(tok)       # relties11: "by the Prime Minister, X" (chaired_sittings.py)
            body = self.led_body(tok, agent is not None) if leaders else None
            if body is None:
                continue
            for leader in leaders:
                first, last = self.span_of(body, leader, tokens=[tok])
                self.found.add(leader, "leads", body, first, last, confidence=0.6)

    def leader_after_time(self, verb) -> list[Ref]:
        """The person after a "by" that only a time phrase parts from the participle, where the parser hung the "by"
        elsewhere ("chaired on Tuesday, 3 May, by X")."""
        if verb.dep_ not in ("acl", "relcl"):
            return []
        j = verb.i + 1
        if self.w(j) not in TIME_PREPOSITIONS:
            return []
        while j < self.hi and j < verb.i + 10 and self.w(j) != "by":
            tok = self.doc[j]
            if not (self.w(j) in TIME_PREPOSITIONS or self.w(j) == "," or tok.ent_type_ in ("DATE", "TIME")
                    or tok.like_num):
                return []
            j += 1
        if self.w(j) != "by":
            return []
        r, _ = self.object_after(j + 1)
        return [r] if r is not None and r.type == "person" else []

    def led_body(self, verb, agent: bool) -> Ref | None:
        if verb.dep_ in ("acl", "amod", "relcl"):
            noun = verb.head
        else:
            # the parser's subject of "X, chaired since 2011 by Y, approved": the "by" agent makes it the one led
            deps = ("nsubjpass", "nsubj") if agent else ("nsubjpass",)
            noun = next((c for c in verb.children if c.dep_ in deps), None)
        if noun is None:
            return None
        r = self.ref_of(noun)
        if r is None and noun.lower_ in SITTINGS:      # "the meeting of the High Council chaired ... by X",
            r = sitting_body(self, noun)               # "X held a session chaired by Y" (chaired_sittings.py)
        return r if r is not None and r.type == "organization" and not r.demonym else None
