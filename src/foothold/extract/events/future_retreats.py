"""A retreat a party announces it will make is a stated intention (issue 8, evtypes6).

"Kenya announced that it would withdraw its troops from X", "announced it would release 200 prisoners": an
announcement took the RETREAT of the act it announces (`speech.announced_act`), while "said it would withdraw its
troops" was already AGREE. The eval makers code a promised future withdrawal AGREE (news-dev 05: "promised that
thousands of U.S. troops ... will 'be getting out'", "we obviously will be gone": AGREE promise withdrawal; their
README: "a stated intention is AGREE"), against the PLOVER manual's CONCEDE for announced future retreats (tried
first: a fresh set lost a typed event, and the makers' gold says AGREE). The said clause (or a clause conjoined to
it) is a future ("will", "would", "shall") of a verb plover.yaml types RETREAT in its listed sense (a resignation
left to `promised_resignations.py`), not negated, its subject the speaker's own side. A retreat reported as done
("said it had withdrawn") stays RETREAT. Read in `speech.statement_reading`.
"""

from __future__ import annotations

from .index import DocIndex
from .retribution import FUTURES
from .speakers import own_side_subject
from .triggers import listed_sense



def _future_retreat(lex, verb, speech, index: DocIndex) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in FUTURES for c in kids) or any(c.dep_ == "neg" for c in kids):
        return False
    lemma = verb.lemma_.lower()
    trig = lex.verbs.get(lemma)
    if trig is None or trig.type != "RETREAT" or trig.mode == "resign" or not listed_sense(verb, lemma, lex):
        return False
    clause = verb if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) else verb.head   # "would withdraw and free"
    return own_side_subject(lex, clause, speech, index)


def future_retreat(lex, content, speech, index: DocIndex) -> bool:
    """The clause said by ``speech`` announces the speaker's side's own future retreat."""
    if content is None:
        return False
    return any(_future_retreat(lex, c, speech, index) for c in (content, *content.conjuncts))
