"""A delegation's leader serves whoever sent it: "the Peruvian delegation was led by Foreign Minister X", "a Brazilian
delegation led by X", "Chile's delegation, led by X", "the delegation of the Taliban was led by X" (issue 8,
bench/relation_loss.py: "in sentence, no tie read"). Read by `cues.CueReading` at its "led by" cue; the nouns are
roles.yaml `delegation_nouns`."""

from __future__ import annotations

from .index import Ref
from .sentence import Sentence

SENDERS = ("country", "organization")


class DelegationReading(Sentence):
    def delegation_sender(self, tok) -> Ref | None:
        """The state or body whose delegation the noun ``tok`` names, by a demonym, possessive or compound
        ("the Iraqi delegation", "Chile's delegation") or an of-phrase ("the delegation of the Taliban"); else None."""
        if tok is None or tok.pos_ != "NOUN" or tok.lower_ not in self.lex.delegation_nouns:
            return None
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod") and (r := self.idx.ref(c.i)) is not None \
                    and r.type in SENDERS:
                return r
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        r = self.idx.ref(obj.i) if obj is not None else None
        return r if r is not None and not r.demonym and r.type in SENDERS else None

    def delegation_led(self, holder: Ref, delegation, cue: int, end: int) -> bool:
        """Reads "<sender's delegation> (was) led by <holder>": the holder is member_of the sender; True when read."""
        sender = self.delegation_sender(delegation)
        if sender is None or holder.type != "person":
            return False
        if self.tied_in_sentence(holder):
            return True                        # "led by X, Chairman of the State Committee of Y": his title says
        self.found.add(holder, "member_of", sender, min(sender.start, delegation.i, cue), end, confidence=0.65)
        return True

    def tied_in_sentence(self, holder: Ref) -> bool:
        """Whether a reader before this one already tied the holder in this sentence (his own title phrase)."""
        start, _ = self.idx.original(self.lo, self.lo + 1)
        return any(r.subject == holder.actor and r.start >= start for r in self.found.by_key.values())
