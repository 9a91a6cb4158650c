"""A pledge said after a welcome is an act of its own (issue 8, evargs4).

"Turkey welcomed the agreement and said it was ready to help implement it", "Canada and the Netherlands welcomed the
order and said they would assist The Gambia", "X congratulated A and B and said Iran was ready to deepen
cooperation": one speaker, one sentence, but two acts -- the welcome endorses (SUPPORT), the clause promising a
future act of the speaker's side pledges it (AGREE). `merge.merge_into` folds a cooperative statement into the
speaker's welcome ("He welcomed X and stressed Y"); a statement that promises is kept apart.
"""

from __future__ import annotations

from .arguments import subject_of
from .futures import FUTURE_AUX, BACKSHIFTED_AUX, promised

CONTENT_DEPS = ("ccomp", "xcomp")


def promises_own_act(speech, index) -> bool:
    """The speech verb's said clause promises an act (futures.promised: "it was ready to help", "they would
    assist X"); an "it" that "would" do something is as likely the thing welcomed ("praised the deal, saying it
    would help stabilise the north"), so with "it" only readiness counts."""
    return any(c.dep_ in CONTENT_DEPS and c.i > speech.i and promised(c, speech, index)
               and not (_subject_word(c) == "it" and _told_future(c)) for c in speech.children)


def _subject_word(clause) -> str | None:
    subj, _ = subject_of(clause)
    return subj.lower_ if subj is not None else None


def _told_future(clause) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX | BACKSHIFTED_AUX for c in clause.children)
