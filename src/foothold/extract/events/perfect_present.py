"""A present perfect with no time of its own tells the report's present, not the past the sentence before dated
(issue 8, dates7): "South Korea summoned Russia's ambassador on October 21. Its defence ministry has said it could
send weapons to Ukraine." in a November report: the saying is the report's month, not October 21's. As the simple
present ("Washington blames ..."), it takes the publication's month over the paragraph's running date; a material
act so told with no time sums up past conduct and stays undated (`timing.told_undated`); a date or source note of
its own sentence still dates it.
"""

from __future__ import annotations

from .dating import aspect_verb
from .tense import present_perfect


def current_perfect(trigger) -> bool:
    """The act is told in the present perfect ("has said", "has asked X to", "has helped transfer")."""
    return trigger.pos_ in ("VERB", "AUX") and present_perfect(aspect_verb(trigger))
