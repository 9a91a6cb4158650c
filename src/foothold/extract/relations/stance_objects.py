"""A verb's object written as "the <stance> <name>" ("Koroma, who leads the opposition All People's Congress"): the
parser takes the stance word for the object and hangs the name elsewhere, so the name right after the stance word is
the object (issue 8, relfresh). The stances are the actors lexicon's `stance_adjectives` (opposition, ruling,
Islamist, ...), the words parties take before their names; any other noun keeps its own reading ("leads the
delegation Iran sent" names no body led). In a title's of-phrase, a stance word the parser reads as a verb ("the
chairman of the ruling X party": 'ruling' a VBG) is walked over to the name after it (`stance_before_name`, relties10)."""

from __future__ import annotations

from ..dictionary import load_lexicon
from .index import Ref


def named_after_stance(reading, tok) -> Ref | None:
    """The organisation named right after the object word `tok` when that word is a stance after 'the'."""
    if tok.text not in load_lexicon().stance_adjectives or not any(c.lower_ == "the" for c in tok.children):
        return None
    r = reading.idx.ref_starting(tok.i + 1)
    return r if r is not None and r.type == "organization" and not r.demonym else None


def stance_before_name(reading, j: int) -> bool:
    """Token j is a stance word (lexicon `stance_adjectives`) after 'the' with a name starting right after it."""
    return j > 0 and reading.w(j - 1) == "the" and reading.doc[j].text in load_lexicon().stance_adjectives \
        and reading.idx.ref_starting(j + 1) is not None
