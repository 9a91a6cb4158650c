"""A state acting in the sentence before outranks the wire dateline's for a bare head's or minister's title (issue 8,
reltitle3): "WASHINGTON (Wire) - ... Iran denied that its aircraft had entered Iraqi airspace. Deputy Foreign Minister
X told state television ..." — X speaks for the state that just acted, not for the city the story was filed from, as
a service title already does (`StoryState.plain_state`). Only within one paragraph (a new paragraph after "Swedish
officials said all staff were safe." may turn to the dateline's own government), and only when the title's sentence names no other state before
the title, names no other head or minister, and the holder is a clause subject."""

from __future__ import annotations

from .issuer import holder_is_subject
from .own_predicate import holders_own_predicate
from .state_before import states_standing_in
from .wire import body_title
from ..doc_text import doc_text


def acting_over_dateline(reader, t, holder) -> str | None:
    """The state the sentence before makes its subject, when it is not the dateline's; else None."""
    dateline = reader.idx.dateline_state
    state = reader.acting_state_before() if dateline is not None else None
    if state is None or state == dateline or not holder_is_subject(reader, holder) or opens_paragraph(reader):
        return None
    if reader.regional(t) or body_title(reader, t) or reader.head_named_before(t, holder, state):
        return None
    if not states_standing_in(reader, reader.doc[reader.lo:t.start]) <= {state}:
        return None
    heads = reader.lex.country_heads | reader.lex.ministers
    others = any(reader.match(j, heads) for j in range(reader.lo, reader.hi)
                 if not t.start <= j < t.title_end and not holders_own_predicate(reader, j, holder))
    return None if others else state


def opens_paragraph(reader) -> bool:
    """The sentence starts a paragraph: a line break lies between it and the sentence before."""
    if reader.lo == 0:
        return True
    text = doc_text(reader.doc)
    return "\n" in text[reader.doc[reader.lo - 1].idx:reader.doc[reader.lo].idx]
