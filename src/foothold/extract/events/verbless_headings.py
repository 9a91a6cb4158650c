"""A verbless line of its own without closing punctuation heads a section: "Israeli and American strikes", "Lebanon's
maritime deal" (with a one-word label under it, "Summary", the parser may join the two).

`headlines.is_heading` reads such a line as a heading when most of its words are capitalised or its verb is in the
headline present; a sentence-case label whose only content words are a people's adjective and an event noun
("Israeli and American strikes": the adjectives are entities, the noun lower case) escaped both readings and its
event noun was read as an act (spurious7: 2 no-overlap events on the tuning sets; no matched event of the tuning
sets stands in such a line). A line with a verb ("The sides agreed on the following:") is a sentence, and a line
with a number or a date ("12 May 2020") heads a dated entry whose date times the entry (`run_in_headings` leaves
those too).
"""

from __future__ import annotations
from ..doc_tokens import span_tokens

MAX_WORDS = 10
CLOSING = frozenset({".", "!", "?", "\"", "”", ")", ":", ";", "'"})


def verbless_heading(sent) -> bool:
    """Whether ``sent`` is a verbless line of at most ten words, standing on its own line(s), with no closing stop."""
    tokens = [t for t in span_tokens(sent) if not t.is_space]
    if not tokens or tokens[-1].text in CLOSING or len([t for t in tokens if t.is_alpha]) > MAX_WORDS:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or t.tag_ == "MD" for t in tokens):
        return False
    if any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in tokens):
        return False
    doc = sent.doc
    first, last = tokens[0], tokens[-1]
    if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws:
        return False
    if last.i + 1 >= len(doc):
        return True
    return "\n" in last.whitespace_ or "\n" in doc[last.i + 1].text
