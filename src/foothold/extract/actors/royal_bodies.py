"""A state body named with "Royal" before its state (issue 8, relties12): "the Royal Oman Police", "the Royal Thai
Army", "the Royal Solomon Islands Police Force", "the Royal Canadian Mounted Police". The crown's word opens the name,
so the state's name or demonym stands second, where the readers that look for a state opening a body's name
(`StateMentions._prefixed_states`: the state is mentioned; `relations.sentence.name_country`: the body is part_of it)
did not look. Own example: "Officers of the Royal Malaysian Police detained two fishermen" -- the police are part_of
Malaysia, as "the Malaysian Police" are (news-dev README: a state body named with its state is part_of it).

Only the one word "Royal" (any case the text writes) is walked over; what follows must still be a state the
dictionary knows and the name must still close on a state body's head (the readers' own checks), so "Royal Dutch
Shell" or "the Royal Caribbean" name no state body."""

from __future__ import annotations

ROYAL_WORDS = frozenset({"royal"})


def royal_lead(words: list[str], lead: int = 0) -> int:
    """The index of the first word after a "Royal" opening the name at ``lead`` (``lead`` itself when none).
    ``words`` may be written in any case."""
    if lead < len(words) - 1 and words[lead].lower() in ROYAL_WORDS:
        return lead + 1
    return lead
