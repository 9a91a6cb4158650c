"""A body under someone's control (issue 8, relrecall4; roles.yaml `control`): "ATV, a media outlet that is under
Dodik's control", "X, which is under the control of the Tigers Brigade", "X, under the control of Y since 2019".
The noun form of the passive "controlled by" (ownership.py): a person in control leads the body, an organisation or
state owns it (part_of). Only a named organisation or outlet is controlled here: "areas under Houthi control" are ground."""

from __future__ import annotations

from .index import Ref
from .lexicon import POSSESSIVE
from .ownership import OWNER_TYPES
from .tie_words import section_words
from .sentence import Sentence
from .verbs import RELATIVE


CONTROLLED = ("organization", "media")          # a body or an outlet; never ground


def control_words(path: str | None = None) -> frozenset:
    return section_words("control", ("control_nouns",), (), path)["control_nouns"]


class ControlReading(Sentence):
    def read_control(self) -> None:
        nouns = control_words()
        for tok in self.tokens:
            if tok.lower_ != "under" or tok.dep_ != "prep":
                continue
            controller = self.controller(tok.i + 1, nouns)
            controlled = self.controlled(tok) if controller is not None else None
            if controlled is None or controlled.type not in CONTROLLED or controlled.actor == controller.actor:
                continue
            first, last = self.span_of(controlled, controller, tokens=[tok])
            if controller.type == "person":
                self.found.add(controller, "leads", controlled, first, last, confidence=0.6)
            else:
                self.found.add(controlled, "part_of", controller, first, last, confidence=0.6)

    def controller(self, j: int, nouns: frozenset) -> Ref | None:
        """Who controls, in "under X's control" or "under the control of X"."""
        if self.w(j) == "the" and self.w(j + 1) in nouns and self.w(j + 2) == "of":
            r = self.idx.ref_starting(j + 3 + (self.w(j + 3) == "the"))
        else:
            j += self.w(j) == "the"
            r = self.idx.ref_starting(j)
            if r is None or self.w(r.end) not in POSSESSIVE or self.w(r.end + 1) not in nouns:
                return None
        return r if r is not None and not r.demonym and r.type in OWNER_TYPES else None

    def controlled(self, prep) -> Ref | None:
        """What is under control: the subject of the clause the phrase ends ("that is under ..." standing for
        its antecedent), or the name the phrase follows after a comma."""
        head = prep.head
        if head.pos_ in ("AUX", "VERB"):
            if not self.stated(head):
                return None
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            if subj.lower_ in RELATIVE and head.dep_ == "relcl":
                noun = head.head
                return self.ref_of(noun) or next(iter(self.apposition_anchor(noun.i)), None)
            return self.ref_of(subj)
        if self.w(prep.i - 1) == ",":
            return self.idx.ref_ending(self.skip_parenthetical_back(prep.i - 1) - 1)
        return None
