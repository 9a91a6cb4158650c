"""Two weak signs that agree place a bare head or minister (issue 8, reltitle7): the sentence before, in the same
paragraph, names one state only ("In 2012 a regional court ruled that Honduras was responsible for the massacre.
President X apologised to the families"), and that state is the one the text names most (`salient_state.
state_mentions`, at least MIN_MENTIONS times and strictly ahead of any other, though not by the margin
`salient_state` needs alone). Neither sign
alone decides: the sentence before may name a state as an object, and a story's most named state is not always the
holder's. Last of `dictionary_scope`'s guesses, with the checks the other guesses make: the holder is a clause subject,
the title no regional or body's one, its sentence names no other state (after the title either: "President X
reaffirmed the commitment of A to the defence of B" is no guess for B) and no other head or minister, no other holder heads the state or holds the portfolio there, the state does not receive the holder, and
the text does not speak as "we"; a document title naming a state must name this one as its home (`guest_frame`)."""

from __future__ import annotations

from .dateline_rival import opens_paragraph
from .guest_frame import home_title_state
from .issuer import holder_is_subject
from .own_predicate import holders_own_predicate
from .salient_state import MIN_MENTIONS, portfolio_held, received_by, speaks_as_we, state_mentions
from .state_before import states_in_play, states_standing_in
from .wire import body_title


def top_state_named_before(reader, t, holder) -> str | None:
    """The one state the sentence before names, when the text names it more than any other; else None."""
    prev = reader.previous_sentence()
    if prev is None or opens_paragraph(reader):
        return None
    named = states_in_play(reader, prev)
    if len(named) != 1:
        return None
    state = next(iter(named))
    if reader.idx.title_state is not None and home_title_state(reader.idx) != state:
        return None                      # the title is another state's story, or sets this one abroad (guest_frame)
    ranked = state_mentions(reader).most_common(2)
    if not ranked or ranked[0][0] != state or ranked[0][1] < MIN_MENTIONS or (
            len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    if not holder_is_subject(reader, holder) or reader.regional(t) or body_title(reader, t) \
            or reader.head_named_before(t, holder, state) or portfolio_held(reader, t, holder, state) \
            or received_by(reader, holder, state) or speaks_as_we(reader.idx):
        return None
    if states_standing_in(reader, reader.sent) - {state}:
        return None                      # "President X reaffirmed the commitment of A to the defence of B"
    heads = reader.lex.country_heads | reader.lex.ministers
    if any(reader.match(j, heads) for j in range(reader.lo, reader.hi)
           if not t.start <= j < t.title_end and not holders_own_predicate(reader, j, holder)):
        return None
    return state
