"""An act told "during the visit" told before takes that visit's date (issue 8, dates11).

"In early January 2020, X paid a visit to Iran. During the visit, X travelled to the grave of Y (Agency, February 24,
2020)": the seed's notes (§26) reuse the date the text gives a happening for every mention of it, and the grave visit
is dated 2020-01, not by the later note closing its sentence. A sentence opened by "During" a definite happening
("the visit", "that trip", "these talks") with no date of its own in its sentence is told within that happening: its
acts take the last date phrase told before it in the same paragraph (none that frames a state or only describes
someone). Read by `timing.explicit_date` when no date of the sentence times the act.
"""

from __future__ import annotations

from .described_dates import happening_noun
from ..doc_tokens import span_tokens

DEFINITE = frozenset({"the", "that", "this", "these", "those", "his", "her", "its", "their"})
# happenings a stay is told within, besides the event lexicon's nouns
STAYS = frozenset({"visit", "trip", "tour", "stay", "talks", "meeting", "meetings", "summit", "conference",
                   "session", "ceremony", "funeral", "negotiations", "journey"})


def during_happening(sent) -> bool:
    """``sent`` opens with "During" a definite happening noun ("During the visit, ...")."""
    words = [t for t in span_tokens(sent) if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "during":
        return False
    noun = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN":
        return False
    det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    return det is not None and det.lower_ in DEFINITE and (noun.lower_ in STAYS or happening_noun(noun))


def during_date(sent, dater, index, off_story=lambda d: False):
    """The date the happening a "During the visit, ..." sentence is told within was given before it in its
    paragraph, or None."""
    if not during_happening(sent):
        return None
    s_start, s_end = index.original(sent.start, sent.end - 1)
    first, para = sent.start, index.paragraph[sent.start]
    while first > 0 and index.paragraph[first - 1] == para:
        first -= 1
    para_start = index.tok_start[first]
    if dater.dates_in(s_start, s_end):
        return None
    skip = frozenset(d.start for d in dater.dates_in(para_start, s_start) if off_story(d))
    told = dater.last_before(s_start, skip)
    if told is None or told.start is None or told.start < para_start:
        return None
    return told
