"""A present perfect since a start, told in a relative clause set off by a comma, describes the party it hangs on.

"the elders of the valley, who have led sit-ins against the dam since March", "the exiles, who have accused the
junta of torture since the coup", "the new premier, who has served as acting leader since last week": the clause
says what the party has been doing (a course reaching up to the report), not a happening the story reports. Only
with "since": a first version that read every set-off present perfect ("the shelling, which the government has
blamed on the rebels") removed one spurious event on the tuning sets and one on a fresh set but lost two true
events on a fresh set (owndocs38). `subject_relatives` reads such clauses only inside a later verb's subject; this
reads them on any antecedent (an object, a preposition's object, an apposition). A clause dated to the day ("which
has on Monday seized ...") stays news, as does a past perfect ("which had seized": `background_relative` and the
dater decide those) and a restrictive clause ("the towns that the army has retaken").
"""

from __future__ import annotations

from .subject_relatives import DAY_WORDS, enclosing_relative

PRONOUNS = ("who", "which", "whom")
PRESENT_PERFECT = ("has", "have", "'s", "'ve")


def _set_off(verb) -> bool:
    """The clause opens with "who"/"which"/"whom" (its subject or object) right after a comma."""
    first = verb.doc[verb.left_edge.i] if verb.left_edge.i < verb.i else None
    pronoun = next((c for c in verb.children if c.lower_ in PRONOUNS and c.tag_ in ("WP", "WDT")), None)
    return pronoun is not None and first is not None and first.i == pronoun.i and pronoun.i > 0 \
        and verb.doc[pronoun.i - 1].text == ","


def perfect_relative(trigger) -> bool:
    """The trigger lies in a present perfect "who"/"which" clause set off by a comma, running since a start, not
    dated to the day."""
    verb = enclosing_relative(trigger)
    if verb is None or verb.tag_ != "VBN" or not _set_off(verb):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if not aux or any(a not in PRESENT_PERFECT for a in aux):
        return False
    return _since(verb) and not any(t.lower_ in DAY_WORDS for t in verb.subtree)


def _since(verb) -> bool:
    """The clause runs from a start: "since March", "since the war began" (anywhere in the clause: the parser may
    hang it on a gerund inside, "has accused X of arming Y since 1994")."""
    return any(t.lower_ == "since" for t in verb.subtree)
