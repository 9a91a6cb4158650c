"""A short verbless sentence opening a paragraph and run into its text is a heading: "Baghdad's protest. Iraq's
water minister accused Iran of ...".

Analyses head their paragraphs with a run-in label ("The rivers.", "Talks.", "The arrests.", "The military pact.")
that names the paragraph's topic; an event noun in it ("protest", "arrests", "pact") tells nothing the paragraph does
not tell itself (spurious6: owndocs22 04). `headlines.is_heading` reads a line of its own without closing
punctuation; this reads the label closed by a stop with more text on its line. A label with a verb ("Violence has not
eased.") is a sentence and is read as one.
"""

from __future__ import annotations
from ..doc_tokens import span_tokens

MAX_WORDS = 6


def run_in_heading(sent) -> bool:
    """Whether ``sent`` is a verbless label of at most six words, closed by a stop, opening its line and followed by
    more text on that line."""
    tokens = [t for t in span_tokens(sent) if not t.is_space]
    if not tokens or tokens[-1].text != "." or len([t for t in tokens if t.is_alpha]) > MAX_WORDS:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in tokens):
        return False
    if any(t.like_num or t.ent_type_ == "DATE" for t in tokens):
        return False    # "12 March to 4 April." heads a monitor entry: its date must time the entry (range_ends.py)
    doc = sent.doc
    first = tokens[0]
    if first.i > 0:
        before = doc[first.i - 1]
        if "\n" not in before.text_with_ws:
            return False
    last = tokens[-1]
    rest = doc[last.i + 1:] if last.i + 1 < len(doc) else None
    if rest is None or "\n" in last.whitespace_:
        return False
    following = next((t for t in rest if not (t.is_space and "\n" not in t.text)), None)
    return following is not None and not (following.is_space and "\n" in following.text)
