"""A state named by its government in capitals, "the Government of Japan", "the Federal Government of Somalia", has
that phrase as a surface form: FORMAT.md keeps every surface form in name + aliases, and the golds list "Government
of X" among state X's names (read half: owndocs, owndocs7, owndocs9, owndocs21, owndocs27, owndocs29, owndocs35,
owndocs37, owndocs39, owndocs41, owndocs43; where the text never writes the bare "X" the gold names the state
"Government of X" only). A lower-case "the government of Iraq" stays a group phrase standing for the state, not a
name (the golds never list it). Example: "Tuvalu thanked the Government of Chile for its offer." -- Chile, alias
"Government of Chile". DEVELOPING.md Conventions: "the (Federal) Government of X" is the state X (actors30)."""

from __future__ import annotations

import re

# "Government of (the) X", "Federal Government of X": capitalised head, a capitalised state after "of"
CAPITAL_GOVERNMENT = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?Government\s+of\s+(?:the\s+)?[A-Z]")


def government_form(text: str, actor_type: str) -> bool:
    """True if a state's mention `text` is its capitalised "(Adjective) Government of X" name."""
    return actor_type == "country" and CAPITAL_GOVERNMENT.match(text) is not None
