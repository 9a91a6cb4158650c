"""A chronology entry told in the present is the dated act, not a standing habit (issue 8, evrecall3).

"12 May: Militia fires rockets at the airbase", "- 3 June: Army shells rebel positions in Oruro": a line that opens
with a date and a colon (after an optional bullet) dates what it tells; its simple present is the chronicler's
historical present, as "on Monday" makes a wire story's (modality.generic_present)."""

from __future__ import annotations

BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})
DATE_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                        "sept", "oct", "nov", "dec", "early", "mid", "late", "on"})
LONGEST_DATE = 6       # tokens a date may take before its colon ("mid - March 2024 :")


def dated_entry(verb) -> bool:
    """The verb's line opens with a date and a colon: "12 May: ...", "- November 19, 2024: ..."."""
    doc = verb.doc
    start = verb.sent.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:    # the line, not a sentence the parser split
        start -= 1
    i = start
    while i < verb.i and (doc[i].text in BULLETS or doc[i].is_space):
        i += 1
    dated = False
    for t in doc[i:min(verb.i, i + LONGEST_DATE + 1)]:
        if t.text == ":":
            return dated
        if t.like_num or t.lower_ in DATE_WORDS or t.ent_type_ == "DATE" or t.text in ("-", ","):
            dated = dated or t.like_num or t.ent_type_ == "DATE"
            continue
        return False
    return False
