"""A vague step forward leaves the paragraph's running date behind (issue 8, dates11).

"On May 9, 2020, X met Y ... (Agency, May 13). A few weeks later, X stated in an interview that ... . He expressed
hope for ... . He remarked that ... (Agency, June 15, 2020)": after "a few weeks later" the story no longer stands on
May 9, so "He expressed hope" is not May 9's; with the running date dropped it takes the note closing its paragraph
(the seed gold's 2020-06-15). A counted step ("two days later", "a month later") dates its sentence by the count
(`dating.day_shift`, `month_shift`) and "later that day" stays within the day; only a step of no count ("a few weeks
later", "months later", "several days later") is read. Read by `extractor._read_sentence` when the sentence tells no
current date of its own.
"""

from __future__ import annotations

import re

# "a few weeks later", "Months later" (no word before the bare plural: "two days later" is counted)
VAGUE_LATER = re.compile(r"(?i)(?:\b(?:a\s+few|several|some|many)\s+|(?<!\w\s)(?<!\w)\b)(?:days|weeks|months|years)"
                         r"\s+later\b")


def moves_on_vaguely(sent_text: str) -> bool:
    """The sentence steps forward by an uncounted span ("a few weeks later", "months later")."""
    return VAGUE_LATER.search(sent_text) is not None
