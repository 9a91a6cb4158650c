"""A body's sitting and the one who chairs it (issue 8, relties7): "The President of the Republic, X, chaired a meeting
of the High Security Council", "The Council of Ministers held an extraordinary session today chaired by the Prime
Minister, X", "the committee met in a session chaired by X": X leads the body (the council, committee or cabinet
whose sitting it is). The body is the "of" phrase of the sitting noun, else the subject of the verb that holds the
sitting ("held", "met in"); the chair is the active subject of "chair" or the first person of its "by" phrase.

Gold: owndocs29 and owndocs32 (twice) code such a chair as leading the body, owndocs8 leaves "the Council of
Ministers held a meeting chaired by Prime Minister X" uncoded (relties6's note); the majority is followed."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence

SITTINGS = {"meeting", "session", "sitting"}
BODIES = ("organization",)


class ChairedSittings(Sentence):
    def read_chaired_sittings(self) -> None:
        for tok in self.sent:
            if tok.lemma_.lower() != "chair" or tok.pos_ != "VERB" or not self.stated(tok):
                continue
            if tok.dep_ == "acl" and tok.head.lemma_.lower() in SITTINGS:
                sitting, chair = tok.head, self.chair_by(tok)             # "a session chaired by X"
            else:
                sitting = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in SITTINGS), None)
                chair = next((r for c in tok.children if c.dep_ == "nsubj" and (r := self.ref_of_chair(c))), None)
            if sitting is None or chair is None:
                continue
            body = self.body_of(sitting)
            if body is not None and body.actor != chair.actor:
                first = min(body.start, chair.start, tok.i)
                last = max(body.end, chair.end, tok.i + 1)
                self.found.add(chair, "leads", body, max(self.lo, first), min(self.hi, last), confidence=0.6)

    def ref_of_chair(self, tok) -> Ref | None:
        """The person a subject token names, or the person apposed to it ("The President, X, chaired")."""
        for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
            r = self.idx.ref(t.i)
            if r is not None and r.type == "person":
                return r
        return None

    def chair_by(self, verb) -> Ref | None:
        """The first person named in the participle's "by" phrase."""
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            return None
        for t in agent.subtree:
            r = self.idx.ref(t.i)
            if r is not None and r.type == "person":
                return r
            if t.i > agent.i and t.lower_ in (";", "and") and t.head.i == agent.i:
                break
        return None

    def body_of(self, sitting) -> Ref | None:
        """The body whose sitting it is: "a meeting of X", else the subject of the verb holding it ("X held a
        session", "X met in a session")."""
        for c in sitting.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                r = next((self.idx.ref(p.i) for p in c.children if p.dep_ == "pobj" and self.idx.ref(p.i)), None)
                return r if r is not None and r.type in BODIES and not r.demonym else None
        verb = sitting.head
        if sitting.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head                                               # "met in a session"
        elif sitting.dep_ != "dobj":
            return None
        if verb.pos_ != "VERB":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        r = self.idx.ref(subject.i) if subject is not None else None
        return r if r is not None and r.type in BODIES and not r.demonym else None
