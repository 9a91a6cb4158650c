"""A cue's object told first by a common noun and then named in apposition: "with the support of the main opposition
party, Samagi Jana Balawegaya" is support of that party (issue 8, bench/relation_loss.py: "in sentence, tied
elsewhere"). Read by `cues.CueReading` when the cue's own noun phrase names no actor."""

from __future__ import annotations

from .index import Ref
from .lexicon import DETERMINERS
from .sentence import Sentence

CLOSERS = (",", ".", ";", ")", "")        # the apposed name must close its phrase: "..., X said" names a speaker
NAMED_SIDES = ("organization", "person", "country")


class ApposedObject(Sentence):
    def named_in_apposition(self, j: int) -> tuple[Ref | None, int]:
        """From token j ("of the main opposition party, X"): the actor apposed to an unnamed common-noun phrase,
        and the token after it; (None, j) when the phrase names an actor itself or no name is apposed."""
        k = j + (self.w(j) in ("of", "for", "to"))
        words = 0
        while k < self.hi and (self.w(k) in DETERMINERS or self.doc[k].pos_ in ("ADJ", "NOUN")) \
                and self.idx.ref(k) is None and words < 6:
            k, words = k + 1, words + 1
        if not words or self.doc[k - 1].pos_ != "NOUN" or self.w(k) != ",":
            return None, j
        k += 1 + (self.w(k + 1) == "the")
        r = self.idx.ref_starting(k)
        if r is None or r.demonym or r.type not in NAMED_SIDES or self.w(r.end) not in CLOSERS:
            return None, j
        return r, r.end
